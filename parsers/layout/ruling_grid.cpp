#include "layout/ruling_grid.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace allegato::layout {

namespace {

// A rule is at most this thick; anything thicker is a shaded area, not a line.
constexpr double kMaxThickness = 3.0;
// Shorter pieces are glyph parts or bullets, not rules.
constexpr double kMinLength = 4.0;
// Horizontal rules overshooting the outer vertical rules by more than this
// open a column beyond them.
constexpr double kOpenSide = 8.0;

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void unite(int a, int b) { parent[find(a)] = find(b); }
};

// Positions closer than kSnap become one (their mean).
std::vector<double> cluster_positions(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  double sum = 0;
  int count = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (count > 0 && values[i] - values[i - 1] > kSnap) {
      out.push_back(sum / count);
      sum = 0;
      count = 0;
    }
    sum += values[i];
    ++count;
  }
  if (count > 0) out.push_back(sum / count);
  return out;
}

// Length of [a0, a1] covered by the union of the intervals.
double covered(double a0, double a1, std::vector<std::pair<double, double>> intervals) {
  std::sort(intervals.begin(), intervals.end());
  double total = 0, reach = a0;
  for (auto [s, e] : intervals) {
    s = std::max(s, reach);
    e = std::min(e, a1);
    if (e > s) {
      total += e - s;
      reach = e;
    }
  }
  return total;
}

}  // namespace

int Grid::cell_at(double x, double y) const {
  if (!box.contains(x, y) || n_rows() < 1 || n_cols() < 1) return -1;
  long col = std::upper_bound(xs.begin(), xs.end(), x) - xs.begin() - 1;
  long row = std::upper_bound(ys.begin(), ys.end(), y) - ys.begin() - 1;
  col = std::clamp<long>(col, 0, n_cols() - 1);
  row = std::clamp<long>(row, 0, n_rows() - 1);
  const std::size_t slot = static_cast<std::size_t>(row * n_cols() + col);
  return slot < owner.size() ? owner[slot] : -1;
}

std::vector<Rule> merge_rules(const std::vector<Rule>& rules) {
  std::vector<Rule> horizontal, vertical;
  for (const auto& r : rules) {
    const BBox& b = r.box;
    if (b.height() <= kMaxThickness && b.width() >= kMinLength) horizontal.push_back(r);
    else if (b.width() <= kMaxThickness && b.height() >= kMinLength) vertical.push_back(r);
  }
  auto merge = [](std::vector<Rule>& list, bool is_horizontal) {
    // Sort by position across, then along; join pieces on one line that touch.
    auto across = [&](const BBox& b) { return is_horizontal ? b.cy() : b.cx(); };
    auto start = [&](const BBox& b) { return is_horizontal ? b.x0 : b.y0; };
    auto end = [&](const BBox& b) { return is_horizontal ? b.x1 : b.y1; };
    std::sort(list.begin(), list.end(), [&](const Rule& a, const Rule& b) {
      if (std::abs(across(a.box) - across(b.box)) > 0.5) return across(a.box) < across(b.box);
      return start(a.box) < start(b.box);
    });
    std::vector<Rule> out;
    for (const auto& r : list) {
      if (!out.empty()) {
        BBox& last = out.back().box;
        if (std::abs(across(last) - across(r.box)) <= 0.5 && start(r.box) <= end(last) + 1.5) {
          last = last.united(r.box);
          continue;
        }
      }
      out.push_back(r);
    }
    list = std::move(out);
  };
  merge(horizontal, true);
  merge(vertical, false);
  horizontal.insert(horizontal.end(), vertical.begin(), vertical.end());
  return horizontal;
}

