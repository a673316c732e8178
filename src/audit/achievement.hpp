#pragma once
/// Recomputing an indicator's achievement from its result and target
/// (domain.md): >= result/target capped at 100; <= target/result capped;
/// dates and yes/no met 100 or 0. Printed rounding is honoured by working
/// with ranges: a result printed "55%" may be anything in 54,5..55,5.
#include <optional>
#include <vector>

#include "model/model.hpp"

namespace allegato {

/// An achievement range in percent points, lo <= hi.
struct AchievementRange {
  Decimal lo;
  Decimal hi;
  Op reading = Op::none;  ///< the target's reading that gives it (ge/le for a bare "90%")
};

/// The achievements a document could have printed for `result` against
/// `target`: one range per reading of the target (a bare number with no
/// operator may mean "at least" or "at most"). Empty when it cannot be
/// judged (text result, no value, negative ratios, ranges not met).
std::vector<AchievementRange> expected_achievements(const Target& target, const Target& result);

/// The range a printed number stands for: 91,40 -> 91,395..91,405.
AchievementRange printed_range(const Decimal& printed);

/// True when `a` and `b` overlap once widened by `slack` on each side.
bool overlaps(const AchievementRange& a, const AchievementRange& b, const Decimal& slack);

}  // namespace allegato
