#pragma once
/// The layer under the model: tables rebuilt from a PDF's positioned text or
/// read from a workbook's sheets, before any genre recognition
/// (canonical-model.md, "Tables"). It stands on its own, for any table.
#include <optional>
#include <string>
#include <vector>

#include "core/boxed.hpp"
#include "core/diagnostics.hpp"
#include "core/geometry.hpp"

namespace allegato {

enum class TableMethod { ruled, aligned, hybrid, sheet };
const char* to_string(TableMethod m);

/// A sheet column's A1 name: "A" for 0, "Z" for 25, "AA" for 26.
std::string a1_column_name(int col);
/// A sheet cell's A1 name: "B7" for (row 6, col 1), both 0-based.
std::string a1_cell_name(int row, int col);

// Ints first, then the flags: a large sheet holds one cell per value, so its
// size is the size of the sheet in memory.
struct TableCell {
  int row = 0;
  int col = 0;
  int row_span = 1;
  int col_span = 1;
  int page = 0;             ///< PDF page (1-based) of this cell; 0 for workbooks
  int rotation = 0;         ///< 0, 90, 180, 270: text direction inside the cell
  // Workbook provenance: the sheet cell (0-based), -1 for PDF cells. The sheet
  // is the table's, kept once there rather than in each cell.
  int sheet_row = -1;
  int sheet_col = -1;       ///< top-left of a merge
  bool header = false;
  bool hidden = false;      ///< in a hidden row or column
  BBox bbox;                ///< PDF points, origin top-left; empty for workbooks
  std::string text;         ///< wrapped lines joined by '\n'; workbook: the value as displayed
  Boxed<std::string> formula;  ///< workbook formula text, if any (most cells have none: boxed)
  /// "B7" for a workbook cell, "" for a PDF cell.
  std::string cell_ref() const { return sheet_row < 0 ? std::string() : a1_cell_name(sheet_row, sheet_col); }
  bool operator==(const TableCell&) const = default;
};

struct Table {
  std::string id;           ///< "t1", "t2", in reading order
  std::vector<int> pages;   ///< pages it spans (PDF), empty for workbooks
  TableMethod method = TableMethod::aligned;
  int n_rows = 0;
  int n_cols = 0;
  std::vector<TableCell> cells;  ///< sorted by (row, col); a merged cell appears once
  std::string sheet;        ///< workbook sheet, empty for PDF
  bool sheet_hidden = false;
  BBox bbox;                ///< on the first page
  double confidence = 1.0;  ///< how sure the layout engine is that this is a table

  /// The cell covering (row, col), following spans; nullptr if none.
  const TableCell* at(int row, int col) const;
  /// Source of a cell for the model.
  Source source_of(const TableCell& c, const std::string& doc) const;
};

/// A line of text outside every table (headings, paragraphs, "Risorse ...",
/// page headers and footers), in reading order.
struct TextLine {
  int page = 0;
  BBox bbox;
  std::string text;
  double font_size = 0;
  bool bold = false;
  bool boilerplate = false; ///< repeated page header/footer/page number/signature
  std::string sheet;        ///< workbook: text cells outside any table
  std::string cell_ref;     ///< workbook: its cell; bbox.y0 then holds the 0-based row
  bool operator==(const TextLine&) const = default;
};

struct PageInfo {
  int number = 0;           ///< 1-based
  double width = 0;         ///< as displayed (after /Rotate)
  double height = 0;
  int rotate = 0;           ///< the page's /Rotate
  bool has_text = true;
};

/// What a reader (PDF or workbook) hands to the genre recognisers.
struct ExtractedDocument {
  std::string path;
  std::string sha256;
  std::string format;                  ///< "pdf", "xlsx", "ods", "xls", "csv"
  std::vector<PageInfo> pages;         ///< PDF
  std::vector<std::string> sheets;     ///< workbook sheet names, in order
  std::vector<Table> tables;
  std::vector<TextLine> lines;
  std::vector<Diagnostic> diagnostics;
};

/// One item in reading order: either a table or a free text line.
struct Block {
  const Table* table = nullptr;
  const TextLine* line = nullptr;
  int page = 0;
  double y = 0;
};
/// Tables and lines interleaved in reading order (page, then top y; a table
/// spanning pages sits where it starts). Workbooks: sheet order, then row.
std::vector<Block> reading_order(const ExtractedDocument& doc);

}  // namespace allegato
