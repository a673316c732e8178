#include "xls/xls_reader.hpp"

#include <charconv>
#include <freexl.h>
#include <map>
#include <set>

#include <fstream>
#include <iterator>

#include "workbook/cell_ref.hpp"
#include "workbook/number_format.hpp"
#include "xls/biff_reader.hpp"

namespace allegato {

namespace {

struct FreexlHandle {
  const void* handle = nullptr;
  ~FreexlHandle() {
    if (handle) freexl_close(handle);
  }
};

Diagnostic document_diagnostic(const std::string& path, const std::string& code, LocalMessage message) {
  Source file;
  file.doc = path;
  return make_diagnostic(Severity::warning, code, std::move(message), std::move(file));
}

// FreeXL hands numbers over as doubles; the shortest text that reads back
// to the same double is what the spreadsheet stored and displays.
std::string shortest_text(double v) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
  return std::string(buffer, result.ptr);
}

// Rebuilds a sheet from the BIFF8 records (formats, formula results, merges,
// hidden flags) with FreeXL's text for the shared strings.
void apply_biff(const BiffWorkbook& wb, const BiffSheet& biff, SheetGrid& sheet, const std::string& path,
                std::vector<Diagnostic>& diagnostics) {
  sheet.hidden = biff.hidden;
  sheet.hidden_rows = biff.hidden_rows;
  sheet.hidden_cols = biff.hidden_cols;
  std::vector<GridCell> cells;
  for (auto& cell : sheet.cells) {
    if (cell.kind != CellKind::text) continue;  // numbers and dates come from the records below
    auto xf = biff.text_xf.find({cell.row, cell.col});
    if (xf != biff.text_xf.end() && xf->second < wb.xf_bold.size()) cell.bold = wb.xf_bold[xf->second];
    cells.push_back(std::move(cell));
  }
  for (const auto& [pos, b] : biff.cells) {
    GridCell cell;
    cell.row = pos.first;
    cell.col = pos.second;
    const std::string format = b.xf < wb.xf_format.size() ? wb.xf_format[b.xf] : std::string();
    if (b.xf < wb.xf_bold.size()) cell.bold = wb.xf_bold[b.xf];
    switch (b.kind) {
      case BiffCell::Kind::number: {
        auto number = parse_stored_number(b.number);
        if (!number) continue;
        auto rendered = render_number(*number, format, wb.date1904);
        cell.text = rendered.text;
        cell.kind = rendered.kind;
        break;
      }
      case BiffCell::Kind::text:
        cell.text = b.text;
        cell.kind = CellKind::text;
        break;
      case BiffCell::Kind::boolean:
        cell.text = b.boolean ? "VERO" : "FALSO";
        cell.kind = CellKind::boolean;
        break;
      case BiffCell::Kind::error: {
        cell.text = b.text;
        cell.kind = CellKind::error;
        Diagnostic d = document_diagnostic(path, "xls.error_value",
                                           LocalMessage(N_("sheet '{sheet}' cell {cell} shows the error {error}"))
                                               .set("sheet", sheet.name)
                                               .set("cell", cell_ref(cell.row, cell.col))
                                               .set("error", b.text));
        d.where.sheet = sheet.name;
        d.where.cell = cell_ref(cell.row, cell.col);
        diagnostics.push_back(d);
        break;
      }
      case BiffCell::Kind::empty:
        continue;
    }
    if (cell.text.empty()) continue;
    cells.push_back(std::move(cell));
  }
  // Merges: the top-left cell takes the spans, covered cells are not shown.
  std::set<std::pair<int, int>> covered;
  std::map<std::pair<int, int>, const BiffMerge*> tops;
  for (const auto& m : biff.merges) {
    tops[{m.first_row, m.first_col}] = &m;
    if (std::size_t(m.last_row - m.first_row + 1) * std::size_t(m.last_col - m.first_col + 1) > 100000) continue;
    for (int r = m.first_row; r <= m.last_row; ++r)
      for (int c = m.first_col; c <= m.last_col; ++c)
        if (r != m.first_row || c != m.first_col) covered.insert({r, c});
  }
  sheet.cells.clear();
  for (auto& cell : cells) {
    if (covered.count({cell.row, cell.col})) continue;
    if (auto it = tops.find({cell.row, cell.col}); it != tops.end()) {
      cell.row_span = it->second->last_row - it->second->first_row + 1;
      cell.col_span = it->second->last_col - it->second->first_col + 1;
    }
    sheet.cells.push_back(std::move(cell));
  }
}

}  // namespace

