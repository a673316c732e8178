#include "layout/boilerplate.hpp"

#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "layout/text_lines.hpp"

namespace allegato::layout {

namespace {

std::string line_text(const std::vector<Word>& words, const Line& line) {
  std::vector<int> ids;
  for (const auto& r : line.runs) ids.insert(ids.end(), r.words.begin(), r.words.end());
  return join_line(words, ids);
}

// Digits vary from page to page ("Pagina 3 di 9"); the rest repeats.
std::string repetition_key(const std::string& text) {
  std::string key;
  for (unsigned char c : text) {
    if (std::isdigit(c)) {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (!std::isspace(c)) {
      key += static_cast<char>(std::tolower(c));
    }
  }
  return key;
}

bool in_margin(const Line& line, double height) {
  return line.box.y1 <= kMarginBand * height || line.box.y0 >= (1 - kMarginBand) * height;
}

}  // namespace

bool looks_like_page_number(const std::string& text) {
  static const std::regex pattern(
      R"(^\s*(-\s*)?((pag(ina|e)?|p)\.?\s*)?\d{1,4}(\s*(di|of|/)\s*\d{1,4})?(\s*-)?\s*$)", std::regex::icase);
  return std::regex_match(text, pattern);
}

void mark_boilerplate(std::vector<PageLines>& pages) {
  std::map<std::string, std::set<std::size_t>> pages_of_key;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const auto& line : *pages[p].lines) {
      if (!in_margin(line, pages[p].height)) continue;
      pages_of_key[repetition_key(line_text(*pages[p].words, line))].insert(p);
    }
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (auto& line : *pages[p].lines) {
      if (!in_margin(line, pages[p].height)) continue;
      const std::string text = line_text(*pages[p].words, line);
      const std::string key = repetition_key(text);
      bool repeated = pages.size() >= 2 && !key.empty() && pages_of_key[key].size() >= 2;
      if (repeated || looks_like_page_number(text)) line.boilerplate = true;
    }
  }
}

}  // namespace allegato::layout
