#include "genres/profile.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/diagnostics.hpp"
#include "genres/genre_text.hpp"
#include "values/text.hpp"

namespace allegato::genres {

std::string plural_blind(const std::string& folded) {
  std::string out;
  std::size_t start = 0;
  while (start <= folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    std::string word = folded.substr(start, end - start);
    // Stems keep four letters: "data" and "dato" (a date, a value) differ.
    while (word.size() > 4 && std::string_view("aeio").find(word.back()) != std::string_view::npos) word.pop_back();
    if (!out.empty()) out += ' ';
    out += word;
    start = end + 1;
  }
  return out;
}

namespace {
using Json = nlohmann::json;

// The profiles in profiles/*.json, embedded by CMake: {"name", "json text"}.
struct EmbeddedProfile {
  const char* name;
  const char* text;
};
const EmbeddedProfile kEmbedded[] = {
#include "builtin_profiles.inc"
};

// Built-in profiles in the order recognition lists them (base is no layout).
const char* const kOrder[] = {"plan", "dashboard", "pira", "assignment", "report", "list", "record", "form", "tree"};

// `what` is a msgid ("must be one of {list}"); `list` fills it. Field names
// and the words a profile may use are JSON, English in either language.
[[noreturn]] void fail(const std::string& origin, const std::string& field, const char* what,
                       const std::string& list = {}) {
  throw UsageError(fill(tr(N_("profile {origin}: '{field}' {what} (see docs/profiles.md; `allegato profiles --show base` "
                              "prints a complete example)")),
                        {{"origin", origin}, {"field", field}, {"what", fill(tr(what), {{"list", list}})}}));
}

std::vector<std::string> folded_list(const Json& j, const std::string& origin, const std::string& field) {
  if (!j.is_array()) fail(origin, field, N_("must be a list of words"));
  std::vector<std::string> out;
  for (const auto& w : j) {
    if (!w.is_string()) fail(origin, field, N_("must hold only strings"));
    const std::string f = fold_for_matching(w.get<std::string>());
    if (f.empty()) fail(origin, field, N_("holds an empty word"));
    out.push_back(f);
  }
  return out;
}

std::string string_field(const Json& j, const char* key, const std::string& origin, const std::string& fallback) {
  if (!j.contains(key)) return fallback;
  if (!j[key].is_string()) fail(origin, key, N_("must be a string"));
  return j[key].get<std::string>();
}

bool bool_field(const Json& j, const char* key, const std::string& origin, bool fallback) {
  if (!j.contains(key)) return fallback;
  if (!j[key].is_boolean()) fail(origin, key, N_("must be true or false"));
  return j[key].get<bool>();
}

const std::vector<std::string> kRoles = {"mission", "programme", "code",  "objective", "name",      "text",      "description", "formula_text",
                                         "formula", "unit",    "type",      "polarity",  "weight",    "owner",       "resources",
                                         "achievement", "notes", "perspective", "area",    "strategic", "operational", "label", "row_level", "score", "year", "baseline_year", "source"};
const std::vector<std::string> kSeries = {"baselines", "targets", "results", "values"};
const std::vector<std::string> kLevels = {"perspective", "area", "strategic", "operational", "action", "unit"};
const std::vector<std::string> kKinds = {"plan", "pira", "report", "dashboard", "assignment", "list", "unknown"};

const std::vector<std::string> kRecordFields = {
    "node.code",        "node.title",          "node.code_title",    "node.description", "node.mission",
    "node.programme",   "node.resources",      "node.owner",         "node.unit",        "node.weight",
    "indicator.code",   "indicator.name",      "indicator.description", "indicator.formula", "indicator.formula_text",
    "indicator.type",   "indicator.polarity", "indicator.unit",      "indicator.weight",   "indicator.owner",  "indicator.notes",
    "indicator.baselines", "indicator.targets", "indicator.results", "indicator.achievement"};

bool one_of(const std::string& s, const std::vector<std::string>& allowed) {
  for (const auto& a : allowed) {
    if (a == s) return true;
  }
  return false;
}
std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

Evidence evidence_of(const Json& e, const std::string& origin) {
  Evidence ev;
  if (!e.is_object()) fail(origin, "evidence", N_("entries must be objects"));
  if (e.contains("text")) ev.text = folded_list(e["text"], origin, "evidence.text");
  if (e.contains("cell")) ev.cell = folded_list(e["cell"], origin, "evidence.cell");
  if (e.contains("any_cell")) ev.any_cell = folded_list(e["any_cell"], origin, "evidence.any_cell");
  ev.feature = string_field(e, "feature", origin, "");
  if (ev.text.empty() && ev.cell.empty() && ev.any_cell.empty() && ev.feature.empty())
    fail(origin, "evidence", N_("entries need \"text\", \"cell\", \"any_cell\" or \"feature\""));
  ev.at_least = e.value("at_least", 1);
  if (e.contains("at_most")) ev.at_most = e["at_most"].get<int>();
  if (e.contains("points") && !e["points"].is_number()) fail(origin, "evidence.points", N_("must be a number"));
  ev.points = e.value("points", 0.0);
  ev.why = string_field(e, "why", origin, "");
  ev.required = bool_field(e, "required", origin, false);
  if (e.contains("also")) ev.also.push_back(evidence_of(e["also"], origin));
  if (e.contains("or")) {
    if (!e["or"].is_array()) fail(origin, "evidence.or", N_("must be a list of evidence entries"));
    for (const auto& alternative : e["or"]) ev.or_else.push_back(evidence_of(alternative, origin));
  }
  return ev;
}

// A phrase a profile names replaces what base (or an earlier list) meant by
// the same phrase: "valore raggiunto" may be a baseline in one layout and a
// result in base.
void forget_phrase(Profile& p, const std::string& phrase) {
  std::erase_if(p.columns, [&](const RolePhrase& r) { return r.phrase == phrase; });
  std::erase_if(p.series, [&](const SeriesPhrase& r) { return r.phrase == phrase; });
}

void apply_record(Profile& p, const Json& j, const std::string& origin) {
  if (!j.is_object()) fail(origin, "record", N_("must be an object {fields, headings, level}"));
  for (const auto& [key, value] : j.items()) {
    if (key != "fields" && key != "headings" && key != "level")
      fail(origin, "record." + key, N_("is not a record field; known: fields, headings, level"));
  }
  if (j.contains("fields")) {
    if (!j["fields"].is_object()) fail(origin, "record.fields", N_("must map a field to a list of label words"));
    for (const auto& [field, words] : j["fields"].items()) {
      if (!one_of(field, kRecordFields))
        fail(origin, "record.fields." + field, N_("is not a record field; fields: {list}"), joined(kRecordFields));
      for (const auto& w : folded_list(words, origin, "record.fields." + field)) {
        std::erase_if(p.record.fields, [&](const RolePhrase& r) { return r.phrase == w; });
        p.record.fields.push_back({field, w, ""});  // a record label is met as printed
      }
    }
  }
  if (j.contains("headings")) {
    if (!j["headings"].is_object()) fail(origin, "record.headings", N_("must map node or indicator to a list of words"));
    for (const auto& [block, words] : j["headings"].items()) {
      if (block != "node" && block != "indicator") fail(origin, "record.headings." + block, N_("must be node or indicator"));
      for (const auto& w : folded_list(words, origin, "record.headings." + block)) p.record.headings.push_back({block, w, ""});
    }
  }
  p.record.level = string_field(j, "level", origin, p.record.level);
  if (!one_of(p.record.level, kLevels)) fail(origin, "record.level", N_("must be one of {list}"), joined(kLevels));
}

// Reads `j` over `p` (p already holds base's lists when extending it).
void apply(Profile& p, const Json& j, const std::string& origin) {
  if (!j.is_object()) fail(origin, "(file)", N_("must be a JSON object"));
  static const std::vector<std::string> known = {
      "profile",  "kind",          "description",    "reader",          "columns",         "series",
      "level_columns", "labels",   "unit_headings",  "unit_labels",  "code_levels",     "code_prefix_levels", "section_level",
      "header_title_level", "units_own_objectives", "weighted_rows_are_units", "fallback_columns", "evidence",
      "min_score", "bare_years", "unnamed_columns_are_notes", "node_per_table", "total_rows", "objective_level",
      "budget_headings", "record", "formula_variables", "row_levels", "weight_sections", "unit_form", "polarity_words", "row_series"};
  for (const auto& [key, value] : j.items()) {
    if (!one_of(key, known)) fail(origin, key, N_("is not a profile field; known fields: {list}"), joined(known));
  }
  p.name = string_field(j, "profile", origin, p.name);
  if (p.name.empty()) fail(origin, "profile", N_("must name the profile"));
  p.kind = string_field(j, "kind", origin, p.kind);
  if (!one_of(p.kind, kKinds)) fail(origin, "kind", N_("must be one of {list}"), joined(kKinds));
  p.description = string_field(j, "description", origin, p.description);
  p.reader = string_field(j, "reader", origin, p.reader);
  if (p.reader != "table" && p.reader != "pira" && p.reader != "record")
    fail(origin, "reader", N_("must be \"table\", \"pira\" or \"record\""));
  if (j.contains("columns")) {
    if (!j["columns"].is_object()) fail(origin, "columns", N_("must map a role to a list of header words"));
    for (const auto& [role, words] : j["columns"].items()) {
      if (!one_of(role, kRoles)) fail(origin, "columns." + role, N_("is not a column role; roles: {list}"), joined(kRoles));
      for (const auto& w : folded_list(words, origin, "columns." + role)) {
        forget_phrase(p, w);
        p.columns.push_back({role, w, plural_blind(w)});
      }
    }
  }
  if (j.contains("series")) {
    if (!j["series"].is_object()) fail(origin, "series", N_("must map a series to a list of header words"));
    for (const auto& [series, words] : j["series"].items()) {
      if (!one_of(series, kSeries)) fail(origin, "series." + series, N_("is not a series; series: {list}"), joined(kSeries));
      for (const auto& w : folded_list(words, origin, "series." + series)) {
        forget_phrase(p, w);
        p.series.push_back({series, w, plural_blind(w)});
      }
    }
  }
  if (j.contains("level_columns")) {
    p.level_columns.clear();
    for (const auto& r : folded_list(j["level_columns"], origin, "level_columns")) p.level_columns.push_back(r);
  }
  if (j.contains("labels")) {
    if (!j["labels"].is_object()) fail(origin, "labels", N_("must map a label row's words to a share field"));
    for (const auto& [label, field] : j["labels"].items()) {
      if (!field.is_string() || (field != "indicators_share" && field != "operational_share"))
        fail(origin, "labels." + label, N_("must be \"indicators_share\" or \"operational_share\""));
      p.labels[fold_for_matching(label)] = field.get<std::string>();
    }
  }
  if (j.contains("unit_headings")) {
    if (!j["unit_headings"].is_array()) fail(origin, "unit_headings", N_("must be a list of {words, rank}"));
    for (const auto& u : j["unit_headings"]) {
      if (!u.is_object() || !u.contains("words")) fail(origin, "unit_headings", N_("entries need \"words\""));
      UnitHeading h;
      h.words = folded_list(u["words"], origin, "unit_headings.words");
      h.rank = u.value("rank", 1);
      p.unit_headings.push_back(std::move(h));
    }
  }
  if (j.contains("unit_labels"))
    for (const auto& label : folded_list(j["unit_labels"], origin, "unit_labels")) p.unit_labels.push_back(label);
  if (j.contains("polarity_words")) {
    if (!j["polarity_words"].is_object()) fail(origin, "polarity_words", N_("must map higher, lower or target to a list of words"));
    for (const auto& [polarity, words] : j["polarity_words"].items()) {
      if (polarity != "higher" && polarity != "lower" && polarity != "target")
        fail(origin, "polarity_words." + polarity, N_("must be higher, lower or target"));
      if (!words.is_array()) fail(origin, "polarity_words." + polarity, N_("must be a list of words"));
      for (const auto& w : words) {
        if (!w.is_string()) fail(origin, "polarity_words." + polarity, N_("must hold only strings"));
        // A sign or an arrow ("+", "↓") folds to nothing: kept as printed.
        const std::string folded = fold_for_matching(w.get<std::string>());
        const std::string key = folded.empty() ? trim_copy(w.get<std::string>()) : folded;
        if (key.empty()) fail(origin, "polarity_words." + polarity, N_("holds an empty word"));
        p.polarity_words[key] = polarity;
      }
    }
  }
  if (j.contains("code_levels")) {
    if (!j["code_levels"].is_object()) fail(origin, "code_levels", N_("must map a numbering depth to a level"));
    for (const auto& [depth, level] : j["code_levels"].items()) {
      if (!level.is_string() || !one_of(level.get<std::string>(), kLevels))
        fail(origin, "code_levels." + depth, N_("must be one of {list}"), joined(kLevels));
      int d = 0;
      try {
        d = std::stoi(depth);
      } catch (const std::exception&) {
        fail(origin, "code_levels." + depth, N_("must be keyed by a depth (1, 2, 3...)"));
      }
      p.code_levels[d] = level.get<std::string>();
    }
  }
  if (j.contains("budget_headings")) {
    if (!j["budget_headings"].is_object()) fail(origin, "budget_headings", N_("must map a heading's first word to mission or programme"));
    for (const auto& [word, field] : j["budget_headings"].items()) {
      if (!field.is_string() || (field != "mission" && field != "programme"))
        fail(origin, "budget_headings." + word, N_("must be \"mission\" or \"programme\""));
      p.budget_headings[fold_for_matching(word)] = field.get<std::string>();
    }
  }
  if (j.contains("weight_sections")) {
    const Json& w = j["weight_sections"];
    if (!w.is_object()) fail(origin, "weight_sections", N_("must map \"weight\" and \"note\" to lists of words"));
    if (w.contains("weight"))
      for (const auto& word : folded_list(w["weight"], origin, "weight_sections.weight")) p.effective_weight_words.push_back(word);
    if (w.contains("note"))
      for (const auto& word : folded_list(w["note"], origin, "weight_sections.note")) p.computed_weight_words.push_back(word);
  }
  if (j.contains("unit_form")) {
    const Json& u = j["unit_form"];
    if (!u.is_object()) fail(origin, "unit_form", N_("must map unit, parent, owner and code to lists of label words"));
    for (const auto& [field, words] : u.items()) {
      if (field != "unit" && field != "parent" && field != "owner" && field != "code")
        fail(origin, "unit_form." + field, N_("must be unit, parent, owner or code"));
      for (const auto& w : folded_list(words, origin, "unit_form." + field)) {
        std::erase_if(p.unit_form, [&](const RolePhrase& r) { return r.phrase == w; });
        p.unit_form.push_back({field, w, ""});
      }
    }
  }
  if (j.contains("row_series")) {
    if (!j["row_series"].is_object()) fail(origin, "row_series", N_("must map the words of a cell naming its row's series to a series"));
    for (const auto& [words, series] : j["row_series"].items()) {
      if (!series.is_string() || !one_of(series.get<std::string>(), kSeries))
        fail(origin, "row_series." + words, N_("is not a series; series: {list}"), joined(kSeries));
      p.row_series[fold_for_matching(words)] = series.get<std::string>();
    }
  }
  if (j.contains("row_levels")) {
    if (!j["row_levels"].is_object()) fail(origin, "row_levels", N_("must map the words of a Livello cell to a level or \"indicator\""));
    for (const auto& [words, level] : j["row_levels"].items()) {
      // "objective": the profile's objectives' level (objective_level).
      if (!level.is_string() || (!one_of(level.get<std::string>(), kLevels) && level != "indicator" && level != "objective"))
        fail(origin, "row_levels." + words, N_("must be \"indicator\", \"objective\" or one of {list}"), joined(kLevels));
      p.row_levels[fold_for_matching(words)] = level.get<std::string>();
    }
  }
  if (j.contains("code_prefix_levels")) {
    if (!j["code_prefix_levels"].is_object()) fail(origin, "code_prefix_levels", N_("must map a code prefix to a level"));
    for (const auto& [prefix, level] : j["code_prefix_levels"].items()) {
      if (!level.is_string() || !one_of(level.get<std::string>(), kLevels))
        fail(origin, "code_prefix_levels." + prefix, N_("must be one of {list}"), joined(kLevels));
      p.code_prefix_levels[fold_for_matching(prefix)] = level.get<std::string>();
    }
  }
  p.section_level = string_field(j, "section_level", origin, p.section_level);
  if (!one_of(p.section_level, kLevels)) fail(origin, "section_level", N_("must be one of {list}"), joined(kLevels));
  p.objective_level = string_field(j, "objective_level", origin, p.objective_level);
  if (!one_of(p.objective_level, kLevels)) fail(origin, "objective_level", N_("must be one of {list}"), joined(kLevels));
  p.header_title_level = string_field(j, "header_title_level", origin, p.header_title_level);
  if (!p.header_title_level.empty() && !one_of(p.header_title_level, kLevels))
    fail(origin, "header_title_level", N_("must be one of {list}"), joined(kLevels));
  p.units_own_objectives = bool_field(j, "units_own_objectives", origin, p.units_own_objectives);
  p.node_per_table = bool_field(j, "node_per_table", origin, p.node_per_table);
  p.unnamed_columns_are_notes = bool_field(j, "unnamed_columns_are_notes", origin, p.unnamed_columns_are_notes);
  p.bare_years = string_field(j, "bare_years", origin, p.bare_years);
  if (!one_of(p.bare_years, kSeries)) fail(origin, "bare_years", N_("must be one of {list}"), joined(kSeries));
  p.weighted_rows_are_units = bool_field(j, "weighted_rows_are_units", origin, p.weighted_rows_are_units);
  if (j.contains("fallback_columns")) {
    p.fallback_columns.clear();
    if (!j["fallback_columns"].is_array()) fail(origin, "fallback_columns", N_("must be a list of roles by column"));
    for (const auto& r : j["fallback_columns"]) {
      if (!r.is_string() || (!one_of(r.get<std::string>(), kRoles) && !one_of(r.get<std::string>(), kSeries)))
        fail(origin, "fallback_columns", N_("must hold column roles or series names"));
      p.fallback_columns.push_back(r.get<std::string>());
    }
  }
  if (j.contains("total_rows")) {
    for (const auto& w : folded_list(j["total_rows"], origin, "total_rows")) p.total_rows.push_back(w);
  }
  p.formula_variables = string_field(j, "formula_variables", origin, p.formula_variables);
  if (p.formula_variables != "operands" && p.formula_variables != "codes")
    fail(origin, "formula_variables", N_("must be \"operands\" or \"codes\""));
  if (j.contains("record")) apply_record(p, j["record"], origin);
  if (j.contains("evidence")) {
    if (!j["evidence"].is_array()) fail(origin, "evidence", N_("must be a list of {text|cell|feature, points, why}"));
    for (const auto& e : j["evidence"]) p.evidence.push_back(evidence_of(e, origin));
  }
  if (j.contains("min_score")) {
    if (!j["min_score"].is_number()) fail(origin, "min_score", N_("must be a number between 0 and 1"));
    p.min_score = j["min_score"].get<double>();
  }
}

Json parse_json(const std::string& text, const std::string& origin) {
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    throw UsageError(fill(tr(N_("profile {name} is not valid JSON: {reason}")), {{"name", origin}, {"reason", e.what()}}));
  }
}

const Json& base_json() {
  static const Json base = [] {
    for (const auto& e : kEmbedded) {
      if (std::string(e.name) == "base") return parse_json(e.text, "base (built-in)");
    }
    throw std::logic_error("the built-in profile 'base' is missing from the build");
  }();
  return base;
}

Profile over_base(const Json& j, const std::string& origin) {
  Profile p;
  apply(p, base_json(), "base (built-in)");
  p.name.clear();
  apply(p, j, origin);
  p.origin = origin;
  return p;
}
}  // namespace

