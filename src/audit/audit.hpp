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
};

/// The one rule table.
const std::vector<RuleInfo>& rule_table();

struct AuditOptions {
  /// --weight-tolerance: sibling weights within this of 100 are
  /// weight.rounding (info), beyond it weight.sum (error). Default covers
  /// two-decimal rounding of up to a few siblings.
  Decimal weight_tolerance = *Decimal::parse("0.05");
  /// --achievement-tolerance: printed achievement vs recomputed, in points.
  Decimal achievement_tolerance = *Decimal::parse("0.5");
};

/// Links the same node/indicator across documents and units (by code, or by
/// folded-name similarity with a confidence), writes model.links.
void reconcile(Model& model);

/// Runs every rule over the model (after reconcile) and returns the findings,
/// sorted deterministically (document, subject, rule).
std::vector<Finding> audit(const Model& model, const AuditOptions& options = {});

}  // namespace allegato
