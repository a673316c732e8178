#include "pdf/pdf_words.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <vector>

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

// Spaces and tabs trimmed from both ends.
std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

}  // namespace

std::string pdf_text_as_printed(std::string_view utf8) {
  // Printable ASCII (most words) has nothing to drop or map: only the trim
  // below applies, without ICU's round trip (a fifth of reading the words).
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return (c >= 0x20 && c <= 0x7E) || c == '\t'; }))
    return trimmed(utf8);
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
  return trimmed(text);
}

bool is_bold_font(const std::string& font_name) {
  std::string lower;
  for (unsigned char c : font_name) lower += static_cast<char>(std::tolower(c));
  // Semibold and black faces read as bold in headers too.
  for (const char* mark : {"bold", "black", "heavy", "semibold", "demi"})
    if (lower.find(mark) != std::string::npos) return true;
  return false;
}

// Text printed twice a fraction of a point apart is "fake bold" (some PDF
// producers embolden that way): one word, bold. Raw order keeps both copies.
void drop_overprinted_words(std::vector<layout::Word>& words) {
  std::vector<std::size_t> order(words.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (words[a].text != words[b].text) return words[a].text < words[b].text;
    if (words[a].box.y0 != words[b].box.y0) return words[a].box.y0 < words[b].box.y0;
    return a < b;
  });
  std::vector<bool> drop(words.size(), false);
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::size_t i = order[k];
    if (drop[i]) continue;
    for (std::size_t m = k + 1; m < order.size(); ++m) {
      const std::size_t j = order[m];
      if (words[j].text != words[i].text || words[j].box.y0 - words[i].box.y0 > 1.5) break;
      if (std::abs(words[j].box.x0 - words[i].box.x0) <= 1.5 && !drop[j]) {
        drop[j] = true;
        words[i].bold = true;
      }
    }
  }
  std::vector<layout::Word> kept;
  kept.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(words[i]));
  words = std::move(kept);
}

}  // namespace allegato
