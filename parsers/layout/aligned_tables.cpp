#include "layout/aligned_tables.hpp"

#include "layout/text_lines.hpp"
#include "values/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string_view>

namespace allegato::layout {

namespace {

using Interval = std::pair<double, double>;

// Two lines further apart than this (in font sizes) are not one table.
constexpr double kBlockGapEm = 2.2;
// ... or this many when a rule across them lies in the white between.
constexpr double kRuledGapEm = 4.5;
// Preceding single-run lines this close may be a first row's first lines.
constexpr double kLookbackGapEm = 1.2;
// A header cell's line holds at most this many words.
constexpr std::size_t kHeaderRunWords = 6;
// A column whose runs hold this many words (median) or more is running text.
constexpr double kProseWordsPerRun = 5;
// A line of running text spans at least this share of its block's width.
constexpr double kProseWidthShare = 0.6;
// A justified line fills at least this share of its column's width.
constexpr double kJustifiedShare = 0.9;
// An axis has at least this many tick values in even steps.
constexpr int kMinTicks = 4;

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// White this wide or more under one run only can part two columns.
constexpr double kMinBridgedGap = 2.0;

// A group header ("Valori storici" over `2021 | 2022`) is a short run
// bridging the white between the columns of its sub-headers and their
// values: a union of the runs' extents would make them one column. Where,
// inside one column so joined, white at least kMinBridgedGap wide lies under
// a single run while runs of two lines or more stand wholly on each side of
// it, the column is two; the bridging run spans them.
std::vector<Interval> split_bridged(const std::vector<Interval>& cols, const std::vector<Interval>& spans,
                                    const std::vector<int>& line_of) {
  std::vector<Interval> out;
  for (const Interval& col : cols) {
    std::vector<int> inside;
    for (int k = 0; k < static_cast<int>(spans.size()); ++k)
      if (spans[k].second > col.first - 1.0 && spans[k].first < col.second + 1.0) inside.push_back(k);
    // Candidate cuts: the right end of each span; the white after it runs
    // to the next span start beyond it that no other span (but one) covers.
    double from = col.first;
    std::vector<double> ends;
    for (int k : inside) ends.push_back(spans[k].second);
    std::sort(ends.begin(), ends.end());
    for (double g0 : ends) {
      if (g0 <= from || g0 >= col.second) continue;
      // The start of the first span beginning after g0: the other side.
      double g1 = col.second;
      for (int k : inside)
        if (spans[k].first > g0) g1 = std::min(g1, spans[k].first);
      if (g1 - g0 < kMinBridgedGap) continue;
      int covering = 0;
      for (int k : inside) covering += (spans[k].first < g0 + 0.5 && spans[k].second > g1 - 0.5) ? 1 : 0;
      if (covering != 1) continue;
      std::set<int> left, right;
      for (int k : inside) {
        if (spans[k].second <= g0 + 0.01 && spans[k].first >= from - 1.0) left.insert(line_of[k]);
        if (spans[k].first >= g1 - 0.01) right.insert(line_of[k]);
      }
      if (left.size() < 2 || right.size() < 2) continue;
      out.emplace_back(from, g0);
      from = g1;
    }
    out.emplace_back(from, col.second);
  }
  return out;
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
  // Columns from the short runs first: one sentence run (a caption with a
  // label, "Table 10:   Indicators of ...") would bridge every gap. Long
  // runs then widen the column they fall in, open one where they touch
  // none, and are ignored where they cross a gap (they become spanning
  // cells).
  auto union_of = [](std::vector<Interval> spans) {
    std::sort(spans.begin(), spans.end());
    std::vector<Interval> out;
    for (auto s : spans) {
      if (!out.empty() && s.first <= out.back().second + 1.0) out.back().second = std::max(out.back().second, s.second);
      else out.push_back(s);
    }
    return out;
  };
  std::vector<Interval> short_spans, long_spans;
  std::vector<int> short_line;  // the line of each short span
  for (int k = 0; k < static_cast<int>(lines.size()); ++k) {
    const Line* l = lines[k];
    if (static_cast<int>(l->runs.size()) < mode) continue;
    for (const auto& r : l->runs) {
      if (static_cast<double>(r.words.size()) >= kProseWordsPerRun) {
        long_spans.emplace_back(r.box.x0, r.box.x1);
      } else {
        short_spans.emplace_back(r.box.x0, r.box.x1);
        short_line.push_back(k);
      }
    }
  }
  std::vector<Interval> cols = split_bridged(union_of(short_spans), short_spans, short_line);
  if (cols.size() < 2) {
    short_spans.insert(short_spans.end(), long_spans.begin(), long_spans.end());
    cols = union_of(short_spans);
  } else {
    std::vector<Interval> widened = cols, opened;
    for (auto s : long_spans) {
      int touched = 0, at = -1;
      for (int c = 0; c < static_cast<int>(cols.size()); ++c)
        if (s.second > cols[c].first - 1.0 && s.first < cols[c].second + 1.0) {
          ++touched;
          at = c;
        }
      if (touched == 0) opened.push_back(s);
      else if (touched == 1)
        widened[at] = {std::min(widened[at].first, s.first), std::max(widened[at].second, s.second)};
    }
    widened.insert(widened.end(), opened.begin(), opened.end());
    cols = union_of(widened);
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

// A line of text that carries on wrapped cells ("nascita di nuove imprese"):
// it starts in lower case, and more of its runs start in lower case than
// hold only numbers (a data row in small capitals, "total 425,425 135.0",
// is read as lower case too).
bool continues_sentence(const std::vector<Word>& words, const Line& line) {
  if (line.runs.empty() || line.runs.front().words.empty()) return false;
  if (!opens_lower_case(words[line.runs.front().words.front()].text)) return false;
  int lower = 0, numeric = 0;
  for (const auto& r : line.runs) {
    if (opens_lower_case(words[r.words.front()].text)) ++lower;
    bool all_numbers = true;
    for (int id : r.words) {
      const std::string& t = words[id].text;
      const bool number = std::any_of(t.begin(), t.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; }) &&
                          std::none_of(t.begin(), t.end(), [](unsigned char ch) { return std::isalpha(ch) != 0; });
      all_numbers = all_numbers && number;
    }
    numeric += all_numbers ? 1 : 0;
  }
  return lower > numeric;
}

// Whether the line's run in column `col` opens with a lower-case letter.
bool anchor_opens_lower_case(const std::vector<Word>& words, const Line& line, const std::vector<Interval>& cols, int col) {
  for (const auto& r : line.runs) {
    if (r.words.empty()) continue;
    const auto [a, b] = columns_of(r.box, cols);
    if (a <= col && col <= b) return opens_lower_case(words[r.words.front()].text);
  }
  return false;
}

// White above a value, in font sizes, that makes it a new value in its
// column: about half a line (a sub-row padded by its producer); a wrapped
// cell's lines sit a tenth of a font size apart or less. Two columns must
// start a value at that height, so a wide leading alone parts nothing.
constexpr double kStackGapEm = 0.45;

// Row of each line, from spacing alone (rows 0..): a new row starts where
// the white gap above a line is clearly wider than the tightest gap (the
// leading inside wrapped cells); when all gaps are alike, a line missing the
// anchor column continues the row above.
// Inside a band enclosed by rules (`in_band`) the anchor must be the first
// column holding text: a wrapped cell's lines fill a later column on every
// line, and would each start a row. There too a line starting in lower case
// carries on the sentences of the row above (cells wrapped side by side).
// `gaps_only`: without clearly wider white, the lines are one row;
// `leading`: the tightest gap of the whole table, when known.
std::vector<int> rows_by_gaps(const std::vector<Word>& words, const std::vector<const Line*>& lines,
                              const std::vector<Interval>& cols, bool in_band = false, bool gaps_only = false,
                              double leading = 1e18) {
  std::vector<int> row(lines.size(), 0);
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
  // Told only by gaps, a few lines have no tight pair of their own to
  // compare with: the table's leading stands for it.
  if (gaps_only) tightest = std::min(tightest, leading);
  const double threshold = std::max(tightest, 0.0) + std::max(1.5, 0.3 * size);
  // Anchor: the leftmost column that nearly every multi-column line fills
  // (codes, names); wrapped lines of other cells leave it empty.
  int anchor = -1, multi = 0;
  std::vector<int> fills(cols.size(), 0);
  for (const Line* l : lines) {
    // In a band, a line spanning columns in one run (a group title) is no row.
    if (filled_columns(*l, cols) < 2 || (in_band && l->runs.size() < 2)) continue;
    ++multi;
    for (int c = 0; c < static_cast<int>(cols.size()); ++c) fills[c] += has_column(*l, cols, c) ? 1 : 0;
  }
  bool sparse_anchor = false;
  for (int c = 0; c < static_cast<int>(cols.size()) && anchor < 0; ++c) {
    if (multi > 0 && fills[c] >= 0.9 * multi) anchor = c;
    // In a band, the first column holding text anchors its rows even where
    // the lines below leave it empty (a code over a wrapped name beside a
    // ladder of bands, a line each): lines set tight under it carry the row
    // on. (Values padded apart are rows stacked beside a spanning cell.)
    else if (in_band && fills[c] > 0) {
      anchor = c;
      sparse_anchor = true;
    }
  }
  bool any_wide = false;
  for (std::size_t i = 1; i < lines.size(); ++i) any_wide = any_wide || gaps[i] > threshold;
  if (any_wide) {
    // Inside a tightly packed group, a multi-column line filling the anchor
    // again is a new row (tables padded only after the header).
    // (A band's sparse anchor says nothing here: the white does.)
    const int restart_col = sparse_anchor ? -1 : anchor;
    bool row_has_anchor = restart_col >= 0 && has_column(*lines[0], cols, restart_col);
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const bool starts_anchor = restart_col >= 0 && has_column(*lines[i], cols, restart_col);
      // (The anchor cell's wrapped words, "accessi" under "... del registro
      // degli", start in lower case: the row carries on.)
      const bool restart = starts_anchor && row_has_anchor && filled_columns(*lines[i], cols) >= 2 &&
                           !(in_band && continues_sentence(words, *lines[i])) &&
                           !anchor_opens_lower_case(words, *lines[i], cols, restart_col);
      const bool next = gaps[i] > threshold || restart;
      row[i] = row[i - 1] + (next ? 1 : 0);
      row_has_anchor = next ? starts_anchor : (row_has_anchor || starts_anchor);
    }
  } else if (!gaps_only) {
    const bool anchored = anchor >= 0;
    int prev_filled = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      int filled = filled_columns(*lines[i], cols);
      const bool tight = !sparse_anchor || (i > 0 && gaps[i] < kStackGapEm * size);
      bool continues = i > 0 && ((anchored && tight && !has_column(*lines[i], cols, anchor) &&
                                  filled <= std::max(1, prev_filled / 2)) ||
                                 (in_band && continues_sentence(words, *lines[i])));
      row[i] = i == 0 ? 0 : row[i - 1] + (continues ? 0 : 1);
      if (!continues) prev_filled = filled;
    }
  }
  // A header stacked over several bold lines on the body's pitch ("Valore /
  // Valore atteso consuntivo / 2025 2025") is one row: the leading bold
  // lines, when lines that are not bold follow, share the first row. (A
  // line spanning columns is parted again afterwards: a group header.)
  if (!in_band) {
    // (A bold body row right under it, an objective's title of many words,
    // is no header line.)
    auto header_like = [](const Line& l) {
      return std::all_of(l.runs.begin(), l.runs.end(), [](const Run& r) { return r.words.size() <= kHeaderRunWords; });
    };
    std::size_t bold_top = 0;
    while (bold_top < lines.size() && lines[bold_top]->bold && (bold_top == 0 || gaps[bold_top] <= threshold) &&
           (bold_top == 0 || header_like(*lines[bold_top])))
      ++bold_top;
    if (bold_top >= 2 && bold_top < lines.size()) {
      const int merged = row[bold_top - 1];
      for (std::size_t i = 0; i < lines.size(); ++i) row[i] = i < bold_top ? 0 : row[i] - merged;
    }
  }
  return row;
}

// A line that fills at least half the columns (and two): a row of its own,
// unless it is the first line of a wrapped row.
bool is_full_line(const Line& line, const std::vector<Interval>& cols) {
  const int filled = filled_columns(line, cols);
  return filled >= 2 && 2 * filled >= static_cast<int>(cols.size());
}

// The lines of one wrapped cell sit at most this many font sizes apart.
constexpr double kWrapGapEm = 0.5;

// A group header centred over its sub-columns may be narrower than they
// are; a rule drawn under it (its cell's border) says how far it reaches,
// up to half way to the next group header on its line (the borders of
// groups side by side join into one rule).
BBox group_extent(const Line& line, std::size_t k, double below_to, const std::vector<BBox>& rules) {
  const BBox& run = line.runs[k].box;
  const double left = k > 0 ? (line.runs[k - 1].box.x1 + run.x0) / 2 : -1e18;
  const double right = k + 1 < line.runs.size() ? (run.x1 + line.runs[k + 1].box.x0) / 2 : 1e18;
  BBox box = run;
  for (const BBox& r : rules)
    if (r.cy() >= run.y1 - 1.0 && r.cy() <= below_to + 1.0 && r.overlap_x(run) > 0) {
      box.x0 = std::min(box.x0, std::max(r.x0, left));
      box.x1 = std::max(box.x1, std::min(r.x1, right));
    }
  return box;
}

// Whether run k of `group` spans columns [a, b] (a < b) of which `line`
// fills two or more, a run each: a group header over its sub-headers.
bool heads_sub_headers(const Line& group, std::size_t k, const Line& line, const std::vector<Interval>& cols,
                       const std::vector<BBox>& rules, bool from_first_column = true) {
  auto [a, b] = columns_of(group_extent(group, k, line.box.y0, rules), cols);
  if (b <= a || (a == 0 && !from_first_column)) return false;
  std::set<int> under;
  for (const auto& r : line.runs) {
    auto [c0, c1] = columns_of(r.box, cols);
    if (c0 == c1 && c0 >= a && c0 <= b) under.insert(c0);
  }
  return under.size() >= 2;
}

bool sub_headers_of(const Line& group, const Line& line, const std::vector<Interval>& cols,
                    const std::vector<BBox>& rules) {
  for (std::size_t k = 0; k < group.runs.size(); ++k)
    if (heads_sub_headers(group, k, line, cols, rules)) return true;
  return false;
}

// Rows of the band above the first rule. The header's stacked words are one
// row whatever their pitch ("Percent / who / borrowed" sit a fraction of a
// font size apart); white of half a font size or more above a line parts
// what sits over the header (a section title, form lines `Struttura: ...`
// above a table whose first rule is the header's) into rows of their own.
//
// A group header (`Valori storici` over `2021 | 2022`) is a row of its own
// however close its sub-headers sit: a line is parted from the row above
// when a line of that row has a run spanning columns of which the line fills
// two or more. Cells beside them (`Tipo`, set between the two lines) stay in
// the upper row.
// The sub-rows so parted are told in `grouped` (first: the group's, second:
// its sub-headers').
std::vector<int> header_band_rows(const std::vector<const Line*>& lines, const std::vector<int>& members,
                                  const std::vector<Interval>& cols, const std::vector<BBox>& rules,
                                  std::pair<int, int>& grouped) {
  std::vector<int> sub(members.size(), 0);
  double reach = members.empty() ? 0 : lines[members[0]]->box.y1;
  for (std::size_t k = 1; k < members.size(); ++k) {
    const Line& line = *lines[members[k]];
    bool parted = line.box.y0 - reach > kWrapGapEm * line.font_size;
    for (std::size_t j = 0; j < k && !parted; ++j) {
      parted = sub[j] == sub[k - 1] && sub_headers_of(*lines[members[j]], line, cols, rules);
      if (parted && grouped.first < 0) grouped = {sub[k - 1], sub[k - 1] + 1};
    }
    sub[k] = sub[k - 1] + (parted ? 1 : 0);
    reach = std::max(reach, line.box.y1);
  }
  return sub;
}

// Heights where a horizontal rule crosses the table, top to bottom, and
// which of them are a zebra stripe's edge rather than a drawn line.
struct RowCuts {
  std::vector<double> y;
  std::vector<bool> band_edge;
  RowCuts() = default;
  explicit RowCuts(std::vector<double> drawn) : y(std::move(drawn)), band_edge(y.size(), false) { sort(); }
  void add(double at, bool edge) {
    y.push_back(at);
    band_edge.push_back(edge);
  }
  void sort() {
    std::vector<std::size_t> order(y.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return y[a] < y[b]; });
    RowCuts sorted;
    for (std::size_t i : order) sorted.add(y[i], band_edge[i]);
    *this = std::move(sorted);
  }
};

