#pragma once
/// Phase 3b of the layout engine: the cells of a ruled table when its rules
/// draw only part of the structure. A merged grid cell whose text stands in
/// separate columns is not merged (the column rules were drawn only in the
/// header); a grid row whose text forms several full lines holds several
/// rows (the row rules were drawn only around the header and at the foot).
#include <vector>

#include "layout/layout_types.hpp"
#include "layout/ruling_grid.hpp"

namespace allegato::layout {

/// One cell of the table read from a grid, with the words it holds.
struct RuledPiece {
  int row = 0, col = 0, row_span = 1, col_span = 1;
  BBox box;
  std::vector<int> words;  ///< indexes into PageInput::words
};

struct RuledLayout {
  std::vector<RuledPiece> pieces;  ///< every (row, col) covered once
  int n_rows = 0;                  ///< table rows (grid rows plus split sub-rows)
  int unmerged = 0;                ///< merged grid cells split back into columns
};

/// Whether the grid's rules leave most columns undrawn: single grid cells
/// holding runs side by side (rules only between column groups). Such a
/// grid is better read by alignment, its horizontal rules cutting rows.
bool columns_undrawn(const PageInput& page, const Grid& g, const std::vector<int>& inside);

/// Lays the words `inside` grid `g` into cells (see the file comment).
RuledLayout lay_out_grid(const PageInput& page, const Grid& g, const std::vector<int>& inside);

}  // namespace allegato::layout
