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
  int header_rows = 0;
  while (header_rows < std::min(3, t.n_rows - 1) && row_is_header(header_rows)) ++header_rows;
  for (auto& c : t.cells) c.header = c.row < header_rows;
}

}  // namespace allegato::layout
