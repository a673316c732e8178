// CSV/TSV: encodings, delimiter sniffing, quoting.
#include <catch2/catch.hpp>

#include "csv/csv_reader.hpp"
#include "test_support.hpp"
#include "workbook/workbook_reader.hpp"

using namespace allegato;

TEST_CASE("encodings are detected and converted to UTF-8", "[workbook][csv]") {
  std::string encoding;
  CHECK(decode_text("Qualit\xE0 \x80", encoding) == "Qualità €");
  CHECK(encoding == "windows-1252");
  CHECK(decode_text("\xEF\xBB\xBFQualità", encoding) == "Qualità");
  CHECK(encoding == "UTF-8 (BOM)");
  CHECK(decode_text("Qualità", encoding) == "Qualità");
  CHECK(encoding == "UTF-8");
  CHECK(decode_text(std::string("\xFF\xFEQ\0u\0", 6), encoding) == "Qu");
  CHECK(encoding == "UTF-16LE");
}

TEST_CASE("the delimiter is sniffed from consistent field counts", "[workbook][csv]") {
  CHECK(sniff_delimiter("a;b;c\n1,5;2,5;3\n4;5;6\n", false) == ';');
  CHECK(sniff_delimiter("a,b,c\n1,2,3\n\"x;y\",5,6\n", false) == ',');
  CHECK(sniff_delimiter("a\tb\n1,5\t2\n", false) == '\t');
  CHECK(sniff_delimiter("a|b|c\n1|2|3\n", false) == '|');
  // Italian decimals in a comma file would give ragged rows: ';' wins.
  CHECK(sniff_delimiter("Peso;Valore\n16,66%;1.419\n33,3%;0,73\n", false) == ';');
  CHECK(sniff_delimiter("one column\nonly\n", true) == '\t');
}

TEST_CASE("quoted fields span lines and double their quotes", "[workbook][csv]") {
  auto records = split_csv("a;\"b\r\nc\";\"say \"\"hi\"\"\"\r\n1;2;3", ';', "x", 100);
  REQUIRE(records.size() == 2);
  REQUIRE(records[0].size() == 3);
  CHECK(records[0][1] == "b\nc");
  CHECK(records[0][2] == "say \"hi\"");
  CHECK(records[1][2] == "3");
  CHECK_THROWS_AS(split_csv("a;b;c\n1;2;3\n", ';', "x", 5), ImportError);
}

TEST_CASE("a CSV sheet is named after the file and cells carry A1 refs", "[workbook][csv]") {
  auto dir = testing::temp_dir("csv-refs");
  auto path = dir / "elenco.csv";
  testing::write_file(path, "Nome;Valore\nUno;1,5\nDue;2\n");
  auto doc = read_workbook(path.string(), "csv");
  REQUIRE(doc.tables.size() == 1);
  const auto& t = doc.tables[0];
  CHECK(t.sheet == "elenco");
  CHECK(t.cells.back().cell_ref() == "B3");
  CHECK(t.cells.back().text == "2");
  CHECK(t.cells.front().header);
  CHECK_FALSE(t.cells.back().header);
}

TEST_CASE("binary data is not taken for CSV", "[workbook][csv]") {
  auto dir = testing::temp_dir("csv-binary");
  auto path = dir / "x.csv";
  testing::write_file(path, std::string("PK\x03\x04\0\0\x01", 7));
  try {
    read_workbook(path.string(), "csv");
    FAIL("expected ImportError");
  } catch (const ImportError& e) {
    CHECK(e.code() == "csv.binary");
  }
}

TEST_CASE("Excel's sep= line names the delimiter", "[workbook][csv]") {
  auto dir = testing::temp_dir("csv-sep");
  auto path = dir / "sep.csv";
  testing::write_file(path, "sep=|\r\nA|B\r\n1,5|2\r\n");
  auto doc = read_workbook(path.string(), "csv");
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].at(1, 0)->text == "1,5");
  CHECK(doc.tables[0].at(1, 0)->cell_ref() == "A2");
}
