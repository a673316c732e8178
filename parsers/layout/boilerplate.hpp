#pragma once
/// Phase 5 of the layout engine: page headers, footers, page numbers and
/// signatures recognised as boilerplate, by repetition across pages within
/// the top and bottom bands of the page, and page-number patterns there.
#include <vector>

#include "layout/layout_types.hpp"

namespace allegato::layout {

struct PageLines {
  double height = 0;
  const std::vector<Word>* words = nullptr;
  std::vector<Line>* lines = nullptr;
};

/// Share of the page height, from the top and from the bottom, where running
/// headers and footers live.
inline constexpr double kMarginBand = 0.12;
/// A line of this many runs or more is a table's row, never a running header.
inline constexpr std::size_t kHeaderRowRuns = 4;

/// Sets Line::boilerplate on repeated margin lines, page numbers and
/// signature blocks (role titles, the names under them, signature notices).
void mark_boilerplate(std::vector<PageLines>& pages);

/// True for a signature's role title ("IL SEGRETARIO GENERALE", "Il
/// Dirigente") standing alone in a run.
bool looks_like_signature_title(const std::string& run_text);

/// True for a digital-signature notice ("firmato digitalmente", "sottoscritto
/// con firma digitale").
bool looks_like_signature_notice(const std::string& line_text);

/// True for "3", "- 3 -", "Pag. 3", "Pagina 3 di 12", "Page 3 of 12", "3/12".
bool looks_like_page_number(const std::string& text);

}  // namespace allegato::layout
