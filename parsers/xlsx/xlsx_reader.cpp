#include "xlsx/xlsx_reader.hpp"

#include <cstring>
#include <map>
#include <memory>
#include <unordered_set>

#include "workbook/cell_ref.hpp"
#include "workbook/number_format.hpp"
#include "workbook/xml_part.hpp"
#include "workbook/xml_stream.hpp"
#include "workbook/zip_archive.hpp"

namespace allegato {

namespace {

constexpr std::size_t kMaxCellDiagnostics = 50;

bool truthy(const pugi::xml_attribute& a) {
  if (!a) return false;
  std::string v = a.value();
  return v == "1" || v == "true";
}

std::string parent_dir(const std::string& part) {
  auto slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash);
}

// Resolves a relationship target against the folder of the part that owns
// the relationships; absolute targets start at the package root.
std::string resolve_target(const std::string& base_dir, const std::string& target) {
  std::string joined = !target.empty() && target[0] == '/' ? target.substr(1)
                       : base_dir.empty()                  ? target
                                                           : base_dir + "/" + target;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

// Excel escapes control characters in strings as _xHHHH_.
std::string decode_x_escapes(std::string s) {
  if (s.find("_x") == std::string::npos) return s;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      unsigned code = 0;
      bool hex = true;
      for (std::size_t k = i + 2; k < i + 6; ++k) {
        char c = s[k];
        code <<= 4;
        if (c >= '0' && c <= '9') code |= unsigned(c - '0');
        else if (c >= 'a' && c <= 'f') code |= unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') code |= unsigned(c - 'A' + 10);
        else hex = false;
      }
      if (hex) {
        if (code == 0x0D) {
          // A carriage return before a line feed adds nothing to the text.
        } else if (code < 0x80) {
          out += char(code);
        } else if (code < 0x800) {
          out += char(0xC0 | (code >> 6));
          out += char(0x80 | (code & 0x3F));
        } else {
          out += char(0xE0 | (code >> 12));
          out += char(0x80 | ((code >> 6) & 0x3F));
          out += char(0x80 | (code & 0x3F));
        }
        i += 6;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// Text of a shared/inline string item: the <t> of each run joined, phonetic
// runs (<rPh>) skipped.
std::string string_item_text(const pugi::xml_node& si) {
  std::string text;
  for (auto child : si.children()) {
    const char* name = local_name(child);
    if (std::strcmp(name, "t") == 0) {
      text += child.text().get();
    } else if (std::strcmp(name, "r") == 0) {
      auto t = child_local(child, "t");
      text += t.text().get();
    }
  }
  std::string decoded = decode_x_escapes(text);
  // Line breaks inside a cell arrive as \r\n or \n.
  std::string out;
  for (char c : decoded)
    if (c != '\r') out += c;
  return out;
}

struct CellStyle {
  std::string format_code;
  bool bold = false;
  bool filled = false;
};

struct Relationship {
  std::string type;
  std::string target;
};

struct SheetEntry {
  std::string name;
  std::string state;
  std::string rid;
};

class XlsxReader {
 public:
  XlsxReader(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics)
      : path_(path), limits_(limits), diagnostics_(diagnostics), zip_(path, limits) {}

  WorkbookGrids read() {
    std::string workbook_part = "xl/workbook.xml";
    for (const auto& [id, rel] : read_rels("")) {
      if (ends_with(rel.type, "/officeDocument")) workbook_part = rel.target;
    }
    std::vector<SheetEntry> sheets;
    PathHandler workbook;
    workbook.on({"*", "workbookPr"}, [&](const pugi::xml_node& pr) { date1904_ = truthy(pr.attribute("date1904")); })
        .on({"*", "sheets", "sheet"}, [&](const pugi::xml_node& sheet) {
          sheets.push_back({sheet.attribute("name").value(), sheet.attribute("state").value(),
                            attr_local(sheet, "id").value()});
        });
    stream_part(workbook_part, workbook, true);

    auto rels = read_rels(workbook_part);
    for (const auto& [id, rel] : rels) {
      if (ends_with(rel.type, "/sharedStrings")) read_shared_strings(rel.target);
      if (ends_with(rel.type, "/styles")) read_styles(rel.target);
    }

    WorkbookGrids grids;
    for (const auto& sheet : sheets) {
      SheetGrid grid;
      grid.name = sheet.name;
      grid.hidden = sheet.state == "hidden" || sheet.state == "veryHidden";
      auto it = rels.find(sheet.rid);
      if (it == rels.end()) {
        throw ImportError("workbook.missing_part", path_,
                          LocalMessage(N_("sheet '{sheet}' has no relationship {id} in the workbook"))
                              .set("sheet", grid.name)
                              .set("id", sheet.rid),
                          LocalMessage(N_("the file is damaged; open it in a spreadsheet and save it again")));
      }
      if (!ends_with(it->second.type, "/worksheet")) {
        // Chart sheets and dialog sheets hold no cells.
        continue;
      }
      read_sheet(it->second.target, grid);
      grids.sheets.push_back(std::move(grid));
    }
    return grids;
  }

 private:
  static bool ends_with(const std::string& s, const char* suffix) {
    std::size_t n = std::strlen(suffix);
    return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
  }

  // Every part is streamed: a sheet or a string table may be hundreds of
  // megabytes once inflated, and is read one element at a time.
  bool stream_part(const std::string& part, XmlStreamHandler& handler, bool required) {
    if (stream_xml_part(zip_, part, path_, handler, limits_.max_xml_element_bytes)) return true;
    if (!required) return false;
    throw ImportError("workbook.missing_part", path_, LocalMessage(N_("the part {part} is missing")).set("part", part),
                      LocalMessage(N_("this is not a complete XLSX workbook; open it in a spreadsheet and save it again")));
  }

  std::map<std::string, Relationship> read_rels(const std::string& part) {
    std::string dir = parent_dir(part);
    std::string name = part.substr(part.rfind('/') == std::string::npos ? 0 : part.rfind('/') + 1);
    std::string rels_part = (dir.empty() ? "" : dir + "/") + "_rels/" + name + ".rels";
    std::map<std::string, Relationship> rels;
    PathHandler handler;
    handler.on({"*", "Relationship"}, [&](const pugi::xml_node& rel) {
      if (std::string(rel.attribute("TargetMode").value()) == "External") return;
      rels[rel.attribute("Id").value()] = {rel.attribute("Type").value(),
                                           resolve_target(dir, rel.attribute("Target").value())};
    });
    stream_part(rels_part, handler, !part.empty());
    return rels;
  }

  void read_shared_strings(const std::string& part) {
    PathHandler handler;
    handler.on({"*", "si"}, [&](const pugi::xml_node& si) { shared_strings_.push_back(string_item_text(si)); });
    stream_part(part, handler, false);
  }

  void read_styles(const std::string& part) {
    // The style table is read whole before any cell refers to it; its
    // elements come one at a time like a sheet's rows.
    std::map<int, std::string> custom;
    std::vector<bool> bold_fonts;
    std::vector<bool> filled;
    std::vector<std::pair<int, std::pair<std::size_t, std::size_t>>> xfs;  // format, (font, fill)
    PathHandler handler;
    handler
        .on({"*", "numFmts", "numFmt"},
            [&](const pugi::xml_node& f) { custom[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value(); })
        .on({"*", "fonts", "font"},
            [&](const pugi::xml_node& font) {
              auto b = child_local(font, "b");
              std::string val = b.attribute("val").value();
              bold_fonts.push_back(b && val != "0" && val != "false");
            })
        .on({"*", "fills", "fill"},
            [&](const pugi::xml_node& fill) {
              auto pattern_fill = child_local(fill, "patternFill");
              std::string pattern = pattern_fill.attribute("patternType").value();
              std::string colour = child_local(pattern_fill, "fgColor").attribute("rgb").value();
              // A white fill looks like no fill to the reader.
              bool white = colour == "FFFFFFFF" || colour == "00FFFFFF";
              filled.push_back(!pattern.empty() && pattern != "none" && pattern != "gray125" && !white);
            })
        .on({"*", "cellXfs", "xf"}, [&](const pugi::xml_node& xf) {
          xfs.push_back({xf.attribute("numFmtId").as_int(), {xf.attribute("fontId").as_uint(), xf.attribute("fillId").as_uint()}});
        });
    if (!stream_part(part, handler, false)) return;
    for (const auto& [fmt, font_fill] : xfs) {
      const auto [font, fill] = font_fill;
      CellStyle style;
      auto it = custom.find(fmt);
      style.format_code = it != custom.end() ? it->second : builtin_format_code(fmt);
      style.bold = font < bold_fonts.size() && bold_fonts[font];
      style.filled = fill < filled.size() && filled[fill];
      styles_.push_back(style);
    }
  }

  void diagnose(Severity severity, const std::string& code, LocalMessage message, const std::string& sheet,
                const std::string& cell) {
    std::size_t& count = per_code_[code];
    ++count;
    if (count > kMaxCellDiagnostics) return;
    if (count == kMaxCellDiagnostics)
      message = LocalMessage(N_("{message} (further {code} diagnostics are not listed)"))
                    .set("message", Phrase().message(std::move(message)))
                    .set("code", code);
    Source at;
    at.doc = path_;
    at.sheet = sheet;
    at.cell = cell;
    diagnostics_.push_back(make_diagnostic(severity, code, std::move(message), std::move(at)));
  }

  void read_sheet(const std::string& part, SheetGrid& grid) {
    shared_formulas_.clear();
    // Merges are listed after the cells (mergeCells follows sheetData) but
    // decide how each cell is read: a first pass reads them and the hidden
    // columns, skipping the rows; the second reads the rows. Inflating twice
    // costs less than holding the sheet.
    std::map<std::pair<int, int>, std::pair<int, int>> merge_spans;  // top-left -> (rows, cols)
    std::vector<std::pair<CellPos, CellPos>> merges;
    PathHandler layout;
    layout
        .on({"*", "cols", "col"},
            [&](const pugi::xml_node& col) {
              if (!truthy(col.attribute("hidden"))) return;
              int lo = col.attribute("min").as_int();
              int hi = col.attribute("max").as_int();
              // A hidden range may run to column XFD: keep only columns that can hold cells.
              for (int c = std::max(lo, 1); c <= std::min(hi, 16384); ++c) grid.hidden_cols.insert(c - 1);
            })
        .on({"*", "mergeCells", "mergeCell"}, [&](const pugi::xml_node& mc) {
          std::string ref = mc.attribute("ref").value();
          auto colon = ref.find(':');
          if (colon == std::string::npos) return;
          auto a = parse_cell_ref(ref.substr(0, colon));
          auto b = parse_cell_ref(ref.substr(colon + 1));
          if (!a || !b || b->row < a->row || b->col < a->col) return;
          merge_spans[{a->row, a->col}] = {b->row - a->row + 1, b->col - a->col + 1};
          merges.push_back({*a, *b});
        });
    stream_part(part, layout, true);
    // Covered positions in a hash set (merges are many and small in real
    // annexes); a merge too large to list is checked by its bounds.
    std::unordered_set<std::uint64_t> covered_set;
    std::vector<std::pair<CellPos, CellPos>> large_merges;
    auto key = [](int row, int col) { return (std::uint64_t(std::uint32_t(row)) << 20) | std::uint32_t(col); };
    for (const auto& [a, b] : merges) {
      std::uint64_t area = std::uint64_t(b.row - a.row + 1) * std::uint64_t(b.col - a.col + 1);
      if (area > 4096 || covered_set.size() + area > 2'000'000) {
        large_merges.push_back({a, b});
        continue;
      }
      for (int r = a.row; r <= b.row; ++r)
        for (int c = a.col; c <= b.col; ++c)
          if (r != a.row || c != a.col) covered_set.insert(key(r, c));
    }
    auto covered = [&](int row, int col) {
      if (covered_set.count(key(row, col))) return true;
      for (const auto& [a, b] : large_merges)
        if (row >= a.row && row <= b.row && col >= a.col && col <= b.col && !(row == a.row && col == a.col))
          return true;
      return false;
    };

    int next_row = 0;
    PathHandler rows;
    rows.on({"*", "sheetData", "row"}, [&](const pugi::xml_node& row) {
      int row_index = row.attribute("r") ? row.attribute("r").as_int() - 1 : next_row;
      if (row_index < 0 || row_index >= 1048576) row_index = next_row;
      next_row = row_index + 1;
      if (truthy(row.attribute("hidden"))) grid.hidden_rows.insert(row_index);
      int next_col = 0;
      for (auto c : row.children()) {
        if (std::strcmp(local_name(c), "c") != 0) continue;
        enforce_limit(path_, "cells", "max-cells", ++cell_count_, limits_.max_cells);
        CellPos pos{row_index, next_col};
        if (auto ref = parse_cell_ref(c.attribute("r").value())) pos = *ref;
        next_col = pos.col + 1;
        if (!merges.empty() && covered(pos.row, pos.col)) continue;
        GridCell cell;
        cell.row = pos.row;
        cell.col = pos.col;
        if (auto m = merge_spans.find({pos.row, pos.col}); m != merge_spans.end()) {
          cell.row_span = m->second.first;
          cell.col_span = m->second.second;
        }
        if (!read_cell(c, grid.name, cell)) continue;
        grid.cells.push_back(std::move(cell));
      }
    });
    stream_part(part, rows, true);
  }

  // Fills the displayed value; false if the cell is blank (style only).
  bool read_cell(const pugi::xml_node& c, const std::string& sheet, GridCell& cell) {
    std::string type = c.attribute("t").value();
    std::size_t style_index = c.attribute("s").as_uint();
    const CellStyle* style = style_index < styles_.size() ? &styles_[style_index] : nullptr;
    if (style) {
      cell.bold = style->bold;
      cell.filled = style->filled;
    }
    auto f = child_local(c, "f");
    auto v = child_local(c, "v");
    const std::string ref = cell_ref(cell.row, cell.col);
    if (f) {
      cell.formula = f.text().get();
      if (std::string(f.attribute("t").value()) == "shared") {
        std::string si = f.attribute("si").value();
        if (!cell.formula->empty()) {
          shared_formulas_[si] = {*cell.formula, cell.row, cell.col};
        } else if (auto it = shared_formulas_.find(si); it != shared_formulas_.end()) {
          cell.formula = shift_formula(it->second.text, cell.row - it->second.row, cell.col - it->second.col);
        }
      }
    }
    bool has_value = v && (std::strlen(v.text().get()) > 0 || type == "str");
    if (type == "inlineStr") {
      cell.text = string_item_text(child_local(c, "is"));
      cell.kind = CellKind::text;
      return !cell.text.empty() || cell.formula;
    }
    if (!has_value) {
      if (f) {
        cell.text.clear();
        cell.kind = CellKind::blank;
        diagnose(Severity::warning, "xlsx.formula_without_value",
                 LocalMessage(N_("sheet '{sheet}' cell {cell}: the formula ={formula} has no saved value (files written "
                                 "by openpyxl and similar tools); the cell is read as blank. Open and save the file in "
                                 "Excel or LibreOffice to store the values"))
                     .set("sheet", sheet)
                     .set("cell", ref)
                     .set("formula", *cell.formula),
                 sheet, ref);
        return true;
      }
      return false;
    }
    std::string raw = v.text().get();
    if (type == "s") {
      std::size_t index = std::size_t(std::strtoul(raw.c_str(), nullptr, 10));
      if (index >= shared_strings_.size()) {
        diagnose(Severity::warning, "xlsx.bad_shared_string",
                 LocalMessage(N_("sheet '{sheet}' cell {cell} points to shared string {index}, which does not exist"))
                     .set("sheet", sheet)
                     .set("cell", ref)
                     .set("index", raw),
                 sheet, ref);
        return false;
      }
      cell.text = shared_strings_[index];
      cell.kind = CellKind::text;
    } else if (type == "str") {
      cell.text = decode_x_escapes(raw);
      cell.kind = CellKind::text;
    } else if (type == "b") {
      cell.text = raw == "1" || raw == "true" ? "VERO" : "FALSO";
      cell.kind = CellKind::boolean;
    } else if (type == "e") {
      cell.text = raw;
      cell.kind = CellKind::error;
      diagnose(Severity::warning, "xlsx.error_value",
               cell.formula ? LocalMessage(N_("sheet '{sheet}' cell {cell} shows the error {error} (formula ={formula})"))
                                  .set("sheet", sheet)
                                  .set("cell", ref)
                                  .set("error", raw)
                                  .set("formula", *cell.formula)
                            : LocalMessage(N_("sheet '{sheet}' cell {cell} shows the error {error}"))
                                  .set("sheet", sheet)
                                  .set("cell", ref)
                                  .set("error", raw),
               sheet, ref);
    } else if (type == "d") {
      auto dt = parse_iso_datetime(raw);
      if (dt) {
        std::string code = style && is_date_format(style->format_code) ? style->format_code : "dd/mm/yyyy";
        cell.text = render_datetime(*dt, code);
        cell.kind = CellKind::date;
      } else {
        cell.text = raw;
        cell.kind = CellKind::text;
      }
    } else {
      auto number = parse_stored_number(raw);
      if (!number) {
        cell.text = raw;
        cell.kind = CellKind::text;
        diagnose(Severity::warning, "xlsx.bad_number",
                 LocalMessage(N_("sheet '{sheet}' cell {cell} stores '{value}', which is not a number; kept as text"))
                     .set("sheet", sheet)
                     .set("cell", ref)
                     .set("value", raw),
                 sheet, ref);
      } else {
        auto rendered = render_number(*number, style ? style->format_code : std::string(), date1904_);
        cell.text = rendered.text;
        cell.kind = rendered.kind;
      }
    }
    return true;
  }

  std::string path_;
  Limits limits_;
  std::vector<Diagnostic>& diagnostics_;
  ZipArchive zip_;
  bool date1904_ = false;
  std::vector<std::string> shared_strings_;
  std::vector<CellStyle> styles_;
  std::uint64_t cell_count_ = 0;
  std::map<std::string, std::size_t> per_code_;
  struct SharedFormula {
    std::string text;
    int row = 0;
    int col = 0;
  };
  std::map<std::string, SharedFormula> shared_formulas_;  // by si, within one sheet
};

}  // namespace

WorkbookGrids read_xlsx_grids(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics) {
  XlsxReader reader(path, limits, diagnostics);
  return reader.read();
}

}  // namespace allegato
