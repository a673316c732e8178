#include <algorithm>
#include <cmath>

#include "layout/table_draft.hpp"

namespace allegato::layout {

namespace {

// Column boundaries further apart than this are different columns.
constexpr double kColumnTolerance = 4.0;

bool same_columns(const TableDraft& a, const TableDraft& b) {
  if (a.table.n_cols != b.table.n_cols || a.col_edges.size() != b.col_edges.size()) return false;
  for (std::size_t i = 0; i < a.col_edges.size(); ++i)
    if (std::abs(a.col_edges[i] - b.col_edges[i]) > kColumnTolerance) return false;
  return true;
}

std::vector<std::string> row_texts(const Table& t, int row) {
  std::vector<std::string> out;
  for (const auto& c : t.cells)
    if (c.row == row) out.push_back(c.text);
  return out;
}

// How many leading rows of `next` repeat the leading rows of `first`.
int repeated_header_rows(const Table& first, const Table& next) {
  int n = 0;
  while (n < std::min(first.n_rows, next.n_rows) - 1 && n < 3) {
    auto a = row_texts(first, n);
    if (a.empty() || a != row_texts(next, n)) break;
    bool any_text = std::any_of(a.begin(), a.end(), [](const std::string& s) { return !s.empty(); });
    if (!any_text) break;
    ++n;
  }
  // Only rows that the first page marks as header, or that are identical and
  // the first page's top rows, are dropped: identical body rows are rare.
  return n;
}

const TableCell* covering(const Table& t, int row, int col) { return t.at(row, col); }

// The next page's first body row only continues this table's last row: every
// cell with text there sits under a cell with text and starts in lower case
// (a sentence going on), and fewer cells have text than in the last row.
bool continues_last_row(const Table& a, const Table& b, int first_body_row) {
  // (A merged cell cut by the break may go on with any text.)
  int b_filled = 0, a_filled = 0, lower = 0;
  for (const auto& c : a.cells)
    if (c.row + c.row_span == a.n_rows && !c.text.empty()) ++a_filled;
  for (const auto& c : b.cells) {
    if (c.row != first_body_row || c.text.empty()) continue;
    ++b_filled;
    const TableCell* above = covering(a, a.n_rows - 1, c.col);
    if (!above || above->text.empty()) return false;
    const unsigned char first = static_cast<unsigned char>(c.text[0]);
    const bool lowercase = first >= 'a' && first <= 'z';
    lower += lowercase ? 1 : 0;
    if (!lowercase && above->row_span == 1 && c.row_span == 1) return false;
  }
  return lower > 0 && b_filled < a_filled;
}

}  // namespace

void join_across_pages(std::vector<TableDraft>& drafts) {
  for (std::size_t i = 0; i + 1 < drafts.size();) {
    TableDraft& a = drafts[i];
    TableDraft& b = drafts[i + 1];
    const int a_last = a.table.pages.back();
    const int b_first = b.table.pages.front();
    if (!(b_first == a_last + 1 && a.ends_page && b.starts_page && same_columns(a, b))) {
      ++i;
      continue;
    }
    const int drop = repeated_header_rows(a.table, b.table);
    // A row cut by the page break is one row: its parts on the next page join
    // its cells. Cut when no rule closes it here and none opens it there, or
    // when the next page's first row only continues sentences of this row.
    const bool row_cut = (drop == 0 && a.open_bottom && b.open_top) || continues_last_row(a.table, b.table, drop);
    const int offset = a.table.n_rows - drop - (row_cut ? 1 : 0);
    for (std::size_t k = 0; k < b.table.cells.size(); ++k) {
      TableCell c = b.table.cells[k];
      if (c.row < drop) continue;
      if (c.row == drop) {
        // The cell above the page break in the same columns, reaching the last row.
        TableCell* top = nullptr;
        for (auto& mine : a.table.cells)
          if (mine.row + mine.row_span == a.table.n_rows && mine.col == c.col && mine.col_span == c.col_span)
            top = &mine;
        if (top && row_cut) {
          if (!c.text.empty()) top->text += (top->text.empty() ? "" : "\n") + c.text;
          top->row_span += c.row_span - 1;
          continue;
        }
        // A merged cell cut by the break: its empty rest continues it.
        if (top && c.text.empty() && !top->text.empty() && top->row_span > 1) {
          top->row_span += c.row_span;
          continue;
        }
      }
      c.row += offset;
      c.header = false;
      a.table.cells.push_back(c);
      a.cell_bold.push_back(b.cell_bold[k]);
      a.cell_rotated.push_back(b.cell_rotated[k]);
    }
    a.table.n_rows += b.table.n_rows - drop - (row_cut ? 1 : 0);
    for (int p : b.table.pages)
      if (std::find(a.table.pages.begin(), a.table.pages.end(), p) == a.table.pages.end()) a.table.pages.push_back(p);
    a.ends_page = b.ends_page;
    a.open_bottom = b.open_bottom;
    if (row_cut) a.why += "; the row cut by the page break is joined";
    a.why += "; continues on page " + std::to_string(b_first) + " (same " + std::to_string(a.table.n_cols) +
             " columns" + (drop > 0 ? ", " + std::to_string(drop) + " repeated header row(s) dropped" : "") + ")";
    if (a.table.method != b.table.method) a.table.method = TableMethod::hybrid;
    a.table.confidence = std::min(a.table.confidence, b.table.confidence);
    drafts.erase(drafts.begin() + static_cast<long>(i + 1));
  }
}

}  // namespace allegato::layout
