#include "genres/table_reader.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "genres/column_roles.hpp"
#include "genres/genre_text.hpp"
#include "genres/year_phrases.hpp"
#include "values/relative_target.hpp"
#include "values/text.hpp"

namespace allegato::genres {

namespace {


// "Peso 16,00%", "Peso 100,00% (quota 40,00%)", "Quota 60,00%" closing a
// cell of a tree printed in columns (the weight of the node the cell opens).
struct InlineWeight {
  std::string weight, quota;
};
std::optional<InlineWeight> inline_weight(const std::string& line) {
  static const std::regex peso(R"(^Peso\s*:?\s+([0-9][0-9.,]*\s*%)\s*(?:\(\s*quota\s+([0-9][0-9.,]*\s*%)\s*\))?$)",
                               std::regex::icase);
  static const std::regex quota(R"(^Quota\s+([0-9][0-9.,]*\s*%)$)", std::regex::icase);
  std::smatch m;
  if (std::regex_match(line, m, peso)) return InlineWeight{m[1].str(), m[2].matched ? m[2].str() : std::string()};
  if (std::regex_match(line, m, quota)) return InlineWeight{std::string(), m[1].str()};
  return std::nullopt;
}

// "Title (peso 15 punti)", "Title (1 PUNTO)", "Title (peso 20%)", "Title —
// peso 30 punti": a weight printed at the end of an objective's title, in
// brackets or after a dash. Returns the title without it and the weight as
// printed.
std::optional<std::pair<std::string, std::string>> bracketed_weight(const std::string& title) {
  // A bare "(65%)" may be the objective's own figure: a percentage needs
  // the word peso; points say what they are.
  static const std::regex weight(
      R"(^(.*\S)\s*\(\s*(?:peso\s*:?\s*([0-9][0-9.,]*\s*(?:%|punti|punto))|([0-9][0-9.,]*\s*(?:punti|punto|pt\.?|p\.ti)))\s*\)\s*$)",
      std::regex::icase);
  static const std::regex dashed(R"(^(.*\S)\s+(?:-|)" "\xE2\x80\x93|\xE2\x80\x94" R"()\s+peso\s*:?\s*([0-9][0-9.,]*\s*(?:%|punti|punto))\s*$)",
                                 std::regex::icase);
  std::smatch m;
  if (std::regex_match(title, m, dashed)) return std::make_pair(m[1].str(), m[2].str());
  if (!std::regex_match(title, m, weight)) return std::nullopt;
  return std::make_pair(m[1].str(), m[2].matched ? m[2].str() : m[3].str());
}

// A code printed alone on the first line of a name cell ("Studi_ISR").
bool is_code_line(const std::string& line) {
  const std::string t = trim_copy(line);
  if (t.find(' ') == std::string::npos) return looks_like_code(t);
  static const std::regex acronym_number(R"(^[A-Z]{2,6} \d+(\.\d+)*$)");
  return std::regex_match(t, acronym_number);
}

class TableReader {
 public:
  TableReader(Filler& filler, const Profile& profile, const std::map<std::size_t, std::string>& anchors)
      : filler_(filler), stream_(filler.stream()), profile_(profile), anchors_(anchors) {}

  void run() {
    find_period();
    const auto& rows = stream_.rows();
    auto anchor = anchors_.begin();
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (; anchor != anchors_.end() && anchor->first <= r; ++anchor) open_anchor(anchor->second);
      const Row& row = rows[r];
      if (row.is_line()) {
        read_line(row);
        continue;
      }
      if (row.table != table_) {
        table_ = row.table;
        seen_table_ = true;
        guessed_ = false;
        // A table without a header of its own continues the previous one
        // (a page break) when it has as many columns.
        const bool same_shape = header_.valid() && static_cast<int>(header_.columns.size()) == std::max(row.table->n_cols, 1);
        if (!same_shape) header_ = HeaderMatch{};
      }
      HeaderMatch fresh = match_header(stream_, r, profile_);
      if (fresh.valid() && useful(fresh)) {
        adopt_header(std::move(fresh));
        r += static_cast<std::size_t>(header_.rows) - 1;
        continue;
      }
      if (!header_.valid() && !guess_header(row)) {
        read_loose_row(row);
        continue;
      }
      r += join_wrapped_rows(r);
      read_row(row);
    }
    // Years a reader before this one found (records) stay.
    for (int y : filler_.document().years) years_.insert(y);
    filler_.document().years.assign(years_.begin(), years_.end());
  }

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
  std::map<std::string, std::string> latest_by_code_;   // unit path + code -> the latest node with it
  std::string last_objective_;
  std::set<int> years_;
  std::optional<int> period_start_;
  std::optional<int> title_year_;
  std::pair<std::string, std::string> mission_, programme_;  // the open budget headings: code, title  // the one year a title names, when it names no period
  std::optional<int> achievement_year_;
  std::optional<std::size_t> caption_;  // the last free line: a table's caption
  const Table* table_node_of_ = nullptr;
  bool table_node_pending_ = false;  // this table's indicators need a node of their own
  bool heading_above_ = false;       // a free line opened a node since the last table's header
  std::optional<int> unit_col_;      // a column naming the unit each row is assigned to
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

  bool units_own() const { return profile_.units_own_objectives || unit_col_.has_value(); }

  // A column left of the objective (Struttura responsabile | Cod. |
  // Obiettivo ...) is the units' when one objective is listed under two of
  // its values: the objective is assigned to each unit, with each unit's
  // weight. Under one value each, it is the objective's owner.
  void find_unit_column() {
    unit_col_.reset();
    const auto objective = objective_code_col() ? objective_code_col() : header_.col("objective");
    if (!objective) return;
    const auto& rows = stream_.rows();
    for (int c : header_.cols("owner")) {
      if (c >= *objective) continue;
      std::map<std::string, std::set<std::string>> owners_of;
      std::string owner;
      for (std::size_t r = header_.first_row + static_cast<std::size_t>(header_.rows); r < rows.size() && rows[r].table == table_; ++r) {
        if (const Piece* p = cell_at(rows[r], c)) owner = join_wrapped(p->text);
        // Only where the objective is printed: a total row below it names none.
        const Piece* printed = cell_at(rows[r], objective);
        if (printed && !owner.empty()) owners_of[join_wrapped(printed->text)].insert(owner);
      }
      for (const auto& [k, set] : owners_of) {
        if (set.size() < 2) continue;
        unit_col_ = c;
        header_.columns[static_cast<std::size_t>(c)].why += "; the units' (one objective under several)";
        return;
      }
    }
  }

  // The rows of the table under the header: to the next table or the next
  // header inside this one (a form printing one table per section, each
  // with its header), past the free lines printed between its rows (a
  // wrapped cell's tail, a footer).
  std::vector<const Row*> body_rows() const {
    std::vector<const Row*> out;
    const auto& rows = stream_.rows();
    for (std::size_t r = header_.first_row + static_cast<std::size_t>(header_.rows); r < rows.size(); ++r) {
      if (rows[r].is_line()) continue;
      if (rows[r].table != table_) break;
      if (match_header(stream_, r, profile_).valid()) break;
      out.push_back(&rows[r]);
    }
    return out;
  }

  // What the header leaves open and the table's rows decide (row codes,
  // whose code and weight, reached values, the units' column). Each
  // decision scans the table below the header: a header printed again on
  // every page of the same table takes the decisions made the first time,
  // so a long table is scanned once, not once per page.
  void decide_from_rows() {
    std::string signature;
    for (const auto& c : header_.columns) signature += c.role + (c.year ? std::to_string(*c.year) : "") + "|";
    if (decided_.table == table_ && decided_.signature == signature && decided_.columns.size() == header_.columns.size()) {
      for (std::size_t c = 0; c < header_.columns.size(); ++c) {
        header_.columns[c].role = decided_.columns[c].role;
        header_.columns[c].of = decided_.columns[c].of;
        header_.columns[c].year = decided_.columns[c].year;
        header_.columns[c].why = decided_.columns[c].why;
      }
      unit_col_ = decided_.unit_col;
      return;
    }
    body_ = body_rows();
    find_matrix_columns();
    find_numbering_column();
    decide_code_column();
    decide_weight_column();
    decide_reached_values();
    find_unit_column();
    decided_ = {table_, signature, header_.columns, unit_col_};
  }

  // An assignment matrix: two or more columns named for managers or units
  // (Dirigente Area Tecnica | Responsabile Utenza), right of the
  // objectives, whose cells hold only numbers, percentages or "-": the
  // weight each objective has for each of them.
  void find_matrix_columns() {
    std::optional<int> text;
    for (const char* role : {"objective", "text", "name"})
      if (const auto c = header_.col(role); c && (!text || *c < *text)) text = c;
    if (!text) return;
    std::vector<int> columns;
    for (int c : header_.cols("owner")) {
      if (c <= *text) continue;
      bool numbers = true;
      std::size_t filled = 0;
      for (const Row* row : body_) {
        const Piece* p = cell_at(*row, c);
        if (!p || p->col_span > 1) continue;
        const std::string v = trim_copy(join_value(p->text));
        if (v == "-" || v == "\xE2\x80\x93") continue;
        ++filled;
        if (!parse_number(v).value) numbers = false;
      }
      if (numbers && filled > 0) columns.push_back(c);
    }
    if (columns.size() < 2) columns = named_weight_columns();
    if (columns.size() < 2) return;
    for (int c : columns) {
      ColumnRole& r = header_.columns[static_cast<std::size_t>(c)];
      r.role = "unit_weight";
      r.why += "; a manager's column of weights (an assignment matrix)";
    }
    // A weight the header says is calculated, printed once per objective
    // beside the managers' columns, is no weight of the indicators: a note.
    for (int c : header_.cols("weight"))
      if (says_any(header_.columns[static_cast<std::size_t>(c)].header, profile_.computed_weight_words)) {
        header_.columns[static_cast<std::size_t>(c)].role = "notes";
        header_.columns[static_cast<std::size_t>(c)].why += "; a calculated weight beside an assignment matrix: a note";
      }
  }

  // Weight columns a two-row header names for two or more units or
  // managers ("Peso effettivo" over "Settore 1 | Settore 2", "Direttore |
  // Dirigente" over "calcolato | effettivo" each): an assignment matrix.
  std::vector<int> named_weight_columns() const {
    std::vector<int> columns;
    std::set<std::string> names;
    for (int c : header_.cols("weight")) {
      const std::string& named = header_.columns[static_cast<std::size_t>(c)].named;
      // A manager or a unit is named in words ("Direttore Generale",
      // "Settore 2 – Finanze"); "OS | OO" under "Peso" are levels' codes.
      std::istringstream in(fold(named));
      int words = 0;
      for (std::string w; in >> w;) words += std::isalpha(static_cast<unsigned char>(w[0])) && w.size() >= 2 ? 1 : 0;
      if (words < 2) continue;
      columns.push_back(c);
      names.insert(named);
    }
    return names.size() >= 2 ? columns : std::vector<int>{};
  }

  static bool says_any(const std::string& printed, const std::vector<std::string>& list) {
    std::istringstream in(fold(printed));
    for (std::string w; in >> w;)
      if (std::find(list.begin(), list.end(), w) != list.end()) return true;
    return false;
  }

