#include "app/corrections.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/diagnostics.hpp"
#include "core/sha256.hpp"
#include "values/text.hpp"

namespace allegato {
namespace {

// One CSV record: separator ',' or ';', fields quoted with '"' ("" inside).
std::vector<std::string> split_record(const std::string& line, char separator) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == separator) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  for (auto& f : fields) {
    const auto a = f.find_first_not_of(" \t");
    const auto b = f.find_last_not_of(" \t\r");
    f = a == std::string::npos ? std::string() : f.substr(a, b - a + 1);
  }
  return fields;
}

// The document a line names: its path, its file name, or its sha256 (whole
// or its first 12+ hex digits).
bool document_matches(const std::string& path, const std::string& sha256, const std::string& name) {
  if (name.empty()) return false;
  if (path == name || sha256 == name) return true;
  if (name.size() >= 12 && !sha256.empty() && sha256.rfind(name, 0) == 0) return true;
  return std::filesystem::path(path).filename().string() == name;
}

std::string local_of(const std::string& id, const std::string& doc) {
  const std::string prefix = doc + "/";
  return id.rfind(prefix, 0) == 0 ? id.substr(prefix.size()) : id;
}

std::vector<Target>* series_of(Indicator& i, const std::string& field) {
  if (field == "target") return &i.targets;
  if (field == "baseline") return &i.baselines;
  if (field == "result") return &i.results;
  return nullptr;
}

// "target 2023", "weight": the field a line corrects, in the current language.
Phrase field_phrase(const CorrectionLine& c) {
  Phrase p;
  p.term(c.field);
  if (c.year) p.text(" " + std::to_string(*c.year));
  return p;
}

[[noreturn]] void malformed(const std::string& path, int line, LocalMessage what, LocalMessage hint = {}) {
  throw ImportError("corrections.malformed", path,
                    LocalMessage(N_("line {line}: {what}")).set("line", std::to_string(line)).set("what", Phrase().message(std::move(what))),
                    std::move(hint));
}

// The field names a corrections file uses, marked for translation where
// they are shown ("target 2023 of ...").
const std::vector<std::string>& known_fields() {
  static const std::vector<std::string> fields = {N_("target"), N_("baseline"), N_("result"), N_("achievement"),
                                                  N_("weight"), N_("name"),     N_("title"),  N_("unit"),
                                                  N_("formula")};
  return fields;
}

}  // namespace

std::vector<CorrectionLine> read_corrections(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw ImportError("corrections.unreadable", path, N_("cannot read the corrections file"),
                      N_("check the path given to --corrections"));
  std::string line;
  int number = 0;
  char separator = ',';
  std::vector<CorrectionLine> out;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1) {
      if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
      separator = line.find(';') != std::string::npos && line.find(',') == std::string::npos ? ';' : ',';
      const auto header = split_record(line, separator);
      const std::vector<std::string> expected = {"document", "subject", "field", "year", "value"};
      if (header != expected)
        throw ImportError("corrections.malformed", path, N_("the first line must be: document,subject,field,year,value"),
                          N_("write the header row, then one correction per line"));
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') continue;
    auto fields = split_record(line, separator);
    // A value may hold the separator unquoted ("33,33%" after a ','): the
    // fields beyond the fifth belong to it.
    if (fields.size() > 5) {
      for (std::size_t k = 5; k < fields.size(); ++k) fields[4] += std::string(1, separator) + fields[k];
      fields.resize(5);
    }
    if (fields.size() != 5)
      malformed(path, number, LocalMessage(N_("expected 5 fields (document,subject,field,year,value)")),
                LocalMessage(N_("quote a value that holds the separator")));
    CorrectionLine c{fields[0], fields[1], fields[2], std::nullopt, fields[4], number};
    if (!fields[3].empty()) {
      try {
        std::size_t used = 0;
        c.year = std::stoi(fields[3], &used);
        if (used != fields[3].size()) throw std::invalid_argument("year");
      } catch (const std::exception&) {
        malformed(path, number, LocalMessage(N_("the year '{year}' is not a year")).set("year", fields[3]),
                  LocalMessage(N_("write a year like 2023, or leave it empty")));
      }
    }
    const auto& known = known_fields();
    if (std::find(known.begin(), known.end(), c.field) == known.end())
      malformed(path, number, LocalMessage(N_("unknown field '{field}'")).set("field", c.field),
                LocalMessage(N_("use target, baseline, result, achievement, weight, name, title, unit or formula")));
    if ((c.field == "target" || c.field == "baseline" || c.field == "result") && !c.year)
      malformed(path, number, LocalMessage(N_("a {field} needs a year")).set("field", Phrase().term(c.field)),
                LocalMessage(N_("give the year the value is for")));
    if (c.document.empty() || c.subject.empty())
      malformed(path, number, LocalMessage(N_("document and subject are required")));
    out.push_back(std::move(c));
  }
  return out;
}

std::string corrections_digest(const std::vector<CorrectionLine>& corrections, const std::string& file,
                               const std::string& path, const std::string& sha256) {
  std::string text;
  for (const auto& c : corrections) {
    if (!document_matches(path, sha256, c.document)) continue;
    // Fields joined by a byte no CSV line holds: two different lines never
    // give the same text.
    for (const std::string& part : {c.subject, c.field, c.year ? std::to_string(*c.year) : std::string(), c.value,
                                    std::to_string(c.line)})
      text += part + '\x1f';
    text += '\x1e';
  }
  if (text.empty()) return {};
  return sha256_hex(std::filesystem::path(file).filename().string() + '\x1e' + text);
}

