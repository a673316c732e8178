#pragma once
/// One value cell that prints several years, or its year beside the value:
///   "Anno 2025: >= 90% Anno 2026: >= 95%"        -> 2025 ">= 90%", 2026 ">= 95%"
///   "Target 2026 - Aumento del 10% rispetto alla baseline. Target 2027 - ..."
///                                                 -> 2026 "Aumento del 10% rispetto alla baseline", ...
///   "Riduzione del: 2% nel 2026, 4% nel 2027"    -> 2026 "2%", 2027 "4%" (lead "Riduzione del")
///   "412 imprese (2024)"                          -> 2024 "412 imprese"
/// Anything else is one value for the column's year.
#include <optional>
#include <string>
#include <vector>

namespace allegato::genres {

struct YearPhrase {
  std::optional<int> year;  ///< nullopt: the column's year
  std::string raw;          ///< the year's own text, as printed
};

struct YearPhrases {
  std::vector<YearPhrase> values;
  std::string lead;  ///< words that apply to every year ("Riduzione del"), "" if none
  std::string rest;  ///< the printed words no value holds ("Target 2026 -", "(2024)"), for the ledger
};

YearPhrases split_by_year(const std::string& text);

}  // namespace allegato::genres
