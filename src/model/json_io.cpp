#include "model/json_io.hpp"

#include <cmath>
#include <ostream>
#include <sstream>
#include <string_view>

#include "values/graded_target.hpp"

namespace allegato {
namespace {

Json opt_string(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }
Json nonempty_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// Coordinates are printed to two decimals so that output is byte-stable.
double round2(double v) { return std::round(v * 100.0) / 100.0; }

Json bbox_json(const BBox& b) { return Json::array({round2(b.x0), round2(b.y0), round2(b.x1), round2(b.y1)}); }

Json year_number_json(const YearNumber& yn) {
  Json j;
  j["year"] = yn.year ? Json(*yn.year) : Json(nullptr);
  Json n = to_json(yn.number);
  for (auto it = n.begin(); it != n.end(); ++it) j[it.key()] = it.value();
  return j;
}

template <typename T>
Json array_of(const std::vector<T>& items) {
  Json a = Json::array();
  for (const auto& item : items) a.push_back(to_json(item));
  return a;
}

Json strings(const std::vector<std::string>& items) {
  Json a = Json::array();
  for (const auto& s : items) a.push_back(s);
  return a;
}

Json year_numbers(const std::vector<YearNumber>& items) {
  Json a = Json::array();
  for (const auto& yn : items) a.push_back(year_number_json(yn));
  return a;
}

// ---- reading ----

[[noreturn]] void invalid(const std::string& where, const std::string& what) {
  // `what` names JSON fields, which are English in either language.
  throw ImportError("json.invalid", "", LocalMessage("{where}: {what}").set("where", where).set("what", what),
                    LocalMessage(N_("the file is not an allegato/1 model")));
}

std::string get_string(const Json& j, const char* key, const std::string& where, bool required = false) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    if (required) invalid(where, std::string("missing \"") + key + "\"");
    return {};
  }
  if (!it->is_string()) invalid(where, std::string("\"") + key + "\" must be a string");
  return it->get<std::string>();
}

std::optional<std::string> get_opt_string(const Json& j, const char* key, const std::string& where) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) invalid(where, std::string("\"") + key + "\" must be a string or null");
  return it->get<std::string>();
}

std::optional<int> get_opt_int(const Json& j, const char* key, const std::string& where) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer()) invalid(where, std::string("\"") + key + "\" must be an integer or null");
  return it->get<int>();
}

std::vector<std::string> get_strings(const Json& j, const char* key, const std::string& where) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return out;
  if (!it->is_array()) invalid(where, std::string("\"") + key + "\" must be an array");
  for (const auto& s : *it) {
    if (!s.is_string()) invalid(where, std::string("\"") + key + "\" must hold strings");
    out.push_back(s.get<std::string>());
  }
  return out;
}

const Json* get_array(const Json& j, const char* key, const std::string& where) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return nullptr;
  if (!it->is_array()) invalid(where, std::string("\"") + key + "\" must be an array");
  return &*it;
}

std::optional<Number> get_opt_number(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return number_from_json(*it);
}

std::vector<YearNumber> get_year_numbers(const Json& j, const char* key, const std::string& where) {
  std::vector<YearNumber> out;
  if (const Json* a = get_array(j, key, where)) {
    for (const auto& item : *a) {
      YearNumber yn;
      yn.year = get_opt_int(item, "year", where + "." + key);
      yn.number = number_from_json(item);
      out.push_back(std::move(yn));
    }
  }
  return out;
}

std::vector<Target> get_targets(const Json& j, const char* key, const std::string& where) {
  std::vector<Target> out;
  if (const Json* a = get_array(j, key, where))
    for (const auto& item : *a) out.push_back(target_from_json(item));
  return out;
}

Severity severity_from(const std::string& s, const std::string& where) {
  if (s == "info") return Severity::info;
  if (s == "warning") return Severity::warning;
  if (s == "error") return Severity::error;
  invalid(where, "severity must be info, warning or error, not \"" + s + "\"");
}

// "corrected": {"printed", "file", "line"} (extension).
Json correction_json(const Correction& c) {
  Json j;
  j["printed"] = c.printed;
  j["file"] = c.file;
  j["line"] = c.line;
  return j;
}

