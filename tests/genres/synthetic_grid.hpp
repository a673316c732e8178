#pragma once
// Small synthetic documents for the reader tests: tables from rows of cells,
// free lines above them, and a model read with a named profile.
#include <string>
#include <vector>

#include "genres/genres.hpp"
#include "model/model.hpp"
#include "tables/table.hpp"

namespace allegato::synthetic {

// A table from rows of cells; "" is an empty cell; a cell "<<" continues the
// merge of the cell to its left (a band).
inline Table grid(const std::vector<std::vector<std::string>>& rows, const std::string& id = "t1", double y0 = 100) {
  Table t;
  t.id = id;
  t.pages = {1};
  t.n_rows = static_cast<int>(rows.size());
  t.n_cols = static_cast<int>(rows[0].size());
  for (int r = 0; r < t.n_rows; ++r) {
    for (int c = 0; c < t.n_cols; ++c) {
      const std::string& text = rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
      if (text == "<<") {
        t.cells.back().col_span += 1;
        continue;
      }
      TableCell cell;
      cell.row = r;
      cell.col = c;
      cell.page = 1;
      cell.bbox = {50.0 + 60 * c, y0 + 20 * r, 110.0 + 60 * c, y0 + 20 + 20 * r};
      cell.text = text;
      t.cells.push_back(cell);
    }
  }
  t.bbox = {50, y0, 50.0 + 60 * t.n_cols, y0 + 20.0 * t.n_rows};
  return t;
}

inline ExtractedDocument document_of(std::vector<Table> tables, std::vector<std::string> lines = {}) {
  ExtractedDocument d;
  d.path = "synthetic.pdf";
  d.format = "pdf";
  d.pages.push_back({1, 595, 842, 0, true});
  double y = 20;
  for (const auto& text : lines) {
    TextLine l;
    l.page = 1;
    l.bbox = {50, y, 400, y + 10};
    l.text = text;
    d.lines.push_back(l);
    y += 12;
  }
  d.tables = std::move(tables);
  return d;
}

inline Model read_with(const ExtractedDocument& doc, const std::string& genre) {
  Model m;
  GenreOptions options;
  options.genre = genre;
  import_document(doc, "d1", options, m);
  return m;
}

inline const Indicator* indicator_named(const Model& m, const std::string& code_or_name) {
  for (const auto& i : m.indicators)
    if (i.code == code_or_name || i.name == code_or_name) return &i;
  return nullptr;
}
inline const Node* node_coded(const Model& m, const std::string& code) {
  for (const auto& n : m.nodes)
    if (n.code == code) return &n;
  return nullptr;
}
}  // namespace allegato::synthetic
