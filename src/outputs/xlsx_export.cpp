#include "outputs/xlsx_export.hpp"

#include <algorithm>
#include <charconv>
#include <memory>

#include <xlsxwriter.h>

#include "core/diagnostics.hpp"
#include "outputs/export_tables.hpp"

namespace allegato {
namespace {

// Excel's limit for a cell's text.
constexpr std::size_t kMaxCellText = 32767;

std::string cell_text(const std::string& s) {
  if (s.size() <= kMaxCellText) return s;
  std::size_t cut = kMaxCellText;
  // Do not cut a UTF-8 sequence in half.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut);
}

// The view layer: an XLSX number cell is binary floating point by nature;
// the exact decimal stays in the text columns beside it.
double to_double(const Decimal& d) {
  const std::string text = d.to_string();
  double v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

struct Formats {
  lxw_format* header;
  lxw_format* percent;
  lxw_format* integer;
  lxw_format* decimal;
  lxw_format* link;
  lxw_format* date;
};

class XlsxWriter {
 public:
  explicit XlsxWriter(const std::string& path) : path_(path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_FALSE;
    workbook_ = workbook_new_opt(path.c_str(), &options);
    if (!workbook_) throw ImportError("output.unwritable", path, N_("cannot create the workbook"), N_("check the path"));
    formats_.header = workbook_add_format(workbook_);
    format_set_bold(formats_.header);
    format_set_bg_color(formats_.header, 0xDDE4EE);
    formats_.percent = workbook_add_format(workbook_);
    format_set_num_format(formats_.percent, "0.00%");
    formats_.integer = workbook_add_format(workbook_);
    format_set_num_format(formats_.integer, "0");
    formats_.decimal = workbook_add_format(workbook_);
    format_set_num_format(formats_.decimal, "General");
    formats_.date = workbook_add_format(workbook_);
    format_set_num_format(formats_.date, "dd/mm/yyyy");
    formats_.link = workbook_add_format(workbook_);
    format_set_font_color(formats_.link, LXW_COLOR_BLUE);
    format_set_underline(formats_.link, LXW_UNDERLINE_SINGLE);
  }

  ~XlsxWriter() {
    if (workbook_) workbook_close(workbook_);
  }

  void add(const ExportTable& table) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, table.name.c_str());
    if (!sheet)
      throw ImportError("output.unwritable", path_, LocalMessage(N_("cannot add the sheet '{sheet}'")).set("sheet", table.name));
    std::vector<std::size_t> widths(table.columns.size(), 8);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.columns[c].c_str(), formats_.header);
      widths[c] = std::max(widths[c], table.columns[c].size() + 2);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
        write_cell(sheet, row, static_cast<lxw_col_t>(c), table.rows[r][c]);
        widths[c] = std::max(widths[c], std::min<std::size_t>(table.rows[r][c].text.size() + 1, 60));
      }
    }
    for (std::size_t c = 0; c < widths.size(); ++c)
      worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), static_cast<double>(widths[c]),
                           nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.columns.empty())
      worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                           static_cast<lxw_col_t>(table.columns.size() - 1));
  }

  void close() {
    lxw_error error = workbook_close(workbook_);
    workbook_ = nullptr;
    if (error != LXW_NO_ERROR)
      throw ImportError("output.unwritable", path_,
                        LocalMessage(N_("cannot write the workbook: {reason}")).set("reason", lxw_strerror(error)),
                        LocalMessage(N_("check the path, free space and permissions")));
  }

 private:
  void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const ExportCell& cell) {
    if (!cell.link_sheet.empty()) {
      // Data row r is worksheet row r + 2 in A1 notation (header is row 1).
      const std::string url = "internal:'" + cell.link_sheet + "'!A" + std::to_string(cell.link_row + 2);
      worksheet_write_url_opt(sheet, row, col, url.c_str(), formats_.link, cell_text(cell.text).c_str(), nullptr);
      return;
    }
    if (cell.number) {
      if (cell.percent) {
        worksheet_write_number(sheet, row, col, to_double(cell.number->shifted(-2)), formats_.percent);
      } else {
        const bool whole = cell.number->scale() == 0;
        worksheet_write_number(sheet, row, col, to_double(*cell.number), whole ? formats_.integer : formats_.decimal);
      }
      return;
    }
    if (cell.date) {
      lxw_datetime when{};
      when.year = std::stoi(cell.text.substr(0, 4));
      when.month = std::stoi(cell.text.substr(5, 2));
      when.day = std::stoi(cell.text.substr(8, 2));
      worksheet_write_datetime(sheet, row, col, &when, formats_.date);
      return;
    }
    if (cell.text.empty()) return;
    worksheet_write_string(sheet, row, col, cell_text(cell.text).c_str(), nullptr);
  }

  std::string path_;
  lxw_workbook* workbook_ = nullptr;
  Formats formats_{};
};

}  // namespace

void write_xlsx(const Model& model, const std::string& path) {
  XlsxWriter writer(path);
  for (const auto& table : export_tables(model)) writer.add(table);
  writer.close();
}

}  // namespace allegato
