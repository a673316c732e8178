#include "layout/layout_engine.hpp"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <deque>
#include <map>
#include <set>
#include <tuple>
#include <optional>

#include "layout/aligned_tables.hpp"
#include "layout/boilerplate.hpp"
#include "layout/reading_frame.hpp"
#include "layout/ruled_cells.hpp"
#include "layout/ruling_grid.hpp"
#include "layout/table_draft.hpp"
#include "layout/text_lines.hpp"

namespace allegato::layout {

namespace {

// A table ending above this share of the page height does not continue on
// the next page (rows that do not fit move whole, leaving at most a row's gap).
constexpr double kContinuesBelow = 0.7;

// A grid of at least this many cells with words in under this share of them
// is a drawing (a chart's plot area), not a table.
constexpr int kDrawingMinCells = 24;
constexpr double kDrawingFilledShare = 0.1;

// Everything the phases learn about one page, or about the turned text of
// one page read in its own orientation (phase 0).
struct PageWork {
  const PageInput* input = nullptr;  // the page, or the page turned
  const PageInput* page = nullptr;   // the page as displayed
  int rotation = 0;                  // how `input` is turned from `page`
  std::vector<bool> in_table;       // per word
  std::vector<TableDraft> tables;   // found on this page, any order
  std::vector<Line> lines;          // horizontal free lines
  std::vector<std::vector<int>> rotated_lines;  // free rotated text, one entry per visual line
  std::vector<Rule> loose_rules;    // horizontal rules outside grids
  std::vector<Rule> merged_rules;   // the page's rules merged, with the edges of header cells painted as fills (draw_grids)
  std::vector<Grid> grids;          // the grids they draw (draw_grids)
  std::vector<bool> running;        // per word: a running header or footer printed over a table (set_aside_running_text)
  PageTrace trace;
};

bool all_bold(const std::vector<Word>& words, const std::vector<int>& ids) {
  if (ids.empty()) return false;
  return std::all_of(ids.begin(), ids.end(), [&](int id) { return words[id].bold; });
}

int rotation_of(const std::vector<Word>& words, const std::vector<int>& ids) {
  int rotated = 0, rotation = 0;
  for (int id : ids)
    if (words[id].rotation != 0) {
      ++rotated;
      rotation = words[id].rotation;
    }
  return !ids.empty() && 2 * rotated > static_cast<int>(ids.size()) ? rotation : 0;
}

// A table's cells from (row, col, spans, box, words) pieces.
template <class Piece>
TableDraft make_draft(const PageInput& page, const std::vector<Piece>& pieces, int n_rows, int n_cols,
                      std::vector<double> col_edges, TableMethod method, double score, std::string why) {
  TableDraft d;
  d.table.pages = {page.number};
  d.table.method = method;
  d.table.n_rows = n_rows;
  d.table.n_cols = n_cols;
  d.table.confidence = score;
  d.col_edges = std::move(col_edges);
  d.why = std::move(why);
  std::vector<const Piece*> sorted;
  for (const auto& p : pieces) sorted.push_back(&p);
  std::sort(sorted.begin(), sorted.end(), [](const Piece* a, const Piece* b) {
    return a->row != b->row ? a->row < b->row : a->col < b->col;
  });
  for (const Piece* p : sorted) {
    TableCell c;
    c.row = p->row;
    c.col = p->col;
    c.row_span = p->row_span;
    c.col_span = p->col_span;
    c.page = page.number;
    c.bbox = p->box;
    c.text = text_of(page.words, p->words);
    c.rotation = rotation_of(page.words, p->words);
    d.table.cells.push_back(std::move(c));
    d.cell_bold.push_back(all_bold(page.words, p->words));
    d.cell_rotated.push_back(d.table.cells.back().rotation != 0);
    d.table.bbox = d.table.bbox.united(p->box);
  }
  return d;
}

std::vector<double> edges_of(const AlignedTable& t) {
  std::vector<double> edges;
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    edges.push_back(c == 0 ? t.columns[c].first : (t.columns[c - 1].second + t.columns[c].first) / 2);
  if (!t.columns.empty()) edges.push_back(t.columns.back().second);
  return edges;
}

// Where stacked values parted a table's rows: a thin box across it at each
// cut, for the debug pictures.
void trace_stack_cuts(PageTrace& trace, const AlignedTable& t) {
  for (const auto& k : t.stack_cuts) trace.stack_cut_boxes.push_back({t.box.x0, k.y - 0.5, t.box.x1, k.y + 0.5});
}

// Whether most of the lines inside a frame share their baseline with words
// just outside it, left or right. Words inside another frame of their own
// (`frames`: every frame the rules draw on the page) that does not enclose
// or overlap this one are a panel set beside it (tables two by two on a
// dashboard), not the rest of its rows: they do not count.
bool lines_continue_outside(const PageInput& page, const BBox& frame, const std::vector<Line>& lines,
                            const std::vector<BBox>& frames) {
  if (lines.size() < 2) return false;
  std::vector<BBox> siblings;
  for (const BBox& f : frames)
    if (f.x1 <= frame.x0 + kSnap || f.x0 >= frame.x1 - kSnap) siblings.push_back(f);
  std::vector<double> outside;  // centres of the words beside the frame
  for (const auto& word : page.words) {
    const BBox& b = word.box;
    if (word.rotation != 0 || b.cy() < frame.y0 || b.cy() > frame.y1) continue;
    if (b.x1 > frame.x0 + 1 && b.x0 < frame.x1 - 1) continue;
    if (std::any_of(siblings.begin(), siblings.end(), [&](const BBox& f) { return f.contains(b.cx(), b.cy()); }))
      continue;
    outside.push_back(b.cy());
  }
  std::sort(outside.begin(), outside.end());
  int continued = 0;
  for (const auto& l : lines) {
    auto it = std::lower_bound(outside.begin(), outside.end(), l.box.y0 + 0.25 * l.box.height());
    if (it != outside.end() && *it <= l.box.y1 - 0.25 * l.box.height()) ++continued;
  }
  return 2 * continued > static_cast<int>(lines.size());
}

// Whether a grid of many cells holds words in only a few of them.
bool mostly_empty(const PageInput& page, const Grid& g, const std::vector<int>& inside) {
  if (static_cast<int>(g.cells.size()) < kDrawingMinCells) return false;
  std::vector<bool> filled(g.cells.size(), false);
  for (int id : inside) {
    const int k = g.cell_at(page.words[id].box.cx(), page.words[id].box.cy());
    if (k >= 0) filled[k] = true;
  }
  const auto n_filled = std::count(filled.begin(), filled.end(), true);
  return static_cast<double>(n_filled) < kDrawingFilledShare * static_cast<double>(g.cells.size());
}

// Leader dots (`Voce ........ 123`) join a label to its value across the
// gap that parts them: they are left out, so the gap parts two cells (or
// two runs of a line) as any column gap does.
void set_aside_leaders(PageWork& w) {
  const PageInput& page = *w.input;
  int n = 0;
  for (int id = 0; id < static_cast<int>(page.words.size()); ++id) {
    if (w.in_table[id] || !is_leader(page.words[id].text)) continue;
    w.in_table[id] = true;
    w.trace.leader_boxes.push_back(page.words[id].box);
    ++n;
  }
  if (n > 0) w.trace.notes.push_back(std::to_string(n) + " leader dot word(s) left out: neither a column nor cell text");
}

// A filled band behind one row holds one to three lines of text: at least a
// line's height and at most four font sizes (three lines at 1.2 leading and
// padding), and several font sizes wide (not a bar of a chart).
constexpr double kBandMinEm = 0.8;
constexpr double kBandMaxEm = 4.0;
constexpr double kBandMinWidthEm = 8.0;
// Shaded cells of one row lie at most this far apart (points).
constexpr double kCellFillGap = 3.0;
// Stripes of a table lie at most this many band heights apart.
constexpr double kStripeReach = 6.0;

double median_font_size(const PageInput& page) {
  if (page.words.empty()) return 10;
  std::vector<double> sizes;
  sizes.reserve(page.words.size());
  for (const auto& w : page.words) sizes.push_back(w.font_size);
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
  return sizes[sizes.size() / 2];
}

// The fills of a page with the cells of one shaded row joined: an HTML
// table shades each cell of a striped row on its own, side by side at one
// height, touching or a hairline apart.
std::vector<BBox> row_fills(const std::vector<BBox>& fills) {
  std::vector<BBox> sorted = fills;
  std::sort(sorted.begin(), sorted.end(), [](const BBox& a, const BBox& b) {
    return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0;
  });
  std::vector<BBox> rows;
  std::vector<bool> used(sorted.size(), false);
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (used[i]) continue;
    BBox row = sorted[i];
    // Cells of one row share their top (sorted together) and their bottom.
    for (std::size_t j = i + 1; j < sorted.size() && sorted[j].y0 - sorted[i].y0 <= kSnap; ++j) {
      if (used[j] || std::abs(sorted[j].y1 - row.y1) > kSnap) continue;
      if (sorted[j].x0 - row.x1 > kCellFillGap || row.x0 - sorted[j].x1 > kCellFillGap) continue;
      row = row.united(sorted[j]);
      used[j] = true;
    }
    rows.push_back(row);
  }
  return rows;
}

// Rows painted as background bands (zebra stripes) with no
// rule between them: each band's top and bottom edges part rows as a
// horizontal rule would, for tables read by alignment. Bands inside a ruled
// grid are cell shading: the rules say it all there.
void band_edges(PageWork& w, const std::vector<Grid>& grids) {
  const PageInput& page = *w.input;
  if (page.fills.empty() || page.fills.size() > kMaxRulesPerPage) return;
  const double size = median_font_size(page);
  std::vector<BBox> bands;
  for (const BBox& f : row_fills(page.fills)) {
    if (f.height() < kBandMinEm * size || f.height() > kBandMaxEm * size || f.width() < kBandMinWidthEm * size) continue;
    const bool in_grid = std::any_of(grids.begin(), grids.end(), [&](const Grid& g) {
      return g.box.contains(f.cx(), f.cy());
    });
    if (!in_grid) bands.push_back(f);
  }
  // Rows are striped: a band counts when another of the same width lies
  // within kStripeReach band heights of it (a lone shaded band is a title or
  // a heading's background, whose edges part nothing). Stripes may shade
  // every other indicator only, with objective rows between them.
  std::sort(bands.begin(), bands.end(), [](const BBox& a, const BBox& b) { return a.y0 < b.y0; });
  int n = 0;
  for (std::size_t k = 0; k < bands.size(); ++k) {
    const BBox& f = bands[k];
    auto striped_with = [&](std::size_t j) {
      const BBox& o = bands[j];
      return std::abs(o.x0 - f.x0) <= kSnap && std::abs(o.x1 - f.x1) <= kSnap &&
             std::max(o.y0 - f.y1, f.y0 - o.y1) <= kStripeReach * std::max(f.height(), o.height());
    };
    bool striped = false;
    const double reach = (kStripeReach + 2) * kBandMaxEm * size;
    for (std::size_t j = k; j-- > 0 && !striped && bands[j].y0 >= f.y0 - reach;) striped = striped_with(j);
    for (std::size_t j = k + 1; j < bands.size() && !striped && bands[j].y0 <= f.y1 + reach; ++j)
      striped = striped_with(j);
    if (!striped) continue;
    // Edges as thin rules, half a point thick like a hairline.
    w.loose_rules.push_back({{f.x0, f.y0 - 0.25, f.x1, f.y0 + 0.25}, true});
    w.loose_rules.push_back({{f.x0, f.y1 - 0.25, f.x1, f.y1 + 0.25}, true});
    w.trace.band_boxes.push_back(f);
    ++n;
  }
  if (n > 0) w.trace.notes.push_back(std::to_string(n) + " filled band(s) behind text: their edges part rows");
}

// A caption is set larger than the cells under it: a point or more on a
// body of 9-10 points.
constexpr double kTitleSizeRatio = 1.1;

bool opens_with_caption_label(const std::string& text) {
  static const char* const labels[] = {"tabella", "tab.", "table", "prospetto", "allegato", "figura", "quadro"};
  std::string head;
  for (char ch : text.substr(0, 12)) head += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const char* label : labels) {
    const std::string l = label;
    if (head.rfind(l, 0) != 0 || head.size() <= l.size()) continue;
    // "Tabella 3", "Tab. A", "Table 2.1": a label, a space, then a number or a letter.
    const std::size_t at = head[l.size()] == ' ' ? l.size() + 1 : l.size();
    if (at < head.size() && std::isalnum(static_cast<unsigned char>(head[at]))) return true;
  }
  return false;
}

