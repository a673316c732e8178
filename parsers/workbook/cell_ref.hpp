#pragma once
/// A1-style cell references.
#include <optional>
#include <string>
#include <string_view>

namespace allegato {

/// "A" for 0, "Z" for 25, "AA" for 26.
std::string column_name(int col);
/// "B7" for (row 6, col 1); both 0-based.
std::string cell_ref(int row, int col);

struct CellPos {
  int row = 0;  ///< 0-based
  int col = 0;  ///< 0-based
};
/// Parses "B7" or "$B$7" (0-based result); nullopt if malformed or beyond
/// the largest sheet any spreadsheet allows (16384 columns, 1048576 rows).
std::optional<CellPos> parse_cell_ref(std::string_view ref);

}  // namespace allegato

namespace allegato {

/// Moves the relative A1 references of a formula by (drow, dcol), as a
/// spreadsheet does when it copies a shared formula to another cell: "$"
/// parts stay, string literals and function names are left alone
/// ("A2+$B$1*SUM(C2:C3)" moved one row down gives "A3+$B$1*SUM(C3:C4)").
std::string shift_formula(std::string_view formula, int drow, int dcol);

}  // namespace allegato
