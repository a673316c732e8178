#include "layout/aligned_tables.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace allegato::layout {

namespace {

using Interval = std::pair<double, double>;

// Two lines further apart than this (in font sizes) are not one table.
constexpr double kBlockGapEm = 2.2;
// Preceding single-run lines this close may be a first row's first lines.
constexpr double kLookbackGapEm = 1.2;

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// Column extents: the white gaps left by the regular lines (those with the
// most common number of runs, or more); runs of other lines standing wholly
// inside a gap open a sparse column.
std::vector<Interval> find_columns(const std::vector<const Line*>& lines) {
  std::map<int, int> freq;
  for (const Line* l : lines)
    if (l->runs.size() >= 2) ++freq[static_cast<int>(l->runs.size())];
  if (freq.empty()) return {};
  int mode = 0, best = 0;
  for (auto [count, n] : freq)
    if (n >= best) {
      best = n;
      mode = count;
    }
  std::vector<Interval> spans;
  for (const Line* l : lines)
    if (static_cast<int>(l->runs.size()) >= mode)
      for (const auto& r : l->runs) spans.emplace_back(r.box.x0, r.box.x1);
  std::sort(spans.begin(), spans.end());
  std::vector<Interval> cols;
  for (auto s : spans) {
    if (!cols.empty() && s.first <= cols.back().second + 1.0) cols.back().second = std::max(cols.back().second, s.second);
    else cols.push_back(s);
  }
  std::vector<Interval> sparse;
  for (const Line* l : lines) {
    if (static_cast<int>(l->runs.size()) >= mode) continue;
    for (const auto& r : l->runs) {
      bool touches = false;
      for (auto c : cols)
        if (r.box.x1 > c.first - 1.0 && r.box.x0 < c.second + 1.0) touches = true;
      if (!touches) sparse.emplace_back(r.box.x0, r.box.x1);
    }
  }
  std::sort(sparse.begin(), sparse.end());
  std::vector<Interval> merged_sparse;
  for (auto s : sparse) {
    if (!merged_sparse.empty() && s.first <= merged_sparse.back().second + 1.0)
      merged_sparse.back().second = std::max(merged_sparse.back().second, s.second);
    else merged_sparse.push_back(s);
  }
  cols.insert(cols.end(), merged_sparse.begin(), merged_sparse.end());
  std::sort(cols.begin(), cols.end());
  return cols;
}

// The columns a run covers: [first, last], or {-1, -1}.
std::pair<int, int> columns_of(const BBox& box, const std::vector<Interval>& cols) {
  int first = -1, last = -1;
  for (int c = 0; c < static_cast<int>(cols.size()); ++c) {
    if (box.x1 - 0.5 > cols[c].first && box.x0 + 0.5 < cols[c].second) {
      if (first < 0) first = c;
      last = c;
    }
  }
  if (first < 0) {
    double best = 1e18;
    for (int c = 0; c < static_cast<int>(cols.size()); ++c) {
      double d = std::abs((cols[c].first + cols[c].second) / 2 - box.cx());
      if (d < best) {
        best = d;
        first = last = c;
      }
    }
  }
  return {first, last};
}

int filled_columns(const Line& line, const std::vector<Interval>& cols) {
  std::vector<bool> seen(cols.size(), false);
  for (const auto& r : line.runs) {
    auto [a, b] = columns_of(r.box, cols);
    for (int c = a; c >= 0 && c <= b; ++c) seen[c] = true;
  }
  return static_cast<int>(std::count(seen.begin(), seen.end(), true));
}

bool has_column(const Line& line, const std::vector<Interval>& cols, int col) {
  for (const auto& r : line.runs) {
    auto [a, b] = columns_of(r.box, cols);
    if (a <= col && col <= b) return true;
  }
  return false;
}

// Row of each line. With cuts (rules), rows lie between cuts. Otherwise a
// new row starts where the white gap above a line is clearly wider than the
// tightest gap (the leading inside wrapped cells); when all gaps are alike,
// a line missing the anchor column continues the row above.
std::vector<int> assign_rows(const std::vector<const Line*>& lines, const std::vector<Interval>& cols,
                             const std::vector<double>& cuts, bool& from_rules) {
  std::vector<int> row(lines.size(), 0);
  from_rules = false;
  if (!cuts.empty()) {
    from_rules = true;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      double cy = lines[i]->box.cy();
      row[i] = static_cast<int>(std::count_if(cuts.begin(), cuts.end(), [&](double y) { return y < cy; }));
    }
  } else {
    std::vector<double> gaps(lines.size(), 0), sizes;
    double reach = lines.empty() ? 0 : lines[0]->box.y1;
    double tightest = 1e18;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      gaps[i] = lines[i]->box.y0 - reach;
      reach = std::max(reach, lines[i]->box.y1);
      tightest = std::min(tightest, gaps[i]);
    }
    for (const Line* l : lines) sizes.push_back(l->font_size);
    const double size = median(sizes);
    const double threshold = std::max(tightest, 0.0) + std::max(1.5, 0.3 * size);
    // Anchor: the leftmost column that nearly every multi-column line fills
    // (codes, names); wrapped lines of other cells leave it empty.
    int anchor = -1, multi = 0;
    std::vector<int> fills(cols.size(), 0);
    for (const Line* l : lines) {
      if (filled_columns(*l, cols) < 2) continue;
      ++multi;
      for (int c = 0; c < static_cast<int>(cols.size()); ++c) fills[c] += has_column(*l, cols, c) ? 1 : 0;
    }
    for (int c = 0; c < static_cast<int>(cols.size()) && anchor < 0; ++c)
      if (multi > 0 && fills[c] >= 0.9 * multi) anchor = c;
    bool any_wide = false;
    for (std::size_t i = 1; i < lines.size(); ++i) any_wide = any_wide || gaps[i] > threshold;
    if (any_wide) {
      // Inside a tightly packed group, a multi-column line filling the anchor
      // again is a new row (tables padded only after the header).
      bool row_has_anchor = anchor >= 0 && has_column(*lines[0], cols, anchor);
      for (std::size_t i = 1; i < lines.size(); ++i) {
        const bool starts_anchor = anchor >= 0 && has_column(*lines[i], cols, anchor);
        const bool restart = starts_anchor && row_has_anchor && filled_columns(*lines[i], cols) >= 2;
        const bool next = gaps[i] > threshold || restart;
        row[i] = row[i - 1] + (next ? 1 : 0);
        row_has_anchor = next ? starts_anchor : (row_has_anchor || starts_anchor);
      }
    } else {
      const bool anchored = anchor >= 0;
      int prev_filled = 0;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        int filled = filled_columns(*lines[i], cols);
        bool continues = i > 0 && anchored && !has_column(*lines[i], cols, anchor) &&
                         filled <= std::max(1, prev_filled / 2);
        row[i] = i == 0 ? 0 : row[i - 1] + (continues ? 0 : 1);
        if (!continues) prev_filled = filled;
      }
    }
  }
  // A line spanning several columns (a group header over sub-columns, a
  // section title) is a row of its own: it shares no row with other lines,
  // except lines spanning the same columns (its own wrapped lines).
  auto span_of = [&](const Line& l) -> std::pair<int, int> {
    if (l.runs.size() != 1) return {-1, -1};
    auto range = columns_of(l.runs[0].box, cols);
    return range.second > range.first ? range : std::pair<int, int>{-1, -1};
  };
  int shift = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const int original = row[i];
    const bool same_row = original + shift == row[i - 1];
    row[i] = original + shift;
    if (!same_row || from_rules) continue;
    auto here = span_of(*lines[i]), before = span_of(*lines[i - 1]);
    const bool spanning = here.first >= 0 || before.first >= 0;
    if (spanning && here != before) {
      ++shift;
      ++row[i];
    }
  }
  // Renumber densely (rule cuts may leave empty rows).
  std::vector<int> order = row;
  std::sort(order.begin(), order.end());
  order.erase(std::unique(order.begin(), order.end()), order.end());
  for (auto& r : row) r = static_cast<int>(std::lower_bound(order.begin(), order.end(), r) - order.begin());
  return row;
}

