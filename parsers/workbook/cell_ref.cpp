#include "workbook/cell_ref.hpp"

#include "tables/table.hpp"

namespace allegato {

std::string column_name(int col) { return a1_column_name(col); }

std::string cell_ref(int row, int col) { return a1_cell_name(row, col); }

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

namespace allegato {

namespace {
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) { return is_letter(c) || is_digit(c) || c == '_' || c == '.'; }
}  // namespace

std::string shift_formula(std::string_view f, int drow, int dcol) {
  std::string out;
  std::size_t i = 0;
  while (i < f.size()) {
    char c = f[i];
    if (c == '"' || c == '\'') {
      // Copy a quoted string or sheet name whole ("" / '' are escapes).
      std::size_t j = i + 1;
      while (j < f.size()) {
        if (f[j] == c) {
          if (j + 1 < f.size() && f[j + 1] == c) {
            j += 2;
            continue;
          }
          break;
        }
        ++j;
      }
      out.append(f.substr(i, std::min(j + 1, f.size()) - i));
      i = j + 1;
      continue;
    }
    bool boundary = i == 0 || !is_name_char(f[i - 1]);
    if (boundary && (c == '$' || is_letter(c))) {
      std::size_t j = i;
      bool col_abs = false, row_abs = false;
      if (f[j] == '$') {
        col_abs = true;
        ++j;
      }
      std::size_t col_start = j;
      while (j < f.size() && is_letter(f[j]) && j - col_start < 3) ++j;
      std::size_t col_end = j;
      if (j < f.size() && f[j] == '$') {
        row_abs = true;
        ++j;
      }
      std::size_t row_start = j;
      while (j < f.size() && is_digit(f[j]) && j - row_start < 7) ++j;
      bool is_ref = col_end > col_start && j > row_start && (j >= f.size() || (!is_name_char(f[j]) && f[j] != '('));
      if (is_ref) {
        auto pos = parse_cell_ref(std::string(f.substr(col_start, col_end - col_start)) +
                                  std::string(f.substr(row_start, j - row_start)));
        if (pos) {
          int row = pos->row + (row_abs ? 0 : drow);
          int col = pos->col + (col_abs ? 0 : dcol);
          if (row >= 0 && col >= 0) {
            out += (col_abs ? "$" : "") + column_name(col) + (row_abs ? "$" : "") + std::to_string(row + 1);
            i = j;
            continue;
          }
        }
      }
      // Not a reference: copy the whole name so that its tail is not misread.
      std::size_t k = i + (f[i] == '$' ? 1 : 0);
      while (k < f.size() && is_name_char(f[k])) ++k;
      out.append(f.substr(i, std::max(k, i + 1) - i));
      i = std::max(k, i + 1);
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace allegato