// A title drawn inside a table's frame: the first row is one cell across
// every column (two or more), set larger than the cells below it or opening
// with a caption label and its number. Returns the title's piece, or -1.
int framed_title(const PageInput& page, const RuledLayout& laid, int n_cols) {
  if (n_cols < 2 || laid.n_rows < 3) return -1;
  int title = -1;
  std::vector<double> body_sizes;
  for (int k = 0; k < static_cast<int>(laid.pieces.size()); ++k) {
    const auto& p = laid.pieces[k];
    if (p.row == 0) {
      if (p.col_span != n_cols || p.words.empty()) return -1;
      title = k;
    } else {
      for (int id : p.words) body_sizes.push_back(page.words[id].font_size);
    }
  }
  if (title < 0 || body_sizes.empty()) return -1;
  std::nth_element(body_sizes.begin(), body_sizes.begin() + static_cast<long>(body_sizes.size() / 2), body_sizes.end());
  const double body = body_sizes[body_sizes.size() / 2];
  double size = 0;
  for (int id : laid.pieces[title].words) size = std::max(size, page.words[id].font_size);
  return size >= kTitleSizeRatio * body || opens_with_caption_label(text_of(page.words, laid.pieces[title].words))
             ? title
             : -1;
}

// A header cell painted as a filled box holds one to four lines.
constexpr double kCellFillMaxEm = 6.0;

