#pragma once
/// The canonical model, contract version "allegato/1" (../shared/canonical-model.md).
/// Every importer fills it; every output is a view of it. Field names follow
/// the contract; fields added beyond it are marked "extension".
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "i18n/message.hpp"
#include "values/value.hpp"

namespace allegato {

inline constexpr const char* kSchema = "allegato/1";

/// A number with the year it refers to (achievements per year).
struct YearNumber {
  std::optional<int> year;
  Number number;
  bool operator==(const YearNumber&) const = default;
};

/// A total the document prints for itself ("TOTALE GENERALE", "Totale
/// risorse finanziarie"): not an entity, but what the audit checks the
/// entities' values against. Extension of the contract.
struct PrintedTotal {
  std::string label;              ///< the total row's words as printed
  std::string field = "resources";///< what it totals (the nodes' field)
  Number number;                  ///< the printed amount, with its source
  bool operator==(const PrintedTotal&) const = default;
};

/// A text field a person corrected (name, title, unit, formula): numbers and
/// targets keep their correction on the value itself (Number::corrected).
struct TextCorrection {
  std::string field;     ///< "name", "title", "unit", "formula"
  Correction correction; ///< what was printed and where the correction came from
  bool operator==(const TextCorrection&) const = default;
};

struct Document {
  std::string id;            ///< "d1", "d2" in the order given
  std::string path;
  std::string sha256;
  std::string format;        ///< "pdf", "xlsx", "ods", "xls", "csv", "json"
  std::string kind = "unknown";  ///< plan|pira|report|dashboard|assignment|unknown
  std::string organisation;
  std::string title;
  std::vector<int> years;
  int pages = 0;             ///< pages (PDF) or sheets (workbook)
  double genre_score = 0;    ///< extension: how sure the recogniser was (0..1)
  std::vector<PrintedTotal> totals;  ///< extension: totals printed for the whole document
  /// extension: a digest of the correction lines applied to this document
  /// ("" when none), so that a store knows when they changed.
  std::string corrections_digest;
  bool operator==(const Document&) const = default;
};

struct Node {
  std::string id;            ///< "doc/code", or "doc/slug-of-title" without code
  std::string doc;
  std::string code;
  std::string level;         ///< perspective|area|strategic|operational|action|unit
  std::string title;
  std::string description;
  std::string parent;        ///< id of the parent node, empty for a root
  std::optional<Number> weight;
  std::vector<YearNumber> achievement;
  std::vector<Number> resources;
  std::string mission;
  std::string programme;
  std::string mission_title;    ///< extension: "Competitività e sviluppo delle imprese" of "MISSIONE - 011 - ..."
  std::string programme_title;  ///< extension: the PROGRAMMA heading's name
  std::vector<std::string> owners;
  std::vector<std::string> notes;  ///< extension
  std::string unit;          ///< extension: the organisational unit (assignment annexes)
  std::optional<Number> indicators_share;   ///< extension: share of the objective's own indicators (plan 000)
  std::optional<Number> operational_share;  ///< extension: share of its operational objectives (plan 000)
  std::optional<Number> budget_interventions;  ///< extension: "Risorse budget ... per interventi economici" (PIRA)
  std::vector<TextCorrection> corrected_fields;  ///< extension: the title a person corrected
  Source source;
  bool operator==(const Node&) const = default;
};

struct Indicator {
  std::string id;            ///< "doc/node-code/indicator-code" (or slug of the name)
  std::string doc;
  std::string node;          ///< id of the node it measures
  std::string code;
  std::string name;
  std::string description;
  std::string formula;
  std::string formula_text;  ///< extension: the formula in words ("Descrizione formula")
  std::vector<std::string> variables;
  std::optional<std::string> unit;
  std::string type;          ///< Efficacia, Efficienza, Qualità, Volume, Salute economica...
  std::string polarity = "unknown";  ///< higher|lower|target|unknown
  std::optional<Number> weight;
  std::vector<Target> baselines;
  std::vector<Target> targets;
  std::vector<Target> results;
  std::vector<YearNumber> achievement;
  std::vector<std::string> owners;
  std::vector<std::string> notes;
  std::vector<TextCorrection> corrected_fields;  ///< extension: name, unit or formula a person corrected
  Source source;
  bool operator==(const Indicator&) const = default;
};

struct Finding {
  std::string rule;          ///< id from the rule table ("weight.sum")
  Severity severity = Severity::warning;
  std::string subject;       ///< node or indicator id
  std::string message;
  std::optional<std::string> expected;
  std::optional<std::string> actual;
  std::vector<Source> sources;
  /// extension, not in JSON: the message as a msgid with structured
  /// arguments, for people (audit text, HTML report) in --lang; empty for a
  /// finding read from JSON (then `message` is shown as it is).
  LocalMessage text;
  /// The contract's fields only (`text` is how `message` is shown).
  bool operator==(const Finding& o) const {
    return rule == o.rule && severity == o.severity && subject == o.subject && message == o.message &&
           expected == o.expected && actual == o.actual && sources == o.sources;
  }
};

struct Unassigned {
  std::string doc;
  Source source;             ///< page+bbox or sheet+cell
  std::string text;
  std::string role;          ///< "" or "boilerplate" / "header" (extension)
  bool operator==(const Unassigned&) const = default;
};

/// A link between the same node/indicator in two documents or units
/// (extension, written by the reconciler).
struct Link {
  std::string a;
  std::string b;
  std::string method;        ///< "code" or "name"
  double confidence = 1.0;
  bool operator==(const Link&) const = default;
};

struct Model {
  std::string schema = kSchema;
  std::vector<Document> documents;
  std::vector<Node> nodes;
  std::vector<Indicator> indicators;
  std::vector<Finding> findings;
  std::vector<Unassigned> unassigned;
  std::vector<Link> links;             ///< extension
  std::vector<Diagnostic> diagnostics; ///< extension: what was read with doubt
  bool operator==(const Model&) const = default;

  const Node* find_node(const std::string& id) const;
  const Indicator* find_indicator(const std::string& id) const;
};

/// One correction anywhere in a model, for the views that list them (the
/// store's corrections table, the HTML report).
struct CorrectionEntry {
  std::string doc;
  std::string subject;        ///< node or indicator id
  bool indicator = false;
  std::string field;          ///< target, baseline, result, achievement, weight, name, title, unit, formula
  std::optional<int> year;
  std::string value;          ///< the corrected value as written
  Correction correction;
  std::optional<Source> source;  ///< the value's cell, when known
};

/// Every correction in `model`, nodes first, in model order.
std::vector<CorrectionEntry> list_corrections(const Model& model);

/// Puts a correction read back (from the store) on its value again: the
/// target, number or text field of `entry.subject` named by field and year.
/// False when nothing in `model` matches.
bool attach_correction(Model& model, const CorrectionEntry& entry);

/// A stable, readable id fragment from a title: ICU-folded to ASCII, lower
/// case, runs of other characters to '-', at most 48 characters.
std::string slugify(const std::string& title);

}  // namespace allegato
