#include "app/model_inputs.hpp"

#include <ostream>

#include "app/pipeline.hpp"
#include "audit/audit.hpp"
#include "core/diagnostics.hpp"
#include "outputs/store.hpp"

namespace allegato {

std::vector<OptionSpec> model_input_options() {
  return {
      {"db", true, "read the documents stored in this SQLite store instead of FILEs", "PATH"},
      {"password", true, "password of encrypted PDFs", "PASSWORD"},
      {"sheet", true, "only this workbook sheet (repeatable)", "NAME"},
      {"genre", true, "plan|pira|report|dashboard|assignment: skip genre recognition", "GENRE"},
      {"no-audit", false, "leave findings out", ""},
  };
}

Model load_model_inputs(const Args& args, const std::string& command) {
  const auto db = args.value("db");
  const auto& files = args.positionals();
  if (db && !files.empty())
    throw UsageError("give either --db PATH or FILE..., not both (see 'allegato " + command + " --help')");
  if (!db && files.empty())
    throw UsageError("no input: give FILE... or --db PATH (see 'allegato " + command + " --help')");
  if (db) {
    Model model = load_store(*db);
    // The store keeps each document's findings for SQL; a fresh audit also
    // sees across documents imported at different times.
    reconcile(model);
    if (!args.flag("no-audit")) model.findings = audit(model);
    return model;
  }
  ImportOptions options;
  options.password = args.value("password");
  options.sheets = args.values("sheet");
  options.genre = args.value("genre");
  options.audit = !args.flag("no-audit");
  return import_files(files, options);
}

int exit_code_for(const Model& model, CliIo& io) {
  std::size_t warnings = 0;
  for (const auto& d : model.diagnostics)
    if (d.severity != Severity::info) ++warnings;
  if (warnings == 0) return kExitOk;
  io.err << "allegato: " << warnings << " value(s) read with doubt; 'allegato import FILE' lists them\n";
  return kExitWarnings;
}

}  // namespace allegato
