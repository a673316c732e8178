// The variant samples made by another hand from written layout
// descriptions (samples/variants/, see TRUTH.md there): every case imports
// without an error; the tuned set keeps its field-level F1 and its audit
// (a floor that only rises); the held-out set is measured and printed, never
// asserted beyond "reads without error", so that nobody tunes on it.
#include <catch2/catch.hpp>

#include <iostream>

#include "variant_scoring.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {
struct SetTotals {
  FieldScore fields;
  int cases = 0, errors = 0, found = 0, expected = 0, alarms = 0;
  int losing = 0;  // cases with printed words in neither the model nor unassigned
};

SetTotals score_set(const std::string& set) {
  SetTotals t;
  const auto dir = samples_dir() / "variants" / set;
  std::vector<std::filesystem::path> cases;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.is_directory() && std::filesystem::exists(e.path() / "truth.json")) cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  for (const auto& c : cases) {
    const CaseScore s = score_case(c, set);
    ++t.cases;
    if (!s.error.empty()) {
      ++t.errors;
      std::cout << set << " " << s.name << ": import failed: " << s.error << "\n";
    }
    t.fields.truth += s.fields.truth;
    t.fields.model += s.fields.model;
    t.fields.shared += s.fields.shared;
    t.found += s.found_findings;
    t.expected += s.expected_findings;
    t.alarms += s.false_alarms;
    if (!s.lost_words.empty()) {
      ++t.losing;
      std::cout << set << " " << s.name << ": words lost:";
      for (const auto& w : s.lost_words) std::cout << " " << w;
      std::cout << "\n";
    }
  }
  std::cout << set << ": " << t.cases << " cases, field P " << t.fields.precision() << " R " << t.fields.recall() << " F1 "
            << f1(t.fields) << ", faults found " << t.found << "/" << t.expected << ", false alarms " << t.alarms << "\n";
  return t;
}
}  // namespace

TEST_CASE("variants: the tuned set keeps its scores", "[samples][variants]") {
  const SetTotals t = score_set("tuned");
  REQUIRE(t.cases >= 30);
  CHECK(t.errors == 0);
  // Measured 2026-12-08 (end of session 11) on 229 cases at F1 0.925,
  // 95/107 faults, 13 false alarms, no case losing words. The 36 cases
  // from other hands added in that session (gen12/fam12, gen13/fam13,
  // fam14: tools/samples15-17) arrived at F1 0.32-0.66 on the session's
  // first binary. A floor a little under it, raised as the reader improves.
  CHECK(f1(t.fields) >= 0.915);
  CHECK(t.found >= 94);
  CHECK(t.alarms <= 15);
  // Nothing printed is dropped.
  CHECK(t.losing == 0);
}

TEST_CASE("variants: every held-out case reads without an error (scores printed, not asserted)", "[samples][variants]") {
  const SetTotals t = score_set("heldout");
  REQUIRE(t.cases >= 20);
  CHECK(t.errors == 0);
}
