#include "genres/record_cells.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "genres/genre_text.hpp"

namespace allegato::genres {

std::size_t folded_word_count(const std::string& folded) {
  return folded.empty() ? 0 : static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1;
}

std::vector<std::string> cell_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    line = trim_copy(line);
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::optional<std::string> record_heading_role(const std::string& text, const Profile& profile) {
  const std::string f = fold(text);
  const RolePhrase* best = nullptr;
  for (const auto& h : profile.record.headings) {
    if (f != h.phrase && !starts_with(f, h.phrase + " ")) continue;
    const std::string rest = f.size() > h.phrase.size() ? f.substr(h.phrase.size() + 1) : std::string();
    const bool numbered = rest.empty() || (folded_word_count(rest) <= 3 && std::any_of(rest.begin(), rest.end(), [](char c) {
                                             return std::isdigit(static_cast<unsigned char>(c)) != 0;
                                           }));
    if (numbered && (!best || h.phrase.size() > best->phrase.size())) best = &h;
  }
  if (!best) return std::nullopt;
  return best->role;
}

StackedCell split_stacked_cell(const std::string& text, const Profile& profile) {
  StackedCell out;
  const std::vector<std::string> lines = cell_lines(text);
  std::size_t k = 0;
  for (; k + 1 < lines.size(); ++k) {
    auto role = record_heading_role(lines[k], profile);
    if (!role) break;
    out.headings.push_back(std::move(*role));
  }
  out.labels.assign(lines.begin() + static_cast<std::ptrdiff_t>(k), lines.end());
  return out;
}

}  // namespace allegato::genres
