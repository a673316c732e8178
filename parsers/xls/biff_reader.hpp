#pragma once
/// What FreeXL 1.0.6 does not give, read straight from the BIFF8 records of
/// an .xls file: number formats (per cell XF), formula cached results, merged
/// ranges, hidden sheets/rows/columns, bold fonts and the 1904 date system.
/// A small compound-file (CFB) reader finds the Workbook stream. Every read
/// is bounds-checked: hostile input gives nullopt, never a crash.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace allegato {

struct BiffCell {
  std::uint16_t xf = 0;
  enum class Kind { number, text, boolean, error, empty } kind = Kind::number;
  std::string number;        ///< shortest text of the stored double, or exact for RK integers/100
  std::string text;          ///< formula string result, or error text ("#DIV/0!")
  bool boolean = false;
  bool formula = false;
};

struct BiffMerge {
  int first_row = 0, last_row = 0, first_col = 0, last_col = 0;
};

struct BiffSheet {
  std::string name;
  bool hidden = false;
  std::map<std::pair<int, int>, BiffCell> cells;  ///< numbers, booleans, errors, formula results (not SST text)
  std::map<std::pair<int, int>, std::uint16_t> text_xf;  ///< XF of text cells (for bold)
  std::vector<BiffMerge> merges;
  std::set<int> hidden_rows;
  std::set<int> hidden_cols;
};

struct BiffWorkbook {
  bool date1904 = false;
  std::vector<std::string> xf_format;  ///< format code per XF index
  std::vector<bool> xf_bold;
  std::vector<BiffSheet> sheets;       ///< worksheets, in order
};

/// Reads the BIFF8 details of an .xls file's bytes; nullopt if the file is
/// not a BIFF8 workbook in a readable compound file.
std::optional<BiffWorkbook> read_biff_details(const std::string& bytes);

}  // namespace allegato