// Header cells drawn as filled boxes on a ruled body (a dark header with
// white lines between its cells, the white lines invisible to us): the
// fills that sit on a grid's top or bottom edge, within its width, and the
// fills stacked on those (a group header over its sub-headers), are cells
// of that grid. Their edges are returned as rules, so the grid takes the
// header in; left out, the header would be read as a table of its own.
std::vector<Rule> cell_fill_edges(const PageInput& page, const std::vector<Grid>& grids) {
  std::vector<Rule> edges;
  if (page.fills.empty() || page.fills.size() > kMaxRulesPerPage) return edges;
  const double max_height = kCellFillMaxEm * median_font_size(page);
  for (const Grid& g : grids) {
    if (g.n_cols() < 2) continue;
    // Fills that may be the grid's header cells: short, within its width,
    // outside it (shading inside the grid is the rules' business).
    std::vector<BBox> candidates;
    for (const BBox& f : page.fills)
      if (f.height() <= max_height && f.x0 >= g.box.x0 - kSnap && f.x1 <= g.box.x1 + kSnap && !(f.cy() > g.box.y0 && f.cy() < g.box.y1))
        candidates.push_back(f);
    std::vector<bool> is_taken(candidates.size(), false);
    std::vector<BBox> taken;
    // Edges a fill may rest on: the grid's own, then those of fills taken.
    std::vector<BBox> reached{g.box};
    for (bool grew = !candidates.empty(); grew;) {
      grew = false;
      for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (is_taken[k]) continue;
        const BBox& f = candidates[k];
        const bool rests = std::any_of(reached.begin(), reached.end(), [&](const BBox& r) {
          const bool touches = std::abs(f.y1 - r.y0) <= kSnap || std::abs(f.y0 - r.y1) <= kSnap;
          return touches && std::min(f.x1, r.x1) - std::max(f.x0, r.x0) > 0;
        });
        if (!rests) continue;
        is_taken[k] = true;
        taken.push_back(f);
        reached.push_back(f);
        grew = true;
      }
    }
    // A header holds words: empty fills on the edge are decoration.
    const bool holds_words = std::any_of(page.words.begin(), page.words.end(), [&](const Word& word) {
      return std::any_of(taken.begin(), taken.end(), [&](const BBox& t) { return t.contains(word.box.cx(), word.box.cy()); });
    });
    if (!holds_words) continue;
    for (const BBox& f : taken) {
      edges.push_back({{f.x0, f.y0 - 0.25, f.x1, f.y0 + 0.25}});
      edges.push_back({{f.x0, f.y1 - 0.25, f.x1, f.y1 + 0.25}});
      edges.push_back({{f.x0 - 0.25, f.y0, f.x0 + 0.25, f.y1}});
      edges.push_back({{f.x1 - 0.25, f.y0, f.x1 + 0.25, f.y1}});
    }
  }
  return edges;
}

