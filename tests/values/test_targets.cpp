// parse_target and parse_number beyond the seed table: the year hint,
// diagnostics and their wording, labels, the enum names of the contract.
#include <catch2/catch.hpp>

#include <string>

#include "values/graded_target.hpp"
#include "values/relative_target.hpp"
#include "values/value.hpp"

using namespace allegato;

namespace {
bool has_code(const std::vector<Diagnostic>& diagnostics, const std::string& code) {
  for (const auto& d : diagnostics)
    if (d.code == code) return true;
  return false;
}
}  // namespace

TEST_CASE("the acceptance examples of the brief", "[values][targets]") {
  Target t = parse_target(">= 0,23 N.");
  CHECK(t.op == Op::ge);
  CHECK(t.value == "0.23");
  CHECK(t.unit == "N.");
  CHECK(t.kind == TargetKind::number);
  CHECK(t.status == TargetStatus::set);
  CHECK(parse_target("N/D").status == TargetStatus::not_available);
  CHECK(parse_target("Anno di rilevazione").status == TargetStatus::measurement_year);
  Target date = parse_target("<=31/12/2017");
  CHECK(date.kind == TargetKind::date);
  CHECK(date.value == "2017-12-31");
  CHECK(date.op == Op::le);
  CHECK(parse_target("229.447,35 Euro").value == "229447.35");
}

TEST_CASE("the year hint completes a day and month, and exposes a cut-off year", "[values][targets]") {
  std::vector<Diagnostic> diagnostics;
  Target t = parse_target("entro il 31/12", 2024, &diagnostics);
  CHECK(t.op == Op::le);
  CHECK(t.kind == TargetKind::date);
  CHECK(t.value == "2024-12-31");
  CHECK(t.year == 2024);
  CHECK(has_code(diagnostics, "value.date_year_assumed"));

  diagnostics.clear();
  Target without = parse_target("entro il 31/12", std::nullopt, &diagnostics);
  CHECK(without.kind == TargetKind::text);
  CHECK(has_code(diagnostics, "value.ambiguous"));

  diagnostics.clear();
  Target cut = parse_target("31/12/20", 2017, &diagnostics);
  CHECK(cut.kind == TargetKind::text);
  REQUIRE(has_code(diagnostics, "value.ambiguous"));
  CHECK(diagnostics.back().message.find("2017") != std::string::npos);

  CHECK(parse_target("31/12/17", 2017).value == "2017-12-31");
  CHECK(parse_target("31 dicembre 2024").value == "2024-12-31");
  CHECK(parse_target("entro il 30 giugno", 2023).value == "2023-06-30");
  CHECK(parse_target("29/02/2024").value == "2024-02-29");
  CHECK(parse_target("29/02/2023").kind == TargetKind::text);
  CHECK(parse_target("31/04/2023").kind == TargetKind::text);
  CHECK(parse_target("31.12.2017").value == "2017-12-31");
  CHECK(parse_target("entro il 31.12.2017").value == "2017-12-31");

  // "30.11" is a date only after a deadline word, and only with a year.
  diagnostics.clear();
  Target dotted = parse_target("entro il 30.11", 2018, &diagnostics);
  CHECK(dotted.kind == TargetKind::date);
  CHECK(dotted.op == Op::le);
  CHECK(dotted.value == "2018-11-30");
  CHECK(has_code(diagnostics, "value.dotted_date"));
  CHECK(parse_target("entro il 30.11").kind == TargetKind::text);
  CHECK(parse_target("entro il 31.13", 2018).kind == TargetKind::text);
  CHECK(parse_target("30.11", 2018).kind == TargetKind::text);
  CHECK(parse_target(">= 30.11", 2018).kind == TargetKind::text);
}

