#include "genres/genre_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>
#include <unordered_map>

#include "values/text.hpp"

namespace allegato::genres {

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
std::string ascii_lower_copy(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
// A UTF-8 lead byte of a Latin-1 letter (à, è, È...): counts as a letter.
bool is_latin_lead(char c) { return static_cast<unsigned char>(c) == 0xC3; }

std::vector<std::string> tokens_of(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (is_space(c)) {
      if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool is_operator_token(std::string_view t) {
  return t == "/" || t == "-" || t == "+" || t == "*" || t == "(" || t == ")" || t == "x" || t == "X";
}

// Words after which a wrapped name must go on.
bool ends_mid_phrase(std::string_view line) {
  const std::string t = trim_copy(line);
  if (t.empty()) return false;
  const char last = t.back();
  if (last == '-' || last == '/' || last == '(' || last == ',' || last == '\'' || last == ':') return true;
  auto space = t.find_last_of(' ');
  std::string word = t.substr(space == std::string::npos ? 0 : space + 1);
  std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
  static const std::array<const char*, 44> kJoiners = {
      "di", "del", "della", "delle", "dei", "degli", "dello", "dell'", "da", "dal", "dalla", "dalle", "dai",
      "in", "nel", "nella", "nelle", "nei", "a", "al", "alla", "alle", "ai", "agli", "per", "con", "su", "sul",
      "sulla", "sui", "e", "ed", "o", "tra", "fra", "tramite", "il", "lo", "la", "i", "gli", "le", "un", "una"};
  return std::find(kJoiners.begin(), kJoiners.end(), word) != kJoiners.end();
}

bool starts_sentence(std::string_view line) {
  if (line.size() < 2) return false;
  const char a = line[0];
  const char b = line[1];
  return is_ascii_upper(a) && (is_ascii_lower(b) || is_latin_lead(b) || b == '\'');
}
}  // namespace

std::string text_without(std::string text, const std::vector<std::string>& parts) {
  for (const auto& part : parts) {
    if (part.empty()) continue;
    const auto at = text.find(part);
    if (at != std::string::npos) text.replace(at, part.size(), " ");
  }
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string trim_copy(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  return std::string(text.substr(b, e - b));
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line = trim_copy(text.substr(start, nl - start));
    if (!line.empty()) out.push_back(std::move(line));
    start = nl + 1;
  }
  return out;
}

namespace {
// Wrapped lines joined with one space, or none after a hyphen glued to a
// word ("economico-" + "sociale"). The hyphen may be printed as a dash, so
// the test looks at the line ends' normalised form.
std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& raw : lines) {
    const std::string line = trim_copy(raw);
    if (line.empty()) continue;
    if (!out.empty()) {
      // A word the producer hyphenated at the line's end ("raggiun‐" +
      // "gimento", U+2010): one word again, without the mark.
      static const std::string hyphenation = "\xE2\x80\x90";
      if (out.size() > hyphenation.size() && out.compare(out.size() - hyphenation.size(), hyphenation.size(), hyphenation) == 0 &&
          is_ascii_lower(line[0])) {
        out.resize(out.size() - hyphenation.size());
        while (!out.empty() && is_space(out.back())) out.pop_back();
        out += line;
        continue;
      }
      const bool glued = out.size() >= 2 && out.back() == '-' && !is_space(out[out.size() - 2]) &&
                         (is_ascii_lower(line[0]) || is_digit(line[0]));
      if (!glued) out += ' ';
    }
    out += line;
  }
  return out;
}

bool is_utf8_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

std::string join_wrapped(const std::vector<std::string>& lines) { return normalize_text(join_lines(lines)); }

std::string join_wrapped(std::string_view text) { return join_wrapped(split_lines(text)); }

std::string join_printed(const std::vector<std::string>& lines) { return tidy_printed_text(join_lines(lines)); }

std::string join_printed(std::string_view text) { return join_printed(split_lines(text)); }

std::string as_printed(std::string_view parsed, std::string_view source) {
  const std::string wanted(parsed);
  if (wanted.empty()) return wanted;
  const std::string printed = join_printed(source);
  // The normalised image of `printed`, built one character at a time, with
  // the printed byte span each normalised byte came from.
  std::string image;
  std::vector<std::size_t> from, to;
  for (std::size_t i = 0; i < printed.size();) {
    std::size_t j = i + 1;
    while (j < printed.size() && !is_utf8_lead(printed[j])) ++j;
    const std::string_view ch(printed.data() + i, j - i);
    const std::string mapped = static_cast<unsigned char>(printed[i]) < 0x80 ? std::string(ch) : normalize_text(ch);
    for (std::size_t k = 0; k < mapped.size(); ++k) {
      from.push_back(i);
      to.push_back(j);
    }
    image += mapped;
    i = j;
  }
  for (std::size_t pos = image.find(wanted); pos != std::string::npos; pos = image.find(wanted, pos + 1)) {
    const std::size_t last = pos + wanted.size() - 1;
    // The match must begin and end on whole printed characters ("..." must
    // not take half of an "…").
    if (pos > 0 && from[pos - 1] == from[pos]) continue;
    if (last + 1 < image.size() && to[last + 1] == to[last]) continue;
    const std::string span = printed.substr(from[pos], to[last] - from[pos]);
    if (normalize_text(span) == wanted) return span;
  }
  return wanted;
}

std::string fold(std::string_view text) {
  // The reader asks again and again about the same cell (a label? a unit?
  // a total?), and ICU's transliteration is the costly part of an import:
  // remember recent answers, per thread, within a bounded memory.
  thread_local std::unordered_map<std::string, std::string> memo;
  if (auto it = memo.find(std::string(text)); it != memo.end()) return it->second;
  if (memo.size() > 50000) memo.clear();
  // Collapse the spaces that folded punctuation leaves behind.
  std::string out;
  for (char c : fold_for_matching(text)) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  memo.emplace(std::string(text), out);
  return out;
}

namespace detail {
// The pattern below, read by hand on its first (greedy) path: the reader asks
// it of every cell that opens with a digit, and std::regex cost a tenth of an
// import. std::regex_match only backtracks when that path leaves no title or
// the title holds a line break; those rare texts go to the regex itself, so
// the answer is the regex's in every case (tests/genres/test_genre_text.cpp
// compares the two).
//   ^(\d{1,2}(?:\.\d{1,3})*(?:\.[A-Za-z](?=[\s.:–-])|[a-z](?=\s*(?:-|–|—)\s))?)(\.?)\s*(-|–|—)?\s*(.+)$
// A last segment may be a letter ("1.1.A Favorire ...", "1.a – Ridurre ..."),
// or a small letter right after the number before a dash ("1a – Migliorare").
std::optional<NumberedParts> numbered_parts_by_regex(const std::string& t) {
  static const std::regex re(R"(^(\d{1,2}(?:\.\d{1,3})*(?:\.[A-Za-z](?=[\s.:–-])|[a-z](?=\s*(?:-|–|—)\s))?)(\.?)\s*(-|–|—)?\s*(.+)$)");
  std::smatch m;
  if (!std::regex_match(t, m, re)) return std::nullopt;
  return NumberedParts{m[1].str(), m[4].str(), m[2].length() > 0, m[3].matched};
}

std::optional<NumberedParts> numbered_parts(const std::string& t) {
  const auto digits = [&](std::size_t at, std::size_t most) {
    std::size_t n = 0;
    while (at + n < t.size() && n < most && is_digit(t[at + n])) ++n;
    return n;
  };
  std::size_t i = digits(0, 2);
  if (i == 0) return std::nullopt;
  while (i + 1 < t.size() && t[i] == '.') {
    const std::size_t n = digits(i + 1, 3);
    if (n == 0) break;
    i += 1 + n;
  }
  const auto dash_at = [&](std::size_t at) -> std::size_t {  // the dash's length at `at`, or 0
    for (std::string_view dash : {std::string_view("-"), std::string_view("\xE2\x80\x93"), std::string_view("\xE2\x80\x94")})
      if (std::string_view(t).substr(at, dash.size()) == dash) return dash.size();
    return 0;
  };
  if (i + 2 < t.size() && t[i] == '.' && is_ascii_alpha(t[i + 1])) {
    // The lookahead [\s.:–-] is a set of bytes: "–" puts E2, 80 and 93 in it.
    const auto next = static_cast<unsigned char>(t[i + 2]);
    if (regex_space(t[i + 2]) || next == '.' || next == ':' || next == '-' || next == 0xE2 || next == 0x80 || next == 0x93) i += 2;
  } else if (i < t.size() && t[i] >= 'a' && t[i] <= 'z') {
    // "1a – Title": the lookahead \s*(?:-|–|—)\s.
    std::size_t j = i + 1;
    while (j < t.size() && regex_space(t[j])) ++j;
    const std::size_t dash = dash_at(j);
    if (dash > 0 && j + dash < t.size() && regex_space(t[j + dash])) i += 1;
  }
  NumberedParts parts;
  parts.code = t.substr(0, i);
  if (i < t.size() && t[i] == '.') {
    parts.dot = true;
    ++i;
  }
  while (i < t.size() && regex_space(t[i])) ++i;
  if (const std::size_t dash = dash_at(i)) {
    parts.dash = true;
    i += dash;
  }
  while (i < t.size() && regex_space(t[i])) ++i;
  parts.title = t.substr(i);
  if (parts.title.empty() || parts.title.find_first_of("\r\n") != std::string::npos) return numbered_parts_by_regex(t);
  return parts;
}
}  // namespace detail

std::optional<CodedTitle> parse_numbered_heading(std::string_view text) {
  // Most cells open with a letter: refuse them before joining and
  // normalising the text (an ASCII byte other than a digit stays one).
  const auto first = std::find_if_not(text.begin(), text.end(), [](char c) { return regex_space(c); });
  if (first == text.end() || (static_cast<unsigned char>(*first) < 0x80 && !is_digit(*first))) return std::nullopt;
  const std::string t = join_wrapped(text);
  // The pattern opens with a digit: most texts are refused here.
  if (t.empty() || t[0] < '0' || t[0] > '9') return std::nullopt;
  const auto parts = detail::numbered_parts(t);
  if (!parts) return std::nullopt;
  const std::string& code = parts->code;
  const std::string& title = parts->title;
  const char c0 = title[0];
  const bool letter = is_ascii_alpha(c0) || is_latin_lead(c0) || static_cast<unsigned char>(c0) == 0xE2 || c0 == '"';
  if (!letter) return std::nullopt;
  // A bare "3 testate" is a value with a unit, not a heading: depth-1 codes
  // need a dot or a dash after them.
  if (code.find('.') == std::string::npos && !parts->dot && !parts->dash) return std::nullopt;
  // "N. imprese" style text never starts with digits, but "2 N." would: a
  // title that is only a unit is not a title.
  if (title == "N." || title == "gg" || title == "%") return std::nullopt;
  return CodedTitle{code, title};
}

int code_depth(std::string_view code) {
  if (code.empty()) return 0;
  return 1 + static_cast<int>(std::count(code.begin(), code.end(), '.'));
}

bool looks_like_code(std::string_view token) {
  if (token.size() < 2) return false;
  if (!is_ascii_alpha(token[0])) return false;
  bool underscore = false, digit = false, inner_capital = false, colon = false, hyphen_capital = false;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    const bool allowed = is_ascii_alpha(c) || is_digit(c) || c == '_' || c == '.' || c == '%' || c == ':' || c == '-';
    if (!allowed) return false;
    if (c == '_') underscore = true;
    if (is_digit(c)) digit = true;
    if (c == ':' && i + 1 < token.size()) colon = true;
    if (i > 0 && is_ascii_upper(c) && is_ascii_lower(token[i - 1])) inner_capital = true;
    if (i > 0 && is_ascii_upper(c) && token[i - 1] == '-') hyphen_capital = true;
  }
  if (token.back() == '.' || token.back() == ':') {
    // "N." or "Peso:" are words with punctuation, not codes.
    if (!underscore && !digit) return false;
  }
  return underscore || colon || inner_capital || hyphen_capital || digit;
}

std::optional<CodedTitle> parse_code_heading(std::string_view text) {
  const std::string t = join_wrapped(text);
  auto toks = tokens_of(t);
  if (toks.empty()) return std::nullopt;
  std::string code = toks[0];
  std::size_t next = 1;
  // "DFP 1.3": an upper-case acronym then a number.
  if (!looks_like_code(code) && toks.size() > 1) {
    static const std::regex acronym(R"(^[A-Z]{2,6}$)");
    static const std::regex number(R"(^\d+(?:\.\d+)*$)");
    // ("PEG 2026 – Obiettivi ...": an acronym and a year title a document.)
    if (std::regex_match(code, acronym) && std::regex_match(toks[1], number) && !is_year(toks[1])) {
      code += " " + toks[1];
      next = 2;
    } else {
      return std::nullopt;
    }
  }
  if (code.back() == '-' && code.size() > 1 && code[code.size() - 2] != '-') {
    // "Code-" glued to the dash.
    code.pop_back();
  } else if (next < toks.size() && toks[next] == "-") {
    ++next;
  } else if (code.back() == '_') {
    // "IS_01.02_ Bilancio delle competenze": no dash after a trailing underscore.
  } else {
    return std::nullopt;
  }
  std::string title;
  for (std::size_t i = next; i < toks.size(); ++i) {
    if (!title.empty()) title += ' ';
    title += toks[i];
  }
  return CodedTitle{code, title};
}

NameDescription split_name_description(const std::vector<std::string>& lines) {
  NameDescription out;
  if (lines.empty()) return out;
  // The name's first words: a description often repeats them.
  std::string title = lines.front();
  if (auto coded = parse_code_heading(lines.front())) title = coded->title;
  const bool dangling_dash = title.empty();
  if (title.empty() && lines.size() > 1) title = lines[1];
  const auto title_words = tokens_of(title);
  std::string lead;
  for (std::size_t i = 0; i < title_words.size() && i < 3; ++i) lead += (i ? " " : "") + title_words[i];
  std::size_t longest = 0;
  for (const auto& l : lines) longest = std::max(longest, l.size());
  auto first_word = [](const std::string& l) { return l.substr(0, std::min(l.find(' '), l.size())); };
  // A line ended by the layout (wrapped) is nearly as long as the longest:
  // the next word would not have fitted. A shorter one ended on purpose.
  auto ended_short = [&](std::size_t k) {
    return static_cast<double>(lines[k - 1].size() + 1 + first_word(lines[k]).size()) <= 0.9 * static_cast<double>(longest);
  };
  std::size_t cut = lines.size(), first_candidate = lines.size();
  for (std::size_t k = 1; k < lines.size(); ++k) {
    if (dangling_dash && k == 1) continue;
    if (!lead.empty() && tokens_of(title).size() >= 2 && lines[k].rfind(lead, 0) == 0) {
      cut = k;
      break;
    }
    if (!starts_sentence(lines[k]) || ends_mid_phrase(lines[k - 1])) continue;
    // Without the width evidence, a lone word is the end of a wrapped name.
    if (first_candidate == lines.size() && tokens_of(lines[k]).size() >= 3) first_candidate = k;
    if (ended_short(k)) {
      cut = k;
      break;
    }
  }
  if (cut == lines.size()) cut = first_candidate;
  auto slice = [&](std::size_t a, std::size_t b) {
    return std::vector<std::string>(lines.begin() + static_cast<std::ptrdiff_t>(a), lines.begin() + static_cast<std::ptrdiff_t>(b));
  };
  out.name = join_wrapped(slice(0, cut));
  if (cut < lines.size()) out.description = join_wrapped(slice(cut, lines.size()));
  return out;
}

std::optional<Number> take_peso(std::string& text) {
  static const std::regex re(R"(\(\s*Peso\s*:?\s*([0-9][0-9.,]*\s*%)\s*\)?)", std::regex::icase);
  std::smatch m;
  if (!std::regex_search(text, m, re)) return std::nullopt;
  Number weight = parse_number(m[1].str());
  text.erase(static_cast<std::size_t>(m.position(0)), static_cast<std::size_t>(m.length(0)));
  return weight;
}

std::vector<std::string> take_bracket_owners(std::string& text) {
  std::vector<std::string> owners;
  // Owners are the bracket groups at the very end of the text.
  std::string rest = text;
  while (true) {
    const std::string t = trim_copy(rest);
    if (t.empty()) break;
    std::size_t open = std::string::npos;
    if (t.back() == ')') {
      int depth = 0;
      for (std::size_t i = t.size(); i-- > 0;) {
        if (t[i] == ')') ++depth;
        if (t[i] == '(' && --depth == 0) {
          open = i;
          break;
        }
      }
    } else {
      // An unclosed "(Ufficio Personale" at the end, after the weight.
      auto p = t.rfind('(');
      if (p != std::string::npos && t.find(')', p) == std::string::npos && !owners.empty()) open = p;
      if (p != std::string::npos && t.find(')', p) == std::string::npos && owners.empty()) {
        // Accept only when nothing but the group follows a line break.
        auto nl = t.rfind('\n', p);
        const std::string before = trim_copy(t.substr(nl == std::string::npos ? 0 : nl, p - (nl == std::string::npos ? 0 : nl)));
        if (before.empty()) open = p;
      }
    }
    if (open == std::string::npos) break;
    // A bracket that starts mid-line belongs to the sentence before it.
    const std::string before = t.substr(0, open);
    const std::string before_trim = trim_copy(before);
    const bool line_start = before_trim.empty() || before.find_last_not_of(" \t") == std::string::npos ||
                            before[before.find_last_not_of(" \t")] == '\n' || before_trim.back() == ')';
    if (!line_start) break;
    std::string inner = t.substr(open + 1);
    if (!inner.empty() && inner.back() == ')') inner.pop_back();
    owners.insert(owners.begin(), join_wrapped(inner));
    rest = before;
  }
  text = rest;
  return owners;
}

namespace {
// A measure code printed before its name: shaped like a code, or an
// abbreviation the next word spells out ("Immob Immobilizzazioni").
bool is_measure_code_at(const std::vector<std::string>& toks, std::size_t i) {
  if (looks_like_code(toks[i])) return true;
  if (i + 1 >= toks.size() || toks[i].size() < 3 || toks[i + 1].size() <= toks[i].size()) return false;
  if (!is_ascii_upper(toks[i][0])) return false;
  return ascii_lower_copy(toks[i + 1]).rfind(ascii_lower_copy(toks[i]), 0) == 0;
}

std::vector<std::size_t> measure_code_positions(const std::vector<std::string>& toks) {
  std::vector<std::size_t> codes;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const bool after_op = i == 0 || is_operator_token(toks[i - 1]);
    if (after_op && is_measure_code_at(toks, i)) codes.push_back(i);
  }
  return codes;
}
}  // namespace