  // One row of an assignment matrix: each manager's weight for the
  // objective of the row (printed on it, or on the row above when its cells
  // span both). A label "Peso ... calcolato" / "... effettivo" (on the row
  // or as a band) says which: the effective weight is the node's weight,
  // the calculated one a note. One node per objective and manager, with
  // the manager as its unit.
  void read_matrix_cells(const Row& row) {
    for (auto id : row.pieces) {
      if (!stream_.is_free(id)) continue;
      const Piece& p = stream_.piece(id);
      const ColumnRole* r = role_of(p.col);
      if (r && r->role == "unit_weight" && p.col_span == 1) continue;
      // A weight's label ("Peso ponderale effettivo"): which weight the row holds.
      std::optional<int> ordinal;
      const std::string words = label_words(p.text, ordinal);
      if (match_phrase(words, profile_).role != "weight") continue;
      const auto says = [&](const std::vector<std::string>& list) {
        std::istringstream in(words);
        for (std::string w; in >> w;)
          if (std::find(list.begin(), list.end(), w) != list.end()) return true;
        return false;
      };
      const bool effective = says(profile_.effective_weight_words);
      if (!effective && !says(profile_.computed_weight_words)) continue;
      matrix_section_ = join_printed(p.text);
      matrix_effective_ = effective;
      stream_.mark_label(id);
    }
    if (const Piece* code = cell_at(row, header_.cols("code").empty() ? std::nullopt : std::optional<int>(header_.cols("code").front())))
      matrix_objective_code_ = printed_code(*code);
    if (const Piece* title = cell_at(row, header_.col("objective")); title && title->col_span == 1) {
      matrix_objective_title_ = join_printed(title->text);
      matrix_objective_source_ = title->source;
    }
    if (matrix_objective_title_.empty() && matrix_objective_code_.empty()) return;
    for (int c : header_.cols("unit_weight")) {
      const Piece* p = cell_at(row, c);
      if (!p) continue;
      const std::string value = trim_copy(join_value(p->text));
      // "-": the manager has no share of the objective (no node, nothing left to read).
      if (is_dash(value)) {
        stream_.mark_label(index_of(p));
        continue;
      }
      if (!parse_number(value).value) continue;
      const ColumnRole& column = header_.columns[static_cast<std::size_t>(c)];
      const std::string manager = column.named.empty() ? column.header : column.named;
      // The column's own header may say which weight it holds.
      const bool column_computed = !column.named.empty() && says_any(column.header, profile_.computed_weight_words);
      const std::string key = manager + "\n" + matrix_objective_code_ + "\n" + matrix_objective_title_;
      auto it = matrix_nodes_.find(key);
      if (it == matrix_nodes_.end()) {
        Node node;
        node.code = matrix_objective_code_;
        node.title = matrix_objective_title_;
        node.level = "operational";
        // The manager is the unit the objective is assigned to (no owner
        // besides: the unit says whose it is).
        node.unit = manager;
        node.source = matrix_objective_source_ ? *matrix_objective_source_ : Source(p->source);
        const std::string path_key = slugify(manager) + "/" + (node.code.empty() ? slugify(node.title) : node.code);
        it = matrix_nodes_.emplace(key, filler_.add_node(std::move(node), path_key)).first;
      }
      Node* node = filler_.node(it->second);
      if (!node) continue;
      if (column_computed) node->notes.push_back(text_without(column.header, {manager}) + ": " + value);
      else if (matrix_section_.empty() || matrix_effective_) node->weight = filler_.number(value, *p);
      else node->notes.push_back(matrix_section_ + ": " + value);
      take(p);
    }
  }

  // An undated baseline ("Valore raggiunto", read as the value before the
  // plan) beside an achievement column the rows fill is what the achievement
  // measures: the result of the first target year (a report on that year).
  void decide_reached_values() {
    const auto achievement = header_.col("achievement");
    if (!achievement || header_.col("results")) return;
    std::optional<int> first_target;
    for (const auto& c : header_.columns)
      if (c.role == "targets" && c.year) first_target = std::min(first_target.value_or(9999), *c.year);
    if (!first_target) return;
    const auto& rows = body_;
    const bool achieved = std::any_of(rows.begin(), rows.end(), [&](const Row* r) { return cell_at(*r, *achievement) != nullptr; });
    if (!achieved) return;
    for (auto& c : header_.columns) {
      if (c.role != "baselines" || !c.year_assumed) continue;
      c.role = "results";
      c.year = *first_target;
      c.why += "; beside a filled achievement: the result of " + std::to_string(*first_target);
    }
  }

  // A weight column right of the indicators whose cell is merged down over
  // each objective's rows (one weight per objective, some objectives with
  // several indicators) weighs the objectives, not the indicators.
  void decide_weight_column() {
    const auto objective = header_.col("objective");
    const auto weight = header_.col("weight");
    if (!objective || !weight || !header_.columns[static_cast<std::size_t>(*weight)].of.empty()) return;
    std::map<std::string, std::pair<int, int>> rows_and_weights;  // objective text -> rows, weights
    std::string key;
    for (const Row* row : body_) {
      if (const Piece* p = cell_at(*row, objective)) key = p->col_span == 1 ? join_wrapped(p->text) : std::string();
      if (key.empty()) continue;  // before the first objective, or a band across the table
      auto& [rows, weights] = rows_and_weights[key];
      ++rows;
      if (cell_at(*row, *weight)) ++weights;
    }
    bool several_rows = false;
    for (const auto& [text, counts] : rows_and_weights) {
      if (counts.second > 1) return;
      several_rows = several_rows || counts.first > 1;
    }
    if (!several_rows) return;
    ColumnRole& role = header_.columns[static_cast<std::size_t>(*weight)];
    role.of = "objective";
    role.why += "; the objective's (one weight over each objective's rows)";
  }

  // A numbering ("17.", "1.2") or one led by letters ("A.1", "OB.2", "B3").
  static bool is_row_code(const std::string& text) {
    static const std::regex lettered(R"(^\s*[A-Z]{1,3}[._]?\d{1,2}(?:[._]\d{1,2}){0,3}\.?\s*$)");
    return is_numbering_cell(text) || std::regex_match(text, lettered);
  }

  // A column whose header names nothing ("N.", "#", blank), left of the
  // text, whose every cell is a distinct numbering (17. | 18. | 19.): the
  // rows' codes.
  void find_numbering_column() {
    if (!header_.cols("code").empty()) return;
    std::optional<int> first_text;
    for (const char* role : {"objective", "text", "name", "description"})
      if (const auto c = header_.col(role); c && (!first_text || *c < *first_text)) first_text = c;
    if (!first_text) return;
    for (int c = 0; c < *first_text; ++c) {
      ColumnRole& role = header_.columns[static_cast<std::size_t>(c)];
      if (!role.role.empty()) continue;
      std::set<std::string> seen;
      bool all_numbering = true;
      std::size_t filled = 0;
      for (const Row* row : body_) {
        const Piece* p = cell_at(*row, c);
        // A band across the table or a total row is no row of the list.
        if (!p || p->col_span > 1 || is_total(*p)) continue;
        ++filled;
        if (!is_row_code(p->text) || !seen.insert(trim_copy(p->text)).second) all_numbering = false;
      }
      if (!all_numbering || filled < 2) continue;
      role.role = "code";
      role.score = 0.6;
      role.why = "every cell a distinct numbering: the rows' codes";
      return;
    }
  }

  // One code column left of the objective column, indicators named right
  // of it: the objective's code when each objective prints one code (on
  // its first row, or repeated), the indicators' when an objective's rows
  // print several (R1.1.a, R1.1.b).
  void decide_code_column() {
    const auto objective = header_.col("objective");
    const auto name = header_.col("name");
    const auto codes = header_.cols("code");
    if (!objective || !name || *name < *objective || codes.size() != 1 || codes.front() > *objective) return;
    ColumnRole& role = header_.columns[static_cast<std::size_t>(codes.front())];
    if (!role.of.empty()) return;
    std::map<std::string, std::set<std::string>> codes_of;
    std::string key;
    for (const Row* row : body_) {
      if (const Piece* p = cell_at(*row, objective)) key = join_wrapped(p->text);
      if (const Piece* p = cell_at(*row, codes.front()); p && !key.empty()) codes_of[key].insert(trim_copy(p->text));
    }
    if (codes_of.empty()) return;
    for (const auto& [objective_text, set] : codes_of)
      if (set.size() > 1) return;
    role.of = "objective";
    role.why += "; the objective's (one code per objective)";
  }

  // The unit a row is assigned to, from the unit column: a new value opens
  // (or reopens) its unit.
  void read_unit_cell(const Row& row) {
    const Piece* p = cell_at(row, unit_col_);
    if (!p) return;
    if (units_.empty() || units_.back().title != join_printed(p->text)) open_unit(*p, 1, std::nullopt);
    take(p);
  }
  int tables_with_nodes_ = 0;
  const std::map<std::size_t, std::string>& anchors_;

  // A node another reader opened at this row (an objective's record above
  // its indicator table): what follows measures it.
  void open_anchor(const std::string& node_id) {
    const Node* node = filler_.node(node_id);
    if (!node) return;
    units_.clear();
    last_objective_.clear();
    path_.assign(1, OpenNode{node_id, node->code, node->level});
  }

  // ---- the document's period, for "primo anno" columns ----
  void find_period() {
    period_start_ = period_start(stream_);
    if (period_start_) return;
    // No period: a title naming one year ("Relazione sulla performance
    // 2025") is the year of columns that print none ("Target %").
    std::set<int> title_years;
    int lines = 0;
    for (const auto& row : stream_.rows()) {
      if (!row.is_line()) {
        if (row.table) break;  // the title is above the first table
        continue;
      }
      if (++lines > 5) break;
      for (int y : years_in(normalize_text(stream_.piece(row.pieces.front()).text))) title_years.insert(y);
    }
    if (title_years.size() == 1) title_year_ = *title_years.begin();
  }

  // ---- headers ----
  bool useful(const HeaderMatch& h) const {
    // A header the reader can use names a text column and something measured.
    bool text = false, measured = false;
    for (const auto& c : h.columns) {
      if (c.role == "name" || c.role == "text" || c.role == "objective" || c.role == "description") text = true;
      if (c.is_series() || c.role == "values" || c.role == "weight" || c.role == "achievement" || c.role == "formula" ||
          c.role == "unit" || c.role == "code" || c.role == "resources" || c.role == "owner")
        measured = true;
    }
    // A tree in columns, or text in the first column left unnamed (a title cell).
    const bool title_text = h.title_piece.has_value() || (!h.columns.empty() && h.columns.front().role.empty());
    return measured && (text || title_text);
  }

  // Whether a row under header `h` (to the next header or table) prints
  // text in column `col`.
  bool filled_below(const HeaderMatch& h, int col) const {
    const auto& rows = stream_.rows();
    const Table* table = rows[h.first_row].table;
    for (std::size_t r = h.first_row + static_cast<std::size_t>(h.rows); r < rows.size(); ++r) {
      if (rows[r].is_line()) continue;
      if (rows[r].table != table || match_header(stream_, r, profile_).valid()) break;
      if (const Piece* p = stream_.at(rows[r], col); p && p->col_span == 1 && !trim_copy(p->text).empty()) return true;
    }
    return false;
  }

