// CSV quoting gone wrong: a quote never closed must not swallow the rest of
// the file silently; legitimate multi-line and doubled quotes stay as they are.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "csv/csv_reader.hpp"
#include "test_support.hpp"
#include "workbook/workbook_reader.hpp"

using namespace allegato;

namespace {

std::vector<const Diagnostic*> with_code(const std::vector<Diagnostic>& diagnostics, const std::string& code) {
  std::vector<const Diagnostic*> found;
  for (const auto& d : diagnostics)
    if (d.code == code) found.push_back(&d);
  return found;
}

std::string indicator_file(std::size_t ordinary_rows) {
  std::string text = "Codice;Indicatore;Peso\nEC27;\"Qualit\xC3\xA0 percepita;16,66%\n";
  for (std::size_t i = 0; i < ordinary_rows; ++i)
    text += "R" + std::to_string(i) + ";Indicatore " + std::to_string(i) + ";" + std::to_string(i % 100) + ",5%\n";
  return text;
}

}  // namespace

TEST_CASE("an unterminated quote is reported and read as a literal quote", "[workbook][csv]") {
  auto dir = testing::temp_dir("csv-unterminated");
  auto path = dir / "indicatori.csv";
  testing::write_file(path, indicator_file(500));
  std::vector<Diagnostic> diagnostics;
  WorkbookGrids grids = read_csv_grids(path.string(), false, Limits{}, diagnostics);
  REQUIRE(grids.sheets.size() == 1);
  const SheetGrid& sheet = grids.sheets[0];
  // Header, the EC27 row and the 500 rows after it: 502 rows of 3 cells.
  CHECK(sheet.cells.size() == 502 * 3);
  CHECK(sheet.cells.back().row == 501);
  CHECK(sheet.cells.back().text == "99,5%");
  const GridCell* ec27_name = nullptr;
  for (const auto& c : sheet.cells)
    if (c.row == 1 && c.col == 1) ec27_name = &c;
  REQUIRE(ec27_name);
  CHECK(ec27_name->text == "\"Qualit\xC3\xA0 percepita");

  auto quotes = with_code(diagnostics, "csv.unterminated_quote");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0]->severity == Severity::warning);
  CHECK(quotes[0]->message.find("a quote opened on line 2 is never closed") != std::string::npos);
  CHECK(quotes[0]->message.find("literal character") != std::string::npos);
  CHECK(quotes[0]->where.cell == "B2");
  CHECK(quotes[0]->where.sheet == "indicatori");

  // Through the workbook reader the table has all the rows too.
  auto doc = read_workbook(path.string(), "csv");
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].at(501, 0)->text == "R499");
}

TEST_CASE("the line of an unterminated quote counts multi-line fields and the sep= line", "[workbook][csv]") {
  std::vector<UnterminatedQuote> found;
  auto records = split_csv("a;\"two\r\nlines\";c\r\nd;\"open;f\r\ng;h;i\r\n", ';', "x", 1000, &found);
  REQUIRE(found.size() == 1);
  CHECK(found[0].line == 3);
  CHECK(found[0].record == 1);
  CHECK(found[0].field == 1);
  CHECK(found[0].recovered);
  REQUIRE(records.size() == 3);
  CHECK(records[0][1] == "two\nlines");
  CHECK(records[1] == std::vector<std::string>{"d", "\"open", "f"});
  CHECK(records[2] == std::vector<std::string>{"g", "h", "i"});

  auto dir = testing::temp_dir("csv-unterminated-sep");
  auto path = dir / "sep.csv";
  testing::write_file(path, "sep=;\nA;B\n1;\"x\n2;y\n");
  std::vector<Diagnostic> diagnostics;
  read_csv_grids(path.string(), false, Limits{}, diagnostics);
  auto quotes = with_code(diagnostics, "csv.unterminated_quote");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0]->message.find("line 3 ") != std::string::npos);
}

TEST_CASE("quotes that close are not reported", "[workbook][csv]") {
  // A quote legitimately spanning lines, and doubled quotes inside one.
  std::vector<UnterminatedQuote> found;
  auto records =
      split_csv("Codice;Indicatore\nEC27;\"Qualit\xC3\xA0\npercepita\"\nEC28;\"il \"\"Buono\"\" livello\"\nEC29;\"\"\n",
                ';', "x", 1000, &found);
  CHECK(found.empty());
  REQUIRE(records.size() == 4);
  CHECK(records[1][1] == "Qualit\xC3\xA0\npercepita");
  CHECK(records[2][1] == "il \"Buono\" livello");
  CHECK(records[3][1].empty());

  auto dir = testing::temp_dir("csv-quotes-ok");
  auto path = dir / "ok.csv";
  testing::write_file(path, "A;B\n1;\"x\ny\"\n2;\"say \"\"hi\"\"\"\n");
  std::vector<Diagnostic> diagnostics;
  read_csv_grids(path.string(), false, Limits{}, diagnostics);
  CHECK(with_code(diagnostics, "csv.unterminated_quote").empty());
}

TEST_CASE("stray quotes pair up and only an odd one out is reported", "[workbook][csv]") {
  // Two stray quotes read as one field spanning lines, as RFC 4180 says: a
  // reader cannot tell them from a multi-line field (a known limit). With 41,
  // the last one has no partner and is re-read as a literal.
  std::string text;
  for (int i = 0; i < 41; ++i) text += "a;\"b" + std::to_string(i) + ";c\n";
  std::vector<UnterminatedQuote> found;
  auto records = split_csv(text, ';', "x", 100000, &found);
  REQUIRE(found.size() == 1);
  CHECK(found[0].line == 41);
  CHECK(found[0].recovered);
  REQUIRE(records.size() == 21);
  CHECK(records.back() == std::vector<std::string>{"a", "\"b40", "c"});
  // A quote as the last character has nothing to swallow.
  found.clear();
  records = split_csv("a;\"", ';', "x", 100, &found);
  CHECK(found.empty());
  CHECK(records[0][1] == "\"");
}
