#include "outputs/store.hpp"

#include <filesystem>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "core/diagnostics.hpp"
#include "outputs/sqlite_db.hpp"
#include "outputs/store_schema.hpp"

namespace allegato {
namespace {

using DocumentMap = std::map<std::string, std::int64_t>;  // model id ("d1") -> documents.document_id

std::string json_strings(const std::vector<std::string>& items) { return nlohmann::json(items).dump(); }

std::vector<std::string> strings_from_json(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  std::vector<std::string> out;
  if (j.is_array())
    for (const auto& item : j)
      if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

/// An id split into the document it starts with and the rest ("d2/1.1" ->
/// document of d2, "1.1"). Ids that name no known document stay whole.
struct LocalRef {
  std::optional<std::int64_t> document_id;
  std::string local_id;
};

LocalRef split_ref(const std::string& id, const DocumentMap& documents) {
  auto slash = id.find('/');
  if (slash != std::string::npos) {
    auto it = documents.find(id.substr(0, slash));
    if (it != documents.end()) return {it->second, id.substr(slash + 1)};
  }
  return {std::nullopt, id};
}

std::string strip_doc(const std::string& id, const std::string& doc) {
  const std::string prefix = doc + "/";
  return id.rfind(prefix, 0) == 0 ? id.substr(prefix.size()) : id;
}

std::optional<std::string> decimal_text(const std::optional<Decimal>& d) {
  return d ? std::optional<std::string>(d->to_string()) : std::nullopt;
}

class StoreWriter {
 public:
  explicit StoreWriter(SqliteDb& db)
      : db_(db),
        find_by_sha_(db.prepare("SELECT document_id FROM documents WHERE sha256 = ?1")),
        find_by_path_(db.prepare("SELECT document_id FROM documents WHERE sha256 = '' AND path = ?1")),
        delete_document_(db.prepare("DELETE FROM documents WHERE document_id = ?1")),
        insert_document_(db.prepare(
            "INSERT INTO documents (document_id, sha256, model_id, path, format, kind, organisation, title, years,"
            " pages, genre_score, corrections_digest) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")),
        insert_source_(db.prepare(
            "INSERT INTO sources (document_id, ref_document_id, ref_doc, page, x0, y0, x1, y1, sheet, cell)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")),
        insert_node_(db.prepare(
            "INSERT INTO nodes (document_id, seq, local_id, code, level, title, description, parent_local_id,"
            " weight_raw, weight_value, weight_unit, weight_real, mission, programme, owners, notes, unit, source_id,"
            " indicators_share_raw, indicators_share_value, indicators_share_unit, operational_share_raw,"
            " operational_share_value, operational_share_unit, weight_source_id)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, CAST(?10 AS REAL), ?12, ?13, ?14, ?15, ?16, ?17,"
            " ?18, ?19, ?20, ?21, ?22, ?23, ?24)")),
        insert_indicator_(db.prepare(
            "INSERT INTO indicators (document_id, seq, local_id, node_local_id, code, name, description, formula,"
            " variables, unit, type, polarity, weight_raw, weight_value, weight_unit, weight_real, owners, notes,"
            " source_id, formula_text, weight_source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
            " ?13, ?14, ?15, CAST(?14 AS REAL), ?16, ?17, ?18, ?19, ?20)")),
        insert_target_(db.prepare(
            "INSERT INTO targets (indicator_id, series, seq, year, raw, op, value, value2, unit, kind, status, label,"
            " value_real, source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
            " CASE WHEN ?10 IN ('number', 'percent') THEN CAST(?7 AS REAL) END, ?13)")),
        insert_number_(db.prepare(
            "INSERT INTO numbers (node_id, indicator_id, series, seq, year, raw, value, unit, value_real, source_id)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?7 AS REAL), ?9)")),
        insert_finding_(db.prepare(
            "INSERT INTO findings (document_id, seq, rule, severity, subject_document_id, subject_local_id, message,"
            " expected, actual) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")),
        insert_finding_source_(db.prepare("INSERT INTO finding_sources (finding_id, seq, source_id) VALUES (?1, ?2, ?3)")),
        insert_unassigned_(db.prepare(
            "INSERT INTO unassigned (document_id, seq, text, role, source_id) VALUES (?1, ?2, ?3, ?4, ?5)")),
        insert_diagnostic_(db.prepare(
            "INSERT INTO diagnostics (document_id, seq, severity, code, message, source_id)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
        insert_link_(db.prepare(
            "INSERT INTO links (a_document_id, a_local_id, b_document_id, b_local_id, method, confidence)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
        insert_total_(db.prepare(
            "INSERT INTO totals (document_id, seq, label, field, raw, value, unit, value_real)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?6 AS REAL))")),
        insert_correction_(db.prepare(
            "INSERT INTO corrections (document_id, seq, subject_local_id, subject_kind, field, year, printed, value,"
            " file, line, source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")) {}

  void write(const Model& model) {
    if (model.documents.empty()) {
      if (!model.nodes.empty() || !model.indicators.empty() || !model.findings.empty())
        throw ImportError("store.invalid_model", db_.path(), "the model has entities but no documents");
      return;
    }
    for (const auto& d : model.documents) write_document(d);
    for (std::size_t i = 0; i < model.nodes.size(); ++i) write_node(model.nodes[i], static_cast<int>(i));
    for (std::size_t i = 0; i < model.indicators.size(); ++i)
      write_indicator(model.indicators[i], static_cast<int>(i));
    write_corrections(model);
    for (std::size_t i = 0; i < model.findings.size(); ++i)
      write_finding(model.findings[i], static_cast<int>(i), model.documents.front().id);
    for (std::size_t i = 0; i < model.unassigned.size(); ++i) {
      const auto& u = model.unassigned[i];
      const auto doc = owner(u.doc, "unassigned text");
      insert_unassigned_.bind(1, doc).bind(2, static_cast<int>(i)).bind(3, u.text).bind(4, u.role);
      insert_unassigned_.bind(5, write_source(doc, u.source)).run();
    }
    for (std::size_t i = 0; i < model.diagnostics.size(); ++i) {
      const auto& d = model.diagnostics[i];
      auto it = documents_.find(d.where.doc);
      const auto doc = it != documents_.end() ? it->second : documents_.at(model.documents.front().id);
      insert_diagnostic_.bind(1, doc).bind(2, static_cast<int>(i)).bind(3, std::string(to_string(d.severity)));
      insert_diagnostic_.bind(4, d.code).bind(5, d.message).bind(6, write_source(doc, d.where)).run();
    }
    for (const auto& l : model.links) {
      const LocalRef a = split_ref(l.a, documents_);
      const LocalRef b = split_ref(l.b, documents_);
      // A link to a document outside this model cannot be kept: the
      // reconciler recomputes links when the store is loaded and audited.
      if (!a.document_id || !b.document_id) continue;
      insert_link_.bind(1, *a.document_id).bind(2, a.local_id).bind(3, *b.document_id).bind(4, b.local_id);
      insert_link_.bind(5, l.method).bind(6, l.confidence).run();
    }
  }

 private:
  std::int64_t owner(const std::string& doc, const char* what) const {
    auto it = documents_.find(doc);
    if (it == documents_.end())
      throw ImportError("store.invalid_model", db_.path(),
                        std::string(what) + " names document '" + doc + "', which is not in the model");
    return it->second;
  }

  void write_document(const Document& d) {
    std::optional<std::int64_t> existing;
    SqliteStatement& find = d.sha256.empty() ? find_by_path_ : find_by_sha_;
    find.bind(1, d.sha256.empty() ? d.path : d.sha256);
    if (find.step()) existing = find.integer(0);
    find.reset();
    if (existing) {
      // Same file again: drop the old version with everything that hangs
      // from it (ON DELETE CASCADE) and reuse its id, so it keeps its place.
      delete_document_.bind(1, *existing).run();
      insert_document_.bind(1, *existing);
    } else {
      insert_document_.bind_null(1);
    }
    nlohmann::json years_json = nlohmann::json::array();
    for (int y : d.years) years_json.push_back(y);
    insert_document_.bind(2, d.sha256).bind(3, d.id).bind(4, d.path).bind(5, d.format).bind(6, d.kind);
    insert_document_.bind(7, d.organisation).bind(8, d.title).bind(9, years_json.dump()).bind(10, d.pages);
    insert_document_.bind(11, d.genre_score).bind(12, d.corrections_digest).run();
    const auto document_id = existing ? *existing : db_.last_insert_id();
    documents_[d.id] = document_id;
    for (std::size_t i = 0; i < d.totals.size(); ++i) {
      const PrintedTotal& t = d.totals[i];
      insert_total_.bind(1, document_id).bind(2, static_cast<int>(i)).bind(3, t.label).bind(4, t.field);
      insert_total_.bind(5, t.number.raw).bind(6, decimal_text(t.number.value)).bind(7, t.number.unit).run();
    }
  }

  std::int64_t write_source(std::int64_t owner_doc, const Source& s) {
    insert_source_.bind(1, owner_doc);
    auto it = documents_.find(s.doc);
    if (it != documents_.end()) {
      insert_source_.bind(2, it->second).bind_null(3);
    } else {
      insert_source_.bind_null(2).bind(3, s.doc);
    }
    insert_source_.bind(4, s.page);
    if (s.bbox) {
      insert_source_.bind(5, s.bbox->x0).bind(6, s.bbox->y0).bind(7, s.bbox->x1).bind(8, s.bbox->y1);
    } else {
      insert_source_.bind_null(5).bind_null(6).bind_null(7).bind_null(8);
    }
    insert_source_.bind(9, s.sheet).bind(10, s.cell).run();
    return db_.last_insert_id();
  }

  // A value's own cell, as a row of sources (when the value has one).
  void bind_value_source(SqliteStatement& stmt, int index, std::int64_t owner_doc, const std::optional<Source>& cell) {
    if (cell) {
      stmt.bind(index, write_source(owner_doc, *cell));
    } else {
      stmt.bind_null(index);
    }
  }

  void bind_weight(SqliteStatement& stmt, int first, const std::optional<Number>& weight) {
    if (weight) {
      stmt.bind(first, weight->raw).bind(first + 1, decimal_text(weight->value)).bind(first + 2, weight->unit);
    } else {
      stmt.bind_null(first).bind_null(first + 1).bind_null(first + 2);
    }
  }

  void write_numbers(std::int64_t doc, std::optional<std::int64_t> node_id, std::optional<std::int64_t> indicator_id,
                     const std::string& series, const std::vector<YearNumber>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& yn = items[i];
      bind_value_source(insert_number_, 9, doc, yn.number.source);
      node_id ? insert_number_.bind(1, *node_id) : insert_number_.bind_null(1);
      indicator_id ? insert_number_.bind(2, *indicator_id) : insert_number_.bind_null(2);
      insert_number_.bind(3, series).bind(4, static_cast<int>(i));
      yn.year ? insert_number_.bind(5, *yn.year) : insert_number_.bind_null(5);
      insert_number_.bind(6, yn.number.raw).bind(7, decimal_text(yn.number.value)).bind(8, yn.number.unit).run();
    }
  }

  void write_node(const Node& n, int seq) {
    const auto doc = owner(n.doc, "a node");
    const auto source = write_source(doc, n.source);
    insert_node_.bind(1, doc).bind(2, seq).bind(3, strip_doc(n.id, n.doc)).bind(4, n.code).bind(5, n.level);
    insert_node_.bind(6, n.title).bind(7, n.description);
    n.parent.empty() ? insert_node_.bind_null(8) : insert_node_.bind(8, strip_doc(n.parent, n.doc));
    bind_weight(insert_node_, 9, n.weight);
    insert_node_.bind(12, n.mission).bind(13, n.programme).bind(14, json_strings(n.owners));
    insert_node_.bind(15, json_strings(n.notes)).bind(16, n.unit).bind(17, source);
    bind_weight(insert_node_, 18, n.indicators_share);
    bind_weight(insert_node_, 21, n.operational_share);
    bind_value_source(insert_node_, 24, doc, n.weight ? n.weight->source : std::nullopt);
    insert_node_.run();
    const auto node_id = db_.last_insert_id();
    write_numbers(doc, node_id, std::nullopt, "achievement", n.achievement);
    std::vector<YearNumber> resources;
    for (const auto& r : n.resources) resources.push_back({std::nullopt, r});
    write_numbers(doc, node_id, std::nullopt, "resources", resources);
  }

  void write_targets(std::int64_t doc, std::int64_t indicator_id, const std::string& series,
                     const std::vector<Target>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& t = items[i];
      bind_value_source(insert_target_, 13, doc, t.source);
      insert_target_.bind(1, indicator_id).bind(2, series).bind(3, static_cast<int>(i));
      t.year ? insert_target_.bind(4, *t.year) : insert_target_.bind_null(4);
      insert_target_.bind(5, t.raw);
      t.op == Op::none ? insert_target_.bind_null(6) : insert_target_.bind(6, std::string(to_string(t.op)));
      insert_target_.bind(7, t.value).bind(8, t.value2).bind(9, t.unit).bind(10, std::string(to_string(t.kind)));
      insert_target_.bind(11, std::string(to_string(t.status))).bind(12, t.label).run();
    }
  }

  void write_indicator(const Indicator& ind, int seq) {
    const auto doc = owner(ind.doc, "an indicator");
    const auto source = write_source(doc, ind.source);
    insert_indicator_.bind(1, doc).bind(2, seq).bind(3, strip_doc(ind.id, ind.doc));
    insert_indicator_.bind(4, strip_doc(ind.node, ind.doc)).bind(5, ind.code).bind(6, ind.name);
    insert_indicator_.bind(7, ind.description).bind(8, ind.formula).bind(9, json_strings(ind.variables));
    insert_indicator_.bind(10, ind.unit).bind(11, ind.type).bind(12, ind.polarity);
    bind_weight(insert_indicator_, 13, ind.weight);
    insert_indicator_.bind(16, json_strings(ind.owners)).bind(17, json_strings(ind.notes)).bind(18, source);
    insert_indicator_.bind(19, ind.formula_text);
    bind_value_source(insert_indicator_, 20, doc, ind.weight ? ind.weight->source : std::nullopt);
    insert_indicator_.run();
    const auto indicator_id = db_.last_insert_id();
    write_targets(doc, indicator_id, "baseline", ind.baselines);
    write_targets(doc, indicator_id, "target", ind.targets);
    write_targets(doc, indicator_id, "result", ind.results);
    write_numbers(doc, std::nullopt, indicator_id, "achievement", ind.achievement);
  }

  void write_corrections(const Model& model) {
    int seq = 0;
    for (const CorrectionEntry& c : list_corrections(model)) {
      const auto doc = owner(c.doc, "a correction");
      insert_correction_.bind(1, doc).bind(2, seq++).bind(3, strip_doc(c.subject, c.doc));
      insert_correction_.bind(4, std::string(c.indicator ? "indicator" : "node")).bind(5, c.field);
      c.year ? insert_correction_.bind(6, *c.year) : insert_correction_.bind_null(6);
      insert_correction_.bind(7, c.correction.printed).bind(8, c.value).bind(9, c.correction.file);
      insert_correction_.bind(10, c.correction.line);
      c.source ? insert_correction_.bind(11, write_source(doc, *c.source)) : insert_correction_.bind_null(11);
      insert_correction_.run();
    }
  }

  void write_finding(const Finding& f, int seq, const std::string& fallback_doc) {
    const LocalRef subject = split_ref(f.subject, documents_);
    // A finding lives with the document of its subject, so that re-importing
    // that document replaces its findings too.
    std::int64_t doc = documents_.at(fallback_doc);
    if (subject.document_id) {
      doc = *subject.document_id;
    } else {
      for (const auto& s : f.sources)
        if (auto it = documents_.find(s.doc); it != documents_.end()) {
          doc = it->second;
          break;
        }
    }
    insert_finding_.bind(1, doc).bind(2, seq).bind(3, f.rule).bind(4, std::string(to_string(f.severity)));
    subject.document_id ? insert_finding_.bind(5, *subject.document_id) : insert_finding_.bind_null(5);
    insert_finding_.bind(6, subject.local_id).bind(7, f.message).bind(8, f.expected).bind(9, f.actual).run();
    const auto finding_id = db_.last_insert_id();
    for (std::size_t i = 0; i < f.sources.size(); ++i) {
      const auto source = write_source(doc, f.sources[i]);
      insert_finding_source_.bind(1, finding_id).bind(2, static_cast<int>(i)).bind(3, source).run();
    }
  }

  SqliteDb& db_;
  DocumentMap documents_;
  SqliteStatement find_by_sha_, find_by_path_, delete_document_, insert_document_, insert_source_, insert_node_,
      insert_indicator_, insert_target_, insert_number_, insert_finding_, insert_finding_source_, insert_unassigned_,
      insert_diagnostic_, insert_link_, insert_total_, insert_correction_;
};

// ---- reading ----

class StoreReader {
 public:
  // A store read without write access keeps the schema it has: what a
  // later version added is read only when there.
  explicit StoreReader(SqliteDb& db) : db_(db), version_(db.user_version()) {}

  Model read(const StoreReadOptions& options) {
    Model model;
    read_documents(model);
    read_sources();
    read_nodes(model);
    read_indicators(model);
    if (version_ >= 4) read_corrections(model);
    if (options.findings) read_findings(model);
    read_unassigned(model);
    read_diagnostics(model);
    read_links(model);
    return model;
  }

 private:
  const std::string& doc_id(std::int64_t document_id) const { return ids_.at(document_id); }

  std::string full_id(std::int64_t document_id, const std::string& local) const {
    return doc_id(document_id) + "/" + local;
  }

  // Each correction back on the value it corrected.
  void read_corrections(Model& model) {
    auto stmt = db_.prepare(
        "SELECT document_id, subject_local_id, subject_kind, field, year, printed, value, file, line FROM corrections"
        " ORDER BY document_id, seq");
    while (stmt.step()) {
      CorrectionEntry c;
      c.doc = doc_id(stmt.integer(0));
      c.subject = full_id(stmt.integer(0), stmt.text(1));
      c.indicator = stmt.text(2) == "indicator";
      c.field = stmt.text(3);
      if (!stmt.is_null(4)) c.year = static_cast<int>(stmt.integer(4));
      c.correction.printed = stmt.text(5);
      c.value = stmt.text(6);
      c.correction.file = stmt.text(7);
      c.correction.line = static_cast<int>(stmt.integer(8));
      attach_correction(model, c);
    }
  }

  void read_documents(Model& model) {
    auto stmt = db_.prepare(
        std::string("SELECT document_id, path, sha256, format, kind, organisation, title, years, pages, genre_score,") +
        (version_ >= 4 ? " corrections_digest" : " ''") + " FROM documents ORDER BY document_id");
    while (stmt.step()) {
      Document d;
      d.id = "d" + std::to_string(model.documents.size() + 1);
      ids_[stmt.integer(0)] = d.id;
      d.path = stmt.text(1);
      d.sha256 = stmt.text(2);
      d.format = stmt.text(3);
      d.kind = stmt.text(4);
      d.organisation = stmt.text(5);
      d.title = stmt.text(6);
      auto years = nlohmann::json::parse(stmt.text(7), nullptr, false);
      if (years.is_array())
        for (const auto& y : years)
          if (y.is_number_integer()) d.years.push_back(y.get<int>());
      d.pages = static_cast<int>(stmt.integer(8));
      d.genre_score = stmt.real(9);
      d.corrections_digest = stmt.text(10);
      model.documents.push_back(std::move(d));
    }
    auto totals = db_.prepare("SELECT document_id, label, field, raw, value, unit FROM totals ORDER BY document_id, seq");
    while (totals.step()) {
      auto id = ids_.find(totals.integer(0));
      if (id == ids_.end()) continue;
      PrintedTotal t;
      t.label = totals.text(1);
      t.field = totals.text(2);
      t.number.raw = totals.text(3);
      if (auto v = totals.opt_text(4)) t.number.value = Decimal::parse(*v);
      t.number.unit = totals.opt_text(5);
      const std::size_t index = std::stoul(id->second.substr(1)) - 1;
      model.documents[index].totals.push_back(std::move(t));
    }
  }

  void read_sources() {
    auto stmt = db_.prepare("SELECT source_id, ref_document_id, ref_doc, page, x0, y0, x1, y1, sheet, cell FROM sources");
    while (stmt.step()) {
      Source s;
      s.doc = stmt.is_null(1) ? stmt.text(2) : doc_id(stmt.integer(1));
      s.page = static_cast<int>(stmt.integer(3));
      if (!stmt.is_null(4)) s.bbox = BBox{stmt.real(4), stmt.real(5), stmt.real(6), stmt.real(7)};
      s.sheet = stmt.text(8);
      s.cell = stmt.text(9);
      sources_[stmt.integer(0)] = std::move(s);
    }
  }

  Source source(const SqliteStatement& stmt, int column) const {
    if (stmt.is_null(column)) return {};
    auto it = sources_.find(stmt.integer(column));
    return it == sources_.end() ? Source{} : it->second;
  }

  /// A value's own cell: none when the column is NULL.
  std::optional<Source> value_source(const SqliteStatement& stmt, int column) const {
    if (stmt.is_null(column)) return std::nullopt;
    auto it = sources_.find(stmt.integer(column));
    return it == sources_.end() ? std::nullopt : std::optional<Source>(it->second);
  }

  /// A column version 4 added, or NULL in an older store read as it is.
  std::string since_v4(const char* column) const { return version_ >= 4 ? column : "NULL"; }

  /// A raw/value/unit column triple as an optional Number (NULL raw: none).
  static std::optional<Number> weight(const SqliteStatement& stmt, int first) {
    if (stmt.is_null(first)) return std::nullopt;
    Number n;
    n.raw = stmt.text(first);
    if (auto v = stmt.opt_text(first + 1)) n.value = Decimal::parse(*v);
    n.unit = stmt.opt_text(first + 2);
    return n;
  }

  // owner column -> series -> numbers in order
  std::map<std::int64_t, std::map<std::string, std::vector<YearNumber>>> read_numbers(const char* owner_column) {
    std::map<std::int64_t, std::map<std::string, std::vector<YearNumber>>> out;
    auto stmt = db_.prepare(std::string("SELECT ") + owner_column + ", series, year, raw, value, unit, " +
                            since_v4("source_id") + " FROM numbers WHERE " + owner_column + " IS NOT NULL ORDER BY " +
                            owner_column + ", series, seq");
    while (stmt.step()) {
      YearNumber yn;
      if (!stmt.is_null(2)) yn.year = static_cast<int>(stmt.integer(2));
      yn.number.raw = stmt.text(3);
      if (auto v = stmt.opt_text(4)) yn.number.value = Decimal::parse(*v);
      yn.number.unit = stmt.opt_text(5);
      yn.number.source = value_source(stmt, 6);
      out[stmt.integer(0)][stmt.text(1)].push_back(std::move(yn));
    }
    return out;
  }

  void read_nodes(Model& model) {
    auto numbers = read_numbers("node_id");
    auto stmt = db_.prepare(
        "SELECT node_id, document_id, local_id, code, level, title, description, parent_local_id, weight_raw,"
        " weight_value, weight_unit, mission, programme, owners, notes, unit, source_id, indicators_share_raw,"
        " indicators_share_value, indicators_share_unit, operational_share_raw, operational_share_value,"
        " operational_share_unit, " + since_v4("weight_source_id") + " FROM nodes ORDER BY document_id, seq");
    while (stmt.step()) {
      Node n;
      const auto document_id = stmt.integer(1);
      n.doc = doc_id(document_id);
      n.id = full_id(document_id, stmt.text(2));
      n.code = stmt.text(3);
      n.level = stmt.text(4);
      n.title = stmt.text(5);
      n.description = stmt.text(6);
      if (!stmt.is_null(7)) n.parent = full_id(document_id, stmt.text(7));
      n.weight = weight(stmt, 8);
      n.mission = stmt.text(11);
      n.programme = stmt.text(12);
      n.owners = strings_from_json(stmt.text(13));
      n.notes = strings_from_json(stmt.text(14));
      n.unit = stmt.text(15);
      n.source = source(stmt, 16);
      n.indicators_share = weight(stmt, 17);
      n.operational_share = weight(stmt, 20);
      if (n.weight) n.weight->source = value_source(stmt, 23);
      auto& series = numbers[stmt.integer(0)];
      n.achievement = std::move(series["achievement"]);
      for (auto& r : series["resources"]) n.resources.push_back(std::move(r.number));
      model.nodes.push_back(std::move(n));
    }
  }

  void read_indicators(Model& model) {
    auto numbers = read_numbers("indicator_id");
    std::map<std::int64_t, std::map<std::string, std::vector<Target>>> targets;
    auto t = db_.prepare(
        "SELECT indicator_id, series, year, raw, op, value, value2, unit, kind, status, label, " + since_v4("source_id") +
        " FROM targets ORDER BY indicator_id, series, seq");
    while (t.step()) {
      Target target;
      if (!t.is_null(2)) target.year = static_cast<int>(t.integer(2));
      target.raw = t.text(3);
      if (auto op = t.opt_text(4)) target.op = op_from_string(*op).value_or(Op::none);
      target.value = t.opt_text(5);
      target.value2 = t.opt_text(6);
      target.unit = t.opt_text(7);
      target.kind = kind_from_string(t.text(8)).value_or(TargetKind::text);
      target.status = status_from_string(t.text(9)).value_or(TargetStatus::set);
      target.label = t.opt_text(10);
      target.source = value_source(t, 11);
      targets[t.integer(0)][t.text(1)].push_back(std::move(target));
    }
    auto stmt = db_.prepare(
        "SELECT indicator_id, document_id, local_id, node_local_id, code, name, description, formula, variables,"
        " unit, type, polarity, weight_raw, weight_value, weight_unit, owners, notes, source_id, formula_text, " +
        since_v4("weight_source_id") + " FROM indicators ORDER BY document_id, seq");
    while (stmt.step()) {
      Indicator ind;
      const auto document_id = stmt.integer(1);
      ind.doc = doc_id(document_id);
      ind.id = full_id(document_id, stmt.text(2));
      ind.node = full_id(document_id, stmt.text(3));
      ind.code = stmt.text(4);
      ind.name = stmt.text(5);
      ind.description = stmt.text(6);
      ind.formula = stmt.text(7);
      ind.variables = strings_from_json(stmt.text(8));
      ind.unit = stmt.opt_text(9);
      ind.type = stmt.text(10);
      ind.polarity = stmt.text(11);
      ind.weight = weight(stmt, 12);
      ind.owners = strings_from_json(stmt.text(15));
      ind.notes = strings_from_json(stmt.text(16));
      ind.source = source(stmt, 17);
      ind.formula_text = stmt.text(18);
      if (ind.weight) ind.weight->source = value_source(stmt, 19);
      auto& series = targets[stmt.integer(0)];
      ind.baselines = std::move(series["baseline"]);
      ind.targets = std::move(series["target"]);
      ind.results = std::move(series["result"]);
      ind.achievement = std::move(numbers[stmt.integer(0)]["achievement"]);
      model.indicators.push_back(std::move(ind));
    }
  }

  void read_findings(Model& model) {
    std::map<std::int64_t, std::vector<Source>> finding_sources;
    auto s = db_.prepare("SELECT finding_id, source_id FROM finding_sources ORDER BY finding_id, seq");
    while (s.step()) finding_sources[s.integer(0)].push_back(source(s, 1));
    auto stmt = db_.prepare(
        "SELECT finding_id, rule, severity, subject_document_id, subject_local_id, message, expected, actual"
        " FROM findings ORDER BY finding_id");
    while (stmt.step()) {
      Finding f;
      f.rule = stmt.text(1);
      const std::string severity = stmt.text(2);
      f.severity = severity == "error" ? Severity::error : severity == "info" ? Severity::info : Severity::warning;
      f.subject = stmt.is_null(3) ? stmt.text(4) : full_id(stmt.integer(3), stmt.text(4));
      f.message = stmt.text(5);
      f.expected = stmt.opt_text(6);
      f.actual = stmt.opt_text(7);
      f.sources = std::move(finding_sources[stmt.integer(0)]);
      model.findings.push_back(std::move(f));
    }
  }

  void read_unassigned(Model& model) {
    auto stmt = db_.prepare("SELECT document_id, text, role, source_id FROM unassigned ORDER BY document_id, seq");
    while (stmt.step()) {
      Unassigned u;
      u.doc = doc_id(stmt.integer(0));
      u.text = stmt.text(1);
      u.role = stmt.text(2);
      u.source = source(stmt, 3);
      model.unassigned.push_back(std::move(u));
    }
  }

  void read_diagnostics(Model& model) {
    auto stmt = db_.prepare("SELECT severity, code, message, source_id FROM diagnostics ORDER BY diagnostic_id");
    while (stmt.step()) {
      Diagnostic d;
      const std::string severity = stmt.text(0);
      d.severity = severity == "error" ? Severity::error : severity == "info" ? Severity::info : Severity::warning;
      d.code = stmt.text(1);
      d.message = stmt.text(2);
      d.where = source(stmt, 3);
      model.diagnostics.push_back(std::move(d));
    }
  }

  void read_links(Model& model) {
    auto stmt = db_.prepare(
        "SELECT a_document_id, a_local_id, b_document_id, b_local_id, method, confidence FROM links ORDER BY link_id");
    while (stmt.step()) {
      model.links.push_back({full_id(stmt.integer(0), stmt.text(1)), full_id(stmt.integer(2), stmt.text(3)),
                             stmt.text(4), stmt.real(5)});
    }
  }

  SqliteDb& db_;
  std::map<std::int64_t, std::string> ids_;
  std::map<std::int64_t, Source> sources_;
  int version_;
};

}  // namespace

void store_model(const std::string& db_path, const Model& model) {
  SqliteDb db(db_path, true, false);
  ensure_store_schema(db);
  // One transaction per import: a failure leaves the store as it was.
  db.exec("BEGIN IMMEDIATE");
  try {
    StoreWriter writer(db);
    writer.write(model);
  } catch (...) {
    try {
      db.exec("ROLLBACK");
    } catch (...) {
    }
    throw;
  }
  db.exec("COMMIT");
}

void prepare_store(const std::string& db_path) {
  SqliteDb db(db_path, true, false);
  ensure_store_schema(db);
}

std::map<std::string, std::string> stored_sha256(const std::string& db_path) {
  std::map<std::string, std::string> out;
  std::error_code ec;
  if (!std::filesystem::exists(db_path, ec)) return out;
  SqliteDb db(db_path, false, true);
  check_store_schema(db);
  auto stmt = db.prepare("SELECT sha256, corrections_digest FROM documents WHERE sha256 <> ''");
  while (stmt.step()) out.emplace(stmt.text(0), stmt.text(1));
  return out;
}

Model load_store(const std::string& db_path) { return load_store(db_path, StoreReadOptions{}); }

Model load_store(const std::string& db_path, const StoreReadOptions& options) {
  SqliteDb db(db_path, false, true);
  check_store_schema(db);
  StoreReader reader(db);
  return reader.read(options);
}

}  // namespace allegato
