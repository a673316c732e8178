#include "layout/text_lines.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <cmath>

namespace allegato::layout {

namespace {

// A justified line has at least this many words, and its word spaces stay
// under this many font sizes.
constexpr int kJustifiedMinWords = 6;
constexpr double kJustifiedMaxGapEm = 1.5;
// Two numbers further apart than this (in font sizes) are two cells.
constexpr double kNumberGapEm = 0.45;

// Two boxes are on one line when they share most of the smaller height.
bool same_line(const BBox& a, const BBox& b) {
  double smaller = std::min(a.height(), b.height());
  if (smaller <= 0) return std::abs(a.cy() - b.cy()) < 1.0;
  return a.overlap_y(b) >= 0.55 * smaller;
}

// A superscript (a footnote mark, "Totale¹", "12,5 a") is set at most this
// share of its line's size (typographic superscripts are 0.58-0.7 em).
constexpr double kSuperscriptSize = 0.8;
// It sits against the word it marks: closer than a word space (~0.25 em).
constexpr double kSuperscriptGapEm = 0.25;

bool is_superscript_of(const Word& small, const Word& big) {
  if (small.font_size > kSuperscriptSize * big.font_size) return false;
  // Raised: its middle above the big word's, its foot below the big word's top.
  if (small.box.cy() >= big.box.cy() || small.box.y1 <= big.box.y0 - 0.1 * big.font_size) return false;
  const double gap = std::max(small.box.x0 - big.box.x1, big.box.x0 - small.box.x1);
  return gap <= kSuperscriptGapEm * big.font_size && small.box.overlap_x(big.box) < 0.5 * small.box.width();
}

// A line made only of superscripts (raised too far to share most of their
// height with their line) joins the line below whose words they mark: a
// row split in two, or two rows merged across it, otherwise.
void attach_superscripts(const std::vector<Word>& words, std::vector<std::vector<int>>& lines) {
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    for (std::size_t m = k + 1; m < lines.size() && m <= k + 2; ++m) {
      const bool all_marks = !lines[k].empty() && std::all_of(lines[k].begin(), lines[k].end(), [&](int small) {
        return std::any_of(lines[m].begin(), lines[m].end(),
                           [&](int big) { return is_superscript_of(words[small], words[big]); });
      });
      if (!all_marks) continue;
      lines[m].insert(lines[m].end(), lines[k].begin(), lines[k].end());
      std::sort(lines[m].begin(), lines[m].end(), [&](int a, int b) { return words[a].box.x0 < words[b].box.x0; });
      lines[k].clear();
      break;
    }
  }
  lines.erase(std::remove_if(lines.begin(), lines.end(), [](const auto& l) { return l.empty(); }), lines.end());
}

// Groups words (all of one orientation) into lines by vertical overlap.
std::vector<std::vector<int>> group_horizontal(const std::vector<Word>& words, std::vector<int> ids) {
  std::sort(ids.begin(), ids.end(), [&](int a, int b) {
    const auto& wa = words[a].box;
    const auto& wb = words[b].box;
    if (wa.cy() != wb.cy()) return wa.cy() < wb.cy();
    return wa.x0 < wb.x0;
  });
  std::vector<std::vector<int>> lines;
  std::vector<BBox> boxes;
  for (int id : ids) {
    const BBox& box = words[id].box;
    // Only the last few lines can still take a word: ids come sorted by centre.
    int chosen = -1;
    for (int k = static_cast<int>(lines.size()) - 1; k >= 0 && k >= static_cast<int>(lines.size()) - 3; --k) {
      if (!same_line(boxes[k], box)) continue;
      // A word overlapping another of the line horizontally belongs elsewhere
      // (stacked text drawn over itself is rare; superscripts overlap little).
      bool clash = false;
      for (int other : lines[k]) {
        if (words[other].box.overlap_x(box) > 0.5 * std::min(box.width(), words[other].box.width())) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        chosen = k;
        break;
      }
    }
    if (chosen < 0) {
      lines.push_back({id});
      boxes.push_back(box);
    } else {
      lines[chosen].push_back(id);
      boxes[chosen] = boxes[chosen].united(box);
    }
  }
  for (auto& line : lines) {
    std::sort(line.begin(), line.end(), [&](int a, int b) { return words[a].box.x0 < words[b].box.x0; });
  }
  std::stable_sort(lines.begin(), lines.end(), [&](const auto& a, const auto& b) {
    return words[a.front()].box.cy() < words[b.front()].box.cy();
  });
  attach_superscripts(words, lines);
  return lines;
}

// Rotated words: a "line" is a column of words sharing an x band; read in the
// text's direction (270: bottom to top, columns left to right; 90: top to
// bottom, columns right to left; 180: upside down, right to left).
std::vector<std::vector<int>> group_rotated(const std::vector<Word>& words, std::vector<int> ids, int rotation) {
  std::sort(ids.begin(), ids.end(), [&](int a, int b) { return words[a].box.cx() < words[b].box.cx(); });
  std::vector<std::vector<int>> columns;
  std::vector<BBox> boxes;
  for (int id : ids) {
    const BBox& box = words[id].box;
    if (!columns.empty()) {
      double smaller = std::min(boxes.back().width(), box.width());
      if (boxes.back().overlap_x(box) >= 0.55 * smaller) {
        columns.back().push_back(id);
        boxes.back() = boxes.back().united(box);
        continue;
      }
    }
    columns.push_back({id});
    boxes.push_back(box);
  }
  for (auto& col : columns) {
    std::sort(col.begin(), col.end(), [&](int a, int b) {
      if (rotation == 270) return words[a].box.y1 > words[b].box.y1;
      if (rotation == 90) return words[a].box.y0 < words[b].box.y0;
      return words[a].box.x1 > words[b].box.x1;
    });
  }
  if (rotation == 90 || rotation == 180) std::reverse(columns.begin(), columns.end());
  return columns;
}

double gap_between(const Word& a, const Word& b) {
  switch (a.rotation) {
    case 270: return a.box.y0 - b.box.y1;
    case 90: return b.box.y0 - a.box.y1;
    case 180: return a.box.x0 - b.box.x1;
    default: return b.box.x0 - a.box.x1;
  }
}

// Justified text stretches every word space of a line alike, sometimes past
// the gap that parts table columns. A line of many words whose wide gaps are
// all about equal is such a line: its run gap rises above those spaces (a
// label gap, "Table 10:   Indicators ...", still parts).
double run_gap_of_line(const std::vector<Word>& words, const std::vector<int>& group) {
  double size = 0;
  for (int id : group) size = std::max(size, words[id].font_size);
  const double base = kRunGapEm * size;
  if (static_cast<int>(group.size()) < kJustifiedMinWords) return base;
  std::vector<double> gaps;
  int lettered = 0;
  for (std::size_t k = 0; k < group.size(); ++k) {
    const Word& w = words[group[k]];
    if (k > 0) gaps.push_back(w.box.x0 - words[group[k - 1]].box.x1);
    bool letters = false, digits = false;
    for (unsigned char ch : w.text) {
      letters = letters || std::isalpha(ch) || ch >= 0x80;
      digits = digits || std::isdigit(ch);
    }
    lettered += letters && !digits ? 1 : 0;
  }
  if (2 * lettered < static_cast<int>(group.size())) return base;
  std::sort(gaps.begin(), gaps.end());
  const double median = gaps[gaps.size() / 2];
  if (median <= base || median > kJustifiedMaxGapEm * size) return base;
  // Most gaps are wide and alike: the line is justified.
  int alike = 0;
  for (double g : gaps) alike += (g >= 0.8 * median && g <= 1.25 * median) ? 1 : 0;
  if (4 * alike < 3 * static_cast<int>(gaps.size())) return base;
  return 1.3 * median;
}

// A number as printed in a table cell: digits with separators, sign,
// percent, brackets.
bool is_number_word(const std::string& text) {
  bool digit = false;
  for (unsigned char ch : text) {
    if (std::isdigit(ch)) digit = true;
    else if (!std::strchr(",.%()+-$", ch)) return false;
  }
  return digit;
}

// Three digits (maybe with decimals) after one to three bare digits: a
// thousands group ("54 200", "1 234,5"), not a new number.
bool is_digit_group(const std::string& before, const std::string& text) {
  const auto digits = [](const std::string& t, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k)
      if (!std::isdigit(static_cast<unsigned char>(t[k]))) return false;
    return true;
  };
  if (before.empty() || before.size() > 3 || !digits(before, before.size())) return false;
  return text.size() >= 3 && digits(text, 3) && (text.size() == 3 || text[3] == ',' || text[3] == '.');
}