  void adopt_header(HeaderMatch fresh) {
    const auto& rows = stream_.rows();
    // A header printed again further down a table (one per section) that
    // leaves a column unnamed keeps that column's role from the header
    // above it, when its rows fill that column (a section whose rows leave
    // it empty has no such column: behaviours with points, no indicators).
    if (header_.valid() && header_.columns.size() == fresh.columns.size()) {
      for (std::size_t c = 0; c < fresh.columns.size(); ++c) {
        if (!fresh.columns[c].role.empty() || !fresh.columns[c].header.empty() || header_.columns[c].role.empty()) continue;
        if (!filled_below(fresh, static_cast<int>(c))) continue;
        fresh.columns[c] = header_.columns[c];
        fresh.columns[c].why += "; unnamed here, kept from the header above";
      }
    }
    // Years for "primo anno" columns and "Valore 2024" columns.
    std::optional<int> first_target;
    for (auto& c : fresh.columns) {
      if (c.ordinal && !c.year && period_start_) c.year = *period_start_ + *c.ordinal - 1;
      if ((c.role == "targets" || c.role == "results") && !c.year && !c.ordinal && title_year_) {
        c.year = title_year_;
        c.why += "; year from the title";
      }
      if (c.role == "targets" && c.year) first_target = std::min(first_target.value_or(9999), *c.year);
    }
    for (auto& c : fresh.columns) {
      // A baseline printed without a year in a plan is the value reached
      // before the plan's first year.
      if (c.role == "baselines" && !c.year && first_target) {
        c.year = *first_target - 1;
        c.year_assumed = true;
        c.why += "; undated: the year before the first target";
      }
      if (c.role != "values") continue;
      c.role = c.year && first_target && *c.year < *first_target ? "baselines" : first_target ? "results" : "baselines";
      c.why += "; a value column read as " + c.role;
    }
    // A table with a text column but nothing an indicator has (no name, no
    // formula, unit, type or values by year): Codice | Descrizione | % di
    // realizzazione lists objectives, and the text column names them.
    const bool indicator_columns = std::any_of(fresh.columns.begin(), fresh.columns.end(), [](const ColumnRole& c) {
      return c.is_series() || c.role == "name" || c.role == "formula" || c.role == "unit" || c.role == "type" ||
             c.role == "values" || c.role == "objective";
    });
    if (!indicator_columns) {
      for (auto& c : fresh.columns) {
        if (c.role != "description" && c.role != "text") continue;
        c.role = "objective";
        c.level = profile_.objective_level;
        c.why += "; names the objectives (no indicator column)";
        break;
      }
    }
    std::set<int> series_years;
    for (const auto& c : fresh.columns) {
      if ((c.role == "targets" || c.role == "results") && c.year) series_years.insert(*c.year);
    }
    // "Fascia | Punteggio | Risultato 2024": a target column without a year
    // beside series of one year only is that year's.
    if (series_years.size() == 1) {
      for (auto& c : fresh.columns) {
        if ((c.role != "targets" && c.role != "results") || c.year || c.ordinal) continue;
        c.year = *series_years.begin();
        c.why += "; the year of the other series";
      }
    }
    achievement_year_ = series_years.size() == 1 ? std::optional<int>(*series_years.begin()) : std::nullopt;
    // A report printing only achievements: the year its title names.
    if (!achievement_year_ && series_years.empty() && title_year_ && fresh.col("achievement")) {
      achievement_year_ = title_year_;
      years_.insert(*title_year_);
    }
    for (int k = 0; k < fresh.rows; ++k) stream_.mark_header_row(rows[fresh.first_row + static_cast<std::size_t>(k)]);
    // Each column's role and cue are the profile's own words.
    filler_.diagnose(Severity::info, "reader.columns",
                     LocalMessage(N_("columns read with profile '{profile}':\n{columns}"))
                         .set("profile", profile_.name)
                         .set("columns", fresh.explain()),
                     stream_.piece(rows[fresh.first_row].pieces.front()).source);
    header_ = std::move(fresh);
    decide_from_rows();
    // An undated achievement beside the results of one year (a reached
    // value the rows made that year's result) measures that result.
    std::set<int> result_years;
    for (const auto& c : header_.columns)
      if (c.role == "results" && c.year) result_years.insert(*c.year);
    if (result_years.size() == 1) achievement_year_ = *result_years.begin();
    if (header_.title_piece) open_title(*header_.title_piece);
    // Opened when the first indicator needs it: a table whose rows open
    // nodes of their own (coded areas) needs none.
    // A heading printed above the table (after the one before) owns it.
    table_node_pending_ = profile_.node_per_table && !header_.col("objective") && table_node_of_ != table_ && !heading_above_;
    heading_above_ = false;
  }

  // One node per table for a flat list: titled by its sheet, or the caption
  // printed above it, or its number.
  void open_table_node() {
    table_node_of_ = table_;
    ++tables_with_nodes_;
    Node node;
    node.level = profile_.section_level;
    if (!table_->sheet.empty()) {
      node.title = table_->sheet;
      node.source.doc = filler_.doc_id();
      node.source.sheet = table_->sheet;
    } else if (caption_ && stream_.is_free(*caption_)) {
      node.title = join_printed(stream_.piece(*caption_).text);
      node.source = stream_.piece(*caption_).source;
      stream_.take(*caption_);
    } else {
      node.title = "Tabella " + std::to_string(tables_with_nodes_);
      node.source = stream_.piece(stream_.rows()[header_.first_row].pieces.front()).source;
    }
    caption_.reset();
    units_.clear();
    path_.clear();
    const std::string key = slugify(node.title.empty() ? std::string("tabella") : node.title);
    open_node(std::move(node), key);
  }

  // A table with no header at all: the profile may say what its columns
  // hold when its rows look like it (a weight in the second column).
  bool guess_header(const Row& row) {
    if (profile_.fallback_columns.empty()) return false;
    const Piece* second = stream_.at(row, 1);
    if (!second || !is_percent_value(second->text)) return false;
    HeaderMatch h;
    h.columns.assign(static_cast<std::size_t>(std::max(row.table->n_cols, 1)), ColumnRole{});
    for (std::size_t c = 0; c < profile_.fallback_columns.size() && c < h.columns.size(); ++c) {
      h.columns[c].role = profile_.fallback_columns[c];
      h.columns[c].why = "no header: the profile's column " + std::to_string(c + 1);
    }
    h.rows = 0;
    h.guessed = true;
    h.first_row = 0;
    header_ = h;
    if (!guessed_) {
      filler_.diagnose(Severity::info, "genre.columns_guessed",
                       LocalMessage(N_("no header row: columns read as the profile's {count} columns (years unknown)"))
                           .set("count", std::to_string(profile_.fallback_columns.size())),
                       second->source);
      guessed_ = true;
    }
    return true;
  }
  bool has_header() const { return !header_.columns.empty(); }

  // ---- placing nodes ----
  static bool code_is_prefix(const std::string& parent, const std::string& child) {
    if (!parent.empty() && child.size() > parent.size() && starts_with(child, parent) &&
        (child[parent.size()] == '.' || child[parent.size()] == '_'))
      return true;
    // "OB.1.1" under area "1": the numbering after a letter prefix extends it.
    const auto digit = child.find_first_of("0123456789");
    if (digit == std::string::npos || digit == 0 || std::isdigit(static_cast<unsigned char>(parent.empty() ? 'x' : parent[0])) == 0)
      return false;
    const std::string numbering = child.substr(digit);
    return numbering.size() > parent.size() && starts_with(numbering, parent) && numbering[parent.size()] == '.';
  }

  std::string level_of_code(const std::string& code) const {
    if (auto level = prefix_level(code)) return *level;
    const int depth = code_depth(code);
    auto it = profile_.code_levels.find(depth);
    return it == profile_.code_levels.end() ? std::string("action") : it->second;
  }

  std::string unit_path() const {
    if (!units_own() || units_.empty()) return {};
    return units_.back().id.substr(filler_.doc_id().size() + 1) + "/";
  }

  // Opens a node: a numbered objective goes under the open node whose code
  // is its prefix, else under the innermost section, else under the unit.
  static int level_rank(const std::string& level) {
    static const std::vector<std::string> order = {"perspective", "area", "strategic", "operational", "action"};
    const auto it = std::find(order.begin(), order.end(), level);
    return it == order.end() ? static_cast<int>(order.size()) : static_cast<int>(it - order.begin());
  }

  // `by_level`: the row named its level, so it closes every open node of
  // its level or below and nests under the one above, whatever its code.
  std::string open_node(Node node, const std::string& path_key, bool by_level = false) {
    table_node_pending_ = false;
    if (node.mission.empty() && !mission_.first.empty()) {
      node.mission = mission_.first;
      node.mission_title = mission_.second;
    }
    if (node.programme.empty() && !programme_.first.empty()) {
      node.programme = programme_.first;
      node.programme_title = programme_.second;
    }
    std::string parent;
    if (by_level) {
      while (!path_.empty() && level_rank(path_.back().level) >= level_rank(node.level)) path_.pop_back();
    } else if (!node.code.empty()) {
      std::size_t keep = 0;
      bool found = false;
      for (std::size_t i = path_.size(); i-- > 0;) {
        if (code_is_prefix(path_[i].code, node.code)) {
          keep = i + 1;
          found = true;
          break;
        }
      }
      // Printed right under an objective one level up whose code it does
      // not extend (1.2.3 under 2.1): where it is printed is where it belongs.
      const int depth = code_depth(node.code);
      if (!found && node.code.find('.') != std::string::npos) {
        for (std::size_t i = path_.size(); i-- > 0;) {
          if (path_[i].code.empty()) break;
          if (code_depth(path_[i].code) == depth - 1) {
            keep = i + 1;
            found = true;
            break;
          }
        }
      }
      std::string earlier_parent;
      if (!found) {
        // An objective listed again in a later part, without its parent
        // printed above it: the parent is the latest node with its prefix.
        const auto dot = node.code.rfind('.');
        if (dot != std::string::npos) {
          auto it = latest_by_code_.find(unit_path() + node.code.substr(0, dot));
          if (it != latest_by_code_.end()) earlier_parent = it->second;
        }
        // Under the innermost uncoded section above its level (an area
        // coded "C" never nests under an objective).
        for (std::size_t i = path_.size(); i-- > 0;) {
          if (path_[i].code.empty() && level_rank(path_[i].level) < level_rank(node.level)) {
            keep = i + 1;
            found = true;
            break;
          }
        }
      }
      path_.resize(found ? keep : 0);
      if (!earlier_parent.empty()) {
        node.parent = earlier_parent;
        const std::string code = node.code, level = node.level;
        const std::string id = filler_.add_node(std::move(node), unit_path() + path_key);
        latest_by_code_[unit_path() + code] = id;
        path_.push_back({id, code, level});
        return id;
      }
    } else {
      // A section without code closes everything below the last section.
      path_.clear();
    }
    if (!path_.empty()) parent = path_.back().id;
    if (parent.empty() && !units_.empty()) parent = units_.back().id;
    node.parent = parent;
    if (!units_.empty() && node.level != "unit" && units_own()) {
      node.unit = units_.back().title;
      node.owners.push_back(units_.back().title);
    }
    const std::string code = node.code;
    const std::string level = node.level;
    const std::string id = filler_.add_node(std::move(node), unit_path() + path_key);
    if (!code.empty()) latest_by_code_[unit_path() + code] = id;
    path_.push_back({id, code, level});
    return id;
  }

  std::string open_unit(const Piece& p, int rank, std::optional<Number> weight) {
    while (!units_.empty() && units_.back().rank >= rank) units_.pop_back();
    const std::string title = join_printed(p.text);
    const std::string parent = units_.empty() ? std::string() : units_.back().id;
    path_.clear();
    last_objective_.clear();
    // A unit heading printed again (above each of its tables) reopens it.
    if (auto known = unit_nodes_.find(parent + "\n" + title); known != unit_nodes_.end()) {
      Node* node = filler_.node(known->second);
      if (node && weight && !node->weight) node->weight = std::move(weight);
      units_.push_back({known->second, title, rank});
      return known->second;
    }
    Node node;
    node.level = "unit";
    node.title = title;
    node.source = p.source;
    node.weight = std::move(weight);
    node.parent = parent;
    const std::string id = filler_.add_node(std::move(node), slugify(title));
    unit_nodes_[parent + "\n" + title] = id;
    units_.push_back({id, title, rank});
    return id;
  }

  std::optional<int> unit_rank(const std::string& text) const {
    const std::string f = fold(text);
    if (f.size() > 120) return std::nullopt;
    for (const auto& u : profile_.unit_headings) {
      for (const auto& w : u.words) {
        if (f == w || starts_with(f, w + " ")) return u.rank;
      }
    }
    return std::nullopt;
  }

