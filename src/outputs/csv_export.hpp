#pragma once
/// CSV export: one RFC 4180 file per entity table (export_tables.hpp) in a
/// folder: UTF-8 without BOM, CRLF line ends, a header row, fields quoted
/// only when they hold a comma, a quote, CR or LF.
#include <string>

#include "model/model.hpp"
#include "outputs/export_tables.hpp"

namespace allegato {

/// One field, quoted if needed ("a,b" -> "\"a,b\"", quotes doubled).
std::string csv_field(const std::string& text);

/// The whole table as CSV text (header row first).
std::string to_csv(const ExportTable& table);

/// Writes <dir>/<table>.csv for every table of export_tables(model),
/// creating `dir` if needed. Throws ImportError("output.unwritable").
void write_csv_tables(const Model& model, const std::string& dir);

}  // namespace allegato
