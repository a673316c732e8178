// formula.incomplete, resources.sum, text.truncated.
#include <set>

#include "audit/audit_support.hpp"
#include "audit/formula.hpp"
#include "values/text.hpp"

namespace allegato::audit_detail {

void check_formulas(const ModelIndex& index, const AuditOptions&, std::vector<Finding>& out) {
  for (const auto& ind : index.model().indicators) {
    if (ind.formula.find_first_not_of(" \t\n") == std::string::npos) continue;
    const FormulaShape shape = read_formula(ind.formula);
    // A formula of operators only ("/") printed where the measure codes
    // belong: the codes are missing, which the reader of the plan cannot
    // recover from the page. Reported like any other missing operand, with
    // a message that says no code was printed at all.
    const bool operators_only = shape.operands.empty();
    if (!operators_only && !shape.missing_operand && !shape.unbalanced) continue;
    const std::string printed = normalize_text(ind.formula);
    std::string why = operators_only ? "prints no measure codes (only '" + printed + "')"
                      : shape.missing_operand ? "has an operator with a missing operand"
                                              : "leaves a bracket unclosed";
    Finding f = make_finding("formula.incomplete", ind.id, "the formula of " + label_of(ind) + " \"" + ind.formula +
                                                               "\" " + why);
    f.text = LocalMessage(operators_only ? N_("the formula of {subject} \"{formula}\" prints no measure codes (only '{printed}')")
                          : shape.missing_operand ? N_("the formula of {subject} \"{formula}\" has an operator with a missing operand")
                                                  : N_("the formula of {subject} \"{formula}\" leaves a bracket unclosed"))
                 .set("subject", label_of(ind))
                 .set("formula", ind.formula)
                 .set("printed", printed);
    f.expected = "operand operator operand";
    f.actual = ind.formula;
    f.sources.push_back(ind.source);
    out.push_back(std::move(f));
  }
}

namespace {

// The resources of `priced` against a printed `total`: a finding when they
// differ by more than the cents lost to rounding (half a cent per term).
// `total_label` names a printed total row ("TOTALE GENERALE") instead of a
// parent objective.
std::optional<Finding> compare_resources(const std::string& subject_id, const std::string& subject_label,
                                         bool total_label, const Number& total,
                                         const std::vector<const Node*>& priced, const Source& total_source) {
  Decimal sum;
  std::string terms;
  for (const Node* k : priced) {
    sum = sum + *k->resources.front().value;
    terms += (terms.empty() ? "" : " + ") + k->resources.front().raw;
  }
  const Decimal slack = *Decimal::parse("0.005") * Decimal::from_int(static_cast<long>(priced.size()));
  if ((sum - *total.value).abs() <= slack) return std::nullopt;
  Finding f = make_finding("resources.sum", subject_id,
                           total_label ? "resources of the " + std::to_string(priced.size()) + " objectives sum to " +
                                             show(sum) + " (" + terms + "), but \"" + subject_label + "\" prints " + total.raw
                                       : "resources of the " + std::to_string(priced.size()) + " children of " +
                                             subject_label + " sum to " + show(sum) + " (" + terms + "), but " + total.raw +
                                             " is printed");
  std::vector<Phrase> term_phrases;
  for (const Node* k : priced) term_phrases.push_back(number_phrase(k->resources.front()));
  f.text = LocalMessage(total_label ? N_("resources of the {count} objectives sum to {sum} ({terms}), but \"{subject}\" prints {total}")
                                    : N_("resources of the {count} children of {subject} sum to {sum} ({terms}), but {total} is printed"))
               .set("count", Phrase().count(static_cast<long long>(priced.size())))
               .set("subject", subject_label)
               .set("sum", Phrase().number(sum.normalized()))
               .set("terms", join(term_phrases, " + "))
               .set("total", number_phrase(total));
  f.expected = total.value->to_string();
  f.actual = sum.to_string();
  // Each amount boxed where it is printed: the total, then each term.
  if (total_label && total.source) {
    add_value_source(f, total.source, "printed total");
  } else {
    f.sources.push_back(total_source);
    if (!total_label) add_value_source(f, total.source, "resources of " + subject_label);
  }
  for (const Node* k : priced) {
    if (k->resources.front().source) add_value_source(f, k->resources.front().source, "resources of " + label_of(*k));
    else f.sources.push_back(k->source);
  }
  return f;
}

bool priced_like(const Node& n, const Number& total) {
  return !n.resources.empty() && n.resources.front().value && n.resources.front().unit == total.unit;
}

}  // namespace

void check_resources(const ModelIndex& index, const AuditOptions&, std::vector<Finding>& out) {
  for (const auto& parent : index.model().nodes) {
    if (parent.resources.empty() || !parent.resources.front().value) continue;
    const Number& total = parent.resources.front();
    const auto& kids = index.unique_children(parent.id);
    std::vector<const Node*> priced;
    for (const Node* k : kids)
      if (priced_like(*k, total)) priced.push_back(k);
    // Only when every child prints resources: a partial list is no total.
    if (priced.size() < 2 || priced.size() != kids.size()) continue;
    if (auto f = compare_resources(parent.id, label_of(parent), false, total, priced, parent.source))
      out.push_back(std::move(*f));
  }
  // A total the document prints for itself (TOTALE GENERALE) sums the
  // resources of its outermost priced objectives: those no priced node
  // above them already counts.
  for (const auto& doc : index.model().documents) {
    for (const auto& printed : doc.totals) {
      if (printed.field != "resources" || !printed.number.value) continue;
      std::vector<const Node*> priced;
      for (const auto& n : index.model().nodes) {
        if (n.doc != doc.id || !priced_like(n, printed.number)) continue;
        bool counted_above = false;
        for (const Node* up = index.node(n.parent); up && !counted_above; up = index.node(up->parent))
          counted_above = !up->resources.empty();
        if (!counted_above) priced.push_back(&n);
      }
      if (priced.size() < 2) continue;
      const std::string subject = doc.id + "/" + slugify(printed.label);
      // The label's row: the total's own cell is boxed as "printed total".
      Source source;
      source.doc = doc.id;
      if (auto f = compare_resources(subject, printed.label, true, printed.number, priced, source))
        out.push_back(std::move(*f));
    }
  }
}

namespace {

// Why `text` looks cut off, or "" when it looks complete.
std::string truncation(const std::string& text) {
  const std::string t = normalize_text(text);
  if (t.empty()) return "";
  int round = 0, square = 0;
  for (char c : t) {
    round += c == '(' ? 1 : (c == ')' ? -1 : 0);
    square += c == '[' ? 1 : (c == ']' ? -1 : 0);
  }
  if (round > 0 || square > 0) return "leaves a bracket open";
  const char last = t.back();
  if (last == '(' || last == '-' || last == '/' || last == ',' || last == '+' || last == '=')
    return std::string("ends on '") + last + "'";
  // The last word as printed: only a lower-case word can be a dangling
  // preposition ("A" in "Indicatore 1 A" and "DA" in "Sollecit_DA" are labels).
  const auto space = t.find_last_of(' ');
  if (space == std::string::npos) return "";  // one-word texts are codes or labels
  const std::string printed = t.substr(space + 1);
  for (char c : printed)
    if (!(c >= 'a' && c <= 'z')) return "";
  static const std::set<std::string> dangling = {
      "di",  "del", "della", "dello", "dei", "degli", "delle", "da",  "dal",  "dalla", "dai", "dalle",
      "in",  "nel", "nella", "nei",   "nelle", "con", "su",    "sul", "sulla", "per", "tra", "fra",
      "a",   "al",  "alla",  "ai",    "alle", "e",   "ed",    "o",   "od",   "il",  "lo",  "la",
      "i",   "gli", "le",    "un",    "una",  "uno", "che",   "non", "ovvero", "quale", "cui"};
  if (dangling.count(printed)) return "ends on \"" + printed + "\"";
  return "";
}

void check_text(const std::string& subject, const std::string& what, const std::string& text, const Source& source,
                std::vector<Finding>& out) {
  const std::string why = truncation(text);
  if (why.empty()) return;
  Finding f = make_finding("text.truncated", subject, "the " + what + " \"" + text + "\" looks cut off: it " + why);
  Phrase reason;
  if (why.rfind("ends on '", 0) == 0)
    reason.message(LocalMessage(N_("ends on '{end}'")).set("end", why.substr(9, why.size() - 10)));
  else if (why.rfind("ends on \"", 0) == 0)
    reason.message(LocalMessage(N_("ends on \"{end}\"")).set("end", why.substr(9, why.size() - 10)));
  else
    reason.term(N_("leaves a bracket open"));
  f.text = LocalMessage(what == "title"         ? N_("the title \"{text}\" looks cut off: it {why}")
                        : what == "description" ? N_("the description \"{text}\" looks cut off: it {why}")
                                                : N_("the name \"{text}\" looks cut off: it {why}"))
               .set("text", text)
               .set("why", reason);
  f.expected = "a complete " + what;
  f.actual = text;
  f.sources.push_back(source);
  out.push_back(std::move(f));
}

}  // namespace

void check_texts(const ModelIndex& index, const AuditOptions&, std::vector<Finding>& out) {
  for (const auto& n : index.model().nodes) {
    check_text(n.id, "title", n.title, n.source, out);
    check_text(n.id, "description", n.description, n.source, out);
  }
  for (const auto& i : index.model().indicators) {
    check_text(i.id, "name", i.name, i.source, out);
    check_text(i.id, "description", i.description, i.source, out);
  }
}

}  // namespace allegato::audit_detail
