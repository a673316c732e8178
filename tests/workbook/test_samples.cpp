// Golden tests: every workbook sample gives its reviewed tables.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.hpp"
#include "workbook/workbook_reader.hpp"
#include "tables/tables_output.hpp"

using namespace allegato;
namespace fs = std::filesystem;

namespace {

std::string format_of(const fs::path& p) {
  std::string ext = p.extension().string().substr(1);
  return ext;
}

void check_golden(const fs::path& input) {
  INFO("sample " << input.string());
  ExtractedDocument doc = read_workbook(input.string(), format_of(input));
  fs::path expected = input.parent_path() / (input.filename().string() + ".expected-tables.json");
  CHECK(testing::matches_golden(tables_to_json(doc), expected));
}

}  // namespace

TEST_CASE("workbook-formats samples match their golden tables", "[workbook][golden]") {
  fs::path dir = testing::samples_dir() / "workbook-formats";
  for (const char* name : {"openpyxl.xlsx", "libreoffice.xlsx", "libreoffice.ods", "libreoffice.xls", "date1904.xlsx"})
    check_golden(dir / name);
}

TEST_CASE("workbook-csv samples match their golden tables", "[workbook][golden]") {
  fs::path dir = testing::samples_dir() / "workbook-csv";
  for (const char* name : {"indicatori-cp1252.csv", "risorse-bom.tsv", "valori-virgola.csv"}) check_golden(dir / name);
}

TEST_CASE("dashboard workbooks (seed 001) match their golden tables", "[workbook][golden]") {
  fs::path dir = testing::samples_dir() / "dashboard";
  int found = 0;
  for (const char* name : {"input.xlsx", "input.ods"}) {
    if (!fs::exists(dir / name)) continue;
    ++found;
    check_golden(dir / name);
  }
  if (found == 0) WARN("samples/dashboard/input.{xlsx,ods} not made yet");
}
