// The auditor: runs each rule family over the model and sorts the findings.
#include "audit/audit.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "audit/audit_support.hpp"

namespace allegato {

std::vector<Finding> audit(const Model& model, const AuditOptions& options) {
  using namespace audit_detail;
  const ModelIndex index(model);
  std::vector<Finding> findings;
  using Family = void (*)(const ModelIndex&, const AuditOptions&, std::vector<Finding>&);
  for (Family family : {check_weights, check_targets, check_achievements, check_rollups, check_formulas,
                        check_resources, check_texts, check_conflicts}) {
    // Decimal arithmetic throws rather than lose digits (values of more than
    // 38 digits): a family that meets one stops there; the others still run.
    try {
      family(index, options, findings);
    } catch (const std::overflow_error&) {
    } catch (const std::domain_error&) {
    }
  }
  // Deterministic order: document, subject, rule, then message.
  auto key = [](const Finding& f) {
    return std::make_tuple(f.subject.substr(0, f.subject.find('/')), f.subject, f.rule, f.message);
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  return findings;
}

}  // namespace allegato
