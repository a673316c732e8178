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

/// Sets Line::boilerplate on repeated margin lines and page numbers.
void mark_boilerplate(std::vector<PageLines>& pages);

/// True for "3", "- 3 -", "Pag. 3", "Pagina 3 di 12", "Page 3 of 12", "3/12".
bool looks_like_page_number(const std::string& text);

}  // namespace allegato::layout
