#pragma once
/// Which direction is better for an indicator, and units compared by class.
#include <optional>
#include <string>

#include "model/model.hpp"

namespace allegato {

enum class Polarity { higher, lower, target, unknown };

/// "higher", "lower", "target", "unknown" (the contract's spelling).
const char* to_string(Polarity p);
Polarity polarity_from_string(const std::string& s);

/// >= and > : higher is better; <= and < : lower; = and range : a target
/// value; no operator or text : unknown.
Polarity polarity_of_op(Op op);

/// From the operators of the indicator's set targets (the directional ones
/// win over "=", which documents often print for "at least"); if none
/// decides, a days unit (gg) means lower is better; else unknown.
Polarity infer_polarity(const Indicator& indicator);

/// The declared polarity unless it is "unknown", then infer_polarity().
Polarity effective_polarity(const Indicator& indicator);

enum class UnitClass { percent, count, days, money, date, text, unknown };

/// "%" percent; "N.", "n.", "n", "nr", "numero" count; "gg", "giorni"
/// days; "EUR", "€", "Euro" money; "date"; "text"; anything else unknown.
UnitClass unit_class(const std::optional<std::string>& unit);
const char* to_string(UnitClass c);

}  // namespace allegato
