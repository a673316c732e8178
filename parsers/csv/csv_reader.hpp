#pragma once
/// CSV/TSV reader: encoding detection and conversion (ICU), delimiter
/// sniffing, RFC 4180 quoting (multi-line fields, doubled quotes).
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/limits.hpp"
#include "workbook/sheet_grid.hpp"

namespace allegato {

/// What the sniffer decided, so that a user can see it (and a test check it).
struct CsvDialect {
  char delimiter = ';';
  std::string encoding;  ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "windows-1252"
};

/// Converts raw bytes to UTF-8: a BOM decides (UTF-8, UTF-16LE/BE); valid
/// UTF-8 stays; anything else is read as Windows-1252 (a superset of
/// Latin-1 for printable text). Sets `encoding`.
std::string decode_text(std::string_view bytes, std::string& encoding);

/// Picks the delimiter among ';', ',', tab and '|': each candidate splits the
/// first lines (quotes respected) and scores on how many records share the
/// most common field count (> 1); ties favour the order given. `prefer_tab`
/// (a .tsv file) puts tab first.
char sniff_delimiter(std::string_view text, bool prefer_tab);

/// A quote that opens a field and is never closed before the end of the text.
struct UnterminatedQuote {
  std::size_t line = 0;    ///< 1-based line of `text` where the quote opens
  int record = 0;          ///< 0-based record and field of the field it opens
  int field = 0;
  bool recovered = false;  ///< re-read as a literal '"' (else it swallowed the rest)
};

/// Splits text into records of fields (quotes: fields may span lines, ""
/// is a quote). A quote never closed would swallow the rest of the text as
/// one field: the text after it is re-read with that quote as a literal
/// character (up to a few times per text; past that the field keeps the
/// rest), and each such quote is listed in `unterminated` when given.
/// Throws ImportError "limit.cells" past `max_cells`.
std::vector<std::vector<std::string>> split_csv(std::string_view text, char delimiter, const std::string& path,
                                                std::uint64_t max_cells,
                                                std::vector<UnterminatedQuote>* unterminated = nullptr);

/// Reads a CSV/TSV file as one sheet named after the file stem. A field
/// that reads as a number (Italian or plain form) is classed as a number
/// for header detection; its text is kept exactly as written.
WorkbookGrids read_csv_grids(const std::string& path, bool tsv, const Limits& limits,
                             std::vector<Diagnostic>& diagnostics, CsvDialect* dialect = nullptr);

}  // namespace allegato
