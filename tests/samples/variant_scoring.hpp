#pragma once
// Scoring a variant case (samples/variants/<set>/<case>/, format in
// samples/variants/TRUTH.md): field-level precision/recall of the model
// against truth.json, audit recall of the injected faults, false alarms on
// clean cases, and the ledger (every printed word is in the model or in
// unassigned). Shared by the score_variants tool and the ctest over the
// tuned and held-out sets.
#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/pipeline.hpp"
#include "sample_runs.hpp"
#include "truth_compare.hpp"

namespace allegato::testing {

struct CaseScore {
  std::string set, name;
  FieldScore fields;
  std::map<std::string, FieldScore> families;
  std::vector<std::string> missing, extra;
  int expected_findings = 0, found_findings = 0;
  std::vector<std::string> missed_findings;
  bool clean = false;
  int false_alarms = 0;                 // warnings/errors on a clean case
  std::vector<std::string> alarms;
  std::vector<std::string> lost_words;  // printed words in neither the model nor unassigned
  std::string error;                    // the import failed
  std::vector<std::string> kinds;
};

inline std::vector<std::filesystem::path> case_inputs(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> inputs;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string stem = e.path().stem().string();
    if (e.is_regular_file() && (stem == "input" || stem.rfind("input-", 0) == 0)) inputs.push_back(e.path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

// The truth of document k alone (nodes and indicators whose "doc" is k).
inline nlohmann::json truth_of_document(const nlohmann::json& truth, std::size_t k) {
  nlohmann::json t;
  t["documents"] = nlohmann::json::array({truth["documents"][k]});
  if (t["documents"][0].value("kind", "") == "unknown") t["documents"][0].erase("kind");
  for (const char* list : {"nodes", "indicators"}) {
    t[list] = nlohmann::json::array();
    if (!truth.contains(list)) continue;
    for (const auto& item : truth[list]) {
      if (item.value("doc", 0) == static_cast<int>(k)) t[list].push_back(item);
    }
  }
  return t;
}

// What the truth leaves null is not judged (TRUTH.md): a kind "unknown"
// (families have no kind of the contract) and a null title.
inline Model model_of_document(const Model& m, std::size_t k, bool judge_kind, bool judge_title) {
  const std::string doc = "d" + std::to_string(k + 1);
  Model out;
  for (const auto& d : m.documents) {
    if (d.id != doc) continue;
    out.documents.push_back(d);
    if (!judge_kind) out.documents.back().kind = "unknown";
    if (!judge_title) out.documents.back().title.clear();
  }
  for (const auto& n : m.nodes) {
    if (n.doc == doc) out.nodes.push_back(n);
  }
  for (const auto& i : m.indicators) {
    if (i.doc == doc) out.indicators.push_back(i);
  }
  return out;
}

inline std::set<std::string> words_of(const std::string& text) {
  std::set<std::string> out;
  std::istringstream in(fold_for_matching(text));
  for (std::string w; in >> w;) out.insert(w);
  return out;
}

// Every printed word of the inputs that appears in no entity field, no value
// and no unassigned text.
inline std::vector<std::string> lost_words(const std::vector<std::filesystem::path>& inputs, const Model& m) {
  std::set<std::string> kept;
  auto keep = [&](const std::string& s) {
    const auto w = words_of(s);
    kept.insert(w.begin(), w.end());
  };
  auto keep_number = [&](const std::optional<Number>& n) {
    if (n) keep(n->raw);
  };
  for (const auto& d : m.documents) {
    keep(d.title);
    keep(d.organisation);
    for (const auto& t : d.totals) {
      keep(t.label);
      keep(t.number.raw);
    }
  }
  for (const auto& n : m.nodes) {
    for (const auto* s : {&n.code, &n.title, &n.description, &n.mission, &n.programme, &n.mission_title, &n.programme_title, &n.unit})
      keep(*s);
    for (const auto& o : n.owners) keep(o);
    for (const auto& o : n.notes) keep(o);
    keep_number(n.weight);
    keep_number(n.indicators_share);
    keep_number(n.operational_share);
    keep_number(n.budget_interventions);
    for (const auto& a : n.achievement) keep(a.number.raw);
    for (const auto& r : n.resources) keep(r.raw);
  }
  for (const auto& i : m.indicators) {
    for (const auto* s : {&i.code, &i.name, &i.description, &i.formula, &i.formula_text, &i.type}) keep(*s);
    if (i.unit) keep(*i.unit);
    for (const auto& o : i.owners) keep(o);
    for (const auto& o : i.notes) keep(o);
    for (const auto& v : i.variables) keep(v);
    keep_number(i.weight);
    for (const auto* series : {&i.baselines, &i.targets, &i.results}) {
      for (const auto& t : *series) keep(t.raw);
    }
    for (const auto& a : i.achievement) keep(a.number.raw);
  }
  for (const auto& u : m.unassigned) keep(u.text);
  std::set<std::string> lost;
  ImportOptions options;
  for (const auto& input : inputs) {
    if (input.extension() == ".json") continue;
    const auto doc = extract_document(input.string(), options);
    auto check = [&](const std::string& text) {
      for (const auto& w : words_of(text)) {
        if (!kept.count(w)) lost.insert(w);
      }
    };
    for (const auto& t : doc.tables) {
      for (const auto& c : t.cells) check(c.text);
    }
    for (const auto& l : doc.lines) check(l.text);
  }
  return {lost.begin(), lost.end()};
}

inline bool finding_matches(const Finding& f, const nlohmann::json& expected) {
  if (f.rule != expected.value("rule", "")) return false;
  const std::string subject = expected.contains("subject") && expected["subject"].is_string() ? expected["subject"].get<std::string>() : "";
  if (subject.empty()) return true;
  std::set<std::string> segments;  // "d1/unit/2.1.1/CODE" -> d1, unit, 2.1.1, CODE
  std::istringstream in(f.subject);
  for (std::string seg; std::getline(in, seg, '/');) {
    segments.insert(seg);
    // "NAV 2.03-2": the model's id of a code's second occurrence.
    const auto dash = seg.rfind('-');
    if (dash != std::string::npos && dash + 1 < seg.size() &&
        std::all_of(seg.begin() + static_cast<long>(dash) + 1, seg.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
      segments.insert(seg.substr(0, dash));
  }
  return segments.count(subject) > 0 || segments.count(slugify(subject)) > 0;
}

inline CaseScore score_case(const std::filesystem::path& dir, const std::string& set) {
  CaseScore s;
  s.set = set;
  s.name = dir.filename().string();
  const nlohmann::json truth = nlohmann::json::parse(read_file(dir / "truth.json"));
  const auto inputs = case_inputs(dir);
  Model model;
  try {
    ImportOptions options;
    std::vector<std::string> paths;
    for (const auto& p : inputs) paths.push_back(p.string());
    model = import_files(paths, options);
  } catch (const std::exception& e) {
    s.error = e.what();
  }
  for (const auto& d : model.documents) s.kinds.push_back(d.kind);
  const std::size_t n_docs = truth["documents"].size();
  for (std::size_t k = 0; k < n_docs; ++k) {
    const bool judge_kind = truth["documents"][k].value("kind", "unknown") != "unknown";
    const bool judge_title = !json_str(truth["documents"][k], "title").empty();
    const auto c = compare_with_truth(model_of_document(model, k, judge_kind, judge_title), truth_of_document(truth, k));
    for (const auto& [family, f] : c.fields) {
      auto& into = s.families[family];
      into.truth += f.truth;
      into.model += f.model;
      into.shared += f.shared;
    }
    for (const auto& x : c.missing) s.missing.push_back((n_docs > 1 ? "d" + std::to_string(k + 1) + " " : "") + x);
    for (const auto& x : c.extra) s.extra.push_back((n_docs > 1 ? "d" + std::to_string(k + 1) + " " : "") + x);
  }
  for (const auto& [family, f] : s.families) {
    s.fields.truth += f.truth;
    s.fields.model += f.model;
    s.fields.shared += f.shared;
  }
  s.clean = truth.value("clean", false);
  if (truth.contains("expected_findings")) {
    for (const auto& e : truth["expected_findings"]) {
      ++s.expected_findings;
      const bool found = std::any_of(model.findings.begin(), model.findings.end(),
                                     [&](const Finding& f) { return finding_matches(f, e); });
      if (found) ++s.found_findings;
      else s.missed_findings.push_back(e.value("rule", "") + " " + (e.contains("subject") ? e["subject"].dump() : ""));
    }
  }
  if (s.clean) {
    for (const auto& f : model.findings) {
      if (f.severity == Severity::info) continue;
      ++s.false_alarms;
      s.alarms.push_back(f.rule + " " + f.subject + ": " + f.message);
    }
  }
  if (s.error.empty()) s.lost_words = lost_words(inputs, model);
  return s;
}

inline double f1(const FieldScore& f) {
  const double p = f.precision(), r = f.recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

}  // namespace allegato::testing
