#pragma once
/// The inputs of the output commands (export, report): either a store
/// (--db PATH, loaded and re-audited) or files (FILE..., imported like
/// `allegato import`). Owned by the outputs work.
#include <string>
#include <vector>

#include "app/args.hpp"
#include "app/cli.hpp"
#include "model/model.hpp"

namespace allegato {

/// --db, --password, --sheet, --genre, --no-audit.
std::vector<OptionSpec> model_input_options();

/// The model named by the command line. Throws UsageError when both or
/// neither of --db and FILE are given, ImportError for unreadable inputs.
Model load_model_inputs(const Args& args, const std::string& command);

/// kExitWarnings (with a line on io.err) when the model holds diagnostics
/// of severity warning or error, else kExitOk.
int exit_code_for(const Model& model, CliIo& io);

}  // namespace allegato
