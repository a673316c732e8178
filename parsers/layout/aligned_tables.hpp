#pragma once
/// Phase 4 of the layout engine: borderless tables from alignment. Rows come
/// from baselines (lines packed closer than the gaps between rows are one
/// row: wrapped cells), columns from the white gaps that stay empty across
/// the regular rows; runs crossing a gap are spanning cells. Values stacked
/// in two columns or more, an empty line under the value above, part a row
/// that a cell spanning rows held together (the cell keeps its row span).
#include <string>
#include <vector>

#include "layout/layout_types.hpp"

namespace allegato::layout {

struct AlignedCell {
  int row = 0, col = 0, row_span = 1, col_span = 1;
  std::vector<int> words;
  BBox box;
};

/// A row boundary found inside a row that spacing left whole: values
/// stacked in `columns` columns start at `y`, each an empty line's worth of
/// white under the value above it (a cell spanning rows fills that white in
/// another column).
struct StackCut {
  double y = 0;
  int columns = 0;
  double x0 = -1e18, x1 = 1e18;  ///< a rule under some columns only: the columns it parts (the others span)
  bool ruled = false;             ///< drawn, not inferred: `y` is exact, no slack for a font's size
};

struct AlignedTable {
  BBox box;
  std::vector<std::pair<double, double>> columns;  ///< x extent of each column
  std::vector<std::pair<double, double>> rows;     ///< y extent of each row
  std::vector<AlignedCell> cells;                  ///< every (row, col) covered once
  std::vector<int> lines;                          ///< indexes of the lines it took
  std::vector<Line> beside;                        ///< parts of those lines left out: prose beside the table
  double score = 0;                                ///< share of rows that fill 2+ columns
  bool rows_from_rules = false;                    ///< rows cut by horizontal rules (hybrid)
  std::vector<StackCut> stack_cuts;                ///< where stacked values part a row spacing left whole
  int stack_spans = 0;                             ///< cells spanning the rows those cuts part
  std::string why;
};

/// For --explain: the rows stacked values parted and the cells spanning
/// them (", ..."), or "" when there are none.
std::string stacked_rows_why(const AlignedTable& t);

/// Borderless tables among `lines` (top to bottom, boilerplate excluded by
/// the caller). `row_rules` are horizontal rules outside any grid: where they
/// cross a table, they cut its rows. Blocks of lines found not to be tables
/// are described in `notes` (for --explain) when given.
std::vector<AlignedTable> find_aligned_tables(const std::vector<Word>& words, const std::vector<Line>& lines,
                                              const std::vector<Rule>& row_rules,
                                              std::vector<std::string>* notes = nullptr);

/// Lays out all `lines` as one table (inside a ruled frame whose inner
/// structure is not drawn); rows between the given y cuts when there are any.
/// Returns a table with no cells when the text has a single column.
AlignedTable align_block(const std::vector<Word>& words, const std::vector<Line>& lines,
                         const std::vector<double>& row_cuts);

/// Lays out `lines` into the given column extents (a ruled frame that draws
/// its columns but not its rows): rows from the gaps between lines.
AlignedTable align_to_columns(const std::vector<Word>& words, const std::vector<Line>& lines,
                              const std::vector<std::pair<double, double>>& columns);

/// Rows inside one band that rules enclose (a ruled cell row, or the body
/// under a ruled header) when the rules do not separate the rows: row index
/// (0..) per line, from spacing as in a borderless table. All zeros when the
/// band holds fewer than two lines filling most columns (one row, maybe with
/// wrapped cells).
std::vector<int> rows_within_band(const std::vector<Word>& words, const std::vector<const Line*>& lines,
                                  const std::vector<std::pair<double, double>>& columns);

}  // namespace allegato::layout