const std::vector<std::string>& record_fields() { return kRecordFields; }

const std::vector<Profile>& builtin_profiles() {
  static const std::vector<Profile> profiles = [] {
    std::vector<Profile> out;
    for (const char* name : kOrder) {
      for (const auto& e : kEmbedded) {
        if (std::string(e.name) == name) out.push_back(over_base(parse_json(e.text, name), "built-in"));
      }
    }
    return out;
  }();
  return profiles;
}

const Profile* builtin_profile(const std::string& name) {
  for (const auto& p : builtin_profiles()) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

std::string builtin_profile_text(const std::string& name) {
  for (const auto& e : kEmbedded) {
    if (name == e.name) return e.text;
  }
  return {};
}

Profile parse_profile(const std::string& json_text, const std::string& origin) {
  return over_base(parse_json(json_text, origin), origin);
}

Profile load_profile_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw UsageError(fill(tr(N_("cannot read the profile file '{path}': check the path and its permissions")),
                          {{"path", path}}));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_profile(text.str(), path);
}

std::string Profile::polarity_of(const std::string& printed) const {
  const std::string folded = fold_for_matching(printed);
  const auto it = polarity_words.find(folded.empty() ? trim_copy(printed) : folded);
  return it == polarity_words.end() ? std::string() : it->second;
}

}  // namespace allegato::genres
