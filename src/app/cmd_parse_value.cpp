// `allegato parse-value TEXT [--year N] [--number]`: shows how one printed
// value is read, as the contract's target (or number) object. The quickest
// way to check a value that an import read as text.
#include <ostream>

#include "app/commands.hpp"
#include "audit/finding_text.hpp"
#include "core/diagnostics.hpp"
#include "model/json_io.hpp"
#include "values/value.hpp"

namespace allegato {

namespace {

int run_parse_value(const Args& args, CliIo& io) {
  const auto& words = args.positionals();
  if (words.size() != 1) {
    throw UsageError(tr(words.empty() ? N_("no TEXT given; quote the value as one argument: allegato parse-value '>= 0,23 N.'")
                                      : N_("more than one TEXT given; quote the value as one argument: allegato "
                                           "parse-value '>= 0,23 N.'")));
  }
  std::optional<int> year;
  if (auto y = args.integer("year")) {
    if (*y < 1900 || *y > 2200) throw UsageError(tr(N_("--year must be a year such as 2024")));
    year = static_cast<int>(*y);
  }
  std::vector<Diagnostic> diagnostics;
  Json out = args.flag("number") ? to_json(parse_number(words[0], &diagnostics))
                                 : to_json(parse_target(words[0], year, &diagnostics));
  io.out << out.dump(2) << "\n";
  bool warned = false;
  for (const auto& d : diagnostics) {
    io.err << severity_name(d.severity) << ": " << d.code << ": " << shown_message(d) << "\n";
    if (d.severity != Severity::info) warned = true;
  }
  return warned ? kExitWarnings : kExitOk;
}

}  // namespace

Command parse_value_command() {
  return {"parse-value",
          N_("show how a printed value, target or baseline is read (the contract's target object)"),
          "allegato parse-value TEXT [--year N] [--number]",
          N_("TEXT is one argument, as printed: '>= 0,23 N.', '229.447,35 Euro', 'N/D',\n"
          "'<=31/12/2017', 'Range di valutazione 70%-90%'. Put '--' before a TEXT that\n"
          "starts with two dashes: allegato parse-value -- '--15.928'.\n"
          "Prints JSON on stdout and diagnostics on stderr; exit code 3 when a\n"
          "diagnostic is a warning (e.g. the text was read as kind \"text\").\n"
          "A target printed without an operator has \"op\": null (no operator is invented).\n"),
          {{"year", true, N_("the year the value belongs to (also completes a date printed as 31/12)"), "N"},
           {"number", false, N_("read TEXT as a number object (weights, amounts) instead of a target"), ""}},
          run_parse_value};
}

}  // namespace allegato
