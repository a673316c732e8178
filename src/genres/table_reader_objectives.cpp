// Rows that open objectives and units: objective records, numbered and coded
// objective rows, unit rows, a tree printed in level columns, objectives
// named in a column, and the values (weight, achievement, resources, owner)
// a node takes from its row. Separate from indicators: these rows become nodes.
#include "genres/table_reader_detail.hpp"
#include "values/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace allegato::genres::detail {

// One objective per row (Codice | Obiettivo | Peso | Target 2025 ...):
// the node with its weight, achievement, resources and owner; targets or
// results printed for it measure it, so they go to one indicator of the
// same name under it.
bool TableReader::read_objective_record(const Row& row) {
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

// A numbered heading in the text column: an objective with its weight,
// achievement, resources and owner.
// A title read from a cell's first line, and the cell's other lines: those
// opening in lower case carry the title on (a wrapped sentence), the first
// that does not and all after it are the rest (a description).
std::pair<std::string, std::string> TableReader::title_then_rest(const std::string& first_line_title, const std::string& cell) {
  const auto lines = split_lines(cell);
  std::string title = first_line_title, rest;
  std::size_t k = 1;
  for (; k < lines.size(); ++k) {
    const std::string line = trim_copy(lines[k]);
    if (line.empty()) continue;
    if (!opens_lower_case(line)) break;
    title += " " + line;
  }
  for (; k < lines.size(); ++k) {
    const std::string line = trim_copy(lines[k]);
    if (!line.empty()) rest += (rest.empty() ? "" : " ") + line;
  }
  return {title, rest};
}

bool TableReader::read_objective_row(const Row& row, const Piece& text) {
  auto heading = parse_numbered_heading(text.text);
  std::string level;
  std::string description;
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
    // Read from its first line: the title's wrapped words ("... digitale ed"
    // / "ecologica") carry it on, other lines describe it.
    const auto [title, rest] = title_then_rest(as_printed(coded->title, join_printed(text.text)), text.text);
    heading = CodedTitle{coded->code, title};
    description = rest;
  }
  if (!heading) return false;
  // A numbered text next to a code column is an indicator's name.
  if (const Piece* code = cell_at(row, indicator_code_col()); code && code != &text) return false;
  Node node;
  node.code = heading->code;
  node.title = as_printed(heading->title, join_printed(text.text));
  node.description = description;
  node.level = level;
  node.source = text.source;
  take(&text);
  fill_node_values(row, node, &text);
  const std::string path_key = heading->code.empty() ? slugify(node.title) : heading->code;
  open_node(std::move(node), path_key);
  return true;
}

// A code as printed in its cell, without the mark closing it ("04." ->
// "04", "1a)" -> "1a": a list's numbering, as in "1a) Title").
std::string TableReader::printed_code(const Piece& cell) {
  std::string code = trim_copy(join_wrapped(cell.text));
  if (!code.empty() && (code.back() == '.' || (code.back() == ')' && code.find('(') == std::string::npos))) code.pop_back();
  return code;
}

bool TableReader::next_code_extends(const Row& row, const std::string& code) const {
  const auto& rows = stream_.rows();
  const std::size_t at = row_index(row);
  for (std::size_t r = at + 1; r < rows.size() && r <= at + 3; ++r) {
    const Piece* next = cell_at(rows[r], indicator_code_col());
    if (!next) continue;
    const std::string next_code = trim_copy(next->text);
    if (letters_then_number(code, next_code)) return true;  // "A" before "A1"
    if (next_code.size() <= code.size() + 1 || !starts_with(next_code, code)) return false;
    const char separator = next_code[code.size()];
    return separator == '.' || separator == '_' || separator == '-';
  }
  return false;
}

// The row under this one (in its table) measures without a code of its
// own (or a list's marker, "a)"): "O1 | Title | | | 99,2%" over "| Indicator | 90 | 94 | 100%". A
// coded row over uncoded measured rows groups them, whatever its code.
bool TableReader::next_row_measured_uncoded(const Row& row) const {
  const auto& rows = stream_.rows();
  const std::size_t next = row_index(row) + 1;
  if (next >= rows.size() || rows[next].table != row.table) return false;
  for (int c : header_.cols("code"))
    if (const Piece* code = cell_at(rows[next], c); code && !is_list_marker(code->text)) return false;
  return row_has_series(rows[next]);
}