  // A numbered heading or an uncoded band opening a section.
  // "Obiettivo strategico 1.3 - Title": a level named before a numbered
  // heading; the level and the heading.
  std::optional<std::pair<std::string, CodedTitle>> leveled_heading(const std::string& text) const {
    const std::string f = fold(text);
    std::string best_role;
    std::size_t best_words = 0, best_size = 0;
    for (const auto& phrase : profile_.columns) {
      if (phrase.role != "area" && phrase.role != "strategic" && phrase.role != "operational" && phrase.role != "perspective" &&
          phrase.role != "objective")
        continue;
      if (!starts_with(f, phrase.phrase + " ") || phrase.phrase.size() <= best_size) continue;
      best_role = phrase.role;
      best_size = phrase.phrase.size();
      best_words = static_cast<std::size_t>(std::count(phrase.phrase.begin(), phrase.phrase.end(), ' ')) + 1;
    }
    if (best_role.empty()) return std::nullopt;
    std::istringstream words(join_printed(text));
    std::string w, rest;
    for (std::size_t k = 0; words >> w; ++k) {
      if (k >= best_words) rest += (rest.empty() ? "" : " ") + w;
    }
    auto h = parse_numbered_heading(rest);
    // "Obiettivo A – Title", "Area B - Title": a letter numbers it too.
    if (!h) h = lettered_heading(rest);
    // A perspective is named, not numbered: its words are its title.
    if (!h && best_role == "perspective" && !rest.empty()) return std::make_pair(best_role, CodedTitle{"", rest});
    if (!h) return std::nullopt;
    h->title = as_printed(h->title, rest);
    // "Obiettivo" names no level: the profile's objectives' level.
    return std::make_pair(best_role == "objective" ? profile_.objective_level : best_role, *h);
  }

  // The words a leveled heading prints before its code (or its title):
  // "Area strategica" of "Area strategica 2 – Title". The node holds the
  // level they name, not the words: they stay listed as a label.
  static std::string leading_label(const std::string& printed, const std::string& code, const std::string& title) {
    const auto at = code.empty() ? printed.find(title) : printed.find(code);
    if (at == std::string::npos || at == 0) return {};
    return trim_copy(printed.substr(0, at));
  }

  // "A – Title", "B.2 - Title", "OS.1 – Title": a capital letter, maybe
  // numbered, or two or three capitals numbered, then a dash.
  static std::optional<CodedTitle> lettered_heading(const std::string& text) {
    static const std::regex lettered(
        "^([A-Z](?:[.]?[0-9]{1,2}){0,3}|[A-Z]{2,3}[._]?[0-9]{1,2}(?:[.][0-9]{1,2}){0,2})\\s+(?:-|\xE2\x80\x93|\xE2\x80\x94)\\s+(\\S.*)$");
    std::smatch m;
    if (!std::regex_match(text, m, lettered)) return std::nullopt;
    return CodedTitle{m[1].str(), m[2].str()};
  }

  std::string open_heading(const Piece& p, const std::string& uncoded_level) {
    Node node;
    node.source = p.source;
    std::string heading = join_printed(p.text);
    // "A – OBIETTIVI INDIVIDUALI – max 40 punti": the section's weight is
    // the most its objectives may earn.
    if (auto maximum = section_maximum(heading)) {
      stream_.take_leaving(index_of(&p), text_without(heading, {maximum->first, maximum->second}));
      heading = maximum->first;
      node.weight = filler_.number(maximum->second, p);
    } else if (auto weighed = bracketed_weight(heading)) {
      // "Obiettivo 1 — Title — peso 30 punti": the objective's own weight.
      stream_.take_leaving(index_of(&p), text_without(heading, {weighed->first, weighed->second}));
      heading = weighed->first;
      node.weight = filler_.number(weighed->second, p);
    }
    // A heading opened above the next header owns its table.
    heading_above_ = true;
    if (auto h = parse_numbered_heading(heading)) {
      node.code = h->code;
      node.title = as_printed(h->title, heading);
      node.level = level_of_code(h->code);
      return open_node(std::move(node), h->code);
    }
    if (auto lettered = lettered_heading(heading)) {
      // "R – RICERCA E TRASFERIMENTO": a band coded by a letter.
      node.code = lettered->code;
      node.title = lettered->title;
      node.level = level_of_code(node.code);
      return open_node(std::move(node), node.code);
    }
    if (auto lh = leveled_heading(heading)) {
      node.code = lh->second.code;
      node.title = lh->second.title;
      node.level = lh->first;
      stream_.take_leaving(index_of(&p), leading_label(heading, node.code, node.title));
      const std::string path_key = node.code.empty() ? slugify(node.title) : node.code;
      return open_node(std::move(node), path_key);
    }
    if (auto c = parse_code_heading(split_lines(p.text).empty() ? heading : split_lines(p.text).front());
        c && level_of_code(c->code) != "action" && !fold(c->code).empty()) {
      node.code = c->code;
      node.title = as_printed(c->title, heading);
      node.level = level_of_code(c->code);
      return open_node(std::move(node), slugify(c->code));
    }
    node.title = heading;
    node.level = uncoded_level;
    return open_node(std::move(node), slugify(node.title));
  }

  // "Title – max 40 punti", "Title (max 10 punti)", "Title (massimo 40
  // punti)": the title and the maximum as printed ("40 punti").
  static std::optional<std::pair<std::string, std::string>> section_maximum(const std::string& heading) {
    static const std::regex maximum(
        R"(^(.*\S)\s*(?:(?:-|)" "\xE2\x80\x93" R"()\s*|\(\s*)(?:max|massimo|max\.)\s*([0-9][0-9.,]*\s*(?:punti|punto|%))\s*\)?\s*$)",
        std::regex::icase);
    std::smatch m;
    if (!std::regex_match(heading, m, maximum)) return std::nullopt;
    std::string title = m[1].str();
    // The dash before "max" in "Title – max 40 punti" is no part of the title.
    while (!title.empty() && (title.back() == '-' || title.back() == ' ')) title.pop_back();
    if (title.size() >= 3 && title.compare(title.size() - 3, 3, "\xE2\x80\x93") == 0) title.resize(title.size() - 3);
    while (!title.empty() && title.back() == ' ') title.pop_back();
    return std::make_pair(title, m[2].str());
  }

  void open_title(std::size_t piece_id) {
    const Piece& p = stream_.piece(piece_id);
    const std::string text = join_wrapped(p.text);
    if (text.empty()) return;
    if (parse_numbered_heading(p.text)) {
      open_heading(p, profile_.section_level);
    } else if (!profile_.header_title_level.empty()) {
      // The same section title printed over each page's header opens it once.
      const std::string id = filler_.doc_id() + "/" + unit_path() + slugify(join_printed(p.text));
      if (filler_.has_node(id)) {
        path_.clear();
        path_.push_back({id, "", profile_.header_title_level});
      } else {
        open_heading(p, profile_.header_title_level);
      }
    } else {
      return;
    }
    stream_.take(piece_id);
  }

  // ---- free lines ----
  void read_line(const Row& row) { read_free_text(row.pieces.front()); }

  // A table row above any header holding one piece of text (a section
  // title or a form line the layout engine drew into the table's top):
  // read as the free line it is.
  void read_loose_row(const Row& row) {
    std::optional<std::size_t> only;
    for (auto id : row.pieces) {
      if (!stream_.is_free(id) || trim_copy(stream_.piece(id).text).empty()) continue;
      if (only) return;
      only = id;
    }
    if (only) read_free_text(*only);
  }

  void read_free_text(std::size_t id) {
    if (!stream_.is_free(id)) return;
    const Piece& p = stream_.piece(id);
    const std::string text = join_wrapped(p.text);
    if (text.empty()) return;
    // "Area strategica 1 – Title": a level named and numbered is the tree's,
    // even above the first table, and never a unit.
    if (leveled_heading(p.text)) {
      open_heading(p, profile_.section_level);
      stream_.take(id);
      heading_above_ = true;
      return;
    }
    if (auto rank = unit_rank(text)) {
      open_unit(p, *rank, std::nullopt);
      stream_.take(id);
      return;
    }
    if (read_budget_heading(p)) return;
    if (seen_table_ && (parse_numbered_heading(p.text) || leveled_heading(p.text))) {
      open_heading(p, profile_.section_level);
      stream_.take(id);
      heading_above_ = true;
      return;
    }
    // The body's name alone is not the document's title.
    const bool only_the_body = find_organisation(p.text).size() + 2 >= text.size() && !find_organisation(p.text).empty();
    if (!seen_table_ && filler_.document().title.empty() && !only_the_body) {
      filler_.document().title = join_printed(p.text);
      stream_.take(id);
      return;
    }
    // Nor is it a table's caption.
    if (!only_the_body) caption_ = id;
  }

  // ---- budget headings ----
  // "MISSIONE 011 - Competitività ...", "Programma: 1 005 - ..." (the
  // budget's numbering before the code): no node, but the mission or
  // programme of the objectives opened after it. A mission closes the
  // programme before it. Which words open which field is the profile's.
  bool read_budget_heading(const Piece& p) {
    static const std::regex heading(R"(^\s*(\S+)\s*[-:]?\s*(?:\d{1,2}\s+)?(\d{1,3})\b\s*[-–:.]?\s*(.*)$)");
    std::smatch m;
    const std::string text = join_wrapped(p.text);
    if (!std::regex_match(text, m, heading)) return false;
    auto field = profile_.budget_headings.find(fold(m[1].str()));
    if (field == profile_.budget_headings.end()) return false;
    const std::string title = as_printed(trim_copy(m[3].str()), join_printed(p.text));
    if (field->second == "mission") {
      mission_ = {m[2].str(), title};
      programme_ = {};
    } else {
      programme_ = {m[2].str(), title};
    }
    // The heading's word ("MISSIONE") names the field, held by no entity: a label.
    stream_.take_leaving(index_of(&p), m[1].str());
    return true;
  }

  // A Missione / Programma cell ("023 Istruzione universitaria"): the
  // budget code and its name, for the objective on the row.
  void read_budget_cell(const Piece& p, const std::string& role, Node& node) {
    static const std::regex coded(R"(^\s*(\d{1,3})\b\s*[-–:.]?\s*(.*)$)");
    const std::string text = join_wrapped(p.text);
    std::smatch m;
    std::string code = text, title;
    if (std::regex_match(text, m, coded)) {
      code = m[1].str();
      title = as_printed(trim_copy(m[2].str()), join_printed(p.text));
    }
    if (role == "mission") {
      node.mission = code;
      node.mission_title = title;
    } else {
      node.programme = code;
      node.programme_title = title;
    }
  }

  // ---- rows the layout split ----
  // A borderless table may give each printed line of a wrapped row a row of
  // its own: the name's second line, the formula's tail. Lines that hold no
  // value and open nothing (no code, no numbered heading, no label, no unit)
  // continue the measured row above them; their text joins its cells.
  // Returns how many rows were joined.
  std::size_t join_wrapped_rows(std::size_t r) {
    const auto& rows = stream_.rows();
    const Row& row = rows[r];
    if (!row_has_values(row)) return 0;
    std::size_t joined = 0;
    bool multi = false;
    for (std::size_t n = r + 1; n < rows.size() && rows[n].table == row.table; ++n) {
      const Row& next = rows[n];
      if (row_has_values(next)) break;
      std::vector<std::size_t> filled;
      for (auto id : next.pieces)
        if (stream_.is_free(id) && !trim_copy(stream_.piece(id).text).empty()) filled.push_back(id);
      if (filled.empty()) break;
      const auto tcol = text_col();
      bool opens = false;
      for (auto id : filled) {
        const Piece& p = stream_.piece(id);
        const auto lines = split_lines(p.text);
        if (p.col == tcol && (parse_numbered_heading(p.text) || (!lines.empty() && parse_code_heading(lines.front())) ||
                              profile_.labels.count(fold(p.text)) || unit_rank(join_wrapped(p.text))))
          opens = true;
        // A total row, in whatever column its words stand, continues nothing.
        if (is_total(p)) opens = true;
        // A code of its own in a code column opens a row (an area "A2").
        const ColumnRole* column = role_of(p.col);
        if (column && column->role == "code") opens = true;
      }
      if (opens) break;
      // A single line continues the row only when it reads as a
      // continuation: lower case, or inside a block already joined.
      if (filled.size() == 1 && !multi) {
        const std::string t = trim_copy(stream_.piece(filled.front()).text);
        const bool lower = !t.empty() && std::islower(static_cast<unsigned char>(t[0]));
        if (!lower) break;
      }
      bool placed = true;
      for (auto id : filled) {
        const auto into = stream_.id_at(row, stream_.piece(id).col);
        if (into < 0 || stream_.piece(static_cast<std::size_t>(into)).col != stream_.piece(id).col) placed = false;
      }
      if (!placed) break;
      for (auto id : filled) stream_.join_below(static_cast<std::size_t>(stream_.id_at(row, stream_.piece(id).col)), id);
      multi = multi || filled.size() >= 2;
      ++joined;
    }
    return joined;
  }

