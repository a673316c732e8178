#pragma once
/// XLSX (Office Open XML spreadsheet) reader: libzip + pugixml.
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/limits.hpp"
#include "workbook/sheet_grid.hpp"

namespace allegato {

/// Reads every sheet of an XLSX file into grids: values as displayed
/// (number formats applied, Italian display), formulas with their cached
/// values, merges as spans, hidden sheets/rows/columns flagged. Appends
/// doubts to `diagnostics` ("xlsx.formula_without_value", "xlsx.error_value").
/// Throws ImportError: "workbook.corrupt", "workbook.missing_part",
/// "workbook.dtd", "limit.zip_entries", "limit.zip_bytes", "limit.cells".
WorkbookGrids read_xlsx_grids(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics);

}  // namespace allegato
