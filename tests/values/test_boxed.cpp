// Boxed and RareText (core/boxed.hpp): optional fields kept on the heap, which
// read like std::optional and std::string and compare by value.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "core/boxed.hpp"
#include "core/diagnostics.hpp"
#include "values/value.hpp"

using namespace allegato;

TEST_CASE("Boxed reads like std::optional and copies deeply", "[core][boxed]") {
  Boxed<std::string> empty;
  CHECK_FALSE(empty.has_value());
  CHECK_FALSE(empty);
  CHECK(empty == std::nullopt);
  CHECK(empty.value_or("none") == "none");
  CHECK_THROWS_AS(empty.value(), std::bad_optional_access);

  Boxed<std::string> a = std::string("ITP");
  REQUIRE(a);
  CHECK(*a == "ITP");
  CHECK(a->size() == 3);
  CHECK(a == std::string("ITP"));
  Boxed<std::string> b = a;  // a copy of its own
  *b += "x";
  CHECK(*a == "ITP");
  CHECK(*b == "ITPx");
  CHECK_FALSE(a == b);
  b = a;
  CHECK(a == b);

  const std::optional<std::string> as_optional = a;
  CHECK(as_optional == std::optional<std::string>("ITP"));
  Boxed<std::string> from_optional = std::optional<std::string>("5");
  CHECK(from_optional == std::optional<std::string>("5"));
  from_optional = std::nullopt;
  CHECK_FALSE(from_optional);
  from_optional.emplace(3, 'z');
  CHECK(*from_optional == "zzz");
  Boxed<std::string> moved = std::move(from_optional);
  CHECK(*moved == "zzz");
  moved.reset();
  CHECK(moved == empty);
}

TEST_CASE("RareText is an empty string when unset", "[core][boxed]") {
  RareText t;
  CHECK(t.empty());
  CHECK(t.str().empty());
  CHECK(t == std::string());
  t = "result 2023";
  CHECK(t == std::string("result 2023"));
  const std::string& read = t;
  CHECK(read == "result 2023");
  t = std::string();
  CHECK(t.empty());
  CHECK(t == RareText());
  t = "weight of 2.1";
  t.clear();
  CHECK(t == RareText());
}

TEST_CASE("rare fields cost a pointer in every value", "[core][boxed][memory]") {
  // What a large sheet makes hundreds of thousands of: a correction, a
  // range's upper bound, a label or a finding's caption is rarely there.
  CHECK(sizeof(Boxed<Correction>) == sizeof(void*));
  CHECK(sizeof(RareText) == sizeof(void*));
  CHECK(sizeof(Source) <= 152);
  CHECK(sizeof(Number) <= 288);
  CHECK(sizeof(Target) <= 320);
}
