#include "genres/column_roles.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string_view>

#include "genres/genre_text.hpp"
#include "values/text.hpp"

namespace allegato::genres {

std::optional<int> HeaderMatch::col(const std::string& role) const {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].role == role) return static_cast<int>(c);
  }
  return std::nullopt;
}

std::vector<int> HeaderMatch::cols(const std::string& role) const {
  std::vector<int> out;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].role == role) out.push_back(static_cast<int>(c));
  }
  return out;
}

std::string HeaderMatch::explain() const {
  std::string out;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const ColumnRole& r = columns[c];
    if (r.header.empty() && r.role.empty()) continue;
    out += "col " + std::to_string(c + 1) + " '" + r.header + "' -> " + (r.role.empty() ? "(no role)" : r.role);
    if (r.year) out += " " + std::to_string(*r.year);
    if (r.ordinal) out += " year #" + std::to_string(*r.ordinal);
    if (!r.level.empty()) out += " [" + r.level + "]";
    if (r.percent) out += " [%]";
    if (!r.why.empty()) out += " (" + r.why + ")";
    out += "\n";
  }
  return out;
}

namespace {


// True unless the text surely does not end like `\bn(\s+[1-4])?\s*$` (the
// word "n" of "anno n", alone or with "+1"... folded to a digit): a cheap
// test that lets header_words skip its regexes on most cells.
bool may_end_with_n(std::string_view f) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  std::size_t end = f.size();
  while (end > 0 && space(f[end - 1])) --end;
  if (end > 0 && f[end - 1] >= '1' && f[end - 1] <= '4') {
    std::size_t start = end - 1;
    while (start > 0 && space(f[start - 1])) --start;
    if (start < end - 1 && start > 0 && f[start - 1] == 'n') return true;
  }
  return end > 0 && f[end - 1] == 'n';
}

bool text_at(std::string_view f, std::size_t i, std::string_view what) {
  return i <= f.size() && f.substr(i).substr(0, what.size()) == what;
}
std::size_t spaces_from(std::string_view f, std::size_t i) {
  std::size_t n = 0;
  while (i + n < f.size() && regex_space(f[i + n])) ++n;
  return n;
}
bool digit_in(std::string_view f, std::size_t i, char lo, char hi) { return i < f.size() && f[i] >= lo && f[i] <= hi; }

// The first ordinal year named in folded header words, as the first of
// these found it with regex_search (leftmost match; at one position, the
// first alternative):
//   \b(primo|secondo|terzo|quarto|quinto)\s+anno\b
//   \b([1-5])\s*(o|ro|do|zo|to)?\s+anno\b|\banno\s+([1-5])\b
//   \banno\s+n(\s+([1-4]))?\b|(\w)\s+n(\s+([1-4]))?\s*$
// The words kept are [0, begin) + kept + " " + [end, size).
struct OrdinalYear {
  std::size_t begin = 0, end = 0;
  int ordinal = 0;
  std::string kept;  // the word character before a final "n"
};

std::optional<OrdinalYear> ordinal_word_match(std::string_view f) {
  static constexpr std::string_view words[] = {"primo", "secondo", "terzo", "quarto", "quinto"};
  for (std::size_t at = 0; at < f.size(); ++at) {
    if (!word_boundary_at(f, at)) continue;
    for (std::size_t k = 0; k < std::size(words); ++k) {
      if (!text_at(f, at, words[k])) continue;
      const std::size_t after = at + words[k].size(), gap = spaces_from(f, after);
      if (gap > 0 && text_at(f, after + gap, "anno") && word_boundary_at(f, after + gap + 4))
        return OrdinalYear{at, after + gap + 4, static_cast<int>(k) + 1, {}};
    }
  }
  return std::nullopt;
}

std::optional<OrdinalYear> ordinal_digit_match(std::string_view f) {
  static constexpr std::string_view suffixes[] = {"o", "ro", "do", "zo", "to"};
  // Where "anno" and a word boundary follow at least one space from `from`.
  auto anno_after_spaces = [&](std::size_t from) -> std::optional<std::size_t> {
    const std::size_t gap = spaces_from(f, from);
    if (gap > 0 && text_at(f, from + gap, "anno") && word_boundary_at(f, from + gap + 4)) return from + gap + 4;
    return std::nullopt;
  };
  for (std::size_t at = 0; at < f.size(); ++at) {
    if (!word_boundary_at(f, at)) continue;
    if (digit_in(f, at, '1', '5')) {
      const int n = f[at] - '0';
      const std::size_t after_digit = at + 1, after_gap = after_digit + spaces_from(f, after_digit);
      for (auto suffix : suffixes)
        if (text_at(f, after_gap, suffix))
          if (auto end = anno_after_spaces(after_gap + suffix.size())) return OrdinalYear{at, *end, n, {}};
      if (auto end = anno_after_spaces(after_digit)) return OrdinalYear{at, *end, n, {}};
    } else if (text_at(f, at, "anno")) {
      const std::size_t gap = spaces_from(f, at + 4), digit = at + 4 + gap;
      if (gap > 0 && digit_in(f, digit, '1', '5') && word_boundary_at(f, digit + 1))
        return OrdinalYear{at, digit + 1, f[digit] - '0', {}};
    }
  }
  return std::nullopt;
}

std::optional<OrdinalYear> anno_n_match(std::string_view f) {
  for (std::size_t at = 0; at < f.size(); ++at) {
    // \banno\s+n(\s+([1-4]))?\b
    if (word_boundary_at(f, at) && text_at(f, at, "anno")) {
      const std::size_t gap = spaces_from(f, at + 4), n_at = at + 4 + gap;
      if (gap > 0 && n_at < f.size() && f[n_at] == 'n') {
        const std::size_t plus_gap = spaces_from(f, n_at + 1), digit = n_at + 1 + plus_gap;
        if (plus_gap > 0 && digit_in(f, digit, '1', '4') && word_boundary_at(f, digit + 1))
          return OrdinalYear{at, digit + 1, 1 + (f[digit] - '0'), {}};
        if (word_boundary_at(f, n_at + 1)) return OrdinalYear{at, n_at + 1, 1, {}};
      }
    }
    // (\w)\s+n(\s+([1-4]))?\s*$
    if (regex_word(f[at])) {
      const std::size_t gap = spaces_from(f, at + 1), n_at = at + 1 + gap;
      if (gap > 0 && n_at < f.size() && f[n_at] == 'n') {
        const std::size_t plus_gap = spaces_from(f, n_at + 1), digit = n_at + 1 + plus_gap;
        if (plus_gap > 0 && digit_in(f, digit, '1', '4') && digit + 1 + spaces_from(f, digit + 1) == f.size())
          return OrdinalYear{at, f.size(), 1 + (f[digit] - '0'), std::string(1, f[at])};
        if (n_at + 1 + plus_gap == f.size()) return OrdinalYear{at, f.size(), 1, std::string(1, f[at])};
      }
    }
  }
  return std::nullopt;
}

