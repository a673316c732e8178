#pragma once
/// Turns a sheet's cells into tables and free text lines.
///
/// The rule (documented for users in `allegato tables --help` terms):
/// - A sheet's used range is ONE table (method "sheet"). Merged cells never
///   split it: a merge is one cell with its spans.
/// - A sheet splits into several tables only where a band of at least
///   kSplitGap (2) consecutive fully empty rows, or fully empty columns,
///   separates blocks of cells (cut recursively, rows then columns). A single
///   spacer row or column stays inside the table.
/// - Title rows at the top of a block (a row holding a single text cell, e.g.
///   a wide merged title) become TextLines with sheet + cell_ref and
///   bbox = (col, row, col + col_span, row + row_span), so nothing is lost.
///   A block of one column of text only is free text, not a table.
/// - Header rows (a year such as "2024" counts as text here): where styles
///   are known, the leading rows that are all text and all bold or filled
///   (at most 3); else the leading all-text rows above the first row holding
///   a number/date (at most 3); else the first row if it is all text. A
///   header cell spanning rows extends the header to its last row. Further
///   down, styled all-text rows of two or more cells (section headers that
///   repeat the column titles) are headers too.
#include <string>

#include "tables/table.hpp"
#include "workbook/sheet_grid.hpp"

namespace allegato {

constexpr int kSplitGap = 2;

/// Appends the tables (ids continuing from doc.tables.size()) and text lines
/// of `sheet` to `doc`. `include_hidden` false drops cells in hidden rows and
/// columns. The sheet is taken by value: move it in, and its cells' strings
/// move into the tables instead of being copied.
void sheet_to_tables(SheetGrid sheet, bool styles_known, bool include_hidden, ExtractedDocument& doc);

}  // namespace allegato
