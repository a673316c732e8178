#include <filesystem>
#include <map>
#include <ostream>

#include "app/batch_inputs.hpp"
#include "app/commands.hpp"
#include "i18n/i18n.hpp"
#include "app/import_options.hpp"
#include "app/pipeline.hpp"
#include "core/diagnostics.hpp"
#include "outputs/diff.hpp"

namespace allegato {

namespace {

namespace fs = std::filesystem;

// The documents of a folder by their path inside it ("2024/piano.pdf").
std::map<std::string, std::string> documents_by_name(const std::string& dir, const ImportOptions& options) {
  BatchInputs inputs({dir}, nullptr, options.limits.max_file_bytes);
  std::map<std::string, std::string> out;
  for (const auto& item : inputs.items()) out[fs::path(item.path).lexically_relative(dir).generic_string()] = item.path;
  return out;
}

// Two folders: each document of OLD is paired with the one of the same name
// in NEW (the same path inside the folder), one diff a pair; a file on one
// side only is named, a file that cannot be read is named and the others go
// on. Exit code 3 if some file could not be read.
int run_folder_diff(const std::string& old_dir, const std::string& new_dir, const std::string& format,
                    const ImportOptions& options, CliIo& io) {
  const auto old_docs = documents_by_name(old_dir, options);
  const auto new_docs = documents_by_name(new_dir, options);
  Json pairs = Json::array(), only_old = Json::array(), only_new = Json::array(), failed = Json::array();
  for (const auto& [name, path] : old_docs)
    if (!new_docs.count(name)) only_old.push_back(name);
  for (const auto& [name, path] : new_docs)
    if (!old_docs.count(name)) only_new.push_back(name);
  for (const auto& [name, old_path] : old_docs) {
    auto other = new_docs.find(name);
    if (other == new_docs.end()) continue;
    try {
      const ModelDiff diff = diff_models(import_files({old_path}, options), import_files({other->second}, options));
      if (format == "json") pairs.push_back({{"name", name}, {"diff", diff_json(diff)}});
      else io.out << "== " << name << " ==\n" << diff_text(diff) << "\n";
    } catch (const ImportError& e) {
      io.err << "allegato: " << name << ": " << e.localized() << "\n";
      failed.push_back({{"name", name}, {"code", e.code()}, {"message", e.what()}});
    }
  }
  if (format == "json") {
    io.out << Json{{"old", old_dir}, {"new", new_dir}, {"pairs", pairs}, {"only_old", only_old},
                   {"only_new", only_new}, {"failed", failed}}
                  .dump(2)
           << "\n";
  } else {
    for (const auto& name : only_old)
      io.out << fill(tr(N_("only in OLD: {name}")), {{"name", name.get<std::string>()}}) << "\n";
    for (const auto& name : only_new)
      io.out << fill(tr(N_("only in NEW: {name}")), {{"name", name.get<std::string>()}}) << "\n";
  }
  return failed.empty() ? kExitOk : kExitWarnings;
}

int run_diff(const Args& args, CliIo& io) {
  const auto& files = args.positionals();
  if (files.size() != 2)
    throw UsageError(fill(tr(N_("diff needs two inputs, OLD and NEW (got {count})")),
                          {{"count", format_integer(static_cast<long long>(files.size()))}}));
  const std::string format = args.choice("format", {"text", "json"}, "text");
  ImportOptions options = import_options_from(args);
  options.audit = false;  // a diff compares what the plans print, not findings
  std::error_code ec;
  const bool old_dir = fs::is_directory(files[0], ec), new_dir = fs::is_directory(files[1], ec);
  if (old_dir && new_dir) return run_folder_diff(files[0], files[1], format, options, io);
  if (old_dir || new_dir)
    throw UsageError(fill(tr(N_("diff compares two files or two folders; '{folder}' is a folder and the other is not")),
                          {{"folder", files[old_dir ? 0 : 1]}}));
  const Model old_model = import_files({files[0]}, options);
  const Model new_model = import_files({files[1]}, options);
  const ModelDiff diff = diff_models(old_model, new_model);
  if (format == "json")
    io.out << diff_json(diff).dump(2) << "\n";
  else
    io.out << diff_text(diff);
  return kExitOk;
}

}  // namespace

Command diff_command() {
  std::vector<OptionSpec> options = {{"format", true, N_("text|json (default text)"), "FORMAT"}};
  for (auto& o : import_option_specs())
    if (o.name != "no-audit" && o.name != "weight-tolerance" && o.name != "achievement-tolerance") options.push_back(o);
  return {"diff",
          N_("what changed between two versions of a plan (objectives, indicators, weights, targets)"),
          "allegato diff OLD NEW [--format text|json]",
          N_("OLD and NEW are any inputs allegato reads (PDF, workbook, JSON model). Documents are\n"
          "paired in order; objectives and indicators by id (code), else by their folded name.\n"
          "OLD and NEW may be two folders: documents are paired by their name in each folder,\n"
          "one diff a pair, and files on one side only are listed.\n"
          "Exit code 0 whether or not something changed (3 if a file in a folder could not be\n"
          "read); the JSON 'summary' counts the changes.\n"),
          options, run_diff};
}

}  // namespace allegato
