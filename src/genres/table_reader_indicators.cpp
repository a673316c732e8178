// Indicator rows: who an indicator is (code, name, description), what it
// measures (formulas, type, unit, owner, weight), its notes, and the node it
// measures. Separate from its values (table_reader_values.cpp).
#include "genres/table_reader_detail.hpp"

#include <algorithm>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace allegato::genres::detail {

// An indicator row: who it is (code, name, description), what it
// measures (formula, type, unit, owner, weight), its values by year, its
// notes; then the unit decided once, and the node it measures.
void TableReader::read_indicator(const Row& row, const Piece* text, const std::string& measured_node) {
  const Piece* code_cell = measured_node.empty() ? cell_at(row, indicator_code_col()) : nullptr;
  // "a)", "b)" order the rows, they code nothing: listed as a label.
  if (code_cell && is_list_marker(code_cell->text)) {
    stream_.mark_label(index_of(code_cell));
    code_cell = nullptr;
  }
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
  // "Ob. | Cod. | Indicatore": the objectives' own code column names the
  // objective (read in an earlier table) the indicator measures.
  if (const Piece* objective_code = cell_at(row, objective_code_col());
      objective_code && objective_code != code_cell && measured_node.empty() && !header_.col("objective")) {
    const auto known = latest_by_code_.find(unit_path() + printed_code(*objective_code));
    if (known != latest_by_code_.end()) {
      take(objective_code);
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
  has_children_.insert(node_id);
  const std::string node_path = node_id.empty() ? std::string("_") : node_id.substr(filler_.doc_id().size() + 1);
  const std::string leaf = ind.code.empty() ? slugify(ind.name) : ind.code;
  // The same indicator (code, name, objective) printed again in another
  // table (one sheet a year): its values join the first one's.
  if (!ind.code.empty()) {
    const std::string key = node_id + "\n" + ind.code + "\n" + ind.name;
    if (const auto seen = indicator_tables_.find(key); seen != indicator_tables_.end() && seen->second.second != table_) {
      Indicator& first = filler_.model().indicators[seen->second.first];
      auto join = [](std::vector<Target>& into, std::vector<Target>& more) {
        for (auto& t : more) {
          const bool known = std::any_of(into.begin(), into.end(), [&](const Target& x) { return x.year == t.year && x.raw == t.raw; });
          if (!known) into.push_back(std::move(t));
        }
      };
      join(first.baselines, ind.baselines);
      join(first.targets, ind.targets);
      join(first.results, ind.results);
      for (auto& a : ind.achievement) first.achievement.push_back(std::move(a));
      for (auto& note : ind.notes) first.notes.push_back(std::move(note));
      if (!first.unit) first.unit = ind.unit;
      last_indicator_ = seen->second.first;
      year_row_pending_ = false;
      return;
    }
    indicator_tables_[key] = {filler_.model().indicators.size(), table_};
  }
  filler_.add_indicator(std::move(ind), node_path + "/" + leaf);
  last_indicator_ = filler_.model().indicators.size() - 1;
  if (year_row_pending_) year_row_indicators_.insert(*last_indicator_);
  year_row_pending_ = false;
}

bool TableReader::is_measured(const Row& row, const Piece* code_cell) const {
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
void TableReader::read_identity(Indicator& ind, const Piece* name_cell, const Piece* code_cell, const Piece* description_cell) {
  // "KPI-01 Grado di ...": a column whose names open with their codes (no
  // dash after them: "B1.3_01 - Grado ..." is read below).
  if (const ColumnRole* r = name_cell ? role_of(name_cell->col) : nullptr;
      r && r->code_leads && !code_cell && !parse_code_heading(split_lines(name_cell->text).front())) {
    const std::string printed = join_printed(name_cell->text);
    const std::string code = leading_code_word(name_cell->text);
    if (!code.empty()) {
      ind.code = code;
      ind.name = trim_copy(printed.substr(printed.find(code) + code.size()));
      take(name_cell);
      name_cell = nullptr;
    }
  }
  if (name_cell) {
    std::vector<std::string> lines = split_lines(name_cell->text);
    // "Indicatore e tipologia": the type printed on the name's last line;
    // "Indicatore e valore di partenza": the baseline, "(valore 2021: 1.180)".
    const ColumnRole* r = role_of(name_cell->col);
    const std::string last = lines.size() >= 2 ? trim_copy(lines.back()) : std::string();
    const auto dated_base = r && r->last_line_role == "baselines" && !last.empty() ? dated_value(last) : std::nullopt;
    const bool typed = r && r->last_line_role == "type" && !header_.col("type") && !last.empty();
    if (dated_base || typed) {
      std::string name;  // the lines above the last
      for (std::size_t k = 0; k + 1 < lines.size(); ++k) name += (name.empty() ? "" : "\n") + lines[k];
      ind.name = join_printed(name);
      if (dated_base) {
        ind.baselines.push_back(filler_.target(dated_base->second, dated_base->first, *name_cell));
        stream_.take_leaving(index_of(name_cell), text_without(last, {dated_base->second}));
      } else {
        ind.type = last;
        take(name_cell);
      }
      name_cell = nullptr;
    }
  }
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
    ind.code = printed_code(*code_cell);
    take(code_cell);
    if (!name_cell) ind.name = ind.code;
  }
  if (description_cell) {
    ind.description = join_printed(description_cell->text);
    take(description_cell);
  }
}

// "(valore 2021: 1.180 accosti)", "valore al 2021: 18%": a value and the
// year it was measured in, as printed.
std::optional<std::pair<int, std::string>> TableReader::dated_value(const std::string& line) {
  static const std::regex dated(R"(^\s*\(?[^():0-9]{0,30}\b((?:19|20)\d\d)\s*:\s*([^()]+?)\s*\)?\s*$)");
  std::smatch m;
  if (!std::regex_match(line, m, dated)) return std::nullopt;
  return std::make_pair(std::stoi(m[1].str()), trim_copy(m[2].str()));
}

// The formula in words and over measure codes. Two formula columns
// (Formula | Algoritmo di calcolo): the one over measure codes is the
// formula, the other the formula in words.
void TableReader::read_formulas(const Row& row, Indicator& ind) {
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
  // "–" in the formula column: no formula printed (a plain count), not a
  // formula of one dash; the mark stays listed as a label.
  if (!formulas.empty() && is_dash(trim_copy(formulas[0]->text))) {
    stream_.mark_label(index_of(formulas[0]));
    formulas.erase(formulas.begin());
  }
  if (!formulas.empty()) {
    ind.formula = join_wrapped(formulas[0]->text);
    ind.variables = profile_.formula_variables == "codes" ? measure_codes(ind.formula) : formula_variables(ind.formula);
    take(formulas[0]);
  }
}

// Type, polarity, the unit as printed in its column, owner, weight.
void TableReader::read_descriptors(const Row& row, Indicator& ind, std::optional<std::string>& printed_unit) {
  if (const Piece* p = cell_at(row, header_.col("type"))) {
    ind.type = join_printed(p->text);
    take(p);
  }
  // A polarity printed in its column ("crescente", "↓") is the indicator's
  // own, the printed word listed as a label (as a unit in words is); a word
  // the profile does not know stays with the indicator, as a note.
  if (const Piece* p = cell_at(row, header_.col("polarity"))) {
    const std::string polarity = profile_.polarity_of(join_printed(p->text));
    if (!polarity.empty()) {
      ind.polarity = polarity;
      stream_.take_leaving(index_of(p), join_printed(p->text));
    }
  }
  if (const Piece* p = cell_at(row, header_.col("unit"))) {
    printed_unit = normalise_unit(join_wrapped(p->text));
    // "Numero" read as "N.": the printed word stays listed as a label.
    if (*printed_unit != join_printed(p->text)) stream_.take_leaving(index_of(p), join_printed(p->text));
    take(p);
  }
  // (The units' column names the unit the row is assigned to, no owner.)
  if (const Piece* p = first_of(row, "owner", nullptr, "indicator"); p && (!unit_col_ || p->col != *unit_col_)) {
    ind.owners.push_back(join_printed(p->text));
    take(p);
  }
  if (const Piece* w = first_of(row, "weight", nullptr, "indicator")) {
    ind.weight = filler_.weight(join_value(w->text), *w);
    take(w);
  }
}

// Notes, and any other named column as "Header: text" (resources on an
// indicator row too: the model keeps resources on objectives). Text under
// no header stays unassigned unless the profile says it is a note.
void TableReader::read_notes(const Row& row, Indicator& ind) {
  for (auto id : row.pieces) {
    if (!stream_.is_free(id)) continue;
    const Piece& p = stream_.piece(id);
    const std::string value = join_printed(p.text);
    if (value.empty()) continue;
    const ColumnRole* r = role_of(p.col);
    // The row's level word (Livello) became the row's kind: no note.
    if (r && r->role == "row_level") continue;
    // A column the header names without a role the reader knows ("Trend",
    // "Fonte", "Stato"), or an objective's value printed again on its
    // indicators' rows, is no note of the indicator: its text stays listed
    // as unassigned, where the user sees it with its place. A value of an
    // indicator's column the reader could not read ("Polarità: secondo i
    // casi") stays with its indicator.
    const bool named_column = r && !r->header.empty();
    const bool objectives_value = r && (r->of == "objective" || r->role == "mission" || r->role == "programme" ||
                                        r->role == "resources" || r->role == "objective" ||
                                        std::find(profile_.level_columns.begin(), profile_.level_columns.end(), r->role) !=
                                            profile_.level_columns.end());
    if (r && r->role == "notes") {
      ind.notes.push_back(value);
    } else if (named_column && (r->role.empty() || r->role == "source" || objectives_value)) {
      continue;
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

}  // namespace allegato::genres::detail