// Rows between rule cuts. Rules drawn between every row make each band one
// row (wrapped cells kept whole). Rules drawn only around the header (a rule
// above and below it, one at the foot) leave the whole body in one band:
// a body band holding several full lines is then split by spacing, the way
// an unruled table is. The first band is the header, whose stacked words
// ("Percent / who / borrowed") are one row whatever their spacing.
std::vector<int> rows_between_cuts(const std::vector<Word>& words, const std::vector<const Line*>& lines,
                                   const std::vector<Interval>& cols, const RowCuts& cuts,
                                   const std::vector<BBox>& inner_rules, std::pair<int, int>& header_group) {
  std::vector<int> band(lines.size(), 0);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    double cy = lines[i]->box.cy();
    band[i] = static_cast<int>(std::count_if(cuts.y.begin(), cuts.y.end(), [&](double y) { return y < cy; }));
  }
  const int n_bands = static_cast<int>(cuts.y.size()) + 1;
  // A band opened or closed by a zebra stripe's edge: stripes may shade
  // every other indicator only, the stretch between two holding its
  // objective's rows as well.
  auto striped = [&](int b) {
    return (b > 0 && cuts.band_edge[b - 1]) || (b < static_cast<int>(cuts.y.size()) && cuts.band_edge[b]);
  };
  std::vector<std::vector<int>> members(static_cast<std::size_t>(n_bands));
  for (std::size_t i = 0; i < lines.size(); ++i) members[band[i]].push_back(static_cast<int>(i));
  std::vector<int> full(static_cast<std::size_t>(n_bands), 0);
  for (std::size_t i = 0; i < lines.size(); ++i) full[band[i]] += is_full_line(*lines[i], cols) ? 1 : 0;
  const int first_band = band.empty() ? 0 : band.front();
  // Rules separate rows when the bands of one row outnumber the rows that
  // packed bands would add (a few wrapped two-line rows among ruled ones);
  // a body of thirty lines under two header rules is the other case.
  int single_row_bands = 0, packed_lines = 0;
  for (int b = first_band + 1; b < n_bands; ++b) {
    if (members[b].empty()) continue;
    if (full[b] <= 1) ++single_row_bands;
    else packed_lines += full[b];
  }
  const bool rules_between_rows = single_row_bands >= 2 && 2 * single_row_bands >= packed_lines;
  // The leading of wrapped cells: the tightest white between two lines of
  // the body, whichever band they fall in.
  double leading = 1e18, reach = -1e18;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (band[i] == first_band) continue;
    if (reach > -1e18) leading = std::min(leading, lines[i]->box.y0 - reach);
    reach = std::max(reach, lines[i]->box.y1);
  }
  std::vector<int> row(lines.size(), 0);
  int next_row = 0;
  for (int b = 0; b < n_bands; ++b) {
    if (members[b].empty()) continue;
    std::vector<int> sub(members[b].size(), 0);
    if (b == first_band) sub = header_band_rows(lines, members[b], cols, inner_rules, header_group);
    else if ((full[b] >= 2 && !rules_between_rows) || (striped(b) && members[b].size() >= 2)) {
      std::vector<const Line*> band_lines;
      for (int i : members[b]) band_lines.push_back(lines[i]);
      // Only clear white parts a stripe-bounded band with one full line, or
      // one all bold: a shaded header's stacked words ("VALORE / TARGET /
      // 1°ANNO") sit tight and stay one row.
      const bool all_bold = std::all_of(band_lines.begin(), band_lines.end(), [](const Line* l) { return l->bold; });
      const bool gaps_only = full[b] < 2 || (rules_between_rows && all_bold);
      sub = rows_by_gaps(words, band_lines, cols, true, gaps_only, leading);
    }
    for (std::size_t k = 0; k < members[b].size(); ++k) row[members[b][k]] = next_row + sub[k];
    next_row += sub.back() + 1;
  }
  return row;
}

