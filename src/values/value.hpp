#pragma once
/// Numbers and targets as the contract defines them (canonical-model.md,
/// "Numbers" and "Targets, baselines, results").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/boxed.hpp"
#include "core/diagnostics.hpp"
#include "values/decimal.hpp"

namespace allegato {

/// A value a person corrected (`--corrections FILE`): what the document
/// printed, and the line of which corrections file put the value right. The
/// value itself then holds the correction (extension of the contract:
/// "corrected": {"printed", "file", "line"} in JSON).
struct Correction {
  std::string printed;  ///< as the document printed it; "" when it printed nothing
  std::string file;     ///< the corrections file's name
  int line = 0;         ///< 1-based line in it
  bool operator==(const Correction&) const = default;
};

/// {"raw": "229.447,35 Euro", "value": "229447.35", "unit": "EUR"}
struct Number {
  std::string raw;                   ///< as printed (after joining wrapped lines)
  std::optional<Decimal> value;      ///< nullopt when the text holds no number (N/D, blank)
  std::optional<std::string> unit;   ///< "%", "N.", "gg", "EUR", "date", "text", or as printed
  std::optional<Source> source;      ///< where this value was printed (extension: the value's own cell)
  Boxed<Correction> corrected;  ///< set when a person corrected this value (extension; rare, so boxed)
  bool operator==(const Number&) const = default;
};

enum class Op { none, ge, gt, le, lt, eq, range, text };
enum class TargetKind { number, percent, date, ordinal, text };
enum class TargetStatus { set, not_available, measurement_year, periodic, missing };

const char* to_string(Op op);          ///< ">=", ">", "<=", "<", "=", "range", "text"; none -> ""
const char* to_string(TargetKind k);   ///< "number", "percent", ...
const char* to_string(TargetStatus s); ///< "set", "not_available", ...
std::optional<Op> op_from_string(std::string_view s);
std::optional<TargetKind> kind_from_string(std::string_view s);
std::optional<TargetStatus> status_from_string(std::string_view s);

/// A target, baseline or result:
/// {"year": 2023, "raw": ">= 0,23 N.", "op": ">=", "value": "0.23", "value2": null,
///  "unit": "N.", "kind": "number", "status": "set"}
struct Target {
  std::optional<int> year;
  std::string raw;
  Op op = Op::none;                   ///< none serialises as null (no operator printed)
  std::optional<std::string> value;   ///< decimal text, "YYYY-MM-DD", or the ordinal word
  Boxed<std::string> value2;         ///< upper bound of a range (rare, so boxed)
  std::optional<std::string> unit;
  TargetKind kind = TargetKind::text;
  TargetStatus status = TargetStatus::set;
  Boxed<std::string> label;          ///< "ITP" in "ITP < -10" (rare, so boxed)
  std::optional<Source> source;       ///< where this value was printed (extension: the value's own cell)
  Boxed<Correction> corrected;  ///< set when a person corrected this value (extension; rare, so boxed)

  /// The value as a Decimal when kind is number or percent.
  std::optional<Decimal> number() const;
  std::optional<Decimal> number2() const;
  bool operator==(const Target&) const = default;
};

/// Reads an Italian number with its unit: "1.419" -> 1419, "229.447,35 Euro"
/// -> 229447.35 EUR, "16,66%" -> 16.66 %, "N/D" -> no value, "€ 70.000,00".
/// Never guesses: text that is not a number gives value nullopt, unit "text",
/// and a diagnostic "value.not_a_number" in `diagnostics` (if given).
/// Blank and not-available cells (N/D, -) give value and unit nullopt with no
/// diagnostic; a date gives unit "date", no value, and an info diagnostic.
/// An operator is not part of a number (">= 5" is not a number: use
/// parse_target). Canonical text ("0.3333" from a workbook) is
/// Decimal::parse's job, not this one's: "0.500" is rejected here.
/// Never throws.
Number parse_number(std::string_view raw, std::vector<Diagnostic>* diagnostics = nullptr);

/// Reads a target/baseline/result cell: operators (ASCII, Unicode, words),
/// ranges, dates, ordinals, statuses (N/D, Anno di rilevazione, Annuale),
/// labels ("ITP < -10"). Ambiguous text parses as kind text with a
/// diagnostic "value.ambiguous".
///
/// Rules (the grammar is spelled out at the top of parse_target.cpp):
/// - No operator printed -> op none (JSON null), for targets, baselines and
///   results alike: the parser never invents one. "100%" is op none, "=45.000"
///   is op "=". Readers that need one treat none as "=" for baselines and
///   results, and by the indicator's polarity for targets.
/// - Blank -> status missing. "N/D", "n.d.", "-", "Kpi non definito", "non
///   disponibile" -> not_available. "Anno (di) rilevazione ..." ->
///   measurement_year. "Annuale" (and semestrale, trimestrale, mensile) ->
///   periodic. A status has op none, kind text, value null.
/// - Kind text with status set always has op "text", value null and a
///   "value.ambiguous" diagnostic saying why (e.g. "12.34": a dot followed by
///   two digits is neither grouping nor a decimal comma; "<=30/11/": the year
///   was wrapped onto the next line and not joined).
/// - Dates: "31/12/2017", "31.12.2017", "31 dicembre 2024", "30/11/ 2017"
///   and "31/12/20 17" (joined lines); "31/12" only with `year`; a two-digit
///   year is read as 20yy with a warning, or refused when `year` differs.
///   "30.11" is a day.month only after a deadline word ("entro il 30.11",
///   with `year`); alone it is ambiguous (a decimal point? a date?) -> text.
/// - Units: "%" (kind percent); N./N/n./nr. -> "N."; gg/giorni -> "gg";
///   Euro/EUR/€ -> "EUR"; dates -> "date"; up to three other words as
///   printed ("testate"). Ordinals: Basso..Alto, Buono, Ottimo..., SI/NO.
/// - Repaired debris is reported: "value.doubled_sign" (warning, "--15.928"),
///   "value.debris" (info, ">= 67%."), "value.joined_year",
///   "value.date_year_assumed", "value.two_digit_year", "value.trailing_text",
///   "value.dotted_date",
///   "value.range_reversed".
/// Never throws: any bytes give a Target (invalid UTF-8 becomes U+FFFD).
Target parse_target(std::string_view raw, std::optional<int> year = std::nullopt,
                    std::vector<Diagnostic>* diagnostics = nullptr);

}  // namespace allegato
