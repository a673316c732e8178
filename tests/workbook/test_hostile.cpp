// Hostile and broken input: every case is an ImportError with a stable code
// and a hint, never a crash. Fixtures are made here with libzip.
#include <catch2/catch.hpp>

#include <zip.h>

#include <filesystem>
#include <utility>
#include <vector>

#include "test_support.hpp"
#include "workbook/workbook_reader.hpp"

using namespace allegato;
namespace fs = std::filesystem;

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

void write_zip(const fs::path& path, const Entries& entries) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(z);
  // libzip reads the buffers at zip_close: keep them alive until then.
  std::vector<std::string> keep;
  keep.reserve(entries.size());
  for (const auto& [name, data] : entries) {
    keep.push_back(data);
    zip_source_t* src = zip_source_buffer(z, keep.back().data(), keep.back().size(), 0);
    REQUIRE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(z) == 0);
}

const char* kWorkbook =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Foglio1\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Dati\" sheetId=\"2\" r:id=\"rId2\"/>"
    "</sheets></workbook>";
const char* kRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>";

std::string sheet_xml(const std::string& rows) {
  return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows +
         "</sheetData></worksheet>";
}

std::string small_sheet() {
  return sheet_xml(
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nome</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Valore</t>"
      "</is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Uno</t></is></c><c r=\"B2\"><v>1E-3</v></c></row>");
}

Entries minimal_xlsx(const std::string& sheet1) {
  return {{"xl/workbook.xml", kWorkbook},
          {"xl/_rels/workbook.xml.rels", kRels},
          {"xl/worksheets/sheet1.xml", sheet1},
          {"xl/worksheets/sheet2.xml", small_sheet()}};
}

std::string code_of(const std::string& path, const std::string& format, const WorkbookOptions& options = {}) {
  try {
    read_workbook(path, format, options);
  } catch (const ImportError& e) {
    CHECK_FALSE(e.hint().empty());
    return e.code();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a minimal hand-made xlsx reads with absolute and relative targets", "[workbook][hostile]") {
  auto dir = testing::temp_dir("wb-minimal");
  auto path = dir / "min.xlsx";
  write_zip(path, minimal_xlsx(small_sheet()));
  auto doc = read_workbook(path.string(), "xlsx");
  REQUIRE(doc.sheets == std::vector<std::string>{"Foglio1", "Dati"});
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[0].at(1, 1)->text == "0,001");
  CHECK(doc.tables[1].sheet == "Dati");
}

TEST_CASE("the sheet option selects sheets and an unknown name lists them", "[workbook][hostile]") {
  auto dir = testing::temp_dir("wb-sheets");
  auto path = dir / "min.xlsx";
  write_zip(path, minimal_xlsx(small_sheet()));
  WorkbookOptions only;
  only.sheets = {"Dati"};
  auto doc = read_workbook(path.string(), "xlsx", only);
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].sheet == "Dati");
  WorkbookOptions wrong;
  wrong.sheets = {"Manca"};
  try {
    read_workbook(path.string(), "xlsx", wrong);
    FAIL("expected ImportError");
  } catch (const ImportError& e) {
    CHECK(e.code() == "workbook.unknown_sheet");
    CHECK(std::string(e.what()).find("'Foglio1', 'Dati'") != std::string::npos);
  }
}

