#pragma once
/// Word sets and their Dice similarity, for linking entities by name.
#include <set>
#include <string>

namespace allegato {

/// The folded words of a title that carry meaning (stop words and
/// one-letter words dropped).
std::set<std::string> similarity_words(const std::string& text);

/// 2|A∩B| / (|A|+|B|), 0 when either is empty.
double dice(const std::set<std::string>& a, const std::set<std::string>& b);

}  // namespace allegato
