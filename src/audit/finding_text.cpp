#include "audit/finding_text.hpp"

#include <optional>

#include "audit/audit.hpp"
#include "i18n/i18n.hpp"

namespace allegato {
namespace {

bool plain_decimal(const std::string& s) {
  if (s.empty()) return false;
  std::size_t i = s[0] == '-' ? 1 : 0, dots = 0, digits = 0;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') ++digits;
    else if (s[i] == '.' && ++dots == 1) continue;
    else return false;
  }
  return digits > 0;
}

// Phrases the rules store in `expected`, marked here for xgettext (the rules
// keep plain English: the JSON contract reads them).
const char* const kStoredPhrases[] = {
    N_("a target for every plan year"), N_("a weight on every sibling"), N_("the same target in both places"),
    N_("operand operator operand"),     N_("targets not decreasing"),    N_("targets not increasing"),
    N_("a complete title"),             N_("a complete description"),    N_("a complete name"),
    N_("0 < weight <= 100"),            N_("(none)"),
};

// Document kinds (Document.kind) and severities, for xgettext.
[[maybe_unused]] const char* const kKinds[] = {
    NC_("kind", "plan"),       NC_("kind", "pira"),       NC_("kind", "report"),
    NC_("kind", "dashboard"),  NC_("kind", "assignment"), NC_("kind", "unknown"),
    NC_("kind", "list"),
};

}  // namespace

std::string finding_message(const Finding& f) { return f.text.empty() ? f.message : f.text.render(); }

// The value in the current language, or nullopt when it holds printed text
// that cannot be re-spelled (a list of targets as printed).
static std::optional<std::string> localized(const std::string& value) {
  if (plain_decimal(value)) return format_decimal(value);
  for (const char* op : {">= ", "<= ", "> ", "< ", "= "}) {
    const std::string prefix(op);
    if (value.rfind(prefix, 0) == 0 && plain_decimal(value.substr(prefix.size())))
      return prefix + format_decimal(value.substr(prefix.size()));
  }
  // "55.5..60" (an achievement range)
  if (const auto dots = value.find(".."); dots != std::string::npos && plain_decimal(value.substr(0, dots)) &&
                                           plain_decimal(value.substr(dots + 2)))
    return format_decimal(value.substr(0, dots)) + ".." + format_decimal(value.substr(dots + 2));
  for (const char* op : {">=", "<=", ">", "<", "=", "range", "text", ""})
    if (value == op) return value;
  for (const char* phrase : kStoredPhrases)
    if (value == phrase) return tr(value);
  // Other text without digits has no separators to mix.
  if (value.find_first_of("0123456789") == std::string::npos) return tr(value);
  return std::nullopt;
}

std::string finding_value(const std::string& value) { return localized(value).value_or(value); }

std::string expected_found(const Finding& f) {
  if (!f.expected && !f.actual) return "";
  const auto expected = f.expected ? localized(*f.expected) : std::optional<std::string>("-");
  const auto actual = f.actual ? localized(*f.actual) : std::optional<std::string>("-");
  // A finding read from JSON has only its English message: show the values as stored.
  if (!f.text.empty() && (!expected || !actual)) return "";
  return fill(tr(N_("expected {expected}, found {actual}")),
              {{"expected", expected.value_or(*f.expected)}, {"actual", actual.value_or(*f.actual)}});
}

std::string severity_name(Severity s) {
  switch (s) {
    case Severity::error: return trc("severity", "error");
    case Severity::warning: return trc("severity", "warning");
    case Severity::info: break;
  }
  return trc("severity", "info");
}

std::string severity_plural(Severity s) {
  switch (s) {
    case Severity::error: return tr(N_("Errors"));
    case Severity::warning: return tr(N_("Warnings"));
    case Severity::info: break;
  }
  return tr(N_("Info"));
}

std::string severity_count(Severity s, std::size_t n) {
  const auto count = static_cast<long long>(n);
  std::string text;
  switch (s) {
    case Severity::error: text = trn("{n} error", "{n} errors", count); break;
    case Severity::warning: text = trn("{n} warning", "{n} warnings", count); break;
    case Severity::info: text = trn("{n} info", "{n} info", count); break;
  }
  return fill(text, {{"n", format_integer(count)}});
}

std::string kind_name(const std::string& kind) { return trc("kind", kind); }

std::string rule_description_text(const std::string& rule) {
  for (const auto& r : rule_table())
    if (r.id == rule) return tr(r.description);
  return {};
}

std::string position_text(const Source& s) {
  if (!s.sheet.empty() || !s.cell.empty())
    return fill(tr(N_("sheet '{sheet}' {cell}")), {{"sheet", s.sheet}, {"cell", s.cell}});
  if (s.page <= 0) return "";
  if (!s.bbox) return fill(tr(N_("p. {page}")), {{"page", std::to_string(s.page)}});
  return fill(tr(N_("p. {page} (x {x}, y {y})")), {{"page", std::to_string(s.page)},
                                                    {"x", std::to_string(static_cast<int>(s.bbox->x0))},
                                                    {"y", std::to_string(static_cast<int>(s.bbox->y0))}});
}

}  // namespace allegato
