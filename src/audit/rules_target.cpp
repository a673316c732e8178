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
  return index.target_years(doc_id);
}

bool has_entry(const Indicator& ind, int year) {
  for (const auto& t : ind.targets) {
    if (t.year != year) continue;
    if (t.status == TargetStatus::missing || t.status == TargetStatus::not_available) continue;
    return true;
  }
  return false;
}

bool not_available_in(const Indicator& ind, int year) {
  for (const auto& t : ind.targets)
    if (t.year == year && t.status == TargetStatus::not_available) return true;
  return false;
}

// The plan years an indicator prints no target for (blank, marked missing, or
// no cell at all); N/D years are listed apart.
std::vector<int> years_without_target(const ModelIndex& index, const Indicator& ind) {
  std::vector<int> years;
  for (int y : plan_years(index, ind.doc))
    if (!not_available_in(ind, y) && !has_entry(ind, y)) years.push_back(y);
  return years;
}

// Boxes a target or baseline's own cell, captioned "target 2023" ("baseline
// 2021"); the report words the caption in its language.
void add_target_source(Finding& f, const Target& t, const char* what) {
  add_value_source(f, t.source, what + (t.year ? " " + std::to_string(*t.year) : std::string()));
}

std::string horizon_key(const Indicator& ind, const std::vector<int>& years) {
  std::string key = ind.doc + "|";
  for (int y : years) key += std::to_string(y) + ",";
  return key;
}

