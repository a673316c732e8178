// weight.conflict, target.conflict, indicator.conflict over the links that
// reconcile() made between documents and organisational units.
#include <algorithm>
#include <cctype>
#include <map>

#include "audit/audit_support.hpp"
#include "audit/formula.hpp"
#include "audit/polarity.hpp"
#include "values/text.hpp"

namespace allegato::audit_detail {
namespace {

// Equal as printed: 33,33 and 33,3 differ, 90 and 90,00 do not.
bool same_number(const Decimal& a, const Decimal& b) { return a == b; }

// The organisational unit as a name comparable across documents: "" when
// the entity belongs to no unit.
std::string unit_label(const ModelIndex& index, const std::string& node_id) {
  const std::string scope = index.unit_scope_of_node(node_id);
  if (scope.empty()) return "";
  const Node* unit = index.node(scope);
  return fold_for_matching(unit ? unit->title : scope);
}

std::string where(const std::string& id) { return id.substr(0, id.find('/')); }

void compare_weights(const std::string& a_id, const std::optional<Number>& a, const std::string& b_id,
                     const std::optional<Number>& b, const Source& sa, const Source& sb, std::vector<Finding>& out) {
  if (!a || !b || !a->value || !b->value || same_number(*a->value, *b->value)) return;
  Finding f = make_finding("weight.conflict", b_id,
                           b_id + " weighs " + b->raw + " but the same entity " + a_id + " weighs " + a->raw);
  f.text = LocalMessage(N_("{subject} weighs {weight} but the same entity {other} weighs {other_weight}"))
               .set("subject", b_id)
               .set("weight", number_phrase(*b))
               .set("other", a_id)
               .set("other_weight", number_phrase(*a));
  f.expected = a->value->to_string();
  f.actual = b->value->to_string();
  f.sources = {sb, sa};
  out.push_back(std::move(f));
}

bool same_target(const Target& a, const Target& b) {
  if (a.op != b.op) return false;
  if (a.kind == TargetKind::number || a.kind == TargetKind::percent) {
    auto x = a.number(), y = b.number();
    if (!x || !y) return x.has_value() == y.has_value();
    if (!same_number(*x, *y)) return false;
    auto x2 = a.number2(), y2 = b.number2();
    if (x2.has_value() != y2.has_value() || (x2 && !same_number(*x2, *y2))) return false;
    const UnitClass ca = unit_class(a.unit), cb = unit_class(b.unit);
    return ca == UnitClass::unknown || cb == UnitClass::unknown || ca == cb;
  }
  return a.value == b.value && a.value2 == b.value2;
}

void compare_targets(const Indicator& a, const Indicator& b, std::vector<Finding>& out) {
  std::string differences;
  std::vector<Phrase> difference_phrases;
  // The two cells of each differing year, boxed beside their indicators.
  std::vector<std::pair<const Target*, const Target*>> differing;
  for (const auto& ta : a.targets) {
    if (!ta.year || ta.status != TargetStatus::set) continue;
    for (const auto& tb : b.targets) {
      if (tb.year != ta.year || tb.status != TargetStatus::set) continue;
      if (same_target(ta, tb)) continue;
      differing.emplace_back(&ta, &tb);
      differences += (differences.empty() ? "" : "; ") + std::to_string(*ta.year) + ": \"" + ta.raw + "\" in " +
                     where(a.id) + " vs \"" + tb.raw + "\" in " + where(b.id);
      difference_phrases.push_back(Phrase().message(LocalMessage(N_("{year}: \"{a}\" in {da} vs \"{b}\" in {db}"))
                                                        .set("year", std::to_string(*ta.year))
                                                        .set("a", target_phrase(ta))
                                                        .set("da", where(a.id))
                                                        .set("b", target_phrase(tb))
                                                        .set("db", where(b.id))));
    }
  }
  if (differences.empty()) return;
  Finding f = make_finding("target.conflict", b.id,
                           "indicator " + label_of(b) + " has different targets in " + a.id + " and " + b.id + ": " +
                               differences);
  f.text = LocalMessage(N_("indicator {subject} has different targets in {a} and {b}: {differences}"))
               .set("subject", label_of(b))
               .set("a", a.id)
               .set("b", b.id)
               .set("differences", join(difference_phrases, "; "));
  f.expected = "the same target in both places";
  f.actual = differences;
  f.sources = {b.source};
  for (const auto& [ta, tb] : differing) add_value_source(f, tb->source, "target " + std::to_string(*tb->year));
  f.sources.push_back(a.source);
  for (const auto& [ta, tb] : differing) add_value_source(f, ta->source, "target " + std::to_string(*ta->year));
  out.push_back(std::move(f));
}

std::string compact(const std::string& s) {
  std::string c;
  for (char ch : s)
    if (ch != ' ' && ch != '\t' && ch != '\n') c += ch;
  return c;
}

// Two names one document prints for one code: the same words, however
// spaced or cased; one cut short ("...") is the other's start.
bool same_printed_name(const std::string& a, const std::string& b) {
  const std::string fa = compact(fold_for_matching(a)), fb = compact(fold_for_matching(b));
  return fa.rfind(fb, 0) == 0 || fb.rfind(fa, 0) == 0;
}

// `within_document`: a code printed twice in one document names one
// indicator with one name; across documents a name may be reworded, and
// only names unlike each other conflict.
void compare_definitions(const Indicator& a, const Indicator& b, std::vector<Finding>& out, bool within_document = false) {
  std::string what;
  std::vector<Phrase> what_phrases;
  const bool names_differ = within_document ? !same_printed_name(a.name, b.name) : name_similarity(a.name, b.name) < 0.5;
  if (!a.name.empty() && !b.name.empty() && names_differ) {
    what = "names \"" + a.name + "\" and \"" + b.name + "\"";
    what_phrases.push_back(Phrase().message(
        LocalMessage(N_("names \"{a}\" and \"{b}\"")).set("a", a.name).set("b", b.name)));
  }
  const FormulaShape fa = read_formula(a.formula), fb = read_formula(b.formula);
  const bool comparable = fa.coded && fb.coded && !fa.missing_operand && !fb.missing_operand;
  if (comparable && compact(a.formula) != compact(b.formula)) {
    what += (what.empty() ? "" : " and ") + std::string("formulas \"") + a.formula + "\" and \"" + b.formula + "\"";
    what_phrases.push_back(Phrase().message(
        LocalMessage(N_("formulas \"{a}\" and \"{b}\"")).set("a", a.formula).set("b", b.formula)));
  }
  if (what.empty()) return;
  Finding f = make_finding("indicator.conflict", b.id,
                           "indicator code " + b.code + " has different " + what + " in " + a.id + " and " + b.id);
  Phrase whats = what_phrases.front();
  if (what_phrases.size() > 1) whats.term(N_(" and ")).append(what_phrases[1]);
  f.text = LocalMessage(N_("indicator code {code} has different {what} in {a} and {b}"))
               .set("code", b.code)
               .set("what", whats)
               .set("a", a.id)
               .set("b", b.id);
  f.expected = a.name + (comparable ? " = " + a.formula : "");
  f.actual = b.name + (comparable ? " = " + b.formula : "");
  f.sources = {b.source, a.source};
  out.push_back(std::move(f));
}

}  // namespace

// Weights and definitions may change from one planning cycle to the next;
// they conflict only between documents of overlapping years.
bool same_cycle(const ModelIndex& index, const std::string& a_id, const std::string& b_id) {
  const Document* a = index.document(where(a_id));
  const Document* b = index.document(where(b_id));
  if (!a || !b || a->years.empty() || b->years.empty()) return true;
  for (int y : a->years)
    if (std::find(b->years.begin(), b->years.end(), y) != b->years.end()) return true;
  return false;
}

// An indicator code printed twice in one document and unit, under two
// nodes or twice in one list (reconcile links places, not repeats within
// one): the same indicator must keep its name and formula, and two
// indicators must not share a code. Numberings ("1", "2.1") are positions
// restarted per section, not identifiers: left alone.
void check_repeated_codes(const ModelIndex& index, std::vector<Finding>& out) {
  std::map<std::string, const Indicator*> first;  // doc | unit | code -> first indicator
  for (const auto& i : index.model().indicators) {
    if (i.code.empty() || std::none_of(i.code.begin(), i.code.end(), [](unsigned char ch) { return std::isalpha(ch) != 0; }))
      continue;
    const std::string key = i.doc + "|" + index.unit_scope_of_node(i.node) + "|" + i.code;
    const auto [at, fresh] = first.emplace(key, &i);
    if (fresh) continue;
    // The same name and formula printed again (most repeats): nothing to compare.
    if (at->second->name == i.name && at->second->formula == i.formula) continue;
    compare_definitions(*at->second, i, out, true);
  }
}

void check_conflicts(const ModelIndex& index, const AuditOptions&, std::vector<Finding>& out) {
  check_repeated_codes(index, out);
  for (const auto& link : index.model().links) {
    const bool cycle = same_cycle(index, link.a, link.b);
    if (const Node* a = index.node(link.a)) {
      const Node* b = index.node(link.b);
      // Weights inside a unit are that unit's own (assignment annexes):
      // compare them only between places of the same unit, or of none.
      if (!b || !cycle || unit_label(index, a->id) != unit_label(index, b->id)) continue;
      compare_weights(a->id, a->weight, b->id, b->weight, a->source, b->source, out);
      continue;
    }
    const Indicator* a = index.indicator(link.a);
    const Indicator* b = index.indicator(link.b);
    if (!a || !b) continue;
    if (cycle && unit_label(index, a->node) == unit_label(index, b->node))
      compare_weights(a->id, a->weight, b->id, b->weight, a->source, b->source, out);
    compare_targets(*a, *b, out);
    if (cycle && link.method == "code") compare_definitions(*a, *b, out);
  }
}

}  // namespace allegato::audit_detail