// Row of each line: between rule cuts when there are any, else by spacing.
// `header_group`: the header's group row and sub-header row, when a group
// header parted them (rows are numbered from the header's first).
std::vector<int> assign_rows(const std::vector<Word>& words, const std::vector<const Line*>& lines,
                             const std::vector<Interval>& cols, const RowCuts& cuts,
                             const std::vector<BBox>& inner_rules, bool& from_rules, std::pair<int, int>& header_group) {
  from_rules = !cuts.y.empty();
  header_group = {-1, -1};
  std::vector<int> row = from_rules ? rows_between_cuts(words, lines, cols, cuts, inner_rules, header_group)
                                    : rows_by_gaps(words, lines, cols);
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
    if (!same_row) continue;
    auto here = span_of(*lines[i]), before = span_of(*lines[i - 1]);
    // Between rules, only a title over a full row is parted from it (a band
    // drawn as a filled box, no rule under it): its line spans columns in
    // one run, the next fills two columns or more.
    // (Above the first rule, header_band_rows has parted the header's lines.)
    const bool in_header_band = from_rules && lines[i]->box.cy() < cuts.y.front();
    if (from_rules && (in_header_band || !(before.first >= 0 && here.first < 0 && filled_columns(*lines[i], cols) >= 2)))
      continue;
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

// Stacked values. Under rules drawn only around the header (or none), a cell
// spanning rows (an objective printed once beside its indicators) fills the
// white between those rows, so spacing sees one row whose cells hold two
// lines each. The short columns tell them apart: each holds one value per
// row, stacked under the other with half a line of white or more between
// them, where a wrapped cell's lines sit much closer. Where two
// columns or more start such a value at one height, a row starts; the other
// columns' lines go to the row holding them, and a column whose text runs on
// across that height, or stops above it, is one cell spanning the rows.

// Values starting one row have their tops within this share of a font size
// (also the slack for a run reaching across a cut).
constexpr double kStackAlignEm = 0.25;

// A run of a row as its column sees it.
struct ColumnRun {
  int col0 = 0, col1 = 0;  // the columns it covers
  double top = 0, bottom = 0, size = 10;
};

std::vector<ColumnRun> column_runs(const std::vector<const Line*>& lines, const std::vector<Interval>& cols) {
  std::vector<ColumnRun> runs;
  for (const Line* l : lines)
    for (const auto& r : l->runs) {
      auto [a, b] = columns_of(r.box, cols);
      runs.push_back({a, b, r.box.y0, r.box.y1, r.font_size});
    }
  std::sort(runs.begin(), runs.end(), [](const ColumnRun& a, const ColumnRun& b) { return a.top < b.top; });
  return runs;
}

// Whether a cell spanning rows is there: a wrapped cell (two lines or more,
// in one column) starting on the row's first line and running on across
// height `y`, the text that filled the white spacing looks for. Stacked
// values with nothing so wrapped across them (a chart's tick labels beside
// its legend) part nothing.
bool wrapped_across(const std::vector<ColumnRun>& runs, int n_cols, double y) {
  if (runs.empty()) return false;
  const double row_top = runs.front().top;
  for (int c = 0; c < n_cols; ++c) {
    int lines = 0;
    double top = 0, reach = 0;
    for (const auto& r : runs) {
      if (r.col0 != c || r.col1 != c) continue;
      if (lines > 0 && r.top - reach <= kWrapGapEm * r.size) {
        ++lines;
      } else {
        lines = 1;
        top = r.top;
      }
      reach = lines == 1 ? r.bottom : std::max(reach, r.bottom);
      const double line = y - kStackAlignEm * r.size;
      if (lines >= 2 && top <= row_top + kStackAlignEm * r.size && top < line && reach > line) return true;
    }
  }
  return false;
}

// The tops of the values that start a row inside one row's runs (top to
// bottom), with how many columns start one there.
std::vector<StackCut> stacked_starts(const std::vector<ColumnRun>& runs, int n_cols) {
  struct Start {
    double y, size;
    int col;
  };
  std::vector<Start> starts;
  for (int c = 0; c < n_cols; ++c) {
    double reach = 0, reach_size = 0;
    bool seen = false;
    for (const auto& r : runs) {
      if (r.col0 != c || r.col1 != c) continue;
      if (seen && r.top - reach >= kStackGapEm * std::max(r.size, reach_size)) starts.push_back({r.top, r.size, c});
      if (!seen || r.bottom > reach) {
        reach = r.bottom;
        reach_size = r.size;
      }
      seen = true;
    }
  }
  std::sort(starts.begin(), starts.end(), [](const Start& a, const Start& b) { return a.y < b.y; });
  std::vector<StackCut> cuts;
  for (std::size_t k = 0; k < starts.size();) {
    std::vector<int> at;
    std::size_t j = k;
    for (; j < starts.size() && starts[j].y - starts[k].y <= kStackAlignEm * starts[k].size; ++j)
      at.push_back(starts[j].col);
    std::sort(at.begin(), at.end());
    const int columns = static_cast<int>(std::unique(at.begin(), at.end()) - at.begin());
    if (columns >= 2 && wrapped_across(runs, n_cols, starts[k].y)) cuts.push_back({starts[k].y, columns});
    k = j;
  }
  return cuts;
}

// One row of spacing parted by stacked values into rows first_row.. (one
// more than cuts).
struct StackedGroup {
  int first_row = 0;
  std::vector<StackCut> cuts;
};

// The cuts that leave a line (by its centre) in every part of the row.
std::vector<StackCut> rows_with_lines(const std::vector<const Line*>& lines, std::vector<StackCut> cuts) {
  auto holds_line = [&](double top, double bottom) {
    return std::any_of(lines.begin(), lines.end(), [&](const Line* l) {
      return l->box.cy() >= top && l->box.cy() < bottom;
    });
  };
  double bottom = 1e18;
  for (std::size_t k = cuts.size(); k-- > 0;) {
    if (holds_line(cuts[k].y, bottom)) bottom = cuts[k].y;
    else cuts.erase(cuts.begin() + static_cast<long>(k));
  }
  if (!cuts.empty() && !holds_line(-1e18, cuts.front().y)) cuts.erase(cuts.begin());
  return cuts;
}

// Parts the rows in `row` (per line, dense) where stacked values start; the
// first row is left whole when `header_first` (a header's stacked words are
// one row). Lines go to the part holding their centre.
std::vector<StackedGroup> part_stacked_rows(const std::vector<const Line*>& lines, const std::vector<Interval>& cols,
                                            bool header_first, std::vector<int>& row,
                                            const std::vector<BBox>& partial_rules = {}) {
  const int n_rows = row.empty() ? 0 : *std::max_element(row.begin(), row.end()) + 1;
  std::vector<std::vector<const Line*>> members(static_cast<std::size_t>(n_rows));
  for (std::size_t i = 0; i < lines.size(); ++i) members[row[i]].push_back(lines[i]);
  std::vector<StackedGroup> groups;
  std::vector<int> first(static_cast<std::size_t>(n_rows), 0);
  std::vector<std::vector<StackCut>> cuts(static_cast<std::size_t>(n_rows));
  int added = 0;
  for (int r = 0; r < n_rows; ++r) {
    first[r] = r + added;
    const bool header = r == 0 && (header_first || std::all_of(members[r].begin(), members[r].end(),
                                                                [](const Line* l) { return l->bold; }));
    if (members[r].size() < 2 || header) continue;
    const auto runs = column_runs(members[r], cols);
    auto starts = stacked_starts(runs, static_cast<int>(cols.size()));
    // A rule drawn under some columns only (the cells beside a merged one)
    // parts the row where two columns or more start a value under it.
    double top = 1e18, bottom = -1e18;
    for (const Line* l : members[r]) {
      top = std::min(top, l->box.y0);
      bottom = std::max(bottom, l->box.y1);
    }
    for (const BBox& rule : partial_rules) {
      const double y = rule.cy();
      if (y <= top || y >= bottom) continue;
      if (std::any_of(starts.begin(), starts.end(), [&](const StackCut& k) { return std::abs(k.y - y) < 2.0; })) continue;
      std::set<int> below;
      for (const auto& run : runs)
        if (run.col0 == run.col1 && run.top >= y - kStackAlignEm * run.size && run.top - y < 2 * run.size &&
            run.col0 >= 0 && cols[run.col0].first >= rule.x0 - 2 && cols[run.col0].second <= rule.x1 + 2)
          below.insert(run.col0);
      if (below.size() >= 2) starts.push_back({y, static_cast<int>(below.size()), rule.x0, rule.x1, true});
    }
    std::sort(starts.begin(), starts.end(), [](const StackCut& a, const StackCut& b) { return a.y < b.y; });
    cuts[r] = rows_with_lines(members[r], starts);
    if (cuts[r].empty()) continue;
    groups.push_back({first[r], cuts[r]});
    added += static_cast<int>(cuts[r].size());
  }
  if (groups.empty()) return groups;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const double cy = lines[i]->box.cy();
    const auto& c = cuts[row[i]];
    row[i] = first[row[i]] +
             static_cast<int>(std::count_if(c.begin(), c.end(), [&](const StackCut& k) { return k.y <= cy; }));
  }
  return groups;
}

