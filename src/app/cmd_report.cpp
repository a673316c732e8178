#include <fstream>
#include <ostream>

#include "app/commands.hpp"
#include "app/import_options.hpp"
#include "app/model_inputs.hpp"
#include "core/diagnostics.hpp"
#include "outputs/html_report.hpp"

namespace allegato {

static int run_report(const Args& args, CliIo& io) {
  const auto output = args.value("output");
  if (!output) throw UsageError("report needs --output PATH (the .html file to write)");
  ReportOptions options;
  options.password = args.value("password");
  options.page_images = !args.flag("no-pages");
  if (auto dpi = args.integer("dpi")) {
    if (*dpi < 36 || *dpi > 200) throw UsageError("--dpi must be between 36 and 200");
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
  if (!out) throw ImportError("output.unwritable", *output, "cannot write the report", "check the path and free space");
  for (const auto& note : stats.notes) io.err << "allegato: no page picture for " << note << "\n";
  const int code = exit_code_for(model, io);
  return failed > 0 ? kExitWarnings : code;
}

Command report_command() {
  auto options = model_input_options();
  options.insert(options.begin(), {{"output", true, "the HTML file to write", "PATH"},
                                   {"dpi", true, "resolution of page pictures, 36-200 (default 100)", "DPI"},
                                   {"no-pages", false, "no page pictures (smaller file)", ""},
                                   {"title", true, "the report's title", "TEXT"}});
  return {"report",
          "write a self-contained HTML audit report (summary, objective tree, findings on page pictures)",
          "allegato report (FILE... | --db PATH) --output report.html",
          "One file, no network: inline CSS and JS, pages as data: URIs rendered once each.\n"
          "Findings can be filtered by severity, rule and document; each shows the cells involved,\n"
          "highlighted on its page (PDF) or named by sheet and cell (workbooks).\n",
          options,
          run_report};
}

}  // namespace allegato
