#pragma once
/// The model as tidy long tables, one per entity: the one view that the CSV
/// and XLSX exports both write (columns documented in docs/exports.md).
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "values/decimal.hpp"

namespace allegato {

/// One cell: the text a CSV holds, and for the XLSX a number when the cell
/// is numeric and an internal link when it names another row.
struct ExportCell {
  std::string text;
  std::optional<Decimal> number;  ///< exact value; XLSX writes a number cell
  bool percent = false;           ///< number is on the printed % scale (16.66): XLSX writes 0.1666 as 0.00%
  std::string link_sheet;         ///< XLSX: internal link to this sheet...
  int link_row = 0;               ///< ...and this 0-based data row (header excluded)
  bool date = false;              ///< text is a date "YYYY-MM-DD": XLSX writes a date cell (dd/mm/yyyy)
};

struct ExportTable {
  std::string name;                    ///< "nodes": file nodes.csv, sheet "nodes"
  std::vector<std::string> columns;
  std::vector<std::vector<ExportCell>> rows;
};

/// documents, nodes, indicators, targets, findings, finding_sources,
/// unassigned, diagnostics: in that order, rows in model order.
std::vector<ExportTable> export_tables(const Model& model);

}  // namespace allegato