std::optional<Correction> correction_from_json(const Json& j, const std::string& where) {
  auto it = j.find("corrected");
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_object()) invalid(where, "\"corrected\" must be an object {printed, file, line}");
  Correction c;
  c.printed = get_string(*it, "printed", where + ".corrected");
  c.file = get_string(*it, "file", where + ".corrected");
  if (auto line = get_opt_int(*it, "line", where + ".corrected")) c.line = *line;
  return c;
}

Json text_corrections_json(const std::vector<TextCorrection>& items) {
  Json a = Json::array();
  for (const auto& t : items) {
    Json j = correction_json(t.correction);
    j["field"] = t.field;
    a.push_back(std::move(j));
  }
  return a;
}

std::vector<TextCorrection> text_corrections_from_json(const Json& j, const std::string& where) {
  std::vector<TextCorrection> out;
  if (const Json* items = get_array(j, "corrected_fields", where))
    for (const auto& item : *items) {
      TextCorrection t;
      t.field = get_string(item, "field", where + ".corrected_fields", true);
      Json wrapped;
      wrapped["corrected"] = item;
      t.correction = *correction_from_json(wrapped, where);
      out.push_back(std::move(t));
    }
  return out;
}

}  // namespace

Json to_json(const Number& n) {
  Json j;
  j["raw"] = n.raw;
  j["value"] = n.value ? Json(n.value->to_string()) : Json(nullptr);
  j["unit"] = opt_string(n.unit);
  if (n.source) j["source"] = to_json(*n.source);
  if (n.corrected) j["corrected"] = correction_json(*n.corrected);
  return j;
}

Json to_json(const Target& t) {
  Json j;
  j["year"] = t.year ? Json(*t.year) : Json(nullptr);
  j["raw"] = t.raw;
  j["op"] = t.op == Op::none ? Json(nullptr) : Json(to_string(t.op));
  j["value"] = opt_string(t.value);
  j["value2"] = opt_string(t.value2);
  j["unit"] = opt_string(t.unit);
  j["kind"] = to_string(t.kind);
  j["status"] = to_string(t.status);
  j["label"] = opt_string(t.label);
  // Extension: a graded target's bands, read from raw (not stored apart).
  if (auto bands = read_bands(t.raw)) {
    Json list = Json::array();
    for (const auto& b : *bands) list.push_back({{"condition", b.condition}, {"score", b.score}});
    j["bands"] = std::move(list);
  }
  if (t.source) j["source"] = to_json(*t.source);
  if (t.corrected) j["corrected"] = correction_json(*t.corrected);
  return j;
}

Json to_json(const Source& s) {
  Json j;
  j["doc"] = s.doc;
  if (!s.sheet.empty() || !s.cell.empty()) {
    j["sheet"] = s.sheet;
    j["cell"] = s.cell;
  } else {
    j["page"] = s.page;
    j["bbox"] = s.bbox ? bbox_json(*s.bbox) : Json(nullptr);
  }
  if (!s.label.empty()) j["label"] = s.label;
  return j;
}

Json to_json(const Diagnostic& d) {
  Json j;
  j["severity"] = to_string(d.severity);
  j["code"] = d.code;
  j["message"] = d.message;
  j["source"] = to_json(d.where);
  return j;
}

static Json to_json(const Document& d) {
  Json j;
  j["id"] = d.id;
  j["path"] = d.path;
  j["sha256"] = d.sha256;
  j["format"] = d.format;
  j["kind"] = d.kind;
  j["organisation"] = d.organisation;
  j["title"] = d.title;
  Json years = Json::array();
  for (int y : d.years) years.push_back(y);
  j["years"] = years;
  j["pages"] = d.pages;
  j["genre_score"] = round2(d.genre_score);
  if (!d.totals.empty()) {
    Json totals = Json::array();
    for (const auto& t : d.totals) {
      Json tj = to_json(t.number);
      tj["label"] = t.label;
      tj["field"] = t.field;
      totals.push_back(std::move(tj));
    }
    j["totals"] = std::move(totals);
  }
  if (!d.corrections_digest.empty()) j["corrections_digest"] = d.corrections_digest;
  return j;
}

