// Genre "pira" (seed 002): the budget-linked indicator plan. Free lines carry
// "MISSIONE - 011 - ..." and "PROGRAMMA - 005 - ..." headings, then per
// strategic objective a block: "OS_x - title (Peso: 16,66%)" (wrapped over
// lines), "Descrizione" and its paragraph, "Risorse 2023 <amount> Euro –
// Risorse budget 2023 per interventi economici € <amount>", and a ruled
// indicator table (Indicatore | Algoritmo | Target per year | Tipologia |
// Unità misura). The tail's "TOTALE GENERALE <amount>" is the document's
// printed total; "Risorse non contemplate ..." stays unassigned.
#include <algorithm>
#include <map>
#include <regex>

#include "genres/column_roles.hpp"
#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"
#include "values/text.hpp"

namespace allegato::genres {

namespace {
// A row read as one text: a free line, or a table row with a single
// non-empty cell (a bordered heading box the layout took for a table).
std::optional<std::size_t> single_text(const TextStream& stream, const Row& row) {
  std::optional<std::size_t> only;
  for (auto id : row.pieces) {
    if (trim_copy(stream.piece(id).text).empty()) continue;
    if (only) return std::nullopt;
    only = id;
  }
  return only;
}

// "Risorse 2023 229.447,35 Euro – Risorse budget 2023 per interventi economici € 70.000,00"
// ("Risorse 2026: € 450.799,91" with a colon too)
struct Resources {
  std::string amount;
  std::string budget;
  std::string budget_text;  // "Risorse budget 2023 per interventi economici € 70.000,00"
};
std::optional<Resources> parse_resources(const std::string& text) {
  static const std::regex re(
      R"(^Risorse\s+\d{4}\s*:?\s+(.+?)\s*(?:[-–]\s*(Risorse budget\s+\d{4}\s+per interventi economici\s*:?\s+(.+?)))?\s*$)",
      std::regex::icase);
  std::smatch m;
  const std::string t = join_wrapped(text);
  if (!std::regex_match(t, m, re)) return std::nullopt;
  return Resources{m[1].str(), m[3].matched ? m[3].str() : std::string(), m[2].matched ? m[2].str() : std::string()};
}

// Lines that open a new block: never the continuation of a table row.
bool is_block_heading(const std::string& text) {
  static const std::regex re(R"(^(MISSIONE|PROGRAMMA|OS_|Descrizione\s*$|Risorse\b|PIANO DEGLI))", std::regex::icase);
  return std::regex_search(text, re) || parse_total_line(text, builtin_profile("pira")->total_rows);
}
}  // namespace

void fill_pira(Filler& filler) {
  TextStream& stream = filler.stream();
  const auto& rows = stream.rows();
  // "MISSIONE - 011 - Competitività ...", "Missione: 1 011 - ..." (the
  // budget's numbering printed before the code).
  static const std::regex mission_re(R"(^MISSIONE\s*[-:]\s*(?:\d{1,2}\s+)?(\d+)\s*[-–]?\s*(.*)$)", std::regex::icase);
  static const std::regex programme_re(R"(^PROGRAMMA\s*[-:]\s*(?:\d{1,2}\s+)?(\d+)\s*[-–]?\s*(.*)$)", std::regex::icase);
  static const std::regex title_re(R"(^PIANO DEGLI INDICATORI)", std::regex::icase);
  std::string mission, programme, mission_title, programme_title, os_id;
  HeaderMatch map;
  const Table* map_table = nullptr;
  enum class Expect { nothing, description } expect = Expect::nothing;
  std::vector<std::size_t> description_ids;
  std::vector<int> years;

  auto flush_description = [&] {
    if (description_ids.empty()) return;
    std::vector<std::string> lines;
    for (auto id : description_ids) lines.push_back(stream.piece(id).text);
    if (Node* os = filler.node(os_id)) {
      os->description = join_printed(lines);
      for (auto id : description_ids) stream.take(id);
    }
    description_ids.clear();
  };

  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    const bool new_table = !row.is_line() && row.table != map_table;
    if (new_table) {
      // The indicator table's header, read with the PIRA profile's words
      // like every other layout's (an indicator, a formula and targets).
      HeaderMatch fresh = match_header(stream, r, *builtin_profile("pira"));
      if (fresh.valid() && fresh.roles >= 3) {
        flush_description();
        expect = Expect::nothing;
        map = fresh;
        map_table = row.table;
        for (int k = 0; k < map.rows; ++k) stream.mark_header_row(rows[r + static_cast<std::size_t>(k)]);
        r += static_cast<std::size_t>(map.rows) - 1;
        for (const auto& c : map.columns) {
          if (c.role == "targets" && c.year && std::find(years.begin(), years.end(), *c.year) == years.end())
            years.push_back(*c.year);
        }
        continue;
      }
    }
    const auto single = single_text(stream, row);
    const bool indicator_row = !row.is_line() && map.valid() &&
                               (row.table == map_table || (new_table && row.table->n_cols == map_table->n_cols));
    if (indicator_row && !(single && (row.table->n_cols <= 1))) {
      map_table = row.table;
      const int text_col = map.col("text").value_or(map.col("name").value_or(0));
      const auto text_id = stream.id_at(row, text_col);
      if (text_id < 0) continue;
      const auto lines0 = split_lines(stream.piece(static_cast<std::size_t>(text_id)).text);
      if (lines0.empty() || !parse_code_heading(lines0.front())) continue;
      // The row's text per column, plus the lines that continue it on the
      // next page when the layout lost the table there.
      std::map<int, std::string> texts;
      std::map<int, std::pair<double, double>> spans;
      // Only the columns read below are taken; any other stays listed
      // (nothing printed is dropped).
      auto read_here = [&](int col) {
        if (col == text_col) return true;
        if (col < 0 || col >= static_cast<int>(map.columns.size())) return false;
        const std::string& role = map.columns[static_cast<std::size_t>(col)].role;
        return role == "formula" || role == "targets" || role == "type" || role == "unit" || role == "weight";
      };
      for (auto id : row.pieces) {
        const Piece& p = stream.piece(id);
        texts[p.col] = p.text;
        if (p.source.bbox) spans[p.col] = {p.source.bbox->x0, p.source.bbox->x1};
        if (!trim_copy(p.text).empty() && read_here(p.col)) stream.take(id);
      }
      std::size_t k = r + 1;
      for (; k < rows.size() && rows[k].is_line() && !spans.empty(); ++k) {
        const std::size_t lid = rows[k].pieces.front();
        const Piece& p = stream.piece(lid);
        if (!stream.is_free(lid)) continue;
        const std::string t = trim_copy(p.text);
        if (is_block_heading(t) || !p.source.bbox) break;
        std::optional<int> col;
        for (const auto& [c, span] : spans) {
          if (p.source.bbox->x0 >= span.first - 2 && p.source.bbox->x1 <= span.second + 2) col = c;
        }
        if (!col) {
          const bool inside = p.source.bbox->x0 >= spans.begin()->second.first - 2 &&
                              p.source.bbox->x1 <= spans.rbegin()->second.second + 2;
          if (inside) continue;  // straddles columns: left unassigned
          break;
        }
        texts[*col] += "\n" + p.text;
        stream.take(lid);
      }
      r = k - 1;
      const Piece& cell = stream.piece(static_cast<std::size_t>(text_id));
      std::string text = texts[text_col];
      Indicator ind;
      ind.source = cell.source;
      // Weight and owners close the cell: "(Peso: 50,00%) (Ufficio Metrico)".
      static const std::regex peso(R"(\(\s*Peso\s*:?\s*([0-9][0-9.,]*\s*%)\s*\)?)", std::regex::icase);
      std::smatch m;
      if (std::regex_search(text, m, peso)) {
        ind.weight = filler.number(m[1].str(), cell);
        // "Peso" names the field, held by no entity: it stays listed.
        stream.take_leaving(static_cast<std::size_t>(text_id), "Peso");
        std::string after = m.suffix().str();
        text = m.prefix().str();
        static const std::regex group(R"(\(([^()]*)\)?)");
        for (auto it = std::sregex_iterator(after.begin(), after.end(), group); it != std::sregex_iterator(); ++it) {
          const std::string owner = join_printed((*it)[1].str());
          if (!owner.empty()) ind.owners.push_back(owner);
        }
      }
      const NameDescription nd = split_name_description(split_lines(text));
      const auto coded = parse_code_heading(nd.name);
      ind.code = coded ? coded->code : std::string();
      ind.name = as_printed(coded ? coded->title : nd.name, text);
      ind.description = as_printed(nd.description, text);
      ind.node = os_id;
      auto cell_text = [&](const char* role) -> std::string {
        auto c = map.col(role);
        return c && texts.count(*c) ? texts[*c] : std::string();
      };
      // A weight column (besides a weight printed in the name's cell).
      if (const auto wcol = map.col("weight"); !ind.weight && wcol) {
        const auto wid = stream.id_at(row, *wcol);
        if (wid >= 0 && !trim_copy(texts[*wcol]).empty())
          ind.weight = filler.number(join_value(texts[*wcol]), stream.piece(static_cast<std::size_t>(wid)));
      }
      const std::string algo = cell_text("formula");
      if (!trim_copy(algo).empty()) {
        ind.formula_text = join_printed(algo);
        ind.formula = formula_from_named_measures(algo).value_or("");
        if (ind.formula.empty() || ind.formula.find(' ') == std::string::npos) {
          ind.variables = ind.formula.empty() ? std::vector<std::string>{} : std::vector<std::string>{ind.formula};
        } else {
          ind.variables = named_measure_codes(algo);
          // An operand named in words only ("Patrimonio netto") is a variable too.
          const auto operands = formula_variables(ind.formula);
          if (!operands.empty() && std::find(ind.variables.begin(), ind.variables.end(), operands.front()) == ind.variables.end() &&
              operands.front().find(' ') != std::string::npos && ind.formula.rfind(operands.front(), 0) == 0) {
            ind.variables.insert(ind.variables.begin(), operands.front());
          }
        }
      }
      for (std::size_t c = 0; c < map.columns.size(); ++c) {
        if (map.columns[c].role != "targets") continue;
        const auto id = stream.id_at(row, static_cast<int>(c));
        if (id < 0) continue;
        ind.targets.push_back(filler.target(join_value(texts[static_cast<int>(c)]), map.columns[c].year,
                                            stream.piece(static_cast<std::size_t>(id))));
      }
      ind.type = join_wrapped(cell_text("type"));
      const std::string unit = join_wrapped(cell_text("unit"));
      if (!unit.empty()) ind.unit = unit;
      const std::string node_code = os_id.empty() ? std::string("_") : os_id.substr(filler.doc_id().size() + 1);
      const std::string path = node_code + "/" + (ind.code.empty() ? slugify(ind.name) : ind.code);
      filler.add_indicator(std::move(ind), path);
      continue;
    }
    if (!single) continue;
    const std::size_t id = *single;
    const std::string text = trim_copy(stream.piece(id).text);
    std::smatch m;
    if (std::regex_search(text, m, title_re)) {
      if (filler.document().title.empty()) {
        // The running header may carry the page number after the title.
        static const std::regex page_suffix(R"(\s+\d{1,3}$)");
        filler.document().title = as_printed(std::regex_replace(join_wrapped(text), page_suffix, ""), text);
      }
      continue;  // a running header: left as boilerplate
    }
    const std::string flat = join_wrapped(text);
    if (std::regex_search(flat, m, mission_re)) {
      flush_description();
      expect = Expect::nothing;
      mission = m[1].str();
      mission_title = as_printed(trim_copy(m[2].str()), join_printed(text));
      programme.clear();
      programme_title.clear();
      // The heading's word ("MISSIONE") names the field, held by no entity: a label.
      stream.take_leaving(id, flat.substr(0, flat.find_first_of(" -:")));
      continue;
    }
    if (std::regex_search(flat, m, programme_re)) {
      flush_description();
      expect = Expect::nothing;
      programme = m[1].str();
      programme_title = as_printed(trim_copy(m[2].str()), join_printed(text));
      stream.take_leaving(id, flat.substr(0, flat.find_first_of(" -:")));
      continue;
    }
    const auto lines = split_lines(text);
    if (!lines.empty()) {
      auto coded = parse_code_heading(lines.front());
      if (coded && coded->code.rfind("OS", 0) == 0) {
        flush_description();
        // The heading may wrap over free lines until its "(Peso: x%)" closes.
        std::vector<std::size_t> ids = {id};
        std::string heading = text;
        std::size_t k = r;
        while (heading.find(')', heading.find("Peso") == std::string::npos ? heading.size() : heading.find("Peso")) ==
                   std::string::npos &&
               k + 1 < rows.size() && ids.size() < 4) {
          const auto next = single_text(stream, rows[k + 1]);
          if (!next || fold(stream.piece(*next).text) == "descrizione") break;
          heading += "\n" + stream.piece(*next).text;
          ids.push_back(*next);
          ++k;
        }
        std::string body = heading;
        auto weight = take_peso(body);
        auto full = parse_code_heading(body);
        Node node;
        node.code = coded->code;
        node.level = "strategic";
        node.title = full ? as_printed(full->title, body) : as_printed(coded->title, lines.front());
        node.weight = weight;
        node.mission = mission;
        node.programme = programme;
        node.mission_title = mission_title;
        node.programme_title = programme_title;
        node.source = stream.piece(id).source;
        for (auto i : ids) stream.take(i);
        r = k;
        os_id = filler.add_node(std::move(node), coded->code);
        expect = Expect::nothing;
        continue;
      }
    }
    if (fold(text) == "descrizione" && !os_id.empty()) {
      stream.mark_header(id);  // a label: listed as structure, its paragraph taken below
      expect = Expect::description;
      continue;
    }
    if (auto total = parse_total_line(text, builtin_profile("pira")->total_rows)) {
      flush_description();
      expect = Expect::nothing;
      filler.document().totals.push_back({as_printed(total->label, text), "resources", filler.number(total->amount, stream.piece(id))});
      stream.take(id);
      continue;
    }
    if (auto res = parse_resources(text); res && !os_id.empty()) {
      flush_description();
      expect = Expect::nothing;
      if (Node* os = filler.node(os_id)) {
        os->resources.push_back(filler.number(res->amount, stream.piece(id)));
        if (!res->budget.empty()) {
          os->budget_interventions = filler.number(res->budget, stream.piece(id));
          // Also as a note, so the printed text stays visible in every output.
          os->notes.push_back(as_printed(res->budget_text, text));
        }
        stream.take(id);
      }
      continue;
    }
    if (expect == Expect::description && row.is_line() && stream.is_free(id)) description_ids.push_back(id);
  }
  flush_description();
  std::sort(years.begin(), years.end());
  filler.document().years = years;
}

}  // namespace allegato::genres
