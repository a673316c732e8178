#pragma once
/// Workbook import: XLSX, ODS, XLS and CSV/TSV into the same tables as PDFs
/// (method "sheet", provenance sheet + cell).
#include <optional>
#include <string>
#include <vector>

#include "core/limits.hpp"
#include "tables/table.hpp"

namespace allegato {

struct WorkbookOptions {
  std::vector<std::string> sheets;   ///< --sheet NAME (repeatable); empty = all sheets
  bool include_hidden = true;        ///< hidden sheets/rows/cols are kept and flagged
  Limits limits;
};

/// Reads by the format named ("xlsx", "ods", "xls", "csv", "tsv").
ExtractedDocument read_workbook(const std::string& path, const std::string& format,
                                const WorkbookOptions& options = {});

}  // namespace allegato
