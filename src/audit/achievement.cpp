#include "audit/achievement.hpp"

#include "audit/audit_support.hpp"
#include "values/text.hpp"

namespace allegato {
namespace {

using audit_detail::half_unit;
using audit_detail::hundred;
using audit_detail::max_of;
using audit_detail::min_of;

constexpr int kRatioScale = 6;

bool met(Op op, const Decimal& r, const Decimal& t) {
  switch (op) {
    case Op::ge: return r >= t;
    case Op::gt: return r > t;
    case Op::le: return r <= t;
    case Op::lt: return r < t;
    case Op::eq: return r == t;
    default: return false;
  }
}

// Achievement at one result value, or nullopt where the ratio means nothing
// (zero or negative values that do not meet the target).
std::optional<Decimal> achievement_at(Op op, const Decimal& r, const Decimal& t) {
  if (met(op, r, t)) return hundred();
  if (op == Op::ge || op == Op::gt) {
    if (t.sign() <= 0) return std::nullopt;
    if (r.sign() <= 0) return Decimal::from_int(0);
    return min_of(hundred(), Decimal::divide(r * hundred(), t, kRatioScale));
  }
  if (op == Op::le || op == Op::lt) {
    if (t.sign() <= 0 || r.sign() <= 0) return std::nullopt;
    return min_of(hundred(), Decimal::divide(t * hundred(), r, kRatioScale));
  }
  return std::nullopt;
}

std::optional<AchievementRange> ratio_range(Op op, const Decimal& r_lo, const Decimal& r_hi, const Decimal& t) {
  auto a = achievement_at(op, r_lo, t);
  auto b = achievement_at(op, r_hi, t);
  if (!a || !b) return std::nullopt;
  return AchievementRange{min_of(*a, *b), max_of(*a, *b)};
}

bool is_yes(const std::string& folded) { return folded == "si" || folded == "yes"; }
bool is_no(const std::string& folded) { return folded == "no"; }

}  // namespace

AchievementRange printed_range(const Decimal& printed) {
  const Decimal h = half_unit(printed);
  return {printed - h, printed + h};
}

bool overlaps(const AchievementRange& a, const AchievementRange& b, const Decimal& slack) {
  return a.lo <= b.hi + slack && b.lo <= a.hi + slack;
}

std::vector<AchievementRange> expected_achievements(const Target& target, const Target& result) {
  std::vector<AchievementRange> out;
  if (target.status != TargetStatus::set || result.status != TargetStatus::set) return out;
  const AchievementRange full{hundred(), hundred()};
  const AchievementRange zero{Decimal::from_int(0), Decimal::from_int(0)};

  if (target.kind == TargetKind::date && result.kind == TargetKind::date && target.value && result.value) {
    // ISO dates compare as text. A bare date or "=" reads as a deadline.
    const bool ge = target.op == Op::ge || target.op == Op::gt;
    const bool ok = ge ? *result.value >= *target.value : *result.value <= *target.value;
    out.push_back(ok ? full : zero);
    return out;
  }
  if (target.value && result.value && (target.kind == TargetKind::text || target.kind == TargetKind::ordinal)) {
    const std::string t = fold_for_matching(*target.value), r = fold_for_matching(*result.value);
    if ((is_yes(t) || is_no(t)) && (is_yes(r) || is_no(r))) out.push_back(t == r ? full : zero);
    return out;
  }
  auto t = target.number();
  auto r = result.number();
  if (!t || !r) return out;
  // A result printed with few digits stands for a range; whole counts are
  // exact, whole percentages are not (55% may be 54,84%).
  const bool rounded = r->scale() > 0 || result.kind == TargetKind::percent ||
                       (result.unit && result.unit->find('%') != std::string::npos);
  const Decimal h = rounded ? half_unit(*r) : Decimal::from_int(0);
  const Decimal r_lo = *r - h, r_hi = *r + h;

  std::vector<Op> readings;
  switch (target.op) {
    case Op::ge:
    case Op::gt:
    case Op::le:
    case Op::lt: readings = {target.op}; break;
    case Op::eq:
      // "= 3" is read as "reach 3": proportional either way, or all-or-nothing.
      readings = {Op::ge, Op::le};
      if (!(r_lo <= *t && *t <= r_hi)) out.push_back(zero);
      break;
    case Op::none: readings = {Op::ge, Op::le}; break;
    case Op::range: {
      auto t2 = target.number2();
      if (t2 && *t <= r_lo && r_hi <= *t2) out.push_back(full);
      return out;
    }
    case Op::text: return out;
  }
  for (Op op : readings) {
    if (auto range = ratio_range(op, r_lo, r_hi, *t)) {
      range->reading = op;
      out.push_back(*range);
    }
  }
  return out;
}

}  // namespace allegato
