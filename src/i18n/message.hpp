#pragma once
/// A message kept as a gettext msgid with structured arguments, so it can be
/// shown in either language with numbers formatted for it. Findings carry
/// one beside their English `message` (which the JSON contract keeps).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/i18n.hpp"

namespace allegato {

class Decimal;
struct LocalMessage;

/// An argument's value: pieces of verbatim text (names, codes, text as
/// printed), terms (msgids translated when shown), exact decimals
/// (formatted for the language), and counted phrases (ngettext with {n}).
class Phrase {
 public:
  struct Part {
    enum class Kind { text, term, number, plural, date, message };
    Kind kind = Kind::text;
    std::string text;    ///< verbatim text, msgid, exact decimal, or singular msgid
    std::string plural;  ///< plural msgid (Kind::plural)
    long long n = 0;     ///< the count (Kind::plural)
    std::shared_ptr<const LocalMessage> message;  ///< a sentence with its own arguments (Kind::message)
  };
  Phrase() = default;
  Phrase(std::string verbatim) { text(std::move(verbatim)); }  // NOLINT: implicit on purpose
  Phrase(const char* verbatim) { text(verbatim); }             // NOLINT
  Phrase& text(std::string verbatim);
  Phrase& term(std::string msgid);
  Phrase& number(const Decimal& value);
  Phrase& number_text(std::string exact_decimal);
  Phrase& count(long long n);
  /// A date "YYYY-MM-DD", shown as the language writes dates.
  Phrase& date(std::string iso);
  /// ngettext(singular, plural, n) with "{n}" replaced by n.
  Phrase& plural(std::string singular, std::string plural, long long n);
  /// A nested template ("{year}: {a} in {da} vs {b} in {db}").
  Phrase& message(LocalMessage m);
  Phrase& append(const Phrase& other);
  bool empty() const { return parts_.empty(); }
  /// In the current language.
  std::string render() const;
  const std::vector<Part>& parts() const { return parts_; }

 private:
  std::vector<Part> parts_;
};

/// Joins phrases with a separator (", ", " + ").
Phrase join(const std::vector<Phrase>& items, const std::string& separator);

/// A msgid with "{name}" placeholders and the values of those names.
struct LocalMessage {
  std::string id;  ///< the English template, also the msgid in po/allegato.pot
  std::vector<std::pair<std::string, Phrase>> args;
  LocalMessage() = default;
  explicit LocalMessage(std::string msgid) : id(std::move(msgid)) {}
  LocalMessage& set(std::string name, Phrase value) {
    args.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  bool empty() const { return id.empty(); }
  /// tr(id) with every argument rendered in the current language.
  std::string render() const;
  /// The same in English (EnglishScope), whatever the current language.
  std::string render_english() const;
};

}  // namespace allegato