// "A1 | TERRITORIO, AMBIENTE E MOBILITÀ" right over "OB.1 | ...": a coded
// row with no weight, over a row coded in another numbering (or its title
// in capitals, as bands print), heads the rows below.
bool TableReader::heads_other_numbering(const Row& row, const std::string& code, const Piece& text) const {
  if (first_of(row, "weight", &text)) return false;
  const auto& rows = stream_.rows();
  const std::size_t next = row_index(row) + 1;
  if (next >= rows.size() || rows[next].table != row.table) return false;
  const Piece* below = cell_at(rows[next], objective_code_col());
  if (!below) below = cell_at(rows[next], indicator_code_col());
  if (!below) return false;
  const std::string below_code = printed_code(*below);
  const std::string title = join_printed(text.text);
  const bool capitals = std::none_of(title.begin(), title.end(), [](unsigned char c) { return std::islower(c) != 0; }) &&
                        std::count_if(title.begin(), title.end(), [](unsigned char c) { return std::isupper(c) != 0; }) >= 4;
  return capitals || code_scheme(below_code) != code_scheme(code);
}

// A numbering in the code column beside a text that measures nothing
// (no baseline, target or result on the row): an objective or area of a
// tree printed in a code column ("1.1 | Governo delle liste | 50% | | |
// 93,39%"); rows without a code below it are its indicators.
bool TableReader::read_coded_objective_row(const Row& row, const Piece& text) {
  if (header_.col("objective")) return false;
  // The objectives' own code column (Ob. | Ind. | ...), else the one code column.
  const Piece* code = cell_at(row, objective_code_col());
  if (!code) code = cell_at(row, indicator_code_col());
  if (!code || code == &text) return false;
  // (A title merged across the value columns measures nothing. A column
  // that holds the objective's own value on its row is no measure.)
  for (std::size_t c = 0; c < header_.columns.size(); ++c)
    if (const Piece* v = cell_at(row, static_cast<int>(c));
        header_.columns[c].is_series() && header_.columns[c].objective_role.empty() && v && v != &text)
      return false;
  // A numbering, a code the next coded row extends (A1 before A1.01), one
  // whose prefix names an objective (OB.1 over indicators 1.1, 1.2), or one
  // extending the code of a node open above it (A.1.1, A.1.2 under A.1).
  const std::string printed = printed_code(*code);
  const bool extends_open = std::any_of(path_.begin(), path_.end(), [&](const OpenNode& open) {
    return !open.code.empty() && starts_with(printed, open.code + ".") && printed.size() > open.code.size() + 1;
  });
  // "AREA 1 | ACCESSO E TEMPI DI ATTESA | … | 30%": a level's words and its number.
  const auto leveled = leveled_code(code->text);
  if (!leveled && !is_numbering_cell(code->text) && !next_code_extends(row, trim_copy(code->text)) &&
      !prefix_level(printed) && !extends_open && !next_row_measured_uncoded(row) && !heads_other_numbering(row, printed, text))
    return false;
  Node node;
  node.code = leveled ? leveled->second : printed_code(*code);
  node.title = join_printed(text.text);
  node.level = leveled ? leveled->first : level_of_code(node.code);
  node.source = text.source;
  // "Outcome: Title", "Area strategica: Title": the level named before the
  // title says it; the words stay listed as a label.
  if (const auto colon = node.title.find(':'); colon != std::string::npos && colon <= 30) {
    if (const auto named = row_level_of(node.title.substr(0, colon)); named && *named != "indicator" &&
        fold(node.title.substr(0, colon)).size() <= 30) {
      const std::string label = node.title.substr(0, colon + 1);
      node.level = *named;
      node.title = trim_copy(node.title.substr(colon + 1));
      stream_.take_leaving(index_of(&text), label);
    } else {
      take(&text);
    }
  } else {
    take(&text);
  }
  weight_in_title(node, text);
  if (leveled) stream_.take_leaving(index_of(code), text_without(join_printed(code->text), {node.code}));
  else take(code);
  fill_node_values(row, node, &text);
  const std::string path_key = node.code;
  open_node(std::move(node), path_key);
  return true;
}

// "Title (peso 15 punti)": a node's weight printed in its title (read
// from `cell`); the words around it ("(peso", ")") stay listed as a label.
void TableReader::weight_in_title(Node& node, const Piece& cell) {
  const auto bracketed = bracketed_weight(node.title);
  if (!bracketed) return;
  stream_.take_leaving(index_of(&cell), text_without(node.title, {bracketed->first, bracketed->second}));
  node.title = bracketed->first;
  if (!node.weight) node.weight = filler_.weight(bracketed->second, cell);
}

