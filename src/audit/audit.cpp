// The auditor: runs each rule family over the model and sorts the findings.
#include "audit/audit.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <stdexcept>
#include <tuple>

#include "audit/audit_support.hpp"

namespace allegato {

namespace {

// Rules that judge one indicator's own values against themselves.
const char* const kPerIndicatorRules[] = {"target.unambitious", "target.declining", "target.operator", "target.unit",
                                          "achievement.mismatch"};

// One rule failing on four indicators or more, and on at least half the
// indicators of a document that print targets, is a pattern of the
// document (its own convention, or a layout read wrongly) rather than four
// separate slips: each stays listed, as info, saying how many others share
// it — as weight.sum does for groups (rules_weight.cpp).
void mark_systematic(const Model& model, std::vector<Finding>& findings) {
  std::map<std::string, int> with_targets;  // document -> indicators printing a target
  for (const auto& ind : model.indicators)
    if (!ind.targets.empty()) ++with_targets[ind.doc];
  std::map<std::pair<std::string, std::string>, int> failing;  // (document, rule) -> findings
  auto doc_of = [](const Finding& f) { return f.subject.substr(0, f.subject.find('/')); };
  auto counted = [](const Finding& f) {
    return f.severity != Severity::info &&
           std::any_of(std::begin(kPerIndicatorRules), std::end(kPerIndicatorRules), [&](const char* r) { return f.rule == r; });
  };
  for (const auto& f : findings)
    if (counted(f)) ++failing[{doc_of(f), f.rule}];
  for (auto& f : findings) {
    if (!counted(f)) continue;
    const int n = failing[{doc_of(f), f.rule}];
    if (n < 4 || 2 * n < with_targets[doc_of(f)]) continue;
    f.severity = Severity::info;
    f.message += ", like " + std::to_string(n - 1) + " other indicators of this document (a pattern of the document: check how it was read)";
    f.text = LocalMessage(N_("{finding}, {others} (a pattern of the document: check how it was read)"))
                 .set("finding", Phrase().message(f.text))
                 .set("others", Phrase().plural("like {n} other indicator of this document", "like {n} other indicators of this document", n - 1));
  }
}

}  // namespace

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
  mark_systematic(model, findings);
  // Deterministic order: document, subject, rule, then message.
  auto key = [](const Finding& f) {
    return std::make_tuple(f.subject.substr(0, f.subject.find('/')), f.subject, f.rule, f.message);
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  return findings;
}

}  // namespace allegato
