// Genre "list": a flat indicator table, as many offices publish it in a CSV,
// a workbook or a PDF. One header row names the columns (Codice, Indicatore,
// Descrizione, Formula, Unità di misura, Tipologia, Responsabile, Peso,
// Baseline/Target/Risultato with a year, Obiettivo); then one indicator per
// row. No hierarchy of numbered headings: indicators hang under one node per
// distinct value of an objective column, or else under one node per table
// (level "area", titled by the sheet name or the table's caption).
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "genres/column_map.hpp"
#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"

namespace allegato::genres {

namespace {
// Roles whose cells fill plain text fields of the indicator.
const std::vector<HeaderWord>& list_vocabulary() {
  // Order matters: the first role whose word starts the header cell wins
  // ("Codice indicatore" is a code, "Indicatore" a name).
  static const std::vector<HeaderWord> v = {
      {"code", {"codice", "code", "cod ", "id indicatore"}, false},
      {"objective", {"obiettivo", "objective"}, false},
      {"formula", {"formula", "algoritmo", "modalita di calcolo", "metodo di calcolo"}, false},
      {"unit", {"unita di misura", "unita", "u m", "unit"}, false},
      {"type", {"tipologia", "tipo indicatore", "tipo"}, false},
      {"owner", {"responsabile", "owner", "referente", "struttura responsabile"}, false},
      {"weight", {"peso", "weight"}, false},
      {"baselines", {"baseline", "base line", "valore di partenza", "valore iniziale"}, true},
      {"targets", {"target", "valore atteso", "valore obiettivo"}, true},
      {"results", {"risultato", "consuntivo", "valore raggiunto"}, true},
      {"name", {"indicatore", "nome indicatore", "nome", "denominazione", "indicator", "name"}, false},
      {"description", {"descrizione", "description"}, false},
      {"notes", {"note", "fonte", "notes"}, false},
  };
  return v;
}

bool is_vocabulary_word(const std::string& folded, const std::string& role) {
  for (const auto& w : list_vocabulary()) {
    if (!role.empty() && w.role != role) continue;
    for (const auto& word : w.words) {
      if (folded.rfind(word, 0) == 0 && folded.size() <= word.size() + 12) return true;
    }
  }
  return false;
}

// A header that can carry a flat list: a name column plus one more role.
bool list_header(const ColumnMap& map) {
  const bool named = map.col("name") || map.col("description");
  const bool measured = map.col("code") || map.col("weight") || map.col("unit") || map.col("formula") ||
                        !map.targets.empty() || !map.baselines.empty() || !map.results.empty();
  return named && measured;
}

// Depth of the numbering that starts a folded piece ("1 1 2 produrre ..."
// from "1.1.2 Produrre ..."), 0 when it starts with no numbering.
int numbering_depth(const std::string& folded) {
  int depth = 0;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = i;
    while (j < folded.size() && std::isdigit(static_cast<unsigned char>(folded[j]))) ++j;
    if (j == i) return depth > 0 && std::isalpha(static_cast<unsigned char>(folded[i])) ? depth : 0;
    if (j - i > 2 || j >= folded.size() || folded[j] != ' ') return 0;
    ++depth;
    i = j + 1;
  }
  return 0;
}

void add_year(std::vector<int>& years, int year) {
  if (std::find(years.begin(), years.end(), year) == years.end()) years.push_back(year);
}
}  // namespace

