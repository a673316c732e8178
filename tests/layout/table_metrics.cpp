#include "table_metrics.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <tuple>

namespace allegato::testing {

namespace {

std::string flat(const std::string& text) {
  static const std::regex hyphen_break(R"((\S)-\n)");
  std::string joined = std::regex_replace(text, hyphen_break, "$1-");
  std::istringstream words(joined);
  std::string word, out;
  while (words >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

using Relation = std::tuple<std::string, std::string, char>;

// Adjacency relations of one table's non-empty cells.
template <class Cells, class Get>
std::map<Relation, int> relations(const Cells& cells, Get get) {
  std::map<std::pair<int, int>, const TableCell*> at;
  int n_rows = 0, n_cols = 0;
  for (const auto& item : cells) {
    const TableCell& c = get(item);
    if (c.text.empty()) continue;
    at[{c.row, c.col}] = &c;
    n_rows = std::max(n_rows, c.row + c.row_span);
    n_cols = std::max(n_cols, c.col + c.col_span);
  }
  std::map<Relation, int> out;
  for (const auto& [pos, c] : at) {
    for (int k = pos.second + c->col_span; k < n_cols; ++k)
      if (auto it = at.find({pos.first, k}); it != at.end()) {
        ++out[{flat(c->text), flat(it->second->text), 'h'}];
        break;
      }
    for (int r = pos.first + c->row_span; r < n_rows; ++r)
      if (auto it = at.find({r, pos.second}); it != at.end()) {
        ++out[{flat(c->text), flat(it->second->text), 'v'}];
        break;
      }
  }
  return out;
}

}  // namespace

std::vector<ExpectedTable> read_expected_tables(const std::string& json_text) {
  auto root = nlohmann::json::parse(json_text);
  std::vector<ExpectedTable> out;
  for (const auto& t : root.at("tables")) {
    ExpectedTable e;
    e.pages = t.value("pages", std::vector<int>{});
    e.n_rows = t.value("n_rows", 0);
    e.n_cols = t.value("n_cols", 0);
    for (const auto& c : t.at("cells")) {
      ExpectedCell x;
      x.cell.row = c.at("row");
      x.cell.col = c.at("col");
      x.cell.row_span = c.value("row_span", 1);
      x.cell.col_span = c.value("col_span", 1);
      x.cell.page = c.value("page", 0);
      x.cell.text = c.value("text", "");
      x.cell.header = c.value("header", false);
      x.wrap = c.value("wrap", false);
      e.cells.push_back(x);
    }
    out.push_back(std::move(e));
  }
  return out;
}

TableScore score_tables(const std::vector<ExpectedTable>& expected, const std::vector<Table>& found) {
  TableScore s;
  std::map<Relation, int> want, got;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Table* t = i < found.size() ? &found[i] : nullptr;
    for (const auto& e : expected[i].cells) {
      ++s.cells_expected;
      const TableCell* f = nullptr;
      if (t)
        for (const auto& c : t->cells)
          if (c.row == e.cell.row && c.col == e.cell.col) f = &c;
      const auto norm = [&](const std::string& text) { return e.wrap ? flat(text) : text; };
      const bool right = f && f->row_span == e.cell.row_span && f->col_span == e.cell.col_span &&
                         norm(f->text) == norm(e.cell.text) &&
                         // Truth files give header cells the table's first page by convention.
                         (e.cell.page == 0 || e.cell.header || f->page == e.cell.page);
      if (right) {
        ++s.cells_right;
      } else if (s.mismatches.size() < 8) {
        std::ostringstream m;
        m << "table " << i + 1 << " cell (" << e.cell.row << "," << e.cell.col << ") span " << e.cell.row_span << "x"
          << e.cell.col_span << " expected [" << e.cell.text << "] got ";
        if (f) m << "span " << f->row_span << "x" << f->col_span << " page " << f->page << " [" << f->text << "]";
        else m << "no cell";
        s.mismatches.push_back(m.str());
      }
    }
    for (const auto& [k, n] : relations(expected[i].cells, [](const ExpectedCell& c) -> const TableCell& { return c.cell; }))
      want[k] += n;
  }
  for (const auto& t : found)
    for (const auto& [k, n] : relations(t.cells, [](const TableCell& c) -> const TableCell& { return c; })) got[k] += n;
  int common = 0, n_want = 0, n_got = 0;
  for (const auto& [k, n] : want) {
    n_want += n;
    if (auto it = got.find(k); it != got.end()) common += std::min(n, it->second);
  }
  for (const auto& [k, n] : got) n_got += n;
  s.precision = n_got ? static_cast<double>(common) / n_got : 0;
  s.recall = n_want ? static_cast<double>(common) / n_want : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  if (found.size() != expected.size() && s.mismatches.size() < 9)
    s.mismatches.push_back("expected " + std::to_string(expected.size()) + " table(s), found " +
                           std::to_string(found.size()));
  return s;
}

}  // namespace allegato::testing
