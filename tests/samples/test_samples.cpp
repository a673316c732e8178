// The golden test over every genre sample: import_files on the sample's
// input must give the reviewed samples/<name>/expected.json (actual.json is
// written on a mismatch; ALLEGATO_UPDATE_GOLDEN=1 refreshes after review),
// and the model must match the generator's truth.json field by field.
// Where a field is not 100%, the exact facts missed are listed with the
// reason, so that any change, better or worse, shows.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>

#include "model/json_io.hpp"
#include "sample_runs.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {

struct SampleCase {
  const char* name;
  const char* ext;
  const char* kind;
  // Truth facts the model lacks, with why (empty: 100% recall).
  std::vector<std::string> known_missing;
  // Unassigned text without a role (page furniture is "boilerplate", header
  // cells "header"): what the model has no field for.
  std::vector<std::string> known_unassigned;
  bool golden = true;  // expected.json is the PDF's; other formats are compared with it
};

const std::vector<SampleCase>& cases() {
  static const std::vector<SampleCase> c = {
      {"plan", "pdf", "plan", {}, {}},
      // The portrait plan never prints its chamber's name: truth.json knows it from the seed.
      {"plan-portrait", "pdf", "plan", {"document: organisation | CCIAA di Massa-Carrara"},
       // The subtitle: Document has no field for it.
       {"Albero della performance: aree, obiettivi e indicatori"}},
      {"pira",
       "pdf",
       "pira",
       {},
       // The closing amounts outside the objectives: the model has no document-level resources.
       {"Risorse non contemplate negli obiettivi sopra riportati", "Servizi per conto terzi e partite di giro",
        "€ 2.634.790,62 – missione 90, programma001, divisione 1, gruppo 3",
        "Debiti da finanziamento dell’amministrazione:",
        "€ 95.000,00 – missione 091, programma 001, divisione 1, gruppo 3", "€ 21.563.820,47 – TOTALE GENERALE"}},
      // The subtitle (deliberation reference): Document has no field for it.
      {"report", "pdf", "report", {}, {"All. 1) alla deliberazione di Giunta Camerale n. 61 del 25.05.18"}},
      {"dashboard", "pdf", "dashboard", {}, {}},
      {"dashboard", "xlsx", "dashboard", {}, {}, false},
      {"dashboard", "ods", "dashboard", {}, {}, false},
      {"assignment", "pdf", "assignment", {}, {}},
  };
  return c;
}