void check_missing(const ModelIndex& index, std::vector<Finding>& out) {
  const Model& model = index.model();
  // Every plan year without a target is reported (the contract: "no target,
  // or N/D, for a year the plan covers"). Plans often set operational
  // indicators for the first year only: when the same years are missing in a
  // group of the document's indicators (two or more, and at least a tenth of
  // the document), that shorter horizon is the document's own choice; it is
  // still reported, so an OIV sees it, but as info and saying how many share
  // it. An isolated gap, and every N/D, stays a warning.
  std::map<std::string, int> population;      // indicators per document
  std::map<std::string, int> sharing;         // indicators per (document, missing years)
  for (const auto& ind : model.indicators) {
    ++population[ind.doc];
    const auto years = years_without_target(index, ind);
    if (!years.empty()) ++sharing[horizon_key(ind, years)];
  }
  for (const auto& ind : model.indicators) {
    const auto no_target = years_without_target(index, ind);
    std::vector<std::string> gaps;
    std::vector<Phrase> gap_phrases;
    bool has_not_available = false;
    for (int y : plan_years(index, ind.doc)) {
      if (not_available_in(ind, y)) {
        gaps.push_back(std::to_string(y) + " (N/D)");
        gap_phrases.push_back(Phrase(std::to_string(y) + " (N/D)"));
        has_not_available = true;
      } else if (std::find(no_target.begin(), no_target.end(), y) != no_target.end()) {
        gaps.push_back(std::to_string(y) + " (no target)");
        gap_phrases.push_back(Phrase(std::to_string(y) + " (").term(N_("no target")).text(")"));
      }
    }
    if (gaps.empty()) continue;
    std::string list;
    for (const auto& g : gaps) list += (list.empty() ? "" : ", ") + g;
    const int shared = no_target.empty() ? 0 : sharing[horizon_key(ind, no_target)];
    const bool convention = !has_not_available && shared >= 2 && 10 * shared >= population[ind.doc];
    std::string message = "indicator " + label_of(ind) + " has no target for " + list;
    if (convention)
      message += ", like " + std::to_string(shared - 1) + " other indicator" + (shared - 1 == 1 ? "" : "s") +
                 " of this document (a shorter horizon the document shares)";
    Finding f = make_finding("target.missing", ind.id, message);
    if (convention) f.severity = Severity::info;
    f.text = LocalMessage(convention ? N_("indicator {subject} has no target for {years}, {others} (a shorter horizon "
                                          "the document shares)")
                                     : N_("indicator {subject} has no target for {years}"))
                 .set("subject", label_of(ind))
                 .set("years", join(gap_phrases, ", "))
                 .set("others", Phrase().plural("like {n} other indicator of this document",
                                                "like {n} other indicators of this document", shared - 1));
    f.expected = "a target for every plan year";
    f.actual = list;
    f.sources.push_back(ind.source);
    // The N/D or blank cell printed for a year, when the reader kept it.
    for (const auto& t : ind.targets)
      if (t.year && (t.status == TargetStatus::not_available || t.status == TargetStatus::missing))
        add_target_source(f, t, "target");
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
  std::vector<Phrase> seq_phrases;
  for (const Target* t : ts) {
    seq_phrases.push_back(show_target_phrase(*t));
    seq += (seq.empty() ? "" : ", ") + show_target(*t);
    if (t->op != usual) odd += (odd.empty() ? "" : ", ") + show_target(*t);
  }
  Finding f = make_finding("target.operator", ind.id,
                           "the target operator of " + label_of(ind) + " changes across years: " + seq);
  f.text = LocalMessage(N_("the target operator of {subject} changes across years: {targets}"))
               .set("subject", label_of(ind))
               .set("targets", join(seq_phrases, ", "));
  f.expected = std::string(to_string(usual)).empty() ? "(none)" : to_string(usual);
  f.actual = odd;
  f.sources.push_back(ind.source);
  for (const Target* t : ts)
    if (t->op != usual) add_target_source(f, *t, "target");
  out.push_back(std::move(f));
}

void check_unit(const Indicator& ind, std::vector<Finding>& out) {
  const UnitClass declared = unit_class(ind.unit);
  if (declared == UnitClass::unknown || declared == UnitClass::text || declared == UnitClass::date) return;
  std::string odd;
  std::vector<Phrase> odd_phrases;
  std::optional<std::string> odd_unit;
  std::vector<const Target*> odd_targets;
  for (const auto& t : ind.targets) {
    if (t.status != TargetStatus::set || !(t.kind == TargetKind::number || t.kind == TargetKind::percent)) continue;
    const UnitClass c = unit_class(t.unit);
    if (c == UnitClass::unknown || c == declared) continue;
    odd_targets.push_back(&t);
    odd += (odd.empty() ? "" : ", ") + show_target(t);
    odd_phrases.push_back(show_target_phrase(t));
    odd_unit = t.unit;
  }
  if (odd.empty()) return;
  Finding f = make_finding("target.unit", ind.id,
                           "indicator " + label_of(ind) + " is measured in " + *ind.unit + " but its targets are in " +
                               odd_unit.value_or("?") + ": " + odd);
  f.text = LocalMessage(N_("indicator {subject} is measured in {unit} but its targets are in {other_unit}: {targets}"))
               .set("subject", label_of(ind))
               .set("unit", *ind.unit)
               .set("other_unit", odd_unit.value_or("?"))
               .set("targets", join(odd_phrases, ", "));
  f.expected = *ind.unit;
  f.actual = odd_unit.value_or("");
  f.sources.push_back(ind.source);
  for (const Target* t : odd_targets) add_target_source(f, *t, "target");
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
  std::vector<Phrase> odd_phrases;
  std::vector<const Target*> easier;
  for (const auto& t : ind.targets) {
    if (latest->year && t.year && *t.year <= *latest->year) continue;
    if (direction(*latest, t, p) < 0) {
      easier.push_back(&t);
      odd += (odd.empty() ? "" : ", ") + show_target(t);
      odd_phrases.push_back(show_target_phrase(t));
    }
  }
  if (odd.empty()) return;
  Finding f = make_finding("target.unambitious", ind.id,
                           "targets of " + label_of(ind) + " (" + to_string(p) +
                               " is better) are easier than the latest baseline " + show_target(*latest) + ": " + odd);
  f.text = LocalMessage(p == Polarity::higher
                            ? N_("targets of {subject} (higher is better) are easier than the latest baseline {baseline}: {targets}")
                            : N_("targets of {subject} (lower is better) are easier than the latest baseline {baseline}: {targets}"))
               .set("subject", label_of(ind))
               .set("baseline", show_target_phrase(*latest))
               .set("targets", join(odd_phrases, ", "));
  f.expected = std::string(p == Polarity::higher ? ">= " : "<= ") + show(*latest->number());
  f.actual = odd;
  f.sources.push_back(ind.source);
  add_target_source(f, *latest, "baseline");
  for (const Target* t : easier) add_target_source(f, *t, "target");
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
  // Any year whose target is easier than the year before is flagged: a
  // plan that lowers a target once (74% -> 73% -> 75%) still asks an OIV
  // why. Easing every year and easing once read differently.
  if (steps.empty()) return;
  std::string seq;
  std::vector<Phrase> seq_phrases;
  for (const Target* t : ts) {
    seq += (seq.empty() ? "" : ", ") + show_target(*t);
    seq_phrases.push_back(show_target_phrase(*t));
  }
  Finding f = make_finding("target.declining", ind.id,
                           (harder ? "a target of " + label_of(ind) + " gets easier from one year to the next ("
                                   : "targets of " + label_of(ind) + " get easier year after year (") +
                               to_string(p) + " is better): " + seq);
  if (harder) {
    f.text = LocalMessage(p == Polarity::higher
                              ? N_("a target of {subject} gets easier from one year to the next (higher is better): {targets}")
                              : N_("a target of {subject} gets easier from one year to the next (lower is better): {targets}"))
                 .set("subject", label_of(ind))
                 .set("targets", join(seq_phrases, ", "));
  } else {
    f.text = LocalMessage(p == Polarity::higher
                              ? N_("targets of {subject} get easier year after year (higher is better): {targets}")
                              : N_("targets of {subject} get easier year after year (lower is better): {targets}"))
                 .set("subject", label_of(ind))
                 .set("targets", join(seq_phrases, ", "));
  }
  f.expected = std::string("targets ") + (p == Polarity::higher ? "not decreasing" : "not increasing");
  f.actual = steps;
  f.sources.push_back(ind.source);
  for (const Target* t : ts) add_target_source(f, *t, "target");
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
