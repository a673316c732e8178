#include "workbook/workbook_reader.hpp"

#include <filesystem>
#include <fstream>

#include "csv/csv_reader.hpp"
#include "ods/ods_reader.hpp"
#include "workbook/sheet_to_tables.hpp"
#include "xls/xls_reader.hpp"
#include "xlsx/xlsx_reader.hpp"

namespace allegato {

namespace {

namespace fs = std::filesystem;

constexpr char kCfbSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr char kZipSignature[] = "PK\x03\x04";

std::string read_bytes(const std::string& path, std::uint64_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError("input.unreadable", path, N_("cannot open the file"), N_("check the path and permissions"));
  std::string bytes;
  char buffer[1 << 16];
  while (in) {
    in.read(buffer, sizeof buffer);
    bytes.append(buffer, std::size_t(in.gcount()));
    if (bytes.size() > limit) break;
  }
  return bytes;
}

bool starts_with(const std::string& s, const char* prefix, std::size_t n) { return s.compare(0, n, prefix, n) == 0; }

// An encrypted OOXML workbook is a compound file holding the streams
// "EncryptionInfo" and "EncryptedPackage"; their names sit in the directory
// as UTF-16LE.
bool is_encrypted_ooxml(const std::string& bytes) {
  const std::string name = "EncryptionInfo";
  std::string utf16;
  for (char c : name) {
    utf16 += c;
    utf16 += '\0';
  }
  return bytes.find(utf16) != std::string::npos;
}

WorkbookGrids read_grids(const std::string& path, std::string format, const WorkbookOptions& options,
                         std::vector<Diagnostic>& diagnostics) {
  if (format == "csv" || format == "tsv" || format == "txt")
    return read_csv_grids(path, format == "tsv", options.limits, diagnostics);

  std::string head = read_bytes(path, 8);
  if (head.size() < 4) {
    throw ImportError("workbook.corrupt", path,
                      LocalMessage(N_("too short to be a {format} workbook")).set("format", format),
                      LocalMessage(N_("the file may be truncated; download or save it again")));
  }
  if (starts_with(head, kCfbSignature, 8)) {
    std::string bytes = read_bytes(path, options.limits.max_file_bytes);
    if (is_encrypted_ooxml(bytes)) {
      throw ImportError("workbook.encrypted", path, N_("the workbook is encrypted with a password"),
                        N_("open it, save it without a password (File > Info > Protect Workbook), and import it again"));
    }
    if (format != "xls") {
      Source file;
      file.doc = path;
      diagnostics.push_back(make_diagnostic(
          Severity::info, "workbook.format_mismatch",
          LocalMessage(N_("named as {format} but is a legacy .xls (compound file): read as XLS")).set("format", format),
          file));
    }
    return read_xls_grids(path, options.limits, diagnostics);
  }
  if (format == "xls" && starts_with(head, kZipSignature, 4)) format = "xlsx";
  if (format == "xlsx" || format == "xlsm") return read_xlsx_grids(path, options.limits, diagnostics);
  if (format == "ods") return read_ods_grids(path, options.limits, diagnostics);
  if (format == "xls") {
    throw ImportError("workbook.corrupt", path, N_("not an .xls workbook (no compound-file signature)"),
                      N_("the file may be damaged or of another type; open it in a spreadsheet and save it again"));
  }
  throw ImportError("workbook.unsupported", path,
                    LocalMessage(N_("'{format}' is not a workbook format allegato reads")).set("format", format),
                    LocalMessage(N_("give an XLSX, ODS, XLS, CSV or TSV file")));
}

}  // namespace

ExtractedDocument read_workbook(const std::string& path, const std::string& format, const WorkbookOptions& options) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    throw ImportError("input.missing", path, N_("no such file"), N_("check the path"));
  }
  // The pipeline checks this too; a library caller gets the same guard.
  enforce_limit(path, "file_bytes", "max-file-mb", fs::file_size(path, ec), options.limits.max_file_bytes);
  ExtractedDocument doc;
  doc.path = path;
  doc.format = format;
  WorkbookGrids grids;
  try {
    grids = read_grids(path, format, options, doc.diagnostics);
  } catch (const ImportError&) {
    throw;
  } catch (const std::exception& e) {
    // A reader bug or an exhausted resource must still reach the user as an
    // import error naming the file, never as a crash.
    throw ImportError("workbook.unreadable", path,
                      LocalMessage(N_("could not read the workbook: {reason}")).set("reason", e.what()),
                      LocalMessage(N_("open it in a spreadsheet and save it again; if that does not help, report the "
                                      "file")));
  }

  for (const auto& sheet : grids.sheets) doc.sheets.push_back(sheet.name);
  for (const auto& wanted : options.sheets) {
    if (std::find(doc.sheets.begin(), doc.sheets.end(), wanted) == doc.sheets.end()) {
      std::string names;
      for (const auto& n : doc.sheets) names += (names.empty() ? "'" : ", '") + n + "'";
      throw ImportError("workbook.unknown_sheet", path,
                        LocalMessage(N_("no sheet named '{sheet}'; the sheets are {sheets}"))
                            .set("sheet", wanted)
                            .set("sheets", names),
                        LocalMessage(N_("pass one of them with --sheet")));
    }
  }
  for (auto& sheet : grids.sheets) {
    if (!options.sheets.empty() &&
        std::find(options.sheets.begin(), options.sheets.end(), sheet.name) == options.sheets.end())
      continue;
    if (sheet.hidden && !options.include_hidden && options.sheets.empty()) continue;
    sheet_to_tables(std::move(sheet), grids.styles_known, options.include_hidden, doc);
  }
  return doc;
}

}  // namespace allegato
