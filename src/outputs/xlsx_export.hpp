#pragma once
/// XLSX export with libxlsxwriter: one sheet per entity table
/// (export_tables.hpp), a frozen bold header row with an autofilter, real
/// number cells (percent values as fractions with the 0.00% format, their
/// exact text kept in the *_raw / value columns), and internal links from
/// findings (and indicators) to the row of the node/indicator they name.
#include <string>

#include "model/model.hpp"

namespace allegato {

/// Writes the workbook at `path`. Throws ImportError("output.unwritable").
void write_xlsx(const Model& model, const std::string& path);

}  // namespace allegato
