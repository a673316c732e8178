#pragma once
/// The numeric core of an Italian printed number ("229.447,35", "-0,23",
/// "1419"), read exactly with ICU's it_IT DecimalFormat in strict mode.
/// Operators, signs doubled by extraction, units and currency signs are the
/// caller's job (value.cpp strips them); this reads digits only.
#include <optional>
#include <string>

#include "i18n/message.hpp"
#include <string_view>

#include "values/decimal.hpp"

namespace allegato {

/// Result of reading a numeric core: the value, or why it is not one.
struct ItalianNumber {
  std::optional<Decimal> value;  ///< scale = digits printed after the comma
  LocalMessage why_not;          ///< empty when value is set; a msgid with its arguments
};

/// Reads `core` as an Italian number: optional '-' or '+', digits, '.' only
/// as a thousands separator between groups of three, ',' as the decimal
/// point. "1.419" is 1419, "0,23" is 0.23, "12.34" is rejected (a dot
/// followed by two digits is neither Italian grouping nor a decimal comma).
/// Never throws; never passes through floating point.
ItalianNumber parse_italian_number(std::string_view core);

/// True if `c` may appear in a numeric core (digits, '.', ',').
inline bool is_number_char(char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; }

}  // namespace allegato
