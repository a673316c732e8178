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
