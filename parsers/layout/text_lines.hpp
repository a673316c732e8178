#pragma once
/// Phase 2 of the layout engine: words -> lines -> runs, and the text of a
/// group of words (cell text, free line text) with spaces decided by the gap
/// between boxes against the font size, never by the PDF's space flags.
#include <string>
#include <vector>

#include "layout/layout_types.hpp"

namespace allegato::layout {

/// Gap between words, in font sizes, above which two words on one line are
/// separate runs (candidate table columns). Word spaces are ~0.25-0.35 em.
inline constexpr double kRunGapEm = 0.65;
/// Gap below which two boxes are one word split by the PDF (no space added).
inline constexpr double kJoinGapEm = 0.08;

/// Dots a leader needs (`Voce ........ 123`): three dots are an ellipsis or
/// the "not available" sign of statistical tables, a value of its own.
inline constexpr int kLeaderMinDots = 4;

/// How many leader dots a character is ('.', middle dot, one-dot leader: 1;
/// '…': 3), 0 for any other character.
int leader_dots(char32_t c);

/// Whether a word is nothing but leader dots (kLeaderMinDots or more): it
/// fills the gap between a label and its value, and is neither a column nor
/// text of a cell.
bool is_leader(const std::string& text);

/// Groups the horizontal words among `ids` into lines (by vertical overlap),
/// each split into runs at gaps wider than kRunGapEm. Lines come top to
/// bottom, runs left to right. Rotated words are left out (see
/// vertical_text_order).
std::vector<Line> build_lines(const std::vector<Word>& words, const std::vector<int>& ids);

/// The words of `ids` ordered for reading: horizontal lines top to bottom
/// (words left to right); rotated words in their own reading direction.
/// Each inner vector is one visual line.
std::vector<std::vector<int>> reading_lines(const std::vector<Word>& words, const std::vector<int>& ids);

/// One visual line's words joined: no space where the boxes touch, one space
/// otherwise.
std::string join_line(const std::vector<Word>& words, const std::vector<int>& line);

/// The text of a group of words: visual lines joined by '\n'.
std::string text_of(const std::vector<Word>& words, const std::vector<int>& ids);

/// Bounding box of the words.
BBox box_of(const std::vector<Word>& words, const std::vector<int>& ids);

}  // namespace allegato::layout
