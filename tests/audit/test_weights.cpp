#include <catch2/catch.hpp>

#include "audit_fixtures.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {

Model siblings(const std::vector<std::string>& weights, const std::string& parent_weight = "100,00%") {
  ModelBuilder b;
  auto d = b.doc();
  b.node(d, "2.1", "", parent_weight, "strategic");
  int k = 1;
  for (const auto& w : weights) b.node(d, "2.1." + std::to_string(k++), d + "/2.1", w);
  return b.model;
}

}  // namespace

TEST_CASE("weight.sum: a missing 10% is an error with every sibling as a source", "[audit][weight]") {
  auto f = of_rule(audited(siblings({"30,00%", "30,00%", "30,00%"})), "weight.sum");
  REQUIRE(f.size() == 1);
  CHECK(f[0].subject == "d1/2.1");
  CHECK(f[0].severity == Severity::error);
  CHECK(f[0].expected == "100");
  CHECK(f[0].actual == "90.00");
  CHECK(f[0].sources.size() == 3);
}

TEST_CASE("weight.rounding: 99,99% and 100,01% are info, not weight.sum", "[audit][weight]") {
  for (auto weights : {std::vector<std::string>{"33,33%", "33,33%", "33,33%"},
                       std::vector<std::string>{"33,34%", "33,34%", "33,33%"}}) {
    auto all = audited(siblings(weights));
    CHECK(of_rule(all, "weight.sum").empty());
    auto r = of_rule(all, "weight.rounding");
    REQUIRE(r.size() == 1);
    CHECK(r[0].severity == Severity::info);
  }
  CHECK(audited(siblings({"33,33%", "33,33%", "33,34%"})).empty());
}

TEST_CASE("weight tolerance: the option moves the line between rounding and error", "[audit][weight]") {
  const Model m = siblings({"33,30%", "33,30%", "33,30%"});  // 99,90%
  CHECK(has(audited(m), "weight.sum", "d1/2.1"));
  AuditOptions loose;
  loose.weight_tolerance = *Decimal::parse("0.2");
  auto all = audited(m, loose);
  CHECK(of_rule(all, "weight.sum").empty());
  CHECK(has(all, "weight.rounding", "d1/2.1"));
}

TEST_CASE("weight rounding follows the printed precision: 33% x 3 is rounding", "[audit][weight]") {
  auto all = audited(siblings({"33%", "33%", "33%"}));
  CHECK(of_rule(all, "weight.sum").empty());
  CHECK(has(all, "weight.rounding", "d1/2.1"));
}

TEST_CASE("weights that sum to the parent's own weight pass (absolute weights, seed 004)", "[audit][weight]") {
  CHECK(!has(audited(siblings({"9,0%", "9,0%", "9,0%"}, "27,0%")), "weight.sum", "d1/2.1"));
  CHECK(has(audited(siblings({"9,0%", "9,0%", "8,0%"}, "27,0%")), "weight.sum", "d1/2.1"));
}

TEST_CASE("weights across unweighted perspectives may sum to 100% as a level", "[audit][weight]") {
  ModelBuilder b;
  auto d = b.doc("report", {2017});
  b.node(d, "P1", "", "", "perspective");
  b.node(d, "P2", "", "", "perspective");
  b.node(d, "1.1", d + "/P1", "6,0%", "strategic");
  b.node(d, "1.2", d + "/P1", "54,0%", "strategic");
  b.node(d, "2.1", d + "/P2", "40,0%", "strategic");
  CHECK(of_rule(audited(b.model), "weight.sum").empty());
  b.model.nodes.back().weight = num("30,0%");
  CHECK(!of_rule(audited(b.model), "weight.sum").empty());
}