  // True when the row holds a value under a value column (weight, a year).
  bool row_has_values(const Row& row) const {
    for (auto id : row.pieces) {
      if (trim_copy(stream_.piece(id).text).empty()) continue;
      const ColumnRole* r = role_of(stream_.piece(id).col);
      if (r && (is_value_role(r->role))) return true;
    }
    return false;
  }

  // ---- body rows ----
  struct Cells {
    std::vector<std::size_t> ids;  // non-empty, free pieces
  };

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

  // The column holding the row's main text: the text or name column, else
  // the first column without a role (a title column).
  std::optional<int> text_col() const {
    if (auto c = header_.col("text")) return c;
    if (auto c = header_.col("name")) return c;
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      if (header_.columns[c].role.empty()) return static_cast<int>(c);
      if (header_.columns[c].role == "objective" || header_.columns[c].role == "description") return static_cast<int>(c);
    }
    return std::nullopt;
  }

  bool is_value_role(const std::string& role) const {
    return role == "weight" || role == "baselines" || role == "targets" || role == "results" || role == "achievement" ||
           role == "resources";
  }

  void read_row(const Row& row) {
    std::vector<std::size_t> filled;
    for (auto id : row.pieces) {
      if (stream_.is_free(id) && !trim_copy(stream_.piece(id).text).empty()) filled.push_back(id);
    }
    if (filled.empty()) return;
    if (!header_.cols("unit_weight").empty() && !is_total(stream_.piece(filled.front()))) {
      read_matrix_cells(row);
      std::erase_if(filled, [&](std::size_t id) { return !stream_.is_free(id); });
      if (filled.empty()) return;
    }
    if (unit_col_) read_unit_cell(row);
    const auto tcol = text_col();
    const Piece* text = cell_at(row, tcol);
    if (read_label(row, text)) return;
    if (filled.size() == 1 && read_band(row, stream_.piece(filled.front()))) return;
    // A note written in a row of its own (a sentence across the sheet, "Il
    // punteggio ... è la media ..."): no indicator; it stays listed.
    if (filled.size() == 1 && is_sentence(stream_.piece(filled.front()).text)) return;
    if (read_total_row(row, filled)) return;
    if (read_row_level(row, cell_at(row, tcol))) return;
    read_level_columns(row);
    text = cell_at(row, tcol);
    // A total row without an amount the model keeps: no entity (stays listed).
    if ((text && is_total(*text)) || is_total(stream_.piece(filled.front()))) return;
    if (text && read_objective_row(row, *text)) return;
    if (text && read_coded_objective_row(row, *text)) return;
    if (text && read_unit_row(row, *text)) return;
    // An objective column filled where the indicator column is blank: the
    // row is the objective's own (its weight, its achievement).
    if ((objectives_only() || (!text && header_.col("objective"))) && read_objective_record(row)) return;
    read_indicator(row, text);
  }

  // "-", "–", "—": nothing printed on purpose.
  static bool is_dash(const std::string& value) {
    const std::string v = trim_copy(value);
    return v == "-" || v == "\xE2\x80\x93" || v == "\xE2\x80\x94";
  }

  // Running prose: ten words or more ending in a full stop.
  static bool is_sentence(const std::string& printed) {
    const std::string text = trim_copy(join_wrapped(printed));
    if (text.empty() || (text.back() != '.' && text.back() != ';')) return false;
    return std::count(text.begin(), text.end(), ' ') >= 9;
  }

  // A row opened by a total's words ("Totale risorse finanziarie") in any
  // column: no entity. The resources it prints are the document's own
  // total, which the audit checks the objectives' resources against; its
  // other cells stay listed.
  bool read_total_row(const Row& row, const std::vector<std::size_t>& filled) {
    const Piece& first = stream_.piece(filled.front());
    if (!is_total(first)) return false;
    const Piece* amount = first_of(row, "resources", &first);
    if (!amount) return false;
    filler_.document().totals.push_back({join_printed(first.text), "resources", filler_.number(join_value(amount->text), *amount)});
    take(&first);
    take(amount);
    return true;
  }

  bool is_total(const Piece& text) const {
    const std::string f = fold(text.text);
    for (const auto& w : profile_.total_rows) {
      if (f == w || starts_with(f, w + " ")) return true;
    }
    return false;
  }

  // The code column of indicators, and the one of objectives when a table
  // prints both ("Cod. obiettivo" ... "Cod. indicatore").
  std::optional<int> indicator_code_col() const {
    for (int c : header_.cols("code"))
      if (header_.columns[static_cast<std::size_t>(c)].of != "objective") return c;
    return std::nullopt;
  }
  std::optional<int> objective_code_col() const {
    for (int c : header_.cols("code"))
      if (header_.columns[static_cast<std::size_t>(c)].of == "objective") return c;
    return std::nullopt;
  }

  // A table of objectives: an objective column and no indicator column.
  bool objectives_only() const {
    return header_.col("objective") && !header_.col("name") && !header_.col("text");
  }

  // One objective per row (Codice | Obiettivo | Peso | Target 2025 ...):
  // the node with its weight, achievement, resources and owner; targets or
  // results printed for it measure it, so they go to one indicator of the
  // same name under it.
  bool read_objective_record(const Row& row) {
    const Piece* title = cell_at(row, header_.col("objective"));
    if (!title) return false;
    const Piece* code = cell_at(row, header_.col("code"));
    Node node;
    node.level = role_of(title->col)->level.empty() ? "strategic" : role_of(title->col)->level;
    node.title = join_printed(title->text);
    node.source = title->source;
    std::string key = slugify(node.title);
    if (code) {
      node.code = printed_code(*code);
      key = node.code;
      take(code);
    } else if (auto h = parse_numbered_heading(title->text)) {
      node.code = h->code;
      node.title = as_printed(h->title, join_printed(title->text));
      key = h->code;
    } else if (auto lh = leveled_heading(title->text)) {
      // "AMBITO 1 – Title" with its points: the level it names, its code.
      node.code = lh->second.code;
      node.title = lh->second.title;
      node.level = lh->first;
      key = node.code.empty() ? slugify(node.title) : node.code;
      stream_.take_leaving(index_of(title), leading_label(join_printed(title->text), node.code, node.title));
    }
    if (const Piece* d = cell_at(row, header_.col("description"))) {
      node.description = join_printed(d->text);
      take(d);
    }
    const std::string printed = join_wrapped(title->text);
    take(title);
    fill_node_values(row, node, title);
    if (!node.code.empty()) node.level = level_of_code(node.code) == "action" ? node.level : level_of_code(node.code);
    // Objectives listed in a column sit under the open section, not under
    // each other, unless their codes nest.
    if (node.code.empty() && !path_.empty() && path_.back().level == node.level) path_.pop_back();
    const std::string id = open_node(std::move(node), key);
    // The indicators below it (their objective cell blank) measure it.
    objective_nodes_[objective_key(printed)] = id;
    last_objective_ = printed;
    bool measured = false;
    for (std::size_t c = 0; c < header_.columns.size(); ++c)
      measured = measured || (header_.columns[c].is_series() && cell_at(row, static_cast<int>(c)));
    if (measured) read_indicator(row, nullptr, id);
    return true;
  }

  // "Indicatori" / "Obiettivi operativi" with a share of the open objective.
  bool read_label(const Row& row, const Piece* text) {
    if (!text) return false;
    const auto it = profile_.labels.find(fold(text->text));
    if (it == profile_.labels.end()) return false;
    take(text);
    Node* open = path_.empty() ? nullptr : filler_.node(path_.back().id);
    for (auto id : row.pieces) {
      if (!stream_.is_free(id)) continue;
      const Piece& p = stream_.piece(id);
      if (!is_percent_value(join_value(p.text))) continue;
      if (open) {
        (it->second == "indicators_share" ? open->indicators_share : open->operational_share) =
            filler_.number(join_value(p.text), p);
        stream_.take(id);
      }
      break;
    }
    return true;
  }

  // A row holding one piece of text: a heading (unit, numbered objective,
  // or a band across the table opening a section).
  bool read_band(const Row& row, const Piece& p) {
    const std::size_t id = index_of(&p);
    const std::string text = join_wrapped(p.text);
    const ColumnRole* role = role_of(p.col);
    if (role && is_value_role(role->role)) return false;
    if (read_budget_heading(p)) return true;
    if (leveled_heading(p.text)) {
      open_heading(p, profile_.section_level);
      stream_.take(id);
      return true;
    }
    if (auto rank = unit_rank(text)) {
      open_unit(p, *rank, std::nullopt);
      stream_.take(id);
      return true;
    }
    if (parse_numbered_heading(p.text) || leveled_heading(p.text)) {
      open_heading(p, profile_.section_level);
      stream_.take(id);
      return true;
    }
    const int n_cols = std::max(row.table->n_cols, 1);
    if (p.col_span >= 2 && p.col_span * 2 >= n_cols && !parse_code_heading(p.text)) {
      open_heading(p, profile_.section_level);
      stream_.take(id);
      return true;
    }
    return false;
  }

  // A tree printed row by row with each row's level named in a column
  // (Livello: Area | Obiettivo strategico | Outcome | Indicatore): the
  // level word decides what the row is; the tree nests by level.
  bool read_row_level(const Row& row, const Piece* text) {
    const Piece* cell = cell_at(row, header_.col("row_level"));
    if (!cell) return false;
    const auto level = row_level_of(cell->text);
    if (!level) return false;
    // The level word is read into the node's level, not kept as text: the
    // cell stays listed as a label.
    stream_.mark_label(index_of(cell));
    if (*level == "indicator") {
      read_indicator(row, text);
      return true;
    }
    const Piece* code = cell_at(row, header_.col("code"));
    if (!text && !code) return true;
    Node node;
    node.level = *level;
    if (code) node.code = printed_code(*code);
    if (text) node.title = join_printed(text->text);
    node.source = text ? text->source : code->source;
    if (code) take(code);
    if (text) take(text);
    fill_node_values(row, node, text);
    const std::string path_key = node.code.empty() ? slugify(node.title) : node.code;
    open_node(std::move(node), path_key, /*by_level=*/true);
    return true;
  }

  // The level a row_level cell names: the profile's longest phrase its
  // words start with ("Obiettivo strategico n. 2" -> strategic).
  std::optional<std::string> row_level_of(const std::string& printed) const {
    const std::string f = fold(printed);
    std::optional<std::string> best;
    std::size_t best_size = 0;
    for (const auto& [words, level] : profile_.row_levels) {
      if ((f == words || starts_with(f, words + " ")) && words.size() > best_size) {
        best = level;
        best_size = words.size();
      }
    }
    return best;
  }

