// Genre "assignment" (seed 003): the plan's operational objectives assigned
// to organisational units. Above each table a free line names the area
// ("Area Anagrafica e Regolazione del Mercato", "Azienda Speciale"); in the
// table a unit row ("Servizio Registro Imprese | 50,00%"), then objective
// rows ("2.1.1 - title | 20,00%") and indicator rows ("code - name ... |
// weight | target | result"). The same objectives repeat under every unit
// with the unit's own weights, so ids carry the unit:
// d1/<unit-slug>/2.1.1 and d1/<unit-slug>/2.1.1/<indicator code>.
#include <algorithm>
#include <regex>

#include "genres/column_map.hpp"
#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"

namespace allegato::genres {

namespace {
const std::vector<HeaderWord>& assignment_vocabulary() {
  static const std::vector<HeaderWord> v = {
      {"text", {"obiettivo operativo indicatore", "obiettivo indicatore", "obiettivo operativo", "obiettivo"}, false},
      {"weight", {"peso"}, false},
      {"targets", {"target"}, true},
      {"results", {"risultato", "consuntivo"}, true},
  };
  return v;
}

bool looks_like_unit(const std::string& text) {
  static const std::regex re(R"(^(area|servizio|ufficio|azienda speciale|staff|u o|unita organizzativa|settore)\b)");
  return std::regex_search(fold(text), re);
}

std::optional<std::string> unit_of_values(const std::vector<Target>& values) {
  for (const auto& t : values) {
    const std::string r = trim_copy(t.raw);
    auto ends = [&](const std::string& s) { return r.size() >= s.size() && r.compare(r.size() - s.size(), s.size(), s) == 0; };
    if (ends("%")) return "%";
    if (ends("N.")) return "N.";
    if (ends("gg")) return "gg";
  }
  return std::nullopt;
}
}  // namespace

GenreScore score_assignment(const DocumentFeatures& f) {
  GenreScore s{"assignment", 0, ""};
  auto add = [&](bool hit, double points, const std::string& why) {
    if (!hit) return;
    s.score += points;
    s.why += (s.why.empty() ? "" : "; ") + why;
  };
  add(f.repeated_codes >= 3, 0.4, std::to_string(f.repeated_codes) + " objectives repeated");
  add(f.unit_headings >= 2, 0.3, std::to_string(f.unit_headings) + " unit headings (Area/Servizio/Azienda Speciale)");
  add(f.folded.find("peso") != std::string::npos && f.folded.find("target") != std::string::npos, 0.1,
      "headers Peso and Target");
  add(f.coded_headings >= 3, 0.1, std::to_string(f.coded_headings) + " coded indicators");
  add(f.folded.find("risultato") != std::string::npos, 0.1, "header Risultato");
  if (f.folded.find("base line") != std::string::npos || f.folded.find("% realizzazione") != std::string::npos) {
    s.score -= 0.3;
    s.why += "; baselines or achievement columns (plan or report?)";
  }
  s.score = std::clamp(s.score, 0.0, 1.0);
  return s;
}

void fill_assignment(Filler& filler) {
  TextStream& stream = filler.stream();
  const auto& rows = stream.rows();
  ColumnMap map;
  std::string area_id, unit_id, unit_name, objective_id;
  std::vector<int> years;
  std::vector<std::string> area_ids;

  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    if (row.is_line()) {
      const std::size_t id = row.pieces.front();
      const std::string text = join_wrapped(stream.piece(id).text);
      if (stream.is_free(id) && looks_like_unit(text) && text.size() < 120) {
        // An area heading above a table; printed again above each unit.
        const std::string path = slugify(text);
        const std::string node_id = filler.doc_id() + "/" + path;
        if (std::find(area_ids.begin(), area_ids.end(), node_id) == area_ids.end()) {
          Node node;
          node.level = "unit";
          node.title = join_printed(stream.piece(id).text);
          node.source = stream.piece(id).source;
          area_ids.push_back(filler.add_node(std::move(node), path));
        }
        area_id = node_id;
        stream.take(id);
      }
      continue;
    }
    ColumnMap fresh = read_header(stream, r, assignment_vocabulary(), 2);
    if (fresh.valid()) {
      map = fresh;
      for (int k = 0; k < map.header_rows; ++k) stream.mark_header_row(rows[r + static_cast<std::size_t>(k)]);
      for (const auto& yc : map.targets) {
        if (std::find(years.begin(), years.end(), yc.year) == years.end()) years.push_back(yc.year);
      }
      r += static_cast<std::size_t>(map.header_rows) - 1;
      continue;
    }
    if (!map.valid()) {
      // The seed prints no column headers: text | weight | target | result,
      // read from the cells themselves (a weight in the second column).
      const Piece* second = stream.at(row, 1);
      if (!second || !is_percent_value(second->text)) continue;
      map.role_col["text"] = 0;
      map.role_col["weight"] = 1;
      map.targets.push_back({2, 0});
      map.results.push_back({3, 0});
      filler.diagnose(Severity::info, "genre.columns_guessed",
                      "no header row: columns read as objective/indicator, weight, target, result (years unknown)",
                      second->source);
    }
    const auto text_id = stream.id_at(row, map.col("text").value_or(0));
    if (text_id < 0) continue;
    const Piece& text_piece = stream.piece(static_cast<std::size_t>(text_id));
    if (trim_copy(text_piece.text).empty()) continue;
    std::optional<Number> weight;
    if (auto c = map.col("weight")) {
      const auto id = stream.id_at(row, *c);
      if (id >= 0 && !trim_copy(stream.piece(static_cast<std::size_t>(id)).text).empty()) {
        const Piece& p = stream.piece(static_cast<std::size_t>(id));
        weight = filler.number(join_value(p.text), p);
        stream.take(static_cast<std::size_t>(id));
      }
    }
    const auto lines = split_lines(text_piece.text);
    if (auto heading = parse_numbered_heading(text_piece.text)) {
      Node node;
      node.code = heading->code;
      node.title = as_printed(heading->title, text_piece.text);
      const int depth = code_depth(node.code);
      node.level = depth == 1 ? "area" : depth == 2 ? "strategic" : depth == 3 ? "operational" : "action";
      node.parent = unit_id;
      node.weight = weight;
      node.unit = unit_name;
      if (!unit_name.empty()) node.owners.push_back(unit_name);
      node.source = text_piece.source;
      stream.take(static_cast<std::size_t>(text_id));
      const std::string unit_path = unit_id.empty() ? std::string() : unit_id.substr(filler.doc_id().size() + 1) + "/";
      objective_id = filler.add_node(std::move(node), unit_path + heading->code);
      continue;
    }
    if (!lines.empty() && parse_code_heading(lines.front())) {
      const NameDescription nd = split_name_description(lines);
      const auto coded = parse_code_heading(nd.name);
      Indicator ind;
      ind.code = coded ? coded->code : std::string();
      ind.name = as_printed(coded ? coded->title : nd.name, text_piece.text);
      ind.description = as_printed(nd.description, text_piece.text);
      ind.node = objective_id;
      ind.weight = weight;
      if (!unit_name.empty()) ind.owners.push_back(unit_name);
      ind.source = text_piece.source;
      stream.take(static_cast<std::size_t>(text_id));
      auto read_series = [&](const std::vector<YearColumn>& cols, std::vector<Target>& into) {
        for (const auto& yc : cols) {
          const auto id = stream.id_at(row, yc.col);
          if (id < 0) continue;
          const Piece& p = stream.piece(static_cast<std::size_t>(id));
          into.push_back(filler.target(join_value(p.text), yc.year ? std::optional<int>(yc.year) : std::nullopt, p));
          if (!trim_copy(p.text).empty()) stream.take(static_cast<std::size_t>(id));
        }
      };
      read_series(map.targets, ind.targets);
      read_series(map.results, ind.results);
      ind.unit = unit_of_values(ind.targets);
      const std::string node_path = objective_id.empty() ? std::string("_") : objective_id.substr(filler.doc_id().size() + 1);
      const std::string path = node_path + "/" + (ind.code.empty() ? slugify(ind.name) : ind.code);
      filler.add_indicator(std::move(ind), path);
      continue;
    }
    // Anything else with a weight is the unit the table assigns to.
    Node node;
    node.level = "unit";
    node.title = join_printed(text_piece.text);
    node.parent = area_id;
    node.weight = weight;
    node.source = text_piece.source;
    stream.take(static_cast<std::size_t>(text_id));
    unit_name = node.title;
    const std::string path = slugify(node.title);
    unit_id = filler.add_node(std::move(node), path);
    objective_id.clear();
  }
  std::sort(years.begin(), years.end());
  filler.document().years = years;
}

}  // namespace allegato::genres
