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

#include "core/geometry.hpp"

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
  std::string label{};
  bool operator==(const Source&) const = default;
};

enum class Severity { info, warning, error };
const char* to_string(Severity s);

struct Diagnostic {
  Severity severity = Severity::warning;
  std::string code;     ///< stable, dotted: "value.ambiguous", "xlsx.formula_without_value"
  std::string message;  ///< for a person: what happened and what to do
  Source where;
  bool operator==(const Diagnostic&) const = default;
};

/// Bad input that cannot be read: corrupt, encrypted, empty, wrong type, or a
/// named limit tripped. `code` is stable ("pdf.encrypted", "limit.zip_bytes"),
/// `hint` tells the user what to do ("pass --password", "raise --max-zip-mb").
class ImportError : public std::runtime_error {
 public:
  ImportError(std::string code, std::string file, std::string message, std::string hint = {},
              Source where = {});
  const std::string& code() const { return code_; }
  const std::string& file() const { return file_; }
  const std::string& hint() const { return hint_; }
  /// The message alone, without file and hint.
  const std::string& message() const { return message_; }
  const Source& where() const { return where_; }

 private:
  std::string code_;
  std::string file_;
  std::string message_;
  std::string hint_;
  Source where_;
};

/// Misuse of the command line or the library (unknown option, missing
/// argument). Also exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace allegato
