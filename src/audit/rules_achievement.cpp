// achievement.mismatch (one indicator) and achievement.rollup (a node
// against the roll-up rule its document follows).
#include <functional>

#include "audit/achievement.hpp"
#include "audit/polarity.hpp"
#include "audit/audit_support.hpp"

namespace allegato::audit_detail {

// Points earned ("12 punti", in_points): a score, not a degree of
// achievement in percent; they add up instead of following from result and
// target.
namespace {

// The entry of `v` for `year`; a lone entry with no year (or a lone entry
// when no year is asked) stands for any year.
template <typename T>
const T* pick(const std::vector<T>& v, std::optional<int> year) {
  for (const auto& x : v)
    if (year && x.year == year) return &x;
  if (v.size() == 1 && (!year || !v.front().year)) return &v.front();
  return nullptr;
}

std::string show_range(const AchievementRange& r) {
  const Decimal lo = r.lo.rounded(2), hi = r.hi.rounded(2);
  return lo == hi ? show(lo) : show(lo) + ".." + show(hi);
}

std::string year_text(std::optional<int> y) { return y ? " (" + std::to_string(*y) + ")" : ""; }

Phrase range_phrase(const AchievementRange& r) {
  const Decimal lo = r.lo.rounded(2), hi = r.hi.rounded(2);
  Phrase p;
  p.number(lo.normalized());
  if (!(lo == hi)) p.text("..").number(hi.normalized());
  return p;
}

}  // namespace

namespace {
// A bare target ("90%") may mean at least or at most. An indicator goes one
// way in every year: when the printed achievements of some year follow
// from one reading only, and no year's from the other only, that reading
// is the indicator's (2025: 91 against 90 printed 100% says "at least";
// then 2024: 80 against 90 printed 100% does not follow).
std::optional<Op> direction_of(const Indicator& ind, const AuditOptions& options) {
  bool only_ge = false, only_le = false;
  for (const auto& a : ind.achievement) {
    if (!a.number.value) continue;
    const Target* target = pick(ind.targets, a.year);
    const Target* result = pick(ind.results, a.year);
    if (!target || !result || target->op != Op::none) continue;
    const AchievementRange printed = printed_range(*a.number.value);
    bool ge = false, le = false;
    for (const auto& r : expected_achievements(*target, *result)) {
      if (!overlaps(r, printed, options.achievement_tolerance)) continue;
      ge = ge || r.reading == Op::ge;
      le = le || r.reading == Op::le;
    }
    only_ge = only_ge || (ge && !le);
    only_le = only_le || (le && !ge);
  }
  if (only_ge == only_le) return std::nullopt;
  return only_ge ? Op::ge : Op::le;
}
}  // namespace

void check_achievements(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out) {
  for (const auto& ind : index.model().indicators) {
    // The indicator's polarity (its operators, its unit, its targets
    // against its baseline) first; else what its printed years settle.
    std::optional<Op> direction = direction_of(ind, options);
    if (const Polarity p = effective_polarity(ind); p == Polarity::higher) direction = Op::ge;
    else if (p == Polarity::lower) direction = Op::le;
    for (const auto& a : ind.achievement) {
      if (!a.number.value || in_points(a.number)) continue;
      const Target* target = pick(ind.targets, a.year);
      const Target* result = pick(ind.results, a.year);
      if (!target || !result) continue;
      auto ranges = expected_achievements(*target, *result);
      if (direction && target->op == Op::none) {
        // The reading the indicator's other years settled.
        std::erase_if(ranges, [&](const AchievementRange& r) { return r.reading != *direction; });
      }
      if (ranges.empty()) continue;
      const AchievementRange printed = printed_range(*a.number.value);
      bool explained = false;
      for (const auto& r : ranges) explained = explained || overlaps(r, printed, options.achievement_tolerance);
      if (explained) continue;
      Finding f = make_finding("achievement.mismatch", ind.id,
                               "printed achievement " + a.number.raw + " of " + label_of(ind) + year_text(a.year) +
                                   " does not follow from result " + result->raw + " against target " + target->raw +
                                   ", which gives " + show_range(ranges.front()) + "%");
      f.text = LocalMessage(N_("printed achievement {printed} of {subject}{year} does not follow from result {result} "
                               "against target {target}, which gives {expected}%"))
                   .set("printed", number_phrase(a.number))
                   .set("subject", label_of(ind))
                   .set("year", year_text(a.year))
                   .set("result", target_phrase(*result))
                   .set("target", target_phrase(*target))
                   .set("expected", range_phrase(ranges.front()));
      f.expected = show_range(ranges.front());
      f.actual = a.number.value->to_string();
      f.sources.push_back(ind.source);
      // The cells in question: the result, the target and the printed %.
      const std::string y = a.year ? " " + std::to_string(*a.year) : std::string();
      add_value_source(f, result->source, "result" + y);
      add_value_source(f, target->source, "target" + y);
      add_value_source(f, a.number.source, "printed achievement" + y);
      out.push_back(std::move(f));
    }
  }
}

namespace {

enum class RollupRule { weighted_children, indicator_mean };

const char* describe(RollupRule r) {
  return r == RollupRule::weighted_children ? N_("the weighted mean of its children")
                                            : N_("the mean of all indicators below it");
}

class Rollup {
 public:
  explicit Rollup(const ModelIndex& index) : index_(index) {}

