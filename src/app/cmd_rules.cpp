#include <ostream>

#include "app/commands.hpp"
#include "i18n/i18n.hpp"
#include "audit/audit.hpp"
#include "audit/finding_text.hpp"
#include "model/json_io.hpp"

namespace allegato {
namespace {

int run_rules(const Args& args, CliIo& io) {
  if (!args.positionals().empty()) throw UsageError(tr(N_("'allegato rules' takes no files; try 'allegato audit FILE'")));
  const std::string format = args.choice("format", {"text", "markdown", "json"}, "text");
  if (format == "markdown") {
    io.out << rules_markdown();
    return kExitOk;
  }
  if (format == "json") {
    Json rules = Json::array();
    for (const auto& r : rule_table())
      rules.push_back({{"rule", r.id}, {"severity", to_string(r.severity)}, {"description", r.description},
                       {"details", r.details}});
    io.out << Json{{"rules", rules}}.dump(2) << "\n";
    return kExitOk;
  }
  for (const auto& r : rule_table()) {
    std::string id = r.id;
    id.resize(std::max<std::size_t>(id.size() + 1, 22), ' ');
    std::string severity = severity_name(r.severity);
    severity.resize(std::max<std::size_t>(severity.size() + 1, 9), ' ');
    io.out << id << severity << tr(r.description) << "\n";
  }
  return kExitOk;
}

}  // namespace

Command rules_command() {
  return {"rules",
          N_("list the audit's finding rules (id, severity, what each flags)"),
          "allegato rules [--format text|markdown|json]",
          N_("docs/rules.md is 'allegato rules --format markdown'.\n"),
          {{"format", true, N_("text (default), markdown or json"), "FORMAT"}},
          run_rules};
}

}  // namespace allegato
