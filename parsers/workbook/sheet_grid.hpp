#pragma once
/// The format-neutral form of one sheet that every workbook reader (XLSX,
/// ODS, XLS, CSV) fills, and that sheet_to_tables turns into tables.
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace allegato {

/// What a cell holds, as far as table recognition cares (header detection).
enum class CellKind { text, number, date, boolean, error, blank };

struct GridCell {
  int row = 0;                 ///< 0-based sheet row
  int col = 0;                 ///< 0-based sheet column
  int row_span = 1;            ///< > 1 for the top-left cell of a merge
  int col_span = 1;
  std::string text;            ///< the value as displayed (Italian number display)
  CellKind kind = CellKind::text;
  std::optional<std::string> formula;
  bool bold = false;           ///< known only for XLSX/ODS
  bool filled = false;         ///< a background fill (XLSX/ODS)
};

struct SheetGrid {
  std::string name;
  bool hidden = false;         ///< hidden or very hidden sheet
  std::vector<GridCell> cells; ///< any order; blank cells may be left out
  std::set<int> hidden_rows;
  std::set<int> hidden_cols;
};

/// A workbook read by one of the format readers, before table building.
struct WorkbookGrids {
  std::vector<SheetGrid> sheets;
  bool styles_known = true;    ///< false for XLS and CSV (no bold/fill)
};

}  // namespace allegato