std::vector<Grid> find_grids(const std::vector<Rule>& merged) {
  // Pairing rules is quadratic: a page drawing more lines than any table
  // needs (hatching, charts) is read as text only.
  if (merged.size() > kMaxRulesPerPage) return {};
  const std::size_t n = merged.size();
  UnionFind groups(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (!merged[i].horizontal()) continue;
    const BBox& h = merged[i].box;
    for (std::size_t j = 0; j < n; ++j) {
      if (merged[j].horizontal()) continue;
      const BBox& v = merged[j].box;
      if (v.cx() >= h.x0 - kSnap && v.cx() <= h.x1 + kSnap && h.cy() >= v.y0 - kSnap && h.cy() <= v.y1 + kSnap)
        groups.unite(static_cast<int>(i), static_cast<int>(j));
    }
  }
  std::vector<std::vector<int>> members(n);
  for (std::size_t i = 0; i < n; ++i) members[groups.find(static_cast<int>(i))].push_back(static_cast<int>(i));

  std::vector<Grid> grids;
  for (const auto& group : members) {
    std::vector<double> xs, ys;
    std::vector<const Rule*> hs, vs;
    BBox box;
    for (int i : group) {
      const Rule& r = merged[i];
      box = box.united(r.box);
      if (r.horizontal()) {
        hs.push_back(&r);
        ys.push_back(r.box.cy());
      } else {
        vs.push_back(&r);
        xs.push_back(r.box.cx());
      }
    }
    // One horizontal rule is enough when vertical rules run past it: the
    // piece of a table cut by a page break.
    if (hs.empty() || vs.size() < 2) continue;
    Grid grid;
    grid.xs = cluster_positions(xs);
    grid.ys = cluster_positions(ys);
    // A table cut by a page break has no closing rule on that side: the
    // vertical rules still mark where its open row ends.
    if (!grid.ys.empty()) {
      double v_top = 1e18, v_bottom = -1e18;
      for (const Rule* v : vs) {
        v_top = std::min(v_top, v->box.y0);
        v_bottom = std::max(v_bottom, v->box.y1);
      }
      if (v_bottom > grid.ys.back() + 3) {
        grid.ys.push_back(v_bottom);
        grid.open_bottom = true;
      }
      if (v_top < grid.ys.front() - 3) {
        grid.ys.insert(grid.ys.begin(), v_top);
        grid.open_top = true;
      }
    }
    // Horizontal rules running well past the outermost vertical rules: the
    // table goes on beyond them (vertical rules only between column
    // groups), its outer columns bounded by the rules' ends.
    if (!grid.xs.empty()) {
      double h_left = 1e18, h_right = -1e18;
      for (const Rule* h : hs) {
        h_left = std::min(h_left, h->box.x0);
        h_right = std::max(h_right, h->box.x1);
      }
      if (h_left < grid.xs.front() - kOpenSide) grid.xs.insert(grid.xs.begin(), h_left);
      if (h_right > grid.xs.back() + kOpenSide) grid.xs.push_back(h_right);
    }
    if (grid.xs.size() < 2 || grid.ys.size() < 2) continue;
    grid.box = {grid.xs.front(), grid.ys.front(), grid.xs.back(), grid.ys.back()};
    if (grid.box.width() < 10 || grid.box.height() < 5) continue;
    const int rows = grid.n_rows(), cols = grid.n_cols();

    // An edge between two grid cells is drawn when rules cover most of it.
    auto vertical_edge = [&](int row, int boundary) {
      double x = grid.xs[boundary], y0 = grid.ys[row], y1 = grid.ys[row + 1];
      std::vector<std::pair<double, double>> pieces;
      for (const Rule* v : vs)
        if (std::abs(v->box.cx() - x) <= kSnap) pieces.emplace_back(v->box.y0, v->box.y1);
      return covered(y0, y1, pieces) >= 0.6 * (y1 - y0);
    };
    auto horizontal_edge = [&](int boundary, int col) {
      double y = grid.ys[boundary], x0 = grid.xs[col], x1 = grid.xs[col + 1];
      std::vector<std::pair<double, double>> pieces;
      for (const Rule* h : hs)
        if (std::abs(h->box.cy() - y) <= kSnap) pieces.emplace_back(h->box.x0, h->box.x1);
      return covered(x0, x1, pieces) >= 0.6 * (x1 - x0);
    };
    UnionFind cells(static_cast<std::size_t>(rows * cols));
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < cols; ++c) {
        if (c + 1 < cols && !vertical_edge(r, c + 1)) cells.unite(r * cols + c, r * cols + c + 1);
        if (r + 1 < rows && !horizontal_edge(r + 1, c)) cells.unite(r * cols + c, (r + 1) * cols + c);
      }
    // Each group of grid cells becomes one cell spanning its bounding range
    // (bounds per group in one pass: hostile grids can be large).
    const std::size_t n_slots = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
    std::vector<int> r_max(n_slots, -1), c_max(n_slots, -1);
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < cols; ++c) {
        const int root = cells.find(r * cols + c);
        r_max[root] = std::max(r_max[root], r);
        c_max[root] = std::max(c_max[root], c);
      }
    grid.owner.assign(n_slots, -1);
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < cols; ++c) {
        if (grid.owner[r * cols + c] >= 0) continue;
        const int root = cells.find(r * cols + c);
        const int r1 = std::max(r, r_max[root]), c1 = std::max(c, c_max[root]);
        GridCell cell;
        cell.row = r;
        cell.col = c;
        cell.row_span = r1 - r + 1;
        cell.col_span = c1 - c + 1;
        cell.box = {grid.xs[c], grid.ys[r], grid.xs[c1 + 1], grid.ys[r1 + 1]};
        const int index = static_cast<int>(grid.cells.size());
        for (int rr = r; rr <= r1; ++rr)
          for (int cc = c; cc <= c1; ++cc)
            if (grid.owner[rr * cols + cc] < 0) grid.owner[rr * cols + cc] = index;
        grid.cells.push_back(cell);
      }
    grids.push_back(std::move(grid));
  }
  std::sort(grids.begin(), grids.end(), [](const Grid& a, const Grid& b) {
    if (std::abs(a.box.y0 - b.box.y0) > 1) return a.box.y0 < b.box.y0;
    return a.box.x0 < b.box.x0;
  });
  return grids;
}

std::vector<Rule> loose_horizontal_rules(const std::vector<Rule>& merged, const std::vector<Grid>& grids) {
  std::vector<Rule> out;
  for (const auto& r : merged) {
    if (!r.horizontal()) continue;
    bool inside = false;
    for (const auto& g : grids) {
      BBox grown{g.box.x0 - kSnap, g.box.y0 - kSnap, g.box.x1 + kSnap, g.box.y1 + kSnap};
      if (grown.contains(r.box.cx(), r.box.cy())) inside = true;
    }
    if (!inside) out.push_back(r);
  }
  return out;
}

}  // namespace allegato::layout
