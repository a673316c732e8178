// Property tests: random exact decimals, printed the Italian way (dot
// grouping or none, decimal comma, optional %, unit, operator), parse back to
// exactly the same value, scale, unit and operator. Seeded for reproducibility.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "values/decimal.hpp"
#include "values/value.hpp"

using namespace allegato;

namespace {

struct Printed {
  std::string text;       // Italian, as a document prints it
  std::string canonical;  // Decimal::to_string() of the same value
};

Printed random_italian_number(std::mt19937& rng) {
  std::uniform_int_distribution<int> int_len(1, 15);
  std::uniform_int_distribution<int> scale_dist(0, 6);
  std::uniform_int_distribution<int> digit(0, 9);
  std::uniform_int_distribution<int> nonzero(1, 9);
  std::bernoulli_distribution coin(0.5);

  int len = int_len(rng);
  // No leading zeros: "0" alone, or a non-zero first digit.
  std::string int_digits = std::to_string(len == 1 ? digit(rng) : nonzero(rng));
  for (int i = 1; i < len; ++i) int_digits += char('0' + digit(rng));
  int scale = scale_dist(rng);
  std::string frac;
  for (int i = 0; i < scale; ++i) frac += char('0' + digit(rng));
  bool negative = coin(rng) && coin(rng);
  bool all_zero = int_digits.find_first_not_of('0') == std::string::npos && frac.find_first_not_of('0') == std::string::npos;
  if (all_zero) negative = false;  // "-0" prints back as "0"

  // Grouping is optional in print (1119 and 1.119 both occur).
  std::string grouped = int_digits;
  if (int_digits.size() > 3 && coin(rng)) {
    grouped.clear();
    std::size_t head = int_digits.size() % 3 == 0 ? 3 : int_digits.size() % 3;
    grouped = int_digits.substr(0, head);
    for (std::size_t i = head; i < int_digits.size(); i += 3) grouped += "." + int_digits.substr(i, 3);
  }
  Printed p;
  p.text = (negative ? "-" : "") + grouped + (scale > 0 ? "," + frac : "");
  p.canonical = (negative ? "-" : "") + int_digits + (scale > 0 ? "." + frac : "");
  return p;
}

struct OpSpelling {
  const char* text;
  const char* op;
};
constexpr OpSpelling kOps[] = {{"", ""},          {">= ", ">="},   {">=", ">="},     {"\xE2\x89\xA5 ", ">="},
                               {"=> ", ">="},     {"> = ", ">="},  {"<= ", "<="},    {"< =", "<="},
                               {"=<", "<="},      {"\xE2\x89\xA4", "<="}, {"> ", ">"}, {"<", "<"},
                               {"= ", "="},       {"maggiore o uguale a ", ">="},   {"almeno ", ">="},
                               {"non superiore a ", "<="}, {"non inferiore a ", ">="}, {"entro ", "<="}};
struct UnitSpelling {
  const char* prefix;
  const char* suffix;
  const char* unit;  // nullptr: none
};
constexpr UnitSpelling kUnits[] = {{"", "", nullptr},    {"", "%", "%"},         {"", " %", "%"},
                                   {"", " N.", "N."},    {"", " gg", "gg"},      {"", " Euro", "EUR"},
                                   {"\xE2\x82\xAC ", "", "EUR"}, {"", " \xE2\x82\xAC", "EUR"}, {"", "\xC2\xA0%", "%"}};

}  // namespace

TEST_CASE("random Italian numbers parse back exactly (parse_number)", "[values][property]") {
  std::mt19937 rng(20231122);
  std::uniform_int_distribution<std::size_t> unit_pick(0, std::size(kUnits) - 1);
  for (int i = 0; i < 5000; ++i) {
    Printed p = random_italian_number(rng);
    const UnitSpelling& u = kUnits[unit_pick(rng)];
    std::string text = std::string(u.prefix) + p.text + u.suffix;
    INFO("printed: '" << text << "' expected " << p.canonical);
    std::vector<Diagnostic> diagnostics;
    Number n = parse_number(text, &diagnostics);
    REQUIRE(n.value.has_value());
    CHECK(n.value->to_string() == p.canonical);
    CHECK(n.unit == (u.unit ? std::optional<std::string>(u.unit) : std::nullopt));
    CHECK(diagnostics.empty());
  }
}

TEST_CASE("random Italian targets parse back exactly (parse_target)", "[values][property]") {
  std::mt19937 rng(4242);
  std::uniform_int_distribution<std::size_t> op_pick(0, std::size(kOps) - 1);
  std::uniform_int_distribution<std::size_t> unit_pick(0, std::size(kUnits) - 1);
  for (int i = 0; i < 5000; ++i) {
    Printed p = random_italian_number(rng);
    const OpSpelling& o = kOps[op_pick(rng)];
    const UnitSpelling& u = kUnits[unit_pick(rng)];
    std::string text = std::string(o.text) + u.prefix + p.text + u.suffix;
    INFO("printed: '" << text << "' expected " << p.canonical);
    std::vector<Diagnostic> diagnostics;
    Target t = parse_target(text, 2024, &diagnostics);
    REQUIRE(t.value.has_value());
    CHECK(*t.value == p.canonical);
    CHECK(std::string(to_string(t.op)) == o.op);
    CHECK(t.unit == (u.unit ? std::optional<std::string>(u.unit) : std::nullopt));
    CHECK(t.kind == (u.unit && std::string(u.unit) == "%" ? TargetKind::percent : TargetKind::number));
    CHECK(t.status == TargetStatus::set);
    CHECK(t.year == 2024);
    CHECK(diagnostics.empty());
    REQUIRE(t.number().has_value());
    CHECK(t.number()->to_string() == p.canonical);
  }
}

TEST_CASE("random ranges parse back exactly", "[values][property]") {
  std::mt19937 rng(777);
  std::bernoulli_distribution coin(0.5);
  for (int i = 0; i < 1000; ++i) {
    Printed lo = random_italian_number(rng);
    Printed hi = random_italian_number(rng);
    // A negative upper end reads as a doubled sign ("5--3"), not a range.
    if (hi.text[0] == '-' || lo.text[0] == '-') continue;
    bool percent = coin(rng);
    std::string text = std::string(coin(rng) ? "Range di valutazione " : "") + lo.text + (percent ? "%" : "") +
                       (coin(rng) ? " - " : "-") + hi.text + (percent ? "%" : "");
    INFO("printed: '" << text << "'");
    Target t = parse_target(text);
    REQUIRE(t.op == Op::range);
    CHECK(t.value == lo.canonical);
    CHECK(t.value2 == hi.canonical);
    CHECK(t.kind == (percent ? TargetKind::percent : TargetKind::number));
  }
}
