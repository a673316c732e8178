#include "genres/column_map.hpp"

#include "genres/genre_text.hpp"

namespace allegato::genres {

std::optional<int> ColumnMap::col(const std::string& role) const {
  auto it = role_col.find(role);
  if (it == role_col.end()) return std::nullopt;
  return it->second;
}

std::vector<int> ColumnMap::cols(const std::string& role) const {
  std::vector<int> out;
  auto it = role_col.find(role);
  if (it == role_col.end()) return out;
  auto span = role_span.find(role);
  const int n = span == role_span.end() ? 1 : span->second;
  for (int c = it->second; c < it->second + n; ++c) out.push_back(c);
  return out;
}

namespace {
bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

void add_year_columns(ColumnMap& map, const std::string& role, int col, int year) {
  std::vector<YearColumn>* list = role == "baselines" ? &map.baselines : role == "targets" ? &map.targets : &map.results;
  list->push_back({col, year});
}
}  // namespace

namespace {
// True if some piece holds a digit that is not part of a year (19xx/20xx).
bool row_has_values(const TextStream& stream, const Row& row) {
  for (auto id : row.pieces) {
    const std::string& text = stream.piece(id).text;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] < '0' || text[i] > '9') continue;
      std::size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      const bool year = j - i == 4 && (text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0);
      if (!year) return true;
      i = j;
    }
  }
  return false;
}
}  // namespace

ColumnMap read_header(const TextStream& stream, std::size_t first, const std::vector<HeaderWord>& vocabulary,
                      int min_roles) {
  ColumnMap map;
  const auto& rows = stream.rows();
  if (first >= rows.size() || rows[first].is_line()) return map;
  const Table* table = rows[first].table;
  struct Group {
    std::string role;
    int col0, col1;
    std::optional<int> year;
  };
  std::vector<Group> groups;
  int matched = 0;
  std::size_t r = first;
  for (; r < rows.size() && r < first + 3 && rows[r].table == table; ++r) {
    // A header continues over a second or third row of words and years
    // ("Target" over "2023 2024"); a row with any other number in it is the
    // first row of the body, even when a name there starts like a column
    // title ("Indicatore sintetico ..." next to "16,66%").
    if (r > first && row_has_values(stream, rows[r])) break;
    bool any = false;
    bool all_years = true;
    for (auto id : rows[r].pieces) {
      const Piece& p = stream.piece(id);
      if (p.text.empty()) continue;
      if (!is_year(p.text)) all_years = false;
    }
    for (auto id : rows[r].pieces) {
      const Piece& p = stream.piece(id);
      const std::string f = fold(p.text);
      if (f.empty()) continue;
      if (is_year(p.text)) {
        // A year under a group (or a group's own year, "Target 2017").
        for (const auto& g : groups) {
          if (p.col >= g.col0 && p.col < g.col1) {
            add_year_columns(map, g.role, p.col, std::stoi(trim_copy(p.text)));
            any = true;
          }
        }
        continue;
      }
      for (const auto& w : vocabulary) {
        bool hit = false;
        // A header names its column in a few words: "Risultato 2017", not
        // "Realizzazione iniziative previste ..." in a body cell.
        for (const auto& word : w.words) hit = hit || (starts_with(f, word) && f.size() <= word.size() + 12);
        if (!hit) continue;
        any = true;
        if (w.year_group) {
          auto y = year_in(p.text);
          if (y && p.col_span == 1) {
            add_year_columns(map, w.role, p.col, *y);
          } else {
            groups.push_back({w.role, p.col, p.col + p.col_span, y});
          }
        } else if (!map.role_col.count(w.role)) {
          map.role_col[w.role] = p.col;
          map.role_span[w.role] = p.col_span;
        }
        ++matched;
        break;
      }
    }
    if (!any && !all_years) break;
    if (r == first && matched < min_roles) return ColumnMap{};
  }
  if (matched < min_roles) return ColumnMap{};
  map.header_rows = static_cast<int>(r - first);
  return map;
}

}  // namespace allegato::genres
