#pragma once
/// How a PDF word's text and font are read: text as printed (ligatures and
/// typographic spaces undone), bold faces from font names.
#include <string>
#include <string_view>
#include <vector>

#include "layout/layout_types.hpp"

namespace allegato {

/// A word's text as printed: ligatures and typographic spaces mapped by
/// NFKC, control characters and U+FFFD dropped, everything else kept.
std::string pdf_text_as_printed(std::string_view utf8);

/// True when a font name denotes a bold face ("ABCDEF+Arial-BoldMT").
bool is_bold_font(const std::string& font_name);

/// Text printed twice a fraction of a point apart ("fake bold") becomes one
/// bold word.
void drop_overprinted_words(std::vector<layout::Word>& words);

}  // namespace allegato
