// The seed table: every value string of the five seed annexes, read by
// parse_target exactly as the contract says (seed_value_table.hpp).
#include <catch2/catch.hpp>

#include <atomic>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "seed_value_table.hpp"
#include "values/text.hpp"
#include "values/value.hpp"

using namespace allegato;
using allegato::testing::ValueRow;

namespace {

std::optional<std::string> opt(const char* s) { return s ? std::optional<std::string>(s) : std::nullopt; }

std::string codes_of(const std::vector<Diagnostic>& diagnostics) {
  std::string codes;
  for (const auto& d : diagnostics) codes += (codes.empty() ? "" : ",") + d.code;
  return codes;
}

template <std::size_t N>
void check_rows(const ValueRow (&rows)[N], std::optional<int> year = std::nullopt) {
  for (const ValueRow& row : rows) {
    INFO("raw: '" << row.raw << "'");
    std::vector<Diagnostic> diagnostics;
    Target t = parse_target(row.raw, year, &diagnostics);
    CHECK(t.raw == row.raw);
    CHECK(std::string(to_string(t.op)) == row.op);
    CHECK(t.value == opt(row.value));
    CHECK(t.value2 == opt(row.value2));
    CHECK(t.unit == opt(row.unit));
    CHECK(std::string(to_string(t.kind)) == row.kind);
    CHECK(std::string(to_string(t.status)) == row.status);
    CHECK(t.label == opt(row.label));
    CHECK(codes_of(diagnostics) == row.codes);
    // Kind text always explains itself; a value is never left without a kind.
    if (t.kind == TargetKind::text && t.status == TargetStatus::set) CHECK_FALSE(diagnostics.empty());
    if (t.kind == TargetKind::number || t.kind == TargetKind::percent) CHECK(t.number().has_value());
  }
}

}  // namespace

TEST_CASE("every value string of the seeds parses as the contract says", "[values][seeds]") {
  CHECK(std::size(allegato::testing::kSeedValues) >= 150);
  check_rows(allegato::testing::kSeedValues);
}

TEST_CASE("forms from domain.md and the brief parse as the contract says", "[values][seeds]") {
  check_rows(allegato::testing::kDomainValues);
}

TEST_CASE("with the column's year, a day and month after an operator is a date", "[values][seeds]") {
  check_rows(allegato::testing::kValuesWithYear2023, 2023);
}

TEST_CASE("plain numbers of the seeds read the same through parse_number", "[values][seeds]") {
  for (const ValueRow& row : allegato::testing::kSeedValues) {
    std::string kind = row.kind;
    if (std::string(row.op) != "" || (kind != "number" && kind != "percent")) continue;
    INFO("raw: '" << row.raw << "'");
    std::vector<Diagnostic> diagnostics;
    Number n = parse_number(row.raw, &diagnostics);
    REQUIRE(n.value.has_value());
    CHECK(n.value->to_string() == row.value);
    CHECK(n.unit == opt(row.unit));
    CHECK(n.raw == row.raw);
  }
}

TEST_CASE("parsing is safe from several threads at once", "[values][threads]") {
  // ICU formatters and the transliterator are per-thread; results must not
  // depend on which thread parses.
  const auto& rows = allegato::testing::kSeedValues;
  std::vector<std::string> expected;
  for (const ValueRow& row : rows) expected.push_back(parse_target(row.raw).value.value_or("-") + fold_for_matching(row.raw));
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&] {
      for (int round = 0; round < 3; ++round)
        for (std::size_t i = 0; i < std::size(rows); ++i)
          if (parse_target(rows[i].raw).value.value_or("-") + fold_for_matching(rows[i].raw) != expected[i]) ++mismatches;
    });
  }
  for (auto& t : threads) t.join();
  CHECK(mismatches == 0);
}
