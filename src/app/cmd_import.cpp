#include <cstdio>
#include <fstream>
#include <ostream>

#include "app/batch_inputs.hpp"
#include "app/batch_report.hpp"
#include "app/commands.hpp"
#include "app/pipeline.hpp"
#include "audit/finding_text.hpp"
#include "app/import_options.hpp"
#include "core/diagnostics.hpp"
#include "i18n/i18n.hpp"
#include "model/json_io.hpp"
#include "outputs/store.hpp"

namespace allegato {
namespace {

// The summary a person reads, in the current language (gettext); the
// JSON is the contract and stays English.
void print_summary(const Model& model, std::ostream& out) {
  auto count_text = [](std::string_view one, std::string_view many, std::size_t n) {
    return fill(trn(one, many, static_cast<long long>(n)), {{"n", format_integer(static_cast<long long>(n))}});
  };
  for (const auto& d : model.documents) {
    std::size_t nodes = 0, indicators = 0, unassigned = 0, boilerplate = 0, headers = 0, labels = 0;
    for (const auto& n : model.nodes) nodes += n.doc == d.id;
    for (const auto& i : model.indicators) indicators += i.doc == d.id;
    for (const auto& u : model.unassigned) {
      if (u.doc != d.id) continue;
      // Column headers are read (they name the columns), page furniture is
      // not content: neither is text left unread.
      // Labels (level words, "MISSIONE") were read as the structure they name.
      (u.role.empty() ? unassigned : u.role == "header" ? headers : u.role == "label" ? labels : boilerplate) += 1;
    }
    const auto pages = static_cast<std::size_t>(d.pages);
    const std::string extent = d.format == "pdf" ? count_text("{n} page", "{n} pages", pages) : count_text("{n} sheet", "{n} sheets", pages);
    char score[16];
    std::snprintf(score, sizeof score, "%g", d.genre_score);
    out << d.id << "  " << d.path << "\n    "
        << fill(tr("kind {kind} (score {score}), {format}, {extent}"),
                {{"kind", kind_name(d.kind)}, {"score", format_decimal(score)}, {"format", d.format}, {"extent", extent}})
        << "\n    "
        << fill(tr("{nodes}, {indicators}, {unassigned}"),
                {{"nodes", count_text("{n} node", "{n} nodes", nodes)},
                 {"indicators", count_text("{n} indicator", "{n} indicators", indicators)},
                 {"unassigned", count_text("{n} unassigned text", "{n} unassigned texts", unassigned)}});
    if (boilerplate > 0)
      out << " (+" << count_text("{n} page header, footer or signature", "{n} page headers, footers and signatures",
                                 boilerplate)
          << ")";
    if (headers > 0) out << " (+" << count_text("{n} column header", "{n} column headers", headers) << ")";
    if (labels > 0) out << " (+" << count_text("{n} label read as structure", "{n} labels read as structure", labels) << ")";
    out << "\n";
  }
  std::size_t by_severity[3] = {0, 0, 0};
  for (const auto& f : model.findings) ++by_severity[static_cast<int>(f.severity)];
  out << fill(tr("findings: {errors}, {warnings}, {info} ('allegato audit' shows them)"),
              {{"errors", severity_count(Severity::error, by_severity[2])},
               {"warnings", severity_count(Severity::warning, by_severity[1])},
               {"info", severity_count(Severity::info, by_severity[0])}})
      << "\n";
  for (const auto& diag : model.diagnostics) {
    out << severity_name(diag.severity) << ": " << diag.where.doc << ": " << shown_message(diag) << "\n";
  }
}

// --explain: the reader's own account of each document (the genre.* and
// reader.* diagnostics), in the user's language.
void explain_reading(const Model& model, std::ostream& err) {
  for (const auto& diag : model.diagnostics) {
    if (diag.code.rfind("genre.", 0) != 0 && diag.code.rfind("reader.", 0) != 0) continue;
    err << diag.where.doc << ": " << shown_message(diag) << "\n";
  }
}

void write_output(const Args& args, const std::string& format, const Model& model, CliIo& io) {
  // Written as it is made: a large model is not held twice more as a JSON
  // tree and a string.
  if (auto path = args.value("output")) {
    std::ofstream out(*path, std::ios::binary);
    if (!out)
      throw UsageError(fill(tr(N_("cannot write {path}; check the folder exists and is writable")), {{"path", *path}}));
    if (format == "json") write_model_json(model, out); else print_summary(model, out);
  } else if (format == "json") {
    write_model_json(model, io.out);
  } else {
    print_summary(model, io.out);
  }
}

// Into a store, each document on its own: imported, skipped (already
// stored) or failed, and the batch goes on.
int import_to_store(const Args& args, const std::string& format, ImportOptions options, const BatchInputs& inputs,
                    const std::string& db, CliIo& io) {
  const bool print = args.value("output") || format != "json" || args.flag("print");
  BatchReport report(io, inputs.items().size());
  report.attach(options);
  StoreBatchResult result = import_into_store(inputs.paths(), options, db, args.flag("replace"), print);
  report.finish();
  const std::size_t total = inputs.items().size();
  if (result.imported + result.skipped == 0) {
    if (total > 1) io.err << batch_summary(total, 0, 0, result.failed.size(), 0) << "\n";
    return kExitError;
  }
  if (print) write_output(args, format, result.imported_model, io);
  io.err << fill(tr(N_("{summary} into {db}")),
                 {{"summary", batch_summary(total, result.imported, result.skipped, result.failed.size(), result.warned)},
                  {"db", db}})
         << "\n";
  if (result.warned > 0)
    io.err << "allegato: "
           << tr(N_("warnings while reading: 'allegato import FILE --format summary' lists them, the store has them "
                    "in the table diagnostics"))
           << "\n";
  return result.failed.empty() && result.warned == 0 ? kExitOk : kExitWarnings;
}

int run_import(const Args& args, CliIo& io) {
  if (args.positionals().empty()) {
    throw UsageError(tr(N_("no input files; usage: allegato import FILE|DIR|-... [--format json|summary] [--db PATH]")));
  }
  const std::string format = args.choice("format", {"json", "summary"}, "json");
  ImportOptions options = import_options_from(args);
  BatchInputs inputs(args.positionals(), io.in, options.limits.max_file_bytes);
  for (const auto& item : inputs.items())
    if (item.path != item.label) options.labels[item.path] = item.label;
  if (auto db = args.value("db")) return import_to_store(args, format, std::move(options), inputs, *db, io);
  if (args.flag("replace")) throw UsageError(tr(N_("--replace applies with --db (documents already stored)")));

  // All files into one model: a file that cannot be read is named, the
  // others are imported (one file alone is the error itself).
  const std::size_t total = inputs.items().size();
  BatchReport report(io, total);
  if (total > 1) report.attach(options);
  Model model = import_files(inputs.paths(), options);
  report.finish();
  if (report.failed() > 0 && model.documents.empty()) {
    io.err << batch_summary(total, 0, 0, report.failed(), 0) << "\n";
    return kExitError;
  }
  write_output(args, format, model, io);
  if (args.flag("explain")) explain_reading(model, io.err);
  int code = exit_code_for(model, io);
  if (total > 1) io.err << batch_summary(total, total - report.failed(), 0, report.failed(), 0) << "\n";
  return report.failed() > 0 ? kExitWarnings : code;
}

}  // namespace

Command import_command() {
  std::vector<OptionSpec> options = {
      {"format", true, N_("json (the contract, default) or summary"), "FORMAT"},
      {"output", true, N_("write to this file instead of stdout"), "PATH"},
      {"db", true, N_("store each document in this SQLite file, one transaction each (same sha256: skipped)"), "PATH"},
      {"replace", false, N_("with --db, import again documents already stored (same sha256) and replace them"), ""},
      {"print", false, N_("with --db, still print the model of the documents stored"), ""},
      {"explain", false, N_("tell on stderr how each document was read: every profile's score and evidence, which column took "
                            "which role and why"),
       ""},
  };
  for (auto& o : import_option_specs()) options.push_back(o);
  return {"import",
          N_("read plans (PDF, XLSX, ODS, XLS, CSV) into the canonical model, with the audit's findings"),
          "allegato import FILE|DIR|-... [options]",
          N_("A folder gives the documents inside it (PDF, XLSX, ODS, XLS by their first bytes, CSV/TSV by\n"
          "name); '-' reads one document from standard input. Files are read side by side (--jobs).\n"
          "A file that cannot be read is named (on a terminal as it happens, with a progress line) and\n"
          "the others are imported.\n\n"
          "Without --db, all files form one model (documents d1, d2, ...); findings cover them all,\n"
          "including those across documents. With --db, each document is audited alone and stored in a\n"
          "transaction of its own: a batch stopped midway keeps what it stored, and running it again\n"
          "reads only what is missing (same sha256: skipped, unless its --corrections changed). Several\n"
          "imports into one store wait their turn. Findings across stored documents: 'allegato audit\n"
          "--db PATH'.\n\n"
          "Exit codes: 0 every file imported (or already stored); 3 some file failed, or something was\n"
          "read with doubt (see \"diagnostics\"); 2 nothing could be imported.\n"),
          options, run_import};
}

}  // namespace allegato
