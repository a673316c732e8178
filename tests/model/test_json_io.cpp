// The contract JSON: deterministic writer, reader, round trip, clear errors.
#include <catch2/catch.hpp>

#include "core/sha256.hpp"
#include "model/json_io.hpp"

using namespace allegato;

namespace {

Number num(const std::string& raw, const std::string& value, const std::string& unit) {
  Number n;
  n.raw = raw;
  n.value = Decimal::parse(value);
  n.unit = unit;
  return n;
}

Target target(int year, const std::string& raw, Op op, const std::string& value, const std::string& unit,
              TargetKind kind) {
  Target t;
  t.year = year;
  t.raw = raw;
  t.op = op;
  t.value = value;
  t.unit = unit;
  t.kind = kind;
  return t;
}

Model sample_model() {
  Model m;
  Document d;
  d.id = "d1";
  d.path = "samples/pira/input.pdf";
  d.sha256 = "ab";
  d.format = "pdf";
  d.kind = "pira";
  d.organisation = "CCIAA Toscana Nord Ovest";
  d.title = "PIRA 2023/2025";
  d.years = {2023, 2024, 2025};
  d.pages = 9;
  d.genre_score = 0.93;
  d.totals.push_back({"TOTALE GENERALE", "resources", num("€ 1.345.252,03", "1345252.03", "EUR")});
  m.documents.push_back(d);

  Node n;
  n.id = "d1/OS_2.3TransEcoDigit";
  n.doc = "d1";
  n.code = "OS_2.3TransEcoDigit";
  n.level = "strategic";
  n.title = "Sostenere la doppia transizione ecologica e digitale";
  n.weight = num("16,67%", "16.67", "%");
  n.resources = {num("3.020.679,80 Euro", "3020679.80", "EUR")};
  n.mission = "011";
  n.indicators_share = num("40,00%", "40.00", "%");
  n.programme = "005";
  n.source = Source{"d1", 3, BBox{36.0, 100.123, 560.5, 120.0}, "", ""};
  m.nodes.push_back(n);

  Indicator i;
  i.id = "d1/OS_2.3TransEcoDigit/OC_TD_04";
  i.doc = "d1";
  i.node = n.id;
  i.code = "OC_TD_04";
  i.name = "Grado di coinvolgimento delle imprese";
  i.formula = "N_Imprese_Dig4.0 / N_ImprAtt";
  i.formula_text = "N. imprese assistite / 100 imprese attive";
  i.variables = {"N_Imprese_Dig4.0", "N_ImprAtt"};
  i.unit = "N.";
  i.type = "Efficacia";
  i.polarity = "higher";
  i.weight = num("25,00%", "25.00", "%");
  i.targets = {target(2023, ">= 0,23 N.", Op::ge, "0.23", "N.", TargetKind::number),
               target(2025, "= 0,23 N.", Op::eq, "0.23", "N.", TargetKind::number)};
  Target label = target(2024, "ITP < -10", Op::lt, "-10", "", TargetKind::number);
  label.unit.reset();
  label.label = "ITP";
  i.targets.push_back(label);
  Target na;
  na.year = 2022;
  na.raw = "N/D";
  na.status = TargetStatus::not_available;
  i.baselines.push_back(na);
  i.achievement = {YearNumber{2023, num("98,00%", "98.00", "%")}};
  i.source = Source{"d1", 3, BBox{36, 200, 300, 260}, "", ""};
  // Values keep their own cells (an extension): a PDF box and a sheet cell.
  i.targets[0].source = Source{"d1", 3, BBox{400, 200, 450, 212}, "", ""};
  i.weight->source = Source{"d1", 0, std::nullopt, "Cruscotto", "C7"};
  m.indicators.push_back(i);

  Finding f;
  f.rule = "target.operator";
  f.severity = Severity::warning;
  f.subject = i.id;
  f.message = "the operator changes from >= to = in 2025";
  f.expected = ">=";
  f.actual = "=";
  f.sources = {i.source};
  m.findings.push_back(f);

  Unassigned u;
  u.doc = "d1";
  u.source = Source{"d1", 0, std::nullopt, "Cruscotto", "A1"};
  u.text = "CRUSCOTTO STRATEGICO";
  u.role = "boilerplate";
  m.unassigned.push_back(u);
  m.links.push_back(Link{"d1/x", "d2/x", "name", 0.75});
  m.diagnostics.push_back(Diagnostic{Severity::warning, "value.ambiguous", "read as text", Source{"d1", 2, {}, "", ""}});
  return m;
}

}  // namespace

