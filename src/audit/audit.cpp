#include "audit/audit.hpp"
// PLACEHOLDER: replaced by the auditor.
namespace allegato {
const std::vector<RuleInfo>& rule_table() { static std::vector<RuleInfo> t; return t; }
void reconcile(Model&) {}
std::vector<Finding> audit(const Model&, const AuditOptions&) { return {}; }
}  // namespace allegato
