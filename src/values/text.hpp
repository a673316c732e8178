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

/// For display: text as printed. Only ligatures (U+FB00..FB06) expanded,
/// NBSP, thin and other Unicode spaces made a space, runs of white space and
/// control characters folded to one space, invisible characters (soft
/// hyphen, zero-width, BOM) dropped, trimmed. Quotes, apostrophes, dashes,
/// ellipses and comparison signs stay as printed. Ill-formed UTF-8 becomes
/// U+FFFD. Never throws.
std::string tidy_printed_text(std::string_view utf8);

/// The longest prefix of `utf8` of at most `max_bytes` bytes that does not
/// cut a UTF-8 sequence in half.
std::string_view utf8_prefix(std::string_view utf8, std::size_t max_bytes);
/// The longest suffix of at most `max_bytes` bytes starting on a character.
std::string_view utf8_suffix(std::string_view utf8, std::size_t max_bytes);

/// A name printed in capitals written as a person names it: each word in
/// lower case (Italian rules, ICU) with its first letter upper case, except
/// the words `keep_lower` (connectors: "di", "della") and what follows an
/// apostrophe ("DELL'AQUILA" -> "dell'Aquila" when "dell'" is kept lower).
/// Words are parted by spaces and hyphens, which stay.
std::string name_case(std::string_view utf8, bool (*keep_lower)(std::string_view lowered));

/// True if the text is valid UTF-8.
bool is_valid_utf8(std::string_view bytes);

/// True if the text opens with a lower-case letter, ASCII or Latin-1
/// (U+00DF..U+00FF: ß à è é ì ò ù): a wrapped sentence's next line.
bool opens_lower_case(std::string_view utf8);

}  // namespace allegato
