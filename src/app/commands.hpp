#pragma once
/// The subcommands. Each lives in its own file (cmd_<name>.cpp) and is one
/// row of command_table(); run_cli dispatches on the name.
#include <string>
#include <vector>

#include "app/args.hpp"
#include "app/cli.hpp"

namespace allegato {

struct Command {
  std::string name;
  std::string summary;   ///< one line for `allegato --help`
  std::string usage;     ///< "allegato tables FILE [options]"
  std::string details;   ///< extra help text after the options (may be empty)
  std::vector<OptionSpec> options;
  /// Runs the command; returns the exit code. May throw ImportError /
  /// UsageError, which run_cli maps to exit code 2.
  int (*run)(const Args& args, CliIo& io);
  /// More help after `details`, built when shown (so it is in --lang).
  std::string (*more_help)() = nullptr;
};

const std::vector<Command>& command_table();

// One per cmd_*.cpp file.
Command parse_value_command();
Command tables_command();
Command import_command();
Command audit_command();
Command rules_command();
Command profiles_command();
Command export_command();
Command report_command();
Command diff_command();

}  // namespace allegato
