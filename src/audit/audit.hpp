#pragma once
/// The auditor: every rule of the contract's finding table, each one entry in
/// one rule table (rule_table()) that the auditor, `--help` and docs read.
#include <string>
#include <vector>

#include "model/model.hpp"
#include "values/decimal.hpp"

namespace allegato {

struct RuleInfo {
  std::string id;             ///< "weight.sum"
  Severity severity;          ///< default severity
  std::string description;    ///< one line, for --help and docs
  std::string details;        ///< extension: how the rule decides, for docs/rules.md
};

/// The one rule table.
const std::vector<RuleInfo>& rule_table();

/// The entry for `id`; throws std::logic_error for an id not in the table
/// (a programming error, never bad input).
const RuleInfo& rule_info(const std::string& id);

/// docs/rules.md, rendered from the rule table.
std::string rules_markdown();

struct AuditOptions {
  /// --weight-tolerance: sibling weights within this of 100 are
  /// weight.rounding (info), beyond it weight.sum (error). Default covers
  /// two-decimal rounding of up to a few siblings.
  Decimal weight_tolerance = *Decimal::parse("0.05");
  /// --achievement-tolerance: printed achievement vs recomputed, in points.
  Decimal achievement_tolerance = *Decimal::parse("0.5");
};

/// Links the same node/indicator across documents and units (by code, or by
/// folded-name similarity with a confidence), writes model.links, and fills
/// Indicator.polarity where it is "unknown" (fill_polarity).
void reconcile(Model& model);

/// Name similarity used by reconcile(): Dice coefficient over the folded
/// word sets (stop words and one-letter words dropped), 0..1.
double name_similarity(const std::string& a, const std::string& b);

/// Links made by name are kept only at or above this similarity.
inline constexpr double kNameLinkThreshold = 0.8;

/// Sets Indicator.polarity from its targets' operators and unit where it is
/// "unknown" (see audit/polarity.hpp).
void fill_polarity(Model& model);

/// Runs every rule over the model (after reconcile) and returns the findings,
/// sorted deterministically (document, subject, rule).
std::vector<Finding> audit(const Model& model, const AuditOptions& options = {});

}  // namespace allegato
