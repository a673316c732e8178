#include <fstream>
#include <ostream>

#include "app/commands.hpp"
#include "audit/finding_text.hpp"
#include "app/import_options.hpp"
#include "core/diagnostics.hpp"
#include "model/json_io.hpp"
#include "outputs/progress.hpp"
#include "outputs/store.hpp"

namespace allegato {
namespace {

void print_summary(const Model& model, std::ostream& out) {
  for (const auto& d : model.documents) {
    std::size_t nodes = 0, indicators = 0, unassigned = 0, boilerplate = 0;
    for (const auto& n : model.nodes) nodes += n.doc == d.id;
    for (const auto& i : model.indicators) indicators += i.doc == d.id;
    for (const auto& u : model.unassigned) {
      if (u.doc != d.id) continue;
      (u.role.empty() ? unassigned : boilerplate) += 1;
    }
    out << d.id << "  " << d.path << "\n"
        << "    kind " << d.kind << " (score " << d.genre_score << "), " << d.format << ", " << d.pages
        << (d.format == "pdf" ? (d.pages == 1 ? " page" : " pages") : (d.pages == 1 ? " sheet" : " sheets")) << "\n"
        << "    " << nodes << (nodes == 1 ? " node, " : " nodes, ") << indicators
        << (indicators == 1 ? " indicator, " : " indicators, ") << unassigned
        << (unassigned == 1 ? " unassigned text (+" : " unassigned texts (+") << boilerplate
        << " page headers, footers and signatures)\n";
  }
  std::size_t by_severity[3] = {0, 0, 0};
  for (const auto& f : model.findings) ++by_severity[static_cast<int>(f.severity)];
  out << "findings: " << severity_count(Severity::error, by_severity[2]) << ", "
      << severity_count(Severity::warning, by_severity[1]) << ", " << severity_count(Severity::info, by_severity[0])
      << " ('allegato audit' shows them)\n";
  for (const auto& diag : model.diagnostics) {
    out << to_string(diag.severity) << ": " << diag.where.doc << ": " << diag.message << "\n";
  }
}

int run_import(const Args& args, CliIo& io) {
  const auto& files = args.positionals();
  if (files.empty()) {
    throw UsageError("no input files; usage: allegato import FILE... [--format json|summary] [--db PATH]");
  }
  const std::string format = args.choice("format", {"json", "summary"}, "json");
  ImportOptions options = import_options_from(args);
  Progress progress(io.err, io.err_is_tty, files.size());
  options.on_file = [&](std::size_t, const std::string& path) { progress.step(path); };
  Model model = import_files(files, options);
  progress.done();
  if (auto db = args.value("db")) {
    store_model(*db, model);
    if (!args.value("output") && format == "json" && !args.flag("print")) {
      io.err << "stored " << model.documents.size() << " document(s) in " << *db << "\n";
      return exit_code_for(model, io);
    }
  }
  std::string text;
  if (format == "json") {
    text = write_model_json(model);
  }
  if (auto path = args.value("output")) {
    std::ofstream out(*path, std::ios::binary);
    if (!out) throw UsageError("cannot write " + *path + "; check the folder exists and is writable");
    if (format == "json") out << text; else print_summary(model, out);
  } else if (format == "json") {
    io.out << text;
  } else {
    print_summary(model, io.out);
  }
  return exit_code_for(model, io);
}

}  // namespace

Command import_command() {
  std::vector<OptionSpec> options = {
      {"format", true, "json (the contract, default) or summary", "FORMAT"},
      {"output", true, "write to this file instead of stdout", "PATH"},
      {"db", true, "also store the documents in this SQLite file (same sha256 replaces)", "PATH"},
      {"print", false, "with --db, still print the model", ""},
  };
  for (auto& o : import_option_specs()) options.push_back(o);
  return {"import",
          "read plans (PDF, XLSX, ODS, XLS, CSV) into the canonical model, with the audit's findings",
          "allegato import FILE... [options]",
          "All files given together form one model (documents d1, d2, ...); findings cover them all,\n"
          "including those across documents. Exit code 3 when something was read with doubt\n"
          "(see \"diagnostics\" in the output).\n",
          options, run_import};
}

}  // namespace allegato
