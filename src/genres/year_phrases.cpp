#include "genres/year_phrases.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include "genres/genre_text.hpp"


namespace allegato::genres {
namespace {

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(' ');
  return s.substr(b, e - b + 1);
}

// A sentence's final full stop or separator is no part of its value.
std::string without_final_stop(std::string s) {
  s = trimmed(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',')) s.pop_back();
  return trimmed(s);
}

// "Anno 2025: ...", "Target 2026 - ...", "2027 = ...": a year opening its own value.
std::vector<YearPhrase> year_marks(const std::string& text) {
  static const std::regex mark(
      R"((?:^|\s)(?:(?:anno|target|obiettivo)\s+)?((?:19|20)\d\d)\s*(?:[:=]|\s-\s?|-\s)\s*)", std::regex::icase);
  std::vector<std::smatch> marks;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), mark); it != std::sregex_iterator(); ++it) marks.push_back(*it);
  // One year opening the cell with a colon ("2024: 52 gg") dates its value
  // too; one followed by a dash may be a span of years ("2024 - 2026").
  // So does "Target 2019 - ..." (a word before the year: no span).
  const std::string first = marks.empty() ? std::string() : marks[0].str(0);
  const bool worded = std::any_of(first.begin(), first.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
  const bool one_dated = marks.size() == 1 && marks[0].position(0) == 0 && (first.find(':') != std::string::npos || worded);
  if (marks.size() < 2 && !one_dated) return {};
  std::vector<YearPhrase> out;
  for (std::size_t k = 0; k < marks.size(); ++k) {
    const std::size_t from = static_cast<std::size_t>(marks[k].position(0) + marks[k].length(0));
    const std::size_t to = k + 1 < marks.size() ? static_cast<std::size_t>(marks[k + 1].position(0)) : text.size();
    out.push_back({std::stoi(marks[k][1].str()), without_final_stop(text.substr(from, to - from))});
  }
  return out;
}

}  // namespace

namespace {
// How many four-digit runs 19xx/20xx the text holds: the cheap test before
// any pattern that needs a year.
std::size_t year_like(const std::string& text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]))) continue;
    if (!(text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0)) continue;
    if (!std::isdigit(static_cast<unsigned char>(text[i + 2])) || !std::isdigit(static_cast<unsigned char>(text[i + 3]))) continue;
    if (i + 4 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 4]))) continue;
    ++n;
    i += 3;
  }
  return n;
}

YearPhrases split(const std::string& printed);
}  // namespace

YearPhrases split_by_year(const std::string& printed) {
  YearPhrases out = split(printed);
  if (out.values.size() > 1 || out.values.front().year) {
    std::vector<std::string> raws;
    for (const auto& v : out.values) raws.push_back(v.raw);
    out.rest = text_without(printed, raws);
  }
  return out;
}

namespace {
YearPhrases split(const std::string& printed) {
  // Matched on the text as printed: each year's raw is a slice of it.
  const std::string text = trimmed(printed);
  YearPhrases out;
  if (text.empty()) {
    out.values.push_back({std::nullopt, printed});
    return out;
  }
  // std::regex is slow and most cells print one value: each pattern runs
  // only when the text holds what it needs (two years; "nel"; a ")" last).
  const auto years = year_like(text);
  if (auto marked = years >= 1 && text.find_first_of(":=-") != std::string::npos ? year_marks(text) : std::vector<YearPhrase>{};
      !marked.empty()) {
    out.values = std::move(marked);
    return out;
  }
  // "2% nel 2026, 4% nel 2027, 6% nel 2028": each figure and its year; the
  // words before the first figure say what every figure is.
  // A figure may carry its unit word ("12 posti nel 2026", "1 giorno nel 2027").
  static const std::regex in_year(R"(((?:[^\s,;:]*\d[^\s,;:]*(?:\s+[^\s\d,;:]+)?)|[^\s,;:]+)\s+nel(?:l'anno)?\s+((?:19|20)\d\d))",
                                  std::regex::icase);
  std::vector<std::smatch> figures;
  if (years >= 2 && (text.find("nel") != std::string::npos || text.find("Nel") != std::string::npos))
    for (auto it = std::sregex_iterator(text.begin(), text.end(), in_year); it != std::sregex_iterator(); ++it) figures.push_back(*it);
  if (figures.size() >= 2) {
    out.lead = without_final_stop(text.substr(0, static_cast<std::size_t>(figures.front().position(0))));
    while (!out.lead.empty() && out.lead.back() == ':') out.lead = without_final_stop(out.lead.substr(0, out.lead.size() - 1));
    for (const auto& f : figures) out.values.push_back({std::stoi(f[2].str()), f[1].str()});
    return out;
  }
  // "non oltre 180 giorni (2026), non oltre 150 giorni (2027) e non oltre
  // 120 giorni (2028)": each value before its bracketed year.
  if (years >= 2 && text.find('(') != std::string::npos) {
    static const std::regex valued_year(R"(([^,;()]+?)\s*\(((?:19|20)\d\d)\))");
    std::vector<YearPhrase> found;
    std::string between;
    std::size_t end = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), valued_year); it != std::sregex_iterator(); ++it) {
      between += text.substr(end, static_cast<std::size_t>(it->position(0)) - end);
      std::string raw = trimmed((*it)[1].str());
      // The last value after "e" ("... (2027) e almeno 1.500 (2028)").
      if (raw.rfind("e ", 0) == 0 || raw.rfind("ed ", 0) == 0) raw = trimmed(raw.substr(raw.find(' ') + 1));
      found.push_back({std::stoi((*it)[2].str()), raw});
      end = static_cast<std::size_t>(it->position(0) + it->length(0));
    }
    between += text.substr(end);
    const bool only_separators =
        std::all_of(between.begin(), between.end(), [](char c) { return c == ',' || c == ';' || c == '.' || c == ' '; });
    if (found.size() >= 2 && only_separators) {
      out.values = std::move(found);
      return out;
    }
  }
  // "412 imprese (2024)": the year the value was measured in.
  static const std::regex bracketed_year(R"(^(.*\S)\s*\(((?:19|20)\d\d)\)$)");
  std::smatch m;
  if (years == 1 && text.back() == ')' && std::regex_match(text, m, bracketed_year)) {
    out.values.push_back({std::stoi(m[2].str()), m[1].str()});
    return out;
  }
  out.values.push_back({std::nullopt, printed});
  return out;
}
}  // namespace

}  // namespace allegato::genres
