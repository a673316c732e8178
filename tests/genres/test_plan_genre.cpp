#include <catch2/catch.hpp>
#include <iostream>

#include "../samples/truth_compare.hpp"
#include "genres/genres.hpp"
#include "synthetic_doc.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {
void print_comparison(const std::string& name, const TruthComparison& c) {
  std::cout << name << ":\n";
  for (const auto& [family, s] : c.fields) {
    std::cout << "  " << family << ": P " << s.precision() << " R " << s.recall() << " (" << s.shared << "/" << s.truth
              << " truth, " << s.model << " model)\n";
  }
  for (std::size_t i = 0; i < c.missing.size() && i < 15; ++i) std::cout << "  missing " << c.missing[i] << "\n";
  for (std::size_t i = 0; i < c.extra.size() && i < 15; ++i) std::cout << "  extra   " << c.extra[i] << "\n";
}
}  // namespace

TEST_CASE("plan: the seed-000 table read from its truth cells gives the truth model", "[genres][plan]") {
  const auto dir = samples_dir() / "plan";
  const auto truth = nlohmann::json::parse(read_file(dir / "truth.json"));
  std::vector<std::string> boiler;
  for (const auto& b : truth["boilerplate"]) boiler.push_back(b.get<std::string>());
  const ExtractedDocument doc = doc_from_truth_tables(dir / "truth-tables.json", "pdf", boiler);
  const auto scores = score_genres(doc);
  REQUIRE(scores.front().genre == "plan");
  Model model;
  import_document(doc, "d1", {}, model);
  const auto c = compare_with_truth(model, truth);
  print_comparison("plan (truth cells)", c);
  CHECK(model.documents[0].kind == "plan");
  CHECK(model.documents[0].organisation == "CCIAA di Massa-Carrara");
  CHECK(model.documents[0].years == std::vector<int>{2022, 2023, 2024});
  for (const auto& [family, s] : c.fields) {
    INFO(family);
    CHECK(s.recall() == 1.0);
    CHECK(s.precision() == 1.0);
  }
  for (const auto& u : model.unassigned) {
    INFO(u.text);
    // Structure only: headers, page furniture, and labels ("Indicatori",
    // "Obiettivi operativi") whose meaning the reader used.
    CHECK((u.role == "header" || u.role == "boilerplate" || u.role == "label"));
  }
}
