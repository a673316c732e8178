#pragma once
/// Text shapes shared by the genre recognisers: headings with codes, weights
/// printed as "(Peso: 16,66%)", owners in brackets, wrapped names, formulas
/// over measure codes, years. All functions are pure and never throw.
#include <optional>
#include <string>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "values/value.hpp"

namespace allegato::genres {

/// Lines of a cell (split on '\n'), each trimmed, empty ones dropped.
std::vector<std::string> split_lines(std::string_view text);
/// Joins lines a layout wrapped: one space between lines, none after a
/// hyphen glued to a word ("economico-" + "sociale"), then normalize_text:
/// for parsing and matching, never for display (see join_printed).
std::string join_wrapped(const std::vector<std::string>& lines);
std::string join_wrapped(std::string_view text);
/// The same join for display: the text as printed (tidy_printed_text), so
/// ’ “ ” … – stay. Never parse the result with ASCII assumptions.
std::string join_printed(const std::vector<std::string>& lines);
std::string join_printed(std::string_view text);
/// The display form of `parsed`, a piece of normalised text (join_wrapped,
/// a heading title, a name) cut from `source`: the span of the printed
/// `source` that normalises to `parsed`, or `parsed` itself when no such
/// span exists (the parser rebuilt the text). Cuts only between characters.
std::string as_printed(std::string_view parsed, std::string_view source);
/// Whether `s` begins / ends with `part` (byte-wise).
inline bool starts_with(std::string_view s, std::string_view part) { return s.substr(0, part.size()) == part; }
inline bool ends_with(std::string_view s, std::string_view part) {
  return s.size() >= part.size() && s.substr(s.size() - part.size()) == part;
}
/// \w, \s and \b as std::regex (ECMAScript, classic locale) reads them, for
/// patterns written out by hand that must match what the regex matched:
/// ASCII letters, digits and '_' are word characters, bytes of UTF-8 are not.
inline bool regex_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline bool regex_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
/// Whether \b holds before `s[i]` (`i` may be `s.size()`).
inline bool word_boundary_at(std::string_view s, std::size_t i) {
  return (i < s.size() && regex_word(s[i])) != (i > 0 && i <= s.size() && regex_word(s[i - 1]));
}
/// Folded text for matching (fold_for_matching).
std::string fold(std::string_view text);
std::string trim_copy(std::string_view text);
/// What `text` prints besides `parts` (each cut out once, in order), its
/// words joined by one space: "(peso )" of "Title (peso 15 punti)" without
/// the title and "15 punti". The words a reader used but no entity holds.
std::string text_without(std::string text, const std::vector<std::string>& parts);

/// A numbered heading: "1.1 - Consolidare ...", "1.1.1 Produrre ...",
/// "1. Semplificazione ...", "1 - La CCIAA ...". The title must start with a
/// letter or a quote, so values ("100,00%", "2021") never match.
struct CodedTitle {
  std::string code;   ///< "1.1.1" (no trailing dot)
  std::string title;  ///< the rest, wrapped lines joined
};
std::optional<CodedTitle> parse_numbered_heading(std::string_view text);
/// The depth of a code opening with letters, alone in its cell: "A.1" 2,
/// "A.1.b" 3, "OS.1.2" 3; 0 for anything else ("A", "OB_02", "N.", "ab.cd").
int lettered_code_depth(std::string_view text);
namespace detail {
/// The pieces of a numbered heading's pattern, read by hand and by the
/// std::regex it replaces (exposed so a test can hold them equal).
struct NumberedParts {
  std::string code, title;
  bool dot = false, dash = false;
  bool operator==(const NumberedParts&) const = default;
};
std::optional<NumberedParts> numbered_parts(const std::string& text);
std::optional<NumberedParts> numbered_parts_by_regex(const std::string& text);
}  // namespace detail
/// Depth of a numbered code: "1" -> 1, "1.1" -> 2, "1.1.1" -> 3.
int code_depth(std::string_view code);

/// An indicator or objective with an alphanumeric code before " - ":
/// "Studi_ISR - Realizzazione studi", "DFP 1.3 - Grado di ...",
/// "OS_1.2InnovazProces - Supportare ...", "IS_01.02_ Bilancio delle".
std::optional<CodedTitle> parse_code_heading(std::string_view text);
/// True for a token shaped like a measure or indicator code: letters and
/// digits with '_' or digits or an inner capital ("BilCons_DA", "EC27",
/// "ProvStrut", "M:RASLImprIscr", "MS_%ParetoTNO").
bool looks_like_code(std::string_view token);

/// Splits the lines of a cell that holds a name wrapped over some lines and
/// then a description: the description starts at the first line that
/// begins a new sentence (capital letter then a lower-case letter) unless
/// the previous line ended mid-phrase (on a preposition, article or dash).
struct NameDescription {
  std::string name;
  std::string description;
};
NameDescription split_name_description(const std::vector<std::string>& lines);

/// "(Peso: 16,66%)" anywhere in the text (also wrapped "(Peso:\n16,66%)").
/// Returns the weight and removes it from `text`.
std::optional<Number> take_peso(std::string& text);
/// Bracketed groups left after the weight ("(ISR)", "(Uff. Mediazione e
/// conciliazioni)", an unclosed "(Ufficio Personale"), removed from `text`.
std::vector<std::string> take_bracket_owners(std::string& text);

/// A formula printed as measure codes each followed by its name
/// ("N_Impr_A3.1.2 Numero di utenti ... / N_ImprAtt Numero imprese ..."):
/// keeps the codes and the operators between them ("N_Impr_A3.1.2 / N_ImprAtt").
/// Returns nullopt when the text holds no measure code.
std::optional<std::string> formula_from_named_measures(std::string_view text);
/// The measure codes named in such a text, in order, without repeats.
std::vector<std::string> named_measure_codes(std::string_view text);
/// The measure codes of a formula, in order of first appearance, without
/// repeats: operands that are not numbers ("Patrimonio netto / Immob" gives
/// "Patrimonio netto", "Immob").
std::vector<std::string> formula_variables(std::string_view formula);
/// The measure codes of a formula printed over codes ("N_IST_TEL /
/// N_IST_TOT", "ITP"): its variables; none for a formula in words
/// ("interventi avviati / interventi programmati x 100", "riparate /
/// segnalate"), whose operands are words, not codes.
std::vector<std::string> measure_codes(std::string_view formula);

/// A four-digit year 1990..2100 standing alone in the text ("2023", "Target 2017").
std::optional<int> year_in(std::string_view text);
/// Every such year, in order.
std::vector<int> years_in(std::string_view text);
/// True when the text is just a year ("2023").
bool is_year(std::string_view text);

/// True when a cell reads as a weight ("16,66%", "6,0%"): a percent number only.
bool is_percent_value(std::string_view text);

/// Organisation named in the text: "CCIAA di Massa-Carrara", "Camera di
/// Commercio di ..."; empty when none.
/// With `chambers_only`, only a chamber of commerce; else also "Comune di",
/// "Provincia di", "Regione", "Università degli Studi di", "Ministero".
/// The name ends before a document word (PIAO, Allegato, Piano...).
std::string find_organisation(std::string_view text, bool chambers_only = false);

/// A cell holding only a numbering ("1", "1.1", "2.3.1."): an objective's
/// code printed in a code column.
bool is_numbering_cell(std::string_view text);

/// "TOTALE GENERALE € 1.345.252,03" on one line: the total's words and its
/// amount, when the line opens with one of `total_words` (folded, as in a
/// profile's total_rows) and ends with an amount.
struct TotalLine {
  std::string label;
  std::string amount;
};
std::optional<TotalLine> parse_total_line(std::string_view text, const std::vector<std::string>& total_words);

/// Unique id within `taken`: `id`, then `id-2`, `id-3`...
std::string unique_id(const std::string& id, std::unordered_set<std::string>& taken);

}  // namespace allegato::genres