  // A tree printed in columns (Area | Obiettivo strategico | Obiettivo
  // operativo | indicators...): each level column opens its node in the
  // row where its (merged) cell starts; a cell continued after a page break
  // adds to its node's title.
  void read_level_columns(const Row& row) {
    std::string previous_level_id;
    for (const auto& level : profile_.level_columns) {
      const auto col = header_.col(level);
      if (!col) continue;
      const auto id = stream_.id_at(row, *col);
      if (id < 0 || !stream_.is_free(static_cast<std::size_t>(id))) {
        for (const auto& open : path_) {
          if (open.level == level) previous_level_id = open.id;
        }
        continue;
      }
      const Piece& p = stream_.piece(static_cast<std::size_t>(id));
      if (p.col != *col) continue;
      auto lines = split_lines(p.text);
      if (lines.empty()) continue;
      std::optional<InlineWeight> weight;
      for (std::size_t k = lines.size(); k-- > 0;) {
        const std::string tail = join_wrapped(std::vector<std::string>(lines.begin() + static_cast<std::ptrdiff_t>(k), lines.end()));
        if ((weight = inline_weight(tail))) {
          lines.resize(k);
          break;
        }
        if (lines.size() - k >= 3) break;
      }
      const std::string body = join_wrapped(lines);
      const std::string printed = join_printed(lines);
      stream_.take(static_cast<std::size_t>(id));
      // "Indicatori dell'obiettivo strategico": what follows measures the
      // node of the level before.
      bool label = false;
      for (const auto& [word, field] : profile_.labels) {
        if (field == "indicators_share" && starts_with(fold(body), word)) label = true;
      }
      if (label) {
        for (std::size_t i = 0; i < path_.size(); ++i) {
          if (path_[i].id == previous_level_id) path_.resize(i + 1);
        }
        if (Node* owner = filler_.node(previous_level_id); owner && weight && !weight->quota.empty())
          owner->indicators_share = filler_.number(weight->quota, p);
        continue;
      }
      auto heading = parse_numbered_heading(body);
      // "OS 1 – Title", "1a) Title": codes that do not extend the code of
      // the column before; the column says the level, the row the parent.
      const bool by_level = !heading && (heading = coded_level_cell(body));
      if (!heading) {
        // The rest of a merged cell cut by a page break.
        std::string target;
        for (const auto& open : path_) {
          if (open.level == level) target = open.id;
        }
        if (Node* node = filler_.node(target)) {
          if (!body.empty()) node->title = join_printed(node->title + "\n" + printed);
          if (weight && !weight->weight.empty() && !node->weight) node->weight = filler_.number(weight->weight, p);
          previous_level_id = target;
        }
        continue;
      }
      Node node;
      node.code = heading->code;
      node.title = as_printed(heading->title, printed);
      node.level = level;
      node.source = p.source;
      if (weight && !weight->weight.empty()) node.weight = filler_.number(weight->weight, p);
      const std::string nid = open_node(std::move(node), heading->code, by_level);
      if (weight && !weight->quota.empty() && level == "operational") {
        if (Node* parent = filler_.node(filler_.node(nid)->parent); parent && !parent->operational_share)
          parent->operational_share = filler_.number(weight->quota, p);
      }
      previous_level_id = nid;
    }
  }

  // A level column's cell opened by a code of letters and digits: "OS 1 –
  // Title", "OB.2 Title", "1a) Title" (code "1a").
  static std::optional<CodedTitle> coded_level_cell(const std::string& text) {
    static const std::regex coded(
        "^((?:[A-Z]{1,3}[ ._]?)?[0-9]{1,2}[a-z]?(?:[._][0-9]{1,2}[a-z]?)*)\\)?\\s*(?:(?:-|\xE2\x80\x93|\xE2\x80\x94|:)\\s*)?([A-Z\xC3].*)$");
    std::smatch m;
    if (!std::regex_match(text, m, coded)) return std::nullopt;
    return CodedTitle{m[1].str(), m[2].str()};
  }

  // The one filled cell among the columns of `role` (a weight may sit
  // under one of several sub-columns: Area | OS | OO | Ind.).
  const Piece* first_of(const Row& row, const std::string& role, const Piece* except, const std::string& whose = {}) const {
    for (int c : header_.cols(role)) {
      // "objective": columns not said to be an indicator's; "indicator": not an objective's.
      const std::string& of = header_.columns[static_cast<std::size_t>(c)].of;
      if (!whose.empty() && !of.empty() && of != whose) continue;
      const Piece* p = cell_at(row, c);
      if (p && p != except) return p;
    }
    return nullptr;
  }

  // A numbered heading in the text column: an objective with its weight,
  // achievement, resources and owner.
  bool read_objective_row(const Row& row, const Piece& text) {
    auto heading = parse_numbered_heading(text.text);
    std::string level;
    if (heading) {
      level = level_of_code(heading->code);
    } else if (auto lh = leveled_heading(text.text)) {
      // "PROSPETTIVA PROCESSI INTERNI", "Area strategica 2 - ..." with a weight.
      heading = lh->second;
      level = lh->first;
      stream_.take_leaving(index_of(&text), leading_label(join_printed(text.text), heading->code, heading->title));
    } else if (auto coded = parse_code_heading(split_lines(text.text).empty() ? text.text : split_lines(text.text).front());
               coded && !row_has_series(row)) {
      // "OS01 - Title": a code that says its level, on a row measuring nothing.
      const auto said = prefix_level(coded->code);
      if (!said) return false;
      level = *said;
      heading = CodedTitle{coded->code, as_printed(coded->title, join_printed(text.text))};
    }
    if (!heading) return false;
    // A numbered text next to a code column is an indicator's name.
    if (const Piece* code = cell_at(row, indicator_code_col()); code && code != &text) return false;
    Node node;
    node.code = heading->code;
    node.title = as_printed(heading->title, join_printed(text.text));
    node.level = level;
    node.source = text.source;
    take(&text);
    fill_node_values(row, node, &text);
    const std::string path_key = heading->code.empty() ? slugify(node.title) : heading->code;
    open_node(std::move(node), path_key);
    return true;
  }

  bool row_has_series(const Row& row) const {
    for (std::size_t c = 0; c < header_.columns.size(); ++c)
      if (header_.columns[c].is_series() && cell_at(row, static_cast<int>(c))) return true;
    return false;
  }

  // The level a code's prefix says ("OS1" -> strategic), if the profile knows it.
  std::optional<std::string> prefix_level(const std::string& code) const {
    const std::string folded = fold(code);
    for (const auto& [prefix, level] : profile_.code_prefix_levels)
      if (starts_with(folded, prefix) && folded.size() > prefix.size()) return level;
    return std::nullopt;
  }

  // A code as printed in its cell, without a trailing dot ("04." -> "04").
  static std::string printed_code(const Piece& cell) {
    std::string code = trim_copy(join_wrapped(cell.text));
    if (!code.empty() && code.back() == '.') code.pop_back();
    return code;
  }

  bool next_code_extends(const Row& row, const std::string& code) const {
    const auto& rows = stream_.rows();
    const std::size_t at = static_cast<std::size_t>(&row - rows.data());
    for (std::size_t r = at + 1; r < rows.size() && r <= at + 3; ++r) {
      const Piece* next = cell_at(rows[r], indicator_code_col());
      if (!next) continue;
      const std::string next_code = trim_copy(next->text);
      if (next_code.size() <= code.size() + 1 || !starts_with(next_code, code)) return false;
      const char separator = next_code[code.size()];
      return separator == '.' || separator == '_' || separator == '-';
    }
    return false;
  }

  // A numbering in the code column beside a text that measures nothing
  // (no baseline, target or result on the row): an objective or area of a
  // tree printed in a code column ("1.1 | Governo delle liste | 50% | | |
  // 93,39%"); rows without a code below it are its indicators.
  bool read_coded_objective_row(const Row& row, const Piece& text) {
    if (header_.col("objective")) return false;
    // The objectives' own code column (Ob. | Ind. | ...), else the one code column.
    const Piece* code = cell_at(row, objective_code_col());
    if (!code) code = cell_at(row, indicator_code_col());
    if (!code || code == &text) return false;
    // (A title merged across the value columns measures nothing.)
    for (std::size_t c = 0; c < header_.columns.size(); ++c)
      if (const Piece* v = cell_at(row, static_cast<int>(c)); header_.columns[c].is_series() && v && v != &text) return false;
    // A numbering, a code the next coded row extends (A1 before A1.01), or
    // one whose prefix names an objective (OB.1 over indicators 1.1, 1.2).
    if (!is_numbering_cell(code->text) && !next_code_extends(row, trim_copy(code->text)) && !prefix_level(printed_code(*code)))
      return false;
    Node node;
    node.code = printed_code(*code);
    node.title = join_printed(text.text);
    node.level = level_of_code(node.code);
    node.source = text.source;
    take(&text);
    take(code);
    fill_node_values(row, node, &text);
    const std::string path_key = node.code;
    open_node(std::move(node), path_key);
    return true;
  }