GenreScore score_list(const DocumentFeatures& f) {
  GenreScore s{"list", 0, ""};
  auto add = [&](bool hit, double points, const std::string& why) {
    if (!hit) return;
    s.score += points;
    s.why += (s.why.empty() ? "" : "; ") + why;
  };
  // The best run of consecutive pieces that read as column headers: a
  // header row of a flat list names several indicator columns side by side.
  int best_run = 0, run = 0;
  bool run_named = false, best_named = false, run_objective = false, best_objective = false, run_owner = false,
       best_owner = false;
  std::size_t best_end = 0;
  for (std::size_t i = 0; i < f.pieces.size(); ++i) {
    const std::string& p = f.pieces[i];
    if (!p.empty() && is_vocabulary_word(p, "")) {
      ++run;
      run_named = run_named || is_vocabulary_word(p, "name") || is_vocabulary_word(p, "description");
      run_objective = run_objective || is_vocabulary_word(p, "objective");
      run_owner = run_owner || is_vocabulary_word(p, "owner");
      if (run > best_run || (run == best_run && run_named && !best_named)) {
        best_run = run;
        best_named = run_named;
        best_objective = run_objective;
        best_owner = run_owner;
        best_end = i + 1;
      }
    } else if (!p.empty()) {
      run = 0;
      run_named = false;
      run_objective = false;
      run_owner = false;
    }
  }
  const std::size_t body = f.pieces.size() - best_end;
  const bool header = f.has_table && best_run >= 3 && best_named;
  add(header, 0.35,
      "header row naming " + std::to_string(best_run) + " indicator columns");
  add(best_run >= 5, 0.1, "a wide header");
  add(best_run >= 3 && body >= static_cast<std::size_t>(best_run) * 2, 0.15, "rows under the header");
  // The five genres nest objectives under numbered or coded headings, area
  // rows or units; a flat list has none of that, except numbered objectives
  // repeated row after row in an Obiettivo column, and units named in a
  // Responsabile column.
  // (Merged down in a workbook, each objective is printed once: then its
  // numbering has one depth, where a plan nests "1.1" over "1.1.1".)
  std::map<std::string, int> numbered;
  std::set<int> depths;
  for (const auto& p : f.pieces) {
    if (p.size() > 8 && std::isdigit(static_cast<unsigned char>(p[0]))) ++numbered[p];
    if (const int d = numbering_depth(p)) depths.insert(d);
  }
  int repeated = 0;
  for (const auto& [text, n] : numbered) {
    if (n > 1) repeated += n;
  }
  const bool objective_column = best_objective && (repeated * 2 >= f.numbered_headings || depths.size() <= 1);
  const bool flat = (f.numbered_headings < 2 || objective_column) && f.os_blocks == 0 && f.area_year_headers == 0 &&
                    (f.unit_headings < 2 || best_owner);
  add(best_run >= 3 && flat, 0.2, "no hierarchy of headings");
  // Without a header row of indicator columns, or under a hierarchy, the
  // document is no flat list at all: no score, so the five genres' evidence
  // (--explain, genre.detected) reads as before.
  if (!header || !flat) return GenreScore{"list", 0, ""};
  s.score = std::clamp(s.score, 0.0, 1.0);
  return s;
}

