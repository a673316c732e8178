#pragma once
/// Options shared by every command that imports documents (import, audit,
/// export, report, tables): one spelling, one meaning everywhere.
#include <vector>

#include "app/args.hpp"
#include "app/cli.hpp"
#include "app/pipeline.hpp"

namespace allegato {

/// --password, --sheet, --genre, --debug, --strict, --no-audit,
/// --weight-tolerance, --achievement-tolerance and the named limits.
std::vector<OptionSpec> import_option_specs();

/// Reads those options; throws UsageError for a malformed value.
ImportOptions import_options_from(const Args& args);

/// Exit code for a finished import: 3 (with a line on io.err saying how many
/// values were read with doubt) when any diagnostic is a warning or an
/// error, else 0.
int exit_code_for(const Model& model, CliIo& io);

}  // namespace allegato
