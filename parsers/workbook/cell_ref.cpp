#include "workbook/cell_ref.hpp"

namespace allegato {

std::string column_name(int col) {
  std::string name;
  int n = col + 1;
  while (n > 0) {
    int rem = (n - 1) % 26;
    name.insert(name.begin(), char('A' + rem));
    n = (n - 1) / 26;
  }
  return name;
}

std::string cell_ref(int row, int col) { return column_name(col) + std::to_string(row + 1); }

std::optional<CellPos> parse_cell_ref(std::string_view ref) {
  std::size_t i = 0;
  if (i < ref.size() && ref[i] == '$') ++i;
  long col = 0;
  std::size_t letters = 0;
  for (; i < ref.size(); ++i) {
    char c = ref[i];
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    if (++letters > 3) return std::nullopt;
    col = col * 26 + (c - 'A' + 1);
  }
  if (letters == 0) return std::nullopt;
  if (i < ref.size() && ref[i] == '$') ++i;
  long row = 0;
  std::size_t digits = 0;
  for (; i < ref.size(); ++i) {
    char c = ref[i];
    if (c < '0' || c > '9') return std::nullopt;
    if (++digits > 7) return std::nullopt;
    row = row * 10 + (c - '0');
  }
  if (digits == 0 || row < 1 || row > 1048576 || col > 16384) return std::nullopt;
  return CellPos{int(row - 1), int(col - 1)};
}

}  // namespace allegato
