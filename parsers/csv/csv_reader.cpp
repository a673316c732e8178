#include "csv/csv_reader.hpp"

#include "workbook/cell_ref.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include <unicode/unistr.h>

namespace allegato {

namespace {

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    unsigned cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

std::string convert_with_icu(std::string_view bytes, const char* charset) {
  icu::UnicodeString text(bytes.data(), int32_t(bytes.size()), charset);
  std::string out;
  text.toUTF8String(out);
  return out;
}

// A field that reads as a number in the Italian or plain form: "1.419",
// "0,23", "16,66%", "€ 229.447,35", "-5".
bool looks_numeric(std::string_view s) {
  auto trim = [](std::string_view& v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  };
  trim(s);
  const std::string_view euro = "\xE2\x82\xAC";
  if (s.substr(0, euro.size()) == euro) s.remove_prefix(euro.size());
  if (s.size() >= euro.size() && s.substr(s.size() - euro.size()) == euro) s.remove_suffix(euro.size());
  trim(s);
  if (!s.empty() && s.back() == '%') s.remove_suffix(1);
  trim(s);
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  if (s.empty()) return false;
  bool digit = false;
  char last = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c == '.' || c == ',') {
      if (last == '.' || last == ',' || last == 0) return false;
    } else {
      return false;
    }
    last = c;
  }
  return digit && last != '.' && last != ',';
}

bool looks_date(std::string_view s) {
  // dd/mm/yyyy or d/m/yy
  int parts = 0, digits = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      ++digits;
      if (digits > 4) return false;
    } else if (c == '/') {
      if (digits == 0) return false;
      ++parts;
      digits = 0;
    } else {
      return false;
    }
  }
  return parts == 2 && digits >= 2;
}

// UTF-16 saved without a byte-order mark (some exports do): text that is
// mostly ASCII shows a zero byte in every other place.
const char* utf16_without_bom(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 4) return nullptr;
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < n; ++i) (i % 2 ? zero_odd : zero_even) += bytes[i] == '\0';
  const std::size_t half = n / 2;
  if (zero_odd * 10 >= half * 7 && zero_even * 10 <= half) return "UTF-16LE";
  if (zero_even * 10 >= half * 7 && zero_odd * 10 <= half) return "UTF-16BE";
  return nullptr;
}

}  // namespace

std::string decode_text(std::string_view bytes, std::string& encoding) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    encoding = "UTF-8 (BOM)";
    return std::string(bytes.substr(3));
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") {
    encoding = "UTF-16LE";
    return convert_with_icu(bytes.substr(2), "UTF-16LE");
  }
  if (bytes.substr(0, 2) == "\xFE\xFF") {
    encoding = "UTF-16BE";
    return convert_with_icu(bytes.substr(2), "UTF-16BE");
  }
  if (valid_utf8(bytes)) {
    encoding = "UTF-8";
    return std::string(bytes);
  }
  encoding = "windows-1252";
  return convert_with_icu(bytes, "windows-1252");
}

