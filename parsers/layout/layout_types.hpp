#pragma once
/// The layout engine's inputs and intermediate pieces. The engine needs no
/// PDF: the PDF reader (parsers/pdf) turns pages into `PageInput`s, tests and
/// the fuzzer build them by hand. Coordinates are points in the page as
/// displayed (after /Rotate), origin top-left, y growing downwards.
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace allegato::layout {

/// One word as the PDF places it (poppler gives one box per word).
struct Word {
  std::string text;        ///< UTF-8, already NFKC-normalised
  BBox box;
  double font_size = 10;
  bool bold = false;
  int rotation = 0;        ///< text direction: 0, 90 (top to bottom), 180, 270 (bottom to top)
};

/// A ruling line (stroked segment or thin filled rectangle), as a thin box.
struct Rule {
  BBox box;
  /// An edge of a filled row band (zebra stripes), not a drawn line: the
  /// stretch between two bands may hold several rows.
  bool band_edge = false;
  bool horizontal() const { return box.width() >= box.height(); }
};

struct PageInput {
  int number = 1;          ///< 1-based
  double width = 612;      ///< as displayed
  double height = 792;
  int rotate = 0;          ///< the page's /Rotate
  std::vector<Word> words;
  std::vector<Rule> rules;
  std::vector<BBox> fills; ///< filled rectangles thicker than a rule (cell shading, row bands, bars)
};

/// Words of one line that sit close together (gap below a fraction of the
/// font size): the unit that fills a cell of a borderless table.
struct Run {
  std::vector<int> words;  ///< indexes into PageInput::words, left to right
  BBox box;
  double font_size = 10;
  bool bold = false;
};

/// Runs sharing a baseline, left to right.
struct Line {
  std::vector<Run> runs;
  BBox box;
  double font_size = 10;
  bool bold = false;
  bool boilerplate = false;
};

/// What the engine decided and why, for `--explain` and the debug pictures.
struct TableTrace {
  std::string method;      ///< ruled | aligned | hybrid
  BBox box;
  int rows = 0, cols = 0;
  double score = 0;
  std::string why;
};
struct PageTrace {
  int number = 0;
  int words = 0;
  int rules = 0;           ///< after merging collinear pieces
  std::vector<BBox> cell_boxes;
  std::vector<BBox> leader_boxes;  ///< leader dots left out of every cell and line
  std::vector<BBox> band_boxes;    ///< filled row bands whose edges part rows
  std::vector<BBox> stack_cut_boxes;  ///< thin boxes across a table where stacked values part a row
  std::vector<TableTrace> tables;
  std::vector<std::string> notes;
};

}  // namespace allegato::layout
