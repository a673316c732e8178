#pragma once
// The table reader's internals, shared by its parts (table_reader*.cpp):
// the TableReader class, whose members are defined in the file of the part
// they belong to, and the text cues several parts read. Not for use outside
// the table reader: the public entry points are in table_reader.hpp.
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "genres/column_roles.hpp"
#include "genres/genre_text.hpp"
#include "genres/table_reader.hpp"

namespace allegato::genres::detail {

struct InlineWeight {
  std::string weight, quota;
};
// "Peso 16,00%", "Peso 100,00% (quota 40,00%)", "Quota 60,00%" closing a
// cell of a tree printed in columns (the weight of the node the cell opens).
std::optional<InlineWeight> inline_weight(const std::string& line);
// "Title (peso 15 punti)", "Title (1 PUNTO)", "Title (peso 20%)", "Title —
// peso 30 punti": a weight printed at the end of an objective's title, in
// brackets or after a dash. Returns the title without it and the weight as
// printed.
std::optional<std::pair<std::string, std::string>> bracketed_weight(const std::string& title);
// A code printed alone on the first line of a name cell ("Studi_ISR").
bool is_code_line(const std::string& line);
// A list's marker in a code column ("a)", "(b)", "c."): no code.
bool is_list_marker(const std::string& text);

class TableReader {
 public:
  TableReader(Filler& filler, const Profile& profile, const std::map<std::size_t, std::string>& anchors)
      : filler_(filler), stream_(filler.stream()), profile_(profile), anchors_(anchors) {}

  // The orchestrator (table_reader.cpp): the rows in order, each to its part.
  void run();

 private:
  struct OpenNode {
    std::string id;
    std::string code;  // empty for a section without code
    std::string level;
  };
  struct OpenUnit {
    std::string id;
    std::string title;
    int rank = 1;
    bool from_form = false;  // opened by a unit form, which names its manager: no owner for its objectives
  };

  Filler& filler_;
  TextStream& stream_;
  const Profile& profile_;
  const Table* table_ = nullptr;
  HeaderMatch header_;
  bool seen_table_ = false;
  bool guessed_ = false;
  std::vector<OpenNode> path_;
  std::vector<OpenUnit> units_;
  std::map<std::string, std::string> objective_nodes_;  // unit + objective text -> node id
  std::map<std::string, std::string> unit_nodes_;       // parent + title -> unit node id
  std::optional<std::size_t> last_indicator_;          // index in the model of the indicator read last
  std::map<std::string, std::string> form_units_;       // title -> unit node id, for units named by a form
  bool units_with_managers_ = false;
  mutable std::vector<std::string> resources_words_;  // the profile's resources words, gathered once
  std::size_t stacked_from_ = 0;
  std::map<std::string, std::pair<std::size_t, const Table*>> indicator_tables_;  // node + code + name -> the indicator and its table  // the row whose stacked indicators are being read, as parts  // a caption named a unit with its manager ("Dirigente: X | Settore Y")
  bool form_unit_open_ = false;                         // a unit form opened a unit since the last header
  std::vector<std::tuple<std::string, std::size_t, std::size_t>> form_pending_;  // role, label, value read before the form's unit
  std::set<std::string> has_children_;                  // nodes something was read under (an indicator, a node)
  std::set<std::string> objective_column_headers_;       // role + headers (as printed) whose weight or owner column is the objectives'
  std::map<std::string, std::string> latest_by_code_;   // unit path + code -> the latest node with it
  std::string last_objective_;
  std::set<int> years_;
  std::optional<int> period_start_;
  std::optional<int> title_year_;
  std::optional<int> series_first_target_;
  std::set<std::size_t> year_row_indicators_;  // indicators whose values came row by row under a year column
  bool year_row_pending_ = false;               // the indicator being read took a row's year (added to the above once in the model)  // the first year a target row fills under a row_series column
  std::string caption_owner_;  // the owner a caption grid over the table names ("Centro di responsabilità | ...")
  std::vector<std::size_t> caption_values_;  // the caption grid's value pieces, taken once a node takes them
  std::pair<std::string, std::string> mission_, programme_;  // the open budget headings: code, title
  std::optional<int> achievement_year_;
  std::optional<std::size_t> caption_;  // the last free line: a table's caption
  const Table* table_node_of_ = nullptr;
  std::optional<bool> sheets_are_sections_;  // whether two sheets or more hold tables with a header (sheets_are_sections)
  bool table_node_pending_ = false;  // this table's indicators need a node of their own
  bool heading_above_ = false;       // a free line opened a node since the last table's header
  std::optional<int> unit_col_;      // a column naming the unit each row is assigned to
  mutable std::optional<std::pair<std::size_t, bool>> nests_;  // header's first row -> whether its code column nests (code_column_nests)
  mutable std::vector<int> runs_;            // unmeasured_run of each row, under the header below
  mutable std::size_t runs_header_ = static_cast<std::size_t>(-1);  // first row of the header runs_ was worked out under
  std::map<std::size_t, std::string> leads_;  // the indicator being read: target index -> words every year's figure shares
  std::string coded_node_;           // the node an indicator row names by its code (read_indicator)
  std::string matrix_section_;       // the open "Peso ponderale ..." label of an assignment matrix
  bool matrix_effective_ = false;
  std::string matrix_objective_code_, matrix_objective_title_;
  std::optional<Source> matrix_objective_source_;
  std::map<std::string, std::string> matrix_nodes_;  // manager + objective -> node id
  struct Decided {
    const Table* table = nullptr;
    std::string signature;            // the header's roles before the rows decided
    std::vector<ColumnRole> columns;  // after
    std::optional<int> unit_col;
  } decided_;
  std::vector<const Row*> body_;  // the rows under the header the decisions scan (body_rows)
  const std::map<std::size_t, std::string>& anchors_;