// The grids the page's rules draw, with header cells painted as fills
// joined to the body they sit on (cell_fill_edges).
void draw_grids(PageWork& w) {
  const PageInput& page = *w.input;
  w.merged_rules = merge_rules(page.rules);
  w.grids = find_grids(w.merged_rules);
  if (std::vector<Rule> header_cells = cell_fill_edges(page, w.grids); !header_cells.empty()) {
    std::vector<Rule> rules = page.rules;
    rules.insert(rules.end(), header_cells.begin(), header_cells.end());
    w.merged_rules = merge_rules(rules);
    w.grids = find_grids(w.merged_rules);
    w.trace.notes.push_back(std::to_string(header_cells.size() / 4) +
                            " filled header cell(s) on a ruled body: their edges join its grid");
  }
}

// A running header or footer lies in this share of the page's height from
// its top or bottom edge.
constexpr double kMarginShare = 0.12;

// A run of margin words on one baseline, as a key: its text and its height
// on the page to two points.
struct MarginRun {
  std::string key;
  std::vector<int> words;
};

std::vector<MarginRun> margin_runs(const PageInput& page) {
  std::vector<int> ids;
  for (int id = 0; id < static_cast<int>(page.words.size()); ++id) {
    const BBox& b = page.words[id].box;
    if (page.words[id].rotation == 0 && (b.y1 < kMarginShare * page.height || b.y0 > (1 - kMarginShare) * page.height))
      ids.push_back(id);
  }
  // By size first: a header printed over a table's first row shares its
  // baseline with the cells' words, but not their size.
  auto same_size = [&](int a, int b) { return std::abs(page.words[a].font_size - page.words[b].font_size) <= 0.25; };
  // (Sorted on rounded keys: a comparison with a tolerance is no strict order.)
  auto key_of = [&](int id) {
    const Word& w = page.words[id];
    return std::make_tuple(std::lround(w.font_size * 4), std::lround(w.box.y0), w.box.x0);
  };
  std::sort(ids.begin(), ids.end(), [&](int a, int b) { return key_of(a) < key_of(b); });
  std::vector<MarginRun> runs;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const Word& w = page.words[ids[k]];
    const bool continues = k > 0 && !runs.empty() && same_size(ids[k - 1], ids[k]) &&
                           std::abs(page.words[ids[k - 1]].box.y0 - w.box.y0) <= 1 &&
                           w.box.x0 - page.words[ids[k - 1]].box.x1 < 1.5 * w.font_size;
    if (!continues) runs.push_back({});
    runs.back().words.push_back(ids[k]);
  }
  for (auto& r : runs) {
    for (int id : r.words) r.key += page.words[id].text + " ";
    r.key += "@" + std::to_string(static_cast<int>(page.words[r.words.front()].box.y0 / 2));
  }
  return runs;
}

