// Header words read by hand where std::regex was too slow for the volume
// (every piece of a document): the results must be those the regex gave.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "genres/column_roles.hpp"
#include "genres/genre_text.hpp"
#include "genres/profile.hpp"

using namespace allegato;
using namespace allegato::genres;

TEST_CASE("label_words drops years as the regex \\b(19|20)\\d\\d\\b did", "[genres][columns]") {
  static const std::regex year(R"(\b(19|20)\d\d\b)");
  const std::vector<std::string> texts = {
      "Target 2024", "Target2024", "2024 target", "2019-2020", "a.a. 2022/2023", "x2020", "2020x", "12020",
      "20201", "Anno 2021 e 1999", "_2020", "2020_", "19 20", "1950", "2099", "2100", "1899", "€2020 atteso",
      "è2020", "Baseline al 31.12.2023", "Valore 20", "Target (2025)", "20192020", "2019", ""};
  for (const auto& text : texts) {
    std::optional<int> ordinal, expected_ordinal;
    const std::string by_regex = std::regex_replace(fold(text), year, " ");
    INFO(text);
    CHECK(label_words(text, ordinal) == label_words(by_regex, expected_ordinal));
    CHECK(ordinal == expected_ordinal);
  }
}

TEST_CASE("match_phrase scores a phrase with a qualifier after or before it", "[genres][columns]") {
  const std::vector<RolePhrase> phrases = {{"weight", "peso"}, {"target", "target atteso"}, {"achievement", "realizzazione"}};
  CHECK(match_phrase("peso", phrases).score == 1.0);
  const PhraseMatch qualified = match_phrase("peso obiettivo", phrases);
  CHECK(qualified.role == "weight");
  CHECK(qualified.score == Approx(0.7 + 0.2 * 4.0 / 14.0));
  CHECK(match_phrase("pesoobiettivo", phrases).score == 0);
  CHECK(match_phrase("obiettivo peso", phrases).score == 0);  // a phrase under five letters is never a suffix
  const PhraseMatch after = match_phrase("di realizzazione", phrases);
  CHECK(after.role == "achievement");
  CHECK(after.score == 0.6);
  CHECK(match_phrase("direalizzazione", phrases).score == 0);
  CHECK(match_phrase("target atteso " + std::string(31, 'x'), phrases).score == 0);  // too long to be a header
}