// Two numbers side by side are two cells even when packed closer than the
// usual column gap (dense statistical tables); one number never holds a
// space but before a thousands group.
bool numbers_apart(const Word& a, const Word& b, double size) {
  if (!is_number_word(a.text) || !is_number_word(b.text) || is_digit_group(a.text, b.text)) return false;
  return b.box.x0 - a.box.x1 > kNumberGapEm * size;
}

// A bullet's hanging indent: a quarter inch on a 10-point body (1.8 em),
// with room for larger indents.
constexpr double kBulletGapEm = 2.5;

// A bullet mark: one of the usual bullet glyphs, alone.
bool is_bullet(const std::string& text) {
  for (const char* mark : {"\u2022", "\u25AA", "\u25E6", "\u2023", "\u25CF", "\u25A0", "\u2043", "\u00B7"})
    if (text == mark) return true;
  return false;
}

}  // namespace

int leader_dots(char32_t c) {
  if (c == U'.' || c == U'\u00B7' || c == U'\u2024') return 1;
  return c == U'\u2026' ? 3 : 0;
}

bool is_leader(const std::string& text) {
  int dots = 0;
  for (std::size_t i = 0; i < text.size();) {
    // The dots are ASCII, U+00B7 (two UTF-8 bytes) or U+2024/U+2026 (three).
    const auto b = static_cast<unsigned char>(text[i]);
    char32_t c = b;
    std::size_t n = 1;
    if (b == 0xC2 && i + 1 < text.size()) {
      c = static_cast<unsigned char>(text[i + 1]);  // U+0080..U+00BF
      n = 2;
    } else if (b == 0xE2 && i + 2 < text.size()) {
      c = static_cast<char32_t>(((b & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                                (static_cast<unsigned char>(text[i + 2]) & 0x3Fu));
      n = 3;
    }
    const int d = leader_dots(c);
    if (d == 0) return false;
    dots += d;
    i += n;
  }
  return dots >= kLeaderMinDots;
}

std::vector<Line> build_lines(const std::vector<Word>& words, const std::vector<int>& ids) {
  std::vector<int> horizontal;
  for (int id : ids)
    if (words[id].rotation == 0) horizontal.push_back(id);
  std::vector<Line> lines;
  for (const auto& group : group_horizontal(words, horizontal)) {
    Line line;
    const double justified_gap = run_gap_of_line(words, group);
    // Superscripts count for the line's text, not for its height, size or
    // weight: a raised mark would narrow the gap to the row above.
    double line_size = 0;
    for (int id : group) line_size = std::max(line_size, words[id].font_size);
    BBox body;
    for (int id : group)
      if (words[id].font_size > kSuperscriptSize * line_size) body = body.united(words[id].box);
    auto is_mark = [&](const Word& w) { return w.font_size <= kSuperscriptSize * line_size && w.box.cy() < body.cy(); };
    for (int id : group) {
      const Word& w = words[id];
      const bool mark = is_mark(w);
      const BBox box = mark ? BBox{w.box.x0, body.y0, w.box.x1, body.y1} : w.box;
      bool new_run = line.runs.empty();
      if (!new_run) {
        const Word& prev = words[line.runs.back().words.back()];
        double size = std::max(prev.font_size, w.font_size);
        const double gap = w.box.x0 - prev.box.x1;
        new_run = gap > std::max(kRunGapEm * size, justified_gap) || numbers_apart(prev, w, size);
        // A bullet starts the text it hangs before (a hanging indent), as
        // the first word of the run: it is no column of its own.
        if (new_run && line.runs.back().words.size() == 1 && is_bullet(prev.text) && gap <= kBulletGapEm * size)
          new_run = false;
      }
      if (new_run) line.runs.emplace_back();
      Run& run = line.runs.back();
      run.words.push_back(id);
      run.box = run.box.united(box);
      line.box = line.box.united(box);
    }
    for (auto& run : line.runs) {
      const bool only_marks = std::all_of(run.words.begin(), run.words.end(), [&](int id) { return is_mark(words[id]); });
      run.font_size = 0;
      run.bold = true;
      for (int id : run.words) {
        if (!only_marks && is_mark(words[id])) continue;
        run.font_size = std::max(run.font_size, words[id].font_size);
        run.bold = run.bold && words[id].bold;
      }
    }
    line.font_size = 0;
    line.bold = true;
    for (const auto& r : line.runs) {
      line.font_size = std::max(line.font_size, r.font_size);
      line.bold = line.bold && r.bold;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<std::vector<int>> reading_lines(const std::vector<Word>& words, const std::vector<int>& ids) {
  std::vector<int> by_rotation[4];
  for (int id : ids) by_rotation[(words[id].rotation / 90) & 3].push_back(id);
  std::vector<std::vector<int>> out = group_horizontal(words, by_rotation[0]);
  // Rotated text in a cell usually stands alone (a vertical header); when it
  // shares the cell with horizontal text it follows it.
  for (int r = 1; r < 4; ++r) {
    if (by_rotation[r].empty()) continue;
    auto cols = group_rotated(words, by_rotation[r], r * 90);
    out.insert(out.end(), cols.begin(), cols.end());
  }
  return out;
}

std::string join_line(const std::vector<Word>& words, const std::vector<int>& line) {
  std::string text;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const Word& w = words[line[i]];
    if (i > 0) {
      const Word& prev = words[line[i - 1]];
      double size = std::max(prev.font_size, w.font_size);
      if (gap_between(prev, w) > kJoinGapEm * size) text += ' ';
    }
    text += w.text;
  }
  return text;
}

std::string text_of(const std::vector<Word>& words, const std::vector<int>& ids) {
  std::string text;
  for (const auto& line : reading_lines(words, ids)) {
    if (!text.empty()) text += '\n';
    text += join_line(words, line);
  }
  return text;
}

BBox box_of(const std::vector<Word>& words, const std::vector<int>& ids) {
  BBox box;
  for (int id : ids) box = box.united(words[id].box);
  return box;
}

}  // namespace allegato::layout