TEST_CASE("text targets say why they are text", "[values][targets]") {
  struct Case {
    const char* raw;
    const char* reason;  // a fragment of the diagnostic
  };
  const Case cases[] = {
      {"12.34", "dot followed by 2"},
      {"<=30/11/", "wrapped"},
      {"non superiore a", "without a value"},
      {"Peso: 16,66%", "text before the number"},
      {"Valore medio > 5", "text before the operator"},
      {"<> 5", "not understood"},
      {">= 5 entro il 2024", "unexpected text"},
      {"0.500", "starting with 0"},
      {"1,5,6", "more than one decimal comma"},
      {"Range 70%", "no 'low-high'"},
      {"70 N.-90%", "different units"},
      {"> almeno 5", "two operators"},
      {"12345678901234567890123456789012", "more than 30 digits"},
  };
  for (const Case& c : cases) {
    INFO(c.raw);
    std::vector<Diagnostic> diagnostics;
    Target t = parse_target(c.raw, std::nullopt, &diagnostics);
    CHECK(t.kind == TargetKind::text);
    CHECK(t.op == Op::text);
    CHECK_FALSE(t.value.has_value());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "value.ambiguous");
    CHECK(diagnostics[0].severity == Severity::warning);
    CHECK(diagnostics[0].message.find(c.reason) != std::string::npos);
    CHECK(diagnostics[0].message.find(c.raw) != std::string::npos);
  }
}

TEST_CASE("debris is repaired with a diagnostic, never silently", "[values][targets]") {
  std::vector<Diagnostic> diagnostics;
  Target t = parse_target("--15.928", std::nullopt, &diagnostics);
  CHECK(t.value == "-15928");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "value.doubled_sign");
  CHECK(diagnostics[0].severity == Severity::warning);

  diagnostics.clear();
  t = parse_target(">= 67%.", std::nullopt, &diagnostics);
  CHECK(t.value == "67");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "value.debris");
  CHECK(diagnostics[0].severity == Severity::info);

  diagnostics.clear();
  t = parse_target("Anno di rilevazione > 1", std::nullopt, &diagnostics);
  CHECK(t.status == TargetStatus::measurement_year);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "value.trailing_text");
  CHECK(diagnostics[0].severity == Severity::warning);

  diagnostics.clear();
  t = parse_target("Anno di rilevazione (nuovo indicatore)", std::nullopt, &diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].severity == Severity::info);

  diagnostics.clear();
  t = parse_target("100 - 80", std::nullopt, &diagnostics);
  CHECK(t.op == Op::range);
  CHECK(has_code(diagnostics, "value.range_reversed"));
}

TEST_CASE("labels, ordinals, word operators", "[values][targets]") {
  Target t = parse_target("ITP < -10");
  CHECK(t.label == "ITP");
  CHECK(t.op == Op::lt);
  CHECK(t.value == "-10");
  CHECK(parse_target("Medio-alto").kind == TargetKind::ordinal);
  CHECK(parse_target(">= medio alto").value == "Medio-alto");
  CHECK(parse_target("maggiore di 5").op == Op::gt);
  CHECK(parse_target("minore di 5").op == Op::lt);
  CHECK(parse_target("minore o uguale a 5").op == Op::le);
  CHECK(parse_target("pari a 100%").op == Op::eq);
  CHECK(parse_target("Pi\xC3\xB9 di 3").op == Op::gt);
  CHECK(parse_target("tra 5 e 8 gg").op == Op::range);
  CHECK(parse_target("da 10 a 20").value2 == "20");
  CHECK(parse_target("dal 70% al 90%").value2 == "90");
  CHECK(parse_target("Tra 1.000 e 2.000 Euro").value == "1000");
  CHECK(parse_target("da 5 anni").kind == TargetKind::text);
  CHECK(parse_target("almenoX 5").kind == TargetKind::text);  // a word operator ends at a space
  CHECK(parse_target("non pi\xC3\xB9 di 5").op == Op::le);
  CHECK(parse_target("uguale o maggiore a 3").op == Op::ge);
  CHECK(parse_target("uguale a 7").op == Op::eq);
  CHECK(parse_target("N. 5").unit == "N.");
  CHECK(parse_target("n\xC2\xB0 12").value == "12");
  CHECK(parse_target("n. 15 gg").kind == TargetKind::text);
  CHECK(parse_target("2017-12-31").value == "2017-12-31");
  CHECK(parse_target("n.p.").status == TargetStatus::not_available);
  CHECK(parse_target("SI").value == "S\xC3\xAC");
  CHECK(parse_target("S\xC3\xAC").kind == TargetKind::ordinal);
  CHECK(parse_target("= NO").value == "No");
}

