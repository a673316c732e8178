// target.missing, target.operator, target.unit, target.unambitious,
// target.declining: rules over one indicator's targets and baselines.
#include <algorithm>
#include <set>

#include "audit/audit_support.hpp"
#include "audit/polarity.hpp"
#include "values/text.hpp"

namespace allegato::audit_detail {
namespace {

bool comparable_kind(const Target& t) {
  return t.status == TargetStatus::set && (t.kind == TargetKind::number || t.kind == TargetKind::percent) &&
         t.number().has_value();
}

// Ordinal targets compare only on the usual five-step scale.
std::optional<int> ordinal_rank(const Target& t) {
  if (t.kind != TargetKind::ordinal || !t.value) return std::nullopt;
  static const std::vector<std::string> scale = {"basso", "medio basso", "medio", "medio alto", "alto"};
  const std::string v = fold_for_matching(*t.value);
  for (std::size_t i = 0; i < scale.size(); ++i)
    if (v == scale[i]) return static_cast<int>(i);
  return std::nullopt;
}

bool same_unit_class(const Target& a, const Target& b) {
  UnitClass ca = unit_class(a.unit), cb = unit_class(b.unit);
  return ca == UnitClass::unknown || cb == UnitClass::unknown || ca == cb;
}

// -1 when `later` is easier than `earlier` under `p`, +1 harder, 0 same or
// not comparable.
int direction(const Target& earlier, const Target& later, Polarity p) {
  if (p != Polarity::higher && p != Polarity::lower) return 0;
  int cmp = 0;
  if (comparable_kind(earlier) && comparable_kind(later)) {
    if (!same_unit_class(earlier, later)) return 0;
    auto o = *later.number() <=> *earlier.number();
    cmp = o < 0 ? -1 : (o > 0 ? 1 : 0);
  } else if (auto ra = ordinal_rank(earlier), rb = ordinal_rank(later); ra && rb) {
    cmp = *rb < *ra ? -1 : (*rb > *ra ? 1 : 0);
  } else {
    return 0;
  }
  return p == Polarity::higher ? cmp : -cmp;
}

std::vector<const Target*> set_targets_by_year(const Indicator& ind) {
  std::vector<const Target*> v;
  for (const auto& t : ind.targets)
    if (t.status == TargetStatus::set && t.year) v.push_back(&t);
  std::stable_sort(v.begin(), v.end(), [](const Target* a, const Target* b) { return *a->year < *b->year; });
  return v;
}

std::vector<int> plan_years(const ModelIndex& index, const std::string& doc_id) {
  const Document* d = index.document(doc_id);
  if (d && !d->years.empty()) return d->years;
  std::set<int> years;
  for (const auto& i : index.model().indicators)
    if (i.doc == doc_id)
      for (const auto& t : i.targets)
        if (t.year) years.insert(*t.year);
  return {years.begin(), years.end()};
}

std::string node_level(const ModelIndex& index, const Indicator& ind) {
  const Node* n = index.node(ind.node);
  return n ? n->level : "";
}

bool has_entry(const Indicator& ind, int year, bool count_not_available) {
  for (const auto& t : ind.targets) {
    if (t.year != year) continue;
    if (t.status == TargetStatus::missing) continue;
    if (t.status == TargetStatus::not_available && !count_not_available) continue;
    return true;
  }
  return false;
}

void check_missing(const ModelIndex& index, std::vector<Finding>& out) {
  const Model& model = index.model();
  // Years expected per (document, level): those most indicators of the
  // level carry a target cell for. Plans often set operational indicators
  // for the first year only; that is their rule, not a gap.
  // A shorter horizon shared by several indicators (3 or more, over a tenth
  // of the level: "Obiettivi comuni di sistema" planned for three years in a
  // five-year dashboard) is a convention too; a lone indicator without the
  // year is a gap.
  std::map<std::string, std::map<int, int>> carried;
  std::map<std::string, int> population;
  for (const auto& ind : model.indicators) {
    const std::string key = ind.doc + "|" + node_level(index, ind);
    ++population[key];
    for (int y : plan_years(index, ind.doc))
      if (has_entry(ind, y, true)) ++carried[key][y];
  }
  for (const auto& ind : model.indicators) {
    const std::string key = ind.doc + "|" + node_level(index, ind);
    std::vector<std::string> gaps;
    for (int y : plan_years(index, ind.doc)) {
      bool not_available = false;
      for (const auto& t : ind.targets)
        if (t.year == y && t.status == TargetStatus::not_available) not_available = true;
      if (not_available) {
        gaps.push_back(std::to_string(y) + " (N/D)");
        continue;
      }
      const int lacking = population[key] - carried[key][y];
      const bool expected = 2 * carried[key][y] > population[key] && (lacking < 3 || 10 * lacking <= population[key]);
      if (expected && !has_entry(ind, y, true)) gaps.push_back(std::to_string(y) + " (no target)");
    }
    if (gaps.empty()) continue;
    std::string list;
    for (const auto& g : gaps) list += (list.empty() ? "" : ", ") + g;
    Finding f = make_finding("target.missing", ind.id, "indicator " + label_of(ind) + " has no target for " + list);
    f.expected = "a target for every plan year";
    f.actual = list;
    f.sources.push_back(ind.source);
    out.push_back(std::move(f));
  }
}

bool notes_explain_change(const Indicator& ind) {
  for (const auto& n : ind.notes) {
    const std::string f = fold_for_matching(n);
    for (const char* word : {"modific", "variazion", "d cc", "delibera", "rimodul"})
      if (f.find(word) != std::string::npos) return true;
  }
  return false;
}

void check_operator(const Indicator& ind, std::vector<Finding>& out) {
  std::vector<const Target*> ts;
  // A bare value has no printed operator (dashboards print later years as
  // plain numbers): it does not change the operator, it leaves it unsaid.
  for (const Target* t : set_targets_by_year(ind))
    if (t->kind != TargetKind::text && t->op != Op::text && t->op != Op::none) ts.push_back(t);
  if (ts.size() < 2) return;
  std::map<Op, int> counts;
  for (const Target* t : ts) ++counts[t->op];
  if (counts.size() < 2 || notes_explain_change(ind)) return;
  Op usual = ts.front()->op;
  for (const auto& [op, n] : counts)
    if (n > counts[usual]) usual = op;
  std::string seq, odd;
  for (const Target* t : ts) {
    seq += (seq.empty() ? "" : ", ") + show_target(*t);
    if (t->op != usual) odd += (odd.empty() ? "" : ", ") + show_target(*t);
  }
  Finding f = make_finding("target.operator", ind.id,
                           "the target operator of " + label_of(ind) + " changes across years: " + seq);
  f.expected = std::string(to_string(usual)).empty() ? "(none)" : to_string(usual);
  f.actual = odd;
  f.sources.push_back(ind.source);
  out.push_back(std::move(f));
}

void check_unit(const Indicator& ind, std::vector<Finding>& out) {
  const UnitClass declared = unit_class(ind.unit);
  if (declared == UnitClass::unknown || declared == UnitClass::text || declared == UnitClass::date) return;
  std::string odd;
  std::optional<std::string> odd_unit;
  for (const auto& t : ind.targets) {
    if (t.status != TargetStatus::set || !(t.kind == TargetKind::number || t.kind == TargetKind::percent)) continue;
    const UnitClass c = unit_class(t.unit);
    if (c == UnitClass::unknown || c == declared) continue;
    odd += (odd.empty() ? "" : ", ") + show_target(t);
    odd_unit = t.unit;
  }
  if (odd.empty()) return;
  Finding f = make_finding("target.unit", ind.id,
                           "indicator " + label_of(ind) + " is measured in " + *ind.unit + " but its targets are in " +
                               odd_unit.value_or("?") + ": " + odd);
  f.expected = *ind.unit;
  f.actual = odd_unit.value_or("");
  f.sources.push_back(ind.source);
  out.push_back(std::move(f));
}

void check_unambitious(const Indicator& ind, std::vector<Finding>& out) {
  const Polarity p = effective_polarity(ind);
  if (p != Polarity::higher && p != Polarity::lower) return;
  const Target* latest = nullptr;
  for (const auto& b : ind.baselines) {
    if (!comparable_kind(b)) continue;
    if (!latest || (b.year && (!latest->year || *b.year >= *latest->year))) latest = &b;
  }
  if (!latest) return;
  std::string odd;
  for (const auto& t : ind.targets) {
    if (latest->year && t.year && *t.year <= *latest->year) continue;
    if (direction(*latest, t, p) < 0) odd += (odd.empty() ? "" : ", ") + show_target(t);
  }
  if (odd.empty()) return;
  Finding f = make_finding("target.unambitious", ind.id,
                           "targets of " + label_of(ind) + " (" + to_string(p) +
                               " is better) are easier than the latest baseline " + show_target(*latest) + ": " + odd);
  f.expected = std::string(p == Polarity::higher ? ">= " : "<= ") + show(*latest->number());
  f.actual = odd;
  f.sources.push_back(ind.source);
  out.push_back(std::move(f));
}

void check_declining(const Indicator& ind, std::vector<Finding>& out) {
  const Polarity p = effective_polarity(ind);
  auto ts = set_targets_by_year(ind);
  std::string steps;
  bool harder = false;
  for (std::size_t k = 1; k < ts.size(); ++k) {
    const int d = direction(*ts[k - 1], *ts[k], p);
    if (d < 0) steps += (steps.empty() ? "" : "; ") + show_target(*ts[k - 1]) + " -> " + show_target(*ts[k]);
    if (d > 0) harder = true;
  }
  // A plan that raises and then lowers a target is not "declining year after
  // year"; the unambitious rule still sees a target below the baseline.
  if (steps.empty() || harder) return;
  std::string seq;
  for (const Target* t : ts) seq += (seq.empty() ? "" : ", ") + show_target(*t);
  Finding f = make_finding("target.declining", ind.id,
                           "targets of " + label_of(ind) + " get easier year after year (" + to_string(p) +
                               " is better): " + seq);
  f.expected = std::string("targets ") + (p == Polarity::higher ? "not decreasing" : "not increasing");
  f.actual = steps;
  f.sources.push_back(ind.source);
  out.push_back(std::move(f));
}

}  // namespace

void check_targets(const ModelIndex& index, const AuditOptions&, std::vector<Finding>& out) {
  check_missing(index, out);
  for (const auto& ind : index.model().indicators) {
    check_operator(ind, out);
    check_unit(ind, out);
    check_unambitious(ind, out);
    check_declining(ind, out);
  }
}

}  // namespace allegato::audit_detail