std::vector<std::vector<std::string>> split_csv(std::string_view text, char delimiter, const std::string& path,
                                                std::uint64_t max_cells,
                                                std::vector<UnterminatedQuote>* unterminated) {
  // Each recovery re-reads the text after the quote, so a hostile file with
  // many stray quotes is bounded to this many passes.
  constexpr int kMaxRecoveries = 16;
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  std::uint64_t cells = 0;
  std::size_t line = 1;
  // Where the open quote started, to re-read from there if it never closes.
  struct QuoteStart {
    std::size_t at = 0, line = 1, records = 0;
    std::vector<std::string> record;
    std::uint64_t cells = 0;
  } open;
  int recoveries = 0;
  auto end_field = [&] {
    record.push_back(std::move(field));
    field.clear();
    field_started = false;
    enforce_limit(path, "cells", "max-cells", ++cells, max_cells);
  };
  auto end_record = [&] {
    end_field();
    records.push_back(std::move(record));
    record.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else if (c == '\r') {
        // Line breaks inside a quoted field become '\n'.
        if (!(i + 1 < text.size() && text[i + 1] == '\n')) {
          field += '\n';
          ++line;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      if (quoted && i + 1 == text.size()) {
        UnterminatedQuote u{open.line, int(open.records), int(open.record.size()), recoveries < kMaxRecoveries};
        if (unterminated) unterminated->push_back(u);
        if (!u.recovered) break;
        // Back to the quote: it becomes the field's first character.
        ++recoveries;
        quoted = false;
        records.resize(open.records);
        record = open.record;
        cells = open.cells;
        line = open.line;
        field = "\"";
        field_started = true;
        i = open.at;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
      open = QuoteStart{i, line, records.size(), record, cells};
      if (i + 1 == text.size()) {
        // A quote as the very last character: nothing to swallow.
        quoted = false;
        field += c;
      }
    } else if (c == delimiter) {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else {
      field += c;
      field_started = true;
    }
  }
  if (field_started || !field.empty() || !record.empty()) end_record();
  return records;
}

char sniff_delimiter(std::string_view text, bool prefer_tab) {
  std::string candidates = prefer_tab ? "\t;,|" : ";\t,|";
  // A sample of whole lines keeps the sniffer fast on big files.
  std::string_view sample = text.substr(0, std::min<std::size_t>(text.size(), 64 * 1024));
  if (sample.size() < text.size()) {
    auto last = sample.rfind('\n');
    if (last != std::string_view::npos) sample = sample.substr(0, last);
  }
  char best = candidates[0];
  std::size_t best_score = 0;
  for (char d : candidates) {
    auto records = split_csv(sample, d, "", std::uint64_t(-1));
    if (records.size() > 200) records.resize(200);
    std::map<std::size_t, std::size_t> counts;
    for (const auto& r : records) {
      bool blank = r.size() == 1 && r[0].empty();
      if (!blank) ++counts[r.size()];
    }
    std::size_t mode = 0, freq = 0;
    for (const auto& [n, f] : counts)
      if (f > freq || (f == freq && n > mode)) {
        mode = n;
        freq = f;
      }
    std::size_t score = mode > 1 ? freq : 0;
    if (score > best_score) {
      best_score = score;
      best = d;
    }
  }
  return best;
}

WorkbookGrids read_csv_grids(const std::string& path, bool tsv, const Limits& limits,
                             std::vector<Diagnostic>& diagnostics, CsvDialect* dialect) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError("input.unreadable", path, N_("cannot open the file"), N_("check the path and permissions"));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  enforce_limit(path, "file_bytes", "max-file-mb", bytes.size(), limits.max_file_bytes);
  CsvDialect found;
  std::string text;
  const bool has_bom = bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
  if (const char* utf16 = has_bom ? nullptr : utf16_without_bom(bytes)) {
    found.encoding = std::string(utf16) + " without byte-order mark (guessed from its zero bytes)";
    text = convert_with_icu(bytes, utf16);
  } else if (bytes.find('\0') != std::string::npos && !has_bom) {
    throw ImportError("csv.binary", path, N_("holds binary data (NUL bytes), not delimited text"),
                      N_("give a CSV/TSV text file; a workbook needs its own extension (.xlsx, .ods, .xls)"));
  } else {
    text = decode_text(bytes, found.encoding);
  }
  // Excel's "sep=;" first line names the delimiter outright.
  std::size_t lines_before = 0;  // lines of the file before `text`
  if (text.size() >= 5 && text.compare(0, 4, "sep=") == 0 && (text.size() == 5 || text[5] == '\r' || text[5] == '\n')) {
    found.delimiter = text[4];
    std::size_t eol = text.find('\n');
    text.erase(0, eol == std::string::npos ? text.size() : eol + 1);
    lines_before = 1;
  } else {
    found.delimiter = sniff_delimiter(text, tsv);
  }
  if (dialect) *dialect = found;

  Source file;
  file.doc = path;
  diagnostics.push_back(make_diagnostic(
      Severity::info, "csv.dialect",
      LocalMessage(N_("read as {encoding}, delimiter {delimiter}"))
          .set("encoding", found.encoding)
          .set("delimiter", found.delimiter == '\t' ? Phrase().term(N_("tab"))
                                                    : Phrase("'" + std::string(1, found.delimiter) + "'")),
      file));

  WorkbookGrids grids;
  grids.styles_known = false;
  SheetGrid sheet;
  sheet.name = std::filesystem::path(path).stem().string();
  std::vector<UnterminatedQuote> unterminated;
  // The file's bytes are no longer needed once decoded, nor the text once
  // split: a large CSV is held once at a time, not three times.
  std::string().swap(bytes);
  auto records = split_csv(text, found.delimiter, path, limits.max_cells, &unterminated);
  std::string().swap(text);
  for (const UnterminatedQuote& u : unterminated) {
    Source at;
    at.doc = path;
    at.sheet = sheet.name;
    at.cell = cell_ref(u.record, u.field);
    diagnostics.push_back(make_diagnostic(
        Severity::warning, "csv.unterminated_quote",
        LocalMessage(u.recovered ? N_("a quote opened on line {line} is never closed; rather than read the rest of "
                                      "the file as one field, that quote was read as a literal character; check the "
                                      "quotes in that row")
                                 : N_("a quote opened on line {line} is never closed; the rest of the file was read "
                                      "as one field; check the quotes in that row"))
            .set("line", std::to_string(u.line + lines_before)),
        at));
  }
  for (std::size_t r = 0; r < records.size(); ++r) {
    for (std::size_t c = 0; c < records[r].size(); ++c) {
      std::string& value = records[r][c];
      if (value.empty()) continue;
      GridCell cell;
      cell.row = int(r);
      cell.col = int(c);
      cell.kind = looks_numeric(value) ? CellKind::number : looks_date(value) ? CellKind::date : CellKind::text;
      cell.text = std::move(value);
      sheet.cells.push_back(std::move(cell));
    }
  }
  grids.sheets.push_back(std::move(sheet));
  return grids;
}

}  // namespace allegato