  // Only the columns the header gives to the objective, on a row that also
  // holds an indicator.
  void fill_objective_columns(const Row& row, Node& node, const Piece* except) {
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      const ColumnRole& r = header_.columns[c];
      if (r.of != "objective") continue;
      const Piece* p = cell_at(row, static_cast<int>(c));
      if (!p || p == except) continue;
      if (r.role == "weight" && !node.weight) node.weight = filler_.number(join_value(p->text), *p);
      else if (r.role == "achievement") node.achievement.push_back({r.year ? r.year : achievement_year_, filler_.number(join_value(p->text), *p)});
      else if (r.role == "resources") node.resources.push_back(filler_.number(join_value(p->text), *p));
      else if (r.role == "owner") node.owners.push_back(join_printed(p->text));
      else if (r.role == "mission" || r.role == "programme") read_budget_cell(*p, r.role, node);
      else continue;
      take(p);
    }
  }

  void fill_node_values(const Row& row, Node& node, const Piece* except, const std::string& whose = "objective") {
    if (const Piece* w = first_of(row, "weight", except, whose)) {
      node.weight = filler_.number(join_value(w->text), *w);
      take(w);
    }
    if (const Piece* a = first_of(row, "achievement", except, whose)) {
      const ColumnRole* r = role_of(a->col);
      node.achievement.push_back({r && r->year ? r->year : achievement_year_, filler_.number(join_value(a->text), *a)});
      take(a);
    }
    if (const Piece* res = first_of(row, "resources", except, whose)) {
      node.resources.push_back(filler_.number(join_value(res->text), *res));
      take(res);
    }
    if (const Piece* o = first_of(row, "owner", except, whose)) {
      node.owners.push_back(join_printed(o->text));
      take(o);
    }
  }

  // Under a unit, a row naming a unit (by its first word, or an uncoded row
  // with only a weight when the profile says so) is a sub-unit.
  bool read_unit_row(const Row& row, const Piece& text) {
    // Units are named, not numbered: a row with a code is an objective or
    // an area ("1 | Area della qualità | 98,4%").
    if (const Piece* code = cell_at(row, indicator_code_col()); code && code != &text) return false;
    auto rank = unit_rank(join_wrapped(text.text));
    if (!rank && profile_.weighted_rows_are_units && !units_.empty()) {
      const auto lines = split_lines(text.text);
      const bool coded = !lines.empty() && (parse_code_heading(lines.front()) || is_code_line(lines.front()));
      bool only_weight = true;
      bool has_weight = false;
      for (auto id : row.pieces) {
        if (id == index_of(&text) || !stream_.is_free(id) || trim_copy(stream_.piece(id).text).empty()) continue;
        const ColumnRole* r = role_of(stream_.piece(id).col);
        if (r && r->role == "weight") has_weight = true;
        else only_weight = false;
      }
      if (!coded && has_weight && only_weight) rank = units_.back().rank + 1;
    }
    if (!rank) return false;
    if (read_numbered_unit(row, text)) return true;
    std::optional<Number> weight;
    if (const Piece* w = first_of(row, "weight", &text)) {
      weight = filler_.number(join_value(w->text), *w);
      take(w);
    }
    open_unit(text, *rank, std::move(weight));
    take(&text);
    return true;
  }

  // "SETTORE 1 – AFFARI GENERALI" over objectives coded 1.1, 1.2: a unit
  // numbered like the tree is the tree's first level, an area coded 1 (the
  // unit word stays listed as a label).
  bool read_numbered_unit(const Row& row, const Piece& text) {
    const std::string printed = join_printed(text.text);
    const auto space = printed.find(' ');
    if (space == std::string::npos) return false;
    auto heading = parse_numbered_heading(printed.substr(space + 1));
    if (!heading || heading->code.find('.') != std::string::npos) return false;
    if (!next_code_extends_any(row, heading->code)) return false;
    Node node;
    node.code = heading->code;
    node.title = as_printed(heading->title, printed);
    node.level = profile_.section_level;
    node.source = text.source;
    stream_.take_leaving(index_of(&text), printed.substr(0, space));
    fill_node_values(row, node, &text);
    const std::string path_key = node.code;
    open_node(std::move(node), path_key);
    return true;
  }

  // Whether a code printed in the rows just below (in any code column)
  // extends `code` ("1.1" after "1").
  bool next_code_extends_any(const Row& row, const std::string& code) const {
    const auto& rows = stream_.rows();
    const std::size_t at = static_cast<std::size_t>(&row - rows.data());
    for (std::size_t r = at + 1; r < rows.size() && r <= at + 4; ++r) {
      for (int c : header_.cols("code")) {
        const Piece* next = cell_at(rows[r], c);
        if (!next) continue;
        const std::string next_code = printed_code(*next);
        return next_code.size() > code.size() + 1 && starts_with(next_code, code) &&
               (next_code[code.size()] == '.' || next_code[code.size()] == '_');
      }
    }
    return false;
  }

  // Objectives named in a column are one node per text within a unit.
  std::string objective_key(const std::string& objective_text) const {
    return (units_.empty() ? std::string() : units_.back().id) + "\n" + objective_text;
  }

  // An objective cell opening with a code-shaped word and no dash ("A.1
  // Migliorare ...", "OB2 Ridurre ...", "3a Aprire ..."): in an objective
  // column a leading code is the objective's code.
  static std::optional<CodedTitle> leading_code(const std::string& text) {
    static const std::regex lead(
        R"(^\s*((?:[A-Z]{1,4}[._-]?)?\d{1,3}(?:[._]\d{1,3}){0,3}[a-z]?|[A-Z](?:\.\d{1,3}){1,3}[a-z]?)[.)]?\s+(\S.*)$)");
    std::smatch m;
    if (!std::regex_match(text, m, lead)) return std::nullopt;
    // The title opens with a capital (or an accented letter), not a unit.
    const unsigned char first = static_cast<unsigned char>(m[2].str()[0]);
    if (!std::isupper(first) && first < 0x80) return std::nullopt;
    return CodedTitle{m[1].str(), trim_copy(m[2].str())};
  }

  // The objective named in an objective column: one node per distinct text
  // (under the open unit); a blank cell (merged down) continues the last.
  std::string objective_of(const Row& row) {
    const auto col = header_.col("objective");
    if (!col || col == text_col()) return {};
    const Piece* p = cell_at(row, col);
    const std::string objective = p ? join_wrapped(p->text) : last_objective_;
    if (objective.empty()) return {};
    const std::string key = objective_key(objective);
    auto it = objective_nodes_.find(key);
    if (it == objective_nodes_.end()) {
      Node node;
      node.level = role_of(*col)->level.empty() ? "strategic" : role_of(*col)->level;
      node.source = p ? p->source : stream_.piece(row.pieces.front()).source;
      std::string path_key;
      if (auto h = parse_numbered_heading(objective)) {
        node.code = h->code;
        node.title = p ? as_printed(h->title, join_printed(p->text)) : h->title;
        path_key = h->code;
      } else if (auto c = parse_code_heading(objective)) {
        node.code = c->code;
        // A code that says its level ("OS1", "OO_2.1") outranks the column's.
        if (auto level = prefix_level(c->code)) node.level = *level;
        node.title = p ? as_printed(c->title, join_printed(p->text)) : c->title;
        path_key = slugify(c->code);
      } else if (auto lead = leading_code(objective)) {
        node.code = lead->code;
        node.title = p ? as_printed(lead->title, join_printed(p->text)) : lead->title;
        path_key = slugify(lead->code);
      } else {
        node.title = p ? join_printed(p->text) : objective;
        path_key = slugify(objective);
      }
      if (const Piece* code = cell_at(row, objective_code_col()); code && node.code.empty()) {
        node.code = printed_code(*code);
        path_key = node.code;
        take(code);
      }
      // "Title (peso 15 punti)": its weight, printed in its title.
      if (auto bracketed = bracketed_weight(node.title); bracketed && p) {
        // The words around the weight ("(peso", ")") stay listed as a label.
        stream_.take_leaving(index_of(p), text_without(node.title, {bracketed->first, bracketed->second}));
        node.title = bracketed->first;
        node.weight = filler_.number(bracketed->second, *p);
      }
      // Values the header gives to the objective ("Peso ob.") are its own.
      if (p) fill_objective_columns(row, node, p);
      // Objectives listed in a column sit under the open section, not under
      // each other: close the previous objective first.
      if (!path_.empty() && path_.back().level == node.level) path_.pop_back();
      it = objective_nodes_.emplace(key, open_node(std::move(node), path_key)).first;
    } else {
      // Its code, mission and programme printed again on each of its rows.
      const Node* n = filler_.node(it->second);
      if (const Piece* code = cell_at(row, objective_code_col()); code && n && n->code == printed_code(*code)) take(code);
      for (const std::string budget : {"mission", "programme"}) {
        const Piece* cell = cell_at(row, header_.col(budget));
        if (!cell || !n) continue;
        Node again;
        read_budget_cell(*cell, budget, again);
        if (budget == "mission" ? again.mission == n->mission : again.programme == n->programme) take(cell);
      }
      // Back to a known objective: it is the innermost open node again.
      while (!path_.empty() && path_.back().id != it->second && path_.back().level != profile_.section_level) path_.pop_back();
      if (path_.empty() || path_.back().id != it->second)
        path_.push_back({it->second, n ? n->code : std::string(), n ? n->level : std::string()});
    }
    last_objective_ = objective;
    if (p) take(p);
    return it->second;
  }

  // An indicator row: who it is (code, name, description), what it
  // measures (formula, type, unit, owner, weight), its values by year, its
  // notes; then the unit decided once, and the node it measures.
  void read_indicator(const Row& row, const Piece* text, const std::string& measured_node = {}) {
    const Piece* code_cell = measured_node.empty() ? cell_at(row, indicator_code_col()) : nullptr;
    // A separate table listing indicators by the code of an objective read
    // above (Cod. OB.1 | Indicatore | Target): the code names the
    // objective the indicator measures, not the indicator.
    if (code_cell && text && text != code_cell && !header_.col("objective")) {
      const auto known = latest_by_code_.find(unit_path() + printed_code(*code_cell));
      if (known != latest_by_code_.end()) {
        take(code_cell);
        code_cell = nullptr;
        coded_node_ = known->second;
      }
    }
    const Piece* name_cell = text;
    const Piece* description_cell = cell_at(row, header_.col("description"));
    if (description_cell == name_cell) description_cell = nullptr;
    if (!name_cell && description_cell) std::swap(name_cell, description_cell);
    if (!name_cell && !code_cell && measured_node.empty()) return;
    const bool embedded_code = name_cell && !split_lines(name_cell->text).empty() &&
                               parse_code_heading(split_lines(name_cell->text).front());
    // Something measured or coded: a row of text alone is no indicator.
    if (!is_measured(row, code_cell) && !embedded_code && measured_node.empty()) return;

    Indicator ind;
    const std::string objective = measured_node.empty() ? objective_of(row) : measured_node;
    const Piece& anchor = name_cell ? *name_cell : code_cell ? *code_cell : stream_.piece(row.pieces.front());
    ind.source = anchor.source;
    if (const Node* measured_objective = measured_node.empty() ? nullptr : filler_.node(measured_node)) {
      // The objective measured by its own targets.
      ind.source = measured_objective->source;
      ind.name = measured_objective->title;
      ind.code = measured_objective->code;
    }
    read_identity(ind, name_cell, code_cell, description_cell);
    read_formulas(row, ind);
    std::optional<std::string> printed_unit;
    read_descriptors(row, ind, printed_unit);
    const bool percent_header = read_values(row, ind, anchor);
    read_relative_targets(ind);
    read_notes(row, ind);
    // The unit, decided once: printed in its column, else said by the
    // header ("Target %"), else what the values print.
    if (printed_unit) ind.unit = printed_unit;
    else if (percent_header) ind.unit = "%";
    else ind.unit = unit_of_values({&ind.targets, &ind.baselines, &ind.results});

    if (table_node_pending_ && objective.empty() && coded_node_.empty()) open_table_node();
    std::string node_id = !coded_node_.empty() ? coded_node_ : objective.empty() ? (path_.empty() ? std::string() : path_.back().id) : objective;
    coded_node_.clear();
    if (node_id.empty() && !units_.empty()) node_id = units_.back().id;
    ind.node = node_id;
    if (!units_.empty() && units_own()) ind.owners.push_back(units_.back().title);
    const std::string node_path = node_id.empty() ? std::string("_") : node_id.substr(filler_.doc_id().size() + 1);
    const std::string leaf = ind.code.empty() ? slugify(ind.name) : ind.code;
    filler_.add_indicator(std::move(ind), node_path + "/" + leaf);
  }

  bool is_measured(const Row& row, const Piece* code_cell) const {
    if (code_cell) return true;
    for (auto id : row.pieces) {
      if (!stream_.is_free(id) || trim_copy(stream_.piece(id).text).empty()) continue;
      const ColumnRole* r = role_of(stream_.piece(id).col);
      if (r && (is_value_role(r->role) || r->role == "formula" || r->role == "unit" || r->role == "code")) return true;
    }
    return false;
  }

  // Code, name and description: from their columns, or "CODE - Name" and
  // the description on the next lines of one cell, or a code alone on the
  // first line.
  void read_identity(Indicator& ind, const Piece* name_cell, const Piece* code_cell, const Piece* description_cell) {
    if (name_cell) {
      std::vector<std::string> lines = split_lines(name_cell->text);
      const bool embedded_code = !lines.empty() && parse_code_heading(lines.front());
      const bool code_alone = !code_cell && lines.size() >= 2 && !embedded_code && is_code_line(lines.front());
      if (code_alone) lines[0] += " -";
      if (!code_cell && (embedded_code || code_alone)) {
        const NameDescription nd = code_alone ? NameDescription{join_wrapped(lines), std::string()} : split_name_description(lines);
        if (auto coded = parse_code_heading(nd.name)) {
          ind.code = coded->code;
          ind.name = as_printed(coded->title, join_printed(name_cell->text));
          ind.description = as_printed(nd.description, join_printed(name_cell->text));
        }
      }
      if (ind.name.empty()) ind.name = join_printed(name_cell->text);
      take(name_cell);
    }
    if (code_cell) {
      ind.code = trim_copy(join_wrapped(code_cell->text));
      take(code_cell);
      if (!name_cell) ind.name = ind.code;
    }
    if (description_cell) {
      ind.description = join_printed(description_cell->text);
      take(description_cell);
    }
  }

  // The formula in words and over measure codes. Two formula columns
  // (Formula | Algoritmo di calcolo): the one over measure codes is the
  // formula, the other the formula in words.
  void read_formulas(const Row& row, Indicator& ind) {
    if (const Piece* p = cell_at(row, header_.col("formula_text"))) {
      ind.formula_text = join_printed(p->text);
      take(p);
    }
    std::vector<const Piece*> formulas;
    for (int c : header_.cols("formula"))
      if (const Piece* p = cell_at(row, c)) formulas.push_back(p);
    if (formulas.size() >= 2) {
      auto coded_share = [](const Piece* p) {
        int codes = 0, words = 0;
        std::istringstream in(join_wrapped(p->text));
        for (std::string w; in >> w;) {
          if (w.size() == 1 && std::string("/*+-()x").find(w) != std::string::npos) continue;
          ++words;
          if (looks_like_code(w)) ++codes;
        }
        return words == 0 ? 0.0 : static_cast<double>(codes) / words;
      };
      std::stable_sort(formulas.begin(), formulas.end(),
                       [&](const Piece* a, const Piece* b) { return coded_share(a) > coded_share(b); });
      if (ind.formula_text.empty()) {
        ind.formula_text = join_printed(formulas[1]->text);
        take(formulas[1]);
      }
    }
    if (!formulas.empty()) {
      ind.formula = join_wrapped(formulas[0]->text);
      ind.variables = profile_.formula_variables == "codes" ? measure_codes(ind.formula) : formula_variables(ind.formula);
      take(formulas[0]);
    }
  }

  // Type, the unit as printed in its column, owner, weight.
  void read_descriptors(const Row& row, Indicator& ind, std::optional<std::string>& printed_unit) {
    if (const Piece* p = cell_at(row, header_.col("type"))) {
      ind.type = join_printed(p->text);
      take(p);
    }
    if (const Piece* p = cell_at(row, header_.col("unit"))) {
      printed_unit = normalise_unit(join_wrapped(p->text));
      // "Numero" read as "N.": the printed word stays listed as a label.
      if (*printed_unit != join_printed(p->text)) stream_.take_leaving(index_of(p), join_printed(p->text));
      take(p);
    }
    if (const Piece* p = first_of(row, "owner", nullptr, "indicator")) {
      ind.owners.push_back(join_printed(p->text));
      take(p);
    }
    if (const Piece* w = first_of(row, "weight", nullptr, "indicator")) {
      ind.weight = filler_.number(join_value(w->text), *w);
      take(w);
    }
  }

  // Baselines, targets and results by year, and the achievement. Returns
  // whether a header of a value read says its values are percentages.
  bool read_values(const Row& row, Indicator& ind, const Piece& anchor) {
    bool percent_header = false;
    const bool across = read_ladder_across(row, ind);
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      const ColumnRole& r = header_.columns[c];
      if (!r.is_series() || (across && r.role == "targets")) continue;
      const Piece* p = cell_at(row, static_cast<int>(c));
      if (!p) {
        // A blank target cell where a year is due: a missing target, kept
        // so the audit can say so.
        if (r.role == "targets" && r.year) {
          const auto blank = stream_.id_at(row, static_cast<int>(c));
          ind.targets.push_back(filler_.target("", r.year, blank >= 0 ? stream_.piece(static_cast<std::size_t>(blank)) : anchor));
        }
        continue;
      }
      percent_header = percent_header || r.percent;
      // The document's years are those it sets targets or reports results for.
      if (r.role != "baselines" && r.year) years_.insert(*r.year);
      auto& series = r.role == "baselines" ? ind.baselines : r.role == "targets" ? ind.targets : ind.results;
      if (r.role == "targets" && static_cast<int>(c) == scored_target_col()) {
        // A graded target: its bands, each with the score it earns.
        series.push_back(filler_.target(read_ladder(row, static_cast<int>(c)), r.year, *p));
        continue;
      }
      read_series_cell(*p, r.year, series, r.role != "baselines", r.role == "targets");
      take(p);
    }
    // One achievement per year (a year group each: "2024 | Risultato |
    // Target | %"); a second column for the same year stays a note.
    for (int c : header_.cols("achievement")) {
      const ColumnRole& r = header_.columns[static_cast<std::size_t>(c)];
      if (r.of == "objective") continue;
      const Piece* a = cell_at(row, c);
      if (!a) continue;
      const std::optional<int> year = r.year ? r.year : achievement_year_;
      if (std::any_of(ind.achievement.begin(), ind.achievement.end(), [&](const auto& got) { return got.year == year; })) continue;
      // "–" where a result is not in yet: no achievement (the dash stays listed).
      if (is_dash(join_value(a->text))) {
        stream_.mark_label(index_of(a));
        continue;
      }
      ind.achievement.push_back({year, filler_.number(join_value(a->text), *a)});
      take(a);
    }
    return percent_header;
  }

  // The target column a score column (Punteggio) grades: the nearest
  // target column left of it; -1 when the table prints no score.
  // A ladder laid out across the row: two or more target columns of one
  // year, each followed by its score ("Fascia 1 | Punteggio | Fascia 2 |
  // Punteggio"). The pairs, left to right; empty when the table has none.
  std::vector<std::pair<int, int>> ladder_pairs() const {
    std::vector<std::pair<int, int>> pairs;
    for (std::size_t c = 0; c + 1 < header_.columns.size(); ++c)
      if (header_.columns[c].role == "targets" && header_.columns[c + 1].role == "score")
        pairs.emplace_back(static_cast<int>(c), static_cast<int>(c + 1));
    if (pairs.size() < 2) return {};
    for (const auto& [t, sc] : pairs)
      if (header_.columns[static_cast<std::size_t>(t)].year != header_.columns[static_cast<std::size_t>(pairs.front().first)].year) return {};
    return pairs;
  }

  // One graded target from a ladder across the row: each band's value then
  // its score, as the single-cell ladders print them.
  bool read_ladder_across(const Row& row, Indicator& ind) {
    const auto pairs = ladder_pairs();
    if (pairs.empty()) return false;
    std::string text;
    const Piece* first = nullptr;
    for (const auto& [value_col, score_col] : pairs) {
      for (int c : {value_col, score_col}) {
        const Piece* p = cell_at(row, c);
        if (!p) continue;
        if (!first) first = p;
        text += (text.empty() ? "" : " ") + join_value(p->text);
        take(p);
      }
    }
    const auto year = header_.columns[static_cast<std::size_t>(pairs.front().first)].year;
    if (year) years_.insert(*year);
    if (first) ind.targets.push_back(filler_.target(text, year, *first));
    return true;
  }

  int scored_target_col() const {
    if (!ladder_pairs().empty()) return -1;
    const auto score = header_.col("score");
    if (!score) return -1;
    for (int c = *score - 1; c >= 0; --c)
      if (header_.columns[static_cast<std::size_t>(c)].role == "targets") return c;
    return -1;
  }

  // A target graded by a score column: "value score" on this row, then one
  // band per row below that prints only a value and its score (the
  // indicator's cells span those rows): "28 gg 100% 30gg 75% 32 gg 0%".
  std::string read_ladder(const Row& row, int target_col) {
    const int score_col = *header_.col("score");
    std::string text;
    auto add_band = [&](const Row& r) {
      for (int c : {target_col, score_col}) {
        if (const Piece* p = cell_at(r, c)) {
          text += (text.empty() ? "" : " ") + join_value(p->text);
          take(p);
        }
      }
    };
    add_band(row);
    const auto& rows = stream_.rows();
    for (std::size_t at = static_cast<std::size_t>(&row - rows.data()) + 1; at < rows.size(); ++at) {
      const Row& next = rows[at];
      if (next.is_line() || next.table != row.table || !cell_at(next, target_col)) break;
      const bool only_band = std::all_of(next.pieces.begin(), next.pieces.end(), [&](std::size_t id) {
        const Piece& p = stream_.piece(id);
        return !stream_.is_free(id) || trim_copy(p.text).empty() || p.col == target_col || p.col == score_col;
      });
      if (!only_band) break;
      add_band(next);
    }
    return text;
  }

  // Notes, and any other named column as "Header: text" (resources on an
  // indicator row too: the model keeps resources on objectives). Text under
  // no header stays unassigned unless the profile says it is a note.
  void read_notes(const Row& row, Indicator& ind) {
    for (auto id : row.pieces) {
      if (!stream_.is_free(id)) continue;
      const Piece& p = stream_.piece(id);
      const std::string value = join_printed(p.text);
      if (value.empty()) continue;
      const ColumnRole* r = role_of(p.col);
      // The row's level word (Livello) became the row's kind: no note.
      if (r && r->role == "row_level") continue;
      const bool named_column = r && !r->header.empty();
      if (r && r->role == "notes") {
        ind.notes.push_back(value);
      } else if (named_column) {
        ind.notes.push_back(r->header + ": " + value);
      } else if (profile_.unnamed_columns_are_notes) {
        ind.notes.push_back(value);
      } else {
        continue;
      }
      stream_.take(id);
    }
  }

  // One cell of a series: usually one value for the column's year; a cell
  // may print several years ("Anno 2025: >= 90% Anno 2026: >= 95%",
  // "Riduzione del: 2% nel 2026, 4% nel 2027") or the year beside its value
  // ("412 imprese (2024)"): one value per year (year_phrases.hpp).
  void read_series_cell(const Piece& p, std::optional<int> year, std::vector<Target>& into, bool plan_years, bool targets) {
    const YearPhrases phrases = split_by_year(join_value(p.text));
    if (!phrases.rest.empty()) stream_.take_leaving(index_of(&p), phrases.rest);
    for (const auto& phrase : phrases.values) {
      const std::optional<int> y = phrase.year ? phrase.year : year;
      into.push_back(filler_.target(phrase.raw, y, p));
      if (targets && !phrases.lead.empty()) leads_[into.size() - 1] = phrases.lead;
      if (plan_years && phrase.year) years_.insert(*phrase.year);
    }
  }

  void read_relative_targets(Indicator& ind) {
    resolve_relative_targets(filler_, ind, leads_);
    leads_.clear();
  }
};

}  // namespace

