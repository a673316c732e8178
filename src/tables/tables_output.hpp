#pragma once
/// The `allegato tables` views of an ExtractedDocument: JSON (the contract's
/// Tables section plus the free lines), CSV (one block per table) and an
/// aligned text grid for a person. Deterministic: coordinates rounded to
/// 0.01 pt.
#include <iosfwd>
#include <string>

#include "tables/table.hpp"

namespace allegato {

/// {"sheets":[...] (workbooks), "tables":[{"id","pages","method","sheet",
/// "sheet_hidden","n_rows","n_cols","cells":[{"row","col","row_span",
/// "col_span", "page","bbox" (PDF) | "sheet","cell" (workbook), "text",
/// "header", "hidden"?, "formula"?, "rotation"?}]}], "lines":[...],
/// "pages":[...], "diagnostics":[...]}; with `with_lines` false the free
/// lines and pages are left out.
std::string tables_to_json(const ExtractedDocument& doc, bool with_lines = true);
/// The same bytes written to `out` as they are made: a large sheet's cells
/// are never held as one JSON tree nor as one string.
void write_tables_json(const ExtractedDocument& doc, bool with_lines, std::ostream& out);

/// One CSV block per table ("# t1 ruled pages 1-2" then its rows), blocks
/// separated by an empty line; a merged cell's text sits in its top-left.
std::string tables_to_csv(const ExtractedDocument& doc);

/// Each table as an aligned grid (wrapped lines shown on one line joined by
/// " ↵ ", a sign that cannot be confused with a formula's "/"), then the
/// free lines marked [boilerplate] where they are.
std::string tables_to_text(const ExtractedDocument& doc, bool with_lines = true);

}  // namespace allegato
