// Header words read by hand where std::regex was too slow for the volume
// (every piece of a document): the results must be those the regex gave.
#include <catch2/catch.hpp>

#include <iterator>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "genres/column_roles.hpp"
#include "genres/genre_text.hpp"
#include "genres/profile.hpp"
#include "genres/recognisers.hpp"

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

namespace {
// label_words as it was with std::regex for the ordinal year.
std::string label_words_by_regex(const std::string& text, std::optional<int>& ordinal) {
  static const std::regex year(R"(\b(19|20)\d\d\b)");
  static const std::regex ordinal_word(R"(\b(primo|secondo|terzo|quarto|quinto)\s+anno\b)");
  static const std::regex ordinal_digit(R"(\b([1-5])\s*(o|ro|do|zo|to)?\s+anno\b|\banno\s+([1-5])\b)");
  static const std::regex anno_n(R"(\banno\s+n(\s+([1-4]))?\b|(\w)\s+n(\s+([1-4]))?\s*$)");
  std::string f = std::regex_replace(fold(text), year, " ");
  std::smatch m;
  if (std::regex_search(f, m, ordinal_word)) {
    const std::string w = m[1].str();
    ordinal = w == "primo" ? 1 : w == "secondo" ? 2 : w == "terzo" ? 3 : w == "quarto" ? 4 : 5;
    f = m.prefix().str() + " " + m.suffix().str();
  } else if (std::regex_search(f, m, ordinal_digit)) {
    ordinal = std::stoi(m[1].matched ? m[1].str() : m[3].str());
    f = m.prefix().str() + " " + m.suffix().str();
  } else if (std::regex_search(f, m, anno_n)) {
    const std::string plus = m[2].matched ? m[2].str() : m[5].matched ? m[5].str() : "";
    ordinal = 1 + (plus.empty() ? 0 : std::stoi(plus));
    f = m.prefix().str() + (m[3].matched ? m[3].str() : std::string()) + " " + m.suffix().str();
  }
  static const std::regex spaces(" +");
  std::string out = std::regex_replace(f, spaces, " ");
  if (!out.empty() && out.front() == ' ') out.erase(0, 1);
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}
}  // namespace

TEST_CASE("label_words finds the ordinal year as the regexes did", "[genres][columns]") {
  std::vector<std::string> texts = {
      "Primo anno", "secondo  anno", "terzo anno 2025", "xprimo anno", "primo annox", "quinto anno e primo anno",
      "1° anno", "2o anno", "3 ro anno", "4do anno", "5 zo  anno", "1to anno", "6 anno", "12 anno", "1 o anno",
      "Anno 1", "anno 5", "anno 6", "anno 12", "anno 3x", "Target anno n", "anno n+1", "Anno N + 2", "anno n 5",
      "anno n4", "anno nx", "Target n", "Target n+3", "N.", "n", " n", "a n 1", "a n 1 b", "valore n 4 ", "x n 12",
      "anno n e target n+1", "Valore atteso anno 2024", "Target 2° anno (2025)", "peso_n", "é n", "1 anno n",
      "anno", "annon", "nanno 1", "2anno", "2 anno", "anno 2 anno 3", "Valore obiettivo primo anno n+1", ""};
  // And every short sequence of the tokens the patterns look at.
  const std::vector<std::string> tokens = {"anno", "n", "primo", "quinto", "1", "4", "5", "6", "o", "ro", "to",
                                           "x", " ", "°", "+", "2024", "é", "an", "no"};
  for (std::size_t a = 0; a < tokens.size(); ++a)
    for (std::size_t b = 0; b < tokens.size(); ++b)
      for (std::size_t c = 0; c < tokens.size(); ++c) {
        texts.push_back(tokens[a] + " " + tokens[b] + tokens[c]);
        texts.push_back(tokens[a] + tokens[b] + " " + tokens[c] + " " + tokens[(a + b + c) % tokens.size()]);
      }
  for (const auto& text : texts) {
    std::optional<int> ordinal, expected_ordinal;
    const std::string expected = label_words_by_regex(text, expected_ordinal);
    INFO(text);
    CHECK(label_words(text, ordinal) == expected);
    CHECK(ordinal == expected_ordinal);
  }
}