  std::optional<AchievementRange> indicator_value(const Indicator& ind, std::optional<int> year) const {
    if (const YearNumber* a = pick(ind.achievement, year); a && a->number.value)
      return printed_range(*a->number.value);
    const Target* t = pick(ind.targets, year);
    const Target* r = pick(ind.results, year);
    if (!t || !r) return std::nullopt;
    auto ranges = expected_achievements(*t, *r);
    if (ranges.size() != 1) return std::nullopt;
    return ranges.front();
  }

  // Weighted mean of the children (child nodes and the node's own
  // indicators); a child node without a printed value is computed the same way.
  std::optional<AchievementRange> weighted(const Node& node, std::optional<int> year, bool use_printed,
                                           int depth = 0) const {
    if (depth > 64) return std::nullopt;
    if (use_printed)
      if (const YearNumber* a = pick(node.achievement, year); a && a->number.value)
        return printed_range(*a->number.value);
    std::vector<std::pair<std::optional<Decimal>, AchievementRange>> parts;
    for (const Node* c : index_.unique_children(node.id)) {
      auto v = weighted(*c, year, true, depth + 1);
      if (!v) return std::nullopt;
      parts.push_back({c->weight ? c->weight->value : std::nullopt, *v});
    }
    for (const Indicator* i : index_.indicators_of(node.id)) {
      auto v = indicator_value(*i, year);
      if (!v) return std::nullopt;
      parts.push_back({i->weight ? i->weight->value : std::nullopt, *v});
    }
    return mean(parts);
  }

  std::optional<AchievementRange> indicator_mean(const Node& node, std::optional<int> year) const {
    std::vector<std::pair<std::optional<Decimal>, AchievementRange>> parts;
    bool complete = true;
    collect(node, year, parts, complete, 0);
    if (!complete) return std::nullopt;
    for (auto& p : parts) p.first.reset();
    return mean(parts);
  }

 private:
  void collect(const Node& node, std::optional<int> year,
               std::vector<std::pair<std::optional<Decimal>, AchievementRange>>& parts, bool& complete,
               int depth) const {
    if (depth > 64) return;
    for (const Indicator* i : index_.indicators_of(node.id)) {
      auto v = indicator_value(*i, year);
      if (!v) complete = false;
      else parts.push_back({std::nullopt, *v});
    }
    for (const Node* c : index_.unique_children(node.id)) collect(*c, year, parts, complete, depth + 1);
  }

  static std::optional<AchievementRange> mean(
      const std::vector<std::pair<std::optional<Decimal>, AchievementRange>>& parts) {
    if (parts.empty()) return std::nullopt;
    bool weighted = true;
    for (const auto& p : parts) weighted = weighted && p.first && p.first->sign() > 0;
    Decimal total, lo, hi;
    for (const auto& p : parts) {
      const Decimal w = weighted ? *p.first : Decimal::from_int(1);
      total = total + w;
      lo = lo + w * p.second.lo;
      hi = hi + w * p.second.hi;
    }
    return AchievementRange{Decimal::divide(lo, total, 6), Decimal::divide(hi, total, 6)};
  }

