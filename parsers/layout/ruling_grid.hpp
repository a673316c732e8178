#pragma once
/// Phase 3 of the layout engine: ruling lines -> grids of cell rectangles.
/// Collinear pieces are merged, rules that touch form one connected frame, a
/// frame's distinct x and y positions form the grid, and a grid edge without
/// a rule under it joins the two cells beside it (merged cells, spans).
#include <vector>

#include "layout/layout_types.hpp"

namespace allegato::layout {

/// A cell of a grid: its top-left grid position, spans and rectangle.
struct GridCell {
  int row = 0, col = 0, row_span = 1, col_span = 1;
  BBox box;
};

struct Grid {
  BBox box;
  std::vector<double> xs;  ///< column boundaries, left to right (n_cols + 1)
  std::vector<double> ys;  ///< row boundaries, top to bottom (n_rows + 1)
  std::vector<GridCell> cells;
  std::vector<int> owner;    ///< per grid slot (row * n_cols + col): index of the cell covering it
  bool open_top = false;     ///< vertical rules run above the first horizontal rule (continued from the page before)
  bool open_bottom = false;  ///< vertical rules run below the last horizontal rule (continues on the next page)
  int n_rows() const { return static_cast<int>(ys.size()) - 1; }
  int n_cols() const { return static_cast<int>(xs.size()) - 1; }
  /// The cell whose rectangle holds (x, y), or -1.
  int cell_at(double x, double y) const;
};

/// Tolerance, in points, for two rule positions to be the same grid line
/// (double borders and anti-aliased half-pixel offsets).
inline constexpr double kSnap = 2.0;

/// Beyond this many merged rules on one page no grid is sought (the page is
/// a drawing, and pairing rules is quadratic).
inline constexpr std::size_t kMaxRulesPerPage = 6000;

/// Merges touching collinear pieces and drops what is neither a horizontal
/// nor a vertical rule.
std::vector<Rule> merge_rules(const std::vector<Rule>& rules);

/// Grids formed by connected horizontal and vertical rules (at least two of
/// each). A frame with a single cell is returned too: the caller decides
/// whether the text inside is a table (hybrid) or a boxed paragraph.
std::vector<Grid> find_grids(const std::vector<Rule>& merged);

/// Horizontal rules that belong to no grid (rows separated by lines only).
std::vector<Rule> loose_horizontal_rules(const std::vector<Rule>& merged, const std::vector<Grid>& grids);

}  // namespace allegato::layout
