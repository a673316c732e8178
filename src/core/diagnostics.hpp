#pragma once
/// Provenance, diagnostics and the one exception type for unreadable input.
///
/// What cannot be read at all throws `ImportError` (the CLI maps it to exit
/// code 2). What was read with doubt becomes a `Diagnostic` kept with the
/// result (the CLI maps "done with warnings" to exit code 3); `--strict`
/// turns warnings into errors.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/boxed.hpp"
#include "core/geometry.hpp"
#include "i18n/message.hpp"

namespace allegato {

/// Where something is in its source: page + bbox for PDF, sheet + cell for
/// workbooks. `doc` is the document id in the model ("d1"), or the path
/// before a document has an id.
struct Source {
  std::string doc;
  int page = 0;                 ///< 1-based; 0 when not a paged source
  std::optional<BBox> bbox;     ///< PDF points, origin top-left
  std::string sheet;            ///< workbook sheet name, empty for PDF
  std::string cell;             ///< workbook cell reference ("B7"), or a range ("B7:D7")
  /// extension, optional: what this source is in a finding ("result 2023",
  /// "target 2023", "weight of 2.1"); the HTML report captions its box with
  /// it. JSON writes it only when not empty.
  RareText label{};
  bool operator==(const Source&) const = default;
};

enum class Severity { info, warning, error };
const char* to_string(Severity s);

struct Diagnostic {
  Severity severity = Severity::warning;
  std::string code;     ///< stable, dotted: "value.ambiguous", "xlsx.formula_without_value"
  std::string message;  ///< English, what happened and what to do (JSON, the store)
  Source where;
  /// extension, not in JSON: `message` as a msgid with its arguments, shown
  /// in --lang (empty for a diagnostic read back from JSON or the store).
  LocalMessage text{};
  /// The contract's fields only (`text` is how `message` is shown).
  bool operator==(const Diagnostic& o) const {
    return severity == o.severity && code == o.code && message == o.message && where == o.where;
  }
};

/// A diagnostic whose message is `text`: `message` is its English rendering.
Diagnostic make_diagnostic(Severity severity, std::string code, LocalMessage text, Source where = {});

/// What a person reads: `text` in the current language, else `message`.
std::string shown_message(const Diagnostic& d);

/// Bad input that cannot be read: corrupt, encrypted, empty, wrong type, or a
/// named limit tripped. `code` is stable ("pdf.encrypted", "limit.zip_bytes"),
/// `hint` tells the user what to do ("pass --password", "raise --max-zip-mb").
/// `what()`, `message()` and `hint()` are English (JSON keeps them);
/// `localized()` is the same text in the user's language.
class ImportError : public std::runtime_error {
 public:
  /// `message` and `hint` are English msgids without placeholders (mark them
  /// N_ so they are translated); text built at run time stays English.
  ImportError(std::string code, std::string file, std::string message, std::string hint = {},
              Source where = {});
  /// A message and hint with arguments ("{part} is not well-formed XML").
  ImportError(std::string code, std::string file, LocalMessage message, LocalMessage hint = {}, Source where = {});
  const std::string& code() const { return code_; }
  const std::string& file() const { return file_; }
  const std::string& hint() const { return hint_; }
  /// The message alone, without file and hint.
  const std::string& message() const { return message_; }
  const Source& where() const { return where_; }
  const LocalMessage& message_text() const { return message_text_; }
  const LocalMessage& hint_text() const { return hint_text_; }
  /// "file: message (hint)" in the current language.
  std::string localized() const;

 private:
  std::string code_;
  std::string file_;
  std::string message_;
  std::string hint_;
  Source where_;
  LocalMessage message_text_;
  LocalMessage hint_text_;
};

/// Misuse of the command line or the library (unknown option, missing
/// argument). Also exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace allegato
