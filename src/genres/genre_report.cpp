// Genre "report" (seed 004): the results report. Tables whose header rows
// name a BSC perspective ("IMPRESE, CONSUMATORI E TERRITORIO | Peso |
// Risultato 2017 | Target 2017 | % Realizzazione"), repeated for each
// perspective; then strategic ("1.1 Title") and operational ("1.1.1 Title")
// rows with weight and achievement, and indicator rows with result, target
// and achievement. A second part may repeat the operational objectives with
// all their indicators: the same codes again, so ids get a "-2" suffix.
#include <algorithm>

#include "genres/column_map.hpp"
#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"

namespace allegato::genres {

namespace {
const std::vector<HeaderWord>& report_vocabulary() {
  static const std::vector<HeaderWord> v = {
      {"weight", {"peso"}, false},
      {"results", {"risultato", "consuntivo"}, true},
      {"targets", {"target"}, true},
      {"achievement", {"realizzazione", "grado di raggiungimento", "raggiungimento"}, false},
  };
  return v;
}
}  // namespace

GenreScore score_report(const DocumentFeatures& f) {
  GenreScore s{"report", 0, ""};
  auto add = [&](bool hit, double points, const std::string& why) {
    if (!hit) return;
    s.score += points;
    s.why += (s.why.empty() ? "" : "; ") + why;
  };
  add(f.folded.find("realizzazione\n") != std::string::npos || f.folded.find("% realizzazione") != std::string::npos ||
          f.folded.find("grado di raggiungimento") != std::string::npos,
      0.35, "header % Realizzazione");
  add(f.folded.find("risultato") != std::string::npos, 0.2, "header Risultato");
  const bool bsc = f.folded.find("processi interni") != std::string::npos ||
                   f.folded.find("economico finanziario") != std::string::npos ||
                   f.folded.find("innovazione e crescita") != std::string::npos;
  add(bsc, 0.2, "BSC perspectives");
  add(f.numbered_headings >= 3, 0.15, std::to_string(f.numbered_headings) + " numbered objectives");
  add(f.folded.find("peso") != std::string::npos, 0.1, "header Peso");
  s.score = std::clamp(s.score, 0.0, 1.0);
  return s;
}

void fill_report(Filler& filler) {
  TextStream& stream = filler.stream();
  const auto& rows = stream.rows();
  ColumnMap map;
  std::string perspective_id, strategic_id, operational_id;
  std::vector<int> years;
  bool seen_table = false;
  std::vector<std::string> perspective_ids;

  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    if (row.is_line()) {
      const std::size_t id = row.pieces.front();
      if (!seen_table && filler.document().title.empty() && stream.is_free(id)) {
        filler.document().title = join_printed(stream.piece(id).text);
        stream.take(id);
      }
      continue;
    }
    seen_table = true;
    // A header row names the perspective in its first cell.
    ColumnMap fresh = read_header(stream, r, report_vocabulary(), 2);
    if (fresh.valid()) {
      if (!fresh.col("achievement") && map.col("achievement")) fresh.role_col["achievement"] = *map.col("achievement");
      map = fresh;
      for (int k = 0; k < map.header_rows; ++k) stream.mark_header_row(rows[r + static_cast<std::size_t>(k)]);
      for (const auto& yc : map.results) {
        if (std::find(years.begin(), years.end(), yc.year) == years.end()) years.push_back(yc.year);
      }
      for (const auto& yc : map.targets) {
        if (std::find(years.begin(), years.end(), yc.year) == years.end()) years.push_back(yc.year);
      }
      const auto first = stream.id_at(row, 0);
      if (first >= 0) {
        const Piece& p = stream.piece(static_cast<std::size_t>(first));
        const std::string title = join_wrapped(p.text);
        if (!title.empty() && !report_vocabulary().empty() && fold(title) != "peso") {
          const std::string path = slugify(title);
          const std::string id = filler.doc_id() + "/" + path;
          if (std::find(perspective_ids.begin(), perspective_ids.end(), id) == perspective_ids.end()) {
            Node node;
            node.level = "perspective";
            node.title = join_printed(p.text);
            node.source = p.source;
            perspective_ids.push_back(filler.add_node(std::move(node), path));
          }
          perspective_id = id;
          stream.take(static_cast<std::size_t>(first));
        }
      }
      strategic_id.clear();
      operational_id.clear();
      r += static_cast<std::size_t>(map.header_rows) - 1;
      continue;
    }
    if (!map.valid()) continue;
    const auto text_id = stream.id_at(row, 0);
    if (text_id < 0) continue;
    const Piece& text_piece = stream.piece(static_cast<std::size_t>(text_id));
    if (trim_copy(text_piece.text).empty()) continue;
    const std::optional<int> year = years.empty() ? std::nullopt : std::optional<int>(years.front());
    auto cell = [&](const std::string& role) -> const Piece* {
      auto c = map.col(role);
      if (!c) return nullptr;
      const auto id = stream.id_at(row, *c);
      if (id < 0 || id == text_id) return nullptr;
      const Piece& p = stream.piece(static_cast<std::size_t>(id));
      if (trim_copy(p.text).empty()) return nullptr;
      stream.take(static_cast<std::size_t>(id));
      return &p;
    };
    auto year_cell = [&](const std::vector<YearColumn>& cols) -> std::pair<const Piece*, int> {
      for (const auto& yc : cols) {
        const auto id = stream.id_at(row, yc.col);
        if (id < 0 || id == text_id) continue;
        const Piece& p = stream.piece(static_cast<std::size_t>(id));
        if (trim_copy(p.text).empty()) continue;
        stream.take(static_cast<std::size_t>(id));
        return {&p, yc.year};
      }
      return {nullptr, 0};
    };

    if (auto heading = parse_numbered_heading(text_piece.text); heading && code_depth(heading->code) >= 2) {
      Node node;
      node.code = heading->code;
      node.title = as_printed(heading->title, text_piece.text);
      const int depth = code_depth(node.code);
      node.level = depth == 2 ? "strategic" : "operational";
      if (depth == 2) {
        node.parent = perspective_id;
      } else if (!strategic_id.empty()) {
        node.parent = strategic_id;
      } else {
        // A part without strategic rows: the parent is the latest objective
        // with the code's prefix.
        const std::string prefix = node.code.substr(0, node.code.rfind('.'));
        for (auto it = filler.model().nodes.rbegin(); it != filler.model().nodes.rend(); ++it) {
          if (it->doc == filler.doc_id() && it->code == prefix) {
            node.parent = it->id;
            break;
          }
        }
      }
      node.source = text_piece.source;
      if (const Piece* w = cell("weight")) node.weight = filler.number(join_value(w->text), *w);
      if (const Piece* a = cell("achievement")) node.achievement.push_back({year, filler.number(join_value(a->text), *a)});
      stream.take(static_cast<std::size_t>(text_id));
      const std::string path = (perspective_id.empty() ? std::string() : perspective_id.substr(filler.doc_id().size() + 1) + "/") + heading->code;
      const std::string id = filler.add_node(std::move(node), path);
      (depth == 2 ? strategic_id : operational_id) = id;
      continue;
    }

    Indicator ind;
    ind.name = join_printed(text_piece.text);
    ind.node = operational_id.empty() ? strategic_id : operational_id;
    ind.source = text_piece.source;
    stream.take(static_cast<std::size_t>(text_id));
    if (auto [p, y] = year_cell(map.results); p) ind.results.push_back(filler.target(join_value(p->text), y, *p));
    if (auto [p, y] = year_cell(map.targets); p) ind.targets.push_back(filler.target(join_value(p->text), y, *p));
    if (const Piece* a = cell("achievement")) ind.achievement.push_back({year, filler.number(join_value(a->text), *a)});
    const std::string node_path = ind.node.empty() ? std::string("_") : ind.node.substr(filler.doc_id().size() + 1);
    const std::string path = node_path + "/" + slugify(ind.name);
    filler.add_indicator(std::move(ind), path);
  }
  std::sort(years.begin(), years.end());
  filler.document().years = years;
}

}  // namespace allegato::genres
