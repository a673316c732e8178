#include "app/corrections.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/diagnostics.hpp"
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

bool document_matches(const Document& d, const std::string& name) {
  if (name.empty()) return false;
  if (d.path == name || d.sha256 == name) return true;
  if (name.size() >= 12 && d.sha256.rfind(name, 0) == 0) return true;
  return std::filesystem::path(d.path).filename().string() == name;
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

std::string year_text(const std::optional<int>& year) { return year ? " " + std::to_string(*year) : ""; }

}  // namespace

std::vector<Correction> read_corrections(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw ImportError("corrections.unreadable", path, "cannot read the corrections file",
                      "check the path given to --corrections");
  std::string line;
  int number = 0;
  char separator = ',';
  std::vector<Correction> out;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1) {
      if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
      separator = line.find(';') != std::string::npos && line.find(',') == std::string::npos ? ';' : ',';
      const auto header = split_record(line, separator);
      const std::vector<std::string> expected = {"document", "subject", "field", "year", "value"};
      if (header != expected)
        throw ImportError("corrections.malformed", path, "the first line must be: document,subject,field,year,value",
                          "write the header row, then one correction per line");
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
    const std::string where = "line " + std::to_string(number);
    if (fields.size() != 5)
      throw ImportError("corrections.malformed", path, where + ": expected 5 fields (document,subject,field,year,value)",
                        "quote a value that holds the separator");
    Correction c{fields[0], fields[1], fields[2], std::nullopt, fields[4], number};
    if (!fields[3].empty()) {
      try {
        std::size_t used = 0;
        c.year = std::stoi(fields[3], &used);
        if (used != fields[3].size()) throw std::invalid_argument("year");
      } catch (const std::exception&) {
        throw ImportError("corrections.malformed", path, where + ": the year '" + fields[3] + "' is not a year",
                          "write a year like 2023, or leave it empty");
      }
    }
    static const std::vector<std::string> fields_known = {"target", "baseline", "result", "achievement", "weight",
                                                          "name",   "title",    "unit",   "formula"};
    bool known = false;
    for (const auto& f : fields_known) known = known || f == c.field;
    if (!known)
      throw ImportError("corrections.malformed", path, where + ": unknown field '" + c.field + "'",
                        "use target, baseline, result, achievement, weight, name, title, unit or formula");
    if ((c.field == "target" || c.field == "baseline" || c.field == "result") && !c.year)
      throw ImportError("corrections.malformed", path, where + ": a " + c.field + " needs a year",
                        "give the year the value is for");
    if (c.document.empty() || c.subject.empty())
      throw ImportError("corrections.malformed", path, where + ": document and subject are required");
    out.push_back(std::move(c));
  }
  return out;
}

void apply_corrections(Model& model, const std::vector<Correction>& corrections, const std::string& file) {
  const std::string origin = std::filesystem::path(file).filename().string();
  for (const auto& c : corrections) {
    const Document* doc = nullptr;
    for (const auto& d : model.documents)
      if (document_matches(d, c.document)) doc = &d;
    if (!doc) continue;  // a correction for another plan: not this import's business
    const std::string by = "by " + origin + " line " + std::to_string(c.line);
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
    auto record = [&](const std::string& printed, const std::string& corrected, const Source& at) {
      Diagnostic d;
      d.severity = Severity::info;
      d.code = "value.corrected";
      d.message = c.field + year_text(c.year) + " of " + local_of(indicator ? indicator->id : node->id, doc->id) +
                  ": printed \"" + printed + "\", corrected to \"" + corrected + "\" " + by;
      d.where = at;
      d.where.doc = doc->id;
      model.diagnostics.push_back(std::move(d));
    };
    auto unmatched = [&](const std::string& why) {
      Diagnostic d;
      d.severity = Severity::warning;
      d.code = "correction.unmatched";
      d.message = "correction " + by + " (" + c.subject + " " + c.field + year_text(c.year) + ") was not applied: " + why;
      d.where.doc = doc->id;
      model.diagnostics.push_back(std::move(d));
    };
    if (!indicator && !node) {
      unmatched("no objective or indicator '" + c.subject + "' in " + doc->path);
      continue;
    }
    const Source at = indicator ? indicator->source : node->source;
    if (auto* series = indicator ? series_of(*indicator, c.field) : nullptr) {
      Target corrected = parse_target(c.value, c.year);
      std::string printed = "(none)";
      bool replaced = false;
      for (auto& t : *series)
        if (t.year == c.year) {
          printed = t.raw;
          t = corrected;
          replaced = true;
        }
      if (!replaced) series->push_back(corrected);
      record(printed, c.value, at);
    } else if (c.field == "weight") {
      auto& weight = indicator ? indicator->weight : node->weight;
      const std::string printed = weight ? weight->raw : "(none)";
      weight = parse_number(c.value);
      record(printed, c.value, at);
    } else if (c.field == "achievement") {
      auto& list = indicator ? indicator->achievement : node->achievement;
      std::string printed = "(none)";
      bool replaced = false;
      for (auto& a : list)
        if (a.year == c.year || (!c.year && list.size() == 1)) {
          printed = a.number.raw;
          a.number = parse_number(c.value);
          replaced = true;
        }
      if (!replaced) list.push_back({c.year, parse_number(c.value)});
      record(printed, c.value, at);
    } else if (c.field == "name" || c.field == "title") {
      std::string& text = indicator ? indicator->name : node->title;
      record(text, c.value, at);
      text = c.value;
    } else if (c.field == "unit" && indicator) {
      record(indicator->unit.value_or("(none)"), c.value, at);
      indicator->unit = c.value;
    } else if (c.field == "formula" && indicator) {
      record(indicator->formula, c.value, at);
      indicator->formula = c.value;
    } else {
      unmatched("an objective has no " + c.field);
    }
  }
}

}  // namespace allegato