  const ModelIndex& index_;
};

struct Case {
  const Node* node;
  const YearNumber* printed;
  std::optional<AchievementRange> by_rule[2];
};

}  // namespace

void check_rollups(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out) {
  const Rollup rollup(index);
  for (const auto& doc : index.model().documents) {
    std::vector<Case> cases;
    for (const auto& n : index.model().nodes) {
      if (n.doc != doc.id) continue;
      for (const auto& a : n.achievement) {
        if (!a.number.value) continue;
        // Points earned ("42 punti") add up rather than average: not a
        // degree of achievement the roll-up rules compare.
        if (in_points(a.number)) continue;
        Case c{&n, &a, {rollup.weighted(n, a.year, false), rollup.indicator_mean(n, a.year)}};
        if (c.by_rule[0] || c.by_rule[1]) cases.push_back(c);
      }
    }
    // The document's rule is the one that explains more printed values
    // exactly (within printed rounding, no tolerance); ties go to the
    // weighted mean, the usual rule.
    int explained[2] = {0, 0};
    for (const auto& c : cases)
      for (int k = 0; k < 2; ++k)
        if (c.by_rule[k] && overlaps(*c.by_rule[k], printed_range(*c.printed->number.value), Decimal()))
          ++explained[k];
    const int chosen = explained[1] > explained[0] ? 1 : 0;
    const RollupRule rule = chosen == 0 ? RollupRule::weighted_children : RollupRule::indicator_mean;
    for (const auto& c : cases) {
      const auto& expected = c.by_rule[chosen];
      if (!expected) continue;
      if (overlaps(*expected, printed_range(*c.printed->number.value), options.achievement_tolerance)) continue;
      const auto& other = c.by_rule[1 - chosen];
      Finding f = make_finding(
          "achievement.rollup", c.node->id,
          "printed achievement " + c.printed->number.raw + " of " + label_of(*c.node) + year_text(c.printed->year) +
              " departs from the document's roll-up rule, " + describe(rule) + " (it explains " +
              std::to_string(explained[chosen]) + " of " + std::to_string(cases.size()) +
              " printed values), which gives " + show_range(*expected) + "%" +
              (other ? std::string("; ") + describe(chosen == 0 ? RollupRule::indicator_mean
                                                                 : RollupRule::weighted_children) +
                           " gives " + show_range(*other) + "%"
                     : std::string()));
      f.text = LocalMessage(other ? N_("printed achievement {printed} of {subject}{year} departs from the document's "
                                       "roll-up rule, {rule} (it explains {explained} of {cases} printed values), "
                                       "which gives {expected}%; {other_rule} gives {other}%")
                                  : N_("printed achievement {printed} of {subject}{year} departs from the document's "
                                       "roll-up rule, {rule} (it explains {explained} of {cases} printed values), "
                                       "which gives {expected}%"))
                   .set("printed", number_phrase(c.printed->number))
                   .set("subject", label_of(*c.node))
                   .set("year", year_text(c.printed->year))
                   .set("rule", Phrase().term(describe(rule)))
                   .set("explained", Phrase().count(explained[chosen]))
                   .set("cases", Phrase().count(static_cast<long long>(cases.size())))
                   .set("expected", range_phrase(*expected));
      if (other)
        f.text.set("other_rule", Phrase().term(describe(chosen == 0 ? RollupRule::indicator_mean
                                                                    : RollupRule::weighted_children)))
            .set("other", range_phrase(*other));
      f.expected = show_range(*expected);
      f.actual = c.printed->number.value->to_string();
      f.sources.push_back(c.node->source);
      for (const Node* k : index.unique_children(c.node->id)) f.sources.push_back(k->source);
      for (const Indicator* i : index.indicators_of(c.node->id)) f.sources.push_back(i->source);
      out.push_back(std::move(f));
    }
  }
}

}  // namespace allegato::audit_detail
