#include <fstream>
#include <ostream>

#include "app/commands.hpp"
#include "i18n/i18n.hpp"
#include "app/import_options.hpp"
#include "app/model_inputs.hpp"
#include "audit/finding_text.hpp"
#include "core/diagnostics.hpp"
#include "outputs/html_report.hpp"

namespace allegato {

static int run_report(const Args& args, CliIo& io) {
  const auto output = args.value("output");
  if (!output) throw UsageError(tr(N_("report needs --output PATH (the .html file to write)")));
  ReportOptions options;
  options.password = args.value("password");
  options.page_images = !args.flag("no-pages");
  if (auto dpi = args.integer("dpi")) {
    if (*dpi < 36 || *dpi > 200) throw UsageError(tr(N_("--dpi must be between 36 and 200")));
    options.dpi = static_cast<double>(*dpi);
  }
  if (auto title = args.value("title")) options.title = *title;
  std::size_t failed = 0;
  const Model model = load_model_inputs(args, "report", &io, &failed);
  ReportStats stats;
  const std::string html = render_html_report(model, options, &stats);
  std::ofstream out(*output, std::ios::binary);
  out << html;
  out.close();
  if (!out) throw ImportError("output.unwritable", *output, N_("cannot write the report"), N_("check the path and free space"));
  for (const auto& note : stats.notes)
    io.err << "allegato: " << fill(tr(N_("no page picture for {page}")), {{"page", note}}) << "\n";
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& f : model.findings) ++counts[static_cast<int>(f.severity)];
  io.err << "allegato: "
         << fill(tr(N_("wrote {path}: {errors}, {warnings}, {info}; {pages}")),
                 {{"path", *output},
                  {"errors", severity_count(Severity::error, counts[2])},
                  {"warnings", severity_count(Severity::warning, counts[1])},
                  {"info", severity_count(Severity::info, counts[0])},
                  {"pages", fill(trn("{n} page picture", "{n} page pictures",
                                     static_cast<long long>(stats.pages_rendered)),
                                 {{"n", format_integer(static_cast<long long>(stats.pages_rendered))}})}})
         << "\n";
  // Documents taken only from a store were read (and warned about) at import.
  if (failed > 0) return kExitWarnings;
  if (args.positionals().empty()) return kExitOk;
  return exit_code_for(model, io);
}

Command report_command() {
  auto options = model_input_options();
  options.insert(options.begin(), {{"output", true, N_("the HTML file to write"), "PATH"},
                                   {"dpi", true, N_("resolution of page pictures, 36-200 (default 100)"), "DPI"},
                                   {"no-pages", false, N_("no page pictures (smaller file)"), ""},
                                   {"title", true, N_("the report's title"), "TEXT"}});
  return {"report",
          N_("write a self-contained HTML audit report (summary, objective tree, findings on page pictures)"),
          "allegato report (FILE... | --db PATH) --output report.html",
          N_("One file, no network: inline CSS and JS, pages as data: URIs rendered once each.\n"
          "Findings can be filtered by severity, rule and document; each shows the cells involved,\n"
          "highlighted on its page (PDF) or named by sheet and cell (workbooks).\n"),
          options,
          run_report};
}

}  // namespace allegato