// A running header or footer (the same words at the same height on two
// pages or more) is never a table's content, even where a table runs into
// the margin and the header is printed over it. It is known as such where,
// on half its pages or more, it lies outside every ruled table: its words
// are set aside from the tables on every page, read as free lines (and so
// as boilerplate). A table header repeated atop every page lies inside a
// table on most of them: it stays the table's.
void set_aside_running_text(std::vector<PageWork>& work) {
  std::map<std::string, std::vector<std::pair<std::size_t, std::vector<int>>>> seen;  // key -> (page, words)
  std::map<std::string, int> free_on;  // key -> pages where it lies outside every grid
  for (std::size_t k = 0; k < work.size(); ++k) {
    PageWork& w = work[k];
    w.running.assign(w.input->words.size(), false);
    if (w.rotation != 0) continue;
    for (auto& run : margin_runs(*w.input)) {
      const bool free = std::none_of(w.grids.begin(), w.grids.end(), [&](const Grid& g) {
        return std::any_of(run.words.begin(), run.words.end(), [&](int id) {
          return g.box.contains(w.input->words[id].box.cx(), w.input->words[id].box.cy());
        });
      });
      if (free) ++free_on[run.key];
      seen[run.key].emplace_back(k, std::move(run.words));
    }
  }
  for (const auto& [key, places] : seen) {
    std::set<std::size_t> pages;
    for (const auto& [k, ids] : places) pages.insert(k);
    if (pages.size() < 2 || 2 * free_on[key] < static_cast<int>(pages.size())) continue;
    for (const auto& [k, ids] : places) {
      bool over_table = false;
      for (int id : ids) {
        work[k].running[id] = true;
        over_table = over_table || std::any_of(work[k].grids.begin(), work[k].grids.end(), [&](const Grid& g) {
                       return g.box.contains(work[k].input->words[id].box.cx(), work[k].input->words[id].box.cy());
                     });
      }
      if (over_table) work[k].trace.notes.push_back("running header or footer printed over a table: left out of its cells");
    }
  }
}

