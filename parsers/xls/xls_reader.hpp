#pragma once
/// Legacy XLS (BIFF8) reader: FreeXL 1.0.6 plus our BIFF8 record reader.
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/limits.hpp"
#include "workbook/sheet_grid.hpp"

namespace allegato {

/// Reads every sheet of an .xls file: FreeXL for the sheets and shared-string
/// text; our own BIFF8 record reader (biff_reader.hpp) for what FreeXL 1.0.6
/// lacks: number formats, formula cached results, merges, hidden
/// sheets/rows/columns, bold, the 1904 system. Formula TEXT is not decoded
/// (diagnostic "xls.formula_text"). If the records cannot be read (BIFF5 or
/// damage), falls back to FreeXL alone with the warnings "xls.no_formats"
/// and "xls.formula_empty". Throws ImportError "workbook.corrupt",
/// "workbook.encrypted", "limit.cells".
WorkbookGrids read_xls_grids(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics);

}  // namespace allegato
