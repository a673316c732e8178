// Genre "plan" (seed 000): one table, area -> strategic -> operational ->
// indicators, a weight column, the formula in words and in measure codes,
// baselines for past years and targets for the plan years under "BASE LINE"
// and "TARGET", and a label column holding the shares of "Indicatori" and
// "Obiettivi operativi" within a strategic objective.
#include <algorithm>
#include <regex>

#include "genres/column_map.hpp"
#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"

namespace allegato::genres {

namespace {
const std::vector<HeaderWord>& plan_vocabulary() {
  static const std::vector<HeaderWord> v = {
      {"label", {"obiettivi operativi indicatori", "obiettivi operativi"}, false},
      {"area_col", {"area strategica"}, false},
      {"strategic_col", {"obiettivo strategico"}, false},
      {"operational_col", {"obiettivo operativo"}, false},
      {"text", {"obiettivo indicatore", "obiettivo", "indicatore"}, false},
      {"weight", {"peso"}, false},
      {"formula_text", {"descrizione formula", "algoritmo descrizione"}, false},
      {"formula", {"formula", "algoritmo"}, false},
      {"baselines", {"base line", "baseline"}, true},
      {"targets", {"target"}, true},
  };
  return v;
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
bool is_code_line(const std::string& line) {
  const std::string t = trim_copy(line);
  if (t.find(' ') == std::string::npos) return looks_like_code(t);
  static const std::regex acronym_number(R"(^[A-Z]{2,6} \d+(\.\d+)*$)");
  return std::regex_match(t, acronym_number);
}

// "Peso 16,00%" / "Peso 100,00% (quota 40,00%)" / "Quota 60,00%" closing a
// hierarchy cell of the portrait layout.
struct WeightLine {
  std::string weight, quota;
};
std::optional<WeightLine> weight_line(const std::string& line) {
  static const std::regex peso(R"(^Peso\s+([0-9][0-9.,]*\s*%)\s*(?:\(\s*quota\s+([0-9][0-9.,]*\s*%)\s*\))?$)", std::regex::icase);
  static const std::regex quota(R"(^Quota\s+([0-9][0-9.,]*\s*%)$)", std::regex::icase);
  std::smatch m;
  if (std::regex_match(line, m, peso)) return WeightLine{m[1].str(), m[2].matched ? m[2].str() : std::string()};
  if (std::regex_match(line, m, quota)) return WeightLine{std::string(), m[1].str()};
  return std::nullopt;
}

// The portrait layout prints the tree in merged cells left of the
// indicators: area | strategic | operational (or "Indicatori dell'obiettivo
// strategico / Quota 60,00%"). A merged cell appears in the row it starts
// in; one cut by a page break continues in a second piece.
void read_hierarchy_cells(Filler& filler, const Row& row, const ColumnMap& map, std::string& area_id,
                          std::string& strategic_id, std::string& current_id) {
  TextStream& stream = filler.stream();
  std::string* level_ids[3] = {&area_id, &strategic_id, &current_id};
  const char* roles[3] = {"area_col", "strategic_col", "operational_col"};
  for (int level = 0; level < 3; ++level) {
    const auto col = map.col(roles[level]);
    if (!col) continue;
    const auto id = stream.id_at(row, *col);
    if (id < 0) continue;
    const Piece& p = stream.piece(static_cast<std::size_t>(id));
    if (p.col != *col) continue;
    auto lines = split_lines(p.text);
    if (lines.empty()) continue;
    // The weight line may wrap in a narrow column: it runs from "Peso"/"Quota" to the end.
    std::optional<WeightLine> weight;
    for (std::size_t k = lines.size(); k-- > 0;) {
      const std::string tail = join_wrapped(std::vector<std::string>(lines.begin() + static_cast<std::ptrdiff_t>(k), lines.end()));
      if ((weight = weight_line(tail))) {
        lines.resize(k);
        break;
      }
      if (lines.size() - k >= 3) break;
    }
    const std::string body = join_wrapped(lines);
    const std::string printed_body = join_printed(lines);
    stream.take(static_cast<std::size_t>(id));
    if (fold(body).rfind("indicatori dell", 0) == 0) {
      if (Node* os = filler.node(strategic_id); os && weight && !weight->quota.empty()) {
        os->indicators_share = filler.number(weight->quota, p);
      }
      current_id = strategic_id;
      continue;
    }
    auto heading = parse_numbered_heading(body);
    if (!heading) {
      // The rest of a merged cell cut by a page break.
      Node* node = filler.node(level == 2 ? current_id : *level_ids[level]);
      if (!node) continue;
      if (!body.empty()) node->title = join_printed(node->title + "\n" + printed_body);
      if (weight && !weight->weight.empty() && !node->weight) node->weight = filler.number(weight->weight, p);
      continue;
    }
    Node node;
    node.code = heading->code;
    node.title = as_printed(heading->title, printed_body);
    const int depth = code_depth(node.code);
    node.level = depth == 1 ? "area" : depth == 2 ? "strategic" : "operational";
    const auto dot = node.code.rfind('.');
    if (dot != std::string::npos) {
      const std::string parent = filler.doc_id() + "/" + node.code.substr(0, dot);
      if (filler.has_node(parent)) node.parent = parent;
    }
    node.source = p.source;
    if (weight && !weight->weight.empty()) node.weight = filler.number(weight->weight, p);
    if (depth == 3 && weight && !weight->quota.empty()) {
      if (Node* os = filler.node(node.parent); os && !os->operational_share) os->operational_share = filler.number(weight->quota, p);
    }
    const std::string nid = filler.add_node(std::move(node), heading->code);
    if (depth == 1) area_id = nid;
    if (depth == 2) strategic_id = nid;
    if (depth <= 3) current_id = nid;
  }
}
}  // namespace

GenreScore score_plan(const DocumentFeatures& f) {
  GenreScore s{"plan", 0, ""};
  auto add = [&](bool hit, double points, const std::string& why) {
    if (!hit) return;
    s.score += points;
    s.why += (s.why.empty() ? "" : "; ") + why;
  };
  add(f.folded.find("base line") != std::string::npos || f.folded.find("baseline") != std::string::npos, 0.35,
      "header BASE LINE");
  add(f.folded.find("target") != std::string::npos, 0.1, "header TARGET");
  add(f.folded.find("obiettivi operativi") != std::string::npos, 0.15, "label Obiettivi operativi");
  add(f.numbered_headings >= 3, 0.15, std::to_string(f.numbered_headings) + " numbered objectives");
  add(f.coded_headings >= 3, 0.15, std::to_string(f.coded_headings) + " coded indicators");
  add(f.folded.find("formula") != std::string::npos, 0.1, "header Formula");
  if (f.repeated_codes > 3 && f.unit_headings > 0) {
    s.score -= 0.3;
    s.why += "; objectives repeated under units (assignment?)";
  }
  s.score = std::clamp(s.score, 0.0, 1.0);
  return s;
}

void fill_plan(Filler& filler) {
  TextStream& stream = filler.stream();
  const auto& rows = stream.rows();
  ColumnMap map;
  std::string area_id, strategic_id, current_id;
  std::vector<int> years;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    if (row.is_line()) {
      // A heading line before the table is the plan's title.
      const std::size_t id = row.pieces.front();
      if (years.empty() && filler.document().title.empty() && stream.is_free(id)) {
        filler.document().title = join_printed(stream.piece(id).text);
        stream.take(id);
      }
      continue;
    }
    if (r == 0 || rows[r - 1].table != row.table) {
      // A new table: its own header if it has one (else the previous map).
      ColumnMap fresh = read_header(stream, r, plan_vocabulary(), 3);
      if (fresh.valid()) {
        map = fresh;
        for (int k = 0; k < map.header_rows; ++k) stream.mark_header_row(rows[r + static_cast<std::size_t>(k)]);
        r += static_cast<std::size_t>(map.header_rows) - 1;
        for (const auto& yc : map.targets) {
          if (std::find(years.begin(), years.end(), yc.year) == years.end()) years.push_back(yc.year);
        }
        continue;
      }
    }
    if (!map.valid()) continue;
    if (map.col("strategic_col")) read_hierarchy_cells(filler, row, map, area_id, strategic_id, current_id);
    const int text_col = map.col("text").value_or(1);
    const auto text_id = stream.id_at(row, text_col);
    if (text_id < 0) continue;
    const Piece& text_piece = stream.piece(static_cast<std::size_t>(text_id));
    const std::string text = text_piece.text;
    if (trim_copy(text).empty()) continue;
    // The weight sits in the one non-empty cell under "Peso" (one column,
    // or one sub-column per level: Area | OS | OO | Ind.).
    auto take_weight = [&](std::optional<Number>& into) {
      for (int c : map.cols("weight")) {
        const auto id = stream.id_at(row, c);
        if (id < 0 || id == text_id) continue;
        const Piece& p = stream.piece(static_cast<std::size_t>(id));
        if (trim_copy(p.text).empty()) continue;
        into = filler.number(join_value(p.text), p);
        stream.take(static_cast<std::size_t>(id));
        return;
      }
    };

    const std::string label = fold(text);
    if (label == "indicatori" || label == "obiettivi operativi") {
      stream.take(static_cast<std::size_t>(text_id));
      Node* os = filler.node(strategic_id);
      const auto share_col = map.col("label").value_or(0);
      const Piece* share = stream.at(row, share_col);
      if (os && share && !trim_copy(share->text).empty()) {
        (label == "indicatori" ? os->indicators_share : os->operational_share) = filler.number(join_value(share->text), *share);
        stream.take(static_cast<std::size_t>(stream.id_at(row, share_col)));
      }
      if (label == "indicatori") current_id = strategic_id;
      continue;
    }

    if (auto heading = parse_numbered_heading(text)) {
      Node node;
      node.code = heading->code;
      node.title = as_printed(heading->title, text);
      const int depth = code_depth(node.code);
      node.level = depth == 1 ? "area" : depth == 2 ? "strategic" : depth == 3 ? "operational" : "action";
      const auto dot = node.code.rfind('.');
      if (dot != std::string::npos) {
        const std::string parent = filler.doc_id() + "/" + node.code.substr(0, dot);
        if (filler.has_node(parent)) node.parent = parent;
      }
      node.source = text_piece.source;
      take_weight(node.weight);
      stream.take(static_cast<std::size_t>(text_id));
      const std::string id = filler.add_node(std::move(node), heading->code);
      if (depth <= 2) strategic_id = id;
      current_id = id;
      continue;
    }

    auto lines = split_lines(text);
    if (lines.empty()) continue;
    // "Studi_ISR" alone on the first line, the name below it (and no description).
    const bool code_alone = lines.size() >= 2 && !parse_code_heading(lines.front()) && is_code_line(lines.front());
    if (code_alone) lines[0] += " -";
    if (!parse_code_heading(lines.front())) continue;
    const NameDescription nd = code_alone ? NameDescription{join_wrapped(lines), std::string()} : split_name_description(lines);
    const auto coded = parse_code_heading(nd.name);
    if (!coded) continue;
    Indicator ind;
    ind.code = coded->code;
    ind.name = as_printed(coded->title, text);
    ind.description = as_printed(nd.description, text);
    ind.node = current_id;
    ind.source = text_piece.source;
    stream.take(static_cast<std::size_t>(text_id));
    take_weight(ind.weight);
    if (auto c = map.col("formula_text")) {
      if (auto id = stream.id_at(row, *c); id >= 0 && !trim_copy(stream.piece(static_cast<std::size_t>(id)).text).empty()) {
        ind.formula_text = join_printed(stream.piece(static_cast<std::size_t>(id)).text);
        stream.take(static_cast<std::size_t>(id));
      }
    }
    if (auto c = map.col("formula")) {
      if (auto id = stream.id_at(row, *c); id >= 0 && !trim_copy(stream.piece(static_cast<std::size_t>(id)).text).empty()) {
        ind.formula = join_wrapped(stream.piece(static_cast<std::size_t>(id)).text);
        ind.variables = formula_variables(ind.formula);
        stream.take(static_cast<std::size_t>(id));
      }
    }
    auto read_series = [&](const std::vector<YearColumn>& cols, std::vector<Target>& into) {
      for (const auto& yc : cols) {
        const auto id = stream.id_at(row, yc.col);
        if (id < 0) continue;
        const Piece& p = stream.piece(static_cast<std::size_t>(id));
        into.push_back(filler.target(join_value(p.text), yc.year, p));
        if (!trim_copy(p.text).empty()) stream.take(static_cast<std::size_t>(id));
      }
    };
    read_series(map.baselines, ind.baselines);
    read_series(map.targets, ind.targets);
    std::vector<Target> all = ind.targets;
    all.insert(all.end(), ind.baselines.begin(), ind.baselines.end());
    ind.unit = unit_of_values(all);
    const std::string node_code = current_id.empty() ? std::string("_") : current_id.substr(filler.doc_id().size() + 1);
    filler.add_indicator(std::move(ind), node_code + "/" + coded->code);
  }
  std::sort(years.begin(), years.end());
  filler.document().years = years;
}

}  // namespace allegato::genres
