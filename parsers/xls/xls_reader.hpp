#pragma once
/// Legacy XLS (BIFF) reader through FreeXL 1.0.6.
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/limits.hpp"
#include "workbook/sheet_grid.hpp"

namespace allegato {

/// Reads every sheet of an .xls file. FreeXL gives neither number formats
/// nor merged ranges, and returns formula cells empty: numbers are shown in
/// the General form and one document-level diagnostic ("xls.no_formats",
/// "xls.formula_empty") says so. Throws ImportError "workbook.corrupt",
/// "workbook.encrypted", "limit.cells".
WorkbookGrids read_xls_grids(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics);

}  // namespace allegato