void apply_corrections(Model& model, const std::vector<CorrectionLine>& corrections, const std::string& file) {
  const std::string origin = std::filesystem::path(file).filename().string();
  for (auto& d : model.documents) d.corrections_digest = corrections_digest(corrections, file, d.path, d.sha256);
  for (const auto& c : corrections) {
    const Document* doc = nullptr;
    for (const auto& d : model.documents)
      if (document_matches(d.path, d.sha256, c.document)) doc = &d;
    if (!doc) continue;  // a correction for another plan: not this import's business
    const Correction by{"", origin, c.line};
    const std::string folded = fold_for_matching(c.subject);
    Indicator* indicator = nullptr;
    Node* node = nullptr;
    for (auto& i : model.indicators) {
      if (i.doc != doc->id) continue;
      if (i.id == c.subject || local_of(i.id, doc->id) == c.subject || (!i.code.empty() && i.code == c.subject) ||
          fold_for_matching(i.name) == folded) {
        indicator = &i;
        break;
      }
    }
    if (!indicator)
      for (auto& n : model.nodes) {
        if (n.doc != doc->id) continue;
        if (n.id == c.subject || local_of(n.id, doc->id) == c.subject || (!n.code.empty() && n.code == c.subject) ||
            fold_for_matching(n.title) == folded) {
          node = &n;
          break;
        }
      }
    // The record of a correction made: the value keeps it, and an info
    // diagnostic at the entity's cell says it in a sentence.
    auto record = [&](const std::string& printed, const Source& at) {
      Correction made = by;
      made.printed = printed;
      Source where = at;
      where.doc = doc->id;
      model.diagnostics.push_back(make_diagnostic(
          Severity::info, "value.corrected",
          LocalMessage(N_("{field} of {subject}: printed \"{printed}\", corrected to \"{value}\" by {file} line {line}"))
              .set("field", field_phrase(c))
              .set("subject", local_of(indicator ? indicator->id : node->id, doc->id))
              .set("printed", printed.empty() ? Phrase().term(N_("(none)")) : Phrase(printed))
              .set("value", c.value)
              .set("file", origin)
              .set("line", std::to_string(c.line)),
          where));
      return made;
    };
    auto unmatched = [&](LocalMessage why) {
      Source where;
      where.doc = doc->id;
      model.diagnostics.push_back(make_diagnostic(
          Severity::warning, "correction.unmatched",
          LocalMessage(N_("correction by {file} line {line} ({subject} {field}) was not applied: {why}"))
              .set("file", origin)
              .set("line", std::to_string(c.line))
              .set("subject", c.subject)
              .set("field", field_phrase(c))
              .set("why", Phrase().message(std::move(why))),
          where));
    };
    if (!indicator && !node) {
      unmatched(LocalMessage(N_("no objective or indicator '{subject}' in {path}"))
                    .set("subject", c.subject)
                    .set("path", doc->path));
      continue;
    }
    const Source at = indicator ? indicator->source : node->source;
    if (auto* series = indicator ? series_of(*indicator, c.field) : nullptr) {
      Target corrected = parse_target(c.value, c.year);
      Target* printed = nullptr;
      for (auto& t : *series)
        if (t.year == c.year) printed = &t;
      // The corrected value stays in the printed value's cell.
      if (printed) corrected.source = printed->source;
      corrected.corrected = record(printed ? printed->raw : std::string(), corrected.source.value_or(at));
      if (printed) *printed = std::move(corrected); else series->push_back(std::move(corrected));
    } else if (c.field == "weight") {
      auto& weight = indicator ? indicator->weight : node->weight;
      Number corrected = parse_number(c.value);
      if (weight) corrected.source = weight->source;
      corrected.corrected = record(weight ? weight->raw : std::string(), corrected.source.value_or(at));
      weight = std::move(corrected);
    } else if (c.field == "achievement") {
      auto& list = indicator ? indicator->achievement : node->achievement;
      YearNumber* printed = nullptr;
      for (auto& a : list)
        if (a.year == c.year || (!c.year && list.size() == 1)) printed = &a;
      Number corrected = parse_number(c.value);
      if (printed) corrected.source = printed->number.source;
      corrected.corrected = record(printed ? printed->number.raw : std::string(), corrected.source.value_or(at));
      if (printed) printed->number = std::move(corrected); else list.push_back({c.year, std::move(corrected)});
    } else if (c.field == "name" || c.field == "title") {
      std::string& text = indicator ? indicator->name : node->title;
      auto& fields = indicator ? indicator->corrected_fields : node->corrected_fields;
      fields.push_back({c.field, record(text, at)});
      text = c.value;
    } else if (c.field == "unit" && indicator) {
      indicator->corrected_fields.push_back({c.field, record(indicator->unit.value_or(""), at)});
      indicator->unit = c.value;
    } else if (c.field == "formula" && indicator) {
      indicator->corrected_fields.push_back({c.field, record(indicator->formula, at)});
      indicator->formula = c.value;
    } else {
      unmatched(LocalMessage(N_("an objective has no {field}")).set("field", Phrase().term(c.field)));
    }
  }
}

}  // namespace allegato
