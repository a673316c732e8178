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
    const int offset = a.table.n_rows - drop;
    for (std::size_t k = 0; k < b.table.cells.size(); ++k) {
      TableCell c = b.table.cells[k];
      if (c.row < drop) continue;
      c.row += offset;
      c.header = false;
      a.table.cells.push_back(c);
      a.cell_bold.push_back(b.cell_bold[k]);
      a.cell_rotated.push_back(b.cell_rotated[k]);
    }
    a.table.n_rows += b.table.n_rows - drop;
    for (int p : b.table.pages)
      if (std::find(a.table.pages.begin(), a.table.pages.end(), p) == a.table.pages.end()) a.table.pages.push_back(p);
    a.ends_page = b.ends_page;
    a.why += "; continues on page " + std::to_string(b_first) + " (same " + std::to_string(a.table.n_cols) +
             " columns" + (drop > 0 ? ", " + std::to_string(drop) + " repeated header row(s) dropped" : "") + ")";
    if (a.table.method != b.table.method) a.table.method = TableMethod::hybrid;
    a.table.confidence = std::min(a.table.confidence, b.table.confidence);
    drafts.erase(drafts.begin() + static_cast<long>(i + 1));
  }
}

}  // namespace allegato::layout