void fill_list(Filler& filler) {
  TextStream& stream = filler.stream();
  const auto& rows = stream.rows();
  ColumnMap map;
  const Table* table = nullptr;     // the table the current header belongs to
  std::vector<std::string> header_text;  // by column, for notes from unnamed columns
  std::string table_node;           // node for the current table when no objective column
  std::string caption;              // last free line before a table
  Source caption_source;
  std::ptrdiff_t caption_id = -1;
  std::string objective_level = "strategic";
  std::map<std::string, std::string> objective_nodes;  // objective text -> node id
  std::string last_objective;
  std::vector<int> years;
  std::vector<std::pair<std::string, int>> yearless;  // (role, column) of a "Target" without a year
  int tables_seen = 0;

  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    if (row.is_line()) {
      const std::size_t id = row.pieces.front();
      const std::string text = join_wrapped(stream.piece(id).text);
      if (text.empty() || !stream.is_free(id)) continue;
      if (tables_seen == 0 && filler.document().title.empty()) {
        filler.document().title = join_printed(stream.piece(id).text);
        stream.take(id);
        continue;
      }
      caption = join_printed(stream.piece(id).text);
      caption_source = stream.piece(id).source;
      caption_id = static_cast<std::ptrdiff_t>(id);
      continue;
    }
    if (row.table != table) {
      // A new table: it needs its own header.
      ColumnMap fresh = read_header(stream, r, list_vocabulary(), 2);
      table = row.table;
      map = ColumnMap{};
      table_node.clear();
      last_objective.clear();
      if (!fresh.valid() || !list_header(fresh)) continue;
      map = fresh;
      ++tables_seen;
      header_text.assign(static_cast<std::size_t>(std::max(row.table->n_cols, 1)), std::string());
      for (int k = 0; k < map.header_rows; ++k) {
        for (auto id : rows[r + static_cast<std::size_t>(k)].pieces) {
          const Piece& p = stream.piece(id);
          if (p.col >= 0 && static_cast<std::size_t>(p.col) < header_text.size() && header_text[static_cast<std::size_t>(p.col)].empty())
            header_text[static_cast<std::size_t>(p.col)] = join_printed(p.text);
        }
        stream.mark_header_row(rows[r + static_cast<std::size_t>(k)]);
      }
      // "Target" with no year anywhere in the header: one value per row, its
      // year unknown (rather than a note).
      yearless.clear();
      for (const char* role : {"baselines", "targets", "results"}) {
        for (std::size_t c = 0; c < header_text.size(); ++c) {
          const std::string folded = fold(header_text[c]);
          if (folded.empty() || year_in(header_text[c]) || !is_vocabulary_word(folded, role)) continue;
          const std::vector<YearColumn>& dated = std::string(role) == "baselines" ? map.baselines
                                                 : std::string(role) == "targets" ? map.targets
                                                                                  : map.results;
          const bool has_years = std::any_of(dated.begin(), dated.end(), [&](const YearColumn& yc) {
            return yc.col >= static_cast<int>(c);
          });
          if (!has_years) yearless.emplace_back(role, static_cast<int>(c));
        }
      }
      // The plan years are those with targets or results: a baseline year
      // is history, and auditing it for a missing target would be noise.
      for (const auto* list : {&map.targets, &map.results}) {
        for (const auto& yc : *list) add_year(years, yc.year);
      }
      if (auto oc = map.col("objective")) {
        const std::string& h = header_text[static_cast<std::size_t>(*oc)];
        objective_level = fold(h).find("operativ") != std::string::npos ? "operational" : "strategic";
      } else {
        // One node per table, titled by its sheet or caption.
        Node node;
        node.level = "area";
        if (!row.table->sheet.empty()) {
          node.title = row.table->sheet;
          node.source.doc = filler.doc_id();
          node.source.sheet = row.table->sheet;
        } else if (caption_id >= 0 && stream.is_free(static_cast<std::size_t>(caption_id))) {
          node.title = caption;
          node.source = caption_source;
          stream.take(static_cast<std::size_t>(caption_id));
        } else {
          node.title = "Tabella " + std::to_string(tables_seen);
          node.source = stream.piece(row.pieces.front()).source;
        }
        const std::string path = slugify(node.title.empty() ? std::string("tabella") : node.title);
        table_node = filler.add_node(std::move(node), path);
      }
      caption_id = -1;
      r += static_cast<std::size_t>(map.header_rows) - 1;
      continue;
    }
    if (!map.valid()) continue;

    auto cell = [&](std::optional<int> col) -> const Piece* {
      if (!col) return nullptr;
      const auto id = stream.id_at(row, *col);
      if (id < 0 || !stream.is_free(static_cast<std::size_t>(id))) return nullptr;
      const Piece& p = stream.piece(static_cast<std::size_t>(id));
      if (trim_copy(p.text).empty()) return nullptr;
      return &p;
    };
    auto take = [&](const Piece* p) {
      const auto index = static_cast<std::size_t>(p - &stream.pieces().front());
      stream.take(index);
    };
    const Piece* name = cell(map.col("name"));
    const Piece* description = cell(map.col("description"));
    const Piece* code = cell(map.col("code"));
    if (!name && !description) continue;  // a blank or total row stays unassigned

    Indicator ind;
    const Piece& anchor = name ? *name : *description;
    // Display fields as printed (’ “ ” … kept); codes and values parse normalised text.
    ind.name = join_printed(anchor.text);
    ind.source = anchor.source;
    take(&anchor);
    if (name && description) {
      ind.description = join_printed(description->text);
      take(description);
    }
    if (code) {
      ind.code = trim_copy(code->text);
      take(code);
    }
    if (const Piece* p = cell(map.col("formula"))) {
      ind.formula = join_wrapped(p->text);
      ind.variables = formula_variables(ind.formula);
      take(p);
    }
    if (const Piece* p = cell(map.col("unit"))) {
      ind.unit = join_wrapped(p->text);
      take(p);
    }
    if (const Piece* p = cell(map.col("type"))) {
      ind.type = join_printed(p->text);
      take(p);
    }
    if (const Piece* p = cell(map.col("owner"))) {
      ind.owners.push_back(join_printed(p->text));
      take(p);
    }
    if (const Piece* p = cell(map.col("weight"))) {
      ind.weight = filler.number(join_value(p->text), *p);
      take(p);
    }
    auto per_year = [&](const std::vector<YearColumn>& cols, std::vector<Target>& out) {
      for (const auto& yc : cols) {
        const Piece* p = cell(yc.col);
        if (!p) continue;
        out.push_back(filler.target(join_value(p->text), yc.year, *p));
        take(p);
      }
    };
    per_year(map.baselines, ind.baselines);
    per_year(map.targets, ind.targets);
    per_year(map.results, ind.results);
    for (const auto& [role, col] : yearless) {
      const Piece* p = cell(col);
      if (!p) continue;
      Target t = filler.target(join_value(p->text), std::nullopt, *p);
      (role == "baselines" ? ind.baselines : role == "targets" ? ind.targets : ind.results).push_back(std::move(t));
      take(p);
    }

    // The objective: one node per distinct text; a blank cell (merged in
    // the workbook) continues the objective above.
    std::string node_id = table_node;
    if (map.col("objective")) {
      const Piece* p = cell(map.col("objective"));
      std::string objective = p ? join_wrapped(p->text) : last_objective;
      if (!objective.empty()) {
        auto it = objective_nodes.find(objective);
        if (it == objective_nodes.end()) {
          Node node;
          node.level = objective_level;
          node.source = p ? p->source : anchor.source;
          std::string path;
          if (auto h = parse_numbered_heading(objective)) {
            node.code = h->code;
            node.title = p ? as_printed(h->title, p->text) : h->title;
            path = h->code;
          } else if (auto c = parse_code_heading(objective)) {
            node.code = c->code;
            node.title = p ? as_printed(c->title, p->text) : c->title;
            path = slugify(c->code);
          } else {
            node.title = p ? join_printed(p->text) : objective;
            path = slugify(objective);
          }
          it = objective_nodes.emplace(objective, filler.add_node(std::move(node), path)).first;
        }
        node_id = it->second;
        last_objective = objective;
      }
      if (p) take(p);
    }
    ind.node = node_id;

    // Notes, and any column the vocabulary does not name, as "Header: text".
    for (auto id : row.pieces) {
      if (!stream.is_free(id)) continue;
      const Piece& p = stream.piece(id);
      const std::string text = join_printed(p.text);
      if (text.empty()) continue;
      const bool noted = map.col("notes") && p.col == *map.col("notes");
      const std::string header = p.col >= 0 && static_cast<std::size_t>(p.col) < header_text.size()
                                     ? header_text[static_cast<std::size_t>(p.col)]
                                     : std::string();
      if (!noted && header.empty()) continue;  // no header to say what it is: unassigned
      ind.notes.push_back(noted ? text : header + ": " + text);
      stream.take(id);
    }

    const std::string node_path = node_id.empty() ? std::string("_") : node_id.substr(filler.doc_id().size() + 1);
    const std::string leaf = ind.code.empty() ? slugify(ind.name) : slugify(ind.code);
    filler.add_indicator(std::move(ind), node_path + "/" + leaf);
  }
  std::sort(years.begin(), years.end());
  filler.document().years = years;
}

}  // namespace allegato::genres
