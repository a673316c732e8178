#include "audit/audit.hpp"

#include <sstream>

namespace allegato {

// The one rule table: the auditor looks rules up here (severity), and
// `allegato rules`, `allegato audit --help` and docs/rules.md print it.
const std::vector<RuleInfo>& rule_table() {
  static const std::vector<RuleInfo> table = {
      {"weight.sum", Severity::error,
       N_("sibling weights do not sum to 100% (or to their parent's weight) beyond the tolerance"),
       "Siblings are the child nodes of one node, or the indicators of one objective. A group also "
       "passes when it sums to its parent's own weight (documents that print absolute weights), or, "
       "under an unweighted parent (a perspective), when all such groups of the level together sum to 100%. "
       "The top-level nodes may sum to the total the document prints for its weights (a row 'Totale punti "
       "obiettivi 40 punti': objectives worth 40 of 100 points), and so may each organisational unit's "
       "objectives when every unit's table closes on the same printed total. "
       "When three groups or more of a document, and at least half of those it weighs, miss, the document "
       "does not weigh siblings to 100% (or was not read as printed): each is still reported, as info, "
       "saying how many other groups share it."},
      {"weight.rounding", Severity::info,
       N_("sibling weights miss 100% only by rounding (99,99%, 100,01%)"),
       "Within --weight-tolerance (default 0.05 points), or within what the printed precision explains "
       "(half a unit of the last printed digit per sibling, e.g. 33% x 3 = 99%)."},
      {"weight.missing", Severity::warning, N_("some siblings carry a weight, others none"), ""},
      {"weight.range", Severity::error, N_("a weight is <= 0 or above 100%"), ""},
      {"weight.conflict", Severity::error,
       N_("one node/indicator carries different weights in two places (two documents, two units)"),
       "Over reconcile() links. Weights inside an organisational unit are that unit's own (assignment "
       "annexes give one objective 20% in one service and 14,29% in another), so weights are compared "
       "only between places of the same unit (by name), or of no unit."},
      {"target.missing", Severity::warning, N_("no target, or N/D, for a year the plan covers (info when many indicators of the document share that shorter horizon)"),
       "Every plan year (the document's years, else the years its targets name) with N/D, a blank marked "
       "missing, or no target cell at all is reported; 'Anno di rilevazione' and 'Annuale' are targets of "
       "their kind, not gaps. When the same years are missing in two or more indicators of the document, "
       "and in at least a tenth of them (operational indicators planned for the first year only), that "
       "shorter horizon is the document's own: each is still reported, as info, with a message saying how "
       "many other indicators share it (\"like 26 other indicators of this document\"). An isolated gap, "
       "and any N/D, keeps the rule's severity."},
      {"target.operator", Severity::warning,
       N_("the operator changes across years without reason (>= 0,23, >= 0,23, = 0,23)"),
       "A bare value with no printed operator does not count as a change. Not flagged when the "
       "indicator's notes record a change (modifica, variazione, D CC, delibera)."},
      {"target.unit", Severity::warning,
       N_("the target's unit disagrees with the indicator's unit (a % target on an N. indicator)"),
       "Units compare by class: percent, count (N., n.), days (gg), money (EUR, Euro), date."},
      {"target.unambitious", Severity::warning,
       N_("a target is easier than the latest baseline (polarity-aware)"),
       "For >= (higher is better) a target below the latest measured baseline; for <= a target above it. "
       "Dates, ordinals and text targets are not compared."},
      {"target.declining", Severity::warning,
       N_("a target gets easier than the year before (>= 6, >= 5, >= 4; or once: >= 73%, >= 72%, >= 74%)"),
       "For <= indicators, targets that grow are declining. Date targets (deadlines move with the year) "
       "and text targets are not compared; ordinals only on the Basso..Alto scale."},
      {"target.conflict", Severity::error,
       N_("one indicator has different targets for one year in two places"), "Over reconcile() links."},
      {"achievement.mismatch", Severity::warning,
       N_("a printed % achievement disagrees with result vs target"),
       ">=: result/target capped at 100; <=: target/result capped; dates and yes/no: 100 or 0; a bare "
       "target with no operator may be read either way. The result's printed rounding is honoured "
       "(55% means 54,5..55,5), plus --achievement-tolerance points."},
      {"achievement.rollup", Severity::warning,
       N_("a node's printed achievement departs from the roll-up rule the document follows"),
       "Two rules are tried per document: the weighted mean of the children (objectives or indicators), "
       "and the plain mean of every indicator below the node. The rule that explains more printed values "
       "(within printed rounding) is the document's; only departures from it are flagged."},
      {"formula.incomplete", Severity::warning,
       N_("a formula with a missing operand (N_PC_Port /), or no measure codes at all (/)"),
       "The formula (measure codes column) is read as operands and operators; a '-' inside a code "
       "(Dip-Form) belongs to the code. An operator without an operand on either side, or a bracket left "
       "open, is reported. A formula made only of operators ('/') means the measure codes are missing: it "
       "is reported too, with the message \"prints no measure codes (only '/')\"."},
      {"indicator.conflict", Severity::warning,
       N_("one indicator code with different names or formulas in two places"),
       "Names compare by folded token similarity (below 0.5 is a conflict); formulas only when both are "
       "written in measure codes. Besides linked places, a code printed under two nodes of one document and "
       "unit is compared too, when it holds a letter (a numbering such as '1' restarts per section)."},
      {"resources.sum", Severity::warning,
       N_("resources of objectives do not add up to the printed total of their parent"),
       "Checked when a node and at least two of its children print resources in the same unit."},
      {"text.truncated", Severity::info, N_("a title or description cut off mid-sentence"),
       "Ends on a preposition, article or conjunction, an operator, or leaves a bracket or quote open."},
  };
  return table;
}

const RuleInfo& rule_info(const std::string& id) {
  for (const auto& r : rule_table())
    if (r.id == id) return r;
  throw std::logic_error("audit rule '" + id + "' is not in the rule table");
}

std::string rules_markdown() {
  std::ostringstream out;
  out << "# Audit rules\n\n"
      << "Generated from the rule table (`src/audit/rule_table.cpp`) by `allegato rules --format markdown`;\n"
      << "a test checks that this file matches it. Every rule has samples in `samples/audit-<rule>/`.\n\n"
      << "| rule | severity | what it flags |\n|---|---|---|\n";
  for (const auto& r : rule_table())
    out << "| `" << r.id << "` | " << to_string(r.severity) << " | " << r.description << " |\n";
  out << "\n## Reconciliation\n\n"
      << "Before the audit, `reconcile()` links the same node or indicator across documents and "
         "organisational units (`links` in the model, each with `method` and `confidence`):\n\n"
      << "- by code (`method` \"code\", confidence 1): the k-th occurrence of a code in one document and "
         "unit pairs with the k-th in another;\n"
      << "- where one side prints no code (dashboards), by name (`method` \"name\"): Dice similarity of "
         "the ICU-folded word sets (stop words and one-letter words dropped), the best candidate per other "
         "document or unit, kept only at or above "
      << kNameLinkThreshold << ";\n"
      << "- never across bodies: documents whose organisations differ (ignoring words like CCIAA, Camera, "
         "Commercio) do not link, since chambers share national codes (EC27, OC_TD_01); a document that names "
         "no organisation joins the only one the others name.\n\n"
      << "`weight.conflict`, `target.conflict` and `indicator.conflict` run over these links. "
         "Indicator polarity (`higher`/`lower`/`target`) is filled where it is `unknown`: from the operators "
         "(`>=`/`>` higher, `<=`/`<` lower, `=`/range target), else lower for a days unit.\n";
  out << "\n## Patterns of a document\n\n"
      << "`target.unambitious`, `target.declining`, `target.operator`, `target.unit` and `achievement.mismatch` "
         "judge one indicator at a time. When one of them fails on four indicators or more of a document, and "
         "on at least half of those that print targets, it is a pattern of the document (its own convention, "
         "or a layout read wrongly) rather than separate slips: each finding stays listed, as info, saying how "
         "many others share it. `weight.sum` and `target.missing` do the same for their groups.\n";
  out << "\n## Details\n";
  for (const auto& r : rule_table()) {
    out << "\n### `" << r.id << "`\n\n" << r.description << ".\n";
    if (!r.details.empty()) out << "\n" << r.details << "\n";
  }
  return out.str();
}

}  // namespace allegato
