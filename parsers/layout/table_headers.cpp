#include <algorithm>

#include "layout/table_draft.hpp"

namespace allegato::layout {

void mark_header_rows(TableDraft& d) {
  Table& t = d.table;
  // Up to three leading rows (multi-level headers); a row is a header when
  // every cell with text in it is bold or rotated, and it has some text.
  auto row_is_header = [&](int row) {
    bool any = false;
    for (std::size_t i = 0; i < t.cells.size(); ++i) {
      const auto& c = t.cells[i];
      if (c.row != row || c.text.empty()) continue;
      any = true;
      if (!d.cell_bold[i] && !d.cell_rotated[i]) return false;
    }
    return any;
  };
  // A cell of its own in the first column under header rows that named that
  // column already: a band or a body row in bold (`CITTADINI, IMPRESE E
  // TERRITORIO | | 40 %`, `STRUTTURA: Area ...`), not one more header row
  // (sub-headers sit beside a first-column cell spanning their rows).
  auto starts_first_column = [&](int row) {
    for (const auto& c : t.cells)
      if (c.row == row && c.col == 0 && !c.text.empty()) return true;
    return false;
  };
  int header_rows = 0;
  bool first_column_named = false;
  while (header_rows < std::min(3, t.n_rows - 1) && row_is_header(header_rows)) {
    const bool starts = starts_first_column(header_rows);
    if (starts && first_column_named) break;
    first_column_named = first_column_named || starts;
    ++header_rows;
  }
  for (auto& c : t.cells) c.header = c.row < header_rows;
}

}  // namespace allegato::layout