// A cell of a parted row that stays whole across rows: column `col` from
// `first_row`, `rows` rows.
struct StackedSpan {
  int col = 0, first_row = 0, rows = 1;
};

// Per column of a parted row (its lines `lines`), the cells that span its
// rows. A column is cut where a value of it starts at or under a cut with
// none of its runs reaching across; a column a run crossing columns touches
// is cut everywhere. Empty stretches span nothing.
std::vector<StackedSpan> stacked_spans(const std::vector<const Line*>& lines, const std::vector<Interval>& cols,
                                       const StackedGroup& g) {
  std::vector<StackedSpan> spans;
  const std::vector<ColumnRun> runs = column_runs(lines, cols);
  for (int c = 0; c < static_cast<int>(cols.size()); ++c) {
    bool crossed = false;
    std::vector<const ColumnRun*> own;
    for (const auto& r : runs) {
      if (r.col0 <= c && c <= r.col1 && r.col0 != r.col1) crossed = true;
      if (r.col0 == c && r.col1 == c) own.push_back(&r);
    }
    if (crossed || own.empty()) continue;
    auto cut_at = [&](const StackCut& k) {
      // A rule under other columns only: this one spans it.
      const double covered = std::min(cols[c].second, k.x1) - std::max(cols[c].first, k.x0);
      if (covered < 0.5 * (cols[c].second - cols[c].first)) return false;
      bool starts_under = false, reaches_across = false;
      for (const ColumnRun* r : own) {
        const double line = k.ruled ? k.y : k.y - kStackAlignEm * r->size;
        if (r->top >= line) starts_under = true;
        else if (r->bottom > line + (k.ruled ? 0.5 : 0.0)) reaches_across = true;
      }
      return starts_under && !reaches_across;
    };
    // The rows each cut starts, then the stretches between this column's cuts.
    int from = 0;
    const int n = static_cast<int>(g.cuts.size()) + 1;
    for (int k = 1; k <= n; ++k) {
      if (k < n && !cut_at(g.cuts[k - 1])) continue;
      if (k - from >= 2) {
        // Text in the stretch: a run whose centre lies in it.
        const double top = from == 0 ? -1e18 : g.cuts[from - 1].y;
        const double bottom = k == n ? 1e18 : g.cuts[k - 1].y;
        const bool text = std::any_of(own.begin(), own.end(), [&](const ColumnRun* r) {
          const double cy = (r->top + r->bottom) / 2;
          return cy >= top && cy < bottom;
        });
        if (text) spans.push_back({c, g.first_row + from, k - from});
      }
      from = k;
    }
  }
  return spans;
}

// Two-column prose (or a paragraph beside a note) lines up like a table of
// two columns, but every column is made of sentence lines: runs of many
// words. A table has at least one column of short entries (codes, names,
// numbers).
bool reads_as_prose(const std::vector<const Line*>& lines, const std::vector<Interval>& cols) {
  if (cols.size() < 2) return false;
  std::vector<std::vector<double>> words_per_run(cols.size());
  for (const Line* l : lines)
    for (const auto& r : l->runs) {
      auto [a, b] = columns_of(r.box, cols);
      if (a == b && a >= 0) words_per_run[a].push_back(static_cast<double>(r.words.size()));
    }
  for (const auto& counts : words_per_run)
    if (counts.empty() || median(counts) < kProseWordsPerRun) return false;
  return true;
}

// A header cell aligned apart from its values ("Punti" flush left, "10
// punti" flush right under it) leaves two columns that never share a row:
// one holding only that header word, in a row naming other columns, the
// one beside it empty there and holding the values below. They are one
// column.
std::optional<std::vector<Interval>> join_header_only_columns(const std::vector<const Line*>& lines,
                                                              const std::vector<Interval>& cols,
                                                              const std::vector<int>& row_of) {
  const int n_cols = static_cast<int>(cols.size());
  std::vector<std::set<int>> rows_of(cols.size());  // rows where a run lies in that column alone
  std::map<int, std::set<int>> filled;              // row -> columns its runs touch
  for (std::size_t i = 0; i < lines.size(); ++i)
    for (const auto& run : lines[i]->runs) {
      auto [a, b] = columns_of(run.box, cols);
      if (a < 0) continue;
      for (int c = a; c <= b; ++c) filled[row_of[i]].insert(c);
      if (a == b) rows_of[a].insert(row_of[i]);
    }
  for (int c = 0; c + 1 < n_cols; ++c) {
    for (const auto& [head, body] : {std::pair<int, int>{c, c + 1}, std::pair<int, int>{c + 1, c}}) {
      if (rows_of[head].size() != 1 || rows_of[body].size() < 2) continue;
      const int header_row = *rows_of[head].begin();
      if (filled[header_row].size() < 3 || filled[header_row].count(body)) continue;
      if (*rows_of[body].begin() <= header_row) continue;
      std::vector<Interval> joined = cols;
      joined[c] = {std::min(cols[c].first, cols[c + 1].first), std::max(cols[c].second, cols[c + 1].second)};
      joined.erase(joined.begin() + c + 1);
      return joined;
    }
  }
  return std::nullopt;
}

