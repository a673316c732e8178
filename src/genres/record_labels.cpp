#include "genres/record_labels.hpp"

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "genres/column_roles.hpp"
#include "genres/genre_text.hpp"
#include "genres/record_reader.hpp"

namespace allegato::genres {

namespace {

// Column roles of the shared vocabulary and the record field each names;
// "open." fields go to the indicator being read, else to the objective.
const std::map<std::string, std::string>& field_of_role() {
  static const std::map<std::string, std::string> fields = {
      {"code", "open.code"},           {"objective", "node.title"},     {"strategic", "node.title"},
      {"operational", "node.title"},   {"name", "indicator.name"},      {"description", "open.description"},
      {"formula", "indicator.formula"}, {"formula_text", "indicator.formula_text"}, {"unit", "indicator.unit"},
      {"type", "indicator.type"},      {"polarity", "indicator.polarity"},      {"weight", "open.weight"},       {"owner", "open.owner"},
      {"resources", "node.resources"}, {"achievement", "indicator.achievement"}, {"notes", "indicator.notes"},
      {"source", "indicator.source"},
      {"baselines", "indicator.baselines"}, {"targets", "indicator.targets"}, {"results", "indicator.results"},
      {"values", "indicator.values"}};
  return fields;
}

}  // namespace

// Fields an entity may hold several of: a second one does not open a block.
bool is_list_field(const std::string& name) {
  return name == "resources" || name == "owner" || name == "notes";
}

// "1.1.A – Programmare ...", "A1 - Estendere ...", "04. Digitalizzare":
// a code (a token holding a digit) and a title.
std::optional<CodedTitle> split_code_title(const std::string& printed) {
  static const std::regex coded(R"(^\s*(\S*[0-9]\S*?)\.?\s*(?:-|–|—|:)\s+(\S.*)$)");
  const std::string text = join_printed(printed);
  std::smatch m;
  if (std::regex_match(text, m, coded)) return CodedTitle{m[1].str(), m[2].str()};
  if (auto h = parse_numbered_heading(printed)) return CodedTitle{h->code, as_printed(h->title, text)};
  return std::nullopt;
}

// "018 – Sviluppo sostenibile ...": the code of a mission or programme and
// its name; a value without a leading number is all name.
std::pair<std::string, std::string> split_numbered(const std::string& printed) {
  static const std::regex numbered(R"(^\s*([0-9]{1,3})(?:\s*(?:-|–|—|:|\.)?\s*(.*))?$)");
  const std::string text = join_printed(printed);
  std::smatch m;
  if (std::regex_match(text, m, numbered)) return {m[1].str(), m[2].str()};
  return {std::string(), text};
}

RecordLabel match_record_label(const std::string& label, const Profile& profile) {
  RecordLabel out;
  std::optional<int> ordinal;
  const std::string words = label_words(label, ordinal);
  const std::string whole = fold(label);
  // The record's own labels first, then the vocabulary of column headers;
  // the words as printed ("esercizio precedente" is part of a label) and
  // without their years and ordinals ("Target primo anno" is a target).
  PhraseMatch best;
  bool own = false;
  for (const std::string* w : {&whole, &words}) {
    if (w->empty()) continue;
    const PhraseMatch m = match_phrase(*w, profile.record.fields);
    if (m.score > best.score) {
      best = m;
      own = true;
    }
  }
  for (const std::string* w : {&whole, &words}) {
    if (w->empty()) continue;
    const PhraseMatch m = match_phrase(*w, profile);
    auto it = field_of_role().find(m.role);
    if (it == field_of_role().end() || m.score <= best.score) continue;
    best = {it->second, m.score, m.phrase};
    own = false;
    // A name label that does not say whose ("Denominazione", "Nome") names
    // the block being read: the objective right after its code, an
    // indicator inside an indicator's block.
    if (best.role == "indicator.name") {
      std::istringstream in(m.phrase);
      bool says_indicator = false;
      for (std::string word; in >> word;)
        says_indicator = says_indicator || word.rfind("indicat", 0) == 0 || word == "kpi";
      if (!says_indicator) best.role = "open.name";
    }
  }
  if (best.score <= 0) return out;
  out.field = best.role;
  out.score = best.score;
  out.ordinal = ordinal;
  if (auto y = year_in(label)) out.year = y;
  out.why = std::string(own ? "record label '" : "column word '") + best.phrase + "'";
  return out;
}

std::string without_sentence_stop(std::string value) {
  if (value.size() < 2 || value.back() != '.' || value[value.size() - 2] == '.') return value;
  const auto space = value.find_last_of(' ', value.size() - 2);
  const std::string last = fold(value.substr(space == std::string::npos ? 0 : space + 1));
  static const std::set<std::string> abbreviations = {"n", "nr", "gg", "ecc", "art", "pag", "min", "max", "tot"};
  if (abbreviations.count(last) > 0) return value;
  value.pop_back();
  return value;
}

}  // namespace allegato::genres
