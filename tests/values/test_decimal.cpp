#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "values/decimal.hpp"

using namespace allegato;

namespace {
Decimal d(const char* text) {
  auto v = Decimal::parse(text);
  REQUIRE(v.has_value());
  return *v;
}
}  // namespace

TEST_CASE("Decimal parses canonical text and prints it back with its scale", "[values][decimal]") {
  for (const char* text : {"0", "1", "-1", "229447.35", "98.00", "0.23", "-0.5", "16.66", "0.000001",
                           "123456789012345678901234567890", "-15928"}) {
    CHECK(d(text).to_string() == text);
  }
  CHECK(d("007").to_string() == "7");
  CHECK(d("-0").to_string() == "0");
  CHECK(d("98.00").scale() == 2);
  for (const char* bad : {"", "-", ".", "5.", ".5", "1,5", "1.2.3", "+1", "1e5", " 1", "1 ", "--1", "abc",
                          "1234567890123456789012345678901"}) {
    INFO(bad);
    CHECK_FALSE(Decimal::parse(bad).has_value());
  }
  CHECK(Decimal::from_int(-42).to_string() == "-42");
  CHECK(Decimal::from_int(INT64_MIN).to_string() == "-9223372036854775808");
}

TEST_CASE("Decimal sums weights exactly", "[values][decimal]") {
  CHECK((d("16.66") + d("16.67") + d("16.67")).to_string() == "50.00");
  CHECK(d("16.66") + d("16.67") + d("16.67") == d("50"));
  Decimal third = d("33.33");
  CHECK((third + third + d("33.34")).to_string() == "100.00");
  CHECK((third + third + third).to_string() == "99.99");
  CHECK((d("0.1") + d("0.2")).to_string() == "0.3");
  CHECK((d("1.5") - d("2.25")).to_string() == "-0.75");
  CHECK((d("229447.35") * d("2")).to_string() == "458894.70");
  CHECK((d("-0.5") * d("0.5")).to_string() == "-0.25");
  CHECK((-d("3.10")).to_string() == "-3.10");
  CHECK(d("-3.10").abs().to_string() == "3.10");
}

TEST_CASE("Decimal divides with the stated rounding", "[values][decimal]") {
  CHECK(Decimal::divide(d("1"), d("3"), 4).to_string() == "0.3333");
  CHECK(Decimal::divide(d("2"), d("3"), 2).to_string() == "0.67");
  CHECK(Decimal::divide(d("2"), d("3"), 2, Rounding::down).to_string() == "0.66");
  CHECK(Decimal::divide(d("-2"), d("3"), 2).to_string() == "-0.67");
  CHECK(Decimal::divide(d("-2"), d("3"), 2, Rounding::down).to_string() == "-0.66");
  // Ties: half_even goes to the even digit, half_up away from zero.
  CHECK(Decimal::divide(d("1"), d("8"), 2).to_string() == "0.12");
  CHECK(Decimal::divide(d("1"), d("8"), 2, Rounding::half_up).to_string() == "0.13");
  CHECK(Decimal::divide(d("3"), d("8"), 2).to_string() == "0.38");
  CHECK(Decimal::divide(d("-1"), d("8"), 2, Rounding::half_up).to_string() == "-0.13");
  CHECK(Decimal::divide(d("98"), d("100"), 4).to_string() == "0.9800");
  CHECK(Decimal::divide(d("72"), d("80"), 2).shifted(2).to_string() == "90");
  CHECK(Decimal::divide(d("0.23"), d("0.0023"), 0).to_string() == "100");
  CHECK(Decimal::divide(d("5"), d("-0.5"), 1).to_string() == "-10.0");
  CHECK_THROWS_AS(Decimal::divide(d("1"), d("0.00"), 2), std::domain_error);
}

TEST_CASE("Decimal rounds, shifts and normalises", "[values][decimal]") {
  CHECK(d("2.345").rounded(2).to_string() == "2.34");
  CHECK(d("2.355").rounded(2).to_string() == "2.36");
  CHECK(d("2.345").rounded(2, Rounding::half_up).to_string() == "2.35");
  CHECK(d("2.349").rounded(2, Rounding::down).to_string() == "2.34");
  CHECK(d("-2.345").rounded(2, Rounding::half_up).to_string() == "-2.35");
  CHECK(d("-2.349").rounded(2, Rounding::down).to_string() == "-2.34");
  CHECK(d("98").rounded(2).to_string() == "98.00");
  CHECK(d("0.5").rounded(0).to_string() == "0");
  CHECK(d("1.5").rounded(0).to_string() == "2");
  CHECK(d("1234").rounded(-2).to_string() == "1200");
  CHECK(d("1250").rounded(-2).to_string() == "1200");
  CHECK(d("1350").rounded(-2).to_string() == "1400");
  CHECK(d("0.1666").shifted(2).to_string() == "16.66");
  CHECK(d("16.66").shifted(-2).to_string() == "0.1666");
  CHECK(d("5").shifted(3).to_string() == "5000");
  CHECK(d("98.00").normalized().to_string() == "98");
  CHECK(d("1.50").normalized().to_string() == "1.5");
  CHECK(d("0.000").normalized().to_string() == "0");
  CHECK(d("100").normalized().to_string() == "100");
}

TEST_CASE("Decimal compares by value, ignoring trailing zeros", "[values][decimal]") {
  CHECK(d("98.00") == d("98"));
  CHECK(d("0.0") == d("-0"));
  CHECK(d("99.99") < d("100"));
  CHECK(d("100.01") > d("100"));
  CHECK(d("-15") < d("-10"));
  CHECK(d("-0.01") < d("0"));
  CHECK(d("1.419") < d("1419"));
  CHECK(d("0.00000000000000000000000000001") > d("0"));
  CHECK(d("12345678901234567890.5") > d("12345678901234567890.49999999"));
  CHECK((d("2.50") <=> d("2.5")) == std::strong_ordering::equal);
  CHECK(d("-2.5") > d("-2.51"));
}

TEST_CASE("Decimal overflow throws instead of losing digits", "[values][decimal]") {
  Decimal big = d("99999999999999999999999999999");  // 29 digits
  CHECK_THROWS_AS(big * big, std::overflow_error);
  CHECK_THROWS_AS(big.shifted(20), std::overflow_error);
  Decimal sum = big;
  CHECK_NOTHROW(sum = sum + big);
  CHECK(sum.to_string() == "199999999999999999999999999998");
  Decimal huge = big * d("1000000000");  // 38 digits
  CHECK_THROWS_AS(huge + huge + huge + huge + huge, std::overflow_error);
  CHECK_THROWS_AS(Decimal::divide(big, d("0.000000001"), 2), std::overflow_error);
  CHECK_THROWS_AS(d("1").rounded(40), std::overflow_error);
}
