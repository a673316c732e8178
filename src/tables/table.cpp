#include "tables/table.hpp"

#include <algorithm>

namespace allegato {

const char* to_string(TableMethod m) {
  switch (m) {
    case TableMethod::ruled: return "ruled";
    case TableMethod::aligned: return "aligned";
    case TableMethod::hybrid: return "hybrid";
    case TableMethod::sheet: return "sheet";
  }
  return "aligned";
}

const TableCell* Table::at(int row, int col) const {
  for (const auto& c : cells) {
    if (row >= c.row && row < c.row + c.row_span && col >= c.col && col < c.col + c.col_span) return &c;
  }
  return nullptr;
}

std::string a1_column_name(int col) {
  std::string name;
  for (int n = col + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), char('A' + (n - 1) % 26));
  return name;
}

std::string a1_cell_name(int row, int col) { return a1_column_name(col) + std::to_string(row + 1); }

Source Table::source_of(const TableCell& c, const std::string& doc) const {
  Source s;
  s.doc = doc;
  if (!sheet.empty()) {
    s.sheet = sheet;
    s.cell = c.cell_ref();
  } else {
    s.page = c.page;
    s.bbox = c.bbox;
  }
  return s;
}

std::vector<Block> reading_order(const ExtractedDocument& doc) {
  std::vector<Block> blocks;
  blocks.reserve(doc.tables.size() + doc.lines.size());
  auto sheet_index = [&](const std::string& name) {
    auto it = std::find(doc.sheets.begin(), doc.sheets.end(), name);
    return static_cast<int>(it - doc.sheets.begin());
  };
  for (const auto& t : doc.tables) {
    Block b;
    b.table = &t;
    if (!t.sheet.empty()) {
      b.page = sheet_index(t.sheet);
      b.y = t.cells.empty() ? 0 : t.cells.front().row;
    } else {
      b.page = t.pages.empty() ? 0 : t.pages.front();
      b.y = t.bbox.y0;
    }
    blocks.push_back(b);
  }
  for (const auto& l : doc.lines) {
    Block b;
    b.line = &l;
    b.page = l.sheet.empty() ? l.page : sheet_index(l.sheet);
    b.y = l.bbox.y0;
    blocks.push_back(b);
  }
  std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
    if (a.page != b.page) return a.page < b.page;
    return a.y < b.y;
  });
  return blocks;
}

}  // namespace allegato