static Json to_json(const Node& n) {
  Json j;
  j["id"] = n.id;
  j["doc"] = n.doc;
  j["code"] = n.code;
  j["level"] = n.level;
  j["title"] = n.title;
  j["description"] = n.description;
  j["parent"] = nonempty_or_null(n.parent);
  j["weight"] = n.weight ? to_json(*n.weight) : Json(nullptr);
  j["achievement"] = year_numbers(n.achievement);
  j["resources"] = array_of(n.resources);
  j["mission"] = n.mission;
  j["programme"] = n.programme;
  if (!n.mission_title.empty()) j["mission_title"] = n.mission_title;
  if (!n.programme_title.empty()) j["programme_title"] = n.programme_title;
  j["owners"] = strings(n.owners);
  j["notes"] = strings(n.notes);
  j["unit"] = n.unit;
  j["indicators_share"] = n.indicators_share ? to_json(*n.indicators_share) : Json(nullptr);
  j["operational_share"] = n.operational_share ? to_json(*n.operational_share) : Json(nullptr);
  if (!n.corrected_fields.empty()) j["corrected_fields"] = text_corrections_json(n.corrected_fields);
  j["source"] = to_json(n.source);
  return j;
}

static Json to_json(const Indicator& i) {
  Json j;
  j["id"] = i.id;
  j["doc"] = i.doc;
  j["node"] = nonempty_or_null(i.node);  // null: measures no node the annex prints
  j["code"] = i.code;
  j["name"] = i.name;
  j["description"] = i.description;
  j["formula"] = i.formula;
  j["formula_text"] = i.formula_text;
  j["variables"] = strings(i.variables);
  j["unit"] = opt_string(i.unit);
  j["type"] = i.type;
  j["polarity"] = i.polarity;
  j["weight"] = i.weight ? to_json(*i.weight) : Json(nullptr);
  j["baselines"] = array_of(i.baselines);
  j["targets"] = array_of(i.targets);
  j["results"] = array_of(i.results);
  j["achievement"] = year_numbers(i.achievement);
  j["owners"] = strings(i.owners);
  j["notes"] = strings(i.notes);
  if (!i.corrected_fields.empty()) j["corrected_fields"] = text_corrections_json(i.corrected_fields);
  j["source"] = to_json(i.source);
  return j;
}

// A finding's fields but its sources (which come last).
static Json finding_head_json(const Finding& f) {
  Json j;
  j["rule"] = f.rule;
  j["severity"] = to_string(f.severity);
  j["subject"] = f.subject;
  j["message"] = f.message;
  j["expected"] = opt_string(f.expected);
  j["actual"] = opt_string(f.actual);
  return j;
}

static Json to_json(const Finding& f) {
  Json j = finding_head_json(f);
  j["sources"] = array_of(f.sources);
  return j;
}

static Json to_json(const Unassigned& u) {
  Json j = to_json(u.source);
  j["doc"] = u.doc;
  j["text"] = u.text;
  if (!u.role.empty()) j["role"] = u.role;
  return j;
}

static Json to_json(const Link& l) {
  Json j;
  j["a"] = l.a;
  j["b"] = l.b;
  j["method"] = l.method;
  j["confidence"] = round2(l.confidence);
  return j;
}

Json to_json(const Model& m) {
  Json j;
  j["schema"] = m.schema;
  j["documents"] = array_of(m.documents);
  j["nodes"] = array_of(m.nodes);
  j["indicators"] = array_of(m.indicators);
  j["findings"] = array_of(m.findings);
  j["unassigned"] = array_of(m.unassigned);
  j["links"] = array_of(m.links);
  j["diagnostics"] = array_of(m.diagnostics);
  return j;
}

Number number_from_json(const Json& j) {
  if (!j.is_object()) invalid("number", "must be an object {raw, value, unit}");
  Number n;
  n.raw = get_string(j, "raw", "number");
  if (auto v = get_opt_string(j, "value", "number")) {
    n.value = Decimal::parse(*v);
    if (!n.value) invalid("number", "value \"" + *v + "\" is not a canonical decimal");
  }
  n.unit = get_opt_string(j, "unit", "number");
  if (auto s = j.find("source"); s != j.end() && !s->is_null()) n.source = source_from_json(*s);
  n.corrected = correction_from_json(j, "number");
  return n;
}

