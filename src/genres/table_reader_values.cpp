// Value cells: baselines, targets and results by year, achievements, graded
// targets (ladders down a cell or across the row), cells printing several
// years, and targets relative to a baseline. Separate because it is the
// reading of one indicator's series, whatever the layout.
#include "genres/table_reader_detail.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "genres/year_phrases.hpp"
#include "values/relative_target.hpp"

namespace allegato::genres::detail {

// Baselines, targets and results by year, and the achievement. Returns
// whether a header of a value read says its values are percentages.
bool TableReader::read_values(const Row& row, Indicator& ind, const Piece& anchor) {
  bool percent_header = false;
  const bool across = read_ladder_across(row, ind);
  const std::optional<int> row_year = year_of_row(row);
  const std::optional<int> base_year = year_in_row(row, "baseline_year");
  if (base_year) stream_.mark_label(index_of(cell_at(row, header_.col("baseline_year"))));
  if (row_year) {
    // (Which indicator: its index once it is in the model.)
    const auto& all = filler_.model().indicators;
    if (&ind >= all.data() && &ind < all.data() + all.size()) year_row_indicators_.insert(static_cast<std::size_t>(&ind - all.data()));
    else year_row_pending_ = true;
  }
  const std::string row_series = series_of_row(row);
  for (std::size_t c = 0; c < header_.columns.size(); ++c) {
    ColumnRole r = header_.columns[c];
    // A row naming its series ("Consuntivo", "Obiettivo"): the years'
    // columns hold it on this row; blank years are not due there.
    if (!row_series.empty() && r.bare_year) {
      r.role = row_series;
      if (r.role == "values") {
        const auto first_target = series_first_target_ ? series_first_target_ : period_start_;
        r.role = first_target && r.year && *r.year < *first_target ? "baselines" : "results";
      }
      if (!cell_at(row, static_cast<int>(c))) continue;
    }
    if (!r.is_series() || (across && r.role == "targets")) continue;
    // Years as rows (Anno | Valore atteso): an undated target or result
    // is the row's year's; an undated baseline, the year a baseline_year
    // column prints ("anno_base | valore_base").
    if (!r.year && row_year && r.role != "baselines") r.year = row_year;
    if (base_year && r.role == "baselines" && (!r.year || r.year_assumed)) r.year = base_year;
    const Piece* p = cell_at(row, static_cast<int>(c));
    if (!p) {
      // A blank target cell where a year is due: a missing target, kept
      // so the audit can say so (not a cell merged over the years' rows,
      // read on its first: "Incremento del: 8% nel 2019, 15% nel 2020").
      if (r.role == "targets" && r.year) {
        const auto blank = stream_.id_at(row, static_cast<int>(c));
        if (blank >= 0 && !stream_.is_free(static_cast<std::size_t>(blank)) &&
            !trim_copy(stream_.piece(static_cast<std::size_t>(blank)).text).empty())
          continue;
        ind.targets.push_back(filler_.target("", r.year, blank >= 0 ? stream_.piece(static_cast<std::size_t>(blank)) : anchor));
      }
      continue;
    }
    percent_header = percent_header || r.percent;
    // The document's years are those it sets targets or reports results for.
    if (r.role != "baselines" && r.year) years_.insert(*r.year);
    auto& series = r.role == "baselines" ? ind.baselines : r.role == "targets" ? ind.targets : ind.results;
    if (r.role == "targets" && is_scored_target_col(static_cast<int>(c))) {
      // A column naming the bands ("Fascia": A, B, C) grades nothing itself.
      if (is_band_label(p->text)) {
        stream_.mark_label(index_of(p));
        continue;
      }
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

// The series a row names in the row_series column ("Consuntivo" ->
// values), its cell read as a label; "" when the table has none.
std::string TableReader::series_of_row(const Row& row) {
  const Piece* cell = cell_at(row, header_.col("row_series"));
  if (!cell) return {};
  const auto it = profile_.row_series.find(fold(cell->text));
  if (it == profile_.row_series.end()) return {};
  stream_.mark_label(index_of(cell));
  return it->second;
}

// A row naming only its series under an indicator's first row (the
// indicator's cells merged over its rows: "Consuntivo" then "Obiettivo"):
// its values go to the indicator read last.
bool TableReader::read_series_row(const Row& row, const Piece* text) {
  if (text || !header_.col("row_series") || !last_indicator_ || *last_indicator_ >= filler_.model().indicators.size()) return false;
  if (cell_at(row, indicator_code_col()) || !cell_at(row, header_.col("row_series"))) return false;
  Indicator& ind = filler_.model().indicators[*last_indicator_];
  read_values(row, ind, stream_.piece(row.pieces.front()));
  return true;
}

// The year a row names in a year column ("Anno | Valore atteso": one row
// per year), or in the column of `role`; nullopt when the table has none.
std::optional<int> TableReader::year_in_row(const Row& row, const std::string& role) const {
  const Piece* cell = cell_at(row, header_.col(role));
  if (!cell) return std::nullopt;
  const auto years = years_in(join_wrapped(cell->text));
  return years.size() == 1 ? std::optional<int>(years.front()) : std::nullopt;
}

// The row's year, its cell read into the values' year, not kept as text:
// listed as a label.
std::optional<int> TableReader::year_of_row(const Row& row) {
  const auto year = year_in_row(row);
  if (year) stream_.mark_label(index_of(cell_at(row, header_.col("year"))));
  return year;
}

// A row of a later year under an indicator whose cells (name, unit, the
// value before the plan) are merged over its years: that year's values
// go to the indicator read last in this table.
bool TableReader::read_year_row(const Row& row, const Piece* text) {
  if (text || !header_.col("year") || !last_indicator_ || *last_indicator_ >= filler_.model().indicators.size()) return false;
  if (cell_at(row, indicator_code_col()) || !year_in_row(row)) return false;
  Indicator& ind = filler_.model().indicators[*last_indicator_];
  read_values(row, ind, stream_.piece(row.pieces.front()));
  return true;
}

// The target column a score column (Punteggio) grades: the nearest
// target column left of it; -1 when the table prints no score.
// A ladder laid out across the row: two or more target columns of one
// year, each followed by its score ("Fascia 1 | Punteggio | Fascia 2 |
// Punteggio"). The pairs, left to right; empty when the table has none.
std::vector<std::pair<int, int>> TableReader::ladder_pairs() const {
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
bool TableReader::read_ladder_across(const Row& row, Indicator& ind) {
  if (read_scored_bands(row, ind)) return true;
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

// Bands whose scores head the columns ("Fasce 2026" over "100% | 70% |
// 40% | 0%", each cell a band's value): target columns of one year whose
// headers end on a percentage. Empty when the table has none.
std::vector<int> TableReader::scored_band_columns() const {
  std::vector<int> cols;
  for (std::size_t c = 0; c < header_.columns.size(); ++c) {
    const ColumnRole& r = header_.columns[c];
    if (r.role != "targets") continue;
    const std::string h = trim_copy(r.header);
    const auto space = h.rfind(' ');
    if (space == std::string::npos || !is_percent_value(h.substr(space + 1))) continue;
    if (!cols.empty() && header_.columns[static_cast<std::size_t>(cols.front())].year != r.year) return {};
    cols.push_back(static_cast<int>(c));
  }
  return cols.size() >= 2 ? cols : std::vector<int>{};
}

// One graded target from bands scored by their column's header: each
// band's value, then the score its column prints.
bool TableReader::read_scored_bands(const Row& row, Indicator& ind) {
  const auto cols = scored_band_columns();
  if (cols.empty()) return false;
  std::string text;
  const Piece* first = nullptr;
  for (int c : cols) {
    const Piece* p = cell_at(row, c);
    if (!p) continue;
    if (!first) first = p;
    const std::string h = trim_copy(header_.columns[static_cast<std::size_t>(c)].header);
    text += (text.empty() ? "" : " ") + join_value(p->text) + " " + h.substr(h.rfind(' ') + 1);
    take(p);
  }
  const auto year = header_.columns[static_cast<std::size_t>(cols.front())].year;
  if (year) years_.insert(*year);
  if (first) ind.targets.push_back(filler_.target(text, year, *first));
  return true;
}

// The target columns a score column grades: the one left of it, or the
// run of target columns left of it ("Fascia | Soglia 2026 | Soglia 2027 |
// Punteggio": each year's ladder scored by the same column).
bool TableReader::is_scored_target_col(int col) const {
  const int nearest = scored_target_col();
  if (nearest < 0 || col > nearest) return false;
  for (int c = nearest; c >= col; --c)
    if (header_.columns[static_cast<std::size_t>(c)].role != "targets") return false;
  return true;
}

// "A", "B", "IV", "Fascia 2": a band's name, not its value.
bool TableReader::is_band_label(const std::string& printed) {
  static const std::regex label(R"(^\s*(?:fascia\s*)?(?:[A-Ea-e]|I{1,3}|IV|V|[1-5])\s*$)", std::regex::icase);
  return std::regex_match(join_wrapped(printed), label);
}

int TableReader::scored_target_col() const {
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
std::string TableReader::read_ladder(const Row& row, int target_col) {
  const int score_col = *header_.col("score");
  std::string text;
  auto add_band = [&](const Row& r) {
    const Piece* values = cell_at(r, target_col);
    const Piece* scores = cell_at(r, score_col);
    // Two cells of as many lines, a band a line ("<= 28 gg" over "29-30 gg"
    // beside "100%" over "75%"): each value then its score.
    const auto value_lines = values ? split_lines(values->text) : std::vector<std::string>{};
    const auto score_lines = scores ? split_lines(scores->text) : std::vector<std::string>{};
    if (value_lines.size() >= 2 && value_lines.size() == score_lines.size()) {
      for (std::size_t k = 0; k < value_lines.size(); ++k)
        text += (text.empty() ? "" : " ") + trim_copy(value_lines[k]) + " " + trim_copy(score_lines[k]);
      take(values);
      take(scores);
      return;
    }
    for (const Piece* p : {values, scores}) {
      if (p) {
        text += (text.empty() ? "" : " ") + join_value(p->text);
        // The scores graded several years' columns: read by each, taken by
        // the last (nearest the score column).
        if (p != scores || target_col == scored_target_col()) take(p);
      }
    }
  };
  add_band(row);
  const auto& rows = stream_.rows();
  for (std::size_t at = row_index(row) + 1; at < rows.size(); ++at) {
    const Row& next = rows[at];
    if (next.is_line() || next.table != row.table || !cell_at(next, target_col)) break;
    const bool only_band = std::all_of(next.pieces.begin(), next.pieces.end(), [&](std::size_t id) {
      const Piece& p = stream_.piece(id);
      return !stream_.is_free(id) || trim_copy(p.text).empty() || p.col == target_col || p.col == score_col ||
             is_scored_target_col(p.col);
    });
    if (!only_band) break;
    add_band(next);
  }
  return text;
}

// One cell of a series: usually one value for the column's year; a cell
// may print several years ("Anno 2025: >= 90% Anno 2026: >= 95%",
// "Riduzione del: 2% nel 2026, 4% nel 2027") or the year beside its value
// ("412 imprese (2024)"): one value per year (year_phrases.hpp).
void TableReader::read_series_cell(const Piece& p, std::optional<int> year, std::vector<Target>& into, bool plan_years, bool targets) {
  // "in ciascun anno: almeno il 65%" under "Risultati attesi 2022-2024":
  // the same target for each year of the column's period.
  if (targets) {
    static const std::regex each_year(R"(^\s*(?:[-\xE2\x80\xA2*]\s*)?(?:in|per)\s+(?:ciascun|ogni)\s+anno(?:\s+del\s+(?:triennio|periodo|biennio))?\s*:\s*(.+)$)",
                                      std::regex::icase);
    const ColumnRole* column = role_of(p.col);
    const auto period = column ? first_period(column->header) : std::nullopt;
    const int from = period ? period->first : 0, to = period ? period->second : 0;
    std::smatch m;
    const std::string text = join_value(p.text);
    if (to > from && to - from <= 5 && std::regex_match(text, m, each_year)) {
      stream_.take_leaving(index_of(&p), trim_copy(text.substr(0, static_cast<std::size_t>(m.position(1)))));
      for (int y = from; y <= to; ++y) {
        into.push_back(filler_.target(trim_copy(m[1].str()), y, p));
        if (plan_years) years_.insert(y);
      }
      return;
    }
  }
  const YearPhrases phrases = split_by_year(join_value(p.text));
  if (!phrases.rest.empty()) stream_.take_leaving(index_of(&p), phrases.rest);
  for (const auto& phrase : phrases.values) {
    const std::optional<int> y = phrase.year ? phrase.year : year;
    into.push_back(filler_.target(phrase.raw, y, p));
    if (targets && !phrases.lead.empty()) leads_[into.size() - 1] = phrases.lead;
    if (plan_years && phrase.year) years_.insert(*phrase.year);
  }
}

void TableReader::read_relative_targets(Indicator& ind) {
  resolve_relative_targets(filler_, ind, leads_);
  leads_.clear();
}

}  // namespace allegato::genres::detail

namespace allegato::genres {

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

}  // namespace allegato::genres
