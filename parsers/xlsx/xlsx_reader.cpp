#include "xlsx/xlsx_reader.hpp"

#include <cstring>
#include <map>
#include <memory>
#include <unordered_set>

#include "workbook/cell_ref.hpp"
#include "workbook/number_format.hpp"
#include "workbook/xml_part.hpp"
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

class XlsxReader {
 public:
  XlsxReader(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics)
      : path_(path), limits_(limits), diagnostics_(diagnostics), zip_(path, limits) {}

  WorkbookGrids read() {
    std::string workbook_part = "xl/workbook.xml";
    for (const auto& [id, rel] : read_rels("")) {
      if (ends_with(rel.type, "/officeDocument")) workbook_part = rel.target;
    }
    pugi::xml_document workbook;
    load_part(workbook, workbook_part, true);
    auto root = workbook.document_element();
    date1904_ = truthy(child_local(root, "workbookPr").attribute("date1904"));

    auto rels = read_rels(workbook_part);
    for (const auto& [id, rel] : rels) {
      if (ends_with(rel.type, "/sharedStrings")) read_shared_strings(rel.target);
      if (ends_with(rel.type, "/styles")) read_styles(rel.target);
    }

    WorkbookGrids grids;
    for (auto sheet : child_local(root, "sheets").children()) {
      if (std::strcmp(local_name(sheet), "sheet") != 0) continue;
      SheetGrid grid;
      grid.name = sheet.attribute("name").value();
      std::string state = sheet.attribute("state").value();
      grid.hidden = state == "hidden" || state == "veryHidden";
      std::string rid = attr_local(sheet, "id").value();
      auto it = rels.find(rid);
      if (it == rels.end()) {
        throw ImportError("workbook.missing_part", path_,
                          "sheet '" + grid.name + "' has no relationship " + rid + " in the workbook",
                          "the file is damaged; open it in a spreadsheet and save it again");
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

  bool load_part(pugi::xml_document& doc, const std::string& part, bool required) {
    auto bytes = zip_.read(part);
    if (!bytes) {
      if (!required) return false;
      throw ImportError("workbook.missing_part", path_, "the part " + part + " is missing",
                        "this is not a complete XLSX workbook; open it in a spreadsheet and save it again");
    }
    load_xml_part(doc, *bytes, path_, part);
    return true;
  }

  std::map<std::string, Relationship> read_rels(const std::string& part) {
    std::string dir = parent_dir(part);
    std::string name = part.substr(part.rfind('/') == std::string::npos ? 0 : part.rfind('/') + 1);
    std::string rels_part = (dir.empty() ? "" : dir + "/") + "_rels/" + name + ".rels";
    std::map<std::string, Relationship> rels;
    pugi::xml_document doc;
    if (!load_part(doc, rels_part, !part.empty())) return rels;
    for (auto rel : doc.document_element().children()) {
      if (std::strcmp(local_name(rel), "Relationship") != 0) continue;
      if (std::string(rel.attribute("TargetMode").value()) == "External") continue;
      rels[rel.attribute("Id").value()] = {rel.attribute("Type").value(),
                                           resolve_target(dir, rel.attribute("Target").value())};
    }
    return rels;
  }

  void read_shared_strings(const std::string& part) {
    pugi::xml_document doc;
    if (!load_part(doc, part, false)) return;
    for (auto si : doc.document_element().children()) {
      if (std::strcmp(local_name(si), "si") == 0) shared_strings_.push_back(string_item_text(si));
    }
  }

  void read_styles(const std::string& part) {
    pugi::xml_document doc;
    if (!load_part(doc, part, false)) return;
    auto root = doc.document_element();
    std::map<int, std::string> custom;
    for (auto f : child_local(root, "numFmts").children()) {
      custom[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value();
    }
    std::vector<bool> bold_fonts;
    for (auto font : child_local(root, "fonts").children()) {
      auto b = child_local(font, "b");
      std::string val = b.attribute("val").value();
      bold_fonts.push_back(b && val != "0" && val != "false");
    }
    std::vector<bool> filled;
    for (auto fill : child_local(root, "fills").children()) {
      auto pattern_fill = child_local(fill, "patternFill");
      std::string pattern = pattern_fill.attribute("patternType").value();
      std::string colour = child_local(pattern_fill, "fgColor").attribute("rgb").value();
      // A white fill looks like no fill to the reader.
      bool white = colour == "FFFFFFFF" || colour == "00FFFFFF";
      filled.push_back(!pattern.empty() && pattern != "none" && pattern != "gray125" && !white);
    }
    for (auto xf : child_local(root, "cellXfs").children()) {
      if (std::strcmp(local_name(xf), "xf") != 0) continue;
      CellStyle style;
      int fmt = xf.attribute("numFmtId").as_int();
      auto it = custom.find(fmt);
      style.format_code = it != custom.end() ? it->second : builtin_format_code(fmt);
      std::size_t font = xf.attribute("fontId").as_uint();
      std::size_t fill = xf.attribute("fillId").as_uint();
      style.bold = font < bold_fonts.size() && bold_fonts[font];
      style.filled = fill < filled.size() && filled[fill];
      styles_.push_back(style);
    }
  }

  void diagnose(Severity severity, const std::string& code, const std::string& message, const std::string& sheet,
                const std::string& cell) {
    std::size_t& count = per_code_[code];
    ++count;
    if (count > kMaxCellDiagnostics) return;
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = count == kMaxCellDiagnostics ? message + " (further " + code + " diagnostics are not listed)" : message;
    d.where.doc = path_;
    d.where.sheet = sheet;
    d.where.cell = cell;
    diagnostics_.push_back(std::move(d));
  }

  void read_sheet(const std::string& part, SheetGrid& grid) {
    shared_formulas_.clear();
    pugi::xml_document doc;
    load_part(doc, part, true);
    auto root = doc.document_element();

    for (auto col : child_local(root, "cols").children()) {
      if (!truthy(col.attribute("hidden"))) continue;
      int lo = col.attribute("min").as_int();
      int hi = col.attribute("max").as_int();
      // A hidden range may run to column XFD: keep only columns that can hold cells.
      for (int c = std::max(lo, 1); c <= std::min(hi, 16384); ++c) grid.hidden_cols.insert(c - 1);
    }

    std::map<std::pair<int, int>, std::pair<int, int>> merge_spans;  // top-left -> (rows, cols)
    std::vector<std::pair<CellPos, CellPos>> merges;
    for (auto mc : child_local(root, "mergeCells").children()) {
      std::string ref = mc.attribute("ref").value();
      auto colon = ref.find(':');
      if (colon == std::string::npos) continue;
      auto a = parse_cell_ref(ref.substr(0, colon));
      auto b = parse_cell_ref(ref.substr(colon + 1));
      if (!a || !b || b->row < a->row || b->col < a->col) continue;
      merge_spans[{a->row, a->col}] = {b->row - a->row + 1, b->col - a->col + 1};
      merges.push_back({*a, *b});
    }
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

    auto sheet_data = child_local(root, "sheetData");
    int next_row = 0;
    for (auto row : sheet_data.children()) {
      if (std::strcmp(local_name(row), "row") != 0) continue;
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
    }
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
                 "sheet '" + sheet + "' cell " + ref + ": the formula =" + *cell.formula +
                     " has no saved value (files written by openpyxl and similar tools); the cell is read as blank. "
                     "Open and save the file in Excel or LibreOffice to store the values",
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
                 "sheet '" + sheet + "' cell " + ref + " points to shared string " + raw + ", which does not exist",
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
               "sheet '" + sheet + "' cell " + ref + " shows the error " + raw +
                   (cell.formula ? " (formula =" + *cell.formula + ")" : std::string()),
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
                 "sheet '" + sheet + "' cell " + ref + " stores '" + raw + "', which is not a number; kept as text",
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
