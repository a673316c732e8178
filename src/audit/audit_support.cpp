#include "audit/audit_support.hpp"

namespace allegato::audit_detail {

ModelIndex::ModelIndex(const Model& model) : model_(model) {
  for (const auto& d : model.documents) documents_[d.id] = &d;
  for (const auto& n : model.nodes) nodes_[n.id] = &n;
  for (const auto& n : model.nodes) {
    // A parent that is not in the model makes the node a root: better than
    // losing it from every sibling check.
    const std::string parent = nodes_.count(n.parent) ? n.parent : "";
    children_[parent].push_back(&n);
  }
  std::map<std::string, std::vector<const Node*>> seen;  // doc|unit|code -> earlier nodes
  for (const auto& n : model.nodes) {
    if (n.code.empty()) continue;
    auto& earlier = seen[n.doc + "|" + unit_scope_of_node(n.id) + "|" + n.code];
    for (const Node* e : earlier) {
      const bool same_weight = (!e->weight || !e->weight->value)
                                   ? (!n.weight || !n.weight->value)
                                   : (n.weight && n.weight->value && *n.weight->value == *e->weight->value);
      if (same_weight) second_views_.insert(&n);
    }
    earlier.push_back(&n);
  }
  for (const auto& [parent, kids] : children_) {
    auto& unique = unique_children_[parent];
    for (const Node* k : kids)
      if (!second_views_.count(k)) unique.push_back(k);
  }
  std::map<std::string, std::set<int>> years;
  for (const auto& i : model.indicators) {
    indicators_[i.id] = &i;
    indicators_of_[i.node].push_back(&i);
    for (const auto& t : i.targets)
      if (t.year) years[i.doc].insert(*t.year);
  }
  for (const auto& [doc, set] : years) target_years_[doc].assign(set.begin(), set.end());
}

const std::vector<int>& ModelIndex::target_years(const std::string& doc_id) const {
  static const std::vector<int> none;
  auto it = target_years_.find(doc_id);
  return it == target_years_.end() ? none : it->second;
}

const Node* ModelIndex::node(const std::string& id) const {
  auto it = nodes_.find(id);
  return it == nodes_.end() ? nullptr : it->second;
}

const Indicator* ModelIndex::indicator(const std::string& id) const {
  auto it = indicators_.find(id);
  return it == indicators_.end() ? nullptr : it->second;
}

const Document* ModelIndex::document(const std::string& id) const {
  auto it = documents_.find(id);
  return it == documents_.end() ? nullptr : it->second;
}

const std::vector<const Node*>& ModelIndex::children(const std::string& id) const {
  static const std::vector<const Node*> none;
  auto it = children_.find(id);
  return it == children_.end() ? none : it->second;
}

const std::vector<const Node*>& ModelIndex::unique_children(const std::string& id) const {
  static const std::vector<const Node*> none;
  auto it = unique_children_.find(id);
  return it == unique_children_.end() ? none : it->second;
}

const std::vector<const Indicator*>& ModelIndex::indicators_of(const std::string& id) const {
  static const std::vector<const Indicator*> none;
  auto it = indicators_of_.find(id);
  return it == indicators_of_.end() ? none : it->second;
}

std::string ModelIndex::unit_scope_of_node(const std::string& node_id) const {
  const Node* n = node(node_id);
  // The depth bound guards against a parent cycle in a hand-written model.
  for (int depth = 0; n && depth < 64; ++depth) {
    if (!n->unit.empty()) return n->unit;
    if (n->level == "unit") return n->id;
    n = node(n->parent);
  }
  return "";
}

Finding make_finding(const std::string& rule, const std::string& subject, std::string message) {
  Finding f;
  f.rule = rule;
  f.severity = rule_info(rule).severity;
  f.subject = subject;
  f.message = std::move(message);
  return f;
}

std::string show(const Decimal& d) { return d.normalized().to_string(); }

Decimal half_unit(const Decimal& d) { return Decimal::from_int(5).shifted(-(d.scale() + 1)); }

Decimal min_of(const Decimal& a, const Decimal& b) { return b < a ? b : a; }
Decimal max_of(const Decimal& a, const Decimal& b) { return a < b ? b : a; }

bool in_points(const Number& n) { return n.unit && (*n.unit == "punti" || *n.unit == "punto"); }

Decimal hundred() { return Decimal::from_int(100); }

std::string show_target(const Target& t) {
  std::string s = t.year ? std::to_string(*t.year) + ": " : "";
  return s + (t.raw.empty() ? std::string("(blank)") : t.raw);
}

Phrase target_phrase(const Target& t) {
  if (t.raw.empty()) return Phrase().term(N_("(blank)"));
  if (t.status != TargetStatus::set) return Phrase(t.raw);
  Phrase p;
  const bool numeric = (t.kind == TargetKind::number || t.kind == TargetKind::percent) && t.number();
  const bool dated = t.kind == TargetKind::date && t.value;
  if (!numeric && !dated) return Phrase(t.raw);
  if (t.label) p.text(*t.label + " ");
  if (t.op != Op::none && t.op != Op::range && t.op != Op::text) p.text(std::string(to_string(t.op)) + " ");
  if (dated) return p.date(*t.value);
  p.number(*t.number());
  if (t.op == Op::range && t.number2()) p.text(" - ").number(*t.number2());
  if (t.unit) p.text(" " + *t.unit);
  return p;
}

Phrase show_target_phrase(const Target& t) {
  Phrase p;
  if (t.year) p.text(std::to_string(*t.year) + ": ");
  return p.append(target_phrase(t));
}

Phrase number_phrase(const Number& n) {
  if (!n.value) return Phrase(n.raw);
  Phrase p;
  p.number(*n.value);
  if (n.unit && *n.unit == "%") p.text("%");
  else if (n.unit && *n.unit != "text") p.text(" " + *n.unit);
  return p;
}

std::string label_of(const Node& n) { return n.code.empty() ? n.title : n.code; }
std::string label_of(const Indicator& i) { return i.code.empty() ? i.name : i.code; }

void add_value_source(Finding& f, const std::optional<Source>& value_source, const std::string& what) {
  if (!value_source || value_source->doc.empty()) return;
  Source s = *value_source;
  s.label = what;
  f.sources.push_back(std::move(s));
}

}  // namespace allegato::audit_detail
