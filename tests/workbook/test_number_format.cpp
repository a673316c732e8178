// Number formats as an Italian reader sees them, from stored text, exactly.
#include <catch2/catch.hpp>

#include "workbook/number_format.hpp"

using namespace allegato;

namespace {
std::string shown(const char* stored, const char* code, bool date1904 = false) {
  auto value = parse_stored_number(stored);
  REQUIRE(value);
  return render_number(*value, code, date1904).text;
}
}  // namespace

TEST_CASE("stored numbers parse exactly, exponents included", "[workbook][format]") {
  CHECK(parse_stored_number("0.1666")->to_string() == "0.1666");
  CHECK(parse_stored_number("1E-3")->to_string() == "0.001");
  CHECK(parse_stored_number("2.5e+05")->to_string() == "250000");
  CHECK(parse_stored_number("-1.5E2")->to_string() == "-150");
  CHECK(parse_stored_number("1e-05")->to_string() == "0.00001");
  CHECK_FALSE(parse_stored_number("abc"));
  CHECK_FALSE(parse_stored_number("1E999"));
  CHECK_FALSE(parse_stored_number(""));
}

TEST_CASE("number formats render the Italian display", "[workbook][format]") {
  struct Case {
    const char* stored;
    const char* code;
    const char* expected;
  };
  const Case cases[] = {
      {"0.1666", "0.00%", "16,66%"},
      {"0.3333", "0%", "33%"},
      {"1419", "#,##0", "1.419"},
      {"229447.35", "#,##0.00 \"€\"", "229.447,35 €"},
      {"229447.35", "[$€-410] #,##0.00", "€ 229.447,35"},
      {"229447.35", "_-* #,##0.00 [$€-410]_-;-* #,##0.00 [$€-410]_-", "229.447,35 €"},
      {"-1500.5", "#,##0.00;[Red]-#,##0.00", "-1.500,50"},
      {"-1500.5", "#,##0.00", "-1.500,50"},
      {"-1500.5", "#,##0.00;(#,##0.00)", "(1.500,50)"},
      {"0", "#,##0.00;-#,##0.00;\"-\"", "-"},
      {"0.73", "General", "0,73"},
      {"1419", "General", "1419"},
      {"0.30000000000000004", "General", "0,3"},
      {"1234567.891", "#,##0.000", "1.234.567,891"},
      {"0.5", "0.0#", "0,5"},
      {"0.125", "0.00", "0,13"},
      {"-0.001", "0.00", "0,00"},
      {"1500000", "#,##0,", "1.500"},
      {"12345.678", "0.00E+00", "1,23E+04"},
      {"0.00012", "0.00E+00", "1,20E-04"},
      {"7", "00", "07"},
      {"0.5", "#.##", ",5"},
      {"1.5", "0.00\" N.\"", "1,50 N."},
      {"12", "0 \\g\\g", "12 gg"},
      {"0.9999", "0.00%", "99,99%"},
      {"1419.5", "@", "1419,5"},
      {"229447.35", "_-* #,##0.00\\ \"€\"_-;\\-* #,##0.00\\ \"€\"_-;_-* \"-\"??\\ \"€\"_-;_-@_-", "229.447,35 €"},
      {"-1500.5", "_-* #,##0.00\\ \"€\"_-;\\-* #,##0.00\\ \"€\"_-;_-* \"-\"??\\ \"€\"_-;_-@_-", "-1.500,50 €"},
      {"0", "_-* #,##0.00\\ \"€\"_-;\\-* #,##0.00\\ \"€\"_-;_-* \"-\"??\\ \"€\"_-;_-@_-", "- €"},
      {"0", "#,##0", "0"},
      {"0", "0.00%", "0,00%"},
  };
  for (const auto& c : cases) {
    INFO(c.stored << " with " << c.code);
    CHECK(shown(c.stored, c.code) == c.expected);
  }
}

TEST_CASE("dates come from serials and the format code, never the id", "[workbook][format]") {
  CHECK(is_date_format("dd/mm/yyyy"));
  CHECK(is_date_format("[$-410]d mmmm yyyy;@"));
  CHECK_FALSE(is_date_format("0.00%"));
  CHECK_FALSE(is_date_format("#,##0.00 \"€\""));
  CHECK_FALSE(is_date_format("General"));
  CHECK(shown("45657", "dd/mm/yyyy") == "31/12/2024");
  CHECK(shown("45657", "d mmmm yyyy") == "31 dicembre 2024");
  CHECK(shown("45657", "ddd d mmm yy") == "mar 31 dic 24");
  CHECK(shown("45657.5", "dd/mm/yyyy hh:mm") == "31/12/2024 12:00");
  CHECK(shown("0.75", "h:mm AM/PM") == "6:00 PM");
  CHECK(shown("1.5", "[h]:mm") == "36:00");
  // Lotus's leap-year bug: serial 60 is the fictitious 29 February 1900.
  CHECK(shown("59", "dd/mm/yyyy") == "28/02/1900");
  CHECK(shown("60", "dd/mm/yyyy") == "29/02/1900");
  CHECK(shown("61", "dd/mm/yyyy") == "01/03/1900");
  CHECK(shown("1", "dd/mm/yyyy") == "01/01/1900");
  // The 1904 system counts from 1 January 1904.
  CHECK(shown("0", "dd/mm/yyyy", true) == "01/01/1904");
  CHECK(shown("44195", "dd/mm/yyyy", true) == "31/12/2024");
  CHECK(builtin_format_code(14) == "dd/mm/yyyy");
  CHECK(shown("45657", "[$-F800]dddd, mmmm dd, yyyy") == "martedì 31 dicembre 2024");
  CHECK(shown("45657", builtin_format_code(14).c_str()) == "31/12/2024");
}

TEST_CASE("ISO dates render like serials", "[workbook][format]") {
  auto dt = parse_iso_datetime("2024-03-01T10:30:00");
  REQUIRE(dt);
  CHECK(render_datetime(*dt, "dd/mm/yyyy hh:mm") == "01/03/2024 10:30");
  CHECK(render_datetime(*parse_iso_datetime("2024-03-01"), "d mmmm yyyy") == "1 marzo 2024");
  CHECK_FALSE(parse_iso_datetime("2024-13-01"));
  CHECK_FALSE(parse_iso_datetime("yesterday"));
}

TEST_CASE("general form is the shortest exact Italian number", "[workbook][format]") {
  CHECK(general_text(*Decimal::parse("0.73")) == "0,73");
  CHECK(general_text(*Decimal::parse("1419")) == "1419");
  CHECK(general_text(*Decimal::parse("98.00")) == "98");
  CHECK(general_text(*Decimal::parse("-0.5")) == "-0,5");
  CHECK(general_text(*Decimal::parse("0")) == "0");
}

TEST_CASE("digits beyond 128 bits fall back to the general form", "[workbook][format]") {
  CHECK(shown("1E+30", "0.0000000000%") == "1000000000000000000000000000000");
  CHECK(shown("-1E+30", "#,##0.00000000") == "-1.000.000.000.000.000.000.000.000.000.000,00000000");
  CHECK(shown("1E+30", "0.000000000000") == "1000000000000000000000000000000");
}