AlignedTable lay_out(const std::vector<Word>& words, const std::vector<const Line*>& lines,
                     const std::vector<Interval>& cols, const std::vector<double>& cuts) {
  AlignedTable t;
  t.columns = cols;
  std::vector<int> row_of = assign_rows(lines, cols, cuts, t.rows_from_rules);
  int n_rows = lines.empty() ? 0 : row_of.back() + 1;
  t.rows.assign(static_cast<std::size_t>(n_rows), {1e18, -1e18});
  struct Piece {
    int c0, c1;
    std::vector<int> words;
  };
  std::vector<std::vector<Piece>> pieces(static_cast<std::size_t>(n_rows));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    int r = row_of[i];
    t.rows[r].first = std::min(t.rows[r].first, lines[i]->box.y0);
    t.rows[r].second = std::max(t.rows[r].second, lines[i]->box.y1);
    t.box = t.box.united(lines[i]->box);
    for (const auto& run : lines[i]->runs) {
      auto [a, b] = columns_of(run.box, cols);
      pieces[r].push_back({a, b, run.words});
    }
  }
  int multi_rows = 0;
  for (int r = 0; r < n_rows; ++r) {
    auto& ps = pieces[r];
    std::sort(ps.begin(), ps.end(), [](const Piece& a, const Piece& b) { return a.c0 < b.c0; });
    // Pieces whose column ranges overlap become one cell.
    std::vector<Piece> merged;
    for (auto& p : ps) {
      if (!merged.empty() && p.c0 <= merged.back().c1) {
        merged.back().c1 = std::max(merged.back().c1, p.c1);
        merged.back().words.insert(merged.back().words.end(), p.words.begin(), p.words.end());
      } else {
        merged.push_back(p);
      }
    }
    if (merged.size() >= 2) ++multi_rows;
    int next_col = 0;
    auto add_empty = [&](int upto) {
      for (; next_col < upto; ++next_col) {
        AlignedCell e;
        e.row = r;
        e.col = next_col;
        e.box = {cols[next_col].first, t.rows[r].first, cols[next_col].second, t.rows[r].second};
        t.cells.push_back(e);
      }
    };
    for (auto& p : merged) {
      add_empty(p.c0);
      AlignedCell cell;
      cell.row = r;
      cell.col = p.c0;
      cell.col_span = p.c1 - p.c0 + 1;
      cell.words = p.words;
      BBox box;
      for (int id : p.words) box = box.united(words[id].box);
      cell.box = {std::min(box.x0, cols[p.c0].first), t.rows[r].first, std::max(box.x1, cols[p.c1].second),
                  t.rows[r].second};
      t.cells.push_back(std::move(cell));
      next_col = p.c1 + 1;
    }
    add_empty(static_cast<int>(cols.size()));
  }
  t.score = n_rows > 0 ? static_cast<double>(multi_rows) / n_rows : 0;
  return t;
}

}  // namespace