// Only the columns the header gives to the objective (`whose`: or to one
// level of a tree in columns), on a row that also holds an indicator.
void TableReader::fill_objective_columns(const Row& row, Node& node, const Piece* except, const std::string& whose) {
  for (std::size_t c = 0; c < header_.columns.size(); ++c) {
    const ColumnRole& r = header_.columns[c];
    if (r.of != whose) continue;
    const Piece* p = cell_at(row, static_cast<int>(c));
    if (!p || p == except) continue;
    if (r.role == "weight" && !node.weight) node.weight = filler_.weight(join_value(p->text), *p);
    else if (r.role == "achievement") node.achievement.push_back({r.year ? r.year : achievement_year_, filler_.number(join_value(p->text), *p)});
    else if (r.role == "resources") node.resources.push_back(filler_.number(join_value(p->text), *p));
    else if (r.role == "owner" && is_percent_value(trim_copy(p->text))) {
      // A band row's weight printed at the row's end, under the owners.
      if (node.weight) continue;
      node.weight = filler_.weight(join_value(p->text), *p);
    } else if (r.role == "owner") node.owners.push_back(join_printed(p->text));
    else if (r.role == "mission" || r.role == "programme") read_budget_cell(*p, r.role, node);
    else continue;
    take(p);
  }
}

void TableReader::fill_node_values(const Row& row, Node& node, const Piece* except, const std::string& whose) {
  if (const Piece* w = first_of(row, "weight", except, whose)) {
    node.weight = filler_.weight(join_value(w->text), *w);
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
  if (const Piece* o = first_of(row, "owner", except, whose); o && (!unit_col_ || o->col != *unit_col_)) {
    // "40%" under the owners on a band row (A | AREA STRATEGICA ... | 40%):
    // the node's weight, printed at the row's end.
    if (!is_percent_value(trim_copy(o->text))) {
      node.owners.push_back(join_printed(o->text));
      take(o);
    } else if (!node.weight) {
      node.weight = filler_.weight(join_value(o->text), *o);
      take(o);
    }
  }
  // "Target triennio / Stanziamento 2026": on the objective's own row the
  // column holds its resources (or weight), not targets.
  for (std::size_t c = 0; c < header_.columns.size(); ++c) {
    const ColumnRole& r = header_.columns[c];
    const Piece* p = r.objective_role.empty() ? nullptr : cell_at(row, static_cast<int>(c));
    if (!p || p == except) continue;
    if (r.objective_role == "resources") node.resources.push_back(filler_.number(join_value(p->text), *p));
    else if (r.objective_role == "weight" && !node.weight) node.weight = filler_.weight(join_value(p->text), *p);
    else continue;
    take(p);
  }
  // A mission or programme cell (merged down over its objectives' rows):
  // the budget's heading for this objective and the ones under it.
  for (const std::string budget : {"mission", "programme"}) {
    const Piece* cell = first_of(row, budget, except, whose);
    if (!cell) continue;
    Node read;
    read_budget_cell(*cell, budget, read);
    if (budget == "mission") {
      mission_ = {read.mission, read.mission_title};
      programme_ = {};
    } else {
      programme_ = {read.programme, read.programme_title};
    }
    take(cell);
  }
}

// A name among a node's owners once, however often it is printed.
void TableReader::add_owner(Node& node, const std::string& name) {
  if (std::find(node.owners.begin(), node.owners.end(), name) == node.owners.end()) node.owners.push_back(name);
}

// The unit a row is assigned to, from the unit column: a new value opens
// (or reopens) its unit.
void TableReader::read_unit_cell(const Row& row) {
  const Piece* p = cell_at(row, unit_col_);
  if (!p) return;
  // "Settore Servizi alla persona / Dirigente: dott.ssa M. Ricci": the
  // unit's name, then its owner after an owner's label.
  const auto [at, owner] = find_owner_label(p->text, profile_);
  const std::string printed = join_printed(p->text);
  const std::string title = at != std::string::npos && at > 0 ? trim_copy(printed.substr(0, at)) : printed;
  if (units_.empty() || units_.back().title != title) {
    const std::string id = open_unit(*p, 1, std::nullopt, title);
    if (Node* unit = filler_.node(id); unit && !owner.empty() && title != printed) add_owner(*unit, owner);
  }
  // The unit's manager, in a column of their own (Dirigente | Struttura).
  if (const Piece* manager = cell_at(row, header_.col("unit_owner")); manager && !units_.empty()) {
    if (Node* unit = filler_.node(units_.back().id)) {
      add_owner(*unit, join_printed(manager->text));
      take(manager);
    }
  }
  // The label ("Dirigente:") names the field, held by no entity.
  if (title != printed) stream_.take_leaving(index_of(p), text_without(printed, {title, owner}));
  else take(p);
}

// "· Grado di raggiungimento del settore: 98,08%": a label the vocabulary
// reads as an achievement, then its figure. The label and the figure.
std::optional<std::pair<std::string, std::string>> TableReader::labelled_achievement(const std::string& text) const {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos) return std::nullopt;
  std::string label = text.substr(0, colon);
  while (!label.empty() && !std::isalpha(static_cast<unsigned char>(label.front()))) label.erase(0, 1);
  const std::string figure = trim_copy(text.substr(colon + 1));
  if (figure.empty() || !is_percent_value(figure)) return std::nullopt;
  if (match_phrase(fold(label), profile_).role != "achievement") return std::nullopt;
  return std::make_pair(trim_copy(label), figure);
}