Target target_from_json(const Json& j) {
  const std::string where = "target";
  if (!j.is_object()) invalid(where, "must be an object");
  Target t;
  t.year = get_opt_int(j, "year", where);
  t.raw = get_string(j, "raw", where);
  if (auto op = get_opt_string(j, "op", where)) {
    auto parsed = op_from_string(*op);
    if (!parsed) invalid(where, "unknown op \"" + *op + "\"");
    t.op = *parsed;
  }
  t.value = get_opt_string(j, "value", where);
  t.value2 = get_opt_string(j, "value2", where);
  t.unit = get_opt_string(j, "unit", where);
  if (auto kind = get_opt_string(j, "kind", where)) {
    auto parsed = kind_from_string(*kind);
    if (!parsed) invalid(where, "unknown kind \"" + *kind + "\"");
    t.kind = *parsed;
  }
  if (auto status = get_opt_string(j, "status", where)) {
    auto parsed = status_from_string(*status);
    if (!parsed) invalid(where, "unknown status \"" + *status + "\"");
    t.status = *parsed;
  }
  t.label = get_opt_string(j, "label", where);
  if (auto s = j.find("source"); s != j.end() && !s->is_null()) t.source = source_from_json(*s);
  t.corrected = correction_from_json(j, where);
  return t;
}

Source source_from_json(const Json& j) {
  Source s;
  if (j.is_null()) return s;
  if (!j.is_object()) invalid("source", "must be an object");
  s.doc = get_string(j, "doc", "source");
  s.sheet = get_string(j, "sheet", "source");
  s.cell = get_string(j, "cell", "source");
  if (auto p = get_opt_int(j, "page", "source")) s.page = *p;
  s.label = get_string(j, "label", "source");
  auto bb = j.find("bbox");
  if (bb != j.end() && !bb->is_null()) {
    if (!bb->is_array() || bb->size() != 4) invalid("source", "bbox must be [x0, y0, x1, y1]");
    for (const auto& v : *bb)
      if (!v.is_number()) invalid("source", "bbox must hold numbers");
    s.bbox = BBox{(*bb)[0].get<double>(), (*bb)[1].get<double>(), (*bb)[2].get<double>(), (*bb)[3].get<double>()};
  }
  return s;
}

