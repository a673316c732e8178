#pragma once
/// A table on its way out of the layout engine: the final Table plus what the
/// later phases (header rows, joins across pages) need to know.
#include <string>
#include <vector>

#include "tables/table.hpp"

namespace allegato::layout {

struct TableDraft {
  Table table;
  std::vector<double> col_edges;  ///< n_cols + 1 column boundaries on its first page
  std::vector<bool> cell_bold;    ///< per cell of table.cells: all its words bold
  std::vector<bool> cell_rotated; ///< per cell: its text is rotated (vertical header)
  bool starts_page = false;       ///< nothing but boilerplate above it on its first page
  bool ends_page = false;         ///< nothing but boilerplate below it on its last page
  bool open_top = false;          ///< first row has no rule above it (cut by a page break)
  bool open_bottom = false;       ///< last row has no rule below it
  std::string why;                ///< for --explain
};

/// Phase 6: header rows. Leading rows whose filled cells are all bold or
/// rotated are headers (not when every row is).
void mark_header_rows(TableDraft& draft);

/// Phase 7: a table ending a page and one starting the next page with the
/// same columns are one table; the second's repeated header rows are
/// dropped. `drafts` are in reading order; joined drafts are removed.
void join_across_pages(std::vector<TableDraft>& drafts);

}  // namespace allegato::layout