TEST_CASE("a long text is a description, not a value", "[values][targets]") {
  std::string paragraph(150, 'x');
  paragraph += " >= 5 " + std::string(100, '1') + "-" + std::string(100, '2');
  std::vector<Diagnostic> diagnostics;
  Target t = parse_target(paragraph, std::nullopt, &diagnostics);
  CHECK(t.kind == TargetKind::text);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message.find("longer than") != std::string::npos);
  CHECK(parse_number(std::string(300, '1')).unit == "text");
}

TEST_CASE("parse_number reads numbers and says when there is none", "[values][numbers]") {
  std::vector<Diagnostic> diagnostics;
  Number n = parse_number("16,66 %", &diagnostics);
  CHECK(n.value->to_string() == "16.66");
  CHECK(n.unit == "%");
  CHECK(diagnostics.empty());
  CHECK(parse_number("98,00%").value->to_string() == "98.00");
  CHECK(parse_number("500,00 N.").value->to_string() == "500.00");
  CHECK(parse_number("1.419").value->to_string() == "1419");
  CHECK(parse_number("0,23").value->to_string() == "0.23");
  CHECK(parse_number("100,0%").value->to_string() == "100.0");
  // Exact to the last of 30 digits: ICU's decimal, never a double.
  CHECK(parse_number("123.456.789.012.345.678.901.234.567.890").value->to_string() ==
        "123456789012345678901234567890");
  CHECK(parse_number("1.234.567.890.123.456.789.012.345.678,9").value->to_string() ==
        "1234567890123456789012345678.9");
  CHECK(parse_number("0,00000000000000000000000000001").value->to_string() == "0.00000000000000000000000000001");
  CHECK(parse_number("9.007.199.254.740.993").value->to_string() == "9007199254740993");  // 2^53 + 1

  n = parse_number("N/D", &diagnostics);
  CHECK_FALSE(n.value.has_value());
  CHECK_FALSE(n.unit.has_value());
  CHECK(diagnostics.empty());
  CHECK_FALSE(parse_number("").value.has_value());

  n = parse_number(">= 5", &diagnostics);
  CHECK_FALSE(n.value.has_value());
  CHECK(n.unit == "text");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "value.not_a_number");

  diagnostics.clear();
  n = parse_number("31/12/2017", &diagnostics);
  CHECK(n.unit == "date");
  CHECK_FALSE(n.value.has_value());
  CHECK(has_code(diagnostics, "value.not_a_number"));
}

TEST_CASE("enum names are the contract's and round-trip", "[values][enums]") {
  for (Op op : {Op::none, Op::ge, Op::gt, Op::le, Op::lt, Op::eq, Op::range, Op::text})
    CHECK(op_from_string(to_string(op)) == op);
  CHECK(std::string(to_string(Op::ge)) == ">=");
  CHECK(std::string(to_string(Op::none)).empty());
  CHECK_FALSE(op_from_string("=>").has_value());
  for (TargetKind k : {TargetKind::number, TargetKind::percent, TargetKind::date, TargetKind::ordinal, TargetKind::text})
    CHECK(kind_from_string(to_string(k)) == k);
  for (TargetStatus s : {TargetStatus::set, TargetStatus::not_available, TargetStatus::measurement_year,
                         TargetStatus::periodic, TargetStatus::missing})
    CHECK(status_from_string(to_string(s)) == s);
  CHECK(std::string(to_string(TargetStatus::measurement_year)) == "measurement_year");
  CHECK_FALSE(kind_from_string("float").has_value());

  Target date = parse_target("31/12/2017");
  CHECK_FALSE(date.number().has_value());
  Target range = parse_target("70%-90%");
  CHECK(range.number()->to_string() == "70");
  CHECK(range.number2()->to_string() == "90");
}

