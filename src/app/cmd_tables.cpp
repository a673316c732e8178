#include <mutex>
#include <ostream>
#include <set>

#include <nlohmann/json.hpp>

#include "app/batch_inputs.hpp"
#include "app/batch_report.hpp"
#include "app/commands.hpp"
#include "app/import_options.hpp"
#include "app/parallel.hpp"
#include "app/pipeline.hpp"
#include "audit/finding_text.hpp"
#include "core/diagnostics.hpp"
#include "tables/tables_output.hpp"
#include "pdf/pdf_reader.hpp"

namespace allegato {

namespace {

// "1,3-4" -> {1, 3, 4}; throws UsageError naming the bad part.
std::vector<int> parse_pages(const std::string& text) {
  std::set<int> pages;
  std::size_t start = 0;
  auto number = [&](const std::string& part) {
    if (part.empty() || part.size() > 6 || part.find_first_not_of("0123456789") != std::string::npos)
      throw UsageError(fill(tr(N_("option '--pages' takes pages like 1,3-4, not '{value}'")), {{"value", text}}));
    return std::stoi(part);
  };
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    std::size_t dash = part.find('-');
    int from = number(part.substr(0, dash));
    int to = dash == std::string::npos ? from : number(part.substr(dash + 1));
    if (from < 1 || to < from)
      throw UsageError(fill(tr(N_("option '--pages': '{value}' is not a page range like 3-4")), {{"value", part}}));
    for (int p = from; p <= to; ++p) pages.insert(p);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return {pages.begin(), pages.end()};
}

// "3 words": a count with the language's plural.
std::string count_text(const char* singular, const char* plural, std::size_t n) {
  const auto count = static_cast<long long>(n);
  return fill(trn(singular, plural, count), {{"n", format_integer(count)}});
}

// What the layout engine saw on each page and why it built each table; the
// engine's reasons ("grid of 5x4 from ruling lines") are its own words.
void print_explain(const std::vector<layout::PageTrace>& traces, const ExtractedDocument& doc, std::ostream& err) {
  for (const auto& t : traces) {
    err << fill(tr(N_("page {page}: {words}, {rules}, {regions}")),
                {{"page", std::to_string(t.number)},
                 {"words", count_text("{n} word", "{n} words", t.words)},
                 {"rules", count_text("{n} ruling line", "{n} ruling lines", t.rules)},
                 {"regions", count_text("{n} table region", "{n} table regions", t.tables.size())}})
        << "\n";
    for (const auto& tt : t.tables) {
      err << "  " << tt.method << " " << tt.rows << "x" << tt.cols << " at [" << static_cast<int>(tt.box.x0) << ","
          << static_cast<int>(tt.box.y0) << "," << static_cast<int>(tt.box.x1) << "," << static_cast<int>(tt.box.y1)
          << "] score " << tt.score << ": " << tt.why << "\n";
    }
    for (const auto& n : t.notes) err << "  " << tr(N_("note:")) << " " << n << "\n";
  }
  std::size_t boilerplate = 0;
  for (const auto& l : doc.lines) boilerplate += l.boilerplate;
  err << fill(tr(N_("result: {tables}, {lines} ({boilerplate} of them page headers, footers or signatures)")),
              {{"tables", count_text("{n} table", "{n} tables", doc.tables.size())},
               {"lines", count_text("{n} line outside tables", "{n} lines outside tables", doc.lines.size())},
               {"boilerplate", format_integer(static_cast<long long>(boilerplate))}})
      << "\n";
  for (const auto& t : doc.tables) {
    err << "  " << t.id << " " << to_string(t.method) << " " << tr(N_("pages"));
    for (int p : t.pages) err << " " << p;
    err << ", " << t.n_rows << "x" << t.n_cols << "\n";
  }
}

// Many files: each read on its own (side by side with --jobs), printed in
// the order given; a file that cannot be read is named and the others go on.
int run_tables_batch(const Args& args, CliIo& io, const BatchInputs& inputs) {
  if (args.value("pages") || args.flag("explain"))
    throw UsageError(tr(N_("--pages and --explain apply to one file; give one file with them")));
  const std::string format = args.choice("format", {"json", "csv", "text"}, "json");
  ImportOptions options = import_options_from(args);
  options.page_threads = jobs_per_file(options.jobs, inputs.items().size());
  for (const auto& item : inputs.items())
    if (item.path != item.label) options.labels[item.path] = item.label;
  const bool with_lines = !args.flag("no-lines");
  const auto& items = inputs.items();
  std::vector<std::string> outputs(items.size()), failures(items.size());
  std::vector<bool> warned(items.size(), false);
  BatchReport report(io, items.size());
  report.attach(options);
  std::mutex lock;
  for_each_parallel(items.size(), options.jobs, [&](std::size_t i) {
    {
      std::lock_guard<std::mutex> guard(lock);
      options.on_file(i, items[i].path);
    }
    try {
      ExtractedDocument doc = extract_document(items[i].path, options);
      doc.path = items[i].label;
      if (format == "json") {
        auto j = nlohmann::ordered_json::parse(tables_to_json(doc, with_lines));
        j["path"] = items[i].label;
        outputs[i] = j.dump(1);
      } else if (format == "csv") {
        outputs[i] = "# file " + items[i].label + "\n" + tables_to_csv(doc);
      } else {
        outputs[i] = "== " + items[i].label + " ==\n" + tables_to_text(doc, with_lines);
      }
      for (const auto& d : doc.diagnostics)
        if (d.severity != Severity::info) warned[i] = true;
    } catch (const ImportError& e) {
      failures[i] = e.localized();
    } catch (const UsageError& e) {
      failures[i] = e.what();
    }
    std::lock_guard<std::mutex> guard(lock);
    options.on_file_done(i, items[i].path);
    if (!failures[i].empty()) options.on_failure(items[i].path, failures[i]);
  });
  report.finish();
  std::size_t read = 0, with_warnings = 0;
  if (format == "json") io.out << "{\"documents\": [\n";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!failures[i].empty()) continue;
    if (format == "json") io.out << (read ? ",\n" : "") << outputs[i];
    else io.out << outputs[i];
    ++read;
    with_warnings += warned[i];
  }
  if (format == "json") io.out << "\n]}\n";
  io.err << batch_summary(items.size(), read, 0, report.failed(), with_warnings) << "\n";
  if (read == 0) return kExitError;
  return report.failed() > 0 || with_warnings > 0 ? kExitWarnings : kExitOk;
}

