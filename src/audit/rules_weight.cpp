// weight.sum, weight.rounding, weight.missing, weight.range.
#include <map>
#include <set>

#include "audit/audit_support.hpp"

namespace allegato::audit_detail {
namespace {

// One weighted entity of a sibling group, node or indicator alike.
struct Weighted {
  std::string id;
  std::string label;
  const std::optional<Number>* weight;
  Source source;
};

struct Group {
  std::string subject;        // the parent node, or the document for roots
  std::string what;           // "child objectives of 2.1", "indicators of 2.1.1"
  std::optional<Decimal> parent_weight;
  std::vector<Weighted> members;
  enum class Kind { roots, children, indicators } kind = Kind::children;  // picks the message
  std::string of{};           // "d1", "2.1", "2.1.1"
};

const char* sum_message(Group::Kind k) {
  switch (k) {
    case Group::Kind::roots: return N_("weights of the {count} top-level nodes of {of} sum to {sum}{unit} ({weights}), not {expected}{unit}{note}");
    case Group::Kind::indicators: return N_("weights of the {count} indicators of {of} sum to {sum}{unit} ({weights}), not {expected}{unit}{note}");
    case Group::Kind::children: break;
  }
  return N_("weights of the {count} child nodes of {of} sum to {sum}{unit} ({weights}), not {expected}{unit}{note}");
}

const char* missing_message(Group::Kind k) {
  switch (k) {
    case Group::Kind::roots: return N_("{weighted} of the {count} top-level nodes of {of} carry a weight, these do not: {list}");
    case Group::Kind::indicators: return N_("{weighted} of the {count} indicators of {of} carry a weight, these do not: {list}");
    case Group::Kind::children: break;
  }
  return N_("{weighted} of the {count} child nodes of {of} carry a weight, these do not: {list}");
}

bool is_fraction_group(const std::vector<Weighted>& members, const Decimal& sum) {
  for (const auto& m : members)
    if (m.weight->has_value() && (*m.weight)->unit && (*m.weight)->unit->find('%') != std::string::npos) return false;
  return (sum - Decimal::from_int(1)).abs() <= *Decimal::parse("0.0001");
}

// The tolerance that counts as rounding: the option, or half a unit of the
// coarsest printed digit per sibling if that is more (33% x 3 = 99%).
Decimal rounding_tolerance(const std::vector<Decimal>& values, const AuditOptions& options, bool points) {
  // Points are whole shares counted out, not percentages rounded for print:
  // 10 + 8 + 4 + 1 is 23, not 25 rounded.
  if (points) return options.weight_tolerance;
  int coarsest = 99;
  for (const auto& v : values) coarsest = std::min(coarsest, v.scale());
  if (values.empty()) return options.weight_tolerance;
  Decimal explained = Decimal::from_int(5).shifted(-(coarsest + 1)) * Decimal::from_int(static_cast<long>(values.size()));
  return max_of(options.weight_tolerance, explained);
}

enum class SumVerdict { exact, rounding, wrong };

struct SumCheck {
  SumVerdict verdict = SumVerdict::exact;
  Decimal sum;
  Decimal expected = hundred();
};

SumCheck check_sum(const std::vector<Decimal>& values, const std::optional<Decimal>& parent_weight,
                   const AuditOptions& options, bool points = false) {
  SumCheck c;
  for (const auto& v : values) c.sum = c.sum + v;
  std::vector<Decimal> totals = {hundred()};
  if (parent_weight && !parent_weight->is_zero()) totals.push_back(*parent_weight);
  const Decimal tolerance = rounding_tolerance(values, options, points);
  Decimal best_gap;
  bool first = true;
  for (const auto& total : totals) {
    Decimal gap = (c.sum - total).abs();
    if (first || gap < best_gap) {
      best_gap = gap;
      c.expected = total;
      first = false;
    }
  }
  if (best_gap.is_zero()) c.verdict = SumVerdict::exact;
  else if (best_gap <= tolerance) c.verdict = SumVerdict::rounding;
  else c.verdict = SumVerdict::wrong;
  return c;
}

Phrase join_weights_phrase(const Group& g) {
  std::vector<Phrase> items;
  for (const auto& m : g.members)
    if (m.weight->has_value()) items.push_back(number_phrase(**m.weight));
  return join(items, " + ");
}

std::string join_weights(const Group& g) {
  std::string s;
  for (const auto& m : g.members) {
    if (!m.weight->has_value()) continue;
    if (!s.empty()) s += " + ";
    s += (*m.weight)->raw.empty() ? show(*(*m.weight)->value) : (*m.weight)->raw;
  }
  return s;
}

void check_range(const Weighted& m, std::vector<Finding>& out) {
  const auto& w = **m.weight;
  if (!w.value) return;
  const bool percent = !w.unit || w.unit->find('%') != std::string::npos;
  if (w.value->sign() > 0 && (!percent || *w.value <= hundred())) return;
  Finding f = make_finding("weight.range", m.id,
                           "weight " + w.raw + " of " + m.label + " is " +
                               (w.value->sign() <= 0 ? "not above 0%" : "above 100%"));
  f.text = LocalMessage(w.value->sign() <= 0 ? N_("weight {weight} of {subject} is not above 0%")
                                             : N_("weight {weight} of {subject} is above 100%"))
               .set("weight", number_phrase(w))
               .set("subject", m.label);
  f.expected = "0 < weight <= 100";
  f.actual = show(*w.value);
  f.sources.push_back(m.source);
  out.push_back(std::move(f));
}

// Returns the group's sum verdict (wrong when it cannot be summed) so that
// the caller can try the wider group of the level.
std::optional<SumCheck> check_group(const Group& g, const AuditOptions& options, std::vector<Finding>& out,
                                    bool report_sum) {
  std::vector<std::string> without;
  std::vector<Decimal> values;
  for (const auto& m : g.members) {
    if (m.weight->has_value() && (*m.weight)->value) values.push_back(*(*m.weight)->value);
    else without.push_back(m.label);
  }
  if (values.empty()) return std::nullopt;
  for (const auto& m : g.members)
    if (m.weight->has_value()) check_range(m, out);
  if (!without.empty()) {
    std::string list;
    for (const auto& w : without) list += (list.empty() ? "" : ", ") + w;
    Finding f = make_finding("weight.missing", g.subject,
                             std::to_string(values.size()) + " of the " + std::to_string(g.members.size()) + " " +
                                 g.what + " carry a weight, these do not: " + list);
    f.text = LocalMessage(missing_message(g.kind))
                 .set("weighted", Phrase().count(static_cast<long long>(values.size())))
                 .set("count", Phrase().count(static_cast<long long>(g.members.size())))
                 .set("of", g.of)
                 .set("list", list);
    f.expected = "a weight on every sibling";
    f.actual = std::to_string(without.size()) + " without";
    for (const auto& m : g.members) {
    f.sources.push_back(m.source);
    if (m.weight->has_value()) add_value_source(f, (*m.weight)->source, "weight of " + m.label);
  }
    out.push_back(std::move(f));
    return std::nullopt;
  }
  Decimal raw_sum;
  for (const auto& v : values) raw_sum = raw_sum + v;
  if (is_fraction_group(g.members, raw_sum)) return std::nullopt;  // 0.25 + 0.75: fractions of 1, fine
  const bool points = std::any_of(g.members.begin(), g.members.end(),
                                  [](const Weighted& m) { return m.weight->has_value() && in_points(**m.weight); });
  SumCheck c = check_sum(values, g.parent_weight, options, points);
  if (!report_sum || c.verdict == SumVerdict::exact) return c;
  const bool rounding = c.verdict == SumVerdict::rounding;
  Finding f = make_finding(rounding ? "weight.rounding" : "weight.sum", g.subject,
                           "weights of the " + std::to_string(values.size()) + " " + g.what + " sum to " +
                               show(c.sum) + (points ? " points" : "%") + " (" + join_weights(g) + "), not " +
                               show(c.expected) + (points ? " points" : "%") + (rounding ? ": printed rounding" : ""));
  f.text = LocalMessage(sum_message(g.kind))
               .set("count", Phrase().count(static_cast<long long>(values.size())))
               .set("of", g.of)
               .set("sum", Phrase().number(c.sum.normalized()))
               .set("weights", join_weights_phrase(g))
               .set("expected", Phrase().number(c.expected.normalized()))
               .set("unit", points ? Phrase(" ").term(N_("points")) : Phrase("%"))
               .set("note", rounding ? Phrase().term(N_(": printed rounding")) : Phrase());
  f.expected = show(c.expected);
  f.actual = c.sum.to_string();
  for (const auto& m : g.members) {
    f.sources.push_back(m.source);
    if (m.weight->has_value()) add_value_source(f, (*m.weight)->source, "weight of " + m.label);
  }
  out.push_back(std::move(f));
  return c;
}

// The leading number of a code: "2" for "OS_2.4Internazionliz" and "2.4".
std::string code_area(const std::string& code) {
  std::size_t start = code.find_first_of("0123456789");
  if (start == std::string::npos) return "";
  std::size_t end = code.find_first_not_of("0123456789", start);
  return code.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// A PIRA lists strategic objectives by budget programme, weighted within
// their strategic area (OS_1.x, OS_2.x) that it does not print: when every
// area of the group sums right, so does the group.
bool partitions_sum_right(const ModelIndex& index, const Group& g, const AuditOptions& options) {
  std::map<std::string, std::vector<Decimal>> areas;
  for (const auto& m : g.members) {
    const Node* n = index.node(m.id);
    if (!n || code_area(n->code).empty() || !m.weight->has_value() || !(*m.weight)->value) return false;
    areas[code_area(n->code)].push_back(*(*m.weight)->value);
  }
  if (areas.size() < 2) return false;
  for (const auto& [area, values] : areas)
    if (check_sum(values, std::nullopt, options).verdict == SumVerdict::wrong) return false;
  return true;
}

std::string nearest_weighted_ancestor(const ModelIndex& index, const Node& n) {
  const Node* p = index.node(n.parent);
  for (int depth = 0; p && depth < 64; ++depth) {
    if (p->weight && p->weight->value) return p->id;
    p = index.node(p->parent);
  }
  return "";
}

// The document an id or subject belongs to ("d1" of "d1/2.1").
std::string doc_of(const std::string& id) { return id.substr(0, id.find('/')); }

// Whether a group can be summed: two members or more, every one weighed.
bool summable(const Group& g) {
  return g.members.size() >= 2 && std::all_of(g.members.begin(), g.members.end(), [](const Weighted& m) {
           return m.weight->has_value() && (*m.weight)->value;
         });
}

// A document whose sibling groups mostly miss 100% (three or more, and at
// least half of those it weighs) does not weigh siblings to 100%: it weighs
// in another way (shares of a total printed elsewhere, of a grandparent), or
// its layout was not read as printed. Each group is still reported, so an
// OIV sees it, but as info and saying how many share it, as target.missing
// does for a shorter horizon.
void mark_weight_conventions(std::vector<Finding>& out, std::size_t from, const std::map<std::string, int>& summed) {
  std::map<std::string, int> failing;
  for (std::size_t k = from; k < out.size(); ++k)
    if (out[k].rule == "weight.sum") ++failing[doc_of(out[k].subject)];
  for (std::size_t k = from; k < out.size(); ++k) {
    Finding& f = out[k];
    if (f.rule != "weight.sum") continue;
    const std::string doc = doc_of(f.subject);
    const int n = failing[doc];
    const auto groups = summed.find(doc);
    if (n < 3 || groups == summed.end() || 2 * n < groups->second) continue;
    f.severity = Severity::info;
    f.message += ", like " + std::to_string(n - 1) + " other group" + (n - 1 == 1 ? "" : "s") +
                 " of this document (it does not weigh siblings to 100%)";
    f.text = LocalMessage(N_("{finding}, {others} (it does not weigh siblings to 100%)"))
                 .set("finding", Phrase().message(f.text))
                 .set("others", Phrase().plural("like {n} other group of this document",
                                                "like {n} other groups of this document", n - 1));
  }
}

// The total a document prints for its weights (a "Totale punti" row), if
// all it prints agree.
std::optional<Decimal> printed_weight_total(const Document& doc) {
  std::optional<Decimal> total;
  for (const auto& printed : doc.totals) {
    if (printed.field != "weight" || !printed.number.value) continue;
    if (total && !(*total == *printed.number.value)) return std::nullopt;
    total = *printed.number.value;
  }
  return total;
}

}  // namespace

void check_weights(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out) {
  const Model& model = index.model();
  const std::size_t first_finding = out.size();
  std::map<std::string, int> summed;  // groups that can be summed, per document
  // Sibling groups of nodes: children of one parent (roots per document).
  std::vector<Group> node_groups;
  // Organisational units and objectives under one node are two kinds of
  // children, weighed apart (an Area's own objectives and its Servizi).
  auto is_unit = [](const Node* n) { return n->level == "unit"; };
  for (const auto& doc : model.documents) {
    for (bool units : {false, true}) {
      Group roots{doc.id, std::string(units ? "top-level units of " : "top-level nodes of ") + doc.id, std::nullopt, {}};
      // Objectives assigned to a unit without a node of it (a matrix of
      // managers: one column each) are weighed per unit.
      std::map<std::string, Group> by_unit;
      for (const Node* n : index.unique_children("")) {
        if (n->doc != doc.id || is_unit(n) != units) continue;
        if (!units && !n->unit.empty()) {
          auto [it, fresh] = by_unit.try_emplace(n->unit, Group{n->unit, "top-level nodes of " + n->unit, std::nullopt, {}});
          it->second.members.push_back({n->id, label_of(*n), &n->weight, n->source});
          continue;
        }
        roots.members.push_back({n->id, label_of(*n), &n->weight, n->source});
      }
      roots.kind = Group::Kind::roots;
      roots.of = doc.id;
      // A total the document prints for its weights ("Totale punti
      // obiettivi 40 punti": objectives worth 40 of 100 points) is what its
      // top-level weights sum to, as a parent's weight is for its children.
      for (const auto& printed : doc.totals)
        if (!units && printed.field == "weight" && printed.number.value) roots.parent_weight = *printed.number.value;
      if (!roots.members.empty()) node_groups.push_back(std::move(roots));
      for (auto& [unit, group] : by_unit) {
        group.kind = Group::Kind::roots;
        group.of = unit;
        group.parent_weight = printed_weight_total(doc);
        node_groups.push_back(std::move(group));
      }
    }
  }
  for (const auto& parent : model.nodes) {
    const auto& kids = index.unique_children(parent.id);
    if (kids.empty()) continue;
    for (bool units : {false, true}) {
      Group g{parent.id, std::string(units ? "units under " : "child nodes of ") + label_of(parent), std::nullopt, {}};
      g.of = label_of(parent);
      if (parent.weight && parent.weight->value) g.parent_weight = parent.weight->value;
      // A unit weighs nothing itself: its objectives sum to 100, or to the
      // total the document prints for each unit's objectives ("TOTALE
      // PUNTI OBIETTIVI 40", one per unit's table).
      else if (is_unit(&parent) && !units) {
        for (const auto& doc : model.documents)
          if (doc.id == parent.doc) g.parent_weight = printed_weight_total(doc);
      }
      for (const Node* n : kids)
        if (is_unit(n) == units) g.members.push_back({n->id, label_of(*n), &n->weight, n->source});
      if (!g.members.empty()) node_groups.push_back(std::move(g));
    }
  }

  // A wider group per (document, level, nearest weighted ancestor): documents
  // that weigh strategic objectives across unweighted perspectives.
  std::map<std::string, std::vector<Decimal>> level_values;
  std::map<std::string, std::optional<Decimal>> level_total;
  auto level_key = [&](const Node& n) { return n.doc + "|" + n.level + "|" + nearest_weighted_ancestor(index, n); };
  std::set<const Node*> counted;
  for (const auto& n : model.nodes)
    for (const Node* k : index.unique_children(n.id)) counted.insert(k);
  for (const Node* k : index.unique_children("")) counted.insert(k);
  for (const auto& n : model.nodes) {
    if (!n.weight || !n.weight->value || !counted.count(&n)) continue;
    level_values[level_key(n)].push_back(*n.weight->value);
    const Node* a = index.node(nearest_weighted_ancestor(index, n));
    level_total[level_key(n)] = a ? a->weight->value : std::nullopt;
  }

  for (const auto& g : node_groups) {
    if (summable(g)) ++summed[doc_of(g.members.front().id)];
    std::vector<Finding> local;
    auto verdict = check_group(g, options, local, false);
    for (auto& f : local) out.push_back(std::move(f));
    if (!verdict || verdict->verdict == SumVerdict::exact) continue;
    const Node* parent = index.node(g.subject);
    const bool parent_weighted = parent && parent->weight && parent->weight->value;
    if (!parent_weighted && verdict->verdict == SumVerdict::wrong) {
      const Node* first = index.node(g.members.front().id);
      const std::string key = level_key(*first);
      SumCheck wide = check_sum(level_values[key], level_total[key], options);
      if (wide.verdict != SumVerdict::wrong) continue;  // the level sums right as a whole
    }
    if (verdict->verdict == SumVerdict::wrong && partitions_sum_right(index, g, options)) continue;
    std::vector<Finding> reported;
    check_group(g, options, reported, true);
    for (auto& f : reported)
      if (f.rule == "weight.sum" || f.rule == "weight.rounding") out.push_back(std::move(f));
  }

  // Indicators weighed in points under objectives that print no weight: the
  // points are each objective's share of the document's total, which they
  // sum to across the document (100 points), not per objective.
  auto weighed_in_points = [](const Indicator* i) { return i->weight && i->weight->value && in_points(*i->weight); };
  std::map<std::string, std::vector<Decimal>> document_points;
  for (const auto& node : model.nodes) {
    if (node.weight && node.weight->value) continue;
    for (const Indicator* i : index.indicators_of(node.id))
      if (weighed_in_points(i)) document_points[node.doc].push_back(*i->weight->value);
  }
  std::set<std::string> points_sum_right;
  for (const auto& [doc, values] : document_points)
    if (check_sum(values, std::nullopt, options).verdict != SumVerdict::wrong) points_sum_right.insert(doc);

  for (const auto& node : model.nodes) {
    const auto& inds = index.indicators_of(node.id);
    if (inds.empty()) continue;
    if (!(node.weight && node.weight->value) && points_sum_right.count(node.doc) &&
        std::all_of(inds.begin(), inds.end(), weighed_in_points))
      continue;
    Group g{node.id, "indicators of " + label_of(node), std::nullopt, {}};
    g.kind = Group::Kind::indicators;
    g.of = label_of(node);
    if (node.weight && node.weight->value) g.parent_weight = node.weight->value;
    for (const Indicator* i : inds) g.members.push_back({i->id, label_of(*i), &i->weight, i->source});
    if (summable(g)) ++summed[node.doc];
    check_group(g, options, out, true);
  }
  mark_weight_conventions(out, first_finding, summed);
}

}  // namespace allegato::audit_detail
