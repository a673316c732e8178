#pragma once
// Builds an ExtractedDocument from a sample's truth-tables.json (the cells
// the generator drew), so the recognisers can be tested apart from the
// layout engine. Cells get a bbox that keeps reading order: row r sits at
// y = 20 + 12 r on the table's first page.
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tables/table.hpp"
#include "test_support.hpp"

namespace allegato::testing {

inline ExtractedDocument doc_from_truth_tables(const std::filesystem::path& truth_tables, const std::string& format = "pdf",
                                               const std::vector<std::string>& lines_after = {}) {
  const auto j = nlohmann::json::parse(read_file(truth_tables));
  ExtractedDocument doc;
  doc.path = truth_tables.string();
  doc.format = format;
  double y_end = 0;
  int t_index = 0;
  for (const auto& t : j["tables"]) {
    Table table;
    table.id = "t" + std::to_string(++t_index);
    for (const auto& p : t["pages"]) table.pages.push_back(p.get<int>());
    const int page = table.pages.empty() ? 1 : table.pages.front();
    table.n_rows = t["n_rows"].get<int>();
    table.n_cols = t["n_cols"].get<int>();
    table.method = TableMethod::ruled;
    const double y0 = y_end + 20;
    for (const auto& c : t["cells"]) {
      TableCell cell;
      cell.row = c["row"].get<int>();
      cell.col = c["col"].get<int>();
      cell.row_span = c["row_span"].get<int>();
      cell.col_span = c["col_span"].get<int>();
      cell.text = c["text"].get<std::string>();
      cell.header = c["header"].get<bool>();
      cell.page = page;
      cell.bbox = {40.0 * cell.col, y0 + 12.0 * cell.row, 40.0 * (cell.col + cell.col_span), y0 + 12.0 * (cell.row + cell.row_span)};
      y_end = std::max(y_end, cell.bbox.y1);
      table.cells.push_back(cell);
    }
    table.bbox = {0, y0, 40.0 * table.n_cols, y_end};
    doc.tables.push_back(std::move(table));
    if (doc.pages.empty()) doc.pages.push_back(PageInfo{page, 842, 595, 0, true});
  }
  for (const auto& text : lines_after) {
    TextLine line;
    line.page = doc.pages.empty() ? 1 : doc.pages.back().number;
    y_end += 12;
    line.bbox = {40, y_end, 400, y_end + 10};
    line.text = text;
    doc.lines.push_back(line);
  }
  return doc;
}

}  // namespace allegato::testing
