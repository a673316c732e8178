#pragma once
/// Spreadsheet number formats rendered the way an Italian reader sees them
/// (comma decimal, dot grouping), without binary floating point: the stored
/// number text ("0.1666", "1E-3") goes to a Decimal and is rounded there.
///
/// Percent and date are detected from the FORMAT CODE, never from a format
/// id (LibreOffice saves every format under a custom id).
#include <optional>
#include <string>
#include <string_view>

#include "values/decimal.hpp"
#include "workbook/sheet_grid.hpp"

namespace allegato {

/// Parses a stored number as spreadsheets write it: optional sign, digits,
/// optional fraction, optional exponent ("1E-3", "2.5e+05"). nullopt if not
/// a number or if the exponent would need more than 38 decimal places.
std::optional<Decimal> parse_stored_number(std::string_view text);

/// "General" display: at most 15 significant digits, no trailing zeros,
/// comma decimal, no grouping (0.73 -> "0,73", 1419 -> "1419").
std::string general_text(const Decimal& value);

struct DateTime {
  int year = 1900, month = 1, day = 1;
  int hour = 0, minute = 0, second = 0;
};

/// Converts a date serial (days, fraction = time of day) to a calendar date.
/// The 1900 system keeps Lotus's fictitious 1900-02-29 (serial 60);
/// `date1904` counts from 1904-01-01. nullopt for negative or absurd serials.
std::optional<DateTime> serial_to_datetime(const Decimal& serial, bool date1904);

/// Parses ISO 8601 text ("2024-03-01", "2024-03-01T10:30:00", "10:30:00").
std::optional<DateTime> parse_iso_datetime(std::string_view text);

/// Renders a date with one section of a format code ("dd/mm/yyyy",
/// "d mmmm yyyy", "hh:mm"); Italian month and weekday names.
std::string render_datetime(const DateTime& dt, std::string_view section);

/// The format code of a built-in Excel format id (0-49), as an Italian
/// installation displays it (id 14 is "dd/mm/yyyy"); empty if unknown.
std::string builtin_format_code(int id);

/// True if the format code's first section formats dates or times.
bool is_date_format(std::string_view code);

struct RenderedNumber {
  std::string text;
  CellKind kind = CellKind::number;  ///< number or date
};

/// Renders a stored number with a format code. An empty code or "General"
/// gives general_text. Formats it cannot render (fractions) fall back to
/// general_text.
RenderedNumber render_number(const Decimal& value, std::string_view format_code, bool date1904);

}  // namespace allegato
