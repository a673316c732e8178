#pragma once
// Small builders for models in tests: targets go through parse_target, the
// same parser the importers use.
#include <algorithm>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "model/model.hpp"
#include "values/value.hpp"

namespace allegato::testing {

inline Number num(const std::string& raw) { return parse_number(raw); }

inline std::vector<Target> targets(const std::vector<std::string>& raws, int first_year) {
  std::vector<Target> out;
  int year = first_year;
  for (const auto& r : raws) out.push_back(parse_target(r, year++));
  return out;
}

class ModelBuilder {
 public:
  std::string doc(const std::string& kind = "plan", std::vector<int> years = {2023, 2024, 2025}) {
    Document d;
    d.id = "d" + std::to_string(model.documents.size() + 1);
    d.kind = kind;
    d.years = std::move(years);
    model.documents.push_back(d);
    return d.id;
  }

  Node& node(const std::string& doc, const std::string& code, const std::string& parent = "",
             const std::string& weight = "", const std::string& level = "operational") {
    Node n;
    n.doc = doc;
    n.code = code;
    n.id = doc + "/" + code;
    n.title = "Obiettivo " + code;
    n.level = level;
    n.parent = parent;
    if (!weight.empty()) n.weight = num(weight);
    n.source = Source{doc, 1, BBox{40, 100.0 + 14.0 * static_cast<double>(model.nodes.size()), 500, 110}, "", ""};
    model.nodes.push_back(n);
    return model.nodes.back();
  }

  Indicator& indicator(const std::string& node_id, const std::string& code, const std::string& weight = "",
                       const std::string& unit = "") {
    Indicator i;
    i.node = node_id;
    i.doc = node_id.substr(0, node_id.find('/'));
    i.code = code;
    i.id = node_id + "/" + code;
    i.name = "Indicatore " + code;
    if (!weight.empty()) i.weight = num(weight);
    if (!unit.empty()) i.unit = unit;
    i.source = Source{i.doc, 2, BBox{40, 100.0 + 14.0 * static_cast<double>(model.indicators.size()), 500, 110}, "", ""};
    model.indicators.push_back(i);
    return model.indicators.back();
  }

  Model model;
};

inline std::vector<Finding> audited(Model model, const AuditOptions& options = {}) {
  reconcile(model);
  return audit(model, options);
}

inline std::vector<Finding> of_rule(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Finding& f) { return f.rule == rule; });
  return out;
}

inline bool has(const std::vector<Finding>& all, const std::string& rule, const std::string& subject) {
  return std::any_of(all.begin(), all.end(),
                     [&](const Finding& f) { return f.rule == rule && f.subject == subject; });
}

}  // namespace allegato::testing