std::optional<OrdinalYear> ordinal_year_match(std::string_view f, bool anno) {
  if (anno) {
    if (auto m = ordinal_word_match(f)) return m;
    if (auto m = ordinal_digit_match(f)) return m;
  }
  return anno_n_match(f);
}

bool says_percent(const std::string& printed) {
  return printed.find('%') != std::string::npos || fold(printed).find("percentual") != std::string::npos;
}

// True if some digits in the text are not a year (19xx/20xx), an ordinal
// ("1° anno") or a percent sign's neighbour in a header ("Peso %").
bool holds_values(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) continue;
    std::size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    const bool year = j - i == 4 && (text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0);
    if (!year) return true;
    // "2021/22": an academic year, its second year by its last two digits.
    if (j + 3 <= text.size() && text[j] == '/' && std::isdigit(static_cast<unsigned char>(text[j + 1])) &&
        std::isdigit(static_cast<unsigned char>(text[j + 2])) &&
        (j + 3 == text.size() || !std::isdigit(static_cast<unsigned char>(text[j + 3]))))
      j += 3;
    i = j;
  }
  return false;
}

// Whether folded header words number an entity the profile names in
// columns (objective, indicator, a level): "obiettivo n", "n obiettivo",
// "nr indicatore".
bool numbers_an_entity(const std::string& folded, const std::string& role, const Profile& profile) {
  const bool entity = role == "objective" || role == "name" ||
                      std::find(profile.level_columns.begin(), profile.level_columns.end(), role) != profile.level_columns.end();
  if (!entity) return false;
  static const std::set<std::string> number_words = {"n", "nr", "num", "numero"};
  const auto first_space = folded.find(' '), last_space = folded.rfind(' ');
  if (first_space == std::string::npos) return false;
  return number_words.count(folded.substr(0, first_space)) > 0 || number_words.count(folded.substr(last_space + 1)) > 0;
}

struct CellRead {
  std::size_t piece = 0;
  PhraseMatch match;
  std::vector<int> years;
  std::optional<int> ordinal;
  bool percent = false;
  bool only_years = false;  // the cell is a year ("2025") or an ordinal year alone
  std::string objective_role;  // "X / Y": the role of its cells on objective rows
  std::string last_line_role;  // "Indicatore e tipologia": the role of a cell's last line
};

// "Baseline al 31.12.2023": a header dated by a day names the year of that
// day; the date is no value. Returns the text without the date and its year.
std::pair<std::string, std::optional<int>> without_date(const std::string& text) {
  // The regex needs a year just after '.' or '/': most cells have none, and
  // regex_search is slow (a twentieth of a PDF import went here).
  if (text.find(".19") == std::string::npos && text.find(".20") == std::string::npos &&
      text.find("/19") == std::string::npos && text.find("/20") == std::string::npos)
    return {text, std::nullopt};
  static const std::regex date(R"(\b\d{1,2}[./]\d{1,2}[./]((?:19|20)\d\d)\b)");
  std::smatch m;
  if (!std::regex_search(text, m, date)) return {text, std::nullopt};
  return {m.prefix().str() + " " + m.suffix().str(), std::stoi(m[1].str())};
}

// "Consuntivo al 31/12" without "31/12" when words stand beside it (a
// header's day of the year); the text unchanged otherwise. By hand: it is
// asked of every value cell of every header candidate's rows.
std::string without_day_month(const std::string& text) {
  auto day_month = [](std::string_view w) {
    const auto sep = w.find_first_of("./");
    if (sep == std::string_view::npos || sep == 0 || sep > 2 || w.size() - sep - 1 == 0 || w.size() - sep - 1 > 2) return false;
    for (std::size_t k = 0; k < w.size(); ++k)
      if (k != sep && !std::isdigit(static_cast<unsigned char>(w[k]))) return false;
    return true;
  };
  std::string rest;
  bool dropped = false, letter = false;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = std::min(text.find(' ', at), text.size());
    const std::string_view w(text.data() + at, end - at);
    if (day_month(w)) {
      dropped = true;
    } else if (!w.empty()) {
      letter = letter || std::any_of(w.begin(), w.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; });
      rest += (rest.empty() ? "" : " ") + std::string(w);
    }
    at = end + 1;
  }
  return dropped && letter ? rest : text;
}

