#include "outputs/diff.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <sstream>

#include "audit/audit.hpp"
#include "audit/finding_text.hpp"
#include "i18n/i18n.hpp"
#include "values/text.hpp"

namespace allegato {
namespace {

std::string local_id(const std::string& id, const std::string& doc) {
  const std::string prefix = doc + "/";
  return id.rfind(prefix, 0) == 0 ? id.substr(prefix.size()) : id;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : "; ") + s;
  return out;
}

std::string weight_raw(const std::optional<Number>& w) { return w ? w->raw : ""; }

bool same_weight(const std::optional<Number>& a, const std::optional<Number>& b) {
  if (!a || !b) return !a && !b;
  // "37,50%" and "37,5 %" are the same weight; the raw text is what we show.
  if (a->value && b->value) return *a->value == *b->value && a->unit == b->unit;
  return a->raw == b->raw;
}

void field(std::vector<FieldChange>& out, const char* name, const std::string& a, const std::string& b) {
  if (a != b) out.push_back({name, a, b});
}

/// Targets, baselines or results keyed by year (or by position when a
/// value has no year), compared on the printed text.
void compare_series(std::vector<ValueChange>& out, const char* series, const std::vector<Target>& a,
                    const std::vector<Target>& b) {
  auto key = [](const Target& t, std::size_t index) {
    return t.year ? std::make_pair(0, *t.year) : std::make_pair(1, static_cast<int>(index));
  };
  std::map<std::pair<int, int>, std::pair<const Target*, const Target*>> by_year;
  for (std::size_t i = 0; i < a.size(); ++i) by_year[key(a[i], i)].first = &a[i];
  for (std::size_t i = 0; i < b.size(); ++i) by_year[key(b[i], i)].second = &b[i];
  auto shown = [](const Target* t) -> std::optional<std::string> {
    if (!t) return std::nullopt;
    return t->status == TargetStatus::missing && t->raw.empty() ? std::string() : t->raw;
  };
  for (const auto& [k, pair] : by_year) {
    const auto old_raw = shown(pair.first), new_raw = shown(pair.second);
    const bool both = pair.first && pair.second;
    if (both && *pair.first == *pair.second) continue;
    if (both && old_raw == new_raw) continue;  // same text, reparsed differently: not a plan change
    if (!both && ((pair.first && old_raw->empty()) || (pair.second && new_raw->empty()))) {
      // A blank cell that appears or disappears with nothing in it is not a change.
      continue;
    }
    std::optional<int> year;
    if (k.first == 0) year = k.second;
    out.push_back({series, year, old_raw, new_raw});
  }
}

EntityDiff compare_nodes(const Node& a, const Node& b, const std::string& key, const std::string& match) {
  EntityDiff d{"node", key, a.id, b.id, b.title, match, {}, {}};
  field(d.fields, "title", a.title, b.title);
  field(d.fields, "level", a.level, b.level);
  field(d.fields, "parent", local_id(a.parent, a.doc), local_id(b.parent, b.doc));
  if (!same_weight(a.weight, b.weight)) d.fields.push_back({"weight", weight_raw(a.weight), weight_raw(b.weight)});
  field(d.fields, "description", a.description, b.description);
  field(d.fields, "owners", join(a.owners), join(b.owners));
  field(d.fields, "notes", join(a.notes), join(b.notes));
  return d;
}

EntityDiff compare_indicators(const Indicator& a, const Indicator& b, const std::string& key,
                              const std::string& match) {
  EntityDiff d{"indicator", key, a.id, b.id, b.name, match, {}, {}};
  field(d.fields, "name", a.name, b.name);
  field(d.fields, "node", local_id(a.node, a.doc), local_id(b.node, b.doc));
  field(d.fields, "formula", a.formula, b.formula);
  field(d.fields, "unit", a.unit.value_or(""), b.unit.value_or(""));
  if (!same_weight(a.weight, b.weight)) d.fields.push_back({"weight", weight_raw(a.weight), weight_raw(b.weight)});
  field(d.fields, "notes", join(a.notes), join(b.notes));
  compare_series(d.values, "baseline", a.baselines, b.baselines);
  compare_series(d.values, "target", a.targets, b.targets);
  compare_series(d.values, "result", a.results, b.results);
  return d;
}

/// Pairs old and new entities of one document pair: by local id, then by
/// folded name among the unpaired when the name is unique on both sides.
template <typename T, typename NameOf, typename ParentOf, typename Compare>
void pair_entities(ModelDiff& diff, const char* kind, const std::vector<const T*>& old_items,
                   const std::vector<const T*>& new_items, const std::string& old_doc, const std::string& new_doc,
                   NameOf name_of, ParentOf parent_of, Compare compare) {
  std::map<std::string, const T*> new_by_id;
  for (const auto* n : new_items) new_by_id.emplace(local_id(n->id, new_doc), n);
  std::set<const T*> paired_new;
  std::vector<const T*> unpaired_old;
  for (const auto* o : old_items) {
    const std::string key = local_id(o->id, old_doc);
    auto it = new_by_id.find(key);
    if (it != new_by_id.end() && !paired_new.count(it->second)) {
      paired_new.insert(it->second);
      EntityDiff d = compare(*o, *it->second, key, "id");
      d.old_source = o->source;
      d.new_source = it->second->source;
      if (!d.fields.empty() || !d.values.empty()) diff.changed.push_back(std::move(d));
    } else {
      unpaired_old.push_back(o);
    }
  }
  std::vector<const T*> unpaired_new;
  for (const auto* n : new_items)
    if (!paired_new.count(n)) unpaired_new.push_back(n);
  std::map<std::string, std::vector<const T*>> old_by_name, new_by_name;
  for (const auto* o : unpaired_old) old_by_name[fold_for_matching(name_of(*o))].push_back(o);
  for (const auto* n : unpaired_new) new_by_name[fold_for_matching(name_of(*n))].push_back(n);
  std::set<const T*> renamed_old, renamed_new;
  for (const auto& [name, olds] : old_by_name) {
    auto it = new_by_name.find(name);
    if (name.empty() || olds.size() != 1 || it == new_by_name.end() || it->second.size() != 1) continue;
    const T* o = olds.front();
    const T* n = it->second.front();
    renamed_old.insert(o);
    renamed_new.insert(n);
    EntityDiff d = compare(*o, *n, local_id(n->id, new_doc), "name");
    d.fields.insert(d.fields.begin(), {"id", local_id(o->id, old_doc), local_id(n->id, new_doc)});
    d.old_source = o->source;
    d.new_source = n->source;
    diff.changed.push_back(std::move(d));
  }
  // Reworded: what is still unpaired under the same parent, by name
  // similarity (the measure reconcile links by), the most similar first.
  std::vector<std::tuple<double, const T*, const T*>> candidates;
  for (const auto* o : unpaired_old) {
    if (renamed_old.count(o)) continue;
    for (const auto* n : unpaired_new) {
      if (renamed_new.count(n) || local_id(parent_of(*o), old_doc) != local_id(parent_of(*n), new_doc)) continue;
      const double similarity = name_similarity(name_of(*o), name_of(*n));
      if (similarity >= kDiffSimilarNameThreshold) candidates.emplace_back(similarity, o, n);
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  for (const auto& [similarity, o, n] : candidates) {
    if (renamed_old.count(o) || renamed_new.count(n)) continue;
    renamed_old.insert(o);
    renamed_new.insert(n);
    EntityDiff d = compare(*o, *n, local_id(n->id, new_doc), "similar name");
    if (local_id(o->id, old_doc) != local_id(n->id, new_doc))
      d.fields.insert(d.fields.begin(), {"id", local_id(o->id, old_doc), local_id(n->id, new_doc)});
    d.old_source = o->source;
    d.new_source = n->source;
    diff.changed.push_back(std::move(d));
  }
  for (const auto* o : unpaired_old)
    if (!renamed_old.count(o)) {
      diff.removed.push_back({kind, local_id(o->id, old_doc), o->id, "", name_of(*o), "", {}, {}});
      diff.removed.back().old_source = o->source;
    }
  for (const auto* n : unpaired_new)
    if (!renamed_new.count(n)) {
      diff.added.push_back({kind, local_id(n->id, new_doc), "", n->id, name_of(*n), "", {}, {}});
      diff.added.back().new_source = n->source;
    }
}

template <typename T>
std::vector<const T*> of_doc(const std::vector<T>& items, const std::string& doc) {
  std::vector<const T*> out;
  for (const auto& item : items)
    if (item.doc == doc) out.push_back(&item);
  return out;
}

std::string year_text(const std::optional<int>& year) { return year ? std::to_string(*year) : tr(N_("(no year)")); }

std::string shown(const std::optional<std::string>& raw) {
  if (!raw) return tr(N_("(none)"));
  return raw->empty() ? tr(N_("(blank)")) : *raw;
}

std::string shown(const std::string& raw) { return raw.empty() ? tr(N_("(none)")) : raw; }

// Words of the diff text, for xgettext (shown with trc("diff", ...)).
[[maybe_unused]] const char* const kDiffWords[] = {
    NC_("diff", "node"),   NC_("diff", "indicator"), NC_("diff", "baseline"), NC_("diff", "target"),
    NC_("diff", "result"), NC_("diff", "title"),     NC_("diff", "name"),     NC_("diff", "level"),
    NC_("diff", "parent"), NC_("diff", "weight"),    NC_("diff", "description"), NC_("diff", "owners"),
    NC_("diff", "notes"),  NC_("diff", "formula"),   NC_("diff", "unit"),     NC_("diff", "id"),
    NC_("diff", "organisation"), NC_("diff", "kind")};

std::string word(const std::string& w) { return trc("diff", w); }

// "  at p. 4 (x 40, y 120)", "  at sheet 'Cruscotto' A6", or OLD -> NEW when it moved.
std::string where_text(const Source& old_source, const Source& new_source) {
  const std::string a = position_text(old_source), b = position_text(new_source);
  if (a.empty() && b.empty()) return "";
  if (a.empty() || b.empty() || a == b) return "  " + fill(tr(N_("at {where}")), {{"where", b.empty() ? a : b}});
  return "  " + fill(tr(N_("at {where}")), {{"where", a + " -> " + b}});
}

Json documents_json(const std::vector<Document>& docs) {
  Json a = Json::array();
  for (const auto& d : docs) {
    Json j;
    j["id"] = d.id;
    j["path"] = d.path;
    j["sha256"] = d.sha256;
    j["organisation"] = d.organisation;
    j["title"] = d.title;
    a.push_back(j);
  }
  return a;
}

Json entity_json(const EntityDiff& e, bool with_changes) {
  Json j;
  j["kind"] = e.kind;
  j["key"] = e.key;
  j["old_id"] = e.old_id.empty() ? Json(nullptr) : Json(e.old_id);
  j["new_id"] = e.new_id.empty() ? Json(nullptr) : Json(e.new_id);
  j["name"] = e.name;
  if (!e.old_id.empty()) j["old_source"] = to_json(e.old_source);
  if (!e.new_id.empty()) j["new_source"] = to_json(e.new_source);
  if (!with_changes) return j;
  j["match"] = e.match;
  Json fields = Json::array();
  for (const auto& f : e.fields) fields.push_back(Json{{"field", f.field}, {"old", f.old_value}, {"new", f.new_value}});
  j["fields"] = fields;
  Json values = Json::array();
  for (const auto& v : e.values) {
    Json x;
    x["series"] = v.series;
    x["year"] = v.year ? Json(*v.year) : Json(nullptr);
    x["old"] = v.old_raw ? Json(*v.old_raw) : Json(nullptr);
    x["new"] = v.new_raw ? Json(*v.new_raw) : Json(nullptr);
    values.push_back(x);
  }
  j["values"] = values;
  return j;
}

}  // namespace

ModelDiff diff_models(const Model& old_model, const Model& new_model) {
  ModelDiff diff;
  diff.old_documents = old_model.documents;
  diff.new_documents = new_model.documents;
  const std::size_t pairs = std::max(old_model.documents.size(), new_model.documents.size());
  for (std::size_t k = 0; k < pairs; ++k) {
    const std::string old_doc = k < old_model.documents.size() ? old_model.documents[k].id : std::string("\x01none");
    const std::string new_doc = k < new_model.documents.size() ? new_model.documents[k].id : std::string("\x01none");
    if (k < old_model.documents.size() && k < new_model.documents.size()) {
      const auto& a = old_model.documents[k];
      const auto& b = new_model.documents[k];
      const std::string label = a.id == b.id ? a.id : a.id + "/" + b.id;
      for (auto [name, x, y] : {std::tuple{"title", a.title, b.title}, std::tuple{"organisation", a.organisation, b.organisation},
                                std::tuple{"kind", a.kind, b.kind}})
        if (x != y) diff.document_changes.push_back({label + " " + name, x, y});
    }
    pair_entities<Node>(diff, "node", of_doc(old_model.nodes, old_doc), of_doc(new_model.nodes, new_doc), old_doc,
                        new_doc, [](const Node& n) { return n.title; }, [](const Node& n) { return n.parent; },
                        compare_nodes);
    pair_entities<Indicator>(diff, "indicator", of_doc(old_model.indicators, old_doc),
                             of_doc(new_model.indicators, new_doc), old_doc, new_doc,
                             [](const Indicator& i) { return i.name; }, [](const Indicator& i) { return i.node; },
                             compare_indicators);
  }
  return diff;
}

std::string diff_text(const ModelDiff& diff) {
  std::ostringstream out;
  auto documents = [&out](const std::string& side, const std::vector<Document>& docs) {
    for (const auto& d : docs)
      out << side << " " << d.id << "  " << d.path << "  (sha256 " << d.sha256.substr(0, 12) << ")\n";
    if (docs.empty()) out << side << " " << tr(N_("(no documents)")) << "\n";
  };
  documents(tr(N_("OLD")), diff.old_documents);
  documents(tr(N_("NEW")), diff.new_documents);
  out << "\n";
  if (diff.empty()) {
    out << tr(N_("No changes in objectives, indicators, weights or targets.")) << "\n";
    return out.str();
  }
  // Each count agrees with its participle in Italian (1 aggiunto, 2 aggiunti).
  auto count_text = [](const char* singular, const char* plural, std::size_t n) {
    const auto count = static_cast<long long>(n);
    return fill(trn(singular, plural, count), {{"n", format_integer(count)}});
  };
  out << fill(tr(N_("{added}, {removed}, {changed} (objectives and indicators)")),
              {{"added", count_text("{n} added", "{n} added", diff.added.size())},
               {"removed", count_text("{n} removed", "{n} removed", diff.removed.size())},
               {"changed", count_text("{n} changed", "{n} changed", diff.changed.size())}})
      << "\n";
  for (const auto& c : diff.document_changes) {
    // "d1 title": the document's id, then the field's name in --lang.
    const auto space = c.field.rfind(' ');
    const std::string field =
        space == std::string::npos ? c.field : c.field.substr(0, space) + " " + word(c.field.substr(space + 1));
    out << "\n" << tr(N_("Document")) << " " << field << ": " << shown(c.old_value) << " -> " << shown(c.new_value)
        << "\n";
  }
  if (!diff.removed.empty()) {
    out << "\n" << tr(N_("Removed")) << "\n";
    for (const auto& e : diff.removed)
      out << "  - " << word(e.kind) << " " << e.key << "  " << e.name << where_text(e.old_source, {}) << "\n";
  }
  if (!diff.added.empty()) {
    out << "\n" << tr(N_("Added")) << "\n";
    for (const auto& e : diff.added)
      out << "  + " << word(e.kind) << " " << e.key << "  " << e.name << where_text({}, e.new_source) << "\n";
  }
  if (!diff.changed.empty()) {
    out << "\n" << tr(N_("Changed")) << "\n";
    for (const auto& e : diff.changed) {
      out << "  ~ " << word(e.kind) << " " << e.key << "  " << e.name
          << (e.match == "name"           ? "  " + tr(N_("(matched by name)"))
              : e.match == "similar name" ? "  " + tr(N_("(matched by similar name)"))
                                          : std::string())
          << where_text(e.old_source, e.new_source) << "\n";
      for (const auto& f : e.fields)
        out << "      " << word(f.field) << ": " << shown(f.old_value) << " -> " << shown(f.new_value) << "\n";
      for (const auto& v : e.values)
        out << "      " << word(v.series) << " " << year_text(v.year) << ": " << shown(v.old_raw) << " -> "
            << shown(v.new_raw) << "\n";
    }
  }
  return out.str();
}

Json diff_json(const ModelDiff& diff) {
  Json j;
  j["old"] = Json{{"documents", documents_json(diff.old_documents)}};
  j["new"] = Json{{"documents", documents_json(diff.new_documents)}};
  j["summary"] = Json{{"added", diff.added.size()}, {"removed", diff.removed.size()}, {"changed", diff.changed.size()}};
  Json docs = Json::array();
  for (const auto& c : diff.document_changes) docs.push_back(Json{{"field", c.field}, {"old", c.old_value}, {"new", c.new_value}});
  j["documents"] = docs;
  Json added = Json::array(), removed = Json::array(), changed = Json::array();
  for (const auto& e : diff.added) added.push_back(entity_json(e, false));
  for (const auto& e : diff.removed) removed.push_back(entity_json(e, false));
  for (const auto& e : diff.changed) changed.push_back(entity_json(e, true));
  j["added"] = added;
  j["removed"] = removed;
  j["changed"] = changed;
  return j;
}

}  // namespace allegato
