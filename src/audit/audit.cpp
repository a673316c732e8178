// The auditor: runs each rule family over the model and sorts the findings.
#include "audit/audit.hpp"

#include <algorithm>
#include <tuple>

#include "audit/audit_support.hpp"

namespace allegato {

std::vector<Finding> audit(const Model& model, const AuditOptions& options) {
  using namespace audit_detail;
  const ModelIndex index(model);
  std::vector<Finding> findings;
  check_weights(index, options, findings);
  check_targets(index, options, findings);
  check_achievements(index, options, findings);
  check_rollups(index, options, findings);
  check_formulas(index, options, findings);
  check_resources(index, options, findings);
  check_texts(index, options, findings);
  check_conflicts(index, options, findings);
  // Deterministic order: document, subject, rule, then message.
  auto key = [](const Finding& f) {
    return std::make_tuple(f.subject.substr(0, f.subject.find('/')), f.subject, f.rule, f.message);
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  return findings;
}

}  // namespace allegato
