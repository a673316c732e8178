#pragma once
/// Targets printed as a change relative to the baseline ("Aumento del 10%
/// rispetto alla baseline", "Riduzione del 2%"): with the baseline printed,
/// the value they set is computed exactly (412 x 1,10 = 453,2) and read as
/// "at least" for an increase, "at most" for a decrease.
#include <optional>
#include <string_view>

#include "values/value.hpp"

namespace allegato {

/// A relative change read from a phrase: +1 for an increase, -1 for a decrease.
struct RelativeChange {
  int sign = 0;
  Decimal percent;        ///< the change in percent of the baseline, or the amount when `absolute`
  bool absolute = false;  ///< "aumento di 12 posti": an amount added to (taken from) the baseline
};

/// The change a phrase states, if it names one (a change word and a
/// percentage: "Aumento del 10%", "riduzione del 2%", "+5%"; or a change
/// word, "di", and an amount: "aumento di 12 posti"). "Riduzione a 40
/// giorni" sets a value, no change.
std::optional<RelativeChange> relative_change(std::string_view phrase);

/// The target the change sets against `baseline` (a number or percent with a
/// value), keeping `printed` as raw, year and source; nullopt when the
/// baseline holds no number.
std::optional<Target> apply_change(const Target& printed, const RelativeChange& change, const Target& baseline);

}  // namespace allegato
