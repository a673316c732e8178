#include <ostream>

#include "app/commands.hpp"
#include "core/diagnostics.hpp"
#include "genres/profile.hpp"

namespace allegato {
namespace {

void list_profile(const genres::Profile& p, std::ostream& out) {
  std::string name = p.name;
  name.resize(std::max<std::size_t>(name.size() + 1, 13), ' ');
  std::string kind = p.kind;
  kind.resize(std::max<std::size_t>(kind.size() + 1, 12), ' ');
  // The first sentence says what the layout looks like.
  std::string summary = p.description.substr(0, p.description.find(": "));
  if (summary.size() > 90) summary = summary.substr(0, 87) + "...";
  out << name << kind << summary << "\n";
}

int run_profiles(const Args& args, CliIo& io) {
  if (auto name = args.value("show")) {
    const std::string text = genres::builtin_profile_text(*name);
    if (text.empty())
      throw UsageError(fill(tr(N_("no built-in profile '{name}'; 'allegato profiles' lists them")), {{"name", *name}}));
    io.out << text;
    return kExitOk;
  }
  const auto files = args.positionals();
  if (!files.empty()) {
    // Check the user's profiles: each one parses, merged over base.
    for (const auto& path : files) {
      const genres::Profile p = genres::load_profile_file(path);
      const auto n = [](std::size_t k) { return static_cast<long long>(k); };
      io.out << path << ": "
             << fill(tr(N_("profile '{name}' (kind {kind}), {columns}, {series}, {evidence}: valid")),
                     {{"name", p.name},
                      {"kind", p.kind},
                      {"columns", fill(trn("{n} column word", "{n} column words", n(p.columns.size())),
                                       {{"n", format_integer(n(p.columns.size()))}})},
                      {"series", fill(trn("{n} series word", "{n} series words", n(p.series.size())),
                                      {{"n", format_integer(n(p.series.size()))}})},
                      {"evidence", fill(trn("{n} piece of evidence", "{n} pieces of evidence", n(p.evidence.size())),
                                        {{"n", format_integer(n(p.evidence.size()))}})}})
             << "\n";
    }
    return kExitOk;
  }
  io.out << tr(N_("built-in layout profiles (allegato profiles --show NAME prints one; --profile FILE adds yours):"))
         << "\n";
  for (const auto& p : genres::builtin_profiles()) list_profile(p, io.out);
  return kExitOk;
}

}  // namespace

Command profiles_command() {
  return {"profiles",
          N_("list the layout profiles the reader knows, print one, or check your own"),
          "allegato profiles [--show NAME] [PROFILE.json...]",
          N_("A profile is layout knowledge as data: which header words name which column, which\n"
          "rows are labels or unit headings, how codes map to levels, and the evidence that\n"
          "recognises the layout. Give your own to import/audit/report with --profile FILE;\n"
          "the format is in docs/profiles.md. With files, checks that each is a valid profile.\n"),
          {{"show", true, N_("print a built-in profile's JSON (base shows every field)"), "NAME"}},
          run_profiles};
}

}  // namespace allegato