TEST_CASE("zip bombs trip named limits", "[workbook][hostile][limits]") {
  auto dir = testing::temp_dir("wb-bombs");
  SECTION("too many entries") {
    Entries entries = minimal_xlsx(small_sheet());
    for (int i = 0; i < 20; ++i) entries.push_back({"junk/" + std::to_string(i), "x"});
    write_zip(dir / "many.xlsx", entries);
    WorkbookOptions options;
    options.limits.max_zip_entries = 10;
    CHECK(code_of((dir / "many.xlsx").string(), "xlsx", options) == "limit.zip_entries");
  }
  SECTION("a large compressible entry") {
    std::string padding(4u << 20, ' ');
    write_zip(dir / "big.xlsx", minimal_xlsx(sheet_xml("<!-- " + padding + " -->")));
    CHECK(fs::file_size(dir / "big.xlsx") < 100'000);
    WorkbookOptions options;
    options.limits.max_zip_uncompressed = 1u << 20;
    try {
      read_workbook((dir / "big.xlsx").string(), "xlsx", options);
      FAIL("expected ImportError");
    } catch (const ImportError& e) {
      CHECK(e.code() == "limit.zip_bytes");
      CHECK(e.hint().find("--max-zip-mb") != std::string::npos);
    }
  }
  SECTION("too many cells") {
    std::string rows;
    for (int r = 1; r <= 100; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c><v>1</v></c></row>";
    write_zip(dir / "cells.xlsx", minimal_xlsx(sheet_xml(rows)));
    WorkbookOptions options;
    options.limits.max_cells = 50;
    CHECK(code_of((dir / "cells.xlsx").string(), "xlsx", options) == "limit.cells");
  }
}

TEST_CASE("DTDs and entity expansion are refused", "[workbook][hostile]") {
  auto dir = testing::temp_dir("wb-dtd");
  std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
      "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
  write_zip(dir / "dtd.xlsx", minimal_xlsx(laughs));
  CHECK(code_of((dir / "dtd.xlsx").string(), "xlsx") == "workbook.dtd");
}

TEST_CASE("corrupt, truncated, incomplete and encrypted files are clean errors", "[workbook][hostile]") {
  auto dir = testing::temp_dir("wb-corrupt");
  testing::write_file(dir / "garbage.xlsx", "this is not a zip file at all, just text");
  CHECK(code_of((dir / "garbage.xlsx").string(), "xlsx") == "workbook.corrupt");

  std::string real = testing::read_file(testing::samples_dir() / "workbook-formats" / "libreoffice.xlsx");
  testing::write_file(dir / "truncated.xlsx", real.substr(0, real.size() / 2));
  CHECK(code_of((dir / "truncated.xlsx").string(), "xlsx") == "workbook.corrupt");

  write_zip(dir / "noworkbook.xlsx", {{"xl/worksheets/sheet1.xml", small_sheet()}});
  CHECK(code_of((dir / "noworkbook.xlsx").string(), "xlsx") == "workbook.missing_part");

  Entries broken = minimal_xlsx("<worksheet><sheetData><row>");
  write_zip(dir / "badxml.xlsx", broken);
  CHECK(code_of((dir / "badxml.xlsx").string(), "xlsx") == "workbook.corrupt");

  // An encrypted OOXML workbook is a compound file with an EncryptionInfo stream.
  std::string cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  cfb.resize(512, '\0');
  for (char c : std::string("EncryptionInfo")) {
    cfb += c;
    cfb += '\0';
  }
  cfb.resize(2048, '\0');
  testing::write_file(dir / "locked.xlsx", cfb);
  CHECK(code_of((dir / "locked.xlsx").string(), "xlsx") == "workbook.encrypted");

  std::string fake_xls("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  fake_xls.resize(4096, '\x01');
  testing::write_file(dir / "fake.xls", fake_xls);
  CHECK(code_of((dir / "fake.xls").string(), "xls") == "workbook.corrupt");

  write_zip(dir / "empty.ods", {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}});
  CHECK(code_of((dir / "empty.ods").string(), "ods") == "workbook.missing_part");

  CHECK(code_of((dir / "nothing-here.xlsx").string(), "xlsx") == "input.missing");
}

namespace {
std::string ods_content(const std::string& table_body) {
  return "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
         "<table:table table:name=\"Foglio1\">" +
         table_body + "</table:table></office:spreadsheet></office:body></office:document-content>";
}
}  // namespace

TEST_CASE("ODS repeats are capped at the used range", "[workbook][hostile][limits]") {
  auto dir = testing::temp_dir("wb-ods-repeat");
  std::string body =
      "<table:table-column table:number-columns-repeated=\"16384\"/>"
      "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Nome</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"string\"><text:p>Valore<text:s text:c=\"2\"/>x</text:p>"
      "</table:table-cell><table:table-cell table:number-columns-repeated=\"16382\"/></table:table-row>"
      "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>A</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"float\" office:value=\"0.73\"><text:p>0.73</text:p></table:table-cell>"
      "</table:table-row>"
      "<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell "
      "table:number-columns-repeated=\"16384\"/></table:table-row>";
  write_zip(dir / "repeat.ods", {{"content.xml", ods_content(body)}});
  auto doc = read_workbook((dir / "repeat.ods").string(), "ods");
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].n_rows == 2);
  CHECK(doc.tables[0].n_cols == 2);
  CHECK(doc.tables[0].at(0, 1)->text == "Valore  x");
  CHECK(doc.tables[0].at(1, 1)->text == "0,73");

  std::string bomb =
      "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell office:value-type=\"string\" "
      "table:number-columns-repeated=\"1000\"><text:p>x</text:p></table:table-cell></table:table-row>";
  write_zip(dir / "bomb.ods", {{"content.xml", ods_content(bomb)}});
  WorkbookOptions options;
  options.limits.max_cells = 100'000;
  CHECK(code_of((dir / "bomb.ods").string(), "ods", options) == "limit.cells");
}

