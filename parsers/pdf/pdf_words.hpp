#pragma once
/// Positioned words of a PDF page from poppler-cpp, normalised (NFKC:
/// ligatures, NBSP) and in the page as displayed.
#include <poppler-page.h>

#include <string>
#include <string_view>

#include "layout/layout_types.hpp"

namespace allegato {

/// Fills page.width/height/rotate and page.words from a poppler page.
void read_page_words(const poppler::page& source, layout::PageInput& page);

/// A word's text as printed: ligatures and typographic spaces mapped by
/// NFKC, control characters and U+FFFD dropped, everything else kept.
std::string pdf_text_as_printed(std::string_view utf8);

/// True when a font name denotes a bold face ("ABCDEF+Arial-BoldMT").
bool is_bold_font(const std::string& font_name);

}  // namespace allegato
