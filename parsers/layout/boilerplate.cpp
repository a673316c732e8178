#include "layout/boilerplate.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
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

bool looks_like_signature_title(const std::string& run_text) {
  static const std::regex pattern(
      R"(^\s*((il|la|lo)\s+)?(vice\s*)?(segretari[oa]|direttor[ea]|president[ea]|commissari[oa]|dirigente|responsabile|sindaco|rettore)(\s+\S+){0,3}\s*$)",
      std::regex::icase);
  return run_text.size() < 80 && std::regex_match(run_text, pattern);
}

bool looks_like_signature_notice(const std::string& line_text) {
  static const std::regex pattern(R"((firmato digitalmente|firma digitale|firma autografa|f\.to\s))",
                                  std::regex::icase);
  return std::regex_search(line_text, pattern);
}

namespace {

// Signature blocks: role-title lines and the (at most two) short lines of
// names under them; notices and the lines of their paragraph.
void mark_signatures(const std::vector<Word>& words, std::vector<Line>& lines) {
  std::vector<bool> sign(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    bool titles = !lines[i].runs.empty();
    for (const auto& r : lines[i].runs) titles = titles && looks_like_signature_title(join_line(words, r.words));
    if (titles) {
      sign[i] = true;
      for (std::size_t k = i + 1; k < lines.size() && k <= i + 2; ++k) {
        if (lines[k].box.y0 - lines[k - 1].box.y1 > 2.5 * lines[k].font_size || lines[k].runs.size() > lines[i].runs.size())
          break;
        bool short_runs = true;
        for (const auto& r : lines[k].runs) short_runs = short_runs && r.words.size() <= 5;
        if (!short_runs) break;
        sign[k] = true;
      }
    }
    if (looks_like_signature_notice(line_text(words, lines[i]))) sign[i] = true;
  }
  // A notice's paragraph: neighbours of the same size packed against it.
  std::vector<bool> notice(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) notice[i] = looks_like_signature_notice(line_text(words, lines[i]));
  for (int pass = 0; pass < 4; ++pass)
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!notice[i]) continue;
      for (std::size_t k : {i + 1, i - 1}) {
        if (k >= lines.size() || notice[k]) continue;
        const Line& a = lines[std::min(i, k)];
        const Line& b = lines[std::max(i, k)];
        if (std::abs(a.font_size - b.font_size) < 0.5 && b.box.y0 - a.box.y1 < 0.8 * a.font_size) notice[k] = true;
      }
    }
  for (std::size_t i = 0; i < lines.size(); ++i) sign[i] = sign[i] || notice[i];
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (sign[i]) lines[i].boilerplate = true;
}

}  // namespace

namespace {
// The lines stacked on such a header row ("Valore di riferimento" over
// "(2014)"), packed against it, each run under or over one of its runs,
// are the header's too (a body row's title runs wider than its header).
void keep_stacked_header_lines(std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& row = lines[i];
    if (row.boilerplate || row.runs.size() < kHeaderRowRuns) continue;
    for (int step : {-1, 1}) {
      const Line* near = &row;
      for (std::size_t k = i + static_cast<std::size_t>(step); k < lines.size(); k += static_cast<std::size_t>(step)) {
        Line& other = lines[k];
        const double gap = step > 0 ? other.box.y0 - near->box.y1 : near->box.y0 - other.box.y1;
        const bool under_runs = std::all_of(other.runs.begin(), other.runs.end(), [&](const Run& r) {
          return std::any_of(row.runs.begin(), row.runs.end(), [&](const Run& h) {
            return r.box.x0 >= h.box.x0 - 2 && r.box.x1 <= h.box.x1 + 2;
          });
        });
        if (!other.boilerplate || gap > 0.6 * row.font_size || !under_runs) break;
        other.boilerplate = false;
        near = &other;
      }
    }
  }
}
}  // namespace

void mark_boilerplate(std::vector<PageLines>& pages) {
  for (auto& p : pages) mark_signatures(*p.words, *p.lines);
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
      // Running headers repeat on most pages; a heading repeated on a few
      // pages (two tables of one section) is content.
      const std::size_t needed = std::max<std::size_t>(2, (pages.size() + 1) / 2);
      bool repeated = pages.size() >= 2 && !key.empty() && pages_of_key[key].size() >= needed;
      // A table's header repeated atop each page (print titles) is a row
      // of four runs or more, where a running header has one to three
      // (left, centre, right): it stays the table's.
      if (repeated && line.runs.size() >= kHeaderRowRuns) repeated = false;
      if (repeated || looks_like_page_number(text)) line.boilerplate = true;
    }
    keep_stacked_header_lines(*pages[p].lines);
  }
}

}  // namespace allegato::layout