TEST_CASE("weight.missing: some siblings weighted, others not", "[audit][weight]") {
  ModelBuilder b;
  auto d = b.doc("plan", {});  // no plan years: indicators without targets are not target.missing here
  b.node(d, "1.1", "", "100,00%", "strategic");
  b.indicator(d + "/1.1", "A", "50,00%");
  b.indicator(d + "/1.1", "B");
  auto all = audited(b.model);
  CHECK(has(all, "weight.missing", "d1/1.1"));
  CHECK(of_rule(all, "weight.sum").empty());  // a sum over a partial list means nothing
  b.model.indicators.back().weight = num("50,00%");
  CHECK(audited(b.model).empty());
}

TEST_CASE("weight.range: 0% and above 100%", "[audit][weight]") {
  CHECK(has(audited(siblings({"0,00%", "100,00%"})), "weight.range", "d1/2.1.1"));
  CHECK(has(audited(siblings({"120,00%"}, "120,00%")), "weight.range", "d1/2.1.1"));
  CHECK(of_rule(audited(siblings({"40,00%", "60,00%"})), "weight.range").empty());
}

TEST_CASE("hostile numbers never make the audit throw", "[audit][robust]") {
  ModelBuilder b;
  auto d = b.doc();
  b.node(d, "1", "", "99999999999999999999999999,99999%", "strategic");
  b.node(d, "1.1", d + "/1", "0,00000000000000000000000000001%");
  auto& i = b.indicator(d + "/1.1", "X", "100,00%", "N.");
  i.targets = targets({">= 0,000000000000000000000000001", ">= 99999999999999999999999999999"}, 2023);
  i.results = {parse_target("99999999999999999999999999999", 2023)};
  i.achievement = {{2023, num("99999999999999999999999999999%")}};
  b.model.nodes[0].achievement = {{2023, num("0,0000000000000000000000000001%")}};
  CHECK_NOTHROW(audited(b.model));
}

TEST_CASE("indicators weighed in points under objectives with no weight sum to the document's total, not per objective, and points earned are no percentage", "[audit][weight][points]") {
  ModelBuilder b;
  const std::string d = b.doc("report", {2025});
  b.node(d, "1");
  b.node(d, "2");
  auto& first = b.indicator(d + "/1", "K1", "60 punti");
  first.targets = targets({">= 180"}, 2025);
  first.results = targets({"186"}, 2025);
  first.achievement.push_back({2025, num("60 punti")});
  auto& second = b.indicator(d + "/2", "K2", "40 punti");
  second.targets = targets({">= 90%"}, 2025);
  second.results = targets({"84%"}, 2025);
  second.achievement.push_back({2025, num("31 punti")});
  b.model.nodes[0].achievement.push_back({2025, num("60 punti")});
  const auto all = audited(b.model);
  CHECK(of_rule(all, "weight.sum").empty());
  CHECK(of_rule(all, "achievement.mismatch").empty());
  CHECK(of_rule(all, "achievement.rollup").empty());
  // Points that do not reach the total are still a fault, per objective.
  ModelBuilder short_of;
  const std::string e = short_of.doc("plan", {2025});
  short_of.node(e, "1");
  short_of.node(e, "2");
  short_of.indicator(e + "/1", "K1", "60 punti");
  short_of.indicator(e + "/2", "K2", "30 punti");
  CHECK(!of_rule(audited(short_of.model), "weight.sum").empty());
}

namespace {
// Areas 1..n weighed 50/50 among their two objectives, the first `wrong`
// of them 30/30 instead.
Model areas_with_pairs(int n, int wrong) {
  ModelBuilder b;
  auto d = b.doc();
  for (int a = 1; a <= n; ++a) {
    const std::string area = std::to_string(a);
    b.node(d, area, "", std::to_string(100 / n) + "%", "area");
    const std::string w = a <= wrong ? "30,00%" : "50,00%";
    b.node(d, area + ".1", d + "/" + area, w);
    b.node(d, area + ".2", d + "/" + area, w);
  }
  return b.model;
}
}  // namespace