  struct Cells {
    std::vector<std::size_t> ids;  // non-empty, free pieces
  };

  // Small helpers every part uses, inline (they run for every cell).
  bool units_own() const {
    return profile_.units_own_objectives || unit_col_.has_value() || !form_units_.empty() || units_with_managers_;
  }
  bool has_header() const { return !header_.columns.empty(); }
  const Piece* cell_at(const Row& row, std::optional<int> col) const {
    if (!col) return nullptr;
    const auto id = stream_.id_at(row, *col);
    if (id < 0 || !stream_.is_free(static_cast<std::size_t>(id))) return nullptr;
    const Piece& p = stream_.piece(static_cast<std::size_t>(id));
    if (trim_copy(p.text).empty()) return nullptr;
    return &p;
  }
  std::size_t index_of(const Piece* p) const { return static_cast<std::size_t>(p - &stream_.pieces().front()); }
  void take(const Piece* p) { stream_.take(index_of(p)); }
  const ColumnRole* role_of(int col) const {
    if (col < 0 || col >= static_cast<int>(header_.columns.size())) return nullptr;
    return &header_.columns[static_cast<std::size_t>(col)];
  }
  bool is_value_role(const std::string& role) const {
    return role == "weight" || role == "baselines" || role == "targets" || role == "results" || role == "achievement" ||
           role == "resources";
  }

  // table_reader_header.cpp
  void find_period();
  bool useful(const HeaderMatch& h) const;
  bool filled_below(const HeaderMatch& h, int col) const;
  void adopt_header(HeaderMatch fresh);
  bool guess_header(const Row& row);

  // table_reader_columns.cpp
  std::vector<const Row*> body_rows() const;
  void decide_from_rows();
  void decide_reached_values();
  void decide_objective_columns();
  struct ColumnCodes {
    std::size_t cells = 0;
    bool repeats = false;
  };
  std::optional<ColumnCodes> codes_in_column(int col) const;
  void decide_coded_objective_column();
  void decide_formula_in_words();
  void decide_leading_codes();
  void decide_baseline_year_column();
  static std::string leading_code_word(const std::string& printed);
  static std::optional<std::pair<int, std::string>> dated_value(const std::string& line);
  void find_row_series_column();
  std::string series_of_row(const Row& row);
  void past_year_rows_are_baselines();
  bool read_series_row(const Row& row, const Piece* text);
  void decide_count_columns();
  void decide_score_column();
  static bool is_row_code(const std::string& text);
  void find_numbering_column();
  void decide_code_column();
  void find_unit_column();