int run_tables(const Args& args, CliIo& io) {
  const auto& files = args.positionals();
  if (files.empty()) throw UsageError(tr(N_("give a file: allegato tables FILE... [--format json|csv|text]")));
  // `-` and pipes are read into a temporary copy the readers can seek in.
  ImportOptions options = import_options_from(args);
  options.page_threads = options.jobs;  // one file: its pages take every job
  BatchInputs inputs(files, io.in, options.limits.max_file_bytes);
  if (inputs.items().size() != 1) return run_tables_batch(args, io, inputs);
  const std::string& path = inputs.items().front().path;
  const std::string format = args.choice("format", {"json", "csv", "text"}, "json");
  std::vector<int> pages;
  if (auto p = args.value("pages")) pages = parse_pages(*p);
  const bool explain = args.flag("explain");

  ExtractedDocument doc;
  std::vector<layout::PageTrace> traces;
  if ((explain || !pages.empty()) && sniff_format(path) == "pdf") {
    // The pipeline reads whole documents; page selection and the engine's
    // trace are PDF-only, so the reader is called directly here.
    PdfOptions pdf;
    pdf.password = options.password;
    pdf.limits = options.limits;
    pdf.debug_dir = options.debug_dir;
    pdf.pages = pages;
    pdf.threads = options.jobs;
    doc = read_pdf_explained(path, pdf, traces);
    doc.format = "pdf";
  } else {
    if (!pages.empty()) throw UsageError(tr(N_("--pages applies to PDF files only; use --sheet for workbooks")));
    doc = extract_document(path, options);
  }
  doc.path = inputs.items().front().label;
  if (explain) print_explain(traces, doc, io.err);
  const bool with_lines = !args.flag("no-lines");
  if (format == "json") write_tables_json(doc, with_lines, io.out);
  else if (format == "csv") io.out << tables_to_csv(doc);
  else io.out << tables_to_text(doc, with_lines);
  for (const auto& d : doc.diagnostics) io.err << severity_name(d.severity) << ": " << shown_message(d) << "\n";
  for (const auto& d : doc.diagnostics)
    if (d.severity != Severity::info) return options.strict ? kExitError : kExitWarnings;
  return kExitOk;
}

}  // namespace

Command tables_command() {
  std::vector<OptionSpec> specs = {
      {"format", true, N_("json (default), csv (one block per table) or text (aligned grid)"), "FORMAT"},
      {"pages", true, N_("only these PDF pages, e.g. 1,3-4"), "LIST"},
      {"explain", false, N_("tell on stderr what was detected on each page and why"), ""},
      {"no-lines", false, N_("leave the text outside tables out of json/text"), ""},
  };
  for (auto& o : import_option_specs()) {
    if (o.name == "genre" || o.name == "no-audit" || o.name == "weight-tolerance" ||
        o.name == "achievement-tolerance")
      continue;
    specs.push_back(o);
  }
  return {"tables",
          N_("the tables the layout engine rebuilt from a PDF (or read from a workbook), before any genre"),
          "allegato tables FILE|DIR|-... [--format json|csv|text] [--pages 1,3-4] [--password P] [--debug DIR] "
          "[--explain]",
          N_("JSON: {\"tables\":[{\"id\",\"pages\",\"method\",\"cells\":[{\"row\",\"col\",\"row_span\",\"col_span\",\n"
          "\"page\",\"bbox\",\"text\",\"header\"}]}],\"lines\":[...]} with every text outside tables under \"lines\"\n"
          "(page headers and footers flagged \"boilerplate\"). A table running over pages is one table;\n"
          "a wrapped cell is one cell (lines joined by \\n); a merged cell is one cell with its spans.\n"
          "--debug DIR draws words (grey), rules (red), cells (green), tables (blue ruled/hybrid,\n"
          "orange borderless), leader dots left out (purple) and row bands (cyan) over each page; a table\n"
          "printed sideways is read turned and drawn where it stands.\n"
          "Many files (or a folder): JSON {\"documents\":[{...,\"path\"}]}, csv and text with a line naming\n"
          "each file; a file that cannot be read is named and the others are printed (exit code 3).\n"),
          specs, run_tables};
}

}  // namespace allegato
