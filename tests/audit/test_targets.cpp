#include <catch2/catch.hpp>

#include "audit/polarity.hpp"
#include "audit_fixtures.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {

Model one_indicator(const std::vector<std::string>& target_cells, const std::string& unit = "N.",
                    const std::vector<std::string>& baseline_cells = {}) {
  // The document covers the years the targets name (from 2023): every other
  // rule is tested without target.missing getting in the way.
  std::vector<int> years;
  for (std::size_t k = 0; k < target_cells.size(); ++k) years.push_back(2023 + static_cast<int>(k));
  ModelBuilder b;
  auto d = b.doc("plan", years);
  b.node(d, "3.1", "", "100,00%", "strategic");
  auto& i = b.indicator(d + "/3.1", "X", "100,00%", unit);
  i.targets = targets(target_cells, 2023);
  i.baselines = targets(baseline_cells, 2023 - static_cast<int>(baseline_cells.size()));
  return b.model;
}

}  // namespace

TEST_CASE("polarity table: operators and units", "[audit][polarity]") {
  CHECK(polarity_of_op(Op::ge) == Polarity::higher);
  CHECK(polarity_of_op(Op::gt) == Polarity::higher);
  CHECK(polarity_of_op(Op::le) == Polarity::lower);
  CHECK(polarity_of_op(Op::lt) == Polarity::lower);
  CHECK(polarity_of_op(Op::eq) == Polarity::target);
  CHECK(polarity_of_op(Op::range) == Polarity::target);
  CHECK(polarity_of_op(Op::none) == Polarity::unknown);
  Indicator i;
  i.targets = targets({">= 0,23 N.", ">= 0,23 N.", "= 0,23 N."}, 2023);
  CHECK(infer_polarity(i) == Polarity::higher);  // the directional operator wins over "="
  i.targets = targets({"<= 210 gg"}, 2023);
  CHECK(infer_polarity(i) == Polarity::lower);
  i.targets = targets({"180"}, 2023);
  i.unit = "gg";
  CHECK(infer_polarity(i) == Polarity::lower);  // days: fewer is better
  i.unit = "N.";
  CHECK(infer_polarity(i) == Polarity::unknown);
  i.polarity = "higher";
  CHECK(effective_polarity(i) == Polarity::higher);  // declared wins
  Model m = one_indicator({"<= 5 gg"}, "gg");
  fill_polarity(m);
  CHECK(m.indicators[0].polarity == "lower");
}

TEST_CASE("unit classes", "[audit][polarity]") {
  CHECK(unit_class(std::string("%")) == UnitClass::percent);
  CHECK(unit_class(std::string("N.")) == UnitClass::count);
  CHECK(unit_class(std::string("n.")) == UnitClass::count);
  CHECK(unit_class(std::string("gg")) == UnitClass::days);
  CHECK(unit_class(std::string("EUR")) == UnitClass::money);
  CHECK(unit_class(std::string("\xE2\x82\xAC")) == UnitClass::money);
  CHECK(unit_class(std::string("testate")) == UnitClass::unknown);
  CHECK(unit_class(std::nullopt) == UnitClass::unknown);
}

TEST_CASE("target.operator: >= 0,23, >= 0,23, = 0,23 (seed 002 OC_TD_04)", "[audit][target]") {
  auto f = of_rule(audited(one_indicator({">= 0,23 N.", ">= 0,23 N.", "= 0,23 N."})), "target.operator");
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == ">=");
  CHECK(f[0].actual == "2025: = 0,23 N.");
  CHECK(audited(one_indicator({">= 0,23 N.", ">= 0,23 N.", ">= 0,23 N."})).empty());
  Model noted = one_indicator({">= 0,23 N.", ">= 0,23 N.", "= 0,23 N."});
  noted.indicators[0].notes = {"Modifica target D CC 25/10/2022"};
  CHECK(of_rule(audited(noted), "target.operator").empty());
}

TEST_CASE("target.declining is polarity-aware (seed 000 N_Strumenti_dig)", "[audit][target]") {
  CHECK(has(audited(one_indicator({">= 6 N.", ">= 5 N.", ">= 4 N."})), "target.declining", "d1/3.1/X"));
  CHECK(has(audited(one_indicator({"<= 10 gg", "<= 12 gg", "<= 15 gg"}, "gg")), "target.declining", "d1/3.1/X"));
  CHECK(audited(one_indicator({"<= 15 gg", "<= 12 gg", "<= 10 gg"}, "gg")).empty());
  CHECK(audited(one_indicator({">= 20,00 %", ">= 21,00 %", ">= 22,00 %"}, "%")).empty());
  // Deadlines move with the year; ordinals stay; neither is declining.
  CHECK(audited(one_indicator({"<= 31/12/2023", "<= 31/12/2024", "<= 31/12/2025"}, "date")).empty());
  CHECK(audited(one_indicator({"> Medio", "> Medio", "> Medio"}, "")).empty());
  CHECK(has(audited(one_indicator({">= Alto", ">= Medio", ">= Basso"}, "")), "target.declining", "d1/3.1/X"));
}

