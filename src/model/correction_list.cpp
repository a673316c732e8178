// The corrections a person made, gathered from the values that carry them
// (list_corrections) and put back on those values (attach_correction): the
// store keeps them as rows of their own, the report lists them.
#include "model/model.hpp"

namespace allegato {
namespace {

void add_targets(std::vector<CorrectionEntry>& out, const Indicator& i, const char* field,
                 const std::vector<Target>& series) {
  for (const auto& t : series)
    if (t.corrected) out.push_back({i.doc, i.id, true, field, t.year, t.raw, *t.corrected, t.source});
}

template <typename Entity>
void add_numbers(std::vector<CorrectionEntry>& out, const Entity& e, bool indicator) {
  if (e.weight && e.weight->corrected)
    out.push_back({e.doc, e.id, indicator, "weight", std::nullopt, e.weight->raw, *e.weight->corrected, e.weight->source});
  for (const auto& a : e.achievement)
    if (a.number.corrected)
      out.push_back({e.doc, e.id, indicator, "achievement", a.year, a.number.raw, *a.number.corrected, a.number.source});
}

template <typename Entity>
void add_text(std::vector<CorrectionEntry>& out, const Entity& e, bool indicator,
              const std::string& (*current)(const Entity&, const std::string&)) {
  for (const auto& c : e.corrected_fields)
    out.push_back({e.doc, e.id, indicator, c.field, std::nullopt, current(e, c.field), c.correction, std::nullopt});
}

const std::string& node_text(const Node& n, const std::string&) { return n.title; }

const std::string& indicator_text(const Indicator& i, const std::string& field) {
  static const std::string none;
  if (field == "unit") return i.unit ? *i.unit : none;
  if (field == "formula") return i.formula;
  return i.name;
}

// The value of `field` and `year` in a series, if the series has one.
template <typename Item, typename Year>
Item* find_year(std::vector<Item>& items, const std::optional<int>& year, Year year_of) {
  for (auto& item : items)
    if (year_of(item) == year) return &item;
  return nullptr;
}

bool set_text(std::vector<TextCorrection>& fields, const CorrectionEntry& entry) {
  fields.push_back({entry.field, entry.correction});
  return true;
}

}  // namespace

std::vector<CorrectionEntry> list_corrections(const Model& model) {
  std::vector<CorrectionEntry> out;
  for (const auto& n : model.nodes) {
    add_numbers(out, n, false);
    add_text(out, n, false, &node_text);
  }
  for (const auto& i : model.indicators) {
    add_targets(out, i, "baseline", i.baselines);
    add_targets(out, i, "target", i.targets);
    add_targets(out, i, "result", i.results);
    add_numbers(out, i, true);
    add_text(out, i, true, &indicator_text);
  }
  return out;
}

bool attach_correction(Model& model, const CorrectionEntry& entry) {
  auto target_year = [](const Target& t) { return t.year; };
  auto number_year = [](const YearNumber& n) { return n.year; };
  if (entry.indicator) {
    for (auto& i : model.indicators) {
      if (i.id != entry.subject) continue;
      std::vector<Target>* series = entry.field == "target"     ? &i.targets
                                    : entry.field == "baseline" ? &i.baselines
                                    : entry.field == "result"   ? &i.results
                                                                : nullptr;
      if (series) {
        Target* t = find_year(*series, entry.year, target_year);
        if (t) t->corrected = entry.correction;
        return t != nullptr;
      }
      if (entry.field == "weight" && i.weight) return static_cast<bool>(i.weight->corrected = entry.correction);
      if (entry.field == "achievement") {
        YearNumber* a = find_year(i.achievement, entry.year, number_year);
        if (a) a->number.corrected = entry.correction;
        return a != nullptr;
      }
      if (entry.field == "name" || entry.field == "unit" || entry.field == "formula")
        return set_text(i.corrected_fields, entry);
      return false;
    }
    return false;
  }
  for (auto& n : model.nodes) {
    if (n.id != entry.subject) continue;
    if (entry.field == "weight" && n.weight) return static_cast<bool>(n.weight->corrected = entry.correction);
    if (entry.field == "achievement") {
      YearNumber* a = find_year(n.achievement, entry.year, number_year);
      if (a) a->number.corrected = entry.correction;
      return a != nullptr;
    }
    if (entry.field == "title") return set_text(n.corrected_fields, entry);
    return false;
  }
  return false;
}

}  // namespace allegato