// Targets printed as a change from the baseline ("Aumento del 10%
// rispetto alla baseline"; "2%" under "Riduzione del: 2% nel 2026 ..."):
// the value they set, computed from the latest baseline printed.
void resolve_relative_targets(Filler& filler, Indicator& ind, const std::map<std::size_t, std::string>& leads) {
  const Target* baseline = nullptr;
  for (const auto& b : ind.baselines)
    if (b.number() && (!baseline || (b.year && (!baseline->year || *b.year >= *baseline->year)))) baseline = &b;
  for (std::size_t k = 0; k < ind.targets.size(); ++k) {
    Target& t = ind.targets[k];
    const auto lead = leads.find(k);
    const std::string phrase = lead == leads.end() ? t.raw : lead->second + " " + t.raw;
    if (lead == leads.end() && t.kind != TargetKind::text) continue;
    const auto change = relative_change(phrase);
    if (!change) continue;
    const Source where = t.source ? *t.source : ind.source;
    if (!baseline) {
      // A change from a baseline the document does not print: no value.
      t.op = Op::text;
      t.value.reset();
      t.kind = TargetKind::text;
      filler.diagnose(Severity::info, "value.relative",
                       LocalMessage(N_("'{phrase}' is a change from a baseline the document does not print: kept as text"))
                           .set("phrase", phrase),
                       where);
      continue;
    }
    if (auto computed = apply_change(t, *change, *baseline)) {
      filler.diagnose(Severity::info, "value.relative",
                       LocalMessage(N_("'{phrase}' read as {op} {value} (the baseline {baseline} changed by {change}%)"))
                           .set("phrase", phrase)
                           .set("op", std::string(to_string(computed->op)))
                           .set("value", *computed->value)
                           .set("baseline", baseline->raw)
                           .set("change", std::string(change->sign > 0 ? "+" : "-") + change->percent.to_string()),
                       where);
      t = std::move(*computed);
    }
  }
}

void read_tables(Filler& filler, const Profile& profile, const std::map<std::size_t, std::string>& anchors) {
  TableReader reader(filler, profile, anchors);
  reader.run();
}

}  // namespace allegato::genres