std::optional<std::string> formula_from_named_measures(std::string_view text) {
  const auto toks = tokens_of(normalize_text(std::string(text)));
  const std::vector<std::size_t> codes = measure_code_positions(toks);
  if (codes.empty()) return std::nullopt;
  std::vector<std::string> out;
  auto trailing_ops = [&](std::size_t from, std::size_t to) {
    std::size_t s = to;
    while (s > from && is_operator_token(toks[s - 1])) --s;
    for (std::size_t i = s; i < to; ++i) out.push_back(toks[i]);
  };
  // "Patrimonio netto / Immob ...": a first operand named in words only
  // (no code before it) is part of the formula as printed.
  if (codes[0] > 0 && is_operator_token(toks[codes[0] - 1]) && !is_operator_token(toks[0])) {
    std::size_t s = codes[0];
    while (s > 0 && is_operator_token(toks[s - 1])) --s;
    if (s <= 4) {
      for (std::size_t i = 0; i < s; ++i) out.push_back(toks[i]);
    }
  }
  trailing_ops(0, codes[0]);
  for (std::size_t k = 0; k < codes.size(); ++k) {
    out.push_back(toks[codes[k]]);
    if (k + 1 < codes.size()) {
      trailing_ops(codes[k] + 1, codes[k + 1]);
    } else {
      // "N_Imprese_Dig4.0 N. imprese ... / 100 imprese attive al 31/12": a
      // divisor that is a number with its words belongs to the formula.
      std::size_t divisor = toks.size();
      for (std::size_t i = codes[k] + 1; i + 1 < toks.size(); ++i) {
        if (toks[i] == "/" && !toks[i + 1].empty() && toks[i + 1][0] >= '0' && toks[i + 1][0] <= '9') {
          divisor = i;
          break;
        }
      }
      std::size_t s = divisor;
      if (divisor == toks.size()) {
        while (s > codes[k] + 1 && toks[s - 1] == ")") --s;
      }
      for (std::size_t i = s; i < toks.size(); ++i) out.push_back(toks[i]);
    }
  }
  std::string formula;
  for (const auto& t : out) {
    if (!formula.empty() && formula.back() != '(' && t != ")") formula += ' ';
    formula += t;
  }
  return formula;
}

