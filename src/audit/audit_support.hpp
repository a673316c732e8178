#pragma once
/// Shared by the rule families: an index over the model, finding
/// construction, decimal helpers. Internal to src/audit.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "audit/audit.hpp"

namespace allegato::audit_detail {

/// Parent/child and node/indicator lookups, built once per audit.
class ModelIndex {
 public:
  explicit ModelIndex(const Model& model);
  const Model& model() const { return model_; }
  const Node* node(const std::string& id) const;
  const Indicator* indicator(const std::string& id) const;
  const Document* document(const std::string& id) const;
  /// Child nodes of `id` in model order ("" gives the roots of every document).
  const std::vector<const Node*>& children(const std::string& id) const;
  /// children() without second views: reports that print a summary table
  /// and then a detail table list objective 3.2.1 twice; a node whose code
  /// and weight repeat an earlier node of the same document and unit is the
  /// same objective again. (Objective 2.1 split over two perspectives with
  /// 12% and 14,5% is two parts, both kept.)
  const std::vector<const Node*>& unique_children(const std::string& id) const;
  bool is_second_view(const Node* n) const { return second_views_.count(n) > 0; }
  /// Indicators attached to node `id`, in model order.
  const std::vector<const Indicator*>& indicators_of(const std::string& id) const;
  /// The organisational unit a node/indicator belongs to: Node.unit, else the
  /// nearest ancestor of level "unit" (its id); "" when none.
  std::string unit_scope_of_node(const std::string& node_id) const;
  /// Every year some indicator of document `doc_id` has a target for, in
  /// order (gathered once, not per indicator).
  const std::vector<int>& target_years(const std::string& doc_id) const;

 private:
  const Model& model_;
  std::map<std::string, const Node*> nodes_;
  std::map<std::string, const Indicator*> indicators_;
  std::map<std::string, const Document*> documents_;
  std::map<std::string, std::vector<const Node*>> children_;
  std::map<std::string, std::vector<const Node*>> unique_children_;
  std::set<const Node*> second_views_;
  std::map<std::string, std::vector<const Indicator*>> indicators_of_;
  std::map<std::string, std::vector<int>> target_years_;
};

/// A finding with the rule table's severity for `rule`.
Finding make_finding(const std::string& rule, const std::string& subject, std::string message);

/// Decimal as a person reads it in a message: trailing zeros dropped.
std::string show(const Decimal& d);
/// Half a unit of the last printed digit: 98.00 -> 0.005, 55 -> 0.5.
Decimal half_unit(const Decimal& d);
Decimal min_of(const Decimal& a, const Decimal& b);
Decimal max_of(const Decimal& a, const Decimal& b);
Decimal hundred();
/// A number in points ("30 punti", "1 PUNTO"), not a percentage.
bool in_points(const Number& n);

/// "2023: >= 6 N." for messages.
std::string show_target(const Target& t);
/// The same, for people in --lang: numbers formatted for the language
/// (">= 64,71 %" / ">= 64.71 %"), dates likewise; ordinals, text and
/// statuses (N/D) as printed.
Phrase target_phrase(const Target& t);
Phrase show_target_phrase(const Target& t);
/// A printed number ("33,33%") in --lang; the raw text when it holds no value.
Phrase number_phrase(const Number& n);
/// A node's or indicator's label for messages: code, else title/name.
/// Adds a value's own cell to a finding's sources, captioned with what it
/// is ("target 2025", "result 2025"); values read from no cell add nothing.
void add_value_source(Finding& f, const std::optional<Source>& value_source, const std::string& what);
std::string label_of(const Node& n);
std::string label_of(const Indicator& i);

/// The rule families; each appends its findings.
void check_weights(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out);
void check_targets(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out);
void check_achievements(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out);
void check_rollups(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out);
void check_formulas(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out);
void check_resources(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out);
void check_texts(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out);
void check_conflicts(const ModelIndex& index, const AuditOptions& options, std::vector<Finding>& out);

}  // namespace allegato::audit_detail