CellRead read_cell(const TextStream& stream, std::size_t id, const Profile& profile) {
  CellRead c;
  c.piece = id;
  // Wrapped lines joined first: a word hyphenated at a line's end is one word.
  const auto [text, dated] = without_date(join_wrapped(stream.piece(id).text));
  c.years = years_in(text);
  if (dated && c.years.empty()) c.years.push_back(*dated);
  std::string words = label_words(text, c.ordinal);
  // An academic year ("a.a. 2022/2023") is the calendar year it starts in.
  // ("2023" after the slash is no year of its own for years_in.)
  if (!c.years.empty() && (words == "a a" || words == "aa" || words == "anno accademico")) {
    c.years.erase(c.years.begin() + 1, c.years.end());  // (not resize: GCC 12 -O3 warns on its append path)
    words.clear();
  }
  // "Anno 2025", "Esercizio 2025" over a year's columns: the year alone.
  if (c.years.size() == 1 && (words == "anno" || words == "esercizio")) words.clear();
  c.percent = says_percent(text);
  c.only_years = words.empty() && (!c.years.empty() || c.ordinal);
  if (!words.empty()) c.match = match_phrase(words, profile);
  // "Fasce di valutazione 2026 – punteggio attribuito", "Target 2025 e fasce
  // di punteggio (valore: punteggio)": the words before a dash or a bracket
  // name the column, the rest qualifies it. Only a header-sized cell is
  // asked (every row is a header candidate; body text often has dashes).
  if (text.size() <= 100) {
    for (const char* cut : {" \xE2\x80\x93 ", " - ", "("}) {
      const auto at = text.find(cut);
      if (at == std::string::npos || at == 0) continue;
      std::optional<int> ordinal;
      const std::string before = label_words(text.substr(0, at), ordinal);
      if (before.empty() || before == words) continue;
      const PhraseMatch named = match_phrase(before, profile);
      if (named.score >= 0.6 && named.score > c.match.score) c.match = named;
    }
  }
  // "Target triennio / Stanziamento 2026 (euro)": one column for two
  // roles, an indicator's values on its rows and an objective's resources
  // (or weight) on the objective's row. Each part is read on its own; the
  // years are the indicator part's. (Only a cell naming a role as a
  // whole: a formula "A / B" in a body row is asked nothing more.)
  if (const auto slash = text.find(" / "); slash != std::string::npos && text.size() <= 100 && c.match.score >= 0.6) {
    CellRead parts[2];
    const std::string printed[2] = {text.substr(0, slash), text.substr(slash + 3)};
    for (int k = 0; k < 2; ++k) {
      parts[k].years = years_in(printed[k]);
      const std::string w = label_words(printed[k], parts[k].ordinal);
      if (!w.empty()) parts[k].match = match_phrase(w, profile);
    }
    auto objective_level = [](const PhraseMatch& m) { return m.score >= 0.6 && (m.role == "resources" || m.role == "weight"); };
    auto indicator_values = [](const PhraseMatch& m) {
      return m.score >= 0.6 && (m.role == "targets" || m.role == "baselines" || m.role == "results");
    };
    for (int k = 0; k < 2; ++k) {
      const CellRead& values = parts[k];
      const CellRead& objective = parts[1 - k];
      if (!indicator_values(values.match) || !objective_level(objective.match)) continue;
      c.match = values.match;
      c.years = values.years;
      c.ordinal = values.ordinal;
      c.objective_role = objective.match.role;
      break;
    }
  }
  // "Indicatore e tipologia": the names, each cell's last line its type
  // (printed under the name).
  if (c.match.score >= 0.6 && c.match.role == "name") {
    const std::string all = fold(text);
    if (const auto and_at = all.rfind(" e "); and_at != std::string::npos) {
      const PhraseMatch last = match_phrase(all.substr(and_at + 3), profile);
      if (last.score >= 0.95 && (last.role == "type" || last.role == "baselines")) c.last_line_role = last.role;
    }
  }
  // "Obiettivo n.", "N. indicatore", "Nr. obiettivo": an entity's number
  // heads its codes, not that entity's text (nor a year n: "anno n" and
  // the series keep it).
  if (c.match.score >= 0.6 && numbers_an_entity(fold(text), c.match.role, profile)) {
    c.match = {"code", c.match.score, c.match.phrase};
    c.ordinal.reset();
    c.only_years = false;
  }
  return c;
}

// Rows whose numbers are not years: body, never header.
// "Settore 1 – Affari generali", "Area 2 - Servizi": a unit the profile
// names (its heading words), numbered, then its name. A header cell naming
// a unit's column, not a value.
bool numbered_unit_name(const std::string& printed, const Profile& profile) {
  static const std::regex numbered(R"(^([a-z]+(?: [a-z]+){0,2}) \d{1,2} [a-z]{2,}(?: [a-z']+)*$)");
  std::smatch m;
  const std::string f = fold(printed);
  // The pattern opens with a letter: most cells with values are refused
  // without running std::regex.
  if (f.empty() || f[0] < 'a' || f[0] > 'z' || !std::regex_match(f, m, numbered)) return false;
  for (const auto& heading : profile.unit_headings)
    for (const auto& word : heading.words)
      if (m[1].str() == word) return true;
  return false;
}

bool row_holds_values(const TextStream& stream, const Row& row, const Profile& profile) {
  for (auto id : row.pieces) {
    const std::string& printed = stream.piece(id).text;
    // A header's date ("Baseline al 31.12.2023") is no value; a cell that is only a date is.
    const auto [undated, dated] = without_date(printed);
    const bool words_beside_date = dated && std::any_of(undated.begin(), undated.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; });
    const std::string& t = words_beside_date ? undated : printed;
    if (!holds_values(t)) continue;
    // "Consuntivo al 31/12": a day of the year naming when, beside words.
    if (!dated && !holds_values(without_day_month(t))) continue;
    // A numbered title ("1. Semplificazione ...") heads its section.
    if (auto h = parse_numbered_heading(t); h && !holds_values(h->title)) continue;
    if (numbered_unit_name(t, profile)) continue;
    // "Fascia 1", "Indicatore 2": a header word numbering its columns.
    {
      static const std::regex numbered_word(R"(^([a-z]+(?: [a-z]+)?) \d{1,2}$)");
      std::smatch m;
      const std::string f = fold(t);
      // It opens with a letter and ends with a digit (checked first: cheap).
      // ("Peso area 15%" is a weight, not a numbered word: its % is folded away.)
      const bool may_match = !f.empty() && f[0] >= 'a' && f[0] <= 'z' && f.back() >= '0' && f.back() <= '9' &&
                             t.find('%') == std::string::npos;
      if (may_match && std::regex_match(f, m, numbered_word) && match_phrase(m[1].str(), profile).score >= 0.6) continue;
    }
    // "1° anno", "anno n+1" are header words, not values.
    std::optional<int> ordinal;
    const std::string words = label_words(t, ordinal);
    if (ordinal && !holds_values(words)) continue;
    return true;
  }
  return false;
}

}  // namespace

std::string label_words(const std::string& text, std::optional<int>& ordinal) {
  // std::regex is slow (a tenth of an import's time went here): each regex
  // runs only when the literal text it needs is there, which keeps the
  // result the same.
  std::string f = fold(text);
  // Each year (\b(19|20)\d\d\b) becomes a space, by hand: regex_replace
  // was a twentieth of a PDF import.
  if (f.find("19") != std::string::npos || f.find("20") != std::string::npos) {
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    std::string kept;
    kept.reserve(f.size());
    for (std::size_t i = 0; i < f.size();) {
      if (i + 4 <= f.size() && (i == 0 || !word(f[i - 1])) && (i + 4 == f.size() || !word(f[i + 4])) &&
          ((f[i] == '1' && f[i + 1] == '9') || (f[i] == '2' && f[i + 1] == '0')) && digit(f[i + 2]) && digit(f[i + 3])) {
        kept += ' ';
        i += 4;
      } else {
        kept += f[i++];
      }
    }
    f = std::move(kept);
  }
  // The ordinal year, by hand: three regex_search calls that found nothing
  // were most of an import's regex time (see ordinal_year_match).
  const bool anno = f.find("anno") != std::string::npos;
  if (!anno && !may_end_with_n(f)) {
    // No ordinal year can be named: every pattern needs "anno" or a final "n".
  } else if (const auto m = ordinal_year_match(f, anno)) {
    ordinal = m->ordinal;
    f = f.substr(0, m->begin) + m->kept + " " + f.substr(m->end);
  }
  // Collapse spaces.
  std::string out;
  for (char c : f) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}



