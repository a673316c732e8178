// The `allegato tables` views: JSON per the contract, CSV blocks, text grid.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tables/tables_output.hpp"

using namespace allegato;

namespace {
ExtractedDocument small_doc() {
  ExtractedDocument doc;
  Table t;
  t.id = "t1";
  t.pages = {1, 2};
  t.method = TableMethod::ruled;
  t.n_rows = 2;
  t.n_cols = 2;
  TableCell a;
  a.col_span = 2;
  a.page = 1;
  a.bbox = {10, 20, 110.004, 40};
  a.text = "Target";
  a.header = true;
  TableCell b;
  b.row = 1;
  b.page = 2;
  b.text = "riga \"uno\",\nseconda";
  TableCell c;
  c.row = 1;
  c.col = 1;
  c.page = 2;
  c.text = "25,00%";
  t.cells = {a, b, c};
  doc.tables.push_back(t);
  TextLine l;
  l.page = 1;
  l.text = "Pagina 1 di 2";
  l.boilerplate = true;
  doc.lines.push_back(l);
  return doc;
}
}  // namespace

TEST_CASE("tables JSON carries the contract's fields", "[layout][output]") {
  auto j = nlohmann::json::parse(tables_to_json(small_doc()));
  const auto& t = j.at("tables").at(0);
  CHECK(t.at("id") == "t1");
  CHECK(t.at("pages") == nlohmann::json::array({1, 2}));
  CHECK(t.at("method") == "ruled");
  const auto& cell = t.at("cells").at(0);
  for (const char* key : {"row", "col", "row_span", "col_span", "page", "bbox", "text", "header"})
    CHECK(cell.contains(key));
  CHECK(cell.at("col_span") == 2);
  CHECK(cell.at("bbox").at(2) == 110.0);
  CHECK(j.at("lines").at(0).at("boilerplate") == true);
  CHECK_FALSE(nlohmann::json::parse(tables_to_json(small_doc(), false)).contains("lines"));
}

TEST_CASE("tables CSV: one block per table, quoted where needed", "[layout][output]") {
  CHECK(tables_to_csv(small_doc()) == "# t1 ruled pages 1-2\nTarget,\n\"riga \"\"uno\"\",\nseconda\",\"25,00%\"\n");
}

TEST_CASE("tables text: an aligned grid for a person", "[layout][output]") {
  const std::string text = tables_to_text(small_doc());
  CHECK(text.find("t1  ruled, page(s) 1-2, 2 rows x 2 columns") != std::string::npos);
  CHECK(text.find("| riga \"uno\", ↵ seconda | 25,00% |") != std::string::npos);
  CHECK(text.find("[boilerplate] Pagina 1 di 2") != std::string::npos);
}
