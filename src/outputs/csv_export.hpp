#pragma once
/// CSV export: one RFC 4180 file per entity table (export_tables.hpp) in a
/// folder: UTF-8 without BOM, CRLF line ends, a header row, fields quoted
/// only when they hold a comma, a quote, CR or LF.
#include <string>

#include "model/model.hpp"
#include "outputs/export_tables.hpp"

namespace allegato {

/// How the CSV is spelled. The default is RFC 4180; `excel_it()` is what an
/// Italian Excel opens with a double click: ';' between fields, decimal
/// comma in number cells (100,00), and a UTF-8 byte-order mark.
struct CsvDialect {
  char separator = ',';
  bool decimal_comma = false;
  bool bom = false;
  static CsvDialect rfc4180() { return {}; }
  static CsvDialect excel_it() { return {';', true, true}; }
};

/// One field, quoted if needed ("a,b" -> "\"a,b\"", quotes doubled).
std::string csv_field(const std::string& text, char separator = ',');

/// The whole table as CSV text (header row first; the BOM, if any, first).
std::string to_csv(const ExportTable& table, const CsvDialect& dialect = {});

/// Writes <dir>/<table>.csv for every table of export_tables(model),
/// creating `dir` if needed. Throws ImportError("output.unwritable").
void write_csv_tables(const Model& model, const std::string& dir, const CsvDialect& dialect = {});

}  // namespace allegato
