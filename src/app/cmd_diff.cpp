#include <ostream>

#include "app/commands.hpp"
#include "i18n/i18n.hpp"
#include "app/import_options.hpp"
#include "app/pipeline.hpp"
#include "core/diagnostics.hpp"
#include "outputs/diff.hpp"

namespace allegato {

static int run_diff(const Args& args, CliIo& io) {
  const auto& files = args.positionals();
  if (files.size() != 2)
    throw UsageError("diff needs two inputs, OLD and NEW (got " + std::to_string(files.size()) + ")");
  const std::string format = args.choice("format", {"text", "json"}, "text");
  ImportOptions options = import_options_from(args);
  options.audit = false;  // a diff compares what the plans print, not findings
  const Model old_model = import_files({files[0]}, options);
  const Model new_model = import_files({files[1]}, options);
  const ModelDiff diff = diff_models(old_model, new_model);
  if (format == "json")
    io.out << diff_json(diff).dump(2) << "\n";
  else
    io.out << diff_text(diff);
  return kExitOk;
}

Command diff_command() {
  std::vector<OptionSpec> options = {{"format", true, N_("text|json (default text)"), "FORMAT"}};
  for (auto& o : import_option_specs())
    if (o.name != "no-audit" && o.name != "weight-tolerance" && o.name != "achievement-tolerance") options.push_back(o);
  return {"diff",
          N_("what changed between two versions of a plan (objectives, indicators, weights, targets)"),
          "allegato diff OLD NEW [--format text|json]",
          "OLD and NEW are any inputs allegato reads (PDF, workbook, JSON model). Documents are\n"
          "paired in order; objectives and indicators by id (code), else by their folded name.\n"
          "Exit code 0 whether or not something changed; the JSON 'summary' counts the changes.\n",
          options, run_diff};
}

}  // namespace allegato
