#pragma once
/// PDF import: positioned words from poppler-cpp, ruling lines from Poppler's
/// core, handed to the layout engine (parsers/layout) which rebuilds tables.
#include <optional>
#include <string>

#include "core/limits.hpp"
#include "layout/layout_types.hpp"
#include "tables/table.hpp"

namespace allegato {

struct PdfOptions {
  std::optional<std::string> password;   ///< --password
  Limits limits;
  std::optional<std::string> debug_dir;  ///< --debug DIR: one PNG per page with words, rules, cells, tables
  std::vector<int> pages;                ///< only these pages (1-based); empty = all
  /// Pages read side by side, each thread with its own Poppler document
  /// (the layout, genre and audit that follow stay on one thread). The
  /// result is the same for any value.
  unsigned threads = 1;
};

/// Reads a text-based PDF into tables and free lines. Throws ImportError for
/// missing/empty/non-PDF/damaged files ("pdf.unreadable"), encrypted files
/// without the right password ("pdf.encrypted", hint --password), a file
/// with no text layer at all ("pdf.no_text", saying how many pages), and
/// tripped limits. Pages without text among pages with text become
/// diagnostics.
ExtractedDocument read_pdf(const std::string& path, const PdfOptions& options = {});

/// read_pdf, also handing back per page what the layout engine detected and
/// why (rules found, tables with method and score): for --explain.
ExtractedDocument read_pdf_explained(const std::string& path, const PdfOptions& options,
                                     std::vector<layout::PageTrace>& traces);

/// Renders one page to a PNG file at `dpi` (for the debug pictures and the
/// HTML report). Throws ImportError on failure.
void render_pdf_page_png(const std::string& pdf_path, int page, double dpi, const std::string& png_path,
                         const std::optional<std::string>& password = std::nullopt);

}  // namespace allegato