  // table_reader_matrix.cpp
  void find_matrix_columns();
  std::vector<int> named_weight_columns() const;
  static std::string code_scheme(const std::string& code);
  static void add_owner(Node& node, const std::string& name);
  bool heads_other_numbering(const Row& row, const std::string& code, const Piece& text) const;
  static bool says_any(const std::string& printed, const std::vector<std::string>& list);
  std::optional<bool> matrix_weight_label(const std::string& text) const;
  void read_matrix_cells(const Row& row);
  std::size_t read_transposed_matrix(std::size_t at);
  std::optional<std::string> matrix_weight_cell(const Piece* p);
  Node* matrix_node(const std::string& manager, const std::string& code, const std::string& title, const std::string& level,
                    const Source& source);

  // table_reader_tree.cpp
  void open_anchor(const std::string& node_id);
  void open_table_node();
  bool sheets_are_sections();
  static std::pair<std::string, std::string> title_then_rest(const std::string& first_line_title, const std::string& cell);
  static bool code_is_prefix(const std::string& parent, const std::string& child);
  static bool letters_then_number(const std::string& parent, const std::string& child);
  static std::string level_below(const std::string& level);
  std::pair<std::string, std::string> unit_label_split(const std::string& text) const;
  std::string level_of_code(const std::string& code) const;
  std::string unit_path() const;
  static int level_rank(const std::string& level);
  std::string open_node(Node node, const std::string& path_key, bool by_level = false);
  std::string reopen_known(Node& node);
  std::string open_unit(const Piece& p, int rank, std::optional<Number> weight, const std::string& title = {});
  std::optional<int> unit_rank(const std::string& text) const;
  std::optional<std::string> prefix_level(const std::string& code) const;
  std::string objective_key(const std::string& objective_text) const;

  // table_reader_headings.cpp
  std::pair<std::string, std::size_t> level_words_opening(const std::string& text) const;
  std::optional<std::pair<std::string, std::string>> leveled_code(const std::string& text) const;
  std::optional<std::pair<std::string, CodedTitle>> leveled_heading(const std::string& text) const;
  static std::string leading_label(const std::string& printed, const std::string& code, const std::string& title);
  static std::optional<CodedTitle> lettered_heading(const std::string& text);
  static std::optional<CodedTitle> bare_numbered(const std::string& text);
  std::string open_heading(const Piece& p, const std::string& uncoded_level);
  static std::optional<std::pair<std::string, std::string>> section_maximum(const std::string& heading);
  void open_title(std::size_t piece_id);
  void read_line(const Row& row);
  bool header_below(std::size_t r) const;
  void read_loose_row(const Row& row);
  void read_weighed_title(std::size_t title_id, std::size_t weight_id);
  bool read_unit_form_row(const Row& row);
  bool read_stacked_unit_form(std::size_t label_id, std::size_t value_id);
  std::string form_unit(const Piece& p, const std::string& title);
  void apply_form_field(const std::string& role, std::size_t label_id, std::size_t value_id);
  void read_free_text(std::size_t id);
  bool read_amount_line(const Piece& p);
  bool read_budget_heading(const Piece& p);
  struct BudgetHeading {
    std::string word, field, code, title;
  };
  std::optional<BudgetHeading> budget_heading_of(const std::string& text) const;
  void set_budget(const BudgetHeading& heading, const Piece& p);
  bool read_caption_pair(std::size_t label_id, std::size_t value_id);
  void read_budget_cell(const Piece& p, const std::string& role, Node& node);