Model model_from_json(const Json& j) {
  if (!j.is_object()) invalid("model", "must be a JSON object");
  Model m;
  m.schema = get_string(j, "schema", "model", true);
  if (m.schema != kSchema) {
    throw ImportError("json.schema", "",
                      LocalMessage(N_("schema \"{schema}\" is not {expected}")).set("schema", m.schema).set("expected", kSchema),
                      LocalMessage(N_("this allegato reads {expected} models")).set("expected", kSchema));
  }
  if (const Json* docs = get_array(j, "documents", "model")) {
    for (const auto& d : *docs) {
      Document doc;
      const std::string where = "documents[" + std::to_string(m.documents.size()) + "]";
      doc.id = get_string(d, "id", where, true);
      doc.path = get_string(d, "path", where);
      doc.sha256 = get_string(d, "sha256", where);
      doc.format = get_string(d, "format", where);
      doc.kind = get_string(d, "kind", where);
      if (doc.kind.empty()) doc.kind = "unknown";
      doc.organisation = get_string(d, "organisation", where);
      doc.title = get_string(d, "title", where);
      if (const Json* years = get_array(d, "years", where))
        for (const auto& y : *years) {
          if (!y.is_number_integer()) invalid(where, "years must be integers");
          doc.years.push_back(y.get<int>());
        }
      if (auto p = get_opt_int(d, "pages", where)) doc.pages = *p;
      if (auto gs = d.find("genre_score"); gs != d.end() && gs->is_number()) doc.genre_score = gs->get<double>();
      if (const Json* totals = get_array(d, "totals", where))
        for (const auto& t : *totals) {
          PrintedTotal total;
          total.number = number_from_json(t);
          total.label = get_string(t, "label", where + ".totals");
          total.field = get_string(t, "field", where + ".totals");
          if (total.field.empty()) total.field = "resources";
          doc.totals.push_back(std::move(total));
        }
      if (d.contains("corrections_digest")) doc.corrections_digest = get_string(d, "corrections_digest", where);
      m.documents.push_back(std::move(doc));
    }
  }
  if (const Json* nodes = get_array(j, "nodes", "model")) {
    for (const auto& n : *nodes) {
      Node node;
      const std::string where = "nodes[" + std::to_string(m.nodes.size()) + "]";
      node.id = get_string(n, "id", where, true);
      node.doc = get_string(n, "doc", where);
      node.code = get_string(n, "code", where);
      node.level = get_string(n, "level", where);
      node.title = get_string(n, "title", where);
      node.description = get_string(n, "description", where);
      node.parent = get_string(n, "parent", where);
      node.weight = get_opt_number(n, "weight");
      node.achievement = get_year_numbers(n, "achievement", where);
      if (const Json* res = get_array(n, "resources", where))
        for (const auto& r : *res) node.resources.push_back(number_from_json(r));
      node.mission = get_string(n, "mission", where);
      node.programme = get_string(n, "programme", where);
      if (n.contains("mission_title")) node.mission_title = get_string(n, "mission_title", where);
      if (n.contains("programme_title")) node.programme_title = get_string(n, "programme_title", where);
      node.owners = get_strings(n, "owners", where);
      node.notes = get_strings(n, "notes", where);
      node.unit = get_string(n, "unit", where);
      node.indicators_share = get_opt_number(n, "indicators_share");
      node.operational_share = get_opt_number(n, "operational_share");
      node.corrected_fields = text_corrections_from_json(n, where);
      if (auto s = n.find("source"); s != n.end()) node.source = source_from_json(*s);
      m.nodes.push_back(std::move(node));
    }
  }
  if (const Json* indicators = get_array(j, "indicators", "model")) {
    for (const auto& i : *indicators) {
      Indicator ind;
      const std::string where = "indicators[" + std::to_string(m.indicators.size()) + "]";
      ind.id = get_string(i, "id", where, true);
      ind.doc = get_string(i, "doc", where);
      ind.node = get_string(i, "node", where);
      ind.code = get_string(i, "code", where);
      ind.name = get_string(i, "name", where);
      ind.description = get_string(i, "description", where);
      ind.formula = get_string(i, "formula", where);
      ind.formula_text = get_string(i, "formula_text", where);
      ind.variables = get_strings(i, "variables", where);
      ind.unit = get_opt_string(i, "unit", where);
      ind.type = get_string(i, "type", where);
      ind.polarity = get_string(i, "polarity", where);
      if (ind.polarity.empty()) ind.polarity = "unknown";
      ind.weight = get_opt_number(i, "weight");
      ind.baselines = get_targets(i, "baselines", where);
      ind.targets = get_targets(i, "targets", where);
      ind.results = get_targets(i, "results", where);
      ind.achievement = get_year_numbers(i, "achievement", where);
      ind.owners = get_strings(i, "owners", where);
      ind.notes = get_strings(i, "notes", where);
      ind.corrected_fields = text_corrections_from_json(i, where);
      if (auto s = i.find("source"); s != i.end()) ind.source = source_from_json(*s);
      m.indicators.push_back(std::move(ind));
    }
  }
  if (const Json* findings = get_array(j, "findings", "model")) {
    for (const auto& f : *findings) {
      Finding finding;
      const std::string where = "findings[" + std::to_string(m.findings.size()) + "]";
      finding.rule = get_string(f, "rule", where, true);
      finding.severity = severity_from(get_string(f, "severity", where, true), where);
      finding.subject = get_string(f, "subject", where);
      finding.message = get_string(f, "message", where);
      finding.expected = get_opt_string(f, "expected", where);
      finding.actual = get_opt_string(f, "actual", where);
      if (const Json* sources = get_array(f, "sources", where))
        for (const auto& s : *sources) finding.sources.push_back(source_from_json(s));
      m.findings.push_back(std::move(finding));
    }
  }
  if (const Json* unassigned = get_array(j, "unassigned", "model")) {
    for (const auto& u : *unassigned) {
      Unassigned item;
      const std::string where = "unassigned[" + std::to_string(m.unassigned.size()) + "]";
      item.doc = get_string(u, "doc", where);
      item.source = source_from_json(u);
      item.text = get_string(u, "text", where);
      item.role = get_string(u, "role", where);
      m.unassigned.push_back(std::move(item));
    }
  }
  if (const Json* links = get_array(j, "links", "model")) {
    for (const auto& l : *links) {
      Link link;
      link.a = get_string(l, "a", "links");
      link.b = get_string(l, "b", "links");
      link.method = get_string(l, "method", "links");
      if (auto c = l.find("confidence"); c != l.end() && c->is_number()) link.confidence = c->get<double>();
      m.links.push_back(std::move(link));
    }
  }
  if (const Json* diagnostics = get_array(j, "diagnostics", "model")) {
    for (const auto& d : *diagnostics) {
      Diagnostic diag;
      diag.severity = severity_from(get_string(d, "severity", "diagnostics", true), "diagnostics");
      diag.code = get_string(d, "code", "diagnostics");
      diag.message = get_string(d, "message", "diagnostics");
      if (auto s = d.find("source"); s != d.end()) diag.where = source_from_json(*s);
      m.diagnostics.push_back(std::move(diag));
    }
  }
  return m;
}

