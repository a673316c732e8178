#pragma once
/// Record cells as the layout may print them: a heading of the profile
/// ("Indicatore n. 2", "OBIETTIVO SPECIFICO 01.02") and a label cell that
/// holds several lines (a band joined to the label under it, labels of
/// several rows joined into one cell). Pure text: the record reader decides
/// what the lines mean.
#include <optional>
#include <string>
#include <vector>

#include "genres/profile.hpp"

namespace allegato::genres {

/// How many words a folded text holds (words parted by single spaces).
std::size_t folded_word_count(const std::string& folded);

/// The lines of a cell's text (wrapped lines joined by '\n'), trimmed, blank
/// ones left out.
std::vector<std::string> cell_lines(const std::string& text);

/// The role ("node" or "indicator") of the profile's record heading `text`
/// is: one of `record.headings` alone, or followed by at most three words
/// holding a number or code ("Indicatore 1 di 3"); the longest heading wins.
std::optional<std::string> record_heading_role(const std::string& text, const Profile& profile);

/// A label cell's lines: the headings leading it (their roles, in order)
/// and the lines after them. The last line is never a heading (it is what
/// the headings head).
struct StackedCell {
  std::vector<std::string> headings;  ///< roles of the leading heading lines
  std::vector<std::string> labels;    ///< the lines after them, as printed
};
StackedCell split_stacked_cell(const std::string& text, const Profile& profile);

}  // namespace allegato::genres