TEST_CASE("weight.sum: a document whose groups mostly miss 100% weighs another way: each is info, saying how many share it", "[audit][weight]") {
  // One group of five missing is an error.
  auto one = of_rule(audited(areas_with_pairs(5, 1)), "weight.sum");
  REQUIRE(one.size() == 1);
  CHECK(one[0].severity == Severity::error);
  // Three of five (and the areas' own group sums to 100): the document's way.
  auto most = of_rule(audited(areas_with_pairs(5, 3)), "weight.sum");
  REQUIRE(most.size() == 3);
  for (const auto& f : most) {
    CHECK(f.severity == Severity::info);
    CHECK_THAT(f.message, Catch::Contains("like 2 other groups of this document"));
  }
  // Two missing are never a convention.
  for (const auto& f : of_rule(audited(areas_with_pairs(3, 2)), "weight.sum")) CHECK(f.severity == Severity::error);
}

TEST_CASE("weight.sum: points are counted, not rounded: 10 + 8 + 4 + 1 of an area's 25 points is an error", "[audit][weight][points]") {
  // (The fixture's one root, 25 points alone, is a group of its own: only 2.1's children are looked at.)
  std::vector<Finding> children;
  for (auto& f : of_rule(audited(siblings({"10 punti", "8 punti", "4 punti", "1 PUNTO"}, "25 punti")), "weight.sum"))
    if (f.subject == "d1/2.1") children.push_back(f);
  REQUIRE(children.size() == 1);
  CHECK(children[0].severity == Severity::error);
  CHECK_THAT(children[0].message, Catch::Contains("sum to 23 points") && Catch::Contains("not 25 points"));
  CHECK_FALSE(has(audited(siblings({"12 punti", "13 punti"}, "25 punti")), "weight.sum", "d1/2.1"));
  CHECK_FALSE(has(audited(siblings({"12 punti", "13 punti"}, "25 punti")), "weight.rounding", "d1/2.1"));
}

TEST_CASE("weight.sum: top-level weights sum to the total the document prints for them (40 points of 100)", "[audit][weight][points]") {
  ModelBuilder b;
  auto d = b.doc("list");
  b.node(d, "A", "", "16 punti", "area");
  b.node(d, "B", "", "14 punti", "area");
  b.node(d, "C", "", "10 punti", "area");
  CHECK(has(audited(b.model), "weight.sum", d));
  b.model.documents[0].totals.push_back({"Totale punti obiettivi", "weight", num("40 punti")});
  CHECK_FALSE(has(audited(b.model), "weight.sum", d));
  // A printed total the weights miss is still an error, against that total.
  b.model.nodes[2].weight = num("8 punti");
  const auto found = of_rule(audited(b.model), "weight.sum");
  REQUIRE(found.size() == 1);
  CHECK_THAT(found[0].message, Catch::Contains("sum to 38 points") && Catch::Contains("not 40 points"));
}

TEST_CASE("weight.sum: each unit's objectives sum to the total the document prints for each unit's table", "[audit][weight][points]") {
  // Two managers' schede, each closing on "TOTALE PUNTI OBIETTIVI 40":
  // 40 points per unit is the document's convention, not a fault.
  ModelBuilder b;
  auto d = b.doc("assignment");
  b.node(d, "S1", "", "", "unit");
  b.node(d, "S2", "", "", "unit");
  b.node(d, "1.1", d + "/S1", "28 punti");
  b.node(d, "1.2", d + "/S1", "12 punti");
  b.node(d, "2.1", d + "/S2", "30 punti");
  b.node(d, "2.2", d + "/S2", "8 punti");
  CHECK(has(audited(b.model), "weight.sum", d + "/S1"));
  b.model.documents[0].totals.push_back({"TOTALE PUNTI OBIETTIVI", "weight", num("40")});
  CHECK_FALSE(has(audited(b.model), "weight.sum", d + "/S1"));
  // The unit whose objectives miss the total is still an error.
  CHECK(has(audited(b.model), "weight.sum", d + "/S2"));
}
