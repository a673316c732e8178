#pragma once
// Field-level comparison of a model with a sample's truth.json (the ground
// truth the sample generator wrote: raw strings in the contract's shape).
// Every truth field becomes a fact "entity|field|value"; so does every model
// field of the same kinds. Precision = shared / model facts, recall = shared /
// truth facts, per field family, so a test can require 100% where it holds.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/model.hpp"
#include "values/text.hpp"

namespace allegato::testing {

struct FieldScore {
  std::size_t truth = 0, model = 0, shared = 0;
  double precision() const { return model == 0 ? 1.0 : static_cast<double>(shared) / static_cast<double>(model); }
  double recall() const { return truth == 0 ? 1.0 : static_cast<double>(shared) / static_cast<double>(truth); }
};

struct TruthComparison {
  std::map<std::string, FieldScore> fields;   // family -> score
  std::vector<std::string> missing;           // truth facts the model lacks
  std::vector<std::string> extra;             // model facts the truth lacks
  FieldScore total() const {
    FieldScore t;
    for (const auto& [k, s] : fields) {
      t.truth += s.truth;
      t.model += s.model;
      t.shared += s.shared;
    }
    return t;
  }
};

inline std::string squash(const std::string& s) { return normalize_text(s); }

/// Display fields hold text as printed (’ “ ” … – kept): compared exactly,
/// but for the tidying every display string gets (ligatures, spaces).
inline bool is_display_fact(const std::string& family, const std::string& key) {
  static const std::set<std::string> display = {"node.title", "node.description", "ind.name", "ind.description",
                                                "ind.formula_text", "owners", "ind.notes"};
  return display.count(family) > 0 || (family == "document" && key == "title");
}

using Facts = std::map<std::string, std::set<std::string>>;  // family -> facts

inline void add_fact(Facts& facts, const std::string& family, const std::string& key, const std::string& value) {
  facts[family].insert(key + " | " + (is_display_fact(family, key) ? tidy_printed_text(value) : squash(value)));
}

inline std::string json_str(const nlohmann::json& j, const char* field) {
  if (!j.contains(field) || j[field].is_null()) return {};
  if (j[field].is_string()) return j[field].get<std::string>();
  if (j[field].is_object() && j[field].contains("raw")) return j[field]["raw"].get<std::string>();
  return j[field].dump();
}

/// The key of a truth node: its code, with its unit for assignment annexes.
inline std::string truth_node_key(const nlohmann::json& n) {
  std::string key = json_str(n, "code");
  if (!key.empty() && key[0] == '#') key.clear();
  if (key.empty()) key = slugify(json_str(n, "title"));
  const std::string unit = json_str(n, "unit");
  return unit.empty() ? key : unit + "::" + key;
}

inline Facts truth_facts(const nlohmann::json& truth) {
  Facts f;
  // A parent named by the title of a node without code is keyed by its slug.
  std::set<std::string> codeless_titles;
  for (const auto& n : truth["nodes"]) {
    if (json_str(n, "code").empty()) codeless_titles.insert(json_str(n, "title"));
  }
  for (const auto& d : truth["documents"]) {
    for (const char* field : {"kind", "organisation", "title"}) {
      if (!json_str(d, field).empty()) add_fact(f, "document", field, json_str(d, field));
    }
    if (d.contains("years")) for (const auto& y : d["years"]) add_fact(f, "document", "year", std::to_string(y.get<int>()));
  }
  for (const auto& n : truth["nodes"]) {
    const std::string key = "node " + truth_node_key(n);
    add_fact(f, "node", key, "");
    add_fact(f, "node.level", key, json_str(n, "level"));
    add_fact(f, "node.title", key, json_str(n, "title"));
    if (!json_str(n, "description").empty()) add_fact(f, "node.description", key, json_str(n, "description"));
    if (!json_str(n, "parent").empty()) {
      const std::string parent = json_str(n, "parent");
      add_fact(f, "node.parent", key, codeless_titles.count(parent) ? slugify(parent) : parent);
    }
    if (!json_str(n, "weight").empty()) add_fact(f, "weights", key, json_str(n, "weight"));
    for (const char* share : {"indicators_share", "operational_share"}) {
      if (!json_str(n, share).empty()) add_fact(f, "weights", key + " " + share, json_str(n, share));
    }
    if (!json_str(n, "mission").empty()) add_fact(f, "node.mission", key, json_str(n, "mission"));
    if (!json_str(n, "programme").empty()) add_fact(f, "node.programme", key, json_str(n, "programme"));
    if (n.contains("resources")) for (const auto& r : n["resources"]) add_fact(f, "node.resources", key, r["raw"].get<std::string>());
    if (n.contains("achievement")) for (const auto& a : n["achievement"]) add_fact(f, "achievement", key + " " + a.value("year", nlohmann::json()).dump(), a["raw"].get<std::string>());
    if (n.contains("owners")) for (const auto& o : n["owners"]) add_fact(f, "owners", key, o.get<std::string>());
  }
  for (const auto& i : truth["indicators"]) {
    // A node named by the title of a node without code is keyed by its slug,
    // as the model's side keys it (TRUTH.md: "code (or title)").
    std::string node = json_str(i, "node");
    if (codeless_titles.count(node)) node = slugify(node);
    const std::string unit = json_str(i, "unit_org");
    const std::string key = "ind " + (unit.empty() ? "" : unit + "::") + node + "/" +
                            (json_str(i, "code").empty() ? slugify(json_str(i, "name")) : json_str(i, "code"));
    add_fact(f, "indicator", key, "");
    add_fact(f, "ind.name", key, json_str(i, "name"));
    for (const char* field : {"description", "formula", "formula_text", "unit", "type"}) {
      if (!json_str(i, field).empty()) add_fact(f, std::string("ind.") + field, key, json_str(i, field));
    }
    if (i.contains("variables")) for (const auto& v : i["variables"]) add_fact(f, "ind.variables", key, v.get<std::string>());
    if (!json_str(i, "weight").empty()) add_fact(f, "weights", key, json_str(i, "weight"));
    for (const char* series : {"baselines", "targets", "results", "achievement"}) {
      if (!i.contains(series)) continue;
      for (const auto& t : i[series]) add_fact(f, series, key + " " + t.value("year", nlohmann::json()).dump(), t["raw"].get<std::string>());
    }
    if (i.contains("owners")) for (const auto& o : i["owners"]) add_fact(f, "owners", key, o.get<std::string>());
    if (i.contains("notes")) for (const auto& o : i["notes"]) add_fact(f, "ind.notes", key, o.get<std::string>());
  }
  return f;
}

inline Facts model_facts(const Model& m, bool node_keys_by_title = false) {
  Facts f;
  std::map<std::string, const Node*> by_id;
  for (const auto& n : m.nodes) by_id[n.id] = &n;
  auto node_key = [&](const Node& n) {
    std::string key = n.code;
    if (key.empty() || node_keys_by_title) key = n.code.empty() ? slugify(n.title) : n.code;
    return n.unit.empty() ? key : n.unit + "::" + key;
  };
  auto code_of = [&](const std::string& id) -> std::string {
    auto it = by_id.find(id);
    if (it == by_id.end()) return {};
    return it->second->code.empty() ? slugify(it->second->title) : it->second->code;
  };
  for (const auto& d : m.documents) {
    if (d.kind != "unknown") add_fact(f, "document", "kind", d.kind);
    if (!d.organisation.empty()) add_fact(f, "document", "organisation", d.organisation);
    if (!d.title.empty()) add_fact(f, "document", "title", d.title);
    for (int y : d.years) add_fact(f, "document", "year", std::to_string(y));
  }
  for (const auto& n : m.nodes) {
    const std::string key = "node " + node_key(n);
    add_fact(f, "node", key, "");
    add_fact(f, "node.level", key, n.level);
    add_fact(f, "node.title", key, n.title);
    if (!n.description.empty()) add_fact(f, "node.description", key, n.description);
    if (!n.parent.empty() && !code_of(n.parent).empty()) {
      auto it = by_id.find(n.parent);
      // Objectives under a unit have no parent in the truth (the unit is their `unit`).
      if (it != by_id.end() && (n.level == "unit" || it->second->level != "unit"))
        add_fact(f, "node.parent", key, code_of(n.parent));
    }
    if (n.weight) add_fact(f, "weights", key, n.weight->raw);
    if (n.indicators_share) add_fact(f, "weights", key + " indicators_share", n.indicators_share->raw);
    if (n.operational_share) add_fact(f, "weights", key + " operational_share", n.operational_share->raw);
    if (!n.mission.empty()) add_fact(f, "node.mission", key, n.mission);
    if (!n.programme.empty()) add_fact(f, "node.programme", key, n.programme);
    for (const auto& r : n.resources) add_fact(f, "node.resources", key, r.raw);
    for (const auto& a : n.achievement) add_fact(f, "achievement", key + " " + (a.year ? std::to_string(*a.year) : "null"), a.number.raw);
    for (const auto& o : n.owners) add_fact(f, "owners", key, o);
  }
  for (const auto& i : m.indicators) {
    auto it = by_id.find(i.node);
    const std::string unit = it == by_id.end() ? "" : it->second->unit;
    const std::string key = "ind " + (unit.empty() ? "" : unit + "::") + code_of(i.node) + "/" +
                            (i.code.empty() ? slugify(i.name) : i.code);
    add_fact(f, "indicator", key, "");
    add_fact(f, "ind.name", key, i.name);
    if (!i.description.empty()) add_fact(f, "ind.description", key, i.description);
    if (!i.formula.empty()) add_fact(f, "ind.formula", key, i.formula);
    if (!i.formula_text.empty()) add_fact(f, "ind.formula_text", key, i.formula_text);
    if (i.unit) add_fact(f, "ind.unit", key, *i.unit);
    if (!i.type.empty()) add_fact(f, "ind.type", key, i.type);
    for (const auto& v : i.variables) add_fact(f, "ind.variables", key, v);
    if (i.weight) add_fact(f, "weights", key, i.weight->raw);
    auto series = [&](const char* family, const std::vector<Target>& ts) {
      for (const auto& t : ts) add_fact(f, family, key + " " + (t.year ? std::to_string(*t.year) : "null"), t.raw);
    };
    series("baselines", i.baselines);
    series("targets", i.targets);
    series("results", i.results);
    for (const auto& a : i.achievement) add_fact(f, "achievement", key + " " + (a.year ? std::to_string(*a.year) : "null"), a.number.raw);
    for (const auto& o : i.owners) add_fact(f, "owners", key, o);
    for (const auto& o : i.notes) add_fact(f, "ind.notes", key, o);
  }
  return f;
}

inline TruthComparison compare_with_truth(const Model& m, const nlohmann::json& truth) {
  TruthComparison c;
  const Facts t = truth_facts(truth);
  const Facts mf = model_facts(m);
  std::set<std::string> families;
  for (const auto& [k, v] : t) families.insert(k);
  for (const auto& [k, v] : mf) families.insert(k);
  for (const auto& fam : families) {
    const auto& tv = t.count(fam) ? t.at(fam) : std::set<std::string>{};
    const auto& mv = mf.count(fam) ? mf.at(fam) : std::set<std::string>{};
    FieldScore s;
    s.truth = tv.size();
    s.model = mv.size();
    for (const auto& x : tv) {
      if (mv.count(x)) ++s.shared;
      else c.missing.push_back(fam + ": " + x);
    }
    for (const auto& x : mv) {
      if (!tv.count(x)) c.extra.push_back(fam + ": " + x);
    }
    c.fields[fam] = s;
  }
  return c;
}

}  // namespace allegato::testing
