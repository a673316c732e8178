// Assignment matrices: columns of weights named for managers or units, found
// in the header and read row by row into one node per objective and manager.
// Separate because it is a layout of its own, read apart from indicators.
#include "genres/table_reader_detail.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace allegato::genres::detail {

// An assignment matrix: two or more columns named for managers or units
// (Dirigente Area Tecnica | Responsabile Utenza), right of the
// objectives, whose cells hold only numbers, percentages or "-": the
// weight each objective has for each of them.
void TableReader::find_matrix_columns() {
  std::optional<int> text;
  for (const char* role : {"objective", "text", "name"})
    if (const auto c = header_.col(role); c && (!text || *c < *text)) text = c;
  if (!text) return;
  std::vector<int> columns;
  // Columns named for managers or units: owners' columns, and a level's
  // word with a name after it ("Area Didattica") over numbers only.
  std::vector<int> named = header_.cols("owner");
  for (const auto& level : profile_.level_columns)
    for (int c : header_.cols(level)) {
      const ColumnRole& r = header_.columns[static_cast<std::size_t>(c)];
      if (r.score < 1.0) named.push_back(c);
    }
  std::sort(named.begin(), named.end());
  for (int c : named) {
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
std::vector<int> TableReader::named_weight_columns() const {
  std::vector<int> columns;
  std::set<std::string> names;
  for (int c : header_.cols("weight")) {
    const std::string& named = header_.columns[static_cast<std::size_t>(c)].named;
    // A manager or a unit is named in words ("Direttore Generale",
    // "Settore 2 – Finanze"); "OS | OO" under "Peso" are levels' codes.
    // ("Divisione I", "Settore 2": a word and its number name one.)
    std::istringstream in(fold(named));
    int words = 0, numbers = 0;
    for (std::string w; in >> w;) {
      const bool roman = w.find_first_not_of("ivx") == std::string::npos;
      const bool digits = w.find_first_not_of("0123456789") == std::string::npos;
      if (roman || digits) ++numbers;
      else if (std::isalpha(static_cast<unsigned char>(w[0])) && w.size() >= 2) ++words;
    }
    if (words < 2 && !(words == 1 && numbers >= 1)) continue;
    columns.push_back(c);
    names.insert(named);
  }
  return names.size() >= 2 ? columns : std::vector<int>{};
}

bool TableReader::says_any(const std::string& printed, const std::vector<std::string>& list) {
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
// "Peso ponderale effettivo" / "A. Peso ponderale calcolato": whether the
// text labels the effective weight (true) or a calculated one (false);
// nothing when it labels no weight of a matrix.
std::optional<bool> TableReader::matrix_weight_label(const std::string& text) const {
  // "A. Peso ...", "2) Peso ...": a block's letter or number before its label.
  std::string label = trim_copy(text);
  if (const auto mark = label.find_first_of(".)"); mark != std::string::npos && mark <= 2 && mark + 1 < label.size() &&
                                                    label[mark + 1] == ' ' &&
                                                    std::all_of(label.begin(), label.begin() + static_cast<long>(mark),
                                                                [](unsigned char c) { return std::isalnum(c) != 0; }))
    label = label.substr(mark + 2);
  std::optional<int> ordinal;
  const std::string words = label_words(label, ordinal);
  if (match_phrase(words, profile_).role != "weight") return std::nullopt;
  if (says_any(words, profile_.effective_weight_words)) return true;
  if (says_any(words, profile_.computed_weight_words)) return false;
  return std::nullopt;
}

void TableReader::read_matrix_cells(const Row& row) {
  // The first block's label may be the line right above the table.
  if (matrix_section_.empty() && caption_ && stream_.is_free(*caption_)) {
    if (const auto effective = matrix_weight_label(stream_.piece(*caption_).text)) {
      matrix_section_ = join_printed(stream_.piece(*caption_).text);
      matrix_effective_ = *effective;
      stream_.mark_label(*caption_);
    }
  }
  for (auto id : row.pieces) {
    if (!stream_.is_free(id)) continue;
    const Piece& p = stream_.piece(id);
    const ColumnRole* r = role_of(p.col);
    if (r && r->role == "unit_weight" && p.col_span == 1) continue;
    // A weight's label ("Peso ponderale effettivo"): which weight the row
    // holds. Under a weight column's header ("Peso ponderale") the cell's
    // word alone says it ("calcolato", "effettivo").
    auto effective = matrix_weight_label(p.text);
    if (!effective && r && r->role == "weight" && !r->header.empty()) effective = matrix_weight_label(r->header + " " + p.text);
    if (!effective) continue;
    matrix_section_ = join_printed(p.text);
    matrix_effective_ = *effective;
    stream_.mark_label(id);
  }
  if (const Piece* code = cell_at(row, header_.cols("code").empty() ? std::nullopt : std::optional<int>(header_.cols("code").front())))
    matrix_objective_code_ = printed_code(*code);
  // The objectives' column ("Obiettivo", or a level's: "Obiettivo operativo").
  std::optional<int> objective_col = header_.col("objective");
  if (!objective_col && !deepest_level_column().empty()) objective_col = header_.col(deepest_level_column());
  if (const Piece* title = cell_at(row, objective_col); title && title->col_span == 1) {
    matrix_objective_title_ = join_printed(title->text);
    matrix_objective_source_ = title->source;
  }
  if (matrix_objective_title_.empty() && matrix_objective_code_.empty()) return;
  for (int c : header_.cols("unit_weight")) {
    const Piece* p = cell_at(row, c);
    const auto value = matrix_weight_cell(p);
    if (!value) continue;
    const ColumnRole& column = header_.columns[static_cast<std::size_t>(c)];
    const std::string manager = column.named.empty() ? column.header : column.named;
    // The column's own header may say which weight it holds.
    const bool column_computed = !column.named.empty() && says_any(column.header, profile_.computed_weight_words);
    Node* node = matrix_node(manager, matrix_objective_code_, matrix_objective_title_, "operational",
                             matrix_objective_source_ ? *matrix_objective_source_ : Source(p->source));
    if (!node) continue;
    if (column_computed) node->notes.push_back(text_without(column.header, {manager}) + ": " + *value);
    else if ((matrix_section_.empty() || matrix_effective_) && !node->weight) node->weight = filler_.weight(*value, *p);
    // (A second weight for the same node, no label telling them apart:
    // kept as a note, never written over the first.)
    else node->notes.push_back((matrix_section_.empty() ? column.header : matrix_section_) + ": " + *value);
    take(p);
  }
}

// A matrix cell's weight as printed; "–" (the manager has no share of the
// objective: no node, nothing left to read) is marked and gives none.
std::optional<std::string> TableReader::matrix_weight_cell(const Piece* p) {
  if (!p) return std::nullopt;
  const std::string value = trim_copy(join_value(p->text));
  if (is_dash(value)) {
    stream_.mark_label(index_of(p));
    return std::nullopt;
  }
  if (!parse_number(value).value) return std::nullopt;
  return value;
}

// The node of an objective assigned to a manager, one per pair: the
// manager is the unit it is assigned to (no owner besides: the unit says
// whose it is).
Node* TableReader::matrix_node(const std::string& manager, const std::string& code, const std::string& title,
                               const std::string& level, const Source& source) {
  const std::string key = manager + "\n" + code + "\n" + title;
  auto it = matrix_nodes_.find(key);
  if (it == matrix_nodes_.end()) {
    Node node;
    node.code = code;
    node.title = title;
    node.level = level;
    node.unit = manager;
    node.source = source;
    const std::string path_key = slugify(manager) + "/" + (code.empty() ? slugify(title) : code);
    it = matrix_nodes_.emplace(key, filler_.add_node(std::move(node), path_key)).first;
  }
  return filler_.node(it->second);
}

// A matrix printed the other way round: managers as rows, objectives as
// columns headed by the codes of objectives read above ("Dirigente | OB.1
// | OB.2 | ... | Totale"). Each number is that manager's weight for that
// objective; the caption above (or the table's first cell) says whether the
// weights are calculated or effective. Returns the rows read (the whole
// table), 0 when the table is no such matrix.
std::size_t TableReader::read_transposed_matrix(std::size_t at) {
  const auto& rows = stream_.rows();
  const Row& head = rows[at];
  if (head.is_line() || head.pieces.empty()) return 0;
  // The first cell names whose the rows are; two or more cells are codes
  // of objectives already read.
  const Piece& first = stream_.piece(head.pieces.front());
  const PhraseMatch whose = match_phrase(fold(first.text), profile_);
  if (whose.role != "owner" || whose.score < 0.95) return 0;
  std::map<int, std::string> objective_at;  // column -> objective node id
  for (auto id : head.pieces) {
    const Piece& p = stream_.piece(id);
    if (p.col <= first.col) continue;
    const auto known = latest_by_code_.find(unit_path() + printed_code(p));
    if (known != latest_by_code_.end()) objective_at[p.col] = known->second;
  }
  if (objective_at.size() < 2) return 0;
  // Which weights: the caption above the table, if it labels one.
  std::optional<bool> effective;
  std::string section;
  if (caption_ && stream_.is_free(*caption_)) {
    effective = matrix_weight_label(stream_.piece(*caption_).text);
    if (effective) {
      section = join_printed(stream_.piece(*caption_).text);
      stream_.mark_label(*caption_);
    }
  }
  caption_.reset();
  stream_.mark_header_row(head);
  std::size_t r = at + 1;
  for (; r < rows.size() && rows[r].table == head.table; ++r) {
    const Row& row = rows[r];
    const Piece* manager_cell = cell_at(row, first.col);
    if (!manager_cell || is_total(*manager_cell)) continue;
    const std::string manager = join_printed(manager_cell->text);
    bool read = false;
    for (const auto& [col, objective_id] : objective_at) {
      const Piece* p = cell_at(row, col);
      const auto value = matrix_weight_cell(p);
      const Node* objective = value ? filler_.node(objective_id) : nullptr;
      if (!objective) continue;
      Node* node = matrix_node(manager, objective->code, objective->title, objective->level, p->source);
      if (!node) continue;
      if ((!effective || *effective) && !node->weight) node->weight = filler_.weight(*value, *p);
      else node->notes.push_back((section.empty() ? std::string("Peso") : section) + ": " + *value);
      take(p);
      read = true;
    }
    if (read) stream_.mark_label(index_of(manager_cell));
  }
  return r - at;
}

}  // namespace allegato::genres::detail