namespace {
// Scores one phrase for the folded words `w`, keeping the best in `best`.
double phrase_score(const std::string& w, const std::string& phrase) {
  if (w == phrase) return 1.0;
  if (w.size() > phrase.size() + 30) return 0;
  // "peso obiettivo", "target atteso": the phrase then a qualifier.
  // (Compared in place: this runs for every piece and phrase.)
  const std::size_t n = phrase.size();
  if (w.size() > n && w[n] == ' ' && w.compare(0, n, phrase) == 0)
    return 0.7 + 0.2 * static_cast<double>(n) / static_cast<double>(w.size());
  // "% di realizzazione" folded to "di realizzazione": a qualifier then the phrase.
  if (n >= 5 && w.size() > n && w[w.size() - n - 1] == ' ' && w.compare(w.size() - n, n, phrase) == 0) return 0.6;
  return 0;
}

// plural_blind(w), or empty when it drops nothing (values, codes, short
// words: most cells), which skips the second comparison.
std::string stem_if_any(const std::string& w) {
  std::string stem = plural_blind(w);
  return stem == w ? std::string() : stem;
}

// `w_stem`: stem_if_any(w). A phrase met only in the other number
// ("valori obiettivo" for "valore obiettivo") scores a little less than
// met as printed, so a phrase the profile lists in that number wins.
void consider_phrase(const std::string& w, const std::string& w_stem, const std::string& role, const std::string& phrase,
                     const std::string& phrase_stem, PhraseMatch& best) {
  double score = phrase_score(w, phrase);
  if (score < 1.0 && !phrase_stem.empty() && !w_stem.empty()) score = std::max(score, 0.97 * phrase_score(w_stem, phrase_stem));
  if (score > best.score || (score == best.score && score > 0 && phrase.size() > best.phrase.size())) {
    best = {role, score, phrase};
  }
}
}  // namespace

PhraseMatch match_phrase(const std::string& w, const std::vector<RolePhrase>& phrases) {
  PhraseMatch best;
  const std::string w_stem = stem_if_any(w);
  for (const auto& p : phrases) consider_phrase(w, w_stem, p.role, p.phrase, p.stem, best);
  return best;
}

PhraseMatch match_phrase(const std::string& w, const Profile& profile) {
  PhraseMatch best;
  const std::string w_stem = stem_if_any(w);
  for (const auto& p : profile.columns) consider_phrase(w, w_stem, p.role, p.phrase, p.stem, best);
  for (const auto& p : profile.series) consider_phrase(w, w_stem, p.series, p.phrase, p.stem, best);
  return best;
}

std::optional<std::string> unit_of_values(const std::vector<const std::vector<Target>*>& series) {
  std::map<std::string, int> counts;
  for (const auto* list : series) {
    for (const auto& t : *list) {
      if (t.unit && *t.unit != "text" && *t.unit != "date") ++counts[*t.unit];
    }
  }
  std::optional<std::string> best;
  int n = 0;
  for (const auto& [unit, count] : counts) {
    if (count > n) {
      best = unit;
      n = count;
    }
  }
  if (best) return best;
  // No unit printed beside any value: the kind every set value shares
  // says it: dates ("entro il 30/09/2026") measure a date, a yes/no
  // ("SI") is text. Mixed kinds say nothing.
  std::set<TargetKind> kinds;
  for (const auto* list : series)
    for (const auto& t : *list)
      if (t.status == TargetStatus::set && (t.value || t.kind != TargetKind::text)) kinds.insert(t.kind);
  if (kinds.size() != 1) return std::nullopt;
  if (*kinds.begin() == TargetKind::date) return std::string("date");
  if (*kinds.begin() == TargetKind::text) return std::string("text");
  // "SI"/"NO" read as ordinals (values "Sì", "No"): a yes/no is text; a
  // level of a scale ("> Medio") keeps no unit.
  if (*kinds.begin() == TargetKind::ordinal) {
    for (const auto* list : series)
      for (const auto& t : *list)
        if (t.status == TargetStatus::set && t.value && *t.value != "S\xC3\xAC" && *t.value != "No") return std::nullopt;
    return std::string("text");
  }
  return std::nullopt;
}

std::optional<std::pair<int, int>> first_period(std::string_view text) {
  // (?:19|20)\d\d at `at`: its value, or 0.
  auto year_at = [&](std::size_t at) {
    if (at + 4 > text.size() || !((text[at] == '1' && text[at + 1] == '9') || (text[at] == '2' && text[at + 1] == '0')))
      return 0;
    if (!std::isdigit(static_cast<unsigned char>(text[at + 2])) || !std::isdigit(static_cast<unsigned char>(text[at + 3])))
      return 0;
    return std::stoi(std::string(text.substr(at, 4)));
  };
  static constexpr std::string_view separators[] = {"-", "\u2013", "/", "al", "a"};
  for (std::size_t at = 0; at + 4 <= text.size(); ++at) {
    const int from = word_boundary_at(text, at) ? year_at(at) : 0;
    if (from == 0) continue;
    const std::size_t separator = at + 4 + spaces_from(text, at + 4);
    for (auto sep : separators) {
      if (!text_at(text, separator, sep)) continue;
      const std::size_t second = separator + sep.size() + spaces_from(text, separator + sep.size());
      if (const int to = year_at(second); to != 0 && word_boundary_at(text, second + 4)) return std::pair{from, to};
    }
  }
  return std::nullopt;
}

std::optional<int> period_start(const TextStream& stream) {
  // A title line first; a workbook prints its title in a cell: then the
  // first cell that holds words and a period.
  for (bool lines : {true, false}) {
    for (const auto& row : stream.rows()) {
      if (row.is_line() != lines) continue;
      for (auto id : row.pieces) {
        const std::string text = normalize_text(stream.piece(id).text);
        if (!lines && std::count_if(text.begin(), text.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }) < 8)
          continue;
        const auto period = first_period(text);
        if (!period) continue;
        const auto [a, b] = *period;
        if (b >= a && b - a <= 5) return a;
      }
    }
  }
  return std::nullopt;
}

