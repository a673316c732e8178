#include <catch2/catch.hpp>

#include "outputs/diff.hpp"
#include "outputs_fixtures.hpp"

using namespace allegato;
using namespace allegato::testing;

TEST_CASE("diff of an amended plan: changed target, removed and added indicators, weights", "[diff]") {
  const Model old_model = load_fixture("plan_2022_a.json");
  const Model new_model = load_fixture("plan_2022_amended.json");
  const ModelDiff diff = diff_models(old_model, new_model);
  REQUIRE(diff.removed.size() == 1);
  CHECK(diff.removed[0].key == "1.2/M_Ind_Sint_Prog_20");
  REQUIRE(diff.added.size() == 1);
  CHECK(diff.added[0].key == "1.2/N_Newsletters");
  bool target_changed = false;
  for (const auto& c : diff.changed)
    for (const auto& v : c.values)
      if (c.key == "1.1.1/Nquest_customer" && v.series == "target" && v.year == 2022) {
        target_changed = true;
        CHECK(v.old_raw == ">= 80 N.");
        CHECK(v.new_raw == ">= 90 N.");
      }
  CHECK(target_changed);

  const auto golden = source_dir() / "tests/outputs/golden";
  CHECK(matches_golden(diff_text(diff), golden / "diff.expected.txt"));
  CHECK(matches_golden(diff_json(diff).dump(2) + "\n", golden / "diff.expected.json"));
}

TEST_CASE("diff of a plan with itself is empty", "[diff]") {
  const Model model = load_fixture("plan_2022.json");
  const ModelDiff diff = diff_models(model, model);
  CHECK(diff.empty());
  CHECK(diff_text(diff).find("No changes") != std::string::npos);
}

TEST_CASE("diff pairs a recoded objective by its name", "[diff]") {
  const Model old_model = load_fixture("plan_2022_a.json");
  Model new_model = old_model;
  for (auto& n : new_model.nodes)
    if (n.id == "d1/1.1.1") n.id = "d1/1.1.9";
  for (auto& i : new_model.indicators)
    if (i.node == "d1/1.1.1") {
      i.node = "d1/1.1.9";
      i.id = "d1/1.1.9/" + i.code;
    }
  const ModelDiff diff = diff_models(old_model, new_model);
  CHECK(diff.added.empty());
  CHECK(diff.removed.empty());
  REQUIRE(diff.changed.size() == 2);
  CHECK(diff.changed[0].match == "name");
  CHECK(diff.changed[0].fields.front().field == "id");
  CHECK(diff.changed[0].fields.front().new_value == "1.1.9");
}

TEST_CASE("diff pairs a reworded indicator without a code by name similarity, and says where it is", "[diff]") {
  Model old_model = load_fixture("plan_2022_a.json");
  REQUIRE(!old_model.indicators.empty());
  Indicator& o = old_model.indicators.front();
  REQUIRE(!o.targets.empty());
  // Without a code an indicator's id is the slug of its name: a reworded
  // name is a new id, and only the name can pair it.
  o.code.clear();
  o.name = "Numero di questionari di customer satisfaction raccolti";
  o.id = o.node + "/numero-di-questionari-di-customer-satisfaction-raccolti";
  Model new_model = old_model;
  Indicator& n = new_model.indicators.front();
  n.name = "Numero dei questionari di customer satisfaction raccolti nell'anno";
  n.id = n.node + "/numero-dei-questionari-di-customer-satisfaction-raccolti-nell-anno";
  n.targets.front().raw = ">= 999 N.";
  n.targets.front().value = "999";
  const ModelDiff diff = diff_models(old_model, new_model);
  CHECK(diff.added.empty());
  CHECK(diff.removed.empty());
  REQUIRE(diff.changed.size() == 1);
  const EntityDiff& c = diff.changed.front();
  CHECK(c.match == "similar name");
  bool name_changed = false;
  for (const auto& f : c.fields) name_changed = name_changed || (f.field == "name" && f.new_value == n.name);
  CHECK(name_changed);
  REQUIRE(c.values.size() == 1);
  CHECK(c.values[0].new_raw == ">= 999 N.");
  const std::string text = diff_text(diff);
  CHECK(text.find("(matched by similar name)") != std::string::npos);
  if (n.source.page > 0) CHECK(text.find("  at p. " + std::to_string(n.source.page)) != std::string::npos);
  CHECK(diff_json(diff)["changed"][0].contains("new_source"));

  // Two unrelated names under the same objective stay one removed, one added.
  Model other = old_model;
  other.indicators.front().name = "Tempo medio di evasione delle pratiche";
  other.indicators.front().id = o.node + "/tempo-medio";
  const ModelDiff apart = diff_models(old_model, other);
  CHECK(apart.added.size() == 1);
  CHECK(apart.removed.size() == 1);
}