AlignedTable align_block(const std::vector<Word>& words, const std::vector<Line>& lines,
                         const std::vector<double>& row_cuts) {
  std::vector<const Line*> ptrs;
  for (const auto& l : lines) ptrs.push_back(&l);
  auto cols = find_columns(ptrs);
  if (cols.size() < 2) {
    AlignedTable none;
    none.why = "one column";
    return none;
  }
  AlignedTable t = lay_out(words, ptrs, cols, row_cuts);
  for (std::size_t i = 0; i < lines.size(); ++i) t.lines.push_back(static_cast<int>(i));
  return t;
}

AlignedTable align_to_columns(const std::vector<Word>& words, const std::vector<Line>& lines,
                              const std::vector<std::pair<double, double>>& columns) {
  std::vector<const Line*> ptrs;
  for (const auto& l : lines) ptrs.push_back(&l);
  AlignedTable t = lay_out(words, ptrs, columns, {});
  for (std::size_t i = 0; i < lines.size(); ++i) t.lines.push_back(static_cast<int>(i));
  return t;
}

std::vector<AlignedTable> find_aligned_tables(const std::vector<Word>& words, const std::vector<Line>& lines,
                                              const std::vector<Rule>& row_rules) {
  std::vector<AlignedTable> tables;
  const int n = static_cast<int>(lines.size());
  int i = 0;
  int taken_until = 0;  // lines before this index belong to an earlier table
  while (i < n) {
    if (lines[i].runs.size() < 2) {
      ++i;
      continue;
    }
    // Grow a block of closely packed lines around the first multi-run line.
    int start = i, end = i;
    double reach = lines[i].box.y1;
    while (end + 1 < n) {
      const Line& next = lines[end + 1];
      double size = std::max(next.font_size, lines[end].font_size);
      if (next.box.y0 - reach > kBlockGapEm * size) break;
      ++end;
      reach = std::max(reach, next.box.y1);
    }
    while (start - 1 >= taken_until && i - start < 3) {
      const Line& prev = lines[start - 1];
      if (lines[start].box.y0 - prev.box.y1 > kLookbackGapEm * prev.font_size) break;
      --start;
    }
    std::vector<const Line*> block;
    for (int k = start; k <= end; ++k) block.push_back(&lines[k]);
    auto cols = find_columns(block);
    // Lines at the edges that cross a column gap, or stand alone in a
    // column no other line uses, are titles or paragraphs.
    std::vector<int> users(cols.size(), 0);
    for (const Line* l : block)
      for (int c = 0; c < static_cast<int>(cols.size()); ++c) users[c] += has_column(*l, cols, c) ? 1 : 0;
    auto crosses = [&](const Line* l) {
      if (l->runs.size() != 1) return false;
      auto [a, b] = columns_of(l->runs[0].box, cols);
      return b > a || users[a] <= 1;
    };
    int first = start, last = end;
    if (cols.size() >= 2) {
      while (first <= last && crosses(&lines[first])) ++first;
      while (last >= first && crosses(&lines[last])) --last;
    }
    // A bold line spanning columns right above a bold first row is a group
    // header over sub-columns ("Target" over 2023 2024 2025): keep it.
    while (first > start && first <= last && lines[first].bold && lines[first - 1].bold &&
           lines[first].box.y0 - lines[first - 1].box.y1 <= lines[first].font_size)
      --first;
    std::vector<const Line*> kept;
    for (int k = first; k <= last; ++k) kept.push_back(&lines[k]);
    // Columns again without the trimmed lines (a title may have opened one).
    if (first != start || last != end) cols = find_columns(kept);
    std::vector<double> cuts;
    if (!kept.empty()) {
      BBox span;
      for (const Line* l : kept) span = span.united(l->box);
      for (const auto& r : row_rules) {
        if (r.box.cy() <= span.y0 || r.box.cy() >= span.y1) continue;
        if (r.box.overlap_x(span) >= 0.8 * span.width()) cuts.push_back(r.box.cy());
      }
      std::sort(cuts.begin(), cuts.end());
    }
    AlignedTable t;
    if (cols.size() >= 2 && kept.size() >= 2) t = lay_out(words, kept, cols, cuts);
    const int n_rows = static_cast<int>(t.rows.size());
    const double needed = t.rows_from_rules ? 0.34 : 0.5;
    int multi_rows = static_cast<int>(std::lround(t.score * n_rows));
    if (n_rows >= 2 && multi_rows >= 2 && t.score >= needed) {
      for (int k = first; k <= last; ++k) t.lines.push_back(k);
      t.why = std::to_string(cols.size()) + " columns kept apart by white gaps in " + std::to_string(multi_rows) +
              " of " + std::to_string(n_rows) + " rows" + (t.rows_from_rules ? ", rows cut by horizontal rules" : "");
      tables.push_back(std::move(t));
      taken_until = last + 1;
    }
    i = std::max(end + 1, i + 1);
  }
  return tables;
}

}  // namespace allegato::layout
