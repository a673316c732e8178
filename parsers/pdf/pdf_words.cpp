#include "pdf/pdf_words.hpp"

#include <algorithm>
#include <cctype>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace allegato {

namespace {

// Characters a PDF uses for layout rather than meaning: ligatures (U+FB00..)
// and the no-break and typographic spaces.
bool compatibility_form(UChar32 c) {
  return (c >= 0xFB00 && c <= 0xFB4F) || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

}  // namespace

std::string pdf_text_as_printed(std::string_view utf8) {
  // NFKC only where it undoes layout: "ﬁ" -> "fi", NBSP -> space. Quotes,
  // dashes and "…" stay as printed (raw strings are the contract).
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0xFFFD || c == 0 || (c < 0x20 && c != '\t')) continue;
    if (compatibility_form(c) && U_SUCCESS(status)) {
      UErrorCode one = U_ZERO_ERROR;
      icu::UnicodeString mapped = nfkc->normalize(icu::UnicodeString(c), one);
      out += U_SUCCESS(one) ? mapped : icu::UnicodeString(c);
    } else {
      out += c;
    }
  }
  std::string text;
  out.toUTF8String(text);
  // Trim the spaces a mapped NBSP may leave at the ends.
  auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool is_bold_font(const std::string& font_name) {
  std::string lower;
  for (unsigned char c : font_name) lower += static_cast<char>(std::tolower(c));
  // Semibold and black faces read as bold in headers too.
  for (const char* mark : {"bold", "black", "heavy", "semibold", "demi"})
    if (lower.find(mark) != std::string::npos) return true;
  return false;
}

}  // namespace allegato
