#pragma once
/// Messages for people in Italian or English: gettext catalogues (po/*.po,
/// compiled to <localedir>/<lang>/LC_MESSAGES/allegato.mo by the build), read
/// by a small .mo reader so the choice never depends on which system locales
/// are installed (a Debian container has only C and C.UTF-8), and numbers
/// formatted for the language with ICU. JSON output never goes through here:
/// the contract's messages stay English.
///
/// The language is process-wide, set once per command by run_cli (--lang, or
/// the environment as gettext reads it: LC_ALL, LC_MESSAGES, LANG, LANGUAGE).
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// Marks a string literal as a message id for xgettext without translating
/// it where it stands (it is translated where it is shown).
#define N_(text) text
/// The same with a context (see trc).
#define NC_(context, text) text

namespace allegato {

/// "it" or "en".
const std::string& ui_language();

/// While one lives, messages rendered on this thread are English (tr gives
/// the msgid, numbers and dates are written the English way), whatever the
/// process-wide language: for the English text that JSON and the store keep
/// of a message built for people.
class EnglishScope {
 public:
  EnglishScope();
  ~EnglishScope();
  EnglishScope(const EnglishScope&) = delete;
  EnglishScope& operator=(const EnglishScope&) = delete;

 private:
  bool previous_;
};

/// Selects the language: "it" or "en" (an Italian locale name such as
/// "it_IT.UTF-8" gives "it", anything else "en"). Loads the catalogue once;
/// a missing catalogue leaves messages in English (catalogue_problem() says why).
void set_ui_language(std::string_view language_or_locale);

/// The language the environment asks for, as gettext reads it: the first
/// of LC_ALL, LC_MESSAGES, LANG that is set; C/POSIX (or none) give "en";
/// otherwise LANGUAGE's first entry, else that locale ("it_IT.UTF-8": "it").
std::string language_from_environment();

/// Why the catalogue for the chosen language could not be loaded ("" when it
/// was, or when the language is English).
const std::string& catalogue_problem();

/// The translation of `msgid` in the current language (msgid itself in
/// English or when the catalogue lacks it).
std::string tr(std::string_view msgid);

/// pgettext: the translation of `msgid` in `context` (a word whose meaning
/// depends on where it stands: the document kind "report").
std::string trc(std::string_view context, std::string_view msgid);

/// ngettext: the singular or plural form for `n` (both languages: n != 1).
std::string trn(std::string_view singular, std::string_view plural, long long n);

/// Replaces each "{name}" in `text` with its value; unknown names stay.
std::string fill(std::string_view text, const std::vector<std::pair<std::string, std::string>>& values);

/// An exact decimal ("64.71", "-0.5", "1419") as written in the current
/// language: it 64,71 and 1.419, en 64.71 and 1,419. The digits given are
/// kept (no rounding, trailing zeros kept); grouping only from 5 digits up
/// (2022 stays 2022). Text that is not a decimal is returned unchanged.
std::string format_decimal(std::string_view exact);
std::string format_integer(long long n);

/// A date "YYYY-MM-DD" as written in the current language (it 31/12/2024,
/// en 2024-12-31); other text unchanged.
std::string format_date(std::string_view iso);

/// Reads a gettext .mo file into msgid -> msgstr pairs (plural msgstrs keep
/// their NUL separators). Throws std::runtime_error on a malformed file.
std::vector<std::pair<std::string, std::string>> read_mo_file(const std::string& path);

}  // namespace allegato
