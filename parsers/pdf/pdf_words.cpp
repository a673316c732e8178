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

void read_page_words(const poppler::page& source, layout::PageInput& page) {
  const poppler::rectf media = source.page_rect(poppler::media_box);
  switch (source.orientation()) {
    case poppler::page::landscape: page.rotate = 90; break;
    case poppler::page::upside_down: page.rotate = 180; break;
    case poppler::page::seascape: page.rotate = 270; break;
    default: page.rotate = 0; break;
  }
  // Word boxes come in the displayed frame; the media box does not.
  const bool swapped = page.rotate == 90 || page.rotate == 270;
  page.width = swapped ? media.height() : media.width();
  page.height = swapped ? media.width() : media.height();

  for (const auto& box : source.text_list(poppler::page::text_list_include_font)) {
    const auto utf8 = box.text().to_utf8();
    std::string text = pdf_text_as_printed(std::string_view(utf8.data(), utf8.size()));
    if (text.empty()) continue;
    const poppler::rectf r = box.bbox();
    layout::Word w;
    w.text = std::move(text);
    w.box = {r.left(), r.top(), r.right(), r.bottom()};
    if (w.box.x1 < w.box.x0) std::swap(w.box.x0, w.box.x1);
    if (w.box.y1 < w.box.y0) std::swap(w.box.y0, w.box.y1);
    w.rotation = (box.rotation() & 3) * 90;
    w.font_size = box.get_font_size();
    // Rotated or odd fonts may report no size: the box's short side stands in.
    if (!(w.font_size > 0.5 && w.font_size < 500))
      w.font_size = std::max(1.0, w.rotation % 180 == 0 ? w.box.height() : w.box.width());
    w.bold = is_bold_font(box.get_font_name());
    page.words.push_back(std::move(w));
  }
}

}  // namespace allegato
