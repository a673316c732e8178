#include <catch2/catch.hpp>

#include <filesystem>

#include <zip.h>

#include "outputs/csv_export.hpp"
#include "outputs/export_tables.hpp"
#include "outputs/xlsx_export.hpp"
#include "outputs_fixtures.hpp"

using namespace allegato;
using namespace allegato::testing;
namespace fs = std::filesystem;

namespace {

std::string zip_entry(const std::string& zip_path, const std::string& name) {
  int error = 0;
  zip_t* archive = zip_open(zip_path.c_str(), ZIP_RDONLY, &error);
  REQUIRE(archive != nullptr);
  zip_stat_t st;
  std::string out;
  if (zip_stat(archive, name.c_str(), 0, &st) == 0) {
    zip_file_t* f = zip_fopen(archive, name.c_str(), 0);
    REQUIRE(f != nullptr);
    out.resize(st.size);
    REQUIRE(zip_fread(f, out.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
  }
  zip_close(archive);
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[export][csv]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("") == "");
  CHECK(csv_field("16,66%") == "\"16,66%\"");
  CHECK(csv_field("Piano \"2022\"") == "\"Piano \"\"2022\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("Qualità") == "Qualità");
  ExportTable t{"t", {"a", "b"}, {{ExportCell{"x,y", std::nullopt, false, {}, 0}, ExportCell{"z", std::nullopt, false, {}, 0}}}};
  CHECK(to_csv(t) == "a,b\r\n\"x,y\",z\r\n");
}

TEST_CASE("CSV export writes one tidy table per entity (golden files)", "[export][csv]") {
  const Model model = load_fixture("plan_2022.json");
  const auto dir = temp_dir("export-csv");
  write_csv_tables(model, dir.string());
  for (const char* name : {"documents", "nodes", "indicators", "targets", "findings", "finding_sources", "unassigned",
                           "diagnostics"}) {
    INFO(name);
    const fs::path file = dir / (std::string(name) + ".csv");
    REQUIRE(fs::exists(file));
    const fs::path golden = source_dir() / "tests/outputs/golden/csv" / (std::string(name) + ".expected.csv");
    CHECK(matches_golden(read_file(file), golden));
  }
  // One row per target/baseline/result per year: 15 + 12 + ... rows in all.
  std::size_t values = 0;
  for (const auto& i : model.indicators) values += i.baselines.size() + i.targets.size() + i.results.size() + i.achievement.size();
  for (const auto& n : model.nodes) values += n.achievement.size() + n.resources.size();
  CHECK(count(read_file(dir / "targets.csv"), "\r\n") == values + 1);
}

TEST_CASE("XLSX export: sheets, frozen header, autofilter, percent numbers, links", "[export][xlsx]") {
  const Model model = load_fixture("plan_2022.json");
  const auto path = (temp_dir("export-xlsx") / "plans.xlsx").string();
  write_xlsx(model, path);
  const std::string workbook = zip_entry(path, "xl/workbook.xml");
  for (const char* sheet : {"documents", "nodes", "indicators", "targets", "findings", "finding_sources", "unassigned",
                            "diagnostics"})
    CHECK(workbook.find("name=\"" + std::string(sheet) + "\"") != std::string::npos);

  const std::string nodes = zip_entry(path, "xl/worksheets/sheet2.xml");
  CHECK(nodes.find("state=\"frozen\"") != std::string::npos);
  CHECK(nodes.find("<autoFilter ref=\"A1:") != std::string::npos);
  // 37,50% is written as the number 0.375 (shown as 37.50% by the format).
  CHECK(nodes.find("<v>0.375</v>") != std::string::npos);
  CHECK(zip_entry(path, "xl/styles.xml").find("formatCode=\"0.00%\"") != std::string::npos);

  const std::string findings = zip_entry(path, "xl/worksheets/sheet5.xml");
  // Internal links from each finding's subject to its node/indicator row.
  CHECK(count(findings, "<hyperlink ") == 5);
  // d1/1.1.1/Nquest_customer is the 2nd indicator: worksheet row 3.
  CHECK(findings.find("location=\"'indicators'!A3\"") != std::string::npos);
  CHECK(findings.find("location=\"'nodes'!A6\"") != std::string::npos);  // d2/1, 5th node
}

TEST_CASE("export tables keep exact decimals as text", "[export]") {
  const auto tables = export_tables(load_fixture("plan_2022.json"));
  REQUIRE(tables.size() == 8);
  const auto& targets = tables[3];
  REQUIRE(targets.name == "targets");
  bool found = false;
  for (const auto& row : targets.rows)
    if (row[5].text == "229.447,35 Euro") {
      found = true;
      CHECK(row[7].text == "229447.35");
      REQUIRE(row[7].number);
      CHECK(row[7].number->to_string() == "229447.35");
    }
  CHECK(found);
}

TEST_CASE("CSV dialect excel-it: semicolons, decimal commas in number cells, a BOM", "[export][csv]") {
  ExportTable t{"t", {"code", "weight", "name"}, {}};
  ExportCell weight{"33.33", Decimal::parse("33.33"), true, {}, 0};
  t.rows.push_back({ExportCell{"2.1", std::nullopt, false, {}, 0}, weight,
                    ExportCell{"a; b", std::nullopt, false, {}, 0}});
  CHECK(to_csv(t) == "code,weight,name\r\n2.1,33.33,a; b\r\n");
  // The code "2.1" is text and keeps its dot; the field holding ';' is quoted.
  CHECK(to_csv(t, CsvDialect::excel_it()) == "\xEF\xBB\xBF" "code;weight;name\r\n2.1;33,33;\"a; b\"\r\n");
}

TEST_CASE("XLSX export writes date targets as date cells", "[export][xlsx]") {
  Model model = load_fixture("plan_2022.json");
  REQUIRE(!model.indicators.empty());
  Target deadline = parse_target("entro il 31/12/2024", 2024);
  REQUIRE(deadline.kind == TargetKind::date);
  model.indicators.front().targets = {deadline};
  const auto dir = temp_dir("export-dates");
  const std::string path = (dir / "dates.xlsx").string();
  write_xlsx(model, path);
  // The targets sheet: the value cell is a number (a date serial) with a
  // date format, not the text "2024-12-31".
  const std::string workbook = zip_entry(path, "xl/worksheets/sheet4.xml");
  CHECK(workbook.find("<v>45657</v>") != std::string::npos);
  CHECK(zip_entry(path, "xl/styles.xml").find("dd/mm/yyyy") != std::string::npos);
}

TEST_CASE("XLSX export keeps an ordinal target's text, and its value column holds numbers and dates only",
          "[export][xlsx]") {
  Model model = load_fixture("plan_2022.json");
  REQUIRE(!model.indicators.empty());
  Target ordinal = parse_target("> Medio", 2023);
  REQUIRE(ordinal.kind == TargetKind::ordinal);
  model.indicators.front().targets = {ordinal, parse_target(">= 55,00 %", 2024)};
  const auto tables = export_tables(model);
  const auto& targets = tables[3];
  REQUIRE(targets.columns.back() == "text");
  const std::size_t value = 7, text = targets.columns.size() - 1;
  REQUIRE(targets.columns[value] == "value");
  int seen = 0;
  for (const auto& row : targets.rows) {
    if (row[5].text == "> Medio") {
      ++seen;
      CHECK(row[value].text.empty());  // "Medio" is no value to sort or sum
      CHECK(row[text].text == "> Medio");
    } else if (row[5].text == ">= 55,00 %") {
      ++seen;
      CHECK(row[value].number);
      CHECK(row[text].text.empty());
    }
  }
  CHECK(seen == 2);
  // In the workbook the level stays one text cell with its operator.
  const auto dir = temp_dir("export-ordinal");
  const std::string path = (dir / "ordinal.xlsx").string();
  write_xlsx(model, path);
  const std::string shared = zip_entry(path, "xl/sharedStrings.xml");
  CHECK(count(shared, "<t>&gt; Medio</t>") == 1);  // raw and text share one string
  CHECK(count(shared, "<t>Medio</t>") == 0);
}