std::vector<std::string> named_measure_codes(std::string_view text) {
  const auto toks = tokens_of(normalize_text(std::string(text)));
  std::vector<std::string> codes;
  for (std::size_t i : measure_code_positions(toks)) {
    if (std::find(codes.begin(), codes.end(), toks[i]) == codes.end()) codes.push_back(toks[i]);
  }
  return codes;
}

std::vector<std::string> formula_variables(std::string_view formula) {
  std::vector<std::string> vars;
  std::string cur;
  auto flush = [&] {
    std::string v = trim_copy(cur);
    cur.clear();
    if (v.empty()) return;
    static const std::regex number(R"(^[0-9][0-9.,]*%?$)");
    if (std::regex_match(v, number)) return;
    if (std::find(vars.begin(), vars.end(), v) == vars.end()) vars.push_back(v);
  };
  const std::string f(formula);
  for (std::size_t i = 0; i < f.size(); ++i) {
    const char c = f[i];
    const bool spaced_minus = c == '-' && (i == 0 || is_space(f[i - 1])) && (i + 1 == f.size() || is_space(f[i + 1]));
    // "A / B x 100": a lone x between spaces is a multiplication, as '*' is.
    const bool spaced_times = (c == 'x' || c == 'X') && i > 0 && is_space(f[i - 1]) && i + 1 < f.size() && is_space(f[i + 1]);
    if (c == '/' || c == '+' || c == '*' || c == '(' || c == ')' || spaced_minus || spaced_times) {
      flush();
    } else {
      cur += c;
    }
  }
  flush();
  return vars;
}