TEST_CASE("model JSON follows the contract's field names", "[model][json]") {
  Json j = to_json(sample_model());
  CHECK(j["schema"] == "allegato/1");
  const Json& ind = j["indicators"][0];
  CHECK(ind["targets"][0]["op"] == ">=");
  CHECK(ind["targets"][0]["value"] == "0.23");
  CHECK(ind["targets"][0]["unit"] == "N.");
  CHECK(ind["targets"][0]["kind"] == "number");
  CHECK(ind["targets"][0]["status"] == "set");
  CHECK(ind["targets"][0]["value2"].is_null());
  CHECK(ind["targets"][2]["label"] == "ITP");
  CHECK(ind["baselines"][0]["status"] == "not_available");
  CHECK(ind["baselines"][0]["op"].is_null());
  CHECK(ind["weight"]["raw"] == "25,00%");
  CHECK(ind["weight"]["value"] == "25.00");
  CHECK(ind["achievement"][0]["year"] == 2023);
  CHECK(ind["achievement"][0]["value"] == "98.00");
  CHECK(j["nodes"][0]["resources"][0]["value"] == "3020679.80");
  CHECK(j["nodes"][0]["parent"].is_null());
  CHECK(j["nodes"][0]["source"]["page"] == 3);
  CHECK(j["nodes"][0]["source"]["bbox"][1] == 100.12);
  CHECK(j["unassigned"][0]["sheet"] == "Cruscotto");
  CHECK(j["unassigned"][0]["cell"] == "A1");
  CHECK(j["findings"][0]["sources"].size() == 1);
}

TEST_CASE("model JSON is deterministic and round-trips", "[model][json]") {
  Model m = sample_model();
  const std::string first = write_model_json(m);
  CHECK(first == write_model_json(m));
  Model back = read_model_json(first, "mem.json");
  // Coordinates are rounded to two decimals on the way out.
  m.nodes[0].source.bbox->y0 = 100.12;
  CHECK(back == m);
  CHECK(write_model_json(back) == first);
}

TEST_CASE("model JSON written as it is made has the bytes of the whole tree", "[model][json]") {
  // A finding's sources are streamed one by one (write_model_json): the
  // text must stay that of dump(2), whatever the number of sources.
  Model m = sample_model();
  Finding none = m.findings.front();
  none.sources.clear();
  Finding many = m.findings.front();
  for (int i = 0; i < 3; ++i) {
    Source s{"d1", 0, std::nullopt, "Foglio", "B" + std::to_string(i + 2)};
    s.label = "weight of " + std::to_string(i);
    many.sources.push_back(s);
  }
  m.findings.push_back(none);
  m.findings.push_back(many);
  CHECK(write_model_json(m) == to_json(m).dump(2) + "\n");
  m.findings.clear();
  CHECK(write_model_json(m) == to_json(m).dump(2) + "\n");
}

TEST_CASE("model JSON reader names what is wrong", "[model][json]") {
  CHECK_THROWS_WITH(read_model_json("not json", "x.json"), Catch::Contains("not valid JSON"));
  CHECK_THROWS_WITH(read_model_json(R"({"schema":"other/2"})", "x.json"), Catch::Contains("allegato/1"));
  CHECK_THROWS_WITH(read_model_json(R"({"schema":"allegato/1","nodes":[{"title":"x"}]})", "x.json"),
                    Catch::Contains("nodes[0]") && Catch::Contains("id"));
  CHECK_THROWS_WITH(
      read_model_json(R"({"schema":"allegato/1","indicators":[{"id":"a","targets":[{"raw":"x","op":"~"}]}]})", "x.json"),
      Catch::Contains("unknown op"));
  CHECK_THROWS_WITH(read_model_json(R"({"schema":"allegato/1","nodes":[{"id":"a","weight":{"raw":"1","value":"1,5"}}]})", "x.json"),
                    Catch::Contains("canonical decimal"));
}

TEST_CASE("slugify gives stable ASCII ids", "[model]") {
  CHECK(slugify("Grado di soddisfacimento degli utenti che accedono alla Biblioteca") ==
        slugify("Grado di soddisfacimento degli utenti che accedono alla Biblioteca"));
  CHECK(slugify("Qualità dei servizi") == "qualita-dei-servizi");
  CHECK(slugify("").size() > 0);
  CHECK(slugify(std::string(200, 'a')).size() <= 48);
}

TEST_CASE("sha256 matches the FIPS test vectors", "[core]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