std::string normalise_unit(const std::string& printed) {
  const std::string f = fold(printed);
  const std::string t = trim_copy(printed);
  if (t == "%" || f == "percentuale" || f == "percento" || f == "valore percentuale" || f == "in percentuale") return "%";
  if (f == "n" || f == "numero" || f == "nr" || f == "num" || f == "n assoluto" || f == "numero assoluto" || f == "valore assoluto")
    return "N.";
  if (f == "gg" || f == "giorni" || f == "giorno" || f == "gg lavorativi" || f == "giorni lavorativi") return "gg";
  if (f == "euro" || f == "eur" || t == "€" || f == "euro eur") return "EUR";
  if (f == "data" || f == "date") return "date";
  return tidy_printed_text(t);
}

namespace {
// Year groups ("2024" over "Risultato | Target | %"): a column of the group
// that the words below named nothing, headed "%", is that year's
// achievement when the group holds the year's result and target.
// "Valore obiettivo | 2021 Risultato | % raggiungimento" twice: each year
// printed once in an evenly repeated group of columns (over its middle, no
// span drawn, or stacked on one sub-header) dates the whole group.
void spread_group_years(HeaderMatch& h) {
  // The columns a sub-header named and a year dated (not a year column of its own).
  std::vector<int> year_tops;
  for (std::size_t c = 0; c < h.columns.size(); ++c) {
    const ColumnRole& r = h.columns[c];
    if (r.year && !r.bare_year && !r.year_assumed && !r.role.empty()) year_tops.push_back(static_cast<int>(c));
  }
  if (year_tops.size() < 2) return;
  const int width = year_tops[1] - year_tops[0];
  if (width < 2) return;
  for (std::size_t k = 1; k < year_tops.size(); ++k)
    if (year_tops[k] - year_tops[k - 1] != width) return;
  // How far the groups reach left of their year: the undated columns with a
  // role just left of the first one, at most a group's width less one.
  int lead = 0;
  while (lead + 1 < width && year_tops[0] - lead - 1 >= 0) {
    const ColumnRole& r = h.columns[static_cast<std::size_t>(year_tops[0] - lead - 1)];
    if (r.year || r.role.empty()) break;
    ++lead;
  }
  const int n = static_cast<int>(h.columns.size());
  for (int y : year_tops) {
    const auto year = h.columns[static_cast<std::size_t>(y)].year;
    if (!year) return;
    for (int c = y - lead; c < y - lead + width && c < n; ++c) {
      ColumnRole& r = h.columns[static_cast<std::size_t>(c)];
      if (c < 0 || r.year || r.role.empty()) continue;
      r.year = year;
      r.why += "; the year printed over its group";
    }
  }
}

void read_year_groups(HeaderMatch& h) {
  for (auto& r : h.columns) {
    if (!r.bare_year || !r.role.empty() || !r.year || !ends_with(r.header, "%")) continue;
    bool result = false, target = false;
    for (const auto& other : h.columns) {
      if (other.year != r.year) continue;
      result = result || other.role == "results";
      target = target || other.role == "targets";
    }
    if (!result || !target) continue;
    r.role = "achievement";
    r.percent = true;
    r.score = 0.6;
    r.why = "'%' in the year group of a result and a target";
    r.bare_year = false;
  }
}

// Columns headed by a year alone, before the first year a named series
// (target, result) is printed for, hold past values: baselines.
void past_years_are_baselines(HeaderMatch& h, const Profile& profile) {
  std::optional<int> first_named;
  for (const auto& r : h.columns) {
    if ((r.role == "targets" || r.role == "results") && !r.bare_year && r.year && (!first_named || *r.year < *first_named))
      first_named = r.year;
  }
  if (!first_named) return;
  for (auto& r : h.columns) {
    if (!r.bare_year || r.role != profile.bare_years || !r.year || *r.year >= *first_named) continue;
    r.role = "baselines";
    r.why = "a year alone before the first year of the named series: baselines";
  }
}

// A column headed only by a percent sign and a year ("% 2024"), beside the
// target and the result named for that year, is that year's achievement
// (the Target | Risultato | % triplet of a results tree).
void percent_beside_target_and_result(HeaderMatch& h, const Profile& profile) {
  for (auto& r : h.columns) {
    if (!r.bare_year || !r.percent || r.role != profile.bare_years || !r.year) continue;
    auto named = [&](const char* role) {
      return std::any_of(h.columns.begin(), h.columns.end(),
                         [&](const ColumnRole& o) { return o.role == role && !o.bare_year && o.year == r.year; });
    };
    if (!named("targets") || !named("results")) continue;
    r.role = "achievement";
    r.why = "a percent sign and a year beside that year's target and result: achievement";
  }
}
}  // namespace

