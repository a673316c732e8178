#pragma once
// Synthetic pages for the layout engine's tests: words placed like a PDF
// places them (one box per word, width from a fixed advance per character).
#include <sstream>
#include <string>
#include <vector>

#include "layout/layout_types.hpp"

namespace allegato::testing {

inline constexpr double kAdvance = 0.5;  // character width, in font sizes

inline layout::Word word(const std::string& text, double x, double y, double size = 10, bool bold = false) {
  layout::Word w;
  w.text = text;
  w.box = {x, y, x + kAdvance * size * static_cast<double>(text.size()), y + size};
  w.font_size = size;
  w.bold = bold;
  return w;
}

/// Adds the words of `text` (split on spaces) from x on one baseline, one
/// space (0.25 em) apart; returns the x after the last word.
inline double place(layout::PageInput& page, const std::string& text, double x, double y, double size = 10,
                    bool bold = false) {
  std::istringstream in(text);
  std::string w;
  while (in >> w) {
    page.words.push_back(word(w, x, y, size, bold));
    x = page.words.back().box.x1 + 0.25 * size;
  }
  return x;
}

inline layout::Rule hrule(double x0, double x1, double y) { return {{x0, y - 0.4, x1, y + 0.4}}; }
inline layout::Rule vrule(double x, double y0, double y1) { return {{x - 0.4, y0, x + 0.4, y1}}; }

}  // namespace allegato::testing
