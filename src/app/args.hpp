#pragma once
/// A small command-line argument reader: `--name value`, `--name=value`,
/// repeatable options, flags and positionals. Unknown options are errors
/// that name the command's --help.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace allegato {

struct OptionSpec {
  std::string name;        ///< without dashes: "format"
  bool takes_value = true;
  std::string help;        ///< "json|csv|text (default json)"
  std::string value_name;  ///< for usage lines: "FORMAT"
};

class Args {
 public:
  /// Parses argv (without the program and command names) against `specs`.
  /// Throws UsageError naming the offending word.
  Args(const std::string& command, const std::vector<std::string>& words, const std::vector<OptionSpec>& specs);

  bool flag(const std::string& name) const;
  std::optional<std::string> value(const std::string& name) const;
  std::string value_or(const std::string& name, const std::string& fallback) const;
  std::vector<std::string> values(const std::string& name) const;
  const std::vector<std::string>& positionals() const { return positionals_; }
  /// Parses an option as an integer or throws UsageError.
  std::optional<long long> integer(const std::string& name) const;
  /// Throws UsageError if the value is not one of `allowed`.
  std::string choice(const std::string& name, const std::vector<std::string>& allowed, const std::string& fallback) const;

 private:
  std::string command_;
  std::map<std::string, std::vector<std::string>> values_;
  std::set<std::string> flags_;
  std::vector<std::string> positionals_;
};

/// The name in `names` closest to `word` within two edits ("improt" ->
/// "import"), or "" when none is that close.
std::string closest_name(const std::string& word, const std::vector<std::string>& names);

/// Usage text for a command's options, one per line (help in --lang).
std::string format_options(const std::vector<OptionSpec>& specs);

}  // namespace allegato