std::vector<std::string> measure_codes(std::string_view formula) {
  std::vector<std::string> vars = formula_variables(formula);
  // A code is one token with a digit, an underscore or a capital ("N_ISP",
  // "ITP", "EC27"); "segnalate" or "interventi avviati" are words.
  auto is_code = [](const std::string& v) {
    return v.find(' ') == std::string::npos &&
           std::any_of(v.begin(), v.end(), [](char c) { return is_digit(c) || c == '_' || (c >= 'A' && c <= 'Z'); });
  };
  if (!std::all_of(vars.begin(), vars.end(), is_code)) return {};
  return vars;
}

bool is_year(std::string_view text) {
  const std::string t = trim_copy(text);
  if (t.size() != 4) return false;
  for (char c : t) {
    if (!is_digit(c)) return false;
  }
  const int y = std::stoi(t);
  return y >= 1990 && y <= 2100;
}

std::vector<int> years_in(std::string_view text) {
  std::vector<int> out;
  const std::string t(text);
  for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
    if ((i > 0 && (is_digit(t[i - 1]) || t[i - 1] == '/' || t[i - 1] == '.' || t[i - 1] == ',')) ) continue;
    if (i + 4 < t.size() && (is_digit(t[i + 4]) || t[i + 4] == ',' || (t[i + 4] == '.' && i + 5 < t.size() && is_digit(t[i + 5])))) continue;
    if (is_year(t.substr(i, 4))) out.push_back(std::stoi(t.substr(i, 4)));
  }
  return out;
}

