#pragma once
/// The pieces parse_number and parse_target are built from (internal to
/// src/values; other modules use value.hpp). Every function takes text that
/// normalize_text has already cleaned (ASCII operators and dashes, single
/// spaces, trimmed).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "values/decimal.hpp"

namespace allegato::value_parts {

/// A diagnostic without a subject: parse_target and parse_number prefix every
/// message with the raw text they were given ("'>= 67%.': ...").
Diagnostic note(Severity severity, std::string code, LocalMessage message);

/// A number with its unit: "229.447,35 Euro", "€ 70.000,00", "-19,41 %",
/// "--15.928" (doubled sign: read as -15928 with a warning), "3 testate".
struct Quantity {
  Decimal value;
  std::optional<std::string> unit;  ///< canonical ("%", "N.", "gg", "EUR") or as printed
  std::vector<Diagnostic> notes;    ///< debris repaired on the way
};
struct QuantityResult {
  std::optional<Quantity> quantity;
  LocalMessage why_not;             ///< set when quantity is not
};
QuantityResult parse_quantity(std::string_view text);

/// "%", "N."/"N"/"n."/"nr." -> "N.", "gg"/"giorni" -> "gg", "Euro"/"€"/"EUR"
/// -> "EUR"; other words (at most three, letters only) as printed; nullopt
/// for anything that is not a unit.
std::optional<std::string> canonical_unit(std::string_view printed);

/// Dates as printed in targets: "31/12/2017", "31.12.2017", "31-12-2017",
/// "30/11/ 2017" (joined lines), "31 dicembre 2024"; "31/12" takes the year
/// hint when there is one (with a note). `looks_like_date` says the text has
/// a date's shape even when it could not be read (then why_not says why).
struct DateResult {
  std::optional<std::string> iso;   ///< "YYYY-MM-DD"
  bool looks_like_date = false;
  LocalMessage why_not;
  std::vector<Diagnostic> notes;
};
DateResult parse_italian_date(std::string_view text, std::optional<int> year_hint);

/// Ordinal levels used as targets ("> Medio", maggiore o uguale a "Buono"),
/// and yes/no ("SI" -> "Sì", "NO" -> "No"): the canonical spelling
/// ("Medio", "Medio-alto"), or nullopt.
std::optional<std::string> ordinal_word(std::string_view text);

std::string ascii_lower(std::string_view s);
std::string_view trim(std::string_view s);

}  // namespace allegato::value_parts
