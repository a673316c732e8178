#pragma once
/// ODS (OpenDocument spreadsheet) reader: libzip + pugixml over content.xml.
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/limits.hpp"
#include "workbook/sheet_grid.hpp"

namespace allegato {

/// Reads every sheet of an ODS file into grids. Numbers are rendered from
/// office:value with the cell's data style (Italian display), strings from
/// text:p; repeated rows/columns are expanded only where they hold content
/// (a trailing repeat of a million empty rows costs nothing), merges come
/// from number-columns/rows-spanned, hidden rows/columns from
/// table:visibility, hidden sheets from the table style's table:display.
/// Throws ImportError: "workbook.corrupt", "workbook.missing_part",
/// "workbook.dtd", "limit.zip_entries", "limit.zip_bytes", "limit.cells".
WorkbookGrids read_ods_grids(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics);

}  // namespace allegato