TEST_CASE("a graded target keeps every band and sets the value of the full score's band", "[values][targets][bands]") {
  std::vector<Diagnostic> notes;
  Target t = parse_target("28 gg 100% 30gg 75% 32gg 50% 32 gg 0%", 2026, &notes);
  CHECK(t.raw == "28 gg 100% 30gg 75% 32gg 50% 32 gg 0%");
  CHECK(t.op == Op::none);  // the parser never invents an operator
  CHECK(t.value == "28");
  CHECK(t.unit == "gg");
  CHECK(t.year == 2026);
  CHECK(has_code(notes, "value.graded"));
  CHECK(!has_code(notes, "value.ambiguous"));
  const auto bands = read_bands(t.raw);
  REQUIRE(bands);
  REQUIRE(bands->size() == 4);
  CHECK((*bands)[1].condition == "30gg");
  CHECK((*bands)[1].score == "75%");
  CHECK(lower_is_better(*bands) == true);

  t = parse_target(">= 95% 100% 90-94% 70% < 90% 0%");
  CHECK(t.op == Op::ge);
  CHECK(t.value == "95");
  CHECK(t.kind == TargetKind::percent);
  REQUIRE(read_bands(t.raw));
  CHECK(read_bands(t.raw)->at(1).condition == "90-94%");

  t = parse_target("\u2264 110 100% 111-120 50% > 120 0%");
  CHECK(t.op == Op::le);
  CHECK(t.value == "110");
  t = parse_target("4,5 100% 4,0 50% < 4,0 0%");
  CHECK(t.value == "4.5");
  CHECK(lower_is_better(*read_bands(t.raw)) == false);
}

TEST_CASE("no ladder: one step, rising scores, ranges and pairs of values stay what they were", "[values][targets][bands]") {
  CHECK(!read_bands("95% 100%"));            // one step
  CHECK(!read_bands("30 gg 0% 28 gg 100%"));  // the score rises
  CHECK(!read_bands("50% 50% 40% 50%"));      // no score falls: a list, no ladder
  CHECK(!read_bands("21-28giorni"));
  CHECK(!read_bands("Anno 2025: >= 90% Anno 2026: >= 95%"));
  CHECK(!read_bands("1273/1273"));
  CHECK(parse_target("21-28giorni").op == Op::range);
  CHECK(parse_target("100%").value == "100");
}

TEST_CASE("a change from the baseline: its direction and the exact value it sets", "[values][targets][relative]") {
  auto c = relative_change("Aumento del 10% rispetto alla baseline");
  REQUIRE(c);
  CHECK(c->sign == 1);
  CHECK(c->percent == *Decimal::parse("10"));
  c = relative_change("Riduzione del 2,5%");
  REQUIRE(c);
  CHECK(c->sign == -1);
  CHECK(c->percent == *Decimal::parse("2.5"));
  CHECK(relative_change("+5% sul 2024"));
  CHECK(!relative_change("Almeno il 50% delle famiglie"));
  CHECK(!relative_change("Mantenimento dei 24 punti attivi"));
  const Target base = parse_target("2.140", 2025);
  const auto t = apply_change(parse_target("15%", 2026), *relative_change("Incremento del 15%"), base);
  REQUIRE(t);
  CHECK(t->raw == "15%");
  CHECK(t->year == 2026);
  CHECK(t->op == Op::ge);
  CHECK(t->value == "2461");
  CHECK(!apply_change(parse_target("15%"), *relative_change("Incremento del 15%"), parse_target("n.d.")));
  // An amount added to the baseline, not a share of it; "riduzione a" sets a value.
  auto amount = relative_change("aumento di 12 posti");
  REQUIRE(amount);
  CHECK(amount->absolute);
  CHECK(amount->sign == 1);
  CHECK(amount->percent == *Decimal::parse("12"));
  const auto seats = apply_change(parse_target("12 posti", 2011), *amount, parse_target("96 posti", 2010));
  REQUIRE(seats);
  CHECK(seats->op == Op::ge);
  CHECK(seats->value == "108");
  const auto fewer = relative_change("riduzione di 1.500 pratiche");
  REQUIRE(fewer);
  CHECK(fewer->percent == *Decimal::parse("1500"));
  CHECK(apply_change(parse_target("1.500", 2026), *fewer, parse_target("4.000"))->value == "2500");
  CHECK(!relative_change("riduzione a 40 giorni"));
}
