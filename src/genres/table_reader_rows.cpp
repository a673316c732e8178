// Row classification: joining rows the layout split, then deciding what a
// body row is (a label row, a band, a note, a total, a row naming its level)
// and handing it to the reader of that kind. Separate because it only
// decides; the readers of each kind live in their own files.
#include "genres/table_reader_detail.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace allegato::genres::detail {

// A borderless table may give each printed line of a wrapped row a row of
// its own: the name's second line, the formula's tail. Lines that hold no
// value and open nothing (no code, no numbered heading, no label, no unit)
// continue the measured row above them; their text joins its cells.
// Returns how many rows were joined.
std::size_t TableReader::join_wrapped_rows(std::size_t r) {
  const auto& rows = stream_.rows();
  const Row& row = rows[r];
  if (!row_has_values(row)) return 0;
  std::size_t joined = 0;
  bool multi = false;
  for (std::size_t n = r + 1; n < rows.size() && rows[n].table == row.table; ++n) {
    const Row& next = rows[n];
    if (row_has_values(next)) break;
    const std::vector<std::size_t> filled = stream_.free_filled(next);
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
bool TableReader::row_has_values(const Row& row) const {
  for (auto id : row.pieces) {
    if (trim_copy(stream_.piece(id).text).empty()) continue;
    const ColumnRole* r = role_of(stream_.piece(id).col);
    if (r && (is_value_role(r->role))) return true;
  }
  return false;
}

// The column holding the row's main text: the text or name column, else
// the first column without a role (a title column).
std::optional<int> TableReader::text_col() const {
  if (auto c = header_.col("text")) return c;
  if (auto c = header_.col("name")) return c;
  for (std::size_t c = 0; c < header_.columns.size(); ++c) {
    if (header_.columns[c].role.empty()) return static_cast<int>(c);
    if (header_.columns[c].role == "objective" || header_.columns[c].role == "description") return static_cast<int>(c);
  }
  return std::nullopt;
}

// Several indicators stacked in one ruled row (an objective's row, its
// indicators one under the other in each column, no rule between them):
// the name cell's lines each opening with a code ("PID_01 - ...") part it;
// every indicator column must part into as many values, line by line.
// The row is then read as one row per indicator, the objective's cells on
// the first; the parts keep the cell's place.
bool TableReader::read_stacked_row(const Row& row) {
  const auto name_col = header_.col("name") ? header_.col("name") : header_.col("text");
  if (!name_col) return false;
  const std::ptrdiff_t name_id = stream_.id_at(row, *name_col);
  if (name_id < 0 || !stream_.is_free(static_cast<std::size_t>(name_id))) return false;
  const auto lines = split_lines(stream_.piece(static_cast<std::size_t>(name_id)).text);
  if (lines.size() < 2) return false;
  std::vector<std::string> names;
  std::set<std::string> codes;
  for (const auto& line : lines) {
    const std::string t = trim_copy(line);
    std::string code;
    if (auto c = parse_code_heading(t)) code = c->code;
    else code = leading_code_word(t);
    if (!code.empty()) {
      if (!codes.insert(code).second) return false;
      names.push_back(line);
    } else if (names.empty()) {
      return false;
    } else {
      names.back() += "\n" + line;
    }
  }
  const std::size_t n = names.size();
  if (n < 2) return false;
  std::map<std::size_t, std::vector<std::string>> parts{{static_cast<std::size_t>(name_id), names}};
  for (auto id : row.pieces) {
    if (id == static_cast<std::size_t>(name_id) || !stream_.is_free(id)) continue;
    const Piece& p = stream_.piece(id);
    if (trim_copy(p.text).empty() || p.col_span > 1) continue;
    const ColumnRole* r = role_of(p.col);
    const bool per_indicator = r && (r->is_series() || r->role == "formula" || r->role == "formula_text" || r->role == "unit" ||
                                     r->role == "type" || r->role == "polarity" || (r->role == "weight" && r->of != "objective"));
    if (!per_indicator) continue;
    auto values = stacked_values(p.text, n);
    if (!values) return false;
    parts[id] = std::move(*values);
  }
  // The names alone parted: nothing says the values are stacked too.
  if (parts.size() < 2) return false;
  std::vector<Row> rows(n, row);
  for (auto& r : rows) r.pieces.clear();
  std::map<std::size_t, std::vector<std::size_t>> part_ids;
  for (const auto& [id, texts] : parts)
    for (const auto& text : texts) part_ids[id].push_back(stream_.add_part(id, text));
  for (auto id : row.pieces) {
    const auto it = part_ids.find(id);
    if (it == part_ids.end()) {
      rows[0].pieces.push_back(id);
      continue;
    }
    for (std::size_t k = 0; k < n; ++k) rows[k].pieces.push_back(it->second[k]);
    // Its text is in its parts now.
    stream_.take(id);
  }
  stacked_from_ = row_index(row);
  for (const auto& part : rows) read_row(part);
  return true;
}

// A cell's lines as `n` stacked values, in order: one a line, or a value
// wrapped over lines ("entro il" over "30/06/2026", "A /" over "B") joined
// back. Nothing when they do not make `n`.
std::optional<std::vector<std::string>> TableReader::stacked_values(const std::string& printed, std::size_t n) const {
  std::vector<std::string> values;
  bool open = false;  // the value before is cut short
  for (const auto& raw : split_lines(printed)) {
    const std::string line = trim_copy(raw);
    if (line.empty()) continue;
    const bool continues = !values.empty() && (open || std::string("/*+-x)").find(line.front()) != std::string::npos);
    if (continues) values.back() += "\n" + line;
    else values.push_back(line);
    const std::string& last = values.back();
    // A trailing operator, or a connecting word ("entro il", "pari al"),
    // waits for the rest of its value.
    static const std::set<std::string> connectors = {"il", "al", "allo", "alla", "entro", "del", "della", "di", "la", "a",
                                                     "da", "dal", "dei", "lo", "nel", "per", "e", "pari", "non"};
    const std::string folded = fold(last);
    const std::string last_word = folded.substr(folded.rfind(' ') == std::string::npos ? 0 : folded.rfind(' ') + 1);
    open = std::string("/*+-(").find(last.back()) != std::string::npos || connectors.count(last_word) > 0;
  }
  if (values.size() != n) return std::nullopt;
  return values;
}

void TableReader::read_row(const Row& row) {
  std::vector<std::size_t> filled = stream_.free_filled(row);
  if (filled.empty()) return;
  if (read_stacked_row(row)) return;
  if (!header_.cols("unit_weight").empty() && !is_total(stream_.piece(filled.front()))) {
    read_matrix_cells(row);
    std::erase_if(filled, [&](std::size_t id) { return !stream_.is_free(id); });
    if (filled.empty()) return;
  }
  if (unit_col_) read_unit_cell(row);
  const auto tcol = text_col();
  const Piece* text = cell_at(row, tcol);
  if (read_label(row, text)) return;
  if (read_unit_bar(filled)) return;
  if (filled.size() == 1 && read_band(row, stream_.piece(filled.front()))) return;
  if (filled.size() == 2 && read_weighted_band(filled)) return;
  // A note written in a row of its own (a sentence across the sheet, "Il
  // punteggio ... è la media ..."): no indicator; it stays listed. So is a
  // phrase alone in the code column ("n.d. = dato non disponibile (...)"):
  // a code is one word or two.
  if (filled.size() == 1 && is_sentence(stream_.piece(filled.front()).text)) return;
  if (filled.size() == 1) {
    const Piece& alone = stream_.piece(filled.front());
    const ColumnRole* r = role_of(alone.col);
    if (r && r->role == "code" && count_words(join_wrapped(alone.text)) >= 4) return;
  }
  if (read_total_row(row, filled)) return;
  if (read_row_level(row, cell_at(row, tcol))) return;
  read_level_columns(row);
  text = cell_at(row, tcol);
  // A total row without an amount the model keeps: no entity (stays listed).
  if ((text && is_total(*text)) || is_total(stream_.piece(filled.front()))) return;
  if (text && read_objective_row(row, *text)) return;
  if (text && read_coded_objective_row(row, *text)) return;
  if (text && read_unit_row(row, *text)) return;
  if (text && read_uncoded_objective_row(row, *text)) return;
  // An objective column filled where the indicator column is blank: the
  // row is the objective's own (its weight, its achievement).
  if (read_year_row(row, text)) return;
  if (read_series_row(row, text)) return;
  if ((objectives_only() || (!text && header_.col("objective"))) && read_objective_record(row)) return;
  read_indicator(row, text);
}

// "-", "–", "—": nothing printed on purpose.
bool TableReader::is_dash(const std::string& value) {
  const std::string v = trim_copy(value);
  return v == "-" || v == "\xE2\x80\x93" || v == "\xE2\x80\x94";
}

// Running prose: ten words or more ending in a full stop.
bool TableReader::is_sentence(const std::string& printed) {
  const std::string text = trim_copy(join_wrapped(printed));
  if (text.empty() || (text.back() != '.' && text.back() != ';')) return false;
  return std::count(text.begin(), text.end(), ' ') >= 9;
}

// A row opened by a total's words ("Totale risorse finanziarie") in any
// column: no entity. The resources or weights it prints are the
// document's own totals, which the audit checks the objectives' resources
// and top-level weights against; its other cells stay listed.
bool TableReader::read_total_row(const Row& row, const std::vector<std::size_t>& filled) {
  const Piece& first = stream_.piece(filled.front());
  if (!is_total(first)) return false;
  // Resources, or the weights' total ("Totale punti obiettivi | 40 punti").
  for (const char* field : {"resources", "weight"}) {
    const Piece* amount = first_of(row, field, &first);
    if (!amount) continue;
    const std::string printed = join_value(amount->text);
    Number number = std::string(field) == "weight" ? filler_.weight(printed, *amount) : filler_.number(printed, *amount);
    filler_.document().totals.push_back({join_printed(first.text), field, std::move(number)});
    take(&first);
    take(amount);
    return true;
  }
  // "TOTALE PUNTI OBIETTIVI | 40" under no weight column (the points are
  // printed in the titles): the label says it totals the weights.
  const std::string label = fold(first.text);
  if ((label.find("punti") != std::string::npos || label.find("pesi") != std::string::npos ||
       label.find("peso") != std::string::npos) &&
      filled.size() == 2) {
    const Piece& amount = stream_.piece(filled.back());
    const std::string printed = join_value(amount.text);
    if (parse_number(printed).value) {
      filler_.document().totals.push_back({join_printed(first.text), "weight", filler_.weight(printed, amount)});
      take(&first);
      take(&amount);
      return true;
    }
  }
  return false;
}

bool TableReader::is_total(const Piece& text) const {
  const std::string f = fold(text.text);
  for (const auto& w : profile_.total_rows) {
    if (f == w || starts_with(f, w + " ")) return true;
  }
  return false;
}

// The code column of indicators, and the one of objectives when a table
// prints both ("Cod. obiettivo" ... "Cod. indicatore").
std::optional<int> TableReader::indicator_code_col() const {
  for (int c : header_.cols("code"))
    if (header_.columns[static_cast<std::size_t>(c)].of != "objective") return c;
  return std::nullopt;
}

std::optional<int> TableReader::objective_code_col() const {
  for (int c : header_.cols("code"))
    if (header_.columns[static_cast<std::size_t>(c)].of == "objective") return c;
  return std::nullopt;
}

// A table of objectives: an objective column and no indicator column.
bool TableReader::objectives_only() const {
  return header_.col("objective") && !header_.col("name") && !header_.col("text");
}

// "Indicatori" / "Obiettivi operativi" with a share of the open objective.
bool TableReader::read_label(const Row& row, const Piece* text) {
  if (!text) return false;
  const auto it = profile_.labels.find(fold(text->text));
  if (it == profile_.labels.end()) return false;
  // The label names what follows, held by no entity: it stays listed.
  stream_.mark_label(index_of(text));
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
bool TableReader::read_band(const Row& row, const Piece& p) {
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
  // "OS.1 – Title" alone in its row, outside the text column (a band the
  // layout kept in the code column): a heading of the level its code says.
  const auto lines = split_lines(p.text);
  if (const auto coded = parse_code_heading(lines.empty() ? p.text : lines.front());
      coded && prefix_level(coded->code) && text_col() && p.col != *text_col()) {
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

// "CITTADINI, IMPRESE E TERRITORIO (over Codice and Obiettivo) | 40 %": a
// band across the first columns, no code of its own, with only a weight
// beside it (a perspective's or an area's) opens a section with that weight.
bool TableReader::read_weighted_band(const std::vector<std::size_t>& filled) {
  const Piece& band = stream_.piece(filled.front());
  const Piece& value = stream_.piece(filled.back());
  const auto tcol = text_col();
  if (band.col_span < 2 || !tcol || *tcol < band.col || *tcol >= band.col + band.col_span) return false;
  const ColumnRole* role = role_of(value.col);
  // (Numbered, lettered, leveled or unit bands, "A – SERVIZI | 30 punti",
  // "SETTORE 1 – AFFARI GENERALI | 30 punti", are rows the readers below know.)
  if (!role || role->role != "weight" || parse_code_heading(band.text) || parse_numbered_heading(band.text) ||
      lettered_heading(join_printed(band.text)) || leveled_heading(band.text) || unit_rank(join_wrapped(band.text)) ||
      is_total(band))
    return false;
  const std::string printed = join_value(value.text);
  if (!parse_number(printed.substr(Filler::weight_figure(printed))).value) return false;  // (no diagnostic: read again below)
  const auto weight = filler_.weight(printed, value);
  const std::string id = open_heading(band, profile_.section_level);
  heading_above_ = false;  // a band inside the table, not a heading over the next one
  if (Node* node = filler_.node(id); node && !node->weight) node->weight = weight;
  stream_.take(filled.front());
  stream_.take(filled.back());
  return true;
}

// A tree printed row by row with each row's level named in a column
// (Livello: Area | Obiettivo strategico | Outcome | Indicatore): the
// level word decides what the row is; the tree nests by level.
bool TableReader::read_row_level(const Row& row, const Piece* text) {
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
  // A node's title in the description column when the name column holds
  // only the indicators' ("Livello | Codice | Descrizione | Indicatore").
  if (!text) text = cell_at(row, header_.col("description"));
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
std::optional<std::string> TableReader::row_level_of(const std::string& printed) const {
  const std::string f = fold(printed);
  std::optional<std::string> best;
  std::size_t best_size = 0;
  for (const auto& [words, level] : profile_.row_levels) {
    if ((f == words || starts_with(f, words + " ")) && words.size() > best_size) {
      best = level;
      best_size = words.size();
    }
  }
  // "Obiettivo" names no level of its own: the profile's objectives'.
  if (best == "objective") best = profile_.objective_level;
  return best;
}

// The one filled cell among the columns of `role` (a weight may sit
// under one of several sub-columns: Area | OS | OO | Ind.).
const Piece* TableReader::first_of(const Row& row, const std::string& role, const Piece* except, const std::string& whose) const {
  for (int c : header_.cols(role)) {
    // "objective": columns not said to be an indicator's; "indicator": not an objective's.
    const std::string& of = header_.columns[static_cast<std::size_t>(c)].of;
    if (!whose.empty() && !of.empty() && of != whose) continue;
    const Piece* p = cell_at(row, c);
    if (p && p != except) return p;
  }
  return nullptr;
}

bool TableReader::row_has_series(const Row& row) const {
  for (std::size_t c = 0; c < header_.columns.size(); ++c)
    if (header_.columns[c].is_series() && cell_at(row, static_cast<int>(c))) return true;
  return false;
}

}  // namespace allegato::genres::detail
