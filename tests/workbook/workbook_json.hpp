#pragma once
// The tables of a workbook as JSON for golden files: the shape of
// `allegato tables --format json` (canonical-model.md, "Tables") with the
// workbook fields (cell sheet/cell instead of page/bbox, formula, hidden,
// sheet_hidden) and the diagnostics, so a reviewer sees what was doubted.
#include <string>

#include <nlohmann/json.hpp>

#include "tables/table.hpp"

namespace allegato::testing {

inline std::string workbook_tables_json(const ExtractedDocument& doc) {
  using Json = nlohmann::ordered_json;
  Json root = Json::object();
  root["sheets"] = doc.sheets;
  Json tables = Json::array();
  for (const auto& t : doc.tables) {
    Json jt = Json::object();
    jt["id"] = t.id;
    jt["method"] = to_string(t.method);
    jt["sheet"] = t.sheet;
    jt["sheet_hidden"] = t.sheet_hidden;
    jt["n_rows"] = t.n_rows;
    jt["n_cols"] = t.n_cols;
    Json cells = Json::array();
    for (const auto& c : t.cells) {
      Json jc = Json::object();
      jc["row"] = c.row;
      jc["col"] = c.col;
      jc["row_span"] = c.row_span;
      jc["col_span"] = c.col_span;
      jc["sheet"] = c.sheet;
      jc["cell"] = c.cell_ref;
      jc["text"] = c.text;
      jc["header"] = c.header;
      if (c.hidden) jc["hidden"] = true;
      if (c.formula) jc["formula"] = *c.formula;
      cells.push_back(std::move(jc));
    }
    jt["cells"] = std::move(cells);
    tables.push_back(std::move(jt));
  }
  root["tables"] = std::move(tables);
  Json lines = Json::array();
  for (const auto& l : doc.lines)
    lines.push_back(Json{{"sheet", l.sheet}, {"cell", l.cell_ref}, {"text", l.text}, {"bold", l.bold}});
  root["lines"] = std::move(lines);
  Json diagnostics = Json::array();
  for (const auto& d : doc.diagnostics)
    diagnostics.push_back(Json{{"severity", to_string(d.severity)}, {"code", d.code}, {"sheet", d.where.sheet},
                               {"cell", d.where.cell}, {"message", d.message}});
  root["diagnostics"] = std::move(diagnostics);
  return root.dump(1) + "\n";
}

}  // namespace allegato::testing