// `inner_rules`: every rule inside the table short of a cut (`partial_rules`
// are those under some columns of a row).
AlignedTable lay_out(const std::vector<Word>& words, const std::vector<const Line*>& lines,
                     const std::vector<Interval>& given_cols, const RowCuts& cuts,
                     const std::vector<BBox>& partial_rules = {}, const std::vector<BBox>& inner_rules = {}) {
  AlignedTable t;
  std::vector<Interval> cols = given_cols;
  std::pair<int, int> header_group;
  std::vector<int> row_of = assign_rows(words, lines, cols, cuts, inner_rules, t.rows_from_rules, header_group);
  while (auto joined = join_header_only_columns(lines, cols, row_of)) {
    cols = std::move(*joined);
    row_of = assign_rows(words, lines, cols, cuts, inner_rules, t.rows_from_rules, header_group);
  }
  t.columns = cols;
  const std::vector<StackedGroup> groups = part_stacked_rows(lines, cols, t.rows_from_rules, row_of, partial_rules);
  const int n_rows = row_of.empty() ? 0 : *std::max_element(row_of.begin(), row_of.end()) + 1;
  t.rows.assign(static_cast<std::size_t>(n_rows), {1e18, -1e18});
  struct Piece {
    int c0, c1;
    std::vector<int> words;
  };
  std::vector<std::vector<Piece>> pieces(static_cast<std::size_t>(n_rows));
  // The sub-headers' top, under which a group header's rule is looked for.
  double sub_top = 1e18;
  if (header_group.first >= 0)
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (row_of[i] == header_group.second) sub_top = std::min(sub_top, lines[i]->box.y0);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    int r = row_of[i];
    t.rows[r].first = std::min(t.rows[r].first, lines[i]->box.y0);
    t.rows[r].second = std::max(t.rows[r].second, lines[i]->box.y1);
    t.box = t.box.united(lines[i]->box);
    for (std::size_t k = 0; k < lines[i]->runs.size(); ++k) {
      const Run& run = lines[i]->runs[k];
      const BBox box = r == header_group.first ? group_extent(*lines[i], k, sub_top, inner_rules) : run.box;
      auto [a, b] = columns_of(box, cols);
      pieces[r].push_back({a, b, run.words});
    }
  }
  // Cells spanning the rows stacked values parted: a spanning column's
  // pieces move to the span's first row; the rows under it have no cell there.
  // rows_at[r][c]: rows of the cell starting at (r, c); 0 under a span.
  std::vector<std::vector<int>> rows_at(static_cast<std::size_t>(n_rows), std::vector<int>(cols.size(), 1));
  // Column `col` as one cell from row `first` over `rows` rows: the pieces
  // of that column alone in the rows under it move up to the first.
  auto span_column = [&](int col, int first, int rows) {
    rows_at[first][col] = rows;
    for (int r = first + 1; r < first + rows; ++r) {
      rows_at[r][col] = 0;
      auto& ps = pieces[r];
      for (auto it = ps.begin(); it != ps.end();) {
        if (it->c0 == col && it->c1 == col) {
          pieces[first].push_back(std::move(*it));
          it = ps.erase(it);
        } else {
          ++it;
        }
      }
    }
  };
  for (const auto& g : groups) {
    t.stack_cuts.insert(t.stack_cuts.end(), g.cuts.begin(), g.cuts.end());
    std::vector<const Line*> group_lines;
    const int last_row = g.first_row + static_cast<int>(g.cuts.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (row_of[i] >= g.first_row && row_of[i] <= last_row) group_lines.push_back(lines[i]);
    for (const auto& span : stacked_spans(group_lines, cols, g)) {
      ++t.stack_spans;
      span_column(span.col, span.first_row, span.rows);
    }
  }
  // A two-row header parted by a group header: the columns outside every
  // group hold one cell spanning both rows (`Percent / who / borrowed`
  // beside `Amount borrowed` over its sub-columns).
  if (auto [g0, g1] = header_group; g0 >= 0 && g1 < n_rows) {
    std::vector<bool> grouped(cols.size(), false);
    for (const auto& p : pieces[g0])
      if (p.c1 > p.c0)
        for (int c = p.c0; c <= p.c1; ++c) grouped[c] = true;
    for (int c = 0; c < static_cast<int>(cols.size()); ++c) {
      if (grouped[c] || rows_at[g0][c] != 1 || rows_at[g1][c] != 1) continue;
      auto& below = pieces[g1];
      const bool spanning_below = std::any_of(below.begin(), below.end(), [&](const Piece& p) {
        return p.c0 <= c && p.c1 >= c && p.c1 > p.c0;
      });
      if (!spanning_below) span_column(c, g0, 2);
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
    // A row under a span has that cell's text beside its own.
    const auto spanned = std::count(rows_at[r].begin(), rows_at[r].end(), 0);
    if (static_cast<long>(merged.size()) + spanned >= 2) ++multi_rows;
    int next_col = 0;
    auto add_empty = [&](int upto) {
      for (; next_col < upto; ++next_col) {
        if (rows_at[r][next_col] == 0) continue;
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
      cell.row_span = p.c0 == p.c1 ? std::max(1, rows_at[r][p.c0]) : 1;
      cell.words = p.words;
      BBox box;
      for (int id : p.words) box = box.united(words[id].box);
      cell.box = {std::min(box.x0, cols[p.c0].first), t.rows[r].first, std::max(box.x1, cols[p.c1].second),
                  t.rows[r + cell.row_span - 1].second};
      t.cells.push_back(std::move(cell));
      next_col = p.c1 + 1;
    }
    add_empty(static_cast<int>(cols.size()));
  }
  t.score = n_rows > 0 ? static_cast<double>(multi_rows) / n_rows : 0;
  return t;
}

}  // namespace

std::vector<int> rows_within_band(const std::vector<Word>& words, const std::vector<const Line*>& lines,
                                  const std::vector<std::pair<double, double>>& columns) {
  int full = 0;
  for (const Line* l : lines) full += is_full_line(*l, columns) ? 1 : 0;
  if (full < 2) return std::vector<int>(lines.size(), 0);
  return rows_by_gaps(words, lines, columns, true);
}

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
  AlignedTable t = lay_out(words, ptrs, cols, RowCuts(row_cuts));
  for (std::size_t i = 0; i < lines.size(); ++i) t.lines.push_back(static_cast<int>(i));
  return t;
}

AlignedTable align_to_columns(const std::vector<Word>& words, const std::vector<Line>& lines,
                              const std::vector<std::pair<double, double>>& columns) {
  std::vector<const Line*> ptrs;
  for (const auto& l : lines) ptrs.push_back(&l);
  AlignedTable t = lay_out(words, ptrs, columns, RowCuts());
  for (std::size_t i = 0; i < lines.size(); ++i) t.lines.push_back(static_cast<int>(i));
  return t;
}

std::string stacked_rows_why(const AlignedTable& t) {
  if (t.stack_cuts.empty()) return "";
  std::string ys;
  for (const auto& k : t.stack_cuts)
    ys += (ys.empty() ? "" : ", ") + std::to_string(static_cast<int>(k.y)) + " (" + std::to_string(k.columns) +
          " columns)";
  char gap[16];
  std::snprintf(gap, sizeof gap, "%g", kStackGapEm);
  return ", " + std::to_string(t.stack_cuts.size()) + " row(s) parted where values stacked in their columns start " +
         gap + " font size or more under the value above, at y " + ys + "; " + std::to_string(t.stack_spans) +
         " cell(s) span the rows parted";
}

// A run reading as a piece of a sentence: many words, hardly any numbers
// ("Q2 2006 – Q1 2010" is a label, not prose).
bool sentence_run(const std::vector<Word>& words, const Run& run) {
  if (static_cast<double>(run.words.size()) < kProseWordsPerRun) return false;
  int numeric = 0;
  for (int id : run.words)
    numeric += std::any_of(words[id].text.begin(), words[id].text.end(),
                           [](unsigned char ch) { return std::isdigit(ch) != 0; })
                   ? 1
                   : 0;
  return 5 * numeric <= static_cast<int>(run.words.size());
}

// The first or last column when it is running text (a page column of
// justified prose beside the table) and no other column is; -1 otherwise.
int prose_edge_column(const std::vector<Word>& words, const std::vector<const Line*>& lines,
                      const std::vector<Interval>& cols) {
  if (cols.size() < 3) return -1;
  std::vector<int> runs(cols.size(), 0), sentences(cols.size(), 0), full_width(cols.size(), 0);
  for (const Line* l : lines)
    for (const auto& r : l->runs) {
      auto [a, b] = columns_of(r.box, cols);
      if (a != b || a < 0) continue;
      ++runs[a];
      sentences[a] += sentence_run(words, r) ? 1 : 0;
      full_width[a] += r.box.width() >= kJustifiedShare * (cols[a].second - cols[a].first) ? 1 : 0;
    }
  // Justified prose: sentence runs that nearly all fill the column's width
  // (a table's wrapped descriptions are ragged, of every length).
  auto prose = [&](std::size_t c) {
    return runs[c] >= 3 && 4 * sentences[c] >= 3 * runs[c] && 4 * full_width[c] >= 3 * runs[c];
  };
  int prose_columns = 0;
  for (std::size_t c = 0; c < cols.size(); ++c) prose_columns += prose(c) ? 1 : 0;
  if (prose_columns != 1) return -1;
  if (prose(cols.size() - 1)) return static_cast<int>(cols.size()) - 1;
  return prose(0) ? 0 : -1;
}

