#include "app/cli.hpp"

#include <exception>
#include <ostream>

#include "app/commands.hpp"
#include "core/diagnostics.hpp"
#include "core/version.hpp"

namespace allegato {

const std::vector<Command>& command_table() {
  static const std::vector<Command> table = {
      import_command(), audit_command(),  tables_command(), parse_value_command(),
      export_command(), report_command(), diff_command(),   rules_command(),   profiles_command(),
  };
  return table;
}

static void print_main_help(std::ostream& out) {
  out << "allegato " << kVersion << " - import and audit the annexes of Italian performance plans\n\n"
      << "Usage: allegato COMMAND [options] [FILE...]\n\nCommands:\n";
  for (const auto& c : command_table()) {
    std::string name = "  " + c.name;
    if (name.size() < 16) name.resize(16, ' ');
    out << name << c.summary << "\n";
  }
  out << "\nGlobal options:\n  --help          this text; 'allegato COMMAND --help' for a command\n"
      << "  --version       the version\n\n"
      << "Exit codes: 0 ok, 1 findings at or above --fail-on (audit), 2 error, 3 done with warnings.\n"
      << "Inputs: PDF (text-based), XLSX, ODS, XLS, CSV/TSV, and allegato JSON models.\n";
}

static void print_command_help(const Command& c, std::ostream& out) {
  out << "Usage: " << c.usage << "\n\n" << c.summary << "\n";
  if (!c.options.empty()) out << "\nOptions:\n" << format_options(c.options);
  if (!c.details.empty()) out << "\n" << c.details;
  if (c.details.empty() || c.details.back() != '\n') out << "\n";
}

int run_cli(const std::vector<std::string>& args, CliIo& io) {
  try {
    if (args.empty()) {
      print_main_help(io.err);
      io.err << "\nerror: no command given; try 'allegato import FILE' or 'allegato --help'\n";
      return kExitError;
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
      if (args.size() > 1) {
        for (const auto& c : command_table())
          if (c.name == args[1]) {
            print_command_help(c, io.out);
            return kExitOk;
          }
      }
      print_main_help(io.out);
      return kExitOk;
    }
    if (first == "--version" || first == "-V") {
      io.out << "allegato " << kVersion << " (schema " << "allegato/1" << ")\n";
      return kExitOk;
    }
    for (const auto& c : command_table()) {
      if (c.name != first) continue;
      std::vector<std::string> rest(args.begin() + 1, args.end());
      for (const auto& w : rest)
        if (w == "--help" || w == "-h") {
          print_command_help(c, io.out);
          return kExitOk;
        }
      Args parsed(c.name, rest, c.options);
      return c.run(parsed, io);
    }
    io.err << "error: unknown command '" << first << "'; 'allegato --help' lists the commands\n";
    return kExitError;
  } catch (const ImportError& e) {
    io.err << "error: " << e.what() << "\n";
    return kExitError;
  } catch (const UsageError& e) {
    io.err << "error: " << e.what() << "\n";
    return kExitError;
  } catch (const std::exception& e) {
    io.err << "error: internal error: " << e.what()
           << "\nThis is a bug in allegato; please report it with the input that caused it.\n";
    return kExitError;
  }
}

}  // namespace allegato