// 1. Ruling lines -> grids; the words inside become ruled (or hybrid) tables.
void find_ruled_tables(PageWork& w) {
  const PageInput& page = *w.input;
  std::vector<Rule> merged = std::move(w.merged_rules);
  std::vector<Grid> found = std::move(w.grids);
  std::vector<BBox> frames;
  for (const Grid& g : found) frames.push_back(g.box);
  auto words_inside = [&](const Grid& g) {
    std::vector<int> inside;
    for (int id = 0; id < static_cast<int>(page.words.size()); ++id)
      if (!w.in_table[id] && !w.running[id] && g.box.contains(page.words[id].box.cx(), page.words[id].box.cy()))
        inside.push_back(id);
    return inside;
  };
  // A grid whose cells hold columns of text side by side draws only some
  // column edges: its words are left to the alignment phase, its horizontal
  // rules cutting rows there.
  std::vector<Grid> grids;
  for (auto& g : found) {
    if (columns_undrawn(page, g, words_inside(g)))
      w.trace.notes.push_back("ruled frame with undrawn columns read by alignment");
    else
      grids.push_back(std::move(g));
  }
  w.loose_rules = loose_horizontal_rules(merged, grids);
  band_edges(w, grids);
  w.trace.rules = static_cast<int>(merged.size());
  for (const Grid& g : grids) {
    std::vector<int> inside = words_inside(g);
    if (inside.empty()) {
      // Its words may have gone to a view of the page turned (phase 0).
      const bool turned_words = std::any_of(page.words.begin(), page.words.end(), [&](const Word& word) {
        return word.rotation != 0 && g.box.contains(word.box.cx(), word.box.cy());
      });
      w.trace.notes.push_back(turned_words ? "ruled frame around turned text: read with the page turned"
                                           : "empty ruled frame ignored");
      continue;
    }
    if (mostly_empty(page, g, inside)) {
      // A chart's plot area (grid lines, bar outlines) draws many cells
      // and labels a few: it is read as text.
      w.trace.notes.push_back("ruled drawing with " + std::to_string(g.cells.size()) +
                              " cells, nearly all empty (a chart): read as text");
      continue;
    }
    TableDraft draft;
    bool made = false;
    std::optional<double> title_bottom;
    if ((g.n_cols() == 1 || g.n_rows() == 1) && !g.open_top && !g.open_bottom) {
      // The frame draws only some of its structure: the text's alignment
      // supplies the rest (hybrid).
      std::vector<Line> lines = build_lines(page.words, inside);
      if (lines_continue_outside(page, g.box, lines, frames)) {
        // A box drawn around part of a wider table (a highlighted column
        // group): the rows run on beyond it, so alignment reads the whole.
        w.trace.notes.push_back("ruled frame around part of wider rows: read by alignment");
        continue;
      }
      AlignedTable t;
      if (g.n_cols() >= 2) {
        std::vector<std::pair<double, double>> cols;
        for (int c = 0; c < g.n_cols(); ++c) cols.emplace_back(g.xs[c], g.xs[c + 1]);
        t = align_to_columns(page.words, lines, cols);
      } else {
        std::vector<double> cuts(g.ys.begin() + 1, g.ys.end() - 1);
        t = align_block(page.words, lines, cuts);
      }
      bool rotated_inside = std::any_of(inside.begin(), inside.end(), [&](int id) { return page.words[id].rotation != 0; });
      if (t.columns.size() >= 2 && t.rows.size() >= 2 && t.score >= 0.5 && !rotated_inside) {
        std::vector<double> edges = g.n_cols() >= 2 ? g.xs : edges_of(t);
        draft = make_draft(page, t.cells, static_cast<int>(t.rows.size()), static_cast<int>(t.columns.size()),
                           edges, TableMethod::hybrid, t.score,
                           "ruled frame with " + std::to_string(g.n_cols()) + "x" + std::to_string(g.n_rows()) +
                               " drawn cells; the rest from text alignment" + stacked_rows_why(t));
        trace_stack_cuts(w.trace, t);
        made = true;
      } else if (g.cells.size() == 1) {
        w.trace.notes.push_back("single ruled box holds a paragraph, not a table");
        continue;
      }
    }
    if (!made) {
      RuledLayout laid = lay_out_grid(page, g, inside);
      if (const int title = framed_title(page, laid, g.n_cols()); title >= 0) {
        // The title stays text above the table; the frame's box starts under it.
        const auto& words = laid.pieces[title].words;
        inside.erase(std::remove_if(inside.begin(), inside.end(),
                                    [&](int id) { return std::find(words.begin(), words.end(), id) != words.end(); }),
                     inside.end());
        title_bottom = laid.pieces[title].box.y1;
        laid.pieces.erase(laid.pieces.begin() + title);
        for (auto& p : laid.pieces) --p.row;
        --laid.n_rows;
        w.trace.notes.push_back("first row of the ruled frame at y " + std::to_string(static_cast<int>(g.box.y0)) +
                                " is a title across every column: read as text");
      }
      int spans = 0;
      for (const auto& p : laid.pieces) spans += (p.row_span > 1 || p.col_span > 1) ? 1 : 0;
      std::string why = "grid of " + std::to_string(g.n_rows()) + "x" + std::to_string(g.n_cols()) +
                        " from ruling lines" + (spans ? ", " + std::to_string(spans) + " merged cell(s)" : "");
      if (laid.unmerged > 0)
        why += ", " + std::to_string(laid.unmerged) + " undrawn column edge(s) taken from the text";
      if (laid.n_rows > g.n_rows())
        why += ", " + std::to_string(laid.n_rows - g.n_rows()) + " unruled row(s) split by baselines";
      draft = make_draft(page, laid.pieces, laid.n_rows, g.n_cols(), g.xs, TableMethod::ruled, 1.0, std::move(why));
    }
    for (int id : inside) w.in_table[id] = true;
    draft.table.bbox = g.box;
    if (title_bottom) draft.table.bbox.y0 = *title_bottom;
    draft.open_top = g.open_top;
    draft.open_bottom = g.open_bottom;
    w.trace.tables.push_back({to_string(draft.table.method), draft.table.bbox, draft.table.n_rows, draft.table.n_cols,
                              draft.table.confidence, draft.why});
    // The cells as read (a ruled row split by baselines shows its sub-rows).
    if (draft.table.method == TableMethod::ruled)
      for (const auto& c : draft.table.cells) w.trace.cell_boxes.push_back(c.bbox);
    else
      for (const auto& c : g.cells) w.trace.cell_boxes.push_back(c.box);
    w.tables.push_back(std::move(draft));
  }
}

// 2. Words outside tables -> lines (horizontal) and rotated text lines.
void build_free_lines(PageWork& w) {
  const PageInput& page = *w.input;
  std::vector<int> free_words, rotated;
  for (int id = 0; id < static_cast<int>(page.words.size()); ++id) {
    if (w.in_table[id]) continue;
    (page.words[id].rotation == 0 ? free_words : rotated).push_back(id);
  }
  w.lines = build_lines(page.words, free_words);
  w.rotated_lines = reading_lines(page.words, rotated);
}

