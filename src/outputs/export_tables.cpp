#include "outputs/export_tables.hpp"

#include <cmath>
#include <cstdio>
#include <map>

namespace allegato {
namespace {

ExportCell text(std::string s) { return ExportCell{std::move(s), std::nullopt, false, {}, 0}; }

ExportCell integer(long long v) {
  ExportCell c = text(std::to_string(v));
  c.number = Decimal::from_int(v);
  return c;
}

ExportCell opt_integer(const std::optional<int>& v) { return v ? integer(*v) : text(""); }

/// An exact decimal written as its canonical text, a number cell in XLSX.
ExportCell decimal(const std::optional<Decimal>& v, bool percent) {
  if (!v) return text("");
  ExportCell c = text(v->to_string());
  c.number = v;
  c.percent = percent;
  return c;
}

// A date target's value ("2024-12-31"): text in CSV, a date cell in XLSX.
ExportCell date_cell(const std::optional<std::string>& v) {
  ExportCell c{v.value_or(""), std::nullopt, false, {}, 0};
  c.date = v && v->size() == 10 && (*v)[4] == '-' && (*v)[7] == '-';
  return c;
}

ExportCell decimal_text(const std::optional<std::string>& v, bool numeric, bool percent) {
  if (!v) return text("");
  if (numeric)
    if (auto d = Decimal::parse(*v)) return decimal(d, percent);
  return text(*v);
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}

std::string years_text(const std::vector<int>& years) {
  std::string out;
  for (int y : years) {
    if (!out.empty()) out += " ";
    out += std::to_string(y);
  }
  return out;
}

// Two decimals, like the JSON writer: byte-stable output.
std::string coordinate(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", std::round(v * 100.0) / 100.0);
  return buffer;
}

std::string bbox_text(const std::optional<BBox>& b) {
  if (!b) return "";
  return coordinate(b->x0) + " " + coordinate(b->y0) + " " + coordinate(b->x1) + " " + coordinate(b->y1);
}

void add_source(std::vector<ExportCell>& row, const Source& s) {
  row.push_back(s.page > 0 ? integer(s.page) : text(""));
  row.push_back(text(bbox_text(s.bbox)));
  row.push_back(text(s.sheet));
  row.push_back(text(s.cell));
}

const std::vector<std::string> kSourceColumns = {"source_page", "source_bbox", "source_sheet", "source_cell"};

std::vector<std::string> with_source(std::vector<std::string> columns) {
  columns.insert(columns.end(), kSourceColumns.begin(), kSourceColumns.end());
  return columns;
}

bool is_percent(const std::optional<std::string>& unit) { return unit && *unit == "%"; }

void add_weight(std::vector<ExportCell>& row, const std::optional<Number>& w) {
  row.push_back(text(w ? w->raw : ""));
  row.push_back(w ? decimal(w->value, is_percent(w->unit)) : text(""));
  row.push_back(text(w && w->unit ? *w->unit : ""));
}

ExportTable documents_table(const Model& m) {
  ExportTable t{"documents", {"id", "path", "sha256", "format", "kind", "organisation", "title", "years", "pages"}, {}};
  for (const auto& d : m.documents)
    t.rows.push_back({text(d.id), text(d.path), text(d.sha256), text(d.format), text(d.kind), text(d.organisation),
                      text(d.title), text(years_text(d.years)), integer(d.pages)});
  return t;
}

ExportTable nodes_table(const Model& m) {
  ExportTable t{"nodes",
                with_source({"id", "doc", "code", "level", "parent", "title", "description", "weight_raw",
                             "weight_value", "weight_unit", "indicators_share_raw", "indicators_share_value",
                             "operational_share_raw", "operational_share_value", "mission", "programme", "owners",
                             "unit", "notes"}),
                {}};
  for (const auto& n : m.nodes) {
    std::vector<ExportCell> row{text(n.id), text(n.doc), text(n.code), text(n.level), text(n.parent), text(n.title),
                                text(n.description)};
    add_weight(row, n.weight);
    for (const auto* share : {&n.indicators_share, &n.operational_share}) {
      row.push_back(text(*share ? (*share)->raw : ""));
      row.push_back(*share ? decimal((*share)->value, is_percent((*share)->unit)) : text(""));
    }
    for (const auto* s : {&n.mission, &n.programme}) row.push_back(text(*s));
    row.push_back(text(join(n.owners)));
    row.push_back(text(n.unit));
    row.push_back(text(join(n.notes)));
    add_source(row, n.source);
    t.rows.push_back(std::move(row));
  }
  return t;
}

ExportTable indicators_table(const Model& m, const std::map<std::string, int>& node_rows) {
  ExportTable t{"indicators",
                with_source({"id", "doc", "node", "code", "name", "description", "formula", "formula_text", "variables", "unit", "type",
                             "polarity", "weight_raw", "weight_value", "weight_unit", "owners", "notes"}),
                {}};
  for (const auto& i : m.indicators) {
    ExportCell node = text(i.node);
    if (auto it = node_rows.find(i.node); it != node_rows.end()) {
      node.link_sheet = "nodes";
      node.link_row = it->second;
    }
    std::vector<ExportCell> row{text(i.id),      text(i.doc),     node,
                                text(i.code),    text(i.name),    text(i.description),
                                text(i.formula), text(i.formula_text), text(join(i.variables)), text(i.unit.value_or("")),
                                text(i.type),    text(i.polarity)};
    add_weight(row, i.weight);
    row.push_back(text(join(i.owners)));
    row.push_back(text(join(i.notes)));
    add_source(row, i.source);
    t.rows.push_back(std::move(row));
  }
  return t;
}

// A target that is no number nor date, in words: an ordinal level with its
// operator ("> Medio"), or a text target as printed. The value columns hold
// numbers and dates only, so a spreadsheet can sort and sum them.
std::string words_of(const Target& x) {
  if (x.kind == TargetKind::ordinal && x.value) {
    const bool has_op = x.op != Op::none && x.op != Op::text && x.op != Op::range;
    return (has_op ? std::string(to_string(x.op)) + " " : std::string()) + *x.value;
  }
  if (x.kind == TargetKind::text && x.status == TargetStatus::set) return x.raw;
  return {};
}

void add_target_rows(ExportTable& t, const std::string& doc, const std::string& subject, const char* series,
                     const std::vector<Target>& items) {
  for (const auto& x : items) {
    const bool numeric = x.kind == TargetKind::number || x.kind == TargetKind::percent;
    const bool percent = x.kind == TargetKind::percent || is_percent(x.unit);
    const bool in_words = x.kind == TargetKind::ordinal || x.kind == TargetKind::text;
    t.rows.push_back({text(doc), text(subject), text("indicator"), text(series), opt_integer(x.year), text(x.raw),
                      text(x.op == Op::none ? "" : to_string(x.op)),
                      x.kind == TargetKind::date ? date_cell(x.value)
                      : in_words                 ? text("")
                                                 : decimal_text(x.value, numeric, percent),
                      in_words ? text("") : decimal_text(x.value2, numeric, percent), text(x.unit.value_or("")),
                      text(to_string(x.kind)), text(to_string(x.status)), text(x.label.value_or("")),
                      text(words_of(x))});
  }
}

void add_number_rows(ExportTable& t, const std::string& doc, const std::string& subject, const char* subject_kind,
                     const char* series, const std::vector<YearNumber>& items) {
  for (const auto& yn : items) {
    const auto& n = yn.number;
    t.rows.push_back({text(doc), text(subject), text(subject_kind), text(series), opt_integer(yn.year), text(n.raw),
                      text(""), decimal(n.value, is_percent(n.unit)), text(""), text(n.unit.value_or("")),
                      text(""), text(""), text(""), text("")});
  }
}

ExportTable targets_table(const Model& m) {
  ExportTable t{"targets",
                {"doc", "subject", "subject_kind", "series", "year", "raw", "op", "value", "value2", "unit", "kind",
                 "status", "label", "text"},
                {}};
  for (const auto& n : m.nodes) {
    add_number_rows(t, n.doc, n.id, "node", "achievement", n.achievement);
    std::vector<YearNumber> resources;
    for (const auto& r : n.resources) resources.push_back({std::nullopt, r});
    add_number_rows(t, n.doc, n.id, "node", "resources", resources);
  }
  for (const auto& i : m.indicators) {
    add_target_rows(t, i.doc, i.id, "baseline", i.baselines);
    add_target_rows(t, i.doc, i.id, "target", i.targets);
    add_target_rows(t, i.doc, i.id, "result", i.results);
    add_number_rows(t, i.doc, i.id, "indicator", "achievement", i.achievement);
  }
  return t;
}

std::string doc_of(const std::string& id) { return id.substr(0, id.find('/')); }

ExportTable findings_table(const Model& m, const std::map<std::string, int>& node_rows,
                           const std::map<std::string, int>& indicator_rows) {
  ExportTable t{"findings",
                {"finding", "rule", "severity", "subject", "subject_kind", "doc", "message", "expected", "actual",
                 "sources"},
                {}};
  int number = 0;
  for (const auto& f : m.findings) {
    ExportCell subject = text(f.subject);
    std::string kind;
    if (auto it = indicator_rows.find(f.subject); it != indicator_rows.end()) {
      subject.link_sheet = "indicators";
      subject.link_row = it->second;
      kind = "indicator";
    } else if (auto jt = node_rows.find(f.subject); jt != node_rows.end()) {
      subject.link_sheet = "nodes";
      subject.link_row = jt->second;
      kind = "node";
    }
    t.rows.push_back({integer(++number), text(f.rule), text(to_string(f.severity)), subject, text(kind),
                      text(doc_of(f.subject)), text(f.message), text(f.expected.value_or("")),
                      text(f.actual.value_or("")), integer(static_cast<long long>(f.sources.size()))});
  }
  return t;
}

ExportTable finding_sources_table(const Model& m) {
  ExportTable t{"finding_sources", {"finding", "doc", "page", "bbox", "sheet", "cell"}, {}};
  int number = 0;
  for (const auto& f : m.findings) {
    ++number;
    for (const auto& s : f.sources) {
      std::vector<ExportCell> row{integer(number), text(s.doc)};
      add_source(row, s);
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

ExportTable unassigned_table(const Model& m) {
  ExportTable t{"unassigned", {"doc", "page", "bbox", "sheet", "cell", "role", "text"}, {}};
  for (const auto& u : m.unassigned) {
    std::vector<ExportCell> row{text(u.doc)};
    add_source(row, u.source);
    row.push_back(text(u.role));
    row.push_back(text(u.text));
    t.rows.push_back(std::move(row));
  }
  return t;
}

ExportTable diagnostics_table(const Model& m) {
  ExportTable t{"diagnostics", {"severity", "code", "message", "doc", "page", "bbox", "sheet", "cell"}, {}};
  for (const auto& d : m.diagnostics) {
    std::vector<ExportCell> row{text(to_string(d.severity)), text(d.code), text(d.message), text(d.where.doc)};
    add_source(row, d.where);
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

std::vector<ExportTable> export_tables(const Model& model) {
  std::map<std::string, int> node_rows, indicator_rows;
  for (std::size_t i = 0; i < model.nodes.size(); ++i) node_rows.emplace(model.nodes[i].id, static_cast<int>(i));
  for (std::size_t i = 0; i < model.indicators.size(); ++i)
    indicator_rows.emplace(model.indicators[i].id, static_cast<int>(i));
  return {documents_table(model),
          nodes_table(model),
          indicators_table(model, node_rows),
          targets_table(model),
          findings_table(model, node_rows, indicator_rows),
          finding_sources_table(model),
          unassigned_table(model),
          diagnostics_table(model)};
}

}  // namespace allegato
