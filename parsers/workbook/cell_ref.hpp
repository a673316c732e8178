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