HeaderMatch match_header(const TextStream& stream, std::size_t first, const Profile& profile) {
  HeaderMatch h;
  const auto& rows = stream.rows();
  if (first >= rows.size() || rows[first].is_line()) return h;
  const Row& top = rows[first];
  if (row_holds_values(stream, top, profile)) return h;
  const Table* table = top.table;
  h.columns.assign(static_cast<std::size_t>(std::max(table->n_cols, 1)), ColumnRole{});

  // The first row must name at least two columns.
  std::vector<CellRead> cells;
  int named = 0;
  for (auto id : top.pieces) {
    if (trim_copy(stream.piece(id).text).empty()) continue;
    CellRead c = read_cell(stream, id, profile);
    // "Responsabile: sig. Paolo Neri" names a person, not a column.
    if (c.match.score >= 0.6 && find_owner_label(stream.piece(id).text, profile).first == std::string::npos) ++named;
    cells.push_back(std::move(c));
  }
  if (named < 2) return h;

  // Bands: a series or role cell spanning several columns, filled in by the
  // row below ("Target" over "2025 | 2026", "Peso" over "Area | OS | OO").
  auto assign = [&](const CellRead& c, int col, const std::string& band_text) {
    const Piece& p = stream.piece(c.piece);
    ColumnRole& r = h.columns[static_cast<std::size_t>(col)];
    r.header = band_text.empty() ? join_printed(p.text) : band_text + " " + join_printed(p.text);
    if (c.match.score >= 0.6) {
      r.role = c.match.role;
      r.score = c.match.score;
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%s '%s' %.2f", c.match.score == 1.0 ? "exact" : "starts", c.match.phrase.c_str(),
                    c.match.score);
      r.why = buffer;
    }
    if (c.only_years && c.match.score < 0.6 && band_text.empty()) {
      // A year alone in the first header row ("1. Area | 2025 | 2026"): the
      // profile says which series such columns hold.
      r.role = profile.bare_years;
      r.score = 0.6;
      r.why = "a year alone: " + profile.bare_years + " (profile)";
      r.bare_year = true;
    }
    r.percent = r.percent || c.percent;
    r.band = p.col_span > 1;
    if (c.years.size() == 1) r.year = c.years.front();
    if (c.ordinal) r.ordinal = c.ordinal;
    if (!c.objective_role.empty()) r.objective_role = c.objective_role;
    if (!c.last_line_role.empty()) r.last_line_role = c.last_line_role;
  };
  for (const auto& c : cells) {
    const Piece& p = stream.piece(c.piece);
    for (int k = 0; k < p.col_span; ++k) {
      const int col = p.col + k;
      if (col < 0 || col >= static_cast<int>(h.columns.size())) continue;
      assign(c, col, "");
    }
    if (c.match.score < 0.6 && !c.only_years && p.col == 0 && !h.title_piece) h.title_piece = c.piece;
  }
  h.first_row = first;
  h.rows = 1;
  // A first-row cell naming no role, or an owner (a manager, a unit), over
  // an empty one:
  // a merged cell a CSV or a sheet without merges flattened, its name over
  // the empty columns to its right until the next filled one.
  std::vector<std::string> over(h.columns.size());
  // A first-row cell naming a role over empty ones ("Target" | | over
  // "2026 | 2027 | 2028", "Indicatore" | over "Codice | Denominazione"):
  // the same flattened band, read as one when the row below heads them.
  std::vector<std::optional<std::size_t>> band_from(h.columns.size());
  {
    std::string name;
    std::optional<std::size_t> named_role;
    for (std::size_t c = 0; c < h.columns.size(); ++c) {
      const ColumnRole& r = h.columns[c];
      if (!r.header.empty()) {
        name = (r.role.empty() || r.role == "owner") && !r.bare_year ? r.header : std::string();
        named_role = !r.role.empty() && r.role != "owner" && !r.bare_year && !r.band ? std::optional<std::size_t>(c) : std::nullopt;
      } else {
        over[c] = name;
        band_from[c] = named_role;
      }
    }
  }

  // Up to two more rows of years, ordinals or sub-headers.
  std::vector<ColumnRole> first_row = h.columns;
  for (std::size_t c = 0; c < first_row.size(); ++c)
    if (std::any_of(band_from.begin(), band_from.end(), [&](const auto& from) { return from == c; })) {
      first_row[c].band = true;
      h.columns[c].band = true;
    }
  for (std::size_t r = first + 1; r < rows.size() && r < first + 3 && rows[r].table == table; ++r) {
    // Percentages each under a band's column ("Fasce 2026" over "100% |
    // 70% | 40% | 0%"): the score each column's bands earn, a sub-header.
    bool scores_under_band = false;
    for (auto id : rows[r].pieces) {
      const Piece& p = stream.piece(id);
      if (trim_copy(p.text).empty()) continue;
      const bool banded = p.col >= 0 && p.col < static_cast<int>(h.columns.size()) && h.columns[static_cast<std::size_t>(p.col)].band;
      scores_under_band = banded && is_percent_value(trim_copy(p.text));
      if (!scores_under_band) break;
    }
    if (!scores_under_band && row_holds_values(stream, rows[r], profile)) break;
    std::vector<CellRead> sub;
    bool all_header_words = true;
    for (auto id : rows[r].pieces) {
      if (trim_copy(stream.piece(id).text).empty()) continue;
      CellRead c = read_cell(stream, id, profile);
      const bool under_band = [&] {
        const int col = stream.piece(id).col;
        return col >= 0 && col < static_cast<int>(h.columns.size()) && h.columns[static_cast<std::size_t>(col)].band;
      }();
      // A sub-header is a few words ("Area", "OS", "2025"); a cell across the
      // whole table is a band heading the body ("Area Servizi alle imprese").
      const Piece& piece = stream.piece(id);
      const bool across = piece.col_span >= 2 && piece.col_span * 2 >= static_cast<int>(h.columns.size());
      std::optional<int> ignored;
      const bool short_words = label_words(piece.text, ignored).size() <= c.match.phrase.size() + 12;
      if (across || (!c.only_years && (c.match.score < 0.6 || !short_words) && !under_band)) all_header_words = false;
      sub.push_back(std::move(c));
    }
    if (sub.empty() || !all_header_words) break;
    for (const auto& c : sub) {
      const Piece& p = stream.piece(c.piece);
      for (int k = 0; k < p.col_span; ++k) {
        const int col = p.col + k;
        if (col < 0 || col >= static_cast<int>(h.columns.size())) continue;
        ColumnRole& above = h.columns[static_cast<std::size_t>(col)];
        if (above.header.empty() && !over[static_cast<std::size_t>(col)].empty()) above.header = over[static_cast<std::size_t>(col)];
        if (above.header.empty() && above.role.empty() && band_from[static_cast<std::size_t>(col)]) {
          // (As the first row read it: its own column may have taken a sub-header already.)
          above = first_row[*band_from[static_cast<std::size_t>(col)]];
          above.band = true;
          above.why += "; the band left of it, not merged";
        }
        const std::string band = above.header;
        if (c.only_years) {
          // A year under a band: the band's series for that year. A band
          // "Obiettivo" over years names the values aimed at: targets.
          if (above.role == "objective" || above.role == "strategic" || above.role == "operational") {
            above.role = "targets";
            above.level.clear();
            above.why += "; over years: the targets";
          }
          above.header = band.empty() ? join_printed(p.text) : band + " " + join_printed(p.text);
          if (c.years.size() == 1) above.year = c.years.front();
          if (c.ordinal) above.ordinal = c.ordinal;
          if (!above.role.empty()) above.why += "; year from the row below";
          continue;
        }
        // A band of values keeps its role over the words below it ("Peso"
        // over "Area | OS | OO", "Target" over "Valore | Note"); a band of
        // text gives way to them ("Indicatore" over "Codice | Descrizione").
        // A year alone over "Risultato | Target | %" is no series of its
        // own: the words below say which series each column holds.
        const bool value_band = !above.bare_year && (above.is_series() || above.role == "weight" || above.role == "achievement" ||
                                                     above.role == "resources" || above.role == "values");
        // A score under a band of targets ("Fasce 2025" over "Fascia 1 |
        // Punteggio | Fascia 2 | Punteggio"): the score each band earns.
        const bool score_under_targets = c.match.score >= 0.6 && c.match.role == "score" && above.role == "targets";
        // "Divisione I" over "calcolato | effettivo": a matrix's weights of
        // the unit the band names, the word below saying which weight.
        if (c.match.score < 0.6 && (above.role.empty() || above.role == "owner") && !band.empty()) {
          const std::string words = fold(p.text);
          const auto names = [&](const std::vector<std::string>& list) { return std::find(list.begin(), list.end(), words) != list.end(); };
          if (names(profile.effective_weight_words) || names(profile.computed_weight_words)) {
            above.header = band + " " + join_printed(p.text);
            above.role = "weight";
            above.score = 0.6;
            above.named = band;
            above.why = "'" + join_printed(p.text) + "' under '" + band + "': that unit's weight";
            continue;
          }
        }
        // A band that is only the word for whose the columns are
        // ("Dirigenti" over "Direttore Generale | Dirigente Area
        // Contributi") leaves the naming to the cells below it.
        const bool band_is_label = [&] {
          if (band.empty()) return false;
          const PhraseMatch m = match_phrase(fold(band), profile);
          return m.role == "owner" && m.score >= 0.95;
        }();
        // "Anno" under "Valore di partenza": the year of the baselines.
        if (c.match.score >= 0.6 && c.match.role == "year" && above.role == "baselines") {
          above.header = band + " " + join_printed(p.text);
          above.role = "baseline_year";
          above.year.reset();
          above.year_assumed = false;
          above.why = "'" + join_printed(p.text) + "' under '" + band + "': the baselines' year";
          continue;
        }
        // "Descrizione" / "Denominazione" under a band naming an entity
        // ("Obiettivo operativo", "Indicatore"): that entity's title.
        const std::string band_role = above.role, band_level = above.level;
        const bool entity_band = band_role == "objective" || band_role == "name" ||
                                 std::find(profile.level_columns.begin(), profile.level_columns.end(), band_role) !=
                                     profile.level_columns.end();
        const bool title_below = c.match.score >= 0.6 && (c.match.role == "description" || c.match.role == "name");
        if (entity_band && title_below && !band.empty()) {
          above.header = band + " " + join_printed(p.text);
          above.role = band_role;
          above.level = band_level;
          above.band = false;
          above.why = "'" + join_printed(p.text) + "' under '" + band + "': its title";
          continue;
        }
        if (c.match.score >= 0.6 && (!value_band || score_under_targets)) {
          const bool keep_percent = above.percent;
          const bool was_bare_year = above.bare_year;
          // A band naming nothing the vocabulary knows names whose the
          // columns below are ("Direttore Generale" over two weights).
          std::string band_name = (above.role.empty() || above.role == "owner") && !above.bare_year ? band : std::string();
          if (band_is_label && c.match.role == "owner") band_name = join_printed(p.text);
          assign(c, col, band);
          h.columns[static_cast<std::size_t>(col)].named = band_name;
          h.columns[static_cast<std::size_t>(col)].percent = keep_percent || c.percent;
          if (was_bare_year) h.columns[static_cast<std::size_t>(col)].bare_year = false;
          if (above.year && !c.years.empty()) h.columns[static_cast<std::size_t>(col)].year = c.years.front();
        } else {
          above.header = band.empty() ? join_printed(p.text) : band + " " + join_printed(p.text);
          // "Valori obiettivo" over "Target 2025 | Target 2026": the band's
          // series, each column the year its own words print.
          if (above.is_series() && !above.year && c.years.size() == 1 && (c.match.role == above.role || c.match.score < 0.6))
            above.year = c.years.front();
          // Words naming nothing, or a manager ("Dirigente Servizio
          // Tecnico" under "Peso ponderale effettivo"), name whose it is.
          if ((value_band || band_is_label) && (c.match.score < 0.6 || c.match.role == "owner")) above.named = join_printed(p.text);
          // "%" alone under a year, beside that year's result and target:
          // how far the result went towards the target.
          if (above.bare_year && trim_copy(p.text) == "%") above.role.clear();
        }
      }
    }
    ++h.rows;
  }
  spread_group_years(h);
  read_year_groups(h);
  past_years_are_baselines(h, profile);
  percent_beside_target_and_result(h, profile);

  // A header naming objectives (or areas) and indicators ("Obiettivo
  // strategico / KPI", "Area / Indicatore") holds both, row by row: the
  // text column.
  for (auto& r : h.columns) {
    if (r.role != "objective" && r.role != "strategic" && r.role != "operational" && r.role != "area") continue;
    std::istringstream words(fold(r.header));
    for (std::string w; words >> w;) {
      if (w == "kpi" || w == "indicatore" || w == "indicatori" || w == "indicator") {
        r.role = "text";
        r.why += "; names indicators too: objectives and indicators row by row";
        break;
      }
    }
  }
  // One column per level is a tree in columns (Area | Obiettivo strategico |
  // Obiettivo operativo); a single level column is the objective column.
  int level_columns = 0;
  for (const auto& level : profile.level_columns) {
    if (h.col(level)) ++level_columns;
  }
  // "Area | Obiettivo | Indicatore": a plain objective column beside one
  // level column is the level under it (the profile's objectives' level),
  // so the two are a tree in columns, each column opening its nodes.
  if (const auto plain = h.col("objective"); level_columns == 1 && plain && h.cols("objective").size() == 1 &&
                                             !h.col(profile.objective_level) &&
                                             h.columns[static_cast<std::size_t>(*plain)].header.find('/') == std::string::npos &&
                                             std::find(profile.level_columns.begin(), profile.level_columns.end(),
                                                       profile.objective_level) != profile.level_columns.end()) {
    ColumnRole& r = h.columns[static_cast<std::size_t>(*plain)];
    r.role = profile.objective_level;
    r.why += "; beside a level column: the level under it";
    ++level_columns;
  }
  for (auto& r : h.columns) {
    const bool is_level = std::find(profile.level_columns.begin(), profile.level_columns.end(), r.role) != profile.level_columns.end();
    if (is_level) {
      r.level = r.role;
      if (level_columns < 2) r.role = "objective";
    }
    // "Ambito / Obiettivo": one column for two levels, the bands of the
    // first over rows of the last; its rows are the last level's.
    if (r.role == "objective" && r.header.find('/') != std::string::npos) {
      const PhraseMatch last = match_phrase(fold(r.header.substr(r.header.rfind('/') + 1)), profile);
      if (last.score >= 0.6 && (last.role == "objective" || last.role == "strategic" || last.role == "operational")) {
        r.level = last.role == "objective" ? profile.objective_level : last.role;
        r.why += "; its rows are the last level it names";
        continue;
      }
    }
    if (!is_level && r.role == "objective") {
      const std::string f = fold(r.header);
      r.level = f.find("operativ") != std::string::npos   ? "operational"
                : f.find("strategic") != std::string::npos || f.find("specific") != std::string::npos ? "strategic"
                                                           : profile.objective_level;
    }
  }
  // "Indicatori" over "Descrizione | Tipologia | ...": with no other column
  // naming them, the indicators' description is their name.
  if (!h.col("name") && !h.col("text")) {
    for (auto& r : h.columns) {
      if (r.role != "description" || fold(r.header).find("indicator") == std::string::npos) continue;
      r.role = "name";
      r.why += "; the indicators' only text: their name";
      break;
    }
  }
  // Whose value: "Peso ob." / "% realizzazione obiettivo" against "Peso
  // ind." when a table prints both an objective's and an indicator's.
  // Unsaid, a value printed between the objective and the indicator
  // (Centro | Obiettivo | Risorse | Indicatore ...) is the objective's, as
  // tables are read from the left, broad to narrow; resources always are
  // (the model keeps them on objectives).
  const auto objective_col = h.col("objective");
  std::optional<int> indicator_col;
  for (const char* role : {"name", "text", "code"}) {
    const auto c = h.col(role);
    if (c && objective_col && *c > *objective_col && (!indicator_col || *c < *indicator_col)) indicator_col = c;
  }
  for (std::size_t c = 0; c < h.columns.size() && objective_col && indicator_col; ++c) {
    ColumnRole& r = h.columns[c];
    const bool objective_side = static_cast<int>(c) < *indicator_col || r.role == "resources";
    if (objective_side && (r.role == "weight" || r.role == "achievement" || r.role == "resources" || r.role == "owner" ||
                           r.role == "mission" || r.role == "programme")) {
      r.of = "objective";
      r.why += "; the objective's (left of the indicator)";
    }
  }
  // A tree in columns with a value column after each level (Obiettivo
  // strategico | Peso | Obiettivo operativo | Peso | Indicatore |
  // Incidenza): a weight or achievement right of a level column, before
  // any other text column, is that level's, when indicators are named
  // further right.
  const auto indicators_at = h.col("name") ? h.col("name") : h.col("text");
  for (std::size_t c = 0; c < h.columns.size() && indicators_at; ++c) {
    const std::string& level = h.columns[c].role;
    if (std::find(profile.level_columns.begin(), profile.level_columns.end(), level) == profile.level_columns.end()) continue;
    for (std::size_t v = c + 1; v < h.columns.size() && static_cast<int>(v) < *indicators_at; ++v) {
      ColumnRole& r = h.columns[v];
      if (r.role != "weight" && r.role != "achievement") break;
      if (!r.of.empty()) continue;
      r.of = level;
      r.why += "; the " + level + " level's (right of its column)";
    }
  }
  for (auto& r : h.columns) {
    if (r.role != "weight" && r.role != "achievement" && r.role != "resources" && r.role != "owner" && r.role != "code")
      continue;
    std::istringstream words(fold(r.header));
    for (std::string w; words >> w;) {
      if (w == "ob" || w == "obiettivo" || w == "obiettivi" || w == "obj") r.of = "objective";
      if (w == "ind" || w == "indicatore" || w == "indicatori") r.of = "indicator";
    }
  }
  // Two code columns around the objective (Cod. | Obiettivo | Cod. |
  // Indicatore): the left one codes the objective, the other the
  // indicators. A single one is decided by the rows (the reader's
  // decide_code_column).
  const bool indicators_right = objective_col && h.col("name") && *h.col("name") > *objective_col;
  if (objective_col && indicators_right && h.cols("code").size() >= 2) {
    for (int c : h.cols("code")) {
      ColumnRole& r = h.columns[static_cast<std::size_t>(c)];
      if (r.of.empty()) r.of = c < *objective_col ? "objective" : "indicator";
    }
  }
  for (const auto& r : h.columns) {
    if (!r.role.empty()) ++h.roles;
  }
  return h;
}

