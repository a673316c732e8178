// parse_target and parse_number: the contract's "Numbers" and "Targets"
// grammar over text that normalize_text has cleaned. The order of the steps
// below is the grammar:
//   1. blank -> missing; status words (N/D, Anno di rilevazione, Annuale)
//   2. "Range di valutazione" prefix
//   3. operator: words at the start ("almeno", "entro il") or symbols
//      anywhere (">=", "=>", "< =", "≥"), with a label before them ("ITP")
//   4. operand: ordinal word, date, range, number with unit; after a
//      symbol the connector "a"/"al"/"ad" of the spelled-out operator is
//      dropped (">= a Buono" is "maggiore o uguale a Buono"); after any
//      operator, a date cut after the month ("<=30/11/") takes the year
//      given to parse_target, and stays text without one
// Anything else is kind text with a "value.ambiguous" diagnostic that says
// which step failed and why: the parser never guesses silently.
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "values/graded_target.hpp"
#include "values/text.hpp"
#include "values/value.hpp"
#include "values/value_parts.hpp"

namespace allegato {

using value_parts::ascii_lower;
using value_parts::note;
using value_parts::trim;

namespace {

struct WordOp {
  const char* words;
  Op op;
};

// Longest first within a family so "maggiore o uguale a" wins over
// "maggiore di"; every phrase must be followed by a space or the end.
constexpr WordOp kWordOps[] = {
    {"maggiore o uguale al", Op::ge}, {"maggiore o uguale a", Op::ge}, {"maggiore o uguale", Op::ge},
    {"superiore o uguale al", Op::ge}, {"superiore o uguale a", Op::ge}, {"uguale o superiore al", Op::ge},
    {"uguale o superiore a", Op::ge}, {"uguale o maggiore al", Op::ge}, {"uguale o maggiore a", Op::ge},
    {"non inferiore al", Op::ge}, {"non inferiore a", Op::ge}, {"non meno del", Op::ge}, {"non meno di", Op::ge},
    {"almeno il", Op::ge}, {"almeno", Op::ge}, {"minimo", Op::ge},
    {"minore o uguale al", Op::le}, {"minore o uguale a", Op::le}, {"minore o uguale", Op::le},
    {"inferiore o uguale al", Op::le}, {"inferiore o uguale a", Op::le}, {"uguale o inferiore al", Op::le},
    {"uguale o inferiore a", Op::le}, {"uguale o minore al", Op::le}, {"uguale o minore a", Op::le},
    {"non superiore al", Op::le}, {"non superiore a", Op::le}, {"non piu del", Op::le}, {"non piu di", Op::le},
    {"non oltre il", Op::le}, {"non oltre", Op::le}, {"al massimo", Op::le}, {"massimo", Op::le},
    {"entro il", Op::le}, {"entro", Op::le}, {"fino al", Op::le}, {"fino a", Op::le},
    {"maggiore del", Op::gt}, {"maggiore di", Op::gt}, {"superiore al", Op::gt}, {"superiore a", Op::gt},
    {"oltre il", Op::gt}, {"oltre", Op::gt}, {"piu del", Op::gt}, {"piu di", Op::gt},
    {"minore del", Op::lt}, {"minore di", Op::lt}, {"inferiore al", Op::lt}, {"inferiore a", Op::lt},
    {"meno del", Op::lt}, {"meno di", Op::lt}, {"pari al", Op::eq}, {"pari a", Op::eq},
    {"uguale al", Op::eq}, {"uguale a", Op::eq},
};

constexpr std::size_t kMaxValueBytes = 200;

bool is_op_char(char c) { return c == '<' || c == '>' || c == '='; }

// The raw text quoted for a message: on one line, and cut (at a character
// boundary) when it is a paragraph.
std::string describe(std::string_view raw) {
  constexpr std::size_t kShown = 60;
  std::string shown;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (shown.size() >= kShown && (static_cast<unsigned char>(raw[i]) & 0xC0) != 0x80) {
      shown += "...";
      break;
    }
    char c = raw[i];
    shown += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return "'" + shown + "'";
}

// Status words: the target is not a value but says why there is none.
struct StatusMatch {
  TargetStatus status;
  std::string trailing;  // text after the status phrase, if any
};

std::optional<StatusMatch> match_status(const std::string& normalized) {
  std::string compact;
  for (char c : ascii_lower(normalized))
    if (c != ' ') compact += c;
  static constexpr std::array<const char*, 14> kNotAvailable{
      "-", "--", "---", "/", "n/d", "n.d.", "n.d", "nd", "n/a", "n.a.", "n.a", "na", "n.p.", "nd."};
  for (const char* s : kNotAvailable)
    if (compact == s) return StatusMatch{TargetStatus::not_available, {}};

  // Status phrases start with a letter; numbers and operators need no
  // folding (fold_for_matching is the slowest step of the parser).
  auto first = static_cast<unsigned char>(normalized[0]);
  if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') || first >= 0x80)) return std::nullopt;
  std::string folded = fold_for_matching(normalized);
  static constexpr std::array<const char*, 9> kNotAvailableWords{
      "non disponibile", "non definito",      "kpi non definito", "indicatore non definito", "target non definito",
      "non applicabile", "non rilevabile",    "non previsto",     "dato non disponibile"};
  for (const char* s : kNotAvailableWords)
    if (folded == s) return StatusMatch{TargetStatus::not_available, {}};

  static constexpr std::array<const char*, 4> kPeriodic{"annuale", "semestrale", "trimestrale", "mensile"};
  for (const char* s : kPeriodic)
    if (folded == s) return StatusMatch{TargetStatus::periodic, {}};

  static constexpr std::array<const char*, 3> kMeasurementYear{"anno di prima rilevazione", "anno di rilevazione",
                                                               "anno rilevazione"};
  for (std::string_view s : kMeasurementYear) {
    if (folded.compare(0, s.size(), s) != 0) continue;
    if (folded.size() > s.size() && folded[s.size()] != ' ') continue;
    std::string trailing = folded.size() > s.size() ? folded.substr(s.size() + 1) : std::string();
    return StatusMatch{TargetStatus::measurement_year, trailing};
  }
  return std::nullopt;
}

// "ITP" in "ITP < -10": one identifier-like word, not a sentence.
bool is_label(std::string_view s) {
  if (s.empty() || s.size() > 24) return false;
  auto first = s[0];
  if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z'))) return false;
  for (char c : s) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::optional<Op> symbolic_op(std::string_view spelled) {
  if (spelled == ">=" || spelled == "=>") return Op::ge;
  if (spelled == "<=" || spelled == "=<") return Op::le;
  if (spelled == ">") return Op::gt;
  if (spelled == "<") return Op::lt;
  if (spelled == "=" || spelled == "==") return Op::eq;
  return std::nullopt;
}

// Strips a leading word operator ("almeno", "entro il"); returns it.
std::optional<Op> strip_word_op(std::string_view& s, std::string_view* phrase = nullptr) {
  // Compare in lower-case ASCII with "ù" folded to "u" ("più", "non più di");
  // `origin` maps each byte of the key back to `s`.
  std::string key;
  std::vector<std::size_t> origin;
  for (std::size_t i = 0; i < s.size() && key.size() < 32; ++i) {
    if (s.compare(i, 2, "\xC3\xB9") == 0 || s.compare(i, 2, "\xC3\x99") == 0) {
      key += 'u';
      origin.push_back(i++);
      continue;
    }
    char c = s[i];
    key += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    origin.push_back(i);
  }
  for (const WordOp& w : kWordOps) {
    std::string_view words = w.words;
    if (key.compare(0, words.size(), words) != 0) continue;
    if (key.size() > words.size() && key[words.size()] != ' ') continue;
    std::size_t cut = words.size() < origin.size() ? origin[words.size()] : s.size();
    s = trim(s.substr(cut));
    if (phrase) *phrase = words;
    return w.op;
  }
  return std::nullopt;
}

struct Operand {
  TargetKind kind = TargetKind::text;
  std::string value;
  std::optional<std::string> value2;
  std::optional<std::string> unit;
  bool range = false;
};

struct OperandResult {
  std::optional<Operand> operand;
  LocalMessage why_not;
};

std::optional<std::string> merge_units(const std::optional<std::string>& a, const std::optional<std::string>& b,
                                       bool& conflict) {
  conflict = a && b && *a != *b;
  return a ? a : b;
}

TargetKind kind_for_unit(const std::optional<std::string>& unit) {
  return unit && *unit == "%" ? TargetKind::percent : TargetKind::number;
}

// "70%-90%", "70 - 90 %", "da 70 a 90", "tra 70 e 90".
std::optional<Operand> parse_range(std::string_view s, std::vector<Diagnostic>& notes, LocalMessage& why_not) {
  std::string lower = ascii_lower(s);
  std::vector<std::pair<std::size_t, std::size_t>> splits;  // (start, length) of each candidate separator
  bool worded = false;
  for (std::string_view lead : {"da ", "dal ", "tra ", "fra "}) {
    if (lower.compare(0, lead.size(), lead) != 0) continue;
    // "da 70 a 90", "dal 70 al 90", "tra 70 e 90".
    const bool from = lead[0] == 'd';
    const std::vector<std::string_view> separators =
        from ? std::vector<std::string_view>{" al ", " a "} : std::vector<std::string_view>{" e "};
    for (std::string_view sep : separators) {
      for (std::size_t at = lower.find(sep, lead.size()); at != std::string::npos; at = lower.find(sep, at + 1))
        splits.emplace_back(at - lead.size(), sep.size());
    }
    s = s.substr(lead.size());
    worded = true;
    break;
  }
  if (!worded) {
    for (std::size_t k = 1; k < s.size(); ++k)
      if (s[k] == '-' && s[k - 1] != '-' && s[k - 1] != '+') splits.emplace_back(k, 1);
  }
  for (auto [start, len] : splits) {
    std::string_view left = trim(s.substr(0, start));
    std::string_view right = trim(s.substr(start + len));
    if (left.empty() || right.empty()) continue;
    auto lo = value_parts::parse_quantity(left);
    auto hi = value_parts::parse_quantity(right);
    if (!lo.quantity || !hi.quantity) continue;
    bool conflict = false;
    auto unit = merge_units(lo.quantity->unit, hi.quantity->unit, conflict);
    if (conflict) {
      why_not = LocalMessage(N_("a range whose ends have different units"));
      return std::nullopt;
    }
    Operand o;
    o.range = true;
    o.unit = unit;
    o.kind = kind_for_unit(unit);
    o.value = lo.quantity->value.to_string();
    o.value2 = hi.quantity->value.to_string();
    for (auto* q : {&lo, &hi})
      for (auto& n : q->quantity->notes) notes.push_back(n);
    if (lo.quantity->value > hi.quantity->value)
      notes.push_back(note(Severity::warning, "value.range_reversed",
                           LocalMessage(N_("the lower end of the range is above the upper end"))));
    return o;
  }
  return std::nullopt;
}

// "30.11": a day and month after a deadline word ("entro il 30.11"), where
// a decimal with a dot would make no sense; elsewhere it stays ambiguous.
bool is_dotted_day_month(std::string_view s) {
  std::size_t dot = s.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 2 || s.size() - dot - 1 == 0 || s.size() - dot - 1 > 2)
    return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (i != dot && !(s[i] >= '0' && s[i] <= '9')) return false;
  return true;
}

// "30/11/": a day and month whose year was cut off at the cell's edge.
bool is_day_month_slash(std::string_view s) {
  if (s.empty() || s.back() != '/') return false;
  s.remove_suffix(1);
  std::size_t slash = s.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || s.size() - slash - 1 == 0 ||
      s.size() - slash - 1 > 2)
    return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (i != slash && !(s[i] >= '0' && s[i] <= '9')) return false;
  return true;
}

OperandResult parse_operand(std::string_view s, std::optional<int> year, bool allow_range, bool deadline,
                            bool after_op, std::vector<Diagnostic>& notes) {
  OperandResult r;
  if (deadline && is_dotted_day_month(s)) {
    std::string slashed(s);
    slashed[s.find('.')] = '/';
    value_parts::DateResult date = value_parts::parse_italian_date(slashed, year);
    if (date.iso) {
      for (auto& n : date.notes) notes.push_back(n);
      notes.push_back(note(Severity::info, "value.dotted_date",
                           LocalMessage(N_("'{text}' after a deadline word read as day.month")).set("text", std::string(s))));
      r.operand = Operand{TargetKind::date, *date.iso, std::nullopt, std::string("date"), false};
      return r;
    }
    r.why_not = LocalMessage(N_("{text} after a deadline word looks like a day.month date but {why}"))
                    .set("text", describe(s))
                    .set("why", Phrase().message(date.why_not.empty() ? LocalMessage(N_("is not a valid one"))
                                                                      : date.why_not));
    return r;
  }
  if (auto level = value_parts::ordinal_word(s)) {
    r.operand = Operand{TargetKind::ordinal, *level, std::nullopt, std::nullopt, false};
    return r;
  }
  // "<=30/11/" with a year given: an operator before it says it is a
  // deadline, and the column's year is the one the cut-off text held (a
  // year wrapped onto the next line arrives joined, "<=30/11/\n2017").
  if (after_op && year && is_day_month_slash(s)) {
    value_parts::DateResult cut = value_parts::parse_italian_date(s.substr(0, s.size() - 1), year);
    if (cut.iso) {
      notes.push_back(note(Severity::info, "value.date_year_assumed",
                           LocalMessage(N_("date cut after the month ('{text}'); took {year} from the column"))
                               .set("text", std::string(s))
                               .set("year", std::to_string(*year))));
      r.operand = Operand{TargetKind::date, *cut.iso, std::nullopt, std::string("date"), false};
      return r;
    }
    r.why_not = LocalMessage(N_("{text} looks like a date cut after the month but {why}"))
                    .set("text", describe(s))
                    .set("why", Phrase().message(cut.why_not));
    return r;
  }
  value_parts::DateResult date = value_parts::parse_italian_date(s, year);
  if (date.iso) {
    for (auto& n : date.notes) notes.push_back(n);
    r.operand = Operand{TargetKind::date, *date.iso, std::nullopt, std::string("date"), false};
    return r;
  }
  if (date.looks_like_date) {
    r.why_not = LocalMessage(N_("{text} looks like a date but {why}"))
                    .set("text", describe(s))
                    .set("why", Phrase().message(date.why_not));
    return r;
  }
  auto quantity = value_parts::parse_quantity(s);
  if (quantity.quantity) {
    for (auto& n : quantity.quantity->notes) notes.push_back(n);
    Operand o;
    o.unit = quantity.quantity->unit;
    o.kind = kind_for_unit(o.unit);
    o.value = quantity.quantity->value.to_string();
    r.operand = o;
    return r;
  }
  if (allow_range) {
    LocalMessage range_why;
    std::vector<Diagnostic> range_notes;
    if (auto range = parse_range(s, range_notes, range_why)) {
      for (auto& n : range_notes) notes.push_back(n);
      r.operand = range;
      return r;
    }
    if (!range_why.empty()) {
      r.why_not = LocalMessage("{text}: {why}").set("text", describe(s)).set("why", Phrase().message(range_why));
      return r;
    }
  }
  r.why_not = quantity.why_not.id == "no digits" ? LocalMessage(N_("no number, date, level or status word"))
                                                  : quantity.why_not;
  return r;
}

void as_text(Target& t, std::vector<Diagnostic>& notes, const LocalMessage& why) {
  t.op = Op::text;
  t.kind = TargetKind::text;
  t.status = TargetStatus::set;
  t.value.reset();
  t.value2.reset();
  t.unit.reset();
  t.label.reset();
  notes.push_back(note(Severity::warning, "value.ambiguous", LocalMessage(N_("read as text: {why}")).set("why", Phrase().message(why))));
}

// Every message names the raw text, so that a list of diagnostics reads on
// its own: "'>= 67%.': trailing '.' after the unit ignored".
void emit(std::vector<Diagnostic>& notes, std::vector<Diagnostic>* out, std::string_view raw) {
  if (!out) return;
  for (auto& n : notes) {
    n.text = LocalMessage(N_("{value}: {message}")).set("value", describe(raw)).set("message", Phrase().message(n.text));
    n.message = n.text.render_english();
    out->push_back(std::move(n));
  }
}

}  // namespace