Line line_of_runs(std::vector<Run> runs) {
  Line line;
  line.runs = std::move(runs);
  line.font_size = 0;
  line.bold = true;
  for (const auto& r : line.runs) {
    line.box = line.box.united(r.box);
    line.font_size = std::max(line.font_size, r.font_size);
    line.bold = line.bold && r.bold;
  }
  return line;
}

// Splits each line into the runs outside column `col` (the table's part) and
// the runs inside it (text beside the table).
void split_off_column(const std::vector<const Line*>& lines, const std::vector<Interval>& cols, int col,
                      std::vector<Line>& table_part, std::vector<Line>& beside) {
  for (const Line* l : lines) {
    std::vector<Run> in_table, out;
    for (const auto& r : l->runs) {
      auto [a, b] = columns_of(r.box, cols);
      (a == col && b == col ? out : in_table).push_back(r);
    }
    if (!in_table.empty()) table_part.push_back(line_of_runs(std::move(in_table)));
    if (!out.empty()) beside.push_back(line_of_runs(std::move(out)));
  }
}

// A bulleted list lines up as two columns: marks, then text. A first column
// holding nothing but one mark that is no letter or digit ("•", "–", "*")
// is such a list.
bool is_bullet_list(const std::vector<Word>& words, const std::vector<const Line*>& lines,
                    const std::vector<Interval>& cols) {
  if (cols.size() != 2) return false;
  int marks = 0;
  for (const Line* l : lines)
    for (const auto& r : l->runs) {
      auto [a, b] = columns_of(r.box, cols);
      if (a != 0) continue;
      if (r.words.size() != 1 || b != 0) return false;
      for (unsigned char ch : words[r.words[0]].text)
        if (std::isalnum(ch)) return false;
      ++marks;
    }
  return marks >= 2;
}