std::pair<std::size_t, std::string> find_owner_label(const std::string& printed, const Profile& profile) {
  // Asked of every short row and heading: most texts hold no colon.
  if (printed.find(':') == std::string::npos) return {std::string::npos, {}};
  const std::string flat = join_printed(printed);
  // Each colon: the word before it (after a space or at the start), a name after it.
  auto owner_phrase = [&](const std::string& words) {
    return std::any_of(profile.columns.begin(), profile.columns.end(),
                       [&](const RolePhrase& p) { return p.role == "owner" && p.phrase == words; });
  };
  // A title's qualifier after the role ("Dirigente ad interim", "Direttore f.f.").
  static const std::vector<std::string> qualifiers = {" ad interim", " f f", " reggente", " vicario", " pro tempore"};
  for (std::size_t colon = flat.find(':'); colon != std::string::npos; colon = flat.find(':', colon + 1)) {
    std::size_t end = colon;
    while (end > 0 && flat[end - 1] == ' ') --end;
    // "Responsabile (P.O.):": the bracket qualifies the role.
    if (end > 0 && flat[end - 1] == ')') {
      if (const auto open = flat.rfind('(', end - 1); open != std::string::npos && open > 0 && end - open <= 16) {
        end = open;
        while (end > 0 && flat[end - 1] == ' ') --end;
      }
    }
    // The label: the last one to four words before the colon that name an
    // owner ("Dirigente", "Segretario Generale", "Dirigente ad interim").
    std::size_t begin = std::string::npos;
    std::size_t word_begin = end;
    // (The longest such label: "Capo settore", not its "settore".)
    for (int words = 1; words <= 4; ++words) {
      std::size_t at = word_begin;
      while (at > 0 && flat[at - 1] == ' ') --at;
      if (at == 0 && words > 1) break;
      std::size_t start = at;
      while (start > 0 && flat[start - 1] != ' ') --start;
      if (start == at) break;
      word_begin = start;
      if (!std::isalpha(static_cast<unsigned char>(flat[start]))) break;
      std::string label = fold(flat.substr(start, end - start));
      for (const auto& q : qualifiers)
        if (label.size() > q.size() && label.compare(label.size() - q.size(), q.size(), q) == 0) label.resize(label.size() - q.size());
      if (owner_phrase(label)) begin = start;
    }
    if (begin == std::string::npos) continue;
    std::string name = trim_copy(flat.substr(colon + 1));
    // "dott. X · Grado di raggiungimento del settore: 98,08%": the name
    // ends where the next pair begins.
    for (const char* separator : {" \xC2\xB7 ", " | ", "; ", " \xE2\x80\x93 "}) {
      const auto cut = name.find(separator);
      if (cut != std::string::npos && name.find(':', cut) != std::string::npos) name = trim_copy(name.substr(0, cut));
    }
    if (name.empty()) continue;
    return {begin, name};
  }
  return {std::string::npos, {}};
}

}  // namespace allegato::genres
