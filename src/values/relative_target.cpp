#include "values/relative_target.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <sstream>
#include <string>

#include "values/text.hpp"

namespace allegato {
namespace {

// Words that state a change, folded. Like parse_target's word operators,
// the vocabulary of a value, not of a layout.
constexpr std::string_view kIncrease[] = {"aumento", "incremento", "crescita", "aumentare", "incrementare", "accrescere", "miglioramento"};
constexpr std::string_view kDecrease[] = {"riduzione", "diminuzione", "calo", "decremento", "ridurre", "diminuire", "contenimento"};

// Lower case, punctuation as printed (the folded form drops the digits' commas).
std::string folded_with_digits(const std::string& text) {
  std::string out;
  for (char c : text) out += c == ':' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<RelativeChange> relative_change(std::string_view phrase) {
  const std::string folded = fold_for_matching(phrase);
  int sign = 0;
  std::istringstream words(folded);
  for (std::string w; words >> w && sign == 0;) {
    for (auto inc : kIncrease)
      if (w == inc) sign = 1;
    for (auto dec : kDecrease)
      if (w == dec) sign = -1;
  }
  // "+5%" / "-3%" written as a sign.
  static const std::regex signed_percent(R"((^|\s)([+-])\s?(\d+(?:,\d+)?)\s?%)");
  static const std::regex percent(R"((\d+(?:,\d+)?)\s?%)");
  const std::string text = normalize_text(phrase);
  std::smatch m;
  std::string digits;
  if (sign == 0 && std::regex_search(text, m, signed_percent)) {
    sign = m[2].str() == "+" ? 1 : -1;
    digits = m[3].str();
  } else if (sign != 0 && std::regex_search(text, m, percent)) {
    digits = m[1].str();
  }
  bool absolute = false;
  if (sign != 0 && digits.empty()) {
    // "aumento di: 12 posti": the change word, "di" (not "a": a value), an amount.
    static const std::regex by_amount(R"((?:^|\s)(?:di|del|dello|della|dei|degli|delle)\s+(\d+(?:\.\d{3})*(?:,\d+)?)(?:\s|$))");
    const std::string lowered = folded_with_digits(text);
    if (std::regex_search(lowered, m, by_amount)) {
      digits = m[1].str();
      digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
      absolute = true;
    }
  }
  if (sign == 0 || digits.empty()) return std::nullopt;
  for (auto& c : digits)
    if (c == ',') c = '.';
  const auto p = Decimal::parse(digits);
  if (!p) return std::nullopt;
  return RelativeChange{sign, *p, absolute};
}

std::optional<Target> apply_change(const Target& printed, const RelativeChange& change, const Target& baseline) {
  const auto base = baseline.number();
  if (!base || (baseline.kind != TargetKind::number && baseline.kind != TargetKind::percent)) return std::nullopt;
  if (change.absolute) {
    Target t = printed;
    t.op = change.sign > 0 ? Op::ge : Op::le;
    t.value = (change.sign > 0 ? *base + change.percent : *base - change.percent).normalized().to_string();
    t.value2.reset();
    t.unit = baseline.unit;
    t.kind = baseline.kind;
    t.status = TargetStatus::set;
    return t;
  }
  const Decimal hundred = Decimal::from_int(100);
  const Decimal factor = change.sign > 0 ? hundred + change.percent : hundred - change.percent;
  // Exact: two more places than the operands carry, the division by 100.
  const Decimal value = Decimal::divide(*base * factor, hundred, base->scale() + change.percent.scale() + 2).normalized();
  Target t = printed;
  t.op = change.sign > 0 ? Op::ge : Op::le;
  t.value = value.to_string();
  t.value2.reset();
  t.unit = baseline.unit;
  t.kind = baseline.kind;
  t.status = TargetStatus::set;
  return t;
}

}  // namespace allegato
