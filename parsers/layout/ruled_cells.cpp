#include "layout/ruled_cells.hpp"

#include <algorithm>
#include <set>

#include "layout/aligned_tables.hpp"
#include "layout/text_lines.hpp"

namespace allegato::layout {

namespace {

// Share of a grid's filled cells holding runs side by side above which its
// columns are taken as undrawn.
constexpr double kUndrawnShare = 0.3;

// A merged cell (one row, several columns) whose words form runs that each
// sit inside one grid column, in two columns or more, is a row of separate
// cells whose column rules were not drawn (rules only in the header, or
// white on a coloured band). Text centred across the columns (a group
// title) makes a run crossing a column edge and stays merged.
int unmerge_text_columns(const PageInput& page, Grid& g, const std::vector<int>& inside) {
  const int cols = g.n_cols();
  std::vector<std::vector<int>> cell_words(g.cells.size());
  for (int id : inside) {
    const int k = g.cell_at(page.words[id].box.cx(), page.words[id].box.cy());
    if (k >= 0) cell_words[k].push_back(id);
  }
  std::vector<GridCell> cells;
  int unmerged = 0;
  for (std::size_t k = 0; k < g.cells.size(); ++k) {
    const GridCell& c = g.cells[k];
    bool split = false;
    if (c.col_span > 1 && c.row_span == 1 && !cell_words[k].empty()) {
      std::set<int> used;
      bool crossing = false;
      for (const Line& line : build_lines(page.words, cell_words[k]))
        for (const Run& run : line.runs) {
          int home = -1;
          for (int col = c.col; col < c.col + c.col_span; ++col)
            if (run.box.x0 >= g.xs[col] - kSnap && run.box.x1 <= g.xs[col + 1] + kSnap) home = col;
          if (home < 0) crossing = true;
          else used.insert(home);
        }
      split = !crossing && used.size() >= 2;
    }
    if (!split) {
      cells.push_back(c);
      continue;
    }
    ++unmerged;
    for (int col = c.col; col < c.col + c.col_span; ++col)
      cells.push_back({c.row, col, 1, 1, {g.xs[col], c.box.y0, g.xs[col + 1], c.box.y1}});
  }
  if (unmerged == 0) return 0;
  g.cells = std::move(cells);
  std::sort(g.cells.begin(), g.cells.end(),
            [](const GridCell& a, const GridCell& b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
  g.owner.assign(g.owner.size(), -1);
  for (std::size_t k = 0; k < g.cells.size(); ++k) {
    const GridCell& c = g.cells[k];
    for (int r = c.row; r < c.row + c.row_span; ++r)
      for (int col = c.col; col < c.col + c.col_span; ++col) g.owner[static_cast<std::size_t>(r * cols + col)] = static_cast<int>(k);
  }
  return unmerged;
}

// How the rows of a grid map to table rows when some ruled rows hold several
// unruled ones (columns ruled, rows not).
struct GridRowSplit {
  std::vector<int> first_row;            // per grid row, its first table row; one more entry: the total
  std::vector<std::vector<double>> cuts;  // per grid row, y cuts between its sub-rows (empty: one row)
};

// A grid row (other than the header row) whose words form several lines
// filling most columns holds several rows: they are split at the baselines'
// gaps. When single-row bands outnumber the rows packed bands would add, the
// rules do separate rows and a row with two full lines is one row of wrapped
// cells.
GridRowSplit split_unruled_rows(const PageInput& page, const Grid& g, const std::vector<int>& inside) {
  const int rows = g.n_rows();
  GridRowSplit out;
  out.cuts.assign(static_cast<std::size_t>(rows), {});
  std::vector<std::vector<int>> band_words(static_cast<std::size_t>(rows));
  for (int id : inside) {
    const double cy = page.words[id].box.cy();
    long r = std::upper_bound(g.ys.begin(), g.ys.end(), cy) - g.ys.begin() - 1;
    band_words[static_cast<std::size_t>(std::clamp<long>(r, 0, rows - 1))].push_back(id);
  }
  // Rows crossed by a vertically merged cell keep the grid's structure.
  std::vector<bool> spanned(static_cast<std::size_t>(rows), false);
  for (const auto& c : g.cells)
    if (c.row_span > 1)
      for (int r = c.row; r < c.row + c.row_span; ++r) spanned[r] = true;
  std::vector<std::pair<double, double>> cols;
  for (int c = 0; c < g.n_cols(); ++c) cols.emplace_back(g.xs[c], g.xs[c + 1]);
  int single = 0, packed_lines = 0;
  std::vector<std::vector<double>> candidate(static_cast<std::size_t>(rows));
  for (int r = 1; r < rows; ++r) {
    if (band_words[r].empty()) continue;
    std::vector<Line> lines = build_lines(page.words, band_words[r]);
    std::vector<const Line*> ptrs;
    for (const auto& l : lines) ptrs.push_back(&l);
    std::vector<int> sub = rows_within_band(page.words, ptrs, cols);
    if (sub.empty() || sub.back() == 0) {
      ++single;
      continue;
    }
    packed_lines += sub.back() + 1;
    for (std::size_t i = 1; i < lines.size(); ++i)
      if (sub[i] != sub[i - 1]) candidate[r].push_back((lines[i - 1].box.y1 + lines[i].box.y0) / 2);
  }
  const bool rules_between_rows = single >= 2 && 2 * single >= packed_lines;
  out.first_row.push_back(0);
  for (int r = 0; r < rows; ++r) {
    if (!rules_between_rows && !spanned[r]) out.cuts[r] = candidate[r];
    out.first_row.push_back(out.first_row.back() + 1 + static_cast<int>(out.cuts[r].size()));
  }
  return out;
}

// The grid's cells as table pieces, each split row's cells cut into one
// piece per sub-row; words go to the piece holding their centre.
std::vector<RuledPiece> ruled_pieces(const PageInput& page, const Grid& g, const std::vector<int>& inside,
                                     const GridRowSplit& split) {
  std::vector<RuledPiece> pieces;
  std::vector<int> first_piece;
  for (const auto& c : g.cells) {
    first_piece.push_back(static_cast<int>(pieces.size()));
    const auto& cuts = split.cuts[c.row];
    const int row = split.first_row[c.row];
    if (c.row_span == 1 && !cuts.empty()) {
      double top = c.box.y0;
      for (std::size_t k = 0; k <= cuts.size(); ++k) {
        const double bottom = k < cuts.size() ? cuts[k] : c.box.y1;
        pieces.push_back({row + static_cast<int>(k), c.col, 1, c.col_span, {c.box.x0, top, c.box.x1, bottom}, {}});
        top = bottom;
      }
    } else {
      const int row_span = split.first_row[c.row + c.row_span] - row;
      pieces.push_back({row, c.col, row_span, c.col_span, c.box, {}});
    }
  }
  for (int id : inside) {
    const BBox& b = page.words[id].box;
    const int k = g.cell_at(b.cx(), b.cy());
    if (k < 0) continue;
    const auto& cuts = split.cuts[g.cells[k].row];
    int sub = 0;
    if (g.cells[k].row_span == 1)
      sub = static_cast<int>(std::count_if(cuts.begin(), cuts.end(), [&](double y) { return y < b.cy(); }));
    pieces[first_piece[k] + sub].words.push_back(id);
  }
  return pieces;
}

}  // namespace

bool columns_undrawn(const PageInput& page, const Grid& g, const std::vector<int>& inside) {
  if (g.n_cols() < 2) return false;
  std::vector<std::vector<int>> cell_words(g.cells.size());
  for (int id : inside) {
    const int k = g.cell_at(page.words[id].box.cx(), page.words[id].box.cy());
    if (k >= 0) cell_words[k].push_back(id);
  }
  int filled = 0, side_by_side = 0;
  for (std::size_t k = 0; k < g.cells.size(); ++k) {
    if (cell_words[k].empty() || g.cells[k].col_span > 1) continue;
    ++filled;
    for (const Line& line : build_lines(page.words, cell_words[k]))
      if (line.runs.size() >= 2) {
        ++side_by_side;
        break;
      }
  }
  return side_by_side >= 2 && side_by_side >= kUndrawnShare * filled;
}

RuledLayout lay_out_grid(const PageInput& page, const Grid& grid, const std::vector<int>& inside) {
  Grid g = grid;
  RuledLayout out;
  out.unmerged = unmerge_text_columns(page, g, inside);
  GridRowSplit split = split_unruled_rows(page, g, inside);
  out.pieces = ruled_pieces(page, g, inside, split);
  out.n_rows = split.first_row.back();
  return out;
}

}  // namespace allegato::layout