std::optional<int> year_in(std::string_view text) {
  auto ys = years_in(text);
  if (ys.empty()) return std::nullopt;
  return ys.front();
}

bool is_percent_value(std::string_view text) {
  // Asked of every piece: the regex runs only on text with a '%' it needs.
  if (text.find('%') == std::string_view::npos) return false;
  static const std::regex re(R"(^\s*[0-9]{1,3}(?:[.,][0-9]+)?\s*%\s*$)");
  return std::regex_match(std::string(text), re);
}

std::string find_organisation(std::string_view text, bool chambers_only) {
  // Only the formal name ("CCIAA di Massa-Carrara"): a bare "CCIAA TNO" or
  // "CCIAA grandi" in running text is not a name.
  static const std::regex chamber(
      R"((CCIAA|C\.C\.I\.A\.A\.|Camera di [Cc]ommercio(?:,?\s*(?:Industria|I\.),?\s*(?:Artigianato|A\.)\s*e?\s*(?:Agricoltura|A\.))?)\s+(?:di|della|delle|del|dei|degli|dell')\s*([A-Z][A-Za-z']+(?:(?:[- ]|\s+(?:(?:di|del|della|dei|delle|e|dell'|d')\s*)+)[A-Z][A-Za-z']+)*))");
  // Other bodies: a head word, then capitalised words joined the way
  // Italian names are ("Ministero delle Imprese e del Made in Italy",
  // "Azienda per l'Edilizia Residenziale di ...", "Città di ..."). The name
  // ends at the first lower-case word that is no connector, or a dash.
#define ALLEGATO_CAP R"([A-Z](?:[A-Za-z']|[^\x00-\x7f])*)"
#define ALLEGATO_JOIN                                                                                    \
  R"((?:\s+(?:e|ed|per|in|a))?(?:\s+(?:di|da|del|della|dello|dei|delle|degli|la|il|lo|i|gli|le|sul|sulla|nel|nella|al|allo|alla|ai|agli|alle))?)" \
  R"((?:\s+(?:dell'|dall'|d'|l'|nell'|sull'|all')|\s+|-))"
  static const std::regex other_body(
      R"((?:Comune|Citt(?:à|a) metropolitana|Citt(?:à|a)|Provincia|Universit(?:à|a) degli Studi|Universit(?:à|a)|Politecnico|)"
      R"(Regione|Ministero|Agenzia|Azienda|Istituto|Ente|Autorit(?:à|a)|Consorzio|Unione))"
      R"((?:)" ALLEGATO_JOIN ALLEGATO_CAP R"()+)");
#undef ALLEGATO_JOIN
#undef ALLEGATO_CAP
  // Printed in capitals in a title: read, then named as a person would
  // write it ("Camera di Commercio di Portorotondo Ligure").
  static const std::regex chamber_caps(
      R"((CAMERA DI COMMERCIO(?:,?\s*INDUSTRIA,?\s*ARTIGIANATO\s*E\s*AGRICOLTURA)?)\s+(?:DI|DELLA|DELLE|DEL|DEI|DEGLI|DELL')\s*([A-Z][A-Z']+(?:(?:[- ]|\s+(?:(?:DI|DEL|DELLA|DEI|DELLE|E|D')\s*)+)[A-Z][A-Z']+)*))");
  std::smatch m;
  const std::string t = normalize_text(std::string(text));
  // std::regex is slow and this is asked of every text of a document: each
  // pattern runs only when a word it cannot match without is there.
  auto has = [&](const char* word) { return t.find(word) != std::string::npos; };
  const bool chamber_words =
      has("CCIAA") || has("C.C.I.A.A.") || has("Camera di Commercio") || has("Camera di commercio");
  // Other bodies' names open the text: its first word is their head word.
  static const std::set<std::string> heads = {"Comune", "Città", "Citta", "Provincia", "Università", "Universita",
                                              "Politecnico", "Regione", "Ministero", "Agenzia", "Azienda", "Istituto",
                                              "Ente", "Autorità", "Autorita", "Consorzio", "Unione"};
  const bool other_words = heads.count(t.substr(0, t.find(' '))) > 0;
  // Connectors stay lower case in a name written out of capitals.
  auto connector = [](std::string_view w) {
    static const std::set<std::string, std::less<>> small = {"di", "del", "della", "dello", "dei", "delle", "degli",
                                                             "e", "ed", "per", "d'", "dell'", "la", "il", "lo",
                                                             "sul", "sulla", "nel", "nella", "in", "a", "da"};
    return small.count(w) > 0;
  };
  if (has("CAMERA DI COMMERCIO") && std::regex_search(t, m, chamber_caps)) {
    static const std::regex caps_document_word(R"(\s+(Piao|Allegato|Piano|Relazione|Pira|Sezione|Cruscotto|Performance)\b.*$)");
    return std::regex_replace(name_case(m[0].str(), connector), caps_document_word, "");
  }
  // Another body's name in capitals opening a title ("REGIONE VALDARIA",
  // "COMUNE DI SAN MARTINO"): read in the case a person writes it.
  const bool capitals = std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!chambers_only && capitals && !t.empty()) {
    const std::string named = name_case(t, connector);
    if (heads.count(named.substr(0, named.find(' '))) > 0 && std::regex_search(named, m, other_body) && m.position(0) == 0) {
      static const std::regex document_word(R"(\s+(Piao|Allegato|Piano|Relazione|Pira|Sezione|Cruscotto|Performance)\b.*$)");
      return std::regex_replace(m[0].str(), document_word, "");
    }
  }
  // Another body counts only where its name opens the text (a title, a
  // running header): in running text it is a body named in passing.
  if (!(chamber_words && std::regex_search(t, m, chamber)) &&
      (chambers_only || !other_words || !std::regex_search(t, m, other_body) || m.position(0) != 0))
    return {};
  // A running header joins the body with the document's name ("Camera di
  // Commercio di Pisa PIAO 2025"): the name ends before a document word.
  static const std::regex document_word(R"(\s+(PIAO|Piao|Allegato|ALLEGATO|Piano|PIANO|Relazione|RELAZIONE|PIRA|Sezione|SEZIONE|Cruscotto|CRUSCOTTO|Performance|PERFORMANCE)\b.*$)");
  std::string name = std::regex_replace(m[0].str(), document_word, "");
  return name;
}

