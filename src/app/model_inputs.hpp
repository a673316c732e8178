#pragma once
/// The inputs of every command that works on a model (import, audit, export,
/// report): files (FILE..., imported like `allegato import`), a store
/// (--db PATH), or both together, with the shared import options.
#include <string>
#include <vector>

#include "app/args.hpp"
#include "app/cli.hpp"
#include "model/model.hpp"

namespace allegato {

/// --db plus every import option (import_option_specs()).
std::vector<OptionSpec> model_input_options();

/// The model named by the command line: the stored documents first (if
/// --db), then the files, reconciled and (unless --no-audit) audited
/// together. Throws UsageError when neither is given, ImportError for
/// unreadable inputs. With `io`, folders and `-` are expanded, files are
/// read side by side (--jobs), and a file that cannot be read is reported on
/// io.err and counted in `*failed` while the others are read; ImportError
/// only when none could be.
Model load_model_inputs(const Args& args, const std::string& command, CliIo* io = nullptr,
                        std::size_t* failed = nullptr);

}  // namespace allegato