TEST_CASE("match_phrase scores a phrase with a qualifier after or before it", "[genres][columns]") {
  const std::vector<RolePhrase> phrases = {{"weight", "peso", ""}, {"target", "target atteso", ""}, {"achievement", "realizzazione", ""}};
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

TEST_CASE("budget code lines are found as the regex found them", "[genres][recognition]") {
  static const std::regex mission(R"((^|\n)missione (\d{1,2} )?\d{2,3}\b)");
  std::vector<std::string> texts = {"area", "area comunicazione", "areas", "area_x", "areaé", "la area", "azienda speciale x",
                                    "azienda", "staff", "servizio 2", "ufficio\nx", "", "missione 12", "missione 1 101",
                                    "x\nmissione 101 y\nmissione 1 12\nmissione 1234\nmissione 12 3\nmissione 1 2 34"};
  const std::vector<std::string> tokens = {"missione", "area", " ", "\n", "1", "12", "123", "1234", "x", "_", "é", "staff"};
  for (const auto& a : tokens)
    for (const auto& b : tokens)
      for (const auto& c : tokens)
        for (const auto& d : tokens) {
          texts.push_back(a + b + c + d);
          texts.push_back("x\nmissione " + a + b + c + d);
        }
  for (const auto& text : texts) {
    INFO(text);
    const auto expected = std::distance(std::sregex_iterator(text.begin(), text.end(), mission), std::sregex_iterator());
    CHECK(coded_lines(text, "missione") == expected);
  }
}

TEST_CASE("first_period finds the period the regex found", "[genres][columns]") {
  static const std::regex period(R"(\b((?:19|20)\d\d)\s*(?:-|–|/|al|a)\s*((?:19|20)\d\d)\b)");
  std::vector<std::string> texts = {"Piano 2026-2028", "2026 – 2028", "2026/27", "dal 2024 al 2026", "2024a2026",
                                    "x2024-2026", "2024-2026x", "2024-20261", "1999 / 2001", "2100-2102", "", "2024-",
                                    "Anno 2024 e 2025-2027", "2024 al  2025"};
  const std::vector<std::string> tokens = {"2024", "1999", "2100", "-", "–", "/", "al", "a", " ", "x", "1", "_"};
  for (const auto& a : tokens)
    for (const auto& b : tokens)
      for (const auto& c : tokens)
        for (const auto& d : tokens) texts.push_back(a + b + c + d);
  for (const auto& text : texts) {
    INFO(text);
    std::smatch m;
    std::optional<std::pair<int, int>> expected;
    if (std::regex_search(text, m, period)) expected = std::pair{std::stoi(m[1].str()), std::stoi(m[2].str())};
    CHECK(first_period(text) == expected);
  }
}

TEST_CASE("match_phrase meets a phrase in the other number a little below the printed one", "[genres][columns]") {
  CHECK(plural_blind("valori obiettivo") == "valor obiettiv");
  CHECK(plural_blind("valore obiettivo") == plural_blind("valori obiettivo"));
  CHECK(plural_blind("fasce di valutazione") == plural_blind("fascia di valutazione"));
  CHECK(plural_blind("cod n") == "cod n");  // short words stay whole
  CHECK(plural_blind("data") != plural_blind("dato"));
  const std::vector<RolePhrase> phrases = {{"targets", "valore obiettivo", plural_blind("valore obiettivo")},
                                           {"baselines", "valori", plural_blind("valori")}};
  const PhraseMatch plural = match_phrase("valori obiettivo", phrases);
  CHECK(plural.role == "targets");
  CHECK(plural.score == Approx(0.97));
  CHECK(match_phrase("valore obiettivo", phrases).score == 1.0);
}