nlohmann::json truth_of(const std::string& name) {
  return nlohmann::json::parse(read_file(samples_dir() / name / "truth.json"));
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("samples: every genre sample gives its reviewed expected.json", "[samples][golden]") {
  for (const auto& c : cases()) {
    if (!c.golden) continue;
    DYNAMIC_SECTION(c.name) {
      const Model model = import_sample(sample_input(c.name, c.ext));
      CHECK(matches_golden(write_model_json(model), samples_dir() / c.name / "expected.json"));
    }
  }
}

TEST_CASE("samples: field-level precision and recall against truth.json", "[samples][truth]") {
  for (const auto& c : cases()) {
    DYNAMIC_SECTION(c.name << "." << c.ext) {
      const Model model = import_sample(sample_input(c.name, c.ext));
      REQUIRE(model.documents.size() == 1);
      CHECK(model.documents[0].kind == c.kind);
      const auto comparison = compare_with_truth(model, truth_of(c.name));
      print_comparison(c.name, comparison);
      // Precision is 100% on every sample: nothing the model says is wrong.
      CHECK(comparison.extra.empty());
      CHECK(comparison.total().precision() == 1.0);
      // Recall is 100% but for the facts listed (and explained) above.
      std::vector<std::string> missing = comparison.missing;
      for (auto& m : missing) m = squash(m);
      std::vector<std::string> expected;
      for (const auto& m : c.known_missing) expected.push_back(squash(m));
      CHECK(sorted(missing) == sorted(expected));
    }
  }
}

TEST_CASE("samples: nothing is lost, every word is in an entity or listed", "[samples][words]") {
  for (const auto& c : cases()) {
    DYNAMIC_SECTION(c.name << "." << c.ext) {
      const auto input = sample_input(c.name, c.ext);
      const Model model = import_sample(input);
      const WordShare share = word_share(input, model);
      std::cout << c.name << "." << c.ext << ": " << share.total << " words, assigned to entities " << share.assigned()
                << ", with headers and boilerplate " << share.accounted() << "\n";
      // Every word the document holds is either in the model or in unassigned:
      // the words listed in unassigned plus those in entities cover the page.
      std::size_t listed = 0;
      for (const auto& u : model.unassigned) listed += genres::count_words(u.text);
      CHECK(listed <= share.total);
      CHECK(share.assigned() > 0.9);
      std::vector<std::string> unassigned;
      for (const auto& u : model.unassigned) {
        if (u.role.empty()) unassigned.push_back(squash(u.text));
      }
      std::vector<std::string> expected;
      for (const auto& t : c.known_unassigned) expected.push_back(squash(t));
      CHECK(sorted(unassigned) == sorted(expected));
    }
  }
}

namespace {
// The model without provenance: what a PDF and a workbook of one dashboard share.
nlohmann::ordered_json without_provenance(const Model& m) {
  Model copy = m;
  for (auto& d : copy.documents) {
    d.path.clear();
    d.sha256.clear();
    d.format.clear();
    d.pages = 0;
    d.genre_score = 0;
  }
  auto forget = [](auto& values) {
    for (auto& v : values) v.source.reset();
  };
  for (auto& n : copy.nodes) {
    n.source = Source{};
    if (n.weight) n.weight->source.reset();
    forget(n.resources);
    for (auto& a : n.achievement) a.number.source.reset();
  }
  for (auto& i : copy.indicators) {
    i.source = Source{};
    if (i.weight) i.weight->source.reset();
    forget(i.baselines);
    forget(i.targets);
    forget(i.results);
    for (auto& a : i.achievement) a.number.source.reset();
  }
  copy.unassigned.clear();
  copy.diagnostics.clear();
  copy.findings.clear();
  copy.links.clear();
  return to_json(copy);
}
}  // namespace

TEST_CASE("samples: the dashboard PDF, XLSX and ODS give the same model apart from provenance", "[samples][dashboard]") {
  const Model pdf = import_sample(sample_input("dashboard", "pdf"));
  const Model xlsx = import_sample(sample_input("dashboard", "xlsx"));
  const Model ods = import_sample(sample_input("dashboard", "ods"));
  REQUIRE(pdf.indicators.size() == 58);
  const auto dir = temp_dir("dashboard-formats");
  write_file(dir / "pdf.json", without_provenance(pdf).dump(1));
  write_file(dir / "xlsx.json", without_provenance(xlsx).dump(1));
  write_file(dir / "ods.json", without_provenance(ods).dump(1));
  INFO("models without provenance written to " << dir.string());
  CHECK(without_provenance(xlsx).dump(1) == without_provenance(pdf).dump(1));
  CHECK(without_provenance(ods).dump(1) == without_provenance(pdf).dump(1));
  // Provenance differs: page+bbox against sheet+cell.
  CHECK(pdf.indicators[0].source.page >= 1);
  CHECK(pdf.indicators[0].source.bbox.has_value());
  CHECK(xlsx.indicators[0].source.sheet == "Cruscotto");
  CHECK(xlsx.indicators[0].source.cell == "A3");
  // Every value keeps its own cell.
  const auto printed_2022 = [](const Indicator& i) {
    return std::find_if(i.targets.begin(), i.targets.end(), [](const Target& t) { return t.year == 2022; });
  };
  REQUIRE(printed_2022(xlsx.indicators[0]) != xlsx.indicators[0].targets.end());
  REQUIRE(printed_2022(xlsx.indicators[0])->source);
  CHECK(printed_2022(xlsx.indicators[0])->source->cell == "C3");
  REQUIRE(printed_2022(pdf.indicators[0])->source);
  CHECK(printed_2022(pdf.indicators[0])->source->bbox.has_value());
}
