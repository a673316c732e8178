#pragma once
/// The HTML audit report: ONE self-contained file (inline CSS and JS, page
/// pictures as data: URIs, no network) with a summary, the objective tree
/// with sibling-weight bars, and the findings with filters, each shown on
/// its page picture with the cells involved highlighted.
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"

namespace allegato {

struct ReportOptions {
  std::string title = "allegato - audit report";
  double dpi = 100;                       ///< page pictures; 72-100 keeps the file small
  bool page_images = true;                ///< false: no Poppler rendering at all
  std::optional<std::string> password;    ///< for encrypted PDFs
};

struct ReportStats {
  std::size_t pages_rendered = 0;
  std::vector<std::string> notes;         ///< pages that could not be shown, and why
};

/// The report as one HTML document. Deterministic for a given model and
/// files (no timestamp). Never throws for a page that cannot be rendered:
/// the finding then shows its source as text and `stats->notes` says why.
std::string render_html_report(const Model& model, const ReportOptions& options = {}, ReportStats* stats = nullptr);

/// The tree section alone (per document: nodes, their weights, sibling-weight
/// bars, indicators), used by render_html_report.
std::string render_html_tree(const Model& model);

/// The cells a person corrected (--corrections), each with what the document
/// printed, the corrected value, the file and line that corrected it and
/// where the cell is; then the correction lines that matched nothing. Empty
/// when there is none.
std::string render_corrections_section(const Model& model);

/// The report's stylesheet and script (inline, no network).
const char* report_css();
const char* report_js();

}  // namespace allegato
