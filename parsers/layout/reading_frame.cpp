#include "layout/reading_frame.hpp"

#include <algorithm>

#include "layout/text_lines.hpp"

namespace allegato::layout {

namespace {

// Turned lines with two runs or more that make the turned words a table.
constexpr int kMinTableLines = 2;

struct Point {
  double x, y;
};

// Text of direction 90 runs down the page with its glyphs' tops to the
// right, so its lines follow each other leftwards; 270 runs up with lines
// following rightwards; 180 is upside down.
Point turn(Point p, int rotation, double w, double h) {
  switch (rotation) {
    case 90: return {p.y, w - p.x};
    case 180: return {w - p.x, h - p.y};
    case 270: return {h - p.y, p.x};
    default: return p;
  }
}

Point unturn(Point p, int rotation, double w, double h) {
  switch (rotation) {
    case 90: return {w - p.y, p.x};
    case 180: return {w - p.x, h - p.y};
    case 270: return {p.y, h - p.x};
    default: return p;
  }
}

BBox box_through(const BBox& b, Point (*map)(Point, int, double, double), int rotation, double w, double h) {
  Point a = map({b.x0, b.y0}, rotation, w, h), c = map({b.x1, b.y1}, rotation, w, h);
  return {std::min(a.x, c.x), std::min(a.y, c.y), std::max(a.x, c.x), std::max(a.y, c.y)};
}

}  // namespace

BBox to_reading_frame(const BBox& box, int rotation, double page_width, double page_height) {
  return box_through(box, turn, rotation, page_width, page_height);
}

BBox to_page_frame(const BBox& box, int rotation, double page_width, double page_height) {
  return box_through(box, unturn, rotation, page_width, page_height);
}

std::vector<TurnedView> turned_views(const PageInput& page, std::vector<std::string>* notes) {
  std::vector<TurnedView> views;
  std::vector<int> by_direction[4];
  for (int id = 0; id < static_cast<int>(page.words.size()); ++id)
    by_direction[(page.words[id].rotation / 90) & 3].push_back(id);
  const std::size_t total = page.words.size();
  for (int d = 1; d < 4; ++d) {
    if (by_direction[d].empty()) continue;
    const int rotation = d * 90;
    TurnedView v;
    v.rotation = rotation;
    v.input.number = page.number;
    v.input.rotate = page.rotate;
    v.input.width = rotation == 180 ? page.width : page.height;
    v.input.height = rotation == 180 ? page.height : page.width;
    for (int id : by_direction[d]) {
      Word w = page.words[id];
      w.box = to_reading_frame(w.box, rotation, page.width, page.height);
      w.rotation = 0;
      v.input.words.push_back(std::move(w));
      v.origin.push_back(id);
    }
    std::vector<int> all(v.input.words.size());
    for (std::size_t k = 0; k < all.size(); ++k) all[k] = static_cast<int>(k);
    int table_lines = 0;
    for (const auto& l : build_lines(v.input.words, all)) table_lines += l.runs.size() >= 2 ? 1 : 0;
    const bool most_of_page = 2 * by_direction[d].size() > total;
    if (table_lines < kMinTableLines && !most_of_page) continue;
    for (const auto& r : page.rules) v.input.rules.push_back({to_reading_frame(r.box, rotation, page.width, page.height)});
    for (const auto& f : page.fills) v.input.fills.push_back(to_reading_frame(f, rotation, page.width, page.height));
    if (notes)
      notes->push_back(std::to_string(v.input.words.size()) + " words written at " + std::to_string(rotation) +
                       " degrees (glyph matrix) read with the page turned: " +
                       (most_of_page ? "most of the page" : std::to_string(table_lines) + " turned lines of 2+ columns"));
    views.push_back(std::move(v));
  }
  return views;
}

}  // namespace allegato::layout
