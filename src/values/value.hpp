#pragma once
/// Numbers and targets as the contract defines them (canonical-model.md,
/// "Numbers" and "Targets, baselines, results").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "values/decimal.hpp"

namespace allegato {

/// {"raw": "229.447,35 Euro", "value": "229447.35", "unit": "EUR"}
struct Number {
  std::string raw;                   ///< as printed (after joining wrapped lines)
  std::optional<Decimal> value;      ///< nullopt when the text holds no number (N/D, blank)
  std::optional<std::string> unit;   ///< "%", "N.", "gg", "EUR", "date", "text", or as printed
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
  std::optional<std::string> value2;  ///< upper bound of a range
  std::optional<std::string> unit;
  TargetKind kind = TargetKind::text;
  TargetStatus status = TargetStatus::set;
  std::optional<std::string> label;   ///< "ITP" in "ITP < -10"

  /// The value as a Decimal when kind is number or percent.
  std::optional<Decimal> number() const;
  std::optional<Decimal> number2() const;
  bool operator==(const Target&) const = default;
};

/// Reads an Italian number with its unit: "1.419" -> 1419, "229.447,35 Euro"
/// -> 229447.35 EUR, "16,66%" -> 16.66 %, "N/D" -> no value, "€ 70.000,00".
/// Never guesses: text that is not a number gives value nullopt, unit "text",
/// and a diagnostic "value.not_a_number" in `diagnostics` (if given).
Number parse_number(std::string_view raw, std::vector<Diagnostic>* diagnostics = nullptr);

/// Reads a target/baseline/result cell: operators (ASCII, Unicode, words),
/// ranges, dates, ordinals, statuses (N/D, Anno di rilevazione, Annuale),
/// labels ("ITP < -10"). Ambiguous text parses as kind text with a
/// diagnostic "value.ambiguous".
Target parse_target(std::string_view raw, std::optional<int> year = std::nullopt,
                    std::vector<Diagnostic>* diagnostics = nullptr);

}  // namespace allegato