Target parse_target(std::string_view raw, std::optional<int> year, std::vector<Diagnostic>* diagnostics) {
  Target t;
  t.raw = std::string(raw);
  t.year = year;
  std::vector<Diagnostic> notes;
  const std::string normalized = normalize_text(raw);

  // 1. Blank and status words.
  if (normalized.empty()) {
    t.status = TargetStatus::missing;
    return t;
  }
  if (auto status = match_status(normalized)) {
    t.status = status->status;
    if (!status->trailing.empty() && status->trailing != "revisione piano") {
      // Digits after the status may be a target merged into the cell: worth a warning.
      bool digits = status->trailing.find_first_of("0123456789") != std::string::npos;
      notes.push_back(note(digits ? Severity::warning : Severity::info, "value.trailing_text",
                           LocalMessage(digits ? N_("text after the status ignored (folded: '{text}'); a value merged "
                                                    "into the cell?")
                                               : N_("text after the status ignored (folded: '{text}')"))
                               .set("text", status->trailing)));
    }
    emit(notes, diagnostics, raw);
    return t;
  }

  // A value cell holds a few words; a paragraph is a description, and
  // bounding the length keeps the range search below linear x small.
  if (normalized.size() > kMaxValueBytes) {
    as_text(t, notes,
            LocalMessage(N_("longer than {count} characters: a description, not a value"))
                .set("count", std::to_string(kMaxValueBytes)));
    emit(notes, diagnostics, raw);
    return t;
  }

  // A graded target ("28 gg 100% 30gg 75% 32 gg 0%"): the band earning the
  // full score is the value it sets; the other bands stay in raw.
  if (auto bands = read_bands(normalized)) {
    Target full = parse_target(full_band(*bands).condition, year, diagnostics);
    full.raw = t.raw;
    notes.push_back(note(Severity::info, "value.graded",
                         LocalMessage(N_("a graded target of {count} bands: the value is the band of the full score, "
                                         "'{condition}' ({score})"))
                             .set("count", std::to_string(bands->size()))
                             .set("condition", full_band(*bands).condition)
                             .set("score", full_band(*bands).score)));
    emit(notes, diagnostics, raw);
    return full;
  }

  std::string_view s = normalized;
  // 2. "Range di valutazione 70%-90%".
  bool range_required = false;
  for (std::string_view prefix : {"range di valutazione", "range"}) {
    if (ascii_lower(s.substr(0, prefix.size())) == prefix &&
        (s.size() == prefix.size() || s[prefix.size()] == ' ' || s[prefix.size()] == ':')) {
      s = trim(s.substr(prefix.size()));
      if (!s.empty() && s[0] == ':') s = trim(s.substr(1));
      range_required = true;
      break;
    }
  }

  // 3. Operator and label.
  std::optional<Op> op;
  std::string_view op_phrase;
  if (!range_required) op = strip_word_op(s, &op_phrase);
  const bool deadline = op_phrase.substr(0, 5) == "entro" || op_phrase.substr(0, 4) == "fino";
  if (!op && !range_required) {
    std::size_t at = 0;
    while (at < s.size() && !is_op_char(s[at])) ++at;
    if (at < s.size()) {
      std::string spelled;
      std::size_t end = at;
      // "< =" and "> =": a space inside the operator is extraction debris.
      while (end < s.size() && (is_op_char(s[end]) || (s[end] == ' ' && end + 1 < s.size() && is_op_char(s[end + 1]) &&
                                                       !spelled.empty()))) {
        if (s[end] != ' ') spelled += s[end];
        ++end;
      }
      op = symbolic_op(spelled);
      if (!op) {
        as_text(t, notes, LocalMessage(N_("operator '{operator}' not understood")).set("operator", spelled));
        emit(notes, diagnostics, raw);
        return t;
      }
      std::string_view prefix = trim(s.substr(0, at));
      if (!prefix.empty()) {
        if (!is_label(prefix)) {
          as_text(t, notes, LocalMessage(N_("text before the operator: '{text}'")).set("text", std::string(prefix)));
          emit(notes, diagnostics, raw);
          return t;
        }
        t.label = std::string(prefix);
      }
      s = trim(s.substr(end));
      // ">= a Buono", ">= al 70%": the symbol stands for "maggiore o uguale"
      // and the connector of the spelled-out phrase stayed behind.
      for (std::string_view connector : {"al ", "ad ", "a "}) {
        if (ascii_lower(s.substr(0, connector.size())) == connector) {
          s = trim(s.substr(connector.size()));
          break;
        }
      }
      // "> = almeno 5" does not occur; "≥ almeno" would be a double operator.
      std::string_view probe = s;
      if (strip_word_op(probe)) {
        as_text(t, notes, LocalMessage(N_("two operators")));
        emit(notes, diagnostics, raw);
        return t;
      }
    }
  }

  if (s.empty()) {
    as_text(t, notes, LocalMessage(range_required ? N_("a range without values") : N_("an operator without a value")));
    emit(notes, diagnostics, raw);
    return t;
  }

  // 4. Operand.
  OperandResult operand = parse_operand(s, year, !op.has_value(), deadline, op.has_value(), notes);
  if (!operand.operand) {
    as_text(t, notes, operand.why_not.empty() ? LocalMessage(N_("not a number, date or level")) : operand.why_not);
    emit(notes, diagnostics, raw);
    return t;
  }
  if (range_required && !operand.operand->range) {
    as_text(t, notes, LocalMessage(N_("'Range' announced but no 'low-high' pair found")));
    emit(notes, diagnostics, raw);
    return t;
  }
  const Operand& o = *operand.operand;
  t.op = o.range ? Op::range : op.value_or(Op::none);
  t.kind = o.kind;
  t.value = o.value;
  t.value2 = o.value2;
  t.unit = o.unit;
  t.status = TargetStatus::set;
  emit(notes, diagnostics, raw);
  return t;
}

