#pragma once
/// How findings read for people (audit text, HTML report), in the language
/// chosen with --lang (i18n/i18n.hpp). JSON keeps the English `message`.
#include <cstddef>
#include <string>

#include "model/model.hpp"

namespace allegato {

/// The finding's message in the current language: its LocalMessage when it
/// has one, else the stored English message (a finding read from JSON).
std::string finding_message(const Finding& f);

/// An expected/actual value: a decimal in the language's notation ("64,71"),
/// an operator and a decimal likewise (">= 64,71"), a known phrase ("a
/// target for every plan year") translated; anything else as it is.
std::string finding_value(const std::string& value);

/// The "expected X, found Y" line in the current language, or "" when the
/// finding has none, or when its values are printed text that would mix
/// notations (64.71 next to 55,00) and its message already says them.
std::string expected_found(const Finding& f);

/// "error" / "errore"; the plural for headings ("Errors" / "Errori").
std::string severity_name(Severity s);
std::string severity_plural(Severity s);
/// "1 error", "3 errors" / "1 errore", "3 errori".
std::string severity_count(Severity s, std::size_t n);

/// The document kind: "plan" / "piano".
std::string kind_name(const std::string& kind);

/// The rule table's one-line description in the current language.
std::string rule_description_text(const std::string& rule);

/// "p. 4 (x 120, y 300)" or "sheet 'Cruscotto' B7" in the current language;
/// "" when the source says nothing about where.
std::string position_text(const Source& s);

}  // namespace allegato
