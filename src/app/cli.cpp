#include "app/cli.hpp"

#include <algorithm>
#include <exception>
#include <optional>
#include <ostream>

#include "app/commands.hpp"
#include "core/diagnostics.hpp"
#include "core/version.hpp"
#include "i18n/i18n.hpp"

namespace allegato {

const std::vector<Command>& command_table() {
  static const std::vector<Command> table = {
      import_command(), audit_command(),  tables_command(), parse_value_command(),
      export_command(), report_command(), diff_command(),   rules_command(),   profiles_command(),
  };
  return table;
}

static void print_main_help(std::ostream& out) {
  out << "allegato " << kVersion << " - " << tr(N_("import and audit the annexes of Italian performance plans"))
      << "\n\n" << tr(N_("Usage: allegato COMMAND [options] [FILE...]")) << "\n\n" << tr(N_("Commands:")) << "\n";
  for (const auto& c : command_table()) {
    std::string name = "  " + c.name;
    if (name.size() < 16) name.resize(16, ' ');
    out << name << tr(c.summary) << "\n";
  }
  out << "\n" << tr(N_("Global options:")) << "\n  --help          "
      << tr(N_("this text; 'allegato COMMAND --help' for a command")) << "\n  --version       " << tr(N_("the version"))
      << "\n  --lang it|en    "
      << tr(N_("the language of messages, the audit text and the HTML report (default: from LANG, LC_ALL)"))
      << "\n\n"
      << tr(N_("Exit codes: 0 ok, 1 findings at or above --fail-on (audit), 2 error, 3 done with warnings.")) << "\n"
      << tr(N_("Inputs: PDF (text-based), XLSX, ODS, XLS, CSV/TSV, and allegato JSON models.")) << "\n";
}

static void print_command_help(const Command& c, std::ostream& out) {
  out << tr(N_("Usage:")) << " " << c.usage << "\n\n" << tr(c.summary) << "\n";
  if (!c.options.empty()) out << "\n" << tr(N_("Options:")) << "\n" << format_options(c.options);
  const std::string details = tr(c.details);
  if (!details.empty()) out << "\n" << details;
  if (details.empty() || details.back() != '\n') out << "\n";
  if (c.more_help) out << c.more_help();
}

// Edit distance, for "did you mean" (improt -> import).
static std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest_name(const std::string& word, const std::vector<std::string>& names) {
  std::string best;
  std::size_t best_distance = 3;  // at most two edits (a swap is two)
  for (const auto& n : names) {
    const std::size_t d = edit_distance(word, n);
    if (d < best_distance) {
      best = n;
      best_distance = d;
    }
  }
  return best_distance <= 2 ? best : std::string();
}

// --lang it|en anywhere on the line (a global option); removed from `args`.
static void take_language(std::vector<std::string>& args) {
  std::optional<std::string> chosen;
  for (std::size_t i = 0; i < args.size();) {
    if (args[i] == "--") break;
    if (args[i] == "--lang") {
      if (i + 1 >= args.size()) throw UsageError(tr(N_("option '--lang' needs a value (it or en)")));
      chosen = args[i + 1];
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
    } else if (args[i].rfind("--lang=", 0) == 0) {
      chosen = args[i].substr(7);
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  }
  if (chosen && *chosen != "it" && *chosen != "en")
    throw UsageError(fill(tr(N_("option '--lang' takes it or en, not '{value}'")), {{"value", *chosen}}));
  set_ui_language(chosen ? *chosen : language_from_environment());
}

int run_cli(const std::vector<std::string>& given, CliIo& io) {
  std::vector<std::string> args = given;
  try {
    set_ui_language(language_from_environment());
    take_language(args);
    if (ui_language() != "en" && !catalogue_problem().empty())
      io.err << "allegato: " << catalogue_problem() << "; messages stay in English\n";
    if (args.empty()) {
      print_main_help(io.err);
      io.err << "\n" << tr(N_("error:")) << " " << tr(N_("no command given; try 'allegato import FILE' or 'allegato --help'"))
             << "\n";
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
    std::vector<std::string> names;
    for (const auto& c : command_table()) names.push_back(c.name);
    const std::string suggestion = closest_name(first, names);
    io.err << tr(N_("error:")) << " "
           << (suggestion.empty()
                   ? fill(tr(N_("unknown command '{command}'; 'allegato --help' lists the commands")), {{"command", first}})
                   : fill(tr(N_("unknown command '{command}'; did you mean '{suggestion}'? ('allegato --help' lists the commands)")),
                          {{"command", first}, {"suggestion", suggestion}}))
           << "\n";
    return kExitError;
  } catch (const ImportError& e) {
    io.err << tr(N_("error:")) << " " << e.localized() << "\n";
    return kExitError;
  } catch (const UsageError& e) {
    io.err << tr(N_("error:")) << " " << e.what() << "\n";
    return kExitError;
  } catch (const std::exception& e) {
    io.err << tr(N_("error:")) << " " << tr(N_("internal error:")) << " " << e.what() << "\n"
           << tr(N_("This is a bug in allegato; please report it with the input that caused it.")) << "\n";
    return kExitError;
  }
}

}  // namespace allegato
