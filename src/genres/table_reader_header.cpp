// Adopting a table's header: the period or title year that dates its
// columns, which headers the reader can use, the years and value columns a
// header leaves implicit, and a header guessed when a table prints none.
// Separate because it works on a HeaderMatch alone, before any row is read.
#include "genres/table_reader_detail.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

#include "values/text.hpp"

namespace allegato::genres::detail {

// ---- the document's period, for "primo anno" columns ----
void TableReader::find_period() {
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

bool TableReader::useful(const HeaderMatch& h) const {
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
bool TableReader::filled_below(const HeaderMatch& h, int col) const {
  const auto& rows = stream_.rows();
  const Table* table = rows[h.first_row].table;
  for (std::size_t r = h.first_row + static_cast<std::size_t>(h.rows); r < rows.size(); ++r) {
    if (rows[r].is_line()) continue;
    if (rows[r].table != table || match_header(stream_, r, profile_).valid()) break;
    if (const Piece* p = stream_.at(rows[r], col); p && p->col_span == 1 && !trim_copy(p->text).empty()) return true;
  }
  return false;
}

void TableReader::adopt_header(HeaderMatch fresh) {
  const auto& rows = stream_.rows();
  // The next unit form is another unit's.
  form_unit_open_ = false;
  form_pending_.clear();
  // A header printed again further down a table (one per section) that
  // leaves a column unnamed keeps that column's role from the header
  // above it, when its rows fill that column (a section whose rows leave
  // it empty has no such column: behaviours with points, no indicators).
  if (header_.valid() && header_.columns.size() == fresh.columns.size()) {
    for (std::size_t c = 0; c < fresh.columns.size(); ++c) {
      if (!fresh.columns[c].role.empty() || !fresh.columns[c].header.empty() || header_.columns[c].role.empty()) continue;
      if (!filled_below(fresh, static_cast<int>(c))) continue;
      fresh.columns[c] = header_.columns[c];
      static const std::string kept = "; unnamed here, kept from the header above";
      if (fresh.columns[c].why.find(kept) == std::string::npos) fresh.columns[c].why += kept;
    }
  }
  // A sheet named by a year ("2024", "Anno 2024": one sheet a year) dates
  // its undated columns, as a title naming one year does the document's.
  std::optional<int> table_year = title_year_;
  std::string dated_by = "; year from the title";
  if (table_ && !table_->sheet.empty()) {
    const auto years = years_in(table_->sheet);
    std::optional<int> ordinal;
    const std::string words = label_words(table_->sheet, ordinal);
    if (years.size() == 1 && (words.empty() || words == "anno" || words == "esercizio" || words == "scheda anno")) {
      table_year = years.front();
      dated_by = "; year from the sheet's name";
    }
  }
  // Years for "primo anno" columns and "Valore 2024" columns.
  std::optional<int> first_target;
  for (auto& c : fresh.columns) {
    if (c.ordinal && !c.year && period_start_) c.year = *period_start_ + *c.ordinal - 1;
    if ((c.role == "targets" || c.role == "results") && !c.year && !c.ordinal && table_year) {
      c.year = table_year;
      c.why += dated_by;
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
  if (!achievement_year_ && series_years.empty() && table_year && fresh.col("achievement")) {
    achievement_year_ = table_year;
    years_.insert(*table_year);
  }
  for (int k = 0; k < fresh.rows; ++k) stream_.mark_header_row(rows[fresh.first_row + static_cast<std::size_t>(k)]);
  // Each column's role and cue are the profile's own words.
  const Source where = stream_.piece(rows[fresh.first_row].pieces.front()).source;
  header_ = std::move(fresh);
  decide_from_rows();
  // What each column was read as, once the rows below decided what the
  // header left open (whose code, the units' column, a number column...).
  filler_.diagnose(Severity::info, "reader.columns",
                   LocalMessage(N_("columns read with profile '{profile}':\n{columns}"))
                       .set("profile", profile_.name)
                       .set("columns", header_.explain()),
                   where);
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

// A table with no header at all: the profile may say what its columns
// hold when its rows look like it (a weight in the second column).
bool TableReader::guess_header(const Row& row) {
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

}  // namespace allegato::genres::detail
