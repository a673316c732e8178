#include "values/graded_target.hpp"

#include <algorithm>
#include <regex>

#include "values/decimal.hpp"
#include "values/text.hpp"
#include "values/value.hpp"

namespace allegato {
namespace {

// The score of a band as a decimal ("75%" -> 75, "62,5%" -> 62.5).
std::optional<Decimal> score_value(const std::string& printed) {
  std::string digits;
  for (char c : printed) {
    if (c == ',') digits += '.';
    else if (c != '%' && c != ' ') digits += c;
  }
  return Decimal::parse(digits);
}

}  // namespace

std::optional<std::vector<TargetBand>> read_bands(std::string_view raw) {
  const std::string text = normalize_text(raw);
  // Cheap refusals first: a ladder has at least two percent signs and digits.
  if (std::count(text.begin(), text.end(), '%') < 2) return std::nullopt;
  // One step: an operator or none, a value with an optional unit, or a
  // range of such values; then the score, a percentage.
  static const std::regex step(
      R"(\s*((?:[<>]=?|=)?\s*\d+(?:[.,]\d+)*\s*(?:%|gg|giorni|g)?(?:\s*-\s*\d+(?:[.,]\d+)*\s*(?:%|gg|giorni|g)?)?)\s+(\d{1,3}(?:,\d+)?\s*%)(?=\s|$))",
      std::regex::icase);
  std::vector<TargetBand> bands;
  auto at = text.cbegin();
  std::smatch m;
  while (at != text.cend() && std::regex_search(at, text.cend(), m, step, std::regex_constants::match_continuous)) {
    bands.push_back({m[1].str(), m[2].str()});
    at = m[0].second;
  }
  while (at != text.cend() && *at == ' ') ++at;
  if (at != text.cend() || bands.size() < 2) return std::nullopt;
  std::optional<Decimal> previous;
  for (const auto& b : bands) {
    const auto score = score_value(b.score);
    if (!score || (previous && *previous < *score)) return std::nullopt;
    previous = score;
  }
  // The first band earns more than the last: a ladder, not a list of equal values.
  if (!(*score_value(bands.back().score) < *score_value(bands.front().score))) return std::nullopt;
  return bands;
}

const TargetBand& full_band(const std::vector<TargetBand>& bands) { return bands.front(); }

std::optional<bool> lower_is_better(const std::vector<TargetBand>& bands) {
  if (bands.size() < 2) return std::nullopt;
  const auto full = parse_target(bands[0].condition).number();
  const auto next = parse_target(bands[1].condition).number();
  if (!full || !next || *full == *next) return std::nullopt;
  return *full < *next;
}

}  // namespace allegato
