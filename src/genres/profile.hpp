#pragma once
/// Layout knowledge as data. A profile says which header words name which
/// column role, which rows are labels, which headings open which level of
/// the tree, how codes map to levels, and the evidence that recognises the
/// layout. Built-in profiles live in profiles/*.json (embedded at build
/// time); a user gives more with --profile FILE. Every profile extends
/// "base": its lists are added to base's, its scalars replace them.
/// The format is documented in docs/profiles.md.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace allegato::genres {

/// A header phrase that names a column role ("unita di misura" -> unit).
struct RolePhrase {
  std::string role;    ///< code, objective, name, text, description, formula, formula_text, unit, type,
                       ///< weight, owner, resources, achievement, notes, mission, programme, area, strategic, operational
  std::string phrase;  ///< folded (fold_for_matching)
  std::string stem;    ///< plural_blind(phrase), or empty
};

/// Folded words with their final vowels dropped ("valori obiettivo" ->
/// "valor obiettiv"): Italian singular and plural ("valore"/"valori",
/// "fascia"/"fasce") compare equal. A stem keeps four letters ("data" and
/// "dato" differ).
std::string plural_blind(const std::string& folded);

/// A header phrase that names a series of values by year ("target 2025").
struct SeriesPhrase {
  std::string series;  ///< baselines, targets, results, or values (decided by year)
  std::string phrase;  ///< folded
  std::string stem;    ///< plural_blind(phrase), or empty
};

/// Headings that name an organisational unit ("Servizio Registro imprese"),
/// ranked: a heading of rank 2 nests under the last of rank 1.
struct UnitHeading {
  std::vector<std::string> words;  ///< folded first words
  int rank = 1;
};

/// One piece of recognition evidence, scored when it holds.
struct Evidence {
  std::vector<std::string> text;   ///< any of these folded phrases appears in the document
  std::vector<std::string> cell;   ///< all of these are whole cells (folded)
  std::vector<std::string> any_cell;  ///< one of these is a whole cell (folded)
  std::string feature;             ///< or a counted feature (see DocumentFeatures::value)
  int at_least = 1;                ///< the feature's count must be >= at_least
  std::optional<int> at_most;      ///< ... and <= at_most
  double points = 0;               ///< added when the evidence holds (negative: against)
  std::string why;                 ///< shown in --explain; "{n}" is the feature's count
  bool required = false;           ///< without it the profile scores 0
  std::vector<Evidence> also;      ///< more conditions that must hold with this one
  std::vector<Evidence> or_else;   ///< when this one fails, any of these holding is as good
};

/// What the record reader (reader "record") knows of label/value blocks:
/// which label names which field of an objective or an indicator, which
/// headings open a block, and the level of the objectives it reads.
struct RecordVocabulary {
  std::vector<RolePhrase> fields;    ///< role: a record field ("node.code", "indicator.targets"...)
  std::vector<RolePhrase> headings;  ///< role: "node" or "indicator"; a heading that opens such a block
  std::string level = "strategic";   ///< level of the objectives the records open
};

/// The fields a record label may name (record_fields in docs/profiles.md).
const std::vector<std::string>& record_fields();

struct Profile {
  /// The polarity a polarity column's cell states ("crescente" -> higher), or "".
  std::string polarity_of(const std::string& printed) const;

  std::string name;                 ///< "plan", "list", "generic", or the user's
  std::string kind = "unknown";     ///< document kind it yields (contract: plan|pira|report|dashboard|assignment|list|unknown)
  std::string description;
  std::string origin;               ///< "built-in" or the file it came from
  std::string reader = "table";     ///< "table": the generic reader; "pira": the PIRA reader; "record": label/value blocks
                                    ///< (then the generic reader for any table under them)
  std::vector<RolePhrase> columns;
  std::vector<SeriesPhrase> series;
  std::vector<std::string> level_columns;        ///< roles whose column holds one tree level each
  std::map<std::string, std::string> labels;     ///< folded label row -> share field
  std::vector<UnitHeading> unit_headings;
  std::vector<std::string> unit_labels;          ///< folded label before a unit's name ("struttura" of "STRUTTURA: Area X")
  std::map<std::string, std::string> polarity_words;  ///< folded cell of a polarity column ("crescente"), or a sign as printed ("↓") -> higher|lower|target
  std::map<int, std::string> code_levels;        ///< numbering depth -> level
  std::map<std::string, std::string> code_prefix_levels;  ///< folded code prefix ("os") -> level
  std::map<std::string, std::string> budget_headings;     ///< folded first word ("missione") -> mission|programme
  std::vector<std::string> effective_weight_words;  ///< a matrix label naming the weight that counts ("effettivo")
  std::vector<std::string> computed_weight_words;   ///< ... one kept as a note ("calcolato")
  std::map<std::string, std::string> row_series;  ///< folded words of a cell naming its row's series ("consuntivo") -> baselines|targets|results|values
  std::map<std::string, std::string> row_levels;  ///< folded words of a row_level cell ("obiettivo strategico") -> a level, or "indicator"
  std::string section_level = "area";            ///< level of an uncoded band or a header's title cell
  std::string objective_level = "strategic";     ///< level of an objective column whose header names none ("Obiettivo")
  std::string header_title_level;                ///< a header row's first cell naming no column opens a node of this level ("" = never)
  bool units_own_objectives = false;             ///< objectives under a unit get it as owner and id prefix
  bool weighted_rows_are_units = false;          ///< an uncoded row with only a weight, under a unit, is a sub-unit
  std::vector<std::string> fallback_columns;     ///< roles by column when a table prints no header
  std::vector<std::string> total_rows;           ///< folded first words of total rows ("totale"): no entity
  std::string bare_years = "targets";            ///< series of a header cell that is only a year ("2025")
  bool unnamed_columns_are_notes = false;        ///< text in a column without header is a note, not unassigned
  bool node_per_table = false;                   ///< indicators outside any objective hang under one node per table (sheet name or caption)
  std::string formula_variables = "operands";    ///< "operands": every operand of a formula is a variable; "codes": only
                                                 ///< a formula over measure codes has variables (one in words has none)
  RecordVocabulary record;                       ///< the record reader's labels and headings
  std::vector<RolePhrase> unit_form;             ///< role: unit, parent or owner; the folded label of a form row
                                                 ///< naming an organisational unit, its parent unit, its manager
  std::vector<Evidence> evidence;
  double min_score = 0.3;
};

/// The built-in profiles, "base" merged into each, in a fixed order.
const std::vector<Profile>& builtin_profiles();
/// The built-in profile of that name, or nullptr.
const Profile* builtin_profile(const std::string& name);
/// The JSON text of a built-in profile as shipped (profiles/NAME.json), or "".
std::string builtin_profile_text(const std::string& name);
/// Reads a profile file (JSON), merged over "base". Throws UsageError naming
/// the file, the field and what is expected when the file is not a valid profile.
Profile load_profile_file(const std::string& path);
/// Parses profile JSON text; `origin` names it in errors. Throws UsageError.
Profile parse_profile(const std::string& json_text, const std::string& origin);

}  // namespace allegato::genres