Number parse_number(std::string_view raw, std::vector<Diagnostic>* diagnostics) {
  Number n;
  n.raw = std::string(raw);
  const std::string normalized = normalize_text(raw);
  if (normalized.empty()) return n;
  if (auto status = match_status(normalized); status && status->status == TargetStatus::not_available) return n;
  std::vector<Diagnostic> notes;
  if (normalized.size() > kMaxValueBytes) {
    n.unit = "text";
    notes.push_back(note(Severity::warning, "value.not_a_number",
                         LocalMessage(N_("a text of {count} characters is not a number"))
                             .set("count", std::to_string(normalized.size()))));
    emit(notes, diagnostics, raw);
    return n;
  }
  auto quantity = value_parts::parse_quantity(normalized);
  if (quantity.quantity) {
    n.value = quantity.quantity->value;
    n.unit = quantity.quantity->unit;
    notes = std::move(quantity.quantity->notes);
    emit(notes, diagnostics, raw);
    return n;
  }
  value_parts::DateResult date = value_parts::parse_italian_date(normalized, std::nullopt);
  if (date.iso) {
    n.unit = "date";
    notes.push_back(note(Severity::info, "value.not_a_number", LocalMessage(N_("a date, not a number"))));
  } else {
    n.unit = "text";
    notes.push_back(note(Severity::warning, "value.not_a_number",
                         LocalMessage(N_("not a number: {why}")).set("why", Phrase().message(quantity.why_not))));
  }
  emit(notes, diagnostics, raw);
  return n;
}

}  // namespace allegato