// A chart's axis labels line up like a table: a column of tick values in
// even steps (450, 400, 350 ...), each alone on its row but for the ticks of
// a chart beside it. A table whose rows are mostly such tick rows is a chart
// (a column of years in a table has data beside it on every row).
bool parse_tick(const std::string& text, double& value) {
  std::string digits;
  for (char ch : text) {
    if (ch == ',') continue;
    if (!(std::isdigit(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-')) return false;
    digits += ch;
  }
  if (digits.empty() || digits == "-" || digits == ".") return false;
  char* end = nullptr;
  value = std::strtod(digits.c_str(), &end);
  return end && *end == '\0';
}

bool looks_like_chart(const std::vector<Word>& words, const AlignedTable& t) {
  const int n_rows = static_cast<int>(t.rows.size()), n_cols = static_cast<int>(t.columns.size());
  if (n_rows < kMinTicks) return false;
  std::vector<std::vector<const AlignedCell*>> grid(static_cast<std::size_t>(n_rows),
                                                   std::vector<const AlignedCell*>(static_cast<std::size_t>(n_cols)));
  for (const auto& c : t.cells)
    if (!c.words.empty()) grid[c.row][c.col] = &c;
  auto text_of_cell = [&](const AlignedCell* c) { return c ? text_of(words, c->words) : std::string(); };
  // Tick columns: their numbers, at least kMinTicks, nearly all in one
  // constant step down the column.
  std::vector<bool> tick_col(static_cast<std::size_t>(n_cols), false);
  std::vector<std::vector<bool>> is_tick(static_cast<std::size_t>(n_rows), std::vector<bool>(static_cast<std::size_t>(n_cols)));
  for (int c = 0; c < n_cols; ++c) {
    std::vector<std::pair<int, double>> values;
    for (int r = 0; r < n_rows; ++r) {
      double v;
      if (grid[r][c] && parse_tick(text_of_cell(grid[r][c]), v)) values.emplace_back(r, v);
    }
    if (static_cast<int>(values.size()) < kMinTicks) continue;
    int run = 1, best = 1;
    for (std::size_t k = 2; k < values.size(); ++k) {
      const double step = values[k - 1].second - values[k - 2].second, next = values[k].second - values[k - 1].second;
      run = (step != 0 && std::abs(next - step) <= 1e-9 * std::max(1.0, std::abs(step))) ? run + 1 : 1;
      best = std::max(best, run);
    }
    // best steps alike: best + 1 values in one progression, most of the column.
    const int in_step = best + 1;
    if (in_step >= kMinTicks && 5 * in_step >= 4 * static_cast<int>(values.size())) {
      tick_col[c] = true;
      for (auto [r, v] : values) is_tick[r][c] = true;
    }
  }
  // A tick row holds one chart's tick, or two charts' side by side.
  int tick_rows = 0;
  for (int r = 0; r < n_rows; ++r) {
    int ticks = 0;
    bool other = false;
    for (int c = 0; c < n_cols; ++c) {
      if (!grid[r][c]) continue;
      if (is_tick[r][c]) ++ticks;
      else other = true;
    }
    tick_rows += ticks >= 1 && ticks <= 2 && !other ? 1 : 0;
  }
  return 2 * tick_rows >= n_rows;
}

// The words of a line, in reading order.
std::vector<std::string_view> line_words(const std::vector<Word>& words, const Line& line) {
  std::vector<std::string_view> out;
  for (const auto& r : line.runs)
    for (int id : r.words) out.push_back(words[id].text);
  return out;
}

// A line of column names: words, no figure but a year (`Target 2026`) or
// an ordinal one (`1°ANNO`); a row of values repeated under each unit is
// no header.
bool reads_as_header(const std::vector<Word>& words, const Line& line) {
  for (const auto& r : line.runs)
    for (int id : r.words) {
      const std::string& w = words[id].text;
      const bool year = w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                        (w[0] == '1' || w[0] == '2');
      const bool ordinal = w.find("\xC2\xB0") != std::string::npos;  // the degree sign of "1°"
      if (!year && !ordinal && std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    }
  return true;
}

// A header line of short names: no figure but a year, each run three
// words at most.
bool names_columns(const std::vector<Word>& words, const Line& line) {
  return reads_as_header(words, line) &&
         std::all_of(line.runs.begin(), line.runs.end(), [](const Run& r) { return r.words.size() <= 3; });
}

// The whole first row printed again, word for word (three words or more):
// the header of a second table set under the first, whatever its columns'
// widths (tables side by side in one HTML page often keep the first columns'
// widths and differ only in the last ones).
bool repeats_header(const std::vector<Word>& words, const Line& first, const Line& line) {
  const auto a = line_words(words, first);
  return a.size() >= 3 && a == line_words(words, line);
}

// A heading over the next table, right above its header printed again
// (`Obiettivo B.2 – title    Peso obiettivo: 40%`, the title maybe wrapped
// onto a line or two of one run): its first run crosses the header's first
// gutter, which no row's first cell does. How many lines at the end of
// lines[from..to] are such a heading, or 0.
int heading_over_next(const std::vector<Line>& lines, const Line& header, int from, int to) {
  if (header.runs.size() < 2) return 0;
  const double gutter = header.runs[1].box.x0;
  for (int k = to; k >= from && to - k <= 2; --k) {
    const Line& l = lines[k];
    if (l.runs.empty()) return 0;
    const BBox& lead = l.runs.front().box;
    if (lead.x0 < gutter && lead.x1 > gutter) return to - k + 1;
    if (l.runs.size() != 1 || lead.x0 >= gutter) return 0;  // a row, not the heading's wrapped title
  }
  return 0;
}

// White between two rules, in font sizes, that parts two tables drawn one
// right under the other (a double rule under a header is a point or two).
constexpr double kTableSeamEm = 0.5;

// Whether, between heights y0 and y1 (no text there), one rule closes what
// is above and another, at least `seam` lower, opens what is below, both
// across most of [x0, x1].
bool closes_and_opens(const std::vector<Rule>& rules, double y0, double y1, double x0, double x1, double seam) {
  // A rule may be drawn in pieces, one per cell: the pieces at one height
  // count together.
  std::vector<std::pair<double, double>> at;  // (height, length across [x0, x1])
  for (const auto& r : rules) {
    if (!r.horizontal()) continue;
    const double y = r.box.cy();
    if (y < y0 - 1.0 || y > y1 + 1.0) continue;
    const double overlap = std::min(r.box.x1, x1) - std::max(r.box.x0, x0);
    if (overlap <= 0) continue;
    auto same = std::find_if(at.begin(), at.end(), [&](const auto& a) { return std::abs(a.first - y) <= 0.5; });
    if (same != at.end()) same->second += overlap;
    else at.emplace_back(y, overlap);
  }
  double lo = 1e18, hi = -1e18;
  for (const auto& [y, length] : at) {
    if (length < 0.5 * (x1 - x0)) continue;
    lo = std::min(lo, y);
    hi = std::max(hi, y);
  }
  return hi - lo >= seam;
}

// A form of label | value rows drawn right above a table (`Missione | 018
// – ...`, `Risorse finanziarie | € 612.400,00`) lines up on two left edges
// of its own, which the table's columns do not share: its lines are not the
// table's. How many lines at the top of lines[start..end] are such a
// form (a value wrapped onto a line of its own included), or 0.
int leading_form_lines(const std::vector<Line>& lines, int start, int end) {
  const Line& first = lines[start];
  if (first.runs.size() != 2) return 0;
  const double label_x = first.runs[0].box.x0, value_x = first.runs[1].box.x0;
  auto at = [](double x, double edge) { return std::abs(x - edge) <= 2.0; };
  int k = start, pairs = 0;
  for (; k <= end; ++k) {
    const Line& l = lines[k];
    if (l.runs.size() > 2) break;
    if (l.runs.size() == 2) {
      if (!at(l.runs[0].box.x0, label_x) || !at(l.runs[1].box.x0, value_x)) break;
      ++pairs;
    } else if (!at(l.runs[0].box.x0, value_x)) {
      break;
    }
  }
  if (pairs < 2 || end - k + 1 < 2) return 0;
  std::vector<const Line*> rest;
  for (int j = k; j <= end; ++j) rest.push_back(&lines[j]);
  const auto cols = find_columns(rest);
  // The table under it is wider than a form, and its columns start
  // elsewhere than the form's values.
  if (cols.size() < 3) return 0;
  for (const auto& c : cols)
    if (at(value_x, c.first)) return 0;
  return k - start;
}

// Whether a rule across most of [x0, x1] (in pieces or whole) lies between
// heights y0 and y1.
bool rule_between(const std::vector<Rule>& rules, double y0, double y1, double x0, double x1) {
  return closes_and_opens(rules, y0, y1, x0, x1, 0.0);
}

// How many lines (at most two) end lines[first..last] after white wider
// than kApartGapEm and kApartRatio times the widest white between the lines
// above them (at least four), each with a run across a column gap (a note,
// a signature line: a row's cells keep to their columns): 0 when none.
constexpr double kApartGapEm = 1.2;
constexpr double kApartRatio = 2.0;
int trailing_apart(const std::vector<Line>& lines, int first, int last, const std::vector<Interval>& cols) {
  auto across_columns = [&](const Line& l) {
    return std::any_of(l.runs.begin(), l.runs.end(), [&](const Run& r) {
      auto [a, b] = columns_of(r.box, cols);
      return b > a;
    });
  };
  for (int tail = 1; tail <= 2; ++tail) {
    const int cut = last - tail + 1;  // first line of the tail
    if (!across_columns(lines[cut])) return 0;
    if (cut - first < 4) return 0;
    double widest = 0;
    for (int k = first + 1; k < cut; ++k) widest = std::max(widest, lines[k].box.y0 - lines[k - 1].box.y1);
    const double white = lines[cut].box.y0 - lines[cut - 1].box.y1;
    if (white > kApartGapEm * lines[cut].font_size && white > kApartRatio * std::max(widest, 0.0)) return tail;
  }
  return 0;
}

bool repeats_lead_cell(const std::vector<Word>& words, const Line& first, const Line& line) {
  if (first.runs.empty() || line.runs.empty()) return false;
  if (repeats_header(words, first, line)) return true;
  const auto& a = first.runs.front().words;
  const auto& b = line.runs.front().words;
  // In the same column as the first row's: a total row's label standing
  // apart from a header word of the same spelling is no repeat.
  if (a.size() != b.size() || first.runs.front().box.overlap_x(line.runs.front().box) <= 0) return false;
  bool letters = false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (words[a[k]].text != words[b[k]].text) return false;
    for (unsigned char ch : words[a[k]].text) letters = letters || std::isalpha(ch) || ch >= 0x80;
  }
  // Words, not a number or a mark that any column may repeat.
  if (!letters) return false;
  // With columns of its own: most of its other runs line up (left, right or
  // centre within 2 points) with none of the first row's. A section of the
  // same table repeating a label keeps the table's columns.
  auto lined_up = [&](const Run& r) {
    return std::any_of(first.runs.begin() + 1, first.runs.end(), [&](const Run& f) {
      return std::abs(f.box.x0 - r.box.x0) <= 2.0 || std::abs(f.box.x1 - r.box.x1) <= 2.0 ||
             std::abs(f.box.cx() - r.box.cx()) <= 2.0;
    });
  };
  const auto apart = std::count_if(line.runs.begin() + 1, line.runs.end(), [&](const Run& r) { return !lined_up(r); });
  return 2 * apart > static_cast<long>(line.runs.size() - 1);
}

// A line of running text: every run a sentence piece, the line as wide as
// most of the block (a caption, a paragraph, two columns of prose). A wrapped
// description inside a table cell is no wider than its column.
bool is_prose_line(const Line& line, double block_width) {
  if (line.box.width() < kProseWidthShare * block_width) return false;
  for (const auto& r : line.runs)
    if (static_cast<double>(r.words.size()) < kProseWordsPerRun) return false;
  return true;
}

std::vector<AlignedTable> find_aligned_tables(const std::vector<Word>& words, const std::vector<Line>& lines,
                                              const std::vector<Rule>& row_rules, std::vector<std::string>* notes) {
  std::vector<AlignedTable> tables;
  const int n = static_cast<int>(lines.size());
  int i = 0;
  int taken_until = 0;  // lines before this index belong to an earlier table
  auto note = [&](int from, int to, const std::string& why) {
    if (!notes) return;
    BBox box;
    for (int k = from; k <= to; ++k) box = box.united(lines[k].box);
    notes->push_back("lines at y " + std::to_string(static_cast<int>(box.y0)) + "-" +
                     std::to_string(static_cast<int>(box.y1)) + " not a table: " + why);
  };
  while (i < n) {
    if (lines[i].runs.size() < 2) {
      ++i;
      continue;
    }
    // Grow a block of closely packed lines around the first multi-run line;
    // a line of running text ends it (stacked tables parted by a caption or
    // a note, a table above two columns of prose).
    int start = i, end = i;
    int header_at = lines[i].runs.size() >= 3 && reads_as_header(words, lines[i]) ? i : -1;
    double reach = lines[i].box.y1;
    double block_x0 = lines[i].box.x0, block_x1 = lines[i].box.x1;
    int heading = 0;  // lines after `end` heading the next table, which neither table takes
    while (end + 1 < n) {
      const Line& next = lines[end + 1];
      double size = std::max(next.font_size, lines[end].font_size);
      // Rows a producer padded apart stay one table while a rule across the
      // block parts them (a ruled row under each row) and the next line is
      // a row of three cells or more (not a form line, a title, a band).
      const double white = next.box.y0 - reach;
      if (white > kBlockGapEm * size &&
          !(white <= kRuledGapEm * size && next.runs.size() >= 3 &&
            rule_between(row_rules, reach, next.box.y0, std::min(block_x0, next.box.x0), std::max(block_x1, next.box.x1))))
        break;
      // The first row's lead cell again over columns of its own
      // ("Proportion  1.7 1.8 ..." under "Proportion  1.0 1.1 ..."): a
      // second table stacked under the first, with its own header.
      const bool lead_again = next.runs.size() >= 2 && repeats_lead_cell(words, lines[i], next);
      // The header printed again (the block may open on a section bar
      // above it): its first line of three cells or more.
      const bool header_again = header_at >= 0 && header_at <= end && repeats_header(words, lines[header_at], next);
      if (lead_again || header_again) {
        // The header's stacked top lines (`Dato storico` over `2025`) came
        // again just before: they open the next table too.
        const int repeated = header_again ? header_at : i;
        for (int above = 1; repeated - above >= taken_until && end > start; ++above) {
          const auto top = line_words(words, lines[repeated - above]);
          if (top.empty() || top != line_words(words, lines[end])) break;
          --end;
        }
        const int header = header_at >= 0 && header_at <= end ? header_at : i;
        heading = heading_over_next(lines, lines[header], header + 1, end);
        end -= heading;
        break;
      }
      // Another header of short column names under body rows, right after a
      // line of one run (a section's title, a note): a second table with
      // columns of its own ("Codice | Descrizione | %" over "Obiettivo |
      // Indicatore | Target % | Risultato %").
      if (header_at >= 0 && end - header_at >= 2 && lines[end].runs.size() == 1 && next.runs.size() >= 3 &&
          names_columns(words, next))
        break;
      if (header_at < 0 && next.runs.size() >= 3 && reads_as_header(words, next)) header_at = end + 1;
      // Two rules across the block with white between them and no text:
      // one table's foot and the next one's top (a form of label | value
      // rows drawn right above its indicators' table).
      if (closes_and_opens(row_rules, reach, next.box.y0, std::min(block_x0, next.box.x0),
                           std::max(block_x1, next.box.x1), kTableSeamEm * size))
        break;
      const double width = std::max(block_x1, next.box.x1) - std::min(block_x0, next.box.x0);
      // A single sentence run right under a table row, with a row under it,
      // is a section row ("Obiettivo strategico 1.3 - ..."); under a note it
      // is a caption, over another sentence line a paragraph.
      if (is_prose_line(next, width)) {
        const bool paragraph = end + 2 < n && lines[end + 2].runs.size() == 1 &&
                               static_cast<double>(lines[end + 2].runs[0].words.size()) >= kProseWordsPerRun;
        if (next.runs.size() >= 2 || lines[end].runs.size() == 1 || paragraph) break;
      }
      ++end;
      reach = std::max(reach, next.box.y1);
      block_x0 = std::min(block_x0, next.box.x0);
      block_x1 = std::max(block_x1, next.box.x1);
    }
    if (is_prose_line(lines[i], block_x1 - block_x0)) {
      ++i;
      continue;
    }
    while (start - 1 >= taken_until && i - start < 3) {
      const Line& prev = lines[start - 1];
      if (lines[start].box.y0 - prev.box.y1 > kLookbackGapEm * prev.font_size) break;
      // A rule across the block between them opens the table under it.
      if (rule_between(row_rules, prev.box.y1, lines[start].box.y0, block_x0, block_x1)) break;
      // Nothing above a paragraph line belongs to the table's first row.
      if (prev.runs.size() == 1 && is_prose_line(prev, block_x1 - block_x0)) break;
      --start;
    }
    // A form over the table stays lines of text (`LABEL value` lines the
    // readers take as such); the table starts under it.
    if (const int form = leading_form_lines(lines, start, end); form > 0) {
      note(start, start + form - 1, "a form of label | value lines over a table with columns of its own");
      i = taken_until = start + form;
      continue;
    }
    std::vector<const Line*> block;
    for (int k = start; k <= end; ++k) block.push_back(&lines[k]);
    auto cols = find_columns(block);
    // Lines at the edges that cross a column gap, or stand alone in a
    // column no other line uses, are titles or paragraphs.
    std::vector<int> users(cols.size(), 0);
    for (const Line* l : block)
      for (int c = 0; c < static_cast<int>(cols.size()); ++c) users[c] += has_column(*l, cols, c) ? 1 : 0;
    BBox block_box;
    for (const Line* l : block) block_box = block_box.united(l->box);
    // A rule across the block just above a line opens the table there: the
    // line is its header, not a caption.
    auto rule_above = [&](const Line* l) {
      for (const auto& r : row_rules)
        if (r.box.cy() <= l->box.y0 + 1 && r.box.cy() >= l->box.y0 - 1.5 * l->font_size &&
            r.box.overlap_x(block_box) >= 0.5 * block_box.width())
          return true;
      return false;
    };
    auto crosses = [&](const Line* l) {
      if (l->runs.size() == 1) {
        auto [a, b] = columns_of(l->runs[0].box, cols);
        return b > a || users[a] <= 1;
      }
      // A caption with a label ("Table 14.  Actual and projected numbers
      // ..."): a sentence run across column gaps, at most one run inside a
      // column. (A stacked header's top line, "Valore   Grado di", is not.)
      int inside = 0;
      bool spanning = false;
      for (const auto& r : l->runs) {
        auto [a, b] = columns_of(r.box, cols);
        if (a == b) ++inside;
        else if (static_cast<double>(r.words.size()) >= kProseWordsPerRun) spanning = true;
      }
      // A group header over sub-headers ("Fasce di valutazione ..." over
      // 100% | 70% | 40%) is the header's top line, not a caption.
      // (Stacked as a header's lines are: half a line of white at most. A
      // run from the first column is a title or a section's bar.)
      bool group_header = false;
      for (const Line* below = l + 1; below <= &lines[end] && below <= l + 2 && !group_header; ++below) {
        if (below->box.y0 - (below - 1)->box.y1 > kWrapGapEm * l->font_size) break;
        for (std::size_t k = 0; k < l->runs.size() && !group_header; ++k)
          group_header = static_cast<double>(l->runs[k].words.size()) >= kProseWordsPerRun &&
                         heads_sub_headers(*l, k, *below, cols, {}, /*from_first_column=*/false);
      }
      return spanning && inside <= 1 && !rule_above(l) && !group_header;
    };
    int first = start, last = end;
    if (cols.size() >= 2) {
      while (first <= last && crosses(&lines[first])) ++first;
      while (last >= first && crosses(&lines[last])) --last;
      // A line or two under the body after white several times wider than
      // any between its rows is a note or a signature under the table.
      last -= trailing_apart(lines, first, last, cols);
    }
    // A bold line spanning columns right above a bold first row is a group
    // header over sub-columns ("Target" over 2023 2024 2025): keep it.
    // (A bold caption, a sentence, is no group header.)
    auto short_runs = [](const Line& l) {
      return std::all_of(l.runs.begin(), l.runs.end(), [](const Run& r) {
        return static_cast<double>(r.words.size()) < kProseWordsPerRun;
      });
    };
    while (first > start && first <= last && lines[first].bold && lines[first - 1].bold &&
           short_runs(lines[first - 1]) && lines[first].box.y0 - lines[first - 1].box.y1 <= lines[first].font_size)
      --first;
    std::vector<const Line*> kept;
    for (int k = first; k <= last; ++k) kept.push_back(&lines[k]);
    // Columns again without the trimmed lines (a title may have opened one).
    if (first != start || last != end) cols = find_columns(kept);
    // A page column of prose beside the table shares its baselines: its
    // runs are left out of the table and stay text.
    std::vector<Line> table_part, beside;
    const int prose_col = prose_edge_column(words, kept, cols);
    if (prose_col >= 0) {
      split_off_column(kept, cols, prose_col, table_part, beside);
      kept.clear();
      for (const auto& l : table_part) kept.push_back(&l);
      cols = find_columns(kept);
    }
    RowCuts cuts;
    std::vector<BBox> partial;  // rules under some columns only
    std::vector<BBox> inner;    // every rule short of a cut
    if (!kept.empty()) {
      BBox span;
      for (const Line* l : kept) span = span.united(l->box);
      for (const auto& r : row_rules) {
        if (r.box.cy() <= span.y0 || r.box.cy() >= span.y1) continue;
        const double overlap = r.box.overlap_x(span);
        if (overlap >= 0.8 * span.width()) {
          cuts.add(r.box.cy(), r.band_edge);
          continue;
        }
        if (overlap >= 0.25 * span.width()) partial.push_back(r.box);
        if (overlap > 0) inner.push_back(r.box);
      }
      cuts.sort();
    }
    AlignedTable t;
    if (cols.size() >= 2 && kept.size() >= 2) t = lay_out(words, kept, cols, cuts, partial, inner);
    const int n_rows = static_cast<int>(t.rows.size());
    const double needed = t.rows_from_rules ? 0.34 : 0.5;
    int multi_rows = static_cast<int>(std::lround(t.score * n_rows));
    const bool list = is_bullet_list(words, kept, cols);
    const bool chart = n_rows >= 2 && looks_like_chart(words, t);
    if (n_rows >= 2 && multi_rows >= 2 && t.score >= needed && !reads_as_prose(kept, cols) && !list && !chart) {
      for (int k = first; k <= last; ++k) t.lines.push_back(k);
      t.beside = std::move(beside);
      t.why = std::to_string(cols.size()) + " columns kept apart by white gaps in " + std::to_string(multi_rows) +
              " of " + std::to_string(n_rows) + " rows" + (t.rows_from_rules ? ", rows cut by horizontal rules" : "") +
              stacked_rows_why(t) +
              (prose_col >= 0 ? ", a column of running text beside it left out" : "");
      tables.push_back(std::move(t));
      taken_until = last + 1;
    } else if (end > start) {
      note(start, end,
           cols.size() < 2 || kept.size() < 2 ? "one column"
           : reads_as_prose(kept, cols)       ? "columns of running text"
           : list                             ? "a bulleted list"
           : chart                            ? "axis labels of a chart"
                                              : std::to_string(multi_rows) + " of " + std::to_string(n_rows) +
                                                    " rows fill two columns or more");
    }
    i = std::max(end + 1 + heading, i + 1);
    taken_until = std::max(taken_until, end + 1 + heading);
  }
  return tables;
}

}  // namespace allegato::layout