bool is_numbering_cell(std::string_view text) {
  // A last segment may be a letter, as in headings ("1.a", "2.1.B").
  static const std::regex numbering(R"(^\s*\d{1,2}(?:\.\d{1,2}){0,3}(?:\.[A-Za-z])?\.?\s*$)");
  return std::regex_match(text.begin(), text.end(), numbering);
}

int lettered_code_depth(std::string_view text) {
  const std::string t = trim_copy(std::string(text));
  if (t.empty() || t.size() > 16 || !is_ascii_alpha(t[0])) return 0;
  std::vector<std::string> segments;
  std::size_t start = 0;
  for (std::size_t dot = t.find('.'); start < t.size(); dot = t.find('.', start)) {
    if (dot == std::string::npos) dot = t.size();
    segments.push_back(t.substr(start, dot - start));
    start = dot + 1;
  }
  if (segments.size() < 2) return 0;
  auto letters_then_digits = [](const std::string& s, std::size_t most_letters) {
    std::size_t i = 0;
    while (i < s.size() && is_ascii_alpha(s[i])) ++i;
    const std::size_t letters = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    return i == s.size() && letters <= most_letters && s.size() - letters <= 2 && !s.empty();
  };
  // "OS.1.2", "A.1.b", "B2.1": letters (and digits) first, then numbers,
  // the last segment maybe one letter.
  if (!letters_then_digits(segments.front(), 3)) return 0;
  bool digit = false;
  for (std::size_t k = 1; k < segments.size(); ++k) {
    const std::string& s = segments[k];
    const bool number = !s.empty() && s.size() <= 2 && std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c); });
    const bool letter = s.size() == 1 && is_ascii_alpha(s[0]) && k + 1 == segments.size();
    if (!number && !letter) return 0;
    digit = digit || number;
  }
  return digit ? static_cast<int>(segments.size()) : 0;
}

std::optional<TotalLine> parse_total_line(std::string_view text, const std::vector<std::string>& total_words) {
  static const std::regex amount(R"(^(.*?)\s*((?:€|EUR|Euro)?\s*[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]{1,2})?\s*(?:€|EUR|Euro)?)\s*$)");
  const std::string flat = join_wrapped(std::string(text));
  std::smatch m;
  if (!std::regex_match(flat, m, amount) || m[1].length() == 0) return std::nullopt;
  const std::string label = fold(m[1].str());
  for (const auto& w : total_words) {
    if (label == w || starts_with(label, w + " ")) return TotalLine{trim_copy(m[1].str()), trim_copy(m[2].str())};
  }
  return std::nullopt;
}

std::string unique_id(const std::string& id, std::unordered_set<std::string>& taken) {
  std::string out = id;
  for (int n = 2; taken.count(out) > 0; ++n) out = id + "-" + std::to_string(n);
  taken.insert(out);
  return out;
}

}  // namespace allegato::genres