// 4. Borderless tables among the lines that are not boilerplate.
void find_borderless_tables(PageWork& w) {
  const PageInput& page = *w.input;
  std::vector<Line> candidates;
  std::vector<int> origin;
  for (int i = 0; i < static_cast<int>(w.lines.size()); ++i) {
    if (w.lines[i].boilerplate) continue;
    candidates.push_back(w.lines[i]);
    origin.push_back(i);
  }
  std::vector<bool> taken(w.lines.size(), false);
  std::vector<Line> beside;  // text sharing baselines with a table, left out of it
  for (auto& t : find_aligned_tables(page.words, candidates, w.loose_rules, &w.trace.notes)) {
    TableMethod method = t.rows_from_rules ? TableMethod::hybrid : TableMethod::aligned;
    TableDraft d = make_draft(page, t.cells, static_cast<int>(t.rows.size()), static_cast<int>(t.columns.size()),
                              edges_of(t), method, t.score, t.why);
    for (int k : t.lines) taken[origin[k]] = true;
    for (auto& l : t.beside) beside.push_back(std::move(l));
    w.trace.tables.push_back({to_string(method), t.box, d.table.n_rows, d.table.n_cols, t.score, t.why});
    for (const auto& c : t.cells) w.trace.cell_boxes.push_back(c.box);
    trace_stack_cuts(w.trace, t);
    w.tables.push_back(std::move(d));
  }
  std::vector<Line> rest;
  for (std::size_t i = 0; i < w.lines.size(); ++i)
    if (!taken[i]) rest.push_back(std::move(w.lines[i]));
  if (!beside.empty()) {
    for (auto& l : beside) rest.push_back(std::move(l));
    std::stable_sort(rest.begin(), rest.end(), [](const Line& a, const Line& b) { return a.box.cy() < b.box.cy(); });
  }
  w.lines = std::move(rest);
}

// Whether a table is the first / last thing on its page, boilerplate aside.
void mark_page_edges(PageWork& w) {
  for (auto& d : w.tables) {
    const BBox& box = d.table.bbox;
    bool above = false, below = false;
    for (const auto& l : w.lines) {
      if (l.boilerplate) continue;
      if (l.box.y1 <= box.y0 + 1) above = true;
      if (l.box.y0 >= box.y1 - 1) below = true;
    }
    for (const auto& other : w.tables) {
      if (&other == &d) continue;
      if (other.table.bbox.y1 <= box.y0 + 1) above = true;
      if (other.table.bbox.y0 >= box.y1 - 1) below = true;
    }
    d.starts_page = !above;
    // A table that stops well above the foot of the page was not cut by the
    // page break (a forced break puts the next table on a new page).
    d.ends_page = !below && box.y1 >= kContinuesBelow * w.input->height;
  }
}

TextLine to_text_line(const PageInput& page, const std::vector<int>& ids, bool boilerplate) {
  TextLine out;
  out.page = page.number;
  out.bbox = box_of(page.words, ids);
  // The ids are one visual line already, in reading order.
  out.text = join_line(page.words, ids);
  out.bold = all_bold(page.words, ids);
  for (int id : ids) out.font_size = std::max(out.font_size, page.words[id].font_size);
  out.boilerplate = boilerplate;
  return out;
}

// A turned view's tables back in the page's frame: boxes for provenance and
// the pictures, each cell's text direction as printed on the page. Rows and
// columns stay as read.
void turn_back(PageWork& w) {
  const double width = w.page->width, height = w.page->height;
  for (auto& d : w.tables) {
    d.table.bbox = to_page_frame(d.table.bbox, w.rotation, width, height);
    for (auto& c : d.table.cells) {
      c.bbox = to_page_frame(c.bbox, w.rotation, width, height);
      c.rotation = (c.rotation + w.rotation) % 360;
    }
  }
  for (auto& b : w.trace.cell_boxes) b = to_page_frame(b, w.rotation, width, height);
  for (auto& b : w.trace.leader_boxes) b = to_page_frame(b, w.rotation, width, height);
  for (auto& b : w.trace.band_boxes) b = to_page_frame(b, w.rotation, width, height);
  for (auto& b : w.trace.stack_cut_boxes) b = to_page_frame(b, w.rotation, width, height);
  for (auto& t : w.trace.tables) {
    t.box = to_page_frame(t.box, w.rotation, width, height);
    t.why = "read turned " + std::to_string(w.rotation) + " degrees: " + t.why;
  }
}

// A turned view's trace joins its page's (its boxes already mapped back).
void merge_trace(PageTrace& into, const PageTrace& turned_view, int rotation) {
  into.cell_boxes.insert(into.cell_boxes.end(), turned_view.cell_boxes.begin(), turned_view.cell_boxes.end());
  into.tables.insert(into.tables.end(), turned_view.tables.begin(), turned_view.tables.end());
  into.leader_boxes.insert(into.leader_boxes.end(), turned_view.leader_boxes.begin(), turned_view.leader_boxes.end());
  into.band_boxes.insert(into.band_boxes.end(), turned_view.band_boxes.begin(), turned_view.band_boxes.end());
  into.stack_cut_boxes.insert(into.stack_cut_boxes.end(), turned_view.stack_cut_boxes.begin(),
                              turned_view.stack_cut_boxes.end());
  for (const auto& n : turned_view.notes)
    into.notes.push_back("turned " + std::to_string(rotation) + " degrees: " + n);
}

}  // namespace

