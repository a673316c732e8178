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
      where_(std::move(where)),
      message_text_(message_),
      hint_text_(hint_) {}

ImportError::ImportError(std::string code, std::string file, LocalMessage message, LocalMessage hint, Source where)
    : ImportError(std::move(code), std::move(file), message.render_english(), hint.render_english(),
                  std::move(where)) {
  message_text_ = std::move(message);
  hint_text_ = std::move(hint);
}

std::string ImportError::localized() const {
  return compose(file_, message_text_.render(), hint_text_.empty() ? std::string() : hint_text_.render());
}

Diagnostic make_diagnostic(Severity severity, std::string code, LocalMessage text, Source where) {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.message = text.render_english();
  d.where = std::move(where);
  d.text = std::move(text);
  return d;
}

std::string shown_message(const Diagnostic& d) { return d.text.empty() ? d.message : d.text.render(); }

}  // namespace allegato
