#include "audit/polarity.hpp"

#include "values/graded_target.hpp"
#include "values/text.hpp"

namespace allegato {

const char* to_string(Polarity p) {
  switch (p) {
    case Polarity::higher: return "higher";
    case Polarity::lower: return "lower";
    case Polarity::target: return "target";
    case Polarity::unknown: break;
  }
  return "unknown";
}

Polarity polarity_from_string(const std::string& s) {
  if (s == "higher") return Polarity::higher;
  if (s == "lower") return Polarity::lower;
  if (s == "target") return Polarity::target;
  return Polarity::unknown;
}

Polarity polarity_of_op(Op op) {
  switch (op) {
    case Op::ge:
    case Op::gt: return Polarity::higher;
    case Op::le:
    case Op::lt: return Polarity::lower;
    case Op::eq:
    case Op::range: return Polarity::target;
    case Op::none:
    case Op::text: break;
  }
  return Polarity::unknown;
}

namespace {
// Bare targets all above the latest measured baseline aim up; all below it,
// down (baseline 78%, targets 90% and 92%: higher is better). Targets on
// both sides, or equal to it, say nothing.
Polarity polarity_from_baseline(const Indicator& indicator) {
  const Target* latest = nullptr;
  for (const auto& b : indicator.baselines) {
    if (b.status != TargetStatus::set || !b.number()) continue;
    if (!latest || (b.year && (!latest->year || *b.year >= *latest->year))) latest = &b;
  }
  if (!latest) return Polarity::unknown;
  const Decimal base = *latest->number();
  int above = 0, below = 0;
  for (const auto& t : indicator.targets) {
    if (t.status != TargetStatus::set || t.kind != latest->kind) continue;
    const auto v = t.number();
    if (!v) continue;
    if (*v > base) ++above;
    else if (*v < base) ++below;
    else return Polarity::unknown;
  }
  if (above > 0 && below == 0) return Polarity::higher;
  if (below > 0 && above == 0) return Polarity::lower;
  return Polarity::unknown;
}
}  // namespace

Polarity infer_polarity(const Indicator& indicator) {
  int higher = 0, lower = 0, target = 0;
  for (const auto& t : indicator.targets) {
    if (t.status != TargetStatus::set) continue;
    switch (polarity_of_op(t.op)) {
      case Polarity::higher: ++higher; break;
      case Polarity::lower: ++lower; break;
      case Polarity::target: ++target; break;
      case Polarity::unknown: break;
    }
  }
  if (higher > 0 && higher >= lower) return Polarity::higher;
  if (lower > 0) return Polarity::lower;
  if (target > 0) return Polarity::target;
  // A graded target says it: the full score for the lowest values or the highest.
  for (const auto& t : indicator.targets) {
    const auto bands = read_bands(t.raw);
    if (!bands) continue;
    if (const auto down = lower_is_better(*bands)) return *down ? Polarity::lower : Polarity::higher;
  }
  // Days to do something: fewer is better (GG intercorsi per la pubblicazione).
  if (unit_class(indicator.unit) == UnitClass::days) return Polarity::lower;
  return polarity_from_baseline(indicator);
}

Polarity effective_polarity(const Indicator& indicator) {
  Polarity declared = polarity_from_string(indicator.polarity);
  return declared == Polarity::unknown ? infer_polarity(indicator) : declared;
}

UnitClass unit_class(const std::optional<std::string>& unit) {
  if (!unit || unit->empty()) return UnitClass::unknown;
  if (unit->find('%') != std::string::npos) return UnitClass::percent;
  if (*unit == "date") return UnitClass::date;
  if (*unit == "text") return UnitClass::text;
  if (unit->find("\xE2\x82\xAC") != std::string::npos) return UnitClass::money;  // €
  std::string f = fold_for_matching(*unit);
  while (!f.empty() && (f.back() == ' ' || f.back() == '.')) f.pop_back();
  if (f == "n" || f == "nr" || f == "num" || f == "numero" || f == "n ro") return UnitClass::count;
  if (f == "gg" || f == "giorni" || f == "giorno" || f == "gg lavorativi") return UnitClass::days;
  if (f == "eur" || f == "euro" || f == "e") return UnitClass::money;
  return UnitClass::unknown;
}

const char* to_string(UnitClass c) {
  switch (c) {
    case UnitClass::percent: return "percent";
    case UnitClass::count: return "count";
    case UnitClass::days: return "days";
    case UnitClass::money: return "money";
    case UnitClass::date: return "date";
    case UnitClass::text: return "text";
    case UnitClass::unknown: break;
  }
  return "unknown";
}

}  // namespace allegato

#include "audit/audit.hpp"

namespace allegato {

void fill_polarity(Model& model) {
  for (auto& ind : model.indicators)
    if (polarity_from_string(ind.polarity) == Polarity::unknown) ind.polarity = to_string(infer_polarity(ind));
}

}  // namespace allegato