void build_layout(const std::vector<PageInput>& pages, ExtractedDocument& doc, std::vector<PageTrace>* traces) {
  std::vector<PageWork> work;
  std::deque<TurnedView> turned;  // owns the turned pages' inputs
  for (const PageInput& page : pages) {
    // 0. Turned text (a table printed sideways) into views of its own; the
    // page's own view leaves those words out.
    PageWork upright;
    upright.input = upright.page = &page;
    upright.in_table.assign(page.words.size(), false);
    upright.trace.number = page.number;
    upright.trace.words = static_cast<int>(page.words.size());
    std::vector<PageWork> views;
    for (auto& v : turned_views(page, &upright.trace.notes)) {
      for (int id : v.origin) upright.in_table[id] = true;
      turned.push_back(std::move(v));
      PageWork w;
      w.input = &turned.back().input;
      w.page = &page;
      w.rotation = turned.back().rotation;
      w.in_table.assign(w.input->words.size(), false);
      w.trace.number = page.number;
      views.push_back(std::move(w));
    }
    work.push_back(std::move(upright));
    for (auto& w : views) work.push_back(std::move(w));
  }
  for (auto& w : work) draw_grids(w);
  set_aside_running_text(work);
  for (auto& w : work) {
    set_aside_leaders(w);
    // 1. Ruled tables from the grid the ruling lines draw.
    find_ruled_tables(w);
    // 2. Free words into lines and runs.
    build_free_lines(w);
  }
  // 3. Boilerplate: repeated margin lines and page numbers, across pages.
  std::vector<PageLines> views;
  for (auto& w : work) views.push_back({w.input->height, &w.input->words, &w.lines});
  mark_boilerplate(views);

  std::vector<TableDraft> drafts;
  for (auto& w : work) {
    // 4. Borderless tables by alignment (rows cut by loose rules: hybrid).
    find_borderless_tables(w);
    // 5. Header rows; where each table sits on its page.
    for (auto& d : w.tables) mark_header_rows(d);
    mark_page_edges(w);
    std::sort(w.tables.begin(), w.tables.end(), [](const TableDraft& a, const TableDraft& b) {
      if (std::abs(a.table.bbox.y0 - b.table.bbox.y0) > 1) return a.table.bbox.y0 < b.table.bbox.y0;
      return a.table.bbox.x0 < b.table.bbox.x0;
    });
    if (w.rotation != 0) turn_back(w);
    for (auto& d : w.tables) drafts.push_back(std::move(d));
  }
  // 6. Tables running over pages joined, repeated header rows dropped.
  join_across_pages(drafts);

  // 7. Output: tables t1.. in reading order, free lines, pages.
  int next_id = 1;
  for (auto& d : drafts) {
    // Appending, not "t" + std::string: GCC 12 warns falsely (-Wrestrict) on that at -O2.
    d.table.id = std::string("t").append(std::to_string(next_id++));
    doc.tables.push_back(std::move(d.table));
  }
  for (std::size_t k = 0; k < work.size();) {
    const PageInput& page = *work[k].page;
    PageTrace trace = std::move(work[k].trace);
    std::vector<TextLine> lines;
    // The page's own view, then its turned views (their boxes mapped back).
    for (; k < work.size() && work[k].page == &page; ++k) {
      const PageWork& w = work[k];
      auto add = [&](const std::vector<int>& ids, bool boilerplate) {
        lines.push_back(to_text_line(*w.input, ids, boilerplate));
        if (w.rotation != 0)
          lines.back().bbox = to_page_frame(lines.back().bbox, w.rotation, page.width, page.height);
      };
      for (const auto& l : w.lines) {
        std::vector<int> ids;
        for (const auto& r : l.runs) ids.insert(ids.end(), r.words.begin(), r.words.end());
        add(ids, l.boilerplate);
      }
      for (const auto& ids : w.rotated_lines) add(ids, false);
      if (w.rotation != 0) merge_trace(trace, w.trace, w.rotation);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const TextLine& a, const TextLine& b) {
      if (std::abs(a.bbox.y0 - b.bbox.y0) > 1) return a.bbox.y0 < b.bbox.y0;
      return a.bbox.x0 < b.bbox.x0;
    });
    for (auto& l : lines) doc.lines.push_back(std::move(l));
    PageInfo info;
    info.number = page.number;
    info.width = page.width;
    info.height = page.height;
    info.rotate = page.rotate;
    info.has_text = !page.words.empty();
    doc.pages.push_back(info);
    if (traces) traces->push_back(std::move(trace));
  }
}

}  // namespace allegato::layout
