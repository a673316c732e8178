// The sheet -> tables rule: one table per used range, split only on bands of
// >= 2 empty rows/columns; titles become lines; headers flagged.
#include <catch2/catch.hpp>

#include "workbook/sheet_to_tables.hpp"

using namespace allegato;

namespace {
GridCell text(int row, int col, const char* t, int row_span = 1, int col_span = 1) {
  GridCell c;
  c.row = row;
  c.col = col;
  c.text = t;
  c.row_span = row_span;
  c.col_span = col_span;
  return c;
}
GridCell number(int row, int col, const char* t) {
  GridCell c = text(row, col, t);
  c.kind = CellKind::number;
  return c;
}
ExtractedDocument tables_of(const SheetGrid& sheet) {
  ExtractedDocument doc;
  sheet_to_tables(sheet, true, true, doc);
  return doc;
}
}  // namespace

TEST_CASE("merged header cells do not split a sheet", "[workbook][rules]") {
  SheetGrid s;
  s.name = "S";
  s.cells = {text(0, 0, "TITOLO DEL PIANO", 1, 4),
             text(2, 0, "Codice", 2, 1), text(2, 1, "Target", 1, 3),
             text(3, 1, "2024"), text(3, 2, "2025"), text(3, 3, "2026"),
             text(4, 0, "1.1"), number(4, 1, "5"), number(4, 2, "6"), number(4, 3, "7")};
  auto doc = tables_of(s);
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.lines.size() == 1);
  CHECK(doc.lines[0].text == "TITOLO DEL PIANO");
  CHECK(doc.lines[0].cell_ref == "A1");
  CHECK(doc.lines[0].bbox.y0 == 0);
  const auto& t = doc.tables[0];
  CHECK(t.n_rows == 3);
  CHECK(t.n_cols == 4);
  CHECK(t.cells.size() == 9);  // one cell per merge, no duplicated sparse values
  const TableCell* target = t.at(0, 2);
  REQUIRE(target);
  CHECK(target->text == "Target");
  CHECK(target->col_span == 3);
  CHECK(t.at(1, 1)->header);   // sub-header row under the merged header
  CHECK_FALSE(t.at(2, 1)->header);
  CHECK(t.at(2, 0)->cell_ref() == "A5");
}

TEST_CASE("one empty row keeps a table, two split it", "[workbook][rules]") {
  SheetGrid s;
  s.name = "S";
  s.cells = {text(0, 0, "A"), text(0, 1, "B"), number(1, 0, "1"), number(1, 1, "2"),
             number(3, 0, "3"), number(3, 1, "4"),                      // after one spacer row
             text(6, 0, "C"), text(6, 1, "D"), number(7, 0, "5"), number(7, 1, "6")};  // after two
  auto doc = tables_of(s);
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[0].n_rows == 4);
  CHECK(doc.tables[1].cells.front().cell_ref() == "A7");
  CHECK(doc.tables[1].id == "t2");
}

TEST_CASE("two empty columns split side-by-side blocks", "[workbook][rules]") {
  SheetGrid s;
  s.name = "S";
  s.cells = {text(0, 0, "A"), text(0, 1, "B"), number(1, 0, "1"), number(1, 1, "2"),
             text(0, 4, "C"), text(0, 5, "D"), number(1, 4, "3"), number(1, 5, "4")};
  auto doc = tables_of(s);
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[1].cells.front().cell_ref() == "E1");
}

TEST_CASE("hidden rows are kept and flagged, or dropped on request", "[workbook][rules]") {
  SheetGrid s;
  s.name = "S";
  s.hidden = true;
  s.hidden_rows = {1};
  s.cells = {text(0, 0, "A"), text(0, 1, "B"), number(1, 0, "1"), number(1, 1, "2"), number(2, 0, "3"),
             number(2, 1, "4")};
  auto doc = tables_of(s);
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].sheet_hidden);
  CHECK(doc.tables[0].at(1, 0)->hidden);
  CHECK_FALSE(doc.tables[0].at(2, 0)->hidden);
  ExtractedDocument dropped;
  sheet_to_tables(s, true, false, dropped);
  REQUIRE(dropped.tables.size() == 1);
  CHECK(dropped.tables[0].cells.size() == 4);
}

TEST_CASE("a column of text alone is free text", "[workbook][rules]") {
  SheetGrid s;
  s.name = "Note";
  s.cells = {text(0, 0, "Prima nota"), text(1, 0, "Seconda nota")};
  auto doc = tables_of(s);
  CHECK(doc.tables.empty());
  REQUIRE(doc.lines.size() == 2);
  CHECK(doc.lines[1].cell_ref == "A2");
}

#include "workbook/cell_ref.hpp"

TEST_CASE("cell references and shared formulas", "[workbook][rules]") {
  CHECK(cell_ref(6, 1) == "B7");
  CHECK(column_name(26) == "AA");
  CHECK(column_name(16383) == "XFD");
  CHECK(parse_cell_ref("$AA$10")->col == 26);
  CHECK_FALSE(parse_cell_ref("A0"));
  CHECK_FALSE(parse_cell_ref("XFE1"));
  CHECK(shift_formula("A2+$B$1*SUM(C2:C3)", 1, 0) == "A3+$B$1*SUM(C3:C4)");
  CHECK(shift_formula("IF(B2>0,\"A1\",LOG10(B2))", 0, 1) == "IF(C2>0,\"A1\",LOG10(C2))");
  CHECK(shift_formula("'Foglio 1'!A1*Dati!$A2", 2, 2) == "'Foglio 1'!C3*Dati!$A4");
}

TEST_CASE("a merge past the used range is capped", "[workbook][rules]") {
  SheetGrid s;
  s.name = "S";
  s.cells = {text(0, 0, "Titolo enorme", 1048576, 16384), text(0, 1, "B"), number(1, 1, "1"), number(2, 0, "2")};
  auto doc = tables_of(s);
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].n_rows == 3);
  CHECK(doc.tables[0].n_cols == 2);
}