TEST_CASE("shared formulas are moved to each cell and cached values shown", "[workbook][formula]") {
  auto dir = testing::temp_dir("wb-shared");
  std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nome</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Doppio</t>"
      "</is></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><f t=\"shared\" ref=\"B2:B3\" si=\"0\">A2*2</f><v>2</v></c></row>"
      "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\"><f t=\"shared\" si=\"0\"/><v>4</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"B4\"><f>A4*2</f></c></row>";
  write_zip(dir / "shared.xlsx", minimal_xlsx(sheet_xml(rows)));
  auto doc = read_workbook((dir / "shared.xlsx").string(), "xlsx");
  const Table& t = doc.tables.at(0);
  CHECK(*t.at(2, 1)->formula == "A3*2");
  CHECK(t.at(2, 1)->text == "4");
  CHECK(*t.at(3, 1)->formula == "A4*2");
  CHECK(t.at(3, 1)->text.empty());
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].code == "xlsx.formula_without_value");
  CHECK(doc.diagnostics[0].where.cell == "B4");
  CHECK(doc.diagnostics[0].where.sheet == "Foglio1");
}

namespace {
// Rewrites the uncompressed size that the zip's headers declare for `name`.
void patch_declared_size(const fs::path& path, const std::string& name, std::uint32_t size) {
  std::string bytes = testing::read_file(path);
  auto put32 = [&](std::size_t at) {
    for (int k = 0; k < 4; ++k) bytes[at + k] = static_cast<char>((size >> (8 * k)) & 0xff);
  };
  auto get16 = [&](std::size_t at) {
    return static_cast<std::size_t>(static_cast<unsigned char>(bytes[at])) |
           static_cast<std::size_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
  };
  int patched = 0;
  for (std::size_t at = bytes.find("PK\x03\x04"); at != std::string::npos; at = bytes.find("PK\x03\x04", at + 4))
    if (bytes.compare(at + 30, name.size(), name) == 0 && get16(at + 26) == name.size()) put32(at + 22), ++patched;
  for (std::size_t at = bytes.find("PK\x01\x02"); at != std::string::npos; at = bytes.find("PK\x01\x02", at + 4))
    if (bytes.compare(at + 46, name.size(), name) == 0 && get16(at + 28) == name.size()) put32(at + 24), ++patched;
  REQUIRE(patched == 2);
  testing::write_file(path, bytes);
}
}  // namespace

TEST_CASE("a zip entry that inflates beyond its declared size is refused at once", "[workbook][hostile][limits]") {
  auto dir = testing::temp_dir("wb-lying-entry");
  std::string padding(8u << 20, ' ');
  write_zip(dir / "liar.xlsx", minimal_xlsx(sheet_xml("<!-- " + padding + " -->")));
  patch_declared_size(dir / "liar.xlsx", "xl/worksheets/sheet1.xml", 1000);
  try {
    read_workbook((dir / "liar.xlsx").string(), "xlsx");
    FAIL("expected ImportError");
  } catch (const ImportError& e) {
    CHECK(e.code() == "workbook.corrupt");
    CHECK(std::string(e.what()).find("declares") != std::string::npos);
  }
}

TEST_CASE("ODS repeated rows count each cell once against --max-cells", "[workbook][hostile][limits]") {
  auto dir = testing::temp_dir("wb-ods-count");
  std::string body =
      "<table:table-row table:number-rows-repeated=\"10\"><table:table-cell office:value-type=\"string\" "
      "table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell></table:table-row>";
  write_zip(dir / "twenty.ods", {{"content.xml", ods_content(body)}});
  WorkbookOptions exact;
  exact.limits.max_cells = 20;  // 10 rows x 2 cells
  CHECK_NOTHROW(read_workbook((dir / "twenty.ods").string(), "ods", exact));
  WorkbookOptions under;
  under.limits.max_cells = 19;
  CHECK(code_of((dir / "twenty.ods").string(), "ods", under) == "limit.cells");
  // A kilobyte that repeats a row of 1,000 cells a million times is refused
  // before any copy is made (it used to fill gigabytes up to the limit).
  std::string bomb =
      "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell office:value-type=\"string\" "
      "table:number-columns-repeated=\"1000\"><text:p>x</text:p></table:table-cell></table:table-row>";
  write_zip(dir / "bomb.ods", {{"content.xml", ods_content(bomb)}});
  CHECK(fs::file_size(dir / "bomb.ods") < 2000);
  CHECK(code_of((dir / "bomb.ods").string(), "ods") == "limit.cells");
}