WorkbookGrids read_xls_grids(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics) {
  FreexlHandle xls;
  int rc = freexl_open(path.c_str(), &xls.handle);
  if (rc != FREEXL_OK) {
    throw ImportError("workbook.corrupt", path,
                      LocalMessage(N_("FreeXL cannot read this .xls file (error {code})")).set("code", std::to_string(rc)),
                      LocalMessage(N_("open it in LibreOffice or Excel and save it as .xlsx (libreoffice --headless "
                                      "--convert-to xlsx FILE)")));
  }
  unsigned int password = 0;
  if (freexl_get_info(xls.handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED) {
    throw ImportError("workbook.encrypted", path, N_("the .xls workbook is protected with a password"),
                      N_("open it, save it without a password, and import it again"));
  }
  unsigned int date_mode = FREEXL_BIFF_DATEMODE_1900;
  freexl_get_info(xls.handle, FREEXL_BIFF_DATEMODE, &date_mode);
  unsigned int sheet_count = 0;
  if (freexl_get_info(xls.handle, FREEXL_BIFF_SHEET_COUNT, &sheet_count) != FREEXL_OK) sheet_count = 0;

  WorkbookGrids grids;
  grids.styles_known = false;
  std::uint64_t cells = 0;
  for (unsigned short s = 0; s < sheet_count; ++s) {
    SheetGrid sheet;
    const char* name = nullptr;
    if (freexl_get_worksheet_name(xls.handle, s, &name) == FREEXL_OK && name) sheet.name = name;
    else sheet.name = "Sheet" + std::to_string(s + 1);
    if (freexl_select_active_worksheet(xls.handle, s) != FREEXL_OK) continue;
    unsigned int rows = 0;
    unsigned short cols = 0;
    if (freexl_worksheet_dimensions(xls.handle, &rows, &cols) != FREEXL_OK) continue;
    enforce_limit(path, "cells", "max-cells", cells + std::uint64_t(rows) * cols, limits.max_cells);
    cells += std::uint64_t(rows) * cols;
    for (unsigned int r = 0; r < rows; ++r) {
      for (unsigned short c = 0; c < cols; ++c) {
        FreeXL_CellValue value;
        if (freexl_get_cell_value(xls.handle, r, c, &value) != FREEXL_OK) continue;
        GridCell cell;
        cell.row = int(r);
        cell.col = int(c);
        switch (value.type) {
          case FREEXL_CELL_INT:
            cell.text = std::to_string(value.value.int_value);
            cell.kind = CellKind::number;
            break;
          case FREEXL_CELL_DOUBLE: {
            std::string stored = shortest_text(value.value.double_value);
            auto number = parse_stored_number(stored);
            cell.text = number ? general_text(*number) : stored;
            cell.kind = CellKind::number;
            break;
          }
          case FREEXL_CELL_TEXT:
          case FREEXL_CELL_SST_TEXT:
            cell.text = value.value.text_value ? value.value.text_value : "";
            cell.kind = CellKind::text;
            break;
          case FREEXL_CELL_DATE:
          case FREEXL_CELL_DATETIME:
          case FREEXL_CELL_TIME: {
            std::string raw = value.value.text_value ? value.value.text_value : "";
            auto dt = parse_iso_datetime(raw);
            const char* format = value.type == FREEXL_CELL_DATE       ? "dd/mm/yyyy"
                                 : value.type == FREEXL_CELL_DATETIME ? "dd/mm/yyyy hh:mm:ss"
                                                                      : "hh:mm:ss";
            cell.text = dt ? render_datetime(*dt, format) : raw;
            cell.kind = CellKind::date;
            break;
          }
          default:
            continue;
        }
        if (cell.text.empty()) continue;
        sheet.cells.push_back(std::move(cell));
      }
    }
    grids.sheets.push_back(std::move(sheet));
  }
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::optional<BiffWorkbook> biff;
  if (bytes.size() <= limits.max_file_bytes) biff = read_biff_details(bytes);
  bool same_sheets = biff && biff->sheets.size() == grids.sheets.size();
  for (std::size_t i = 0; same_sheets && i < grids.sheets.size(); ++i)
    same_sheets = biff->sheets[i].name == grids.sheets[i].name;
  if (same_sheets) {
    for (std::size_t i = 0; i < grids.sheets.size(); ++i)
      apply_biff(*biff, biff->sheets[i], grids.sheets[i], path, diagnostics);
    grids.styles_known = true;
    Diagnostic d = document_diagnostic(
        path, "xls.formula_text",
        LocalMessage(N_("legacy .xls: formula results, number formats and merges are read, but not the formula text, "
                        "the fills, nor rich text runs. For full fidelity convert it: libreoffice --headless "
                        "--convert-to xlsx FILE")));
    d.severity = Severity::info;
    diagnostics.push_back(d);
    return grids;
  }
  diagnostics.push_back(document_diagnostic(
      path, "xls.no_formats",
      LocalMessage(N_("legacy .xls read with FreeXL only (its BIFF records could not be read in detail): number "
                      "formats, merged cells, hidden rows/columns/sheets and bold text are not available, so numbers "
                      "are shown in the General form (16,66% appears as 0,1666) and merged headers as single cells. "
                      "For full fidelity convert it: libreoffice --headless --convert-to xlsx FILE"))));
  diagnostics.push_back(document_diagnostic(
      path, "xls.formula_empty",
      LocalMessage(N_("FreeXL returns formula cells empty: any cell computed by a formula is missing from the "
                      "tables. Convert the file to .xlsx (libreoffice --headless --convert-to xlsx FILE) to keep "
                      "formula results"))));
  (void)date_mode;  // FreeXL already applies the date mode when it returns dates.
  return grids;
}

}  // namespace allegato
