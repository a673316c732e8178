#pragma once
/// What the columns of a table mean, read from its header rows with a
/// profile's vocabulary: each column gets a role (code, name, weight...) or a
/// series with its year (targets 2025), with a score and the reason, for
/// --explain. Header text decides, never a column's position.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "genres/profile.hpp"
#include "genres/text_stream.hpp"

namespace allegato::genres {

struct ColumnRole {
  std::string role;              ///< a column role, a series (baselines/targets/results), or "" for none
  std::optional<int> year;       ///< series: the year the column holds
  std::optional<int> ordinal;    ///< series: "primo anno" = 1, before the year is known
  std::string level;             ///< objective/level columns: the level their header names
  std::string header;            ///< the header as printed (a band's text, then the column's own)
  bool percent = false;          ///< the header says its values are percentages ("Target %", "Peso (%)")
  bool band = false;             ///< its header cell spans several columns (sub-headers may follow)
  bool bare_year = false;        ///< its role came from a year printed alone (the profile's bare_years)
  bool year_assumed = false;     ///< no year printed: the reader assumed one (a baseline: the year before the plan)
  std::string of;                ///< "objective" or "indicator" when the header says whose value it is ("Peso ob.", "Peso ind.")
  std::string named;             ///< a two-row header's words beside its role's: the unit or manager a band or sub-header names
                                 ///< ("Settore 1 – ..." under "Peso effettivo", "Direttore Generale" over "Peso calcolato")
  std::string objective_role;    ///< "Target triennio / Stanziamento 2026": the role its cells hold on an objective's
                                 ///< own row ("resources"), the column's role being the indicators'
  bool code_leads = false;       ///< each cell opens with its row's code, no dash after it ("KPI-01 Grado di ...")
  std::string last_line_role;    ///< "Indicatore e tipologia": the role of a multi-line cell's last line ("type")
  double score = 0;
  std::string why;
  bool is_series() const { return role == "baselines" || role == "targets" || role == "results"; }
};

struct HeaderMatch {
  std::vector<ColumnRole> columns;          ///< by table column
  std::size_t first_row = 0;                ///< index into stream.rows()
  int rows = 0;                             ///< header rows; 0 when no header was found
  int roles = 0;                            ///< columns that took a role
  std::optional<std::size_t> title_piece;   ///< a first cell that names no column: the title of the section below
  bool guessed = false;                     ///< no header printed: roles from the profile's fallback columns
  bool valid() const { return rows > 0 || guessed; }
  /// The first column holding `role`, if any.
  std::optional<int> col(const std::string& role) const;
  /// Every column holding `role`.
  std::vector<int> cols(const std::string& role) const;
  /// One line per column, for --explain: "col 3 'Target 2025' -> targets 2025 (exact 'target', year in header)".
  std::string explain() const;
};

/// Tries the rows from `first` (same table) as a header: one row naming at
/// least two roles, then up to two rows of years or sub-headers below it
/// ("Target" over "2025 | 2026"). A row holding numbers other than years is
/// body, not header. Returns an invalid match when the rows are no header.
HeaderMatch match_header(const TextStream& stream, std::size_t first, const Profile& profile);

/// How well a header cell's folded words name a role: the best phrase of
/// the profile, 0 when none. Exposed for recognition and tests.
struct PhraseMatch {
  std::string role;   ///< column role or series name
  double score = 0;
  std::string phrase;
};
PhraseMatch match_phrase(const std::string& folded_words, const Profile& profile);
/// The same scoring over any list of phrases (a record profile's labels).
PhraseMatch match_phrase(const std::string& folded_words, const std::vector<RolePhrase>& phrases);

/// The folded words of a header cell or a label without its years and
/// ordinal-year words ("Target primo anno", "VALORE TARGET 1°ANNO", "anno
/// n+1"); the ordinal (1 for the period's first year), if any, goes to
/// `ordinal`.
std::string label_words(const std::string& text, std::optional<int>& ordinal);

/// The unit most of these values print ("%", "N.", "gg", "EUR"), if any.
std::optional<std::string> unit_of_values(const std::vector<const std::vector<Target>*>& series);

/// The first two years a text prints as a period ("2026-2028", "2026 al
/// 2028", "2026/27" is none): the first match of
/// \b((?:19|20)\d\d)\s*(?:-|–|/|al|a)\s*((?:19|20)\d\d)\b, written out.
std::optional<std::pair<int, int>> first_period(std::string_view text);
/// The first year of the period the document prints ("Piano 2026-2028"):
/// from its free lines, else from a table cell holding words and a period.
std::optional<int> period_start(const TextStream& stream);

/// A unit column's text in the contract's words: "%", "N.", "gg", "EUR",
/// "date"; other units as printed.
std::string normalise_unit(const std::string& printed);

/// "Responsabile: dott. Luca Ferri", "Unità X  Dirigente: ...": where an
/// owner label (one of the profile's owner words, then a colon) starts in
/// the printed text with its lines joined (join_printed), and the name
/// after it; npos and "" when there is none.
std::pair<std::size_t, std::string> find_owner_label(const std::string& printed, const Profile& profile);

}  // namespace allegato::genres