namespace {

// `text` (a dump(2)) with every line after the first indented by `indent`.
void write_indented(std::ostream& out, std::string_view text, std::string_view indent) {
  // One write for the whole item: a stream insertion per line cost more
  // than building the item's JSON (~100 lines for an indicator).
  std::string indented;
  indented.reserve(text.size() + text.size() / 8);
  for (std::size_t from = 0; from < text.size();) {
    const std::size_t eol = text.find('\n', from);
    if (eol == std::string_view::npos) {
      indented.append(text.substr(from));
      break;
    }
    indented.append(text.substr(from, eol + 1 - from)).append(indent);
    from = eol + 1;
  }
  out.write(indented.data(), static_cast<std::streamsize>(indented.size()));
}

template <typename T>
void write_item(std::ostream& out, const T& item) {
  write_indented(out, to_json(item).dump(2), "    ");
}

// A finding may name every cell of a sheet (the weights of 50,000 sibling
// indicators): its sources are written one at a time, never held as one
// JSON tree and string. The bytes are those of dump(2).
void write_item(std::ostream& out, const Finding& f) {
  std::string text = finding_head_json(f).dump(2);
  text.resize(text.size() - 2);  // the closing "\n}"
  write_indented(out, text, "    ");
  out << ",\n      \"sources\": ";
  if (f.sources.empty()) {
    out << "[]";
  } else {
    out << "[\n";
    for (std::size_t i = 0; i < f.sources.size(); ++i) {
      out << "        ";
      write_indented(out, to_json(f.sources[i]).dump(2), "        ");
      out << (i + 1 < f.sources.size() ? ",\n" : "\n");
    }
    out << "      ]";
  }
  out << "\n    }";
}

// One array of the model, element by element: the bytes dump(2) would give
// for it at depth one, without holding the whole model as a JSON tree.
template <typename T>
void write_array(std::ostream& out, const char* key, const std::vector<T>& items, bool last) {
  out << "  \"" << key << "\": ";
  if (items.empty()) {
    out << "[]";
  } else {
    out << "[\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
      out << "    ";
      write_item(out, items[i]);
      out << (i + 1 < items.size() ? ",\n" : "\n");
    }
    out << "  ]";
  }
  out << (last ? "\n" : ",\n");
}

}  // namespace

void write_model_json(const Model& m, std::ostream& out) {
  out << "{\n  \"schema\": " << Json(m.schema).dump() << ",\n";
  write_array(out, "documents", m.documents, false);
  write_array(out, "nodes", m.nodes, false);
  write_array(out, "indicators", m.indicators, false);
  write_array(out, "findings", m.findings, false);
  write_array(out, "unassigned", m.unassigned, false);
  write_array(out, "links", m.links, false);
  write_array(out, "diagnostics", m.diagnostics, true);
  out << "}\n";
}

std::string write_model_json(const Model& m) {
  std::ostringstream out;
  write_model_json(m, out);
  return out.str();
}

Model read_model_json(const std::string& text, const std::string& file) {
  Json j = Json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    throw ImportError("json.invalid", file, N_("not valid JSON"), N_("give a file written by 'allegato import --format json'"));
  }
  try {
    return model_from_json(j);
  } catch (const ImportError& e) {
    throw ImportError(e.code(), file, e.message_text(), e.hint_text(), e.where());
  }
}

}  // namespace allegato