TEST_CASE("target.unambitious: easier than the latest baseline, both directions", "[audit][target]") {
  CHECK(has(audited(one_indicator({">= 100 N."}, "N.", {"147 N.", "269 N.", "188 N."})), "target.unambitious",
            "d1/3.1/X"));
  CHECK(has(audited(one_indicator({"<= 210 gg"}, "gg", {"N/D", "195 gg"})), "target.unambitious", "d1/3.1/X"));
  CHECK(audited(one_indicator({">= 190 N."}, "N.", {"147 N.", "269 N.", "188 N."})).empty());
  CHECK(audited(one_indicator({">= 188 N."}, "N.", {"188 N."})).empty());  // keeping the level is fine
  CHECK(audited(one_indicator({"<= 180 gg"}, "gg", {"195 gg"})).empty());
  CHECK(audited(one_indicator({"> Medio"}, "", {"Medio"})).empty());
}

TEST_CASE("target.unit: a % target on an N. indicator (seed 002 IS_DirAnnConfrPareto)", "[audit][target]") {
  CHECK(has(audited(one_indicator({">= 67 %", ">= 67%.", ">= 67%."}, "N.")), "target.unit", "d1/3.1/X"));
  CHECK(audited(one_indicator({">= 67 %", ">= 67 %", ">= 67 %"}, "%")).empty());
  CHECK(audited(one_indicator({">= 3 testate"}, "N.")).empty());  // unknown units are not judged
}

TEST_CASE("target.missing: N/D is missing, Anno di rilevazione and Annuale are not", "[audit][target]") {
  CHECK(has(audited(one_indicator({">= 4 N.", "N/D", ">= 4 N."})), "target.missing", "d1/3.1/X"));
  CHECK(audited(one_indicator({"Anno di rilevazione", ">= 4 N.", ">= 4 N."})).empty());
  CHECK(audited(one_indicator({"Annuale", "Annuale", "Annuale"})).empty());
}

TEST_CASE("target.missing: a horizon shared in the document is info, an isolated gap a warning", "[audit][target]") {
  ModelBuilder b;
  auto d = b.doc();
  b.node(d, "1.1", "", "100,00%", "strategic");
  b.node(d, "1.1.1", d + "/1.1", "100,00%", "operational");
  // Operational indicators set the first year only (no cell, or a blank one
  // marked missing): reported, as info, saying the horizon is shared.
  b.indicator(d + "/1.1.1", "A", "50,00%").targets = targets({">= 8 N."}, 2023);
  b.indicator(d + "/1.1.1", "B", "50,00%").targets = targets({">= 80 N.", "", ""}, 2023);
  REQUIRE(b.model.indicators.back().targets[1].status == TargetStatus::missing);
  // Strategic indicators set three years; one lacks 2025: a warning.
  b.indicator(d + "/1.1", "S1", "33,33%").targets = targets({">= 1", ">= 1", ">= 1"}, 2023);
  b.indicator(d + "/1.1", "S2", "33,33%").targets = targets({">= 1", ">= 1", ">= 1"}, 2023);
  b.indicator(d + "/1.1", "S3", "33,34%").targets = targets({">= 1", ">= 1"}, 2023);
  auto f = of_rule(audited(b.model), "target.missing");
  REQUIRE(f.size() == 3);  // sorted by subject: d1/1.1.1/A, d1/1.1.1/B, d1/1.1/S3
  for (int k : {0, 1}) {
    CHECK(f[k].severity == Severity::info);
    CHECK(f[k].actual.value_or("") == "2024 (no target), 2025 (no target)");
    CHECK(f[k].message.find("like 1 other indicator of this document") != std::string::npos);
  }
  CHECK(f[0].subject == "d1/1.1.1/A");
  CHECK(f[1].subject == "d1/1.1.1/B");
  CHECK(f[2].subject == "d1/1.1/S3");
  CHECK(f[2].severity == Severity::warning);
  CHECK(f[2].actual.value_or("") == "2025 (no target)");
  // N/D is a warning even where the horizon would be shared.
  b.model.indicators[1].targets[1] = parse_target("N/D", 2024);
  auto g = of_rule(audited(b.model), "target.missing");
  REQUIRE(g.size() == 3);
  CHECK(g[1].subject == "d1/1.1.1/B");
  CHECK(g[1].severity == Severity::warning);
  CHECK(g[1].actual.value_or("") == "2024 (N/D), 2025 (no target)");
}

TEST_CASE("a per-indicator rule failing on four indicators or more and half of those with targets is a pattern: info", "[audit][target][convention]") {
  auto model_with = [](int declining, int fine) {
    ModelBuilder b;
    auto d = b.doc("plan", {2023, 2024, 2025});
    b.node(d, "3.1", "", "100,00%", "strategic");
    for (int k = 0; k < declining + fine; ++k) {
      auto& i = b.indicator(d + "/3.1", "X" + std::to_string(k), "", "N.");
      i.targets = targets(k < declining ? std::vector<std::string>{">= 6 N.", ">= 5 N.", ">= 4 N."}
                                        : std::vector<std::string>{">= 4 N.", ">= 5 N.", ">= 6 N."},
                          2023);
    }
    return b.model;
  };
  // One slip among many: an error.
  for (const auto& f : of_rule(audited(model_with(1, 6)), "target.declining")) CHECK(f.severity != Severity::info);
  // Three of six: still each its own finding.
  for (const auto& f : of_rule(audited(model_with(3, 3)), "target.declining")) CHECK(f.severity != Severity::info);
  // Five of seven: the document's pattern, each kept as info saying so.
  const auto pattern = of_rule(audited(model_with(5, 2)), "target.declining");
  REQUIRE(pattern.size() == 5);
  for (const auto& f : pattern) {
    CHECK(f.severity == Severity::info);
    CHECK_THAT(f.message, Catch::Contains("like 4 other indicators of this document"));
  }
}
