// What the rows under a header decide about its columns: the rows' code
// column, whose code and whose weight, reached values, the units' column.
// Separate because each decision scans the table body once, apart from
// reading it row by row.
#include "genres/table_reader_detail.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "values/value_parts.hpp"

namespace allegato::genres::detail {

// The rows of the table under the header: to the next table or the next
// header inside this one (a form printing one table per section, each
// with its header), past the free lines printed between its rows (a
// wrapped cell's tail, a footer).
std::vector<const Row*> TableReader::body_rows() const {
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
void TableReader::decide_from_rows() {
  std::string signature;
  for (const auto& c : header_.columns) signature += c.role + (c.year ? std::to_string(*c.year) : "") + "|";
  if (decided_.table == table_ && decided_.signature == signature && decided_.columns.size() == header_.columns.size()) {
    for (std::size_t c = 0; c < header_.columns.size(); ++c) {
      // (The reason is the decision's where the rows changed the column;
      // else this header's own, "kept from the header above" and all.)
      if (header_.columns[c].role != decided_.columns[c].role || header_.columns[c].of != decided_.columns[c].of)
        header_.columns[c].why = decided_.columns[c].why;
      header_.columns[c].role = decided_.columns[c].role;
      header_.columns[c].of = decided_.columns[c].of;
      header_.columns[c].year = decided_.columns[c].year;
      header_.columns[c].year_assumed = decided_.columns[c].year_assumed;
      header_.columns[c].level = decided_.columns[c].level;
      header_.columns[c].code_leads = decided_.columns[c].code_leads;
    }
    unit_col_ = decided_.unit_col;
    return;
  }
  body_ = body_rows();
  find_row_series_column();
  decide_coded_objective_column();
  decide_formula_in_words();
  decide_leading_codes();
  decide_baseline_year_column();
  find_matrix_columns();
  decide_score_column();
  decide_count_columns();
  find_numbering_column();
  decide_code_column();
  decide_objective_columns();
  decide_reached_values();
  find_unit_column();
  decided_ = {table_, signature, header_.columns, unit_col_};
}

// "Dato" over "Consuntivo | Obiettivo | Consuntivo ...": a column naming
// each row's series (the profile's row_series) over columns headed by
// bare years; each row's years hold that series. Two kinds at least.
void TableReader::find_row_series_column() {
  if (profile_.row_series.empty()) return;
  const bool bare_years = std::any_of(header_.columns.begin(), header_.columns.end(), [](const ColumnRole& c) { return c.bare_year; });
  if (!bare_years) return;
  for (std::size_t c = 0; c < header_.columns.size(); ++c) {
    ColumnRole& role = header_.columns[c];
    // Its header names nothing, or a series without a year ("Dato"): its
    // cells, words and no values, say which.
    if (!role.role.empty() && !((role.is_series() || role.role == "values") && !role.year)) continue;
    std::set<std::string> kinds;
    bool all = true;
    for (const Row* row : body_) {
      const Piece* p = cell_at(*row, static_cast<int>(c));
      if (!p) continue;
      const auto it = profile_.row_series.find(fold(p->text));
      if (it == profile_.row_series.end()) {
        all = false;
        break;
      }
      kinds.insert(it->second);
    }
    if (!all || kinds.size() < 2) continue;
    role.role = "row_series";
    role.why += "; names each row's series (the years' columns hold it)";
    // The first year a target row fills: values ("Consuntivo") before it
    // are baselines, from it on results.
    series_first_target_.reset();
    for (const Row* row : body_) {
      const Piece* p = cell_at(*row, static_cast<int>(c));
      if (!p || profile_.row_series.at(fold(p->text)) != "targets") continue;
      for (const auto& year_col : header_.columns) {
        const int k = static_cast<int>(&year_col - header_.columns.data());
        if (year_col.bare_year && year_col.year && cell_at(*row, k) && (!series_first_target_ || *year_col.year < *series_first_target_))
          series_first_target_ = year_col.year;
      }
    }
    return;
  }
}

// "Obiettivo | Denominazione | Risorse" over "17.1 | Migliorare ... |
// 1.842.500,00": an objective column holding only codes codes the
// objectives, and in a table measuring nothing (no series, no formula)
// the name column beside it names them, not indicators.
// A column whose every cell (bands across the table and totals aside) is
// a row's code: how many cells, and whether a code comes again; nothing
// when a cell holds anything else.
std::optional<TableReader::ColumnCodes> TableReader::codes_in_column(int col) const {
  ColumnCodes out;
  std::set<std::string> seen;
  for (const Row* row : body_) {
    const Piece* p = cell_at(*row, col);
    if (!p || is_total(*p) || p->col_span > 1) continue;
    if (!is_row_code(p->text)) return std::nullopt;
    ++out.cells;
    out.repeats = !seen.insert(trim_copy(p->text)).second || out.repeats;
  }
  return out;
}

void TableReader::decide_coded_objective_column() {
  // "Area | Ambito strategico | Punti": two objective columns, the first of
  // codes only ("A", "B"): the objectives' codes, their titles beside.
  if (const auto objectives = header_.cols("objective"); objectives.size() == 2 && header_.cols("code").empty()) {
    if (const auto codes = codes_in_column(objectives[0]); codes && codes->cells >= 2) {
      ColumnRole& code = header_.columns[static_cast<std::size_t>(objectives[0])];
      code.role = "code";
      code.of = "objective";
      code.why += "; only codes: the objectives' codes (their titles in the next objective column)";
      return;
    }
  }
  const auto objective = header_.col("objective");
  const auto name = header_.col("name");
  if (!objective || !name || !header_.cols("code").empty()) return;
  const auto codes = codes_in_column(*objective);
  if (!codes || codes->cells < 2) return;
  ColumnRole& code = header_.columns[static_cast<std::size_t>(*objective)];
  const bool measured = std::any_of(header_.columns.begin(), header_.columns.end(), [](const ColumnRole& c) {
    return c.is_series() || c.role == "formula" || c.role == "formula_text" || c.role == "unit";
  });
  if (measured) {
    // Indicator columns too: a coded row names its objective in the name
    // column, the rows under it with no code its indicators; or a code on
    // every row, repeated, refers each indicator to its objective (listed
    // on another sheet or table by that code).
    std::size_t uncoded_rows = 0;
    for (const Row* row : body_)
      if (!cell_at(*row, *objective) && cell_at(*row, *name)) ++uncoded_rows;
    const bool refers = uncoded_rows == 0 && codes->repeats;
    if (uncoded_rows < codes->cells && !refers) return;
    code.role = "code";
    code.of = "objective";
    code.why += "; only codes: the objectives' codes (their titles in the name column on the coded rows)";
    return;
  }
  ColumnRole& title = header_.columns[static_cast<std::size_t>(*name)];
  title.role = "objective";
  title.level = code.level;
  title.why += "; the objectives' names (the column left of it holds their codes)";
  code.role = "code";
  code.of = "objective";
  code.why += "; only codes: the objectives' codes";
}

// A year column right of the baselines ("Valore di riferimento | Anno
// rif."), its cells years: the year each baseline was measured in.
void TableReader::decide_baseline_year_column() {
  if (header_.col("baseline_year")) return;
  for (std::size_t c = 1; c < header_.columns.size(); ++c) {
    ColumnRole& role = header_.columns[c];
    // (A baseline whose header prints its year is dated: "Valore 2025 |
    // Anno | Valore atteso" prints the targets' years as rows.)
    const ColumnRole& baselines = header_.columns[c - 1];
    if (role.role != "year" || baselines.role != "baselines" || (baselines.year && !baselines.year_assumed)) continue;
    std::size_t years = 0, filled = 0;
    for (const Row* row : body_) {
      const Piece* p = cell_at(*row, static_cast<int>(c));
      if (!p) continue;
      ++filled;
      years += is_year(trim_copy(p->text)) ? 1 : 0;
    }
    if (filled == 0 || years != filled) continue;
    role.role = "baseline_year";
    role.why += "; years right of the baselines: the year each was measured in";
    // The baselines are dated row by row, not assumed.
    header_.columns[c - 1].year.reset();
    header_.columns[c - 1].year_assumed = false;
    return;
  }
}

// One column describing the calculation ("Metodo di calcolo") whose cells
// name no measure code ("Ettari mappati / ettari da mappare x 100"): the
// formula in words, not a formula over measures. A column headed
// "Formula" or "Algoritmo" holds the formula however it is written.
void TableReader::decide_formula_in_words() {
  const auto formulas = header_.cols("formula");
  if (formulas.size() != 1 || header_.col("formula_text")) return;
  ColumnRole& role = header_.columns[static_cast<std::size_t>(formulas.front())];
  const std::string header = fold(role.header);
  if (header.find("formula") != std::string::npos || header.find("algoritmo") != std::string::npos) return;
  std::size_t filled = 0;
  for (const Row* row : body_) {
    const Piece* p = cell_at(*row, formulas.front());
    if (!p || is_dash(p->text)) continue;
    ++filled;
    std::istringstream words(join_wrapped(p->text));
    for (std::string w; words >> w;)
      if (looks_like_code(w)) return;
  }
  if (filled < 2) return;
  role.role = "formula_text";
  role.why += "; words, no measure code: the formula in words";
}

// The first word of a cell, if it is a code with a digit ("KPI-01",
// "IND.3"): what numbers a row when no column holds codes.
std::string TableReader::leading_code_word(const std::string& printed) {
  const std::string text = trim_copy(join_wrapped(printed));
  const auto space = text.find(' ');
  if (space == std::string::npos) return {};
  const std::string word = text.substr(0, space);
  const bool digit = std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!digit || !looks_like_code(word) || is_year(word)) return {};
  return word;
}

// No code column, and the names each open with a distinct code, no dash
// after it ("KPI-01 Grado di coinvolgimento ..."): the column prints code
// and name together; the reader splits them.
void TableReader::decide_leading_codes() {
  if (!header_.cols("code").empty()) return;
  const auto name = header_.col("name");
  if (!name) return;
  std::set<std::string> codes;
  std::size_t filled = 0;
  for (const Row* row : body_) {
    const Piece* p = cell_at(*row, *name);
    if (!p || p->col_span > 1) continue;
    ++filled;
    const std::string code = leading_code_word(p->text);
    if (code.empty() || !codes.insert(code).second) return;
  }
  if (filled < 2) return;
  ColumnRole& role = header_.columns[static_cast<std::size_t>(*name)];
  role.code_leads = true;
  role.why += "; each name opens with its code";
}

// An undated baseline ("Valore raggiunto", read as the value before the
// plan) beside an achievement column the rows fill is what the achievement
// measures: the result of the first target year (a report on that year).
void TableReader::decide_reached_values() {
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

// A "Punteggio" column grades a target (its bands' scores, "100%",
// "75%") unless its cells are points ("18 punti", "1 PUNTO"): then it
// weighs the row in points, as a weight column does.
void TableReader::decide_score_column() {
  const auto score = header_.col("score");
  if (!score) return;
  std::size_t points = 0, other = 0;
  for (const Row* row : body_) {
    const Piece* p = cell_at(*row, *score);
    if (!p || is_total(*p)) continue;
    const auto q = value_parts::parse_quantity(join_value(p->text));
    const std::string unit = q.quantity && q.quantity->unit ? fold(*q.quantity->unit) : std::string();
    const bool in_points = unit == "punti" || unit == "punto";
    ++(in_points ? points : other);
  }
  if (points < 2 || other > 0) return;
  ColumnRole& role = header_.columns[static_cast<std::size_t>(*score)];
  role.role = "weight";
  role.why += "; its cells are points: a weight in points, not a band's score";
}

// A column named as names ("Indicatori" beside "Area" in a summary of
// areas) whose every cell is a whole number counts them: no name.
void TableReader::decide_count_columns() {
  for (std::size_t c = 0; c < header_.columns.size(); ++c) {
    ColumnRole& role = header_.columns[c];
    if (role.role != "name" && role.role != "text") continue;
    std::size_t counts = 0, other = 0;
    for (const Row* row : body_) {
      const Piece* p = cell_at(*row, static_cast<int>(c));
      if (!p || is_total(*p)) continue;
      const std::string t = trim_copy(p->text);
      const bool whole = !t.empty() && t.size() <= 6 && std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      ++(whole ? counts : other);
    }
    if (counts < 2 || other > 0) continue;
    role.why += "; every cell a whole number: a count, not a name";
    role.role.clear();
  }
}

// A weight or owner column whose cell is merged down over each
// objective's rows (one weight or office per objective, some objectives
// with several indicators) is the objectives', not the indicators'.
void TableReader::decide_objective_columns() {
  // The objectives' text: their column, or the lowest level of a tree in
  // columns (Area | Obiettivo operativo).
  const std::string deepest = deepest_level_column();
  const auto objective = deepest.empty() ? header_.col("objective") : header_.col(deepest);
  if (!objective) return;
  for (const char* name : {"weight", "owner"}) {
    const auto column = header_.col(name);
    if (!column || !header_.columns[static_cast<std::size_t>(*column)].of.empty()) continue;
    std::map<std::string, std::pair<int, int>> rows_and_cells;  // objective text -> rows, filled cells
    std::string key;
    for (const Row* row : body_) {
      if (const Piece* p = cell_at(*row, objective)) key = p->col_span == 1 ? join_wrapped(p->text) : std::string();
      if (key.empty()) continue;  // before the first objective, or a band across the table
      auto& [rows, cells] = rows_and_cells[key];
      ++rows;
      if (cell_at(*row, *column)) ++cells;
    }
    bool several_rows = false, once_each = true;
    for (const auto& [text, counts] : rows_and_cells) {
      once_each = once_each && counts.second <= 1;
      several_rows = several_rows || counts.first > 1;
    }
    if (!once_each) continue;
    // The same header over another table of the document said so already
    // (here each objective happens to have one indicator): the document's way.
    std::string header_words = std::string(name) + ":";
    for (const auto& c : header_.columns) header_words += c.header + "|";
    const bool said_before = objective_column_headers_.count(header_words) > 0;
    if (!several_rows && !said_before) continue;
    objective_column_headers_.insert(header_words);
    ColumnRole& role = header_.columns[static_cast<std::size_t>(*column)];
    role.of = "objective";
    role.why += several_rows ? "; the objective's (one cell over each objective's rows)"
                             : "; the objective's (so under the same header in an earlier table)";
  }
}

// A numbering ("17.", "1.2"), one led by letters ("A.1", "OB.2", "B3"), or
// an area's letter alone ("A" over "A1", "A2").
bool TableReader::is_row_code(const std::string& text) {
  // (A segment may open with a letter: "OP.T1", "OB-A01".)
  static const std::regex lettered(R"(^\s*[A-Z]{1,3}(?:[._-]?[A-Z]?\d{1,2}(?:[._-][A-Z]?\d{1,2}){0,3})?\.?\s*$)");
  return is_numbering_cell(text) || std::regex_match(text, lettered);
}

// A column whose header names nothing ("N.", "#", blank), left of the
// text, whose every cell is a distinct numbering (17. | 18. | 19.): the
// rows' codes.
void TableReader::find_numbering_column() {
  if (!header_.cols("code").empty()) return;
  std::optional<int> first_text;
  for (const char* role : {"objective", "text", "name", "description"})
    if (const auto c = header_.col(role); c && (!first_text || *c < *first_text)) first_text = c;
  if (!first_text) return;
  for (int c = 0; c < *first_text; ++c) {
    ColumnRole& role = header_.columns[static_cast<std::size_t>(c)];
    if (!role.role.empty()) continue;
    // Each code numbers one row, or one objective listed again (an
    // assignment's objective under each unit: the same title beside it).
    std::map<std::string, std::string> title_of;
    bool all_numbering = true;
    std::size_t filled = 0;
    for (const Row* row : body_) {
      const Piece* p = cell_at(*row, c);
      // A band across the table or a total row is no row of the list.
      if (!p || p->col_span > 1 || is_total(*p)) continue;
      ++filled;
      const Piece* text = cell_at(*row, *first_text);
      const std::string title = text ? join_printed(text->text) : std::string();
      const auto [it, first] = title_of.emplace(trim_copy(p->text), title);
      if (!is_row_code(p->text) || (!first && (title.empty() || it->second != title))) all_numbering = false;
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
void TableReader::decide_code_column() {
  const auto name = header_.col("name");
  const auto codes = header_.cols("code");
  if (!name || codes.size() != 1) return;
  // Codes whose prefix names an objective's level (OB.1, OS_2: the
  // profile's code_prefix_levels) code the objectives, wherever the
  // column stands.
  if (header_.col("objective") && header_.columns[static_cast<std::size_t>(codes.front())].of.empty()) {
    std::size_t prefixed = 0, filled = 0;
    for (const Row* row : body_) {
      const Piece* p = cell_at(*row, codes.front());
      if (!p || p->col_span > 1 || is_total(*p)) continue;
      ++filled;
      if (prefix_level(printed_code(*p))) ++prefixed;
    }
    if (filled >= 2 && prefixed == filled) {
      ColumnRole& role = header_.columns[static_cast<std::size_t>(codes.front())];
      role.of = "objective";
      role.why += "; codes of objectives (their prefix says so)";
      return;
    }
  }
  // The objective column the code precedes (Area | Cod. | Obiettivo |
  // Indicatore: the code is the objective's, not the area's).
  std::optional<int> objective;
  std::vector<std::string> objective_roles = profile_.level_columns;
  objective_roles.push_back("objective");
  for (const auto& r : objective_roles)
    for (int c : header_.cols(r))
      if (c > codes.front() && (!objective || c < *objective)) objective = c;
  if (!objective || *name < *objective) return;
  ColumnRole& role = header_.columns[static_cast<std::size_t>(codes.front())];
  if (!role.of.empty()) return;
  std::map<std::string, std::set<std::string>> codes_of;
  std::string key;
  for (const Row* row : body_) {
    const Piece* code = cell_at(*row, codes.front());
    // A code beside no objective ("OS.1 – Title" heading its objectives)
    // is no code of the objective above.
    if (const Piece* p = cell_at(*row, objective)) key = join_wrapped(p->text);
    else if (code) key.clear();
    if (code && !key.empty()) codes_of[key].insert(trim_copy(code->text));
  }
  if (codes_of.empty()) return;
  for (const auto& [objective_text, set] : codes_of)
    if (set.size() > 1) return;
  role.of = "objective";
  role.why += "; the objective's (one code per objective)";
}

// A column left of the objective (Struttura responsabile | Cod. |
// Obiettivo ...) is the units' when one objective is listed under two of
// its values: the objective is assigned to each unit, with each unit's
// weight. Under one value each, it is the objective's owner.
void TableReader::find_unit_column() {
  unit_col_.reset();
  const auto objective = objective_code_col() ? objective_code_col() : header_.col("objective");
  if (!objective) return;
  const auto& rows = stream_.rows();
  // Per owner column: its value on each row where an objective is printed
  // (merged down: the last value printed). An objective printed again on
  // each of its indicators' rows is listed once per run of rows.
  struct Listing {
    std::vector<std::pair<std::string, std::string>> pairs;  // (value, objective)
    bool varies_in_run = false;  // two values beside one objective's run of rows
    bool blocks = true;          // each value on one run of rows (the rows grouped by it)
  };
  std::map<int, Listing> listed;
  for (int c : header_.cols("owner")) {
    Listing& listing = listed[c];
    std::string value;
    std::set<std::string> closed;  // values whose run of rows has ended
    for (std::size_t r = header_.first_row + static_cast<std::size_t>(header_.rows); r < rows.size() && rows[r].table == table_; ++r) {
      if (const Piece* p = cell_at(rows[r], c)) value = join_wrapped(p->text);
      // Only where the objective is printed: a total row below it names none.
      const Piece* printed = cell_at(rows[r], objective);
      if (!printed || value.empty()) continue;
      const std::pair<std::string, std::string> pair{value, join_wrapped(printed->text)};
      if (!listing.pairs.empty()) {
        const auto& last = listing.pairs.back();
        if (last == pair) continue;
        if (last.second == pair.second) listing.varies_in_run = true;
        if (last.first != pair.first) {
          closed.insert(last.first);
          if (closed.count(pair.first)) listing.blocks = false;
        }
      }
      listing.pairs.push_back(pair);
    }
  }
  // The units' column lists one objective under several of its values; of
  // two such columns (Dirigente | Struttura, a manager heading two
  // structures), the one listing each objective once per value. Left of
  // the objective, a column is read broad to narrow; right of it (the
  // unit and its manager last on every row), only a column that groups
  // the rows, one value per objective's rows, says whose they are.
  std::optional<int> coarse;
  for (const auto& [c, listing] : listed) {
    if (c > *objective && (listing.varies_in_run || !listing.blocks)) continue;
    std::map<std::string, std::set<std::string>> values_of;
    std::set<std::pair<std::string, std::string>> seen;
    bool repeats = false;
    for (const auto& pair : listing.pairs) {
      values_of[pair.second].insert(pair.first);
      repeats = repeats || !seen.insert(pair).second;
    }
    const bool several = std::any_of(values_of.begin(), values_of.end(), [](const auto& v) { return v.second.size() >= 2; });
    if (!several) continue;
    if (!repeats) {
      unit_col_ = c;
      break;
    }
    if (!coarse) coarse = c;
  }
  // A coarser column right of the objective beside the units' column (its
  // managers) need not group the rows.
  if (unit_col_ && !coarse) {
    for (const auto& [c, listing] : listed) {
      if (c == *unit_col_ || c < *objective || listing.varies_in_run) continue;
      coarse = c;
      break;
    }
  }
  if (!unit_col_) unit_col_ = coarse;
  if (!unit_col_) return;
  header_.columns[static_cast<std::size_t>(*unit_col_)].why += "; the units' (one objective under several)";
  // A coarser column with one value per unit names the units' managers.
  if (!coarse || coarse == unit_col_) return;
  std::map<std::string, std::set<std::string>> managers_of;
  const auto& units = listed[*unit_col_].pairs;
  const auto& managers = listed[*coarse].pairs;
  for (std::size_t k = 0; k < units.size() && k < managers.size(); ++k) managers_of[units[k].first].insert(managers[k].first);
  if (std::all_of(managers_of.begin(), managers_of.end(), [](const auto& m) { return m.second.size() == 1; })) {
    ColumnRole& role = header_.columns[static_cast<std::size_t>(*coarse)];
    role.role = "unit_owner";
    role.why += "; the units' managers (one per unit)";
  }
}

}  // namespace allegato::genres::detail