  // table_reader_rows.cpp
  std::size_t join_wrapped_rows(std::size_t r);
  bool row_has_values(const Row& row) const;
  std::optional<int> text_col() const;
  void read_row(const Row& row);
  void collapse_unweighted_units();
  bool read_stacked_row(const Row& row);
  std::optional<std::vector<std::string>> stacked_values(const std::string& printed, std::size_t n) const;
  /// The row's index in the stream (a stacked row's parts: the row they
  /// were cut from).
  std::size_t row_index(const Row& row) const {
    const auto& rows = stream_.rows();
    if (!rows.empty() && &row >= rows.data() && &row < rows.data() + rows.size()) return static_cast<std::size_t>(&row - rows.data());
    return stacked_from_;
  }
  static bool is_dash(const std::string& value);
  static bool is_sentence(const std::string& printed);
  bool read_total_row(const Row& row, const std::vector<std::size_t>& filled);
  bool is_total(const Piece& text) const;
  std::optional<int> indicator_code_col() const;
  std::optional<int> objective_code_col() const;
  bool code_column_nests() const;
  bool objectives_only() const;
  bool read_label(const Row& row, const Piece* text);
  bool read_weighted_band(const std::vector<std::size_t>& filled);
  bool read_band(const Row& row, const Piece& p);
  bool read_row_level(const Row& row, const Piece* text);
  std::optional<std::string> row_level_of(const std::string& printed) const;
  const Piece* first_of(const Row& row, const std::string& role, const Piece* except, const std::string& whose = {}) const;
  bool row_has_series(const Row& row) const;

  // table_reader_objectives.cpp
  bool read_objective_record(const Row& row);
  bool read_objective_row(const Row& row, const Piece& text);
  static std::string printed_code(const Piece& cell);
  bool next_row_measured_uncoded(const Row& row) const;
  const Piece* level_code_cell(const Row& row, int col) const;
  std::string deepest_level_column() const;
  std::optional<TotalLine> resources_lines(std::vector<std::string>& lines) const;
  const std::vector<std::string>& resources_words() const;
  bool next_code_extends(const Row& row, const std::string& code) const;
  bool read_coded_objective_row(const Row& row, const Piece& text);
  bool read_uncoded_objective_row(const Row& row, const Piece& text);
  int unmeasured_run(std::size_t at) const;
  void weight_in_title(Node& node, const Piece& cell);
  void fill_objective_columns(const Row& row, Node& node, const Piece* except, const std::string& whose = "objective");
  void fill_node_values(const Row& row, Node& node, const Piece* except, const std::string& whose = "objective");
  void read_unit_cell(const Row& row);
  bool read_unit_row(const Row& row, const Piece& text);
  std::optional<std::pair<std::string, std::string>> labelled_achievement(const std::string& text) const;
  bool read_unit_bar(const std::vector<std::size_t>& filled);
  bool read_unit_caption(const std::vector<std::size_t>& filled);
  bool read_unit_caption_parts(const std::vector<std::size_t>& filled, const std::vector<std::string>& parts);
  bool read_numbered_unit(const Row& row, const Piece& text);
  bool next_code_extends_any(const Row& row, const std::string& code) const;
  void read_level_columns(const Row& row);
  static std::optional<CodedTitle> coded_level_cell(const std::string& text);
  static std::optional<CodedTitle> leading_code(const std::string& text);
  std::optional<CodedTitle> acronym_heading(const std::string& text) const;
  std::string objective_of(const Row& row);

  // table_reader_indicators.cpp
  void read_indicator(const Row& row, const Piece* text, const std::string& measured_node = {});
  bool is_measured(const Row& row, const Piece* code_cell) const;
  void read_identity(Indicator& ind, const Piece* name_cell, const Piece* code_cell, const Piece* description_cell);
  void read_formulas(const Row& row, Indicator& ind);
  void read_descriptors(const Row& row, Indicator& ind, std::optional<std::string>& printed_unit);
  void read_notes(const Row& row, Indicator& ind);

  // table_reader_values.cpp
  std::optional<int> year_of_row(const Row& row);
  std::optional<int> year_in_row(const Row& row, const std::string& role = "year") const;
  bool read_year_row(const Row& row, const Piece* text);
  bool read_values(const Row& row, Indicator& ind, const Piece& anchor);
  std::vector<std::pair<int, int>> ladder_pairs() const;
  bool read_ladder_across(const Row& row, Indicator& ind);
  std::vector<int> scored_band_columns() const;
  bool read_scored_bands(const Row& row, Indicator& ind);
  int scored_target_col() const;
  bool is_scored_target_col(int col) const;
  static bool is_band_label(const std::string& printed);
  std::string read_ladder(const Row& row, int target_col);
  void read_series_cell(const Piece& p, std::optional<int> year, std::vector<Target>& into, bool plan_years, bool targets);
  void read_relative_targets(Indicator& ind);
};

}  // namespace allegato::genres::detail