// A unit's bar: its name (a unit heading) and, on its right or after it,
// its owner (`Settore Affari generali | Dirigente: dott.ssa C. Morandi`),
// in one piece or two. Opens the unit with its owner.
// A caption naming a unit and its manager in parts ("Unità organizzativa:
// Ufficio Tributi (afferente a Area Finanziaria) - Responsabile (P.O.):
// dott. X", "Tab. 2 · Settore Lavori pubblici · Dirigente: ing. Y", "AT.1 –
// Settore Progettazione · Capo settore: geom. Z", "Dirigente: ing. X |
// Settore Y"), on one piece or two (a label printed apart): each part is
// the unit, its manager, the unit it belongs to, or a numbering; any
// other part and it is no such caption.
bool TableReader::read_unit_caption(const std::vector<std::size_t>& filled) {
  if (filled.empty() || filled.size() > 2) return false;
  std::string text;
  for (auto id : filled) text += (text.empty() ? "" : " ") + join_printed(stream_.piece(id).text);
  if (text.size() > 250 || text.find(':') == std::string::npos) return false;
  // Parted by dots or bars first ("Settore I – Affari generali" keeps its
  // dash), by dashes too when that reads no caption.
  for (const bool dashes : {false, true}) {
    std::vector<std::string> parts{text};
    std::vector<const char*> separators = {" \xC2\xB7 ", " | "};
    if (dashes) separators.insert(separators.end(), {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "});
    for (const char* separator : separators) {
      std::vector<std::string> split;
      for (const auto& part : parts) {
        std::size_t from = 0;
        for (std::size_t at = part.find(separator); at != std::string::npos; at = part.find(separator, from)) {
          split.push_back(part.substr(from, at - from));
          from = at + std::strlen(separator);
        }
        split.push_back(part.substr(from));
      }
      parts = std::move(split);
    }
    if (parts.size() >= 2 && read_unit_caption_parts(filled, parts)) return true;
  }
  return false;
}

bool TableReader::read_unit_caption_parts(const std::vector<std::size_t>& filled, const std::vector<std::string>& parts) {
  static const std::regex numbering(R"(^(?:tab\.?|tabella|tav\.?|prospetto)\s*\d+[a-z]?\.?$)", std::regex::icase);
  static const std::regex belongs(R"(\(\s*(?:afferente|afferenti|facente capo|dipendente|nell'ambito)\s+(?:a|al|alla|all'|ad|del|della|dell')\s*([^)]+)\))",
                                  std::regex::icase);
  std::string title, manager, parent;
  std::optional<int> rank;
  for (std::string part : parts) {
    part = trim_copy(part);
    if (part.empty() || std::regex_match(part, numbering) || is_row_code(part)) continue;
    std::smatch m;
    if (std::regex_search(part, m, belongs)) {
      parent = trim_copy(m[1].str());
      part = trim_copy(m.prefix().str() + " " + m.suffix().str());
    }
    // A unit's label ("Unità organizzativa: ...") before a manager's: some
    // words name both.
    const auto [label, name] = unit_label_split(part);
    if (label.empty()) {
      if (const auto [at, owner] = find_owner_label(part, profile_); at == 0 && !owner.empty()) {
        if (!manager.empty()) return false;
        manager = owner;
        continue;
      }
    }
    const auto r = unit_rank(part);
    if (!r || !title.empty()) return false;
    rank = r;
    title = name;
  }
  if (!rank || title.empty() || manager.empty()) return false;
  // The unit it belongs to, open above: one level below it.
  if (!parent.empty()) {
    for (std::size_t k = units_.size(); k-- > 0;) {
      if (units_[k].title != parent) continue;
      units_.resize(k + 1);
      rank = std::max(*rank, units_[k].rank + 1);
      break;
    }
  }
  const std::string unit_id = open_unit(stream_.piece(filled.back()), *rank, std::nullopt, title);
  if (Node* unit = filler_.node(unit_id)) add_owner(*unit, manager);
  // A unit captioned with its manager lists the objectives assigned to it.
  units_with_managers_ = true;
  // The labels, the numbering and the parent's name printed again stay listed.
  for (auto piece : filled) stream_.take_leaving(piece, text_without(join_printed(stream_.piece(piece).text), {title, manager}));
  return true;
}

bool TableReader::read_unit_bar(const std::vector<std::size_t>& filled) {
  if (filled.empty() || filled.size() > 2) return false;
  if (read_unit_caption(filled)) return true;
  const Piece& first = stream_.piece(filled.front());
  auto [at, owner] = find_owner_label(first.text, profile_);
  std::string title = join_printed(first.text);
  if (filled.size() == 2) {
    if (at != std::string::npos) return false;
    std::tie(at, owner) = find_owner_label(stream_.piece(filled.back()).text, profile_);
    if (at != 0) return false;
  } else {
    if (at == std::string::npos) return false;
    // "Dirigente: dott. X" on its own under a unit's heading, before any
    // objective of it: the unit's owner.
    if (at == 0) {
      if (units_.empty() || !path_.empty() || owner.empty()) return false;
      Node* unit = filler_.node(units_.back().id);
      if (unit) add_owner(*unit, owner);
      // "... · Grado di raggiungimento del settore: 98,08%": the unit's own
      // achievement, printed after its manager.
      std::vector<std::string> held = {owner};
      if (const auto after = title.find(owner); unit && after != std::string::npos) {
        if (const auto achieved = labelled_achievement(title.substr(after + owner.size()))) {
          unit->achievement.push_back({achievement_year_ ? achievement_year_ : title_year_, filler_.number(achieved->second, first)});
          held.push_back(achieved->second);
        }
      }
      stream_.take_leaving(filled.front(), text_without(title, held));
      return true;
    }
    title = trim_copy(title.substr(0, at));
  }
  const auto rank = unit_rank(title);
  if (!rank || owner.empty()) return false;
  const std::string id = open_unit(first, *rank, std::nullopt, title);
  if (Node* unit = filler_.node(id)) add_owner(*unit, owner);
  // The label ("Dirigente:") names the field, held by no entity.
  if (filled.size() == 2) {
    stream_.take(filled.front());
    const Piece& second = stream_.piece(filled.back());
    stream_.take_leaving(filled.back(), text_without(join_printed(second.text), {owner}));
  } else {
    stream_.take_leaving(filled.front(), text_without(join_printed(first.text), {title, owner}));
  }
  return true;
}

// Under a unit, a row naming a unit (by its first word, or an uncoded row
// with only a weight when the profile says so) is a sub-unit.
bool TableReader::read_unit_row(const Row& row, const Piece& text) {
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
    weight = filler_.weight(join_value(w->text), *w);
    take(w);
  }
  open_unit(text, *rank, std::move(weight));
  take(&text);
  return true;
}

// "SETTORE 1 – AFFARI GENERALI" over objectives coded 1.1, 1.2: a unit
// numbered like the tree is the tree's first level, an area coded 1 (the
// unit word stays listed as a label).
bool TableReader::read_numbered_unit(const Row& row, const Piece& text) {
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
bool TableReader::next_code_extends_any(const Row& row, const std::string& code) const {
  const auto& rows = stream_.rows();
  const std::size_t at = row_index(row);
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

// A tree printed in columns (Area | Obiettivo strategico | Obiettivo
// operativo | indicators...): each level column opens its node in the
// row where its (merged) cell starts; a cell continued after a page break
// adds to its node's title.
void TableReader::read_level_columns(const Row& row) {
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
    // "OS_1.1 - Title" over "Risorse 2026: € 842.500,00": the objective's
    // resources on the cell's last lines; their label stays listed.
    const std::optional<TotalLine> resources = resources_lines(lines);
    std::string body = join_wrapped(lines);
    std::string printed = join_printed(lines);
    // "AREA 1 – Title (peso 30 punti)": the weight closing the title.
    std::string leftover = resources ? resources->label : std::string();
    if (!weight) {
      if (auto bracketed = bracketed_weight(printed)) {
        leftover += (leftover.empty() ? "" : " ") + text_without(printed, {bracketed->first, bracketed->second});
        weight = InlineWeight{bracketed->second, std::string()};
        printed = bracketed->first;
        body = join_wrapped(printed);
      }
    }
    // The word "peso" names the field, held by no entity: it stays listed.
    if (leftover.empty()) stream_.take(static_cast<std::size_t>(id));
    else stream_.take_leaving(static_cast<std::size_t>(id), leftover);
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
    bool by_level = !heading && (heading = coded_level_cell(body));
    // "Area 1" over its title in one merged cell: the level's name, then
    // its code.
    if (!heading) {
      if (auto lh = leveled_heading(printed)) {
        heading = lh->second;
        by_level = true;
      }
    }
    // "Cod. | Obiettivo": the objectives' code column just left of this
    // level's column codes it.
    if (!heading) {
      if (const Piece* code = level_code_cell(row, *col)) {
        heading = CodedTitle{printed_code(*code), body};
        take(code);
      }
    }
    if (!heading) {
      // The rest of a merged cell cut by a page break.
      std::string target;
      for (const auto& open : path_) {
        if (open.level == level) target = open.id;
      }
      if (Node* node = filler_.node(target)) {
        if (!body.empty()) node->title = join_printed(node->title + "\n" + printed);
        if (weight && !weight->weight.empty() && !node->weight) node->weight = filler_.weight(weight->weight, p);
        previous_level_id = target;
      }
      continue;
    }
    Node node;
    node.code = heading->code;
    node.title = as_printed(heading->title, printed);
    node.level = level;
    node.source = p.source;
    if (weight && !weight->weight.empty()) node.weight = filler_.weight(weight->weight, p);
    if (resources) node.resources.push_back(filler_.number(resources->amount, p));
    // The level's own value columns (Obiettivo strategico | Peso | ...).
    fill_objective_columns(row, node, &p, level);
    // The lowest level's columns (a weight merged over its rows) are the
    // objective's: its node takes them.
    if (level == deepest_level_column()) fill_objective_columns(row, node, &p);
    const std::string nid = open_node(std::move(node), heading->code, by_level);
    if (weight && !weight->quota.empty() && level == "operational") {
      if (Node* parent = filler_.node(filler_.node(nid)->parent); parent && !parent->operational_share)
        parent->operational_share = filler_.number(weight->quota, p);
    }
    previous_level_id = nid;
  }
}

// The profile's words for resources ("risorse finanziarie", "stanziamento"),
// gathered once: a labelled amount is looked for in many cells.
const std::vector<std::string>& TableReader::resources_words() const {
  if (resources_words_.empty())
    for (const auto& phrase : profile_.columns)
      if (phrase.role == "resources") resources_words_.push_back(phrase.phrase);
  return resources_words_;
}

// A cell's last one or two lines naming an amount of resources
// ("Risorse 2026: € 842.500,00"), cut from `lines`.
std::optional<TotalLine> TableReader::resources_lines(std::vector<std::string>& lines) const {
  for (std::size_t k = lines.size(); k-- > 1 && lines.size() - k <= 2;) {
    const std::string tail = join_wrapped(std::vector<std::string>(lines.begin() + static_cast<std::ptrdiff_t>(k), lines.end()));
    if (auto found = parse_total_line(tail, resources_words())) {
      lines.resize(k);
      return found;
    }
  }
  return std::nullopt;
}

// The lowest level a tree in columns prints (Area | Obiettivo operativo:
// "operational"); empty when it prints none.
std::string TableReader::deepest_level_column() const {
  std::string deepest;
  for (const auto& level : profile_.level_columns)
    if (header_.col(level)) deepest = level;
  return deepest;
}

// The cell of the objectives' code column on this row when that column
// stands left of the level column `col` with no other text column between.
const Piece* TableReader::level_code_cell(const Row& row, int col) const {
  const auto cc = objective_code_col();
  if (!cc || *cc >= col) return nullptr;
  for (int c = *cc + 1; c < col; ++c)
    if (!header_.columns[static_cast<std::size_t>(c)].role.empty()) return nullptr;
  const Piece* code = cell_at(row, cc);
  return code && stream_.is_free(index_of(code)) ? code : nullptr;
}

// A level column's cell opened by a code of letters and digits: "OS 1 –
// Title", "OB.2 Title", "1a) Title" (code "1a").
std::optional<CodedTitle> TableReader::coded_level_cell(const std::string& text) {
  static const std::regex coded(
      "^((?:[A-Z]{1,3}[ ._]?)?[0-9]{1,2}[a-z]?(?:[._][0-9]{1,2}[a-z]?)*)\\)?\\s*(?:(?:-|\xE2\x80\x93|\xE2\x80\x94|:)\\s*)?([A-Z\xC3].*)$");
  std::smatch m;
  if (!std::regex_match(text, m, coded)) return std::nullopt;
  return CodedTitle{m[1].str(), m[2].str()};
}

// "PRE – Prevenzione collettiva": letters, a dash and a title, where the
// letters open the codes of the table's rows (PRE.01, PRE.02): a code.
std::optional<CodedTitle> TableReader::acronym_heading(const std::string& text) const {
  static const std::regex acronym("^([A-Z]{2,4})\\s+(?:-|\xE2\x80\x93|\xE2\x80\x94)\\s+(\\S.*)$");
  std::smatch m;
  if (!std::regex_match(text, m, acronym)) return std::nullopt;
  const std::string letters = m[1].str();
  const auto code_col = indicator_code_col();
  if (!code_col) return std::nullopt;
  const bool codes_rows = std::any_of(body_.begin(), body_.end(), [&](const Row* row) {
    const Piece* code = cell_at(*row, code_col);
    if (!code) return false;
    const std::string c = trim_copy(code->text);
    return c.size() > letters.size() && starts_with(c, letters) &&
           (c[letters.size()] == '.' || c[letters.size()] == '_' || std::isdigit(static_cast<unsigned char>(c[letters.size()])));
  });
  if (!codes_rows) return std::nullopt;
  return CodedTitle{letters, m[2].str()};
}

// An objective cell opening with a code-shaped word and no dash ("A.1
// Migliorare ...", "OB2 Ridurre ...", "3a Aprire ...", a budget's long
// numeric code "14050101" on its own first line): in an objective column
// a leading code is the objective's code.
std::optional<CodedTitle> TableReader::leading_code(const std::string& text) {
  static const std::regex lead(
      R"(^\s*((?:[A-Z]{1,4}[._-]?)?\d{1,3}(?:[._]\d{1,3}){0,3}[a-z]?|[A-Z](?:\.\d{1,3}){1,3}[a-z]?|\d{5,10})[.)]?\s+(\S.*)$)");
  std::smatch m;
  if (!std::regex_match(text, m, lead)) return std::nullopt;
  // The title opens with a capital (or an accented letter), not a unit.
  const unsigned char first = static_cast<unsigned char>(m[2].str()[0]);
  if (!std::isupper(first) && first < 0x80) return std::nullopt;
  return CodedTitle{m[1].str(), trim_copy(m[2].str())};
}

// The objective named in an objective column: one node per distinct text
// (under the open unit); a blank cell (merged down) continues the last.
// Whether the objectives' code column under the open header holds codes
// of two depths or more (01., 01.01): worked out once per header.
bool TableReader::code_column_nests() const {
  if (nests_ && nests_->first == header_.first_row) return nests_->second;
  std::set<int> depths;
  const auto col = objective_code_col();
  const auto& rows = stream_.rows();
  const Table* table = rows[header_.first_row].table;
  for (std::size_t r = header_.first_row + static_cast<std::size_t>(std::max(header_.rows, 1)); col && r < rows.size(); ++r) {
    if (rows[r].is_line() || rows[r].table != table) continue;
    if (const Piece* code = cell_at(rows[r], col); code && is_numbering_cell(code->text))
      depths.insert(code_depth(trim_copy(join_wrapped(code->text))));
  }
  nests_ = std::make_pair(header_.first_row, depths.size() >= 2);
  return nests_->second;
}

std::string TableReader::objective_of(const Row& row) {
  const auto col = header_.col("objective");
  if (!col || col == text_col()) return {};
  const Piece* p = cell_at(row, col);
  // "OS_1.1 - Title" over "Risorse 2026: € 842.500,00": the resources are
  // the objective's, the rest of the cell its title.
  std::vector<std::string> cell_lines = p ? split_lines(p->text) : std::vector<std::string>{};
  const std::optional<TotalLine> resources = p ? resources_lines(cell_lines) : std::nullopt;
  const std::string cell_printed = join_printed(cell_lines);
  const std::string objective = p ? join_wrapped(cell_lines) : last_objective_;
  if (objective.empty()) return {};
  const std::string key = objective_key(objective);
  auto it = objective_nodes_.find(key);
  // A bare code of an objective read above (a tree on another sheet):
  // that objective.
  if (it == objective_nodes_.end() && p && objective.find(' ') == std::string::npos) {
    if (const auto known = latest_by_code_.find(unit_path() + printed_code(*p)); known != latest_by_code_.end())
      it = objective_nodes_.emplace(key, known->second).first;
  }
  if (it == objective_nodes_.end()) {
    Node node;
    node.level = role_of(*col)->level.empty() ? "strategic" : role_of(*col)->level;
    node.source = p ? p->source : stream_.piece(row.pieces.front()).source;
    std::string path_key;
    if (auto h = parse_numbered_heading(objective)) {
      node.code = h->code;
      node.title = p ? as_printed(h->title, cell_printed) : h->title;
      path_key = h->code;
    } else if (auto c = parse_code_heading(objective)) {
      node.code = c->code;
      // A code that says its level ("OS1", "OO_2.1") outranks the column's.
      if (auto level = prefix_level(c->code)) node.level = *level;
      node.title = p ? as_printed(c->title, cell_printed) : c->title;
      path_key = slugify(c->code);
    } else if (auto lettered = lettered_heading(objective)) {
      // "Ob. 1 – Title", "OS 1.1 – Title".
      node.code = lettered->code;
      if (auto level = prefix_level(lettered->code)) node.level = *level;
      node.title = p ? as_printed(lettered->title, cell_printed) : lettered->title;
      path_key = slugify(lettered->code);
    } else if (auto acronym = acronym_heading(objective)) {
      // "PRE – Prevenzione ..." over rows coded "PRE.01": the letters code it.
      node.code = acronym->code;
      node.title = p ? as_printed(acronym->title, cell_printed) : acronym->title;
      path_key = node.code;
    } else if (auto lead = leading_code(objective)) {
      node.code = lead->code;
      node.title = p ? as_printed(lead->title, cell_printed) : lead->title;
      path_key = slugify(lead->code);
    } else if (auto lh = leveled_heading(objective)) {
      // "Area 1" over its title: the level's name (a label), its code.
      node.code = lh->second.code;
      node.title = p ? as_printed(lh->second.title, cell_printed) : lh->second.title;
      node.level = lh->first;
      path_key = node.code.empty() ? slugify(node.title) : node.code;
      if (p) stream_.take_leaving(index_of(p), leading_label(cell_printed, node.code, node.title));
    } else {
      node.title = p ? cell_printed : objective;
      path_key = slugify(objective);
    }
    if (const Piece* code = cell_at(row, objective_code_col()); code && node.code.empty()) {
      node.code = printed_code(*code);
      path_key = node.code;
      take(code);
      // Codes of several depths down the column (01., 01.01, 01.01.01) are
      // a tree: the depth says the level, as it does for numbered headings.
      if (const std::string by_depth = level_of_code(node.code); by_depth != "action" && code_column_nests())
        node.level = by_depth;
    }
    if (resources) node.resources.push_back(filler_.number(resources->amount, *p));
    if (p) weight_in_title(node, *p);
    // Values the header gives to the objective ("Peso ob.") are its own.
    if (p) fill_objective_columns(row, node, p);
    // Objectives listed in a column sit under the open section, not under
    // each other: close the previous objective first (not one whose code
    // the new one extends: A.1.1 under A.1).
    if (!path_.empty() && path_.back().level == node.level &&
        !(!node.code.empty() && code_is_prefix(path_.back().code, node.code)))
      path_.pop_back();
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
  if (p && resources) stream_.take_leaving(index_of(p), resources->label);
  else if (p) take(p);
  return it->second;
}

}  // namespace allegato::genres::detail

namespace allegato::genres::detail {

// The uncoded text rows measuring nothing from row `at` on (in tables of
// its width), up to the first measured row; 0 when no measured row follows.
// Worked out for every row at once, from the last up, once per header: a
// scan from each row would take the square of a long sheet's rows.
int TableReader::unmeasured_run(std::size_t at) const {
  const auto& rows = stream_.rows();
  if (runs_header_ != header_.first_row || runs_.size() != rows.size()) {
    runs_header_ = header_.first_row;
    runs_.assign(rows.size(), 0);
    const auto tcol = text_col();
    int count = -1, cols = -1;  // count: rows so far over a measured row, -1 when none follows
    for (std::size_t r = rows.size(); r-- > 0;) {
      const Row& row = rows[r];
      if (row.is_line()) continue;
      if (row.table->n_cols != cols) {
        cols = row.table->n_cols;
        count = -1;
      }
      if (row_has_series(row)) {
        count = 0;
        continue;
      }
      const Piece* text = cell_at(row, tcol);
      if (!text || cell_at(row, indicator_code_col()) || cell_at(row, objective_code_col()) || is_total(*text)) {
        count = -1;
        continue;
      }
      if (count >= 0) runs_[r] = ++count;
    }
  }
  return runs_[at];
}

// A column whose header names its levels ("Obiettivo / Indicatore") and no
// code anywhere: rows measuring nothing over measured rows are objectives.
// A run of them holds the deepest levels ("SOSTEGNO ..." over "Ampliare
// ..." over indicators: strategic then operational; "Sostenere ..." right
// over its indicators is operational).
bool TableReader::read_uncoded_objective_row(const Row& row, const Piece& text) {
  if (!header_.col("text") || text.col != *header_.col("text")) return false;
  if (!header_.cols("code").empty()) return false;
  if (row_has_series(row) || parse_code_heading(text.text)) return false;
  const std::size_t at = row_index(row);
  const int run = unmeasured_run(at);
  if (run == 0) return false;
  // The run's rows are the deepest levels: the last right over the
  // indicators is operational, the one above it strategic, then an area.
  static const std::vector<std::string> levels = {"area", "strategic", "operational"};
  const int index = 3 - std::min(run, 3);
  Node node;
  node.title = join_printed(text.text);
  node.level = levels[static_cast<std::size_t>(index)];
  node.source = text.source;
  take(&text);
  fill_node_values(row, node, &text);
  open_node(std::move(node), slugify(join_printed(text.text)), true);
  return true;
}

}  // namespace allegato::genres::detail
