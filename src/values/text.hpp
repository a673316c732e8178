#pragma once
/// Text normalisation with ICU, shared by every parser and the reconciler.
#include <string>
#include <string_view>

namespace allegato {

/// NFKC (ligatures, NBSP -> space), then ≥ ≤ – — ‘ ’ “ ” and similar mapped
/// to ASCII-friendly forms where that is safe, runs of Unicode white space
/// folded to one space, trimmed. For display and parsing.
std::string normalize_text(std::string_view utf8);

/// For matching only, never for display: normalize_text, then
/// "NFKC; Any-Latin; Latin-ASCII; Lower", a word-final apostrophe dropped
/// ("Qualita'" == "Qualità"), punctuation folded to spaces.
std::string fold_for_matching(std::string_view utf8);

/// True if the text is valid UTF-8.
bool is_valid_utf8(std::string_view bytes);

}  // namespace allegato
