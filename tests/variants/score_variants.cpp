// score_variants: field-level precision/recall, audit recall, false alarms
// and lost words over the variant samples (samples/variants/<set>/<case>/),
// per case and per set, the tuned and the held-out sets reported apart.
//   score_variants [--set tuned|heldout|all] [--verbose] [--case NAME]
// The held-out set is measured, never tuned on: read its totals, not its
// cases (--verbose prints what each case missed).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>

#include "../samples/variant_scoring.hpp"

using namespace allegato;
using namespace allegato::testing;

// A case of the other annex families: named fam*-<family>-..., or
// <batch>-<family>-... with a family that is no genre (`h5-record-lo-1`;
// `h5-pira-lo-1` is the PIRA genre).
bool is_family_case(const std::string& name) {
  if (name.rfind("fam", 0) == 0) return true;
  static const std::set<std::string> families = {"record", "form",   "flat",  "results", "tree",
                                                 "points", "matrix", "bands", "prose"};
  const auto dash = name.find('-');
  if (dash == std::string::npos) return false;
  const auto next = name.find('-', dash + 1);
  return families.count(name.substr(dash + 1, next - dash - 1)) > 0;
}

int main(int argc, char** argv) {
  std::string only_set = "all", only_case;
  std::string with_prefix;                  // cases whose names start so: one batch apart
  std::vector<std::string> without_prefixes;  // cases whose names do not start so (repeatable)
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--set" && i + 1 < argc) only_set = argv[++i];
    else if (a == "--case" && i + 1 < argc) only_case = argv[++i];
    else if (a == "--prefix" && i + 1 < argc) with_prefix = argv[++i];
    else if (a == "--skip-prefix" && i + 1 < argc) without_prefixes.push_back(argv[++i]);
    else if (a == "--verbose") verbose = true;
    else {
      std::cerr << "usage: score_variants [--set tuned|heldout|all] [--case NAME] [--prefix P] [--skip-prefix P]... [--verbose]\n";
      return 2;
    }
  }
  const auto root = samples_dir() / "variants";
  struct Totals {
    FieldScore fields;
    int cases = 0, expected = 0, found = 0, clean = 0, alarms = 0, errors = 0, lost = 0;
    std::map<std::string, FieldScore> by_family;
  };
  std::map<std::string, Totals> totals;
  for (const char* set : {"tuned", "heldout"}) {
    if (only_set != "all" && only_set != set) continue;
    const auto dir = root / set;
    if (!std::filesystem::exists(dir)) continue;
    std::vector<std::filesystem::path> cases;
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.is_directory() && std::filesystem::exists(e.path() / "truth.json")) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    for (const auto& c : cases) {
      if (!only_case.empty() && c.filename() != only_case) continue;
      const std::string name = c.filename().string();
      if (!with_prefix.empty() && name.rfind(with_prefix, 0) != 0) continue;
      if (std::any_of(without_prefixes.begin(), without_prefixes.end(),
                      [&](const std::string& p) { return name.rfind(p, 0) == 0; }))
        continue;
      const CaseScore s = score_case(c, set);
      // The six genres (issue 10) and the other annex families (fam-*, issue
      // 11) apart, and both together.
      const std::string group = is_family_case(s.name) ? " families" : " genres";
      for (const std::string& key : {std::string(set), std::string(set) + group}) {
      Totals& t = totals[key];
      ++t.cases;
      t.fields.truth += s.fields.truth;
      t.fields.model += s.fields.model;
      t.fields.shared += s.fields.shared;
      for (const auto& [fam, f] : s.families) {
        auto& into = t.by_family[fam];
        into.truth += f.truth;
        into.model += f.model;
        into.shared += f.shared;
      }
      t.expected += s.expected_findings;
      t.found += s.found_findings;
      t.clean += s.clean ? 1 : 0;
      t.alarms += s.false_alarms;
      t.errors += s.error.empty() ? 0 : 1;
      t.lost += s.lost_words.empty() ? 0 : 1;
      }
      std::string kinds;
      for (const auto& k : s.kinds) kinds += (kinds.empty() ? "" : "+") + k;
      std::printf("%-8s %-34s %-22s P %.3f R %.3f F1 %.3f  faults %d/%d  alarms %d  lost %zu%s\n", set,
                  s.name.c_str(), kinds.c_str(), s.fields.precision(), s.fields.recall(), f1(s.fields),
                  s.found_findings, s.expected_findings, s.false_alarms, s.lost_words.size(),
                  s.error.empty() ? "" : ("  ERROR " + s.error).c_str());
      if (verbose) {
        for (const auto& [fam, f] : s.families)
          if (f.shared != f.truth || f.shared != f.model)
            std::printf("           %-18s P %.3f R %.3f (%zu/%zu/%zu)\n", fam.c_str(), f.precision(), f.recall(), f.shared,
                        f.truth, f.model);
        for (std::size_t i = 0; i < s.missing.size() && i < 25; ++i) std::cout << "    missing " << s.missing[i] << "\n";
        for (std::size_t i = 0; i < s.extra.size() && i < 25; ++i) std::cout << "    extra   " << s.extra[i] << "\n";
        for (const auto& m : s.missed_findings) std::cout << "    missed finding " << m << "\n";
        for (const auto& a : s.alarms) std::cout << "    false alarm " << a << "\n";
        if (!s.lost_words.empty()) {
          std::cout << "    lost words:";
          for (std::size_t i = 0; i < s.lost_words.size() && i < 30; ++i) std::cout << " " << s.lost_words[i];
          std::cout << "\n";
        }
      }
    }
  }
  std::cout << "\n";
  for (const auto& [set, t] : totals) {
    std::printf("%-17s %d cases: field P %.3f R %.3f F1 %.3f | faults found %d/%d | false alarms %d on %d clean cases | "
                "cases losing words %d | import errors %d\n",
                set.c_str(), t.cases, t.fields.precision(), t.fields.recall(), f1(t.fields), t.found, t.expected, t.alarms,
                t.clean, t.lost, t.errors);
    if (verbose) {
      for (const auto& [fam, f] : t.by_family)
        std::printf("           %-18s P %.3f R %.3f (%zu shared / %zu truth / %zu model)\n", fam.c_str(), f.precision(),
                    f.recall(), f.shared, f.truth, f.model);
    }
  }
  return 0;
}
