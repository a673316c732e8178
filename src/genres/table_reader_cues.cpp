// Cues printed in a cell's text that several parts of the table reader read:
// a weight closing a cell ("Peso 16,00%"), a weight at the end of a title
// ("(peso 15 punti)"), a code alone on a name's first line.
// Separate because headings, objectives and indicators all use them.
#include "genres/table_reader_detail.hpp"

#include <optional>
#include <regex>
#include <string>
#include <utility>

namespace allegato::genres::detail {

// "Peso 16,00%", "Peso 100,00% (quota 40,00%)", "Quota 60,00%" closing a
// cell of a tree printed in columns (the weight of the node the cell opens).
std::optional<InlineWeight> inline_weight(const std::string& line) {
  static const std::regex peso(R"(^Peso\s*:?\s+([0-9][0-9.,]*\s*%)\s*(?:\(\s*quota\s+([0-9][0-9.,]*\s*%)\s*\))?$)",
                               std::regex::icase);
  static const std::regex quota(R"(^Quota\s+([0-9][0-9.,]*\s*%)$)", std::regex::icase);
  std::smatch m;
  if (std::regex_match(line, m, peso)) return InlineWeight{m[1].str(), m[2].matched ? m[2].str() : std::string()};
  if (std::regex_match(line, m, quota)) return InlineWeight{std::string(), m[1].str()};
  return std::nullopt;
}

// "Title (peso 15 punti)", "Title (1 PUNTO)", "Title (punti 12)", "Title (peso 20%)", "Title —
// peso 30 punti": a weight printed at the end of an objective's title, in
// brackets or after a dash. Returns the title without it and the weight as
// printed.
std::optional<std::pair<std::string, std::string>> bracketed_weight(const std::string& title) {
  // A bare "(65%)" may be the objective's own figure: a percentage needs
  // the word peso; points say what they are.
  static const std::regex weight(
      R"(^(.*\S)\s*\(\s*(?:peso\s*:?\s*([0-9][0-9.,]*\s*(?:%|punti|punto))|([0-9][0-9.,]*\s*(?:punti|punto|pt\.?|p\.ti))|((?:punti|punteggio|pt\.?)\s*:?\s*[0-9][0-9.,]*))\s*\)\s*$)",
      std::regex::icase);
  static const std::regex dashed(R"(^(.*\S)\s+(?:-|)" "\xE2\x80\x93|\xE2\x80\x94" R"()\s+peso\s*:?\s*([0-9][0-9.,]*\s*(?:%|punti|punto))\s*$)",
                                 std::regex::icase);
  std::smatch m;
  if (std::regex_match(title, m, dashed)) return std::make_pair(m[1].str(), m[2].str());
  if (!std::regex_match(title, m, weight)) return std::nullopt;
  // ("Title (punti 12)": the word first.)
  return std::make_pair(m[1].str(), m[2].matched ? m[2].str() : m[3].matched ? m[3].str() : m[4].str());
}

// A list's marker in a code column ("a)", "(b)", "c.", "-", "•"): it
// orders the rows under a coded one, it codes nothing.
bool is_list_marker(const std::string& text) {
  const std::string t = trim_copy(text);
  if (t == "-" || t == "\xE2\x80\xA2" || t == "\xE2\x80\x93") return true;
  static const std::regex marker(R"(^\(?[a-z]\)$|^[a-z]\.$)");
  return std::regex_match(t, marker);
}

// A code printed alone on the first line of a name cell ("Studi_ISR").
bool is_code_line(const std::string& line) {
  const std::string t = trim_copy(line);
  if (t.find(' ') == std::string::npos) return looks_like_code(t);
  static const std::regex acronym_number(R"(^[A-Z]{2,6} \d+(\.\d+)*$)");
  return std::regex_match(t, acronym_number);
}

}  // namespace allegato::genres::detail
