#include "core/diagnostics.hpp"

#include <utility>

namespace allegato {

const char* to_string(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

static std::string compose(const std::string& file, const std::string& message, const std::string& hint) {
  std::string text = file.empty() ? message : file + ": " + message;
  if (!hint.empty()) text += " (" + hint + ")";
  return text;
}

ImportError::ImportError(std::string code, std::string file, std::string message, std::string hint,
                         Source where)
    : std::runtime_error(compose(file, message, hint)),
      code_(std::move(code)),
      file_(std::move(file)),
      message_(std::move(message)),
      hint_(std::move(hint)),
      where_(std::move(where)) {}

}  // namespace allegato
