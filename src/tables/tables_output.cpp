#include "tables/tables_output.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace allegato {

namespace {

using Json = nlohmann::ordered_json;

double rounded(double v) { return std::round(v * 100) / 100; }

Json bbox_json(const BBox& b) { return Json::array({rounded(b.x0), rounded(b.y0), rounded(b.x1), rounded(b.y1)}); }

std::string pages_label(const std::vector<int>& pages) {
  if (pages.empty()) return "";
  std::string s = std::to_string(pages.front());
  if (pages.size() > 1) s.append("-").append(std::to_string(pages.back()));
  return s;
}

// Rows x cols of texts, a merged cell's text in its top-left slot.
std::vector<std::vector<std::string>> grid_of(const Table& t) {
  std::vector<std::vector<std::string>> grid(static_cast<std::size_t>(std::max(0, t.n_rows)),
                                             std::vector<std::string>(static_cast<std::size_t>(std::max(0, t.n_cols))));
  for (const auto& c : t.cells)
    if (c.row >= 0 && c.row < t.n_rows && c.col >= 0 && c.col < t.n_cols) grid[c.row][c.col] = c.text;
  return grid;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Display width of UTF-8 text: code points, not bytes.
std::size_t width_of(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string one_line(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) out += s[i] == '\n' ? std::string(" \u21B5 ") : std::string(1, s[i]);
  return out;
}

// Cut to at most `limit` code points, marking the cut.
std::string clip(const std::string& s, std::size_t limit) {
  if (width_of(s) <= limit) return s;
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++n > limit - 1) break;
    out += s[i];
  }
  return out + "~";
}

// `text` (a value dumped with indent 1 at depth 0) as it reads at `depth`.
void append_at(std::string& out, const std::string& text, int depth) {
  const std::string pad(static_cast<std::size_t>(depth), ' ');
  for (std::size_t from = 0; from < text.size();) {
    const std::size_t eol = text.find('\n', from);
    if (eol == std::string::npos) {
      out.append(text, from, std::string::npos);
      break;
    }
    out.append(text, from, eol + 1 - from).append(pad);
    from = eol + 1;
  }
}

}  // namespace

namespace {

// One table as root.dump(1) writes it at depth 2, its cells written one at a
// time: a 500,000-cell sheet is never held as one JSON tree nor one string.
void write_table(const Table& t, std::ostream& out) {
  Json jt = Json::object();
  jt["id"] = t.id;
  jt["pages"] = t.pages;
  jt["method"] = to_string(t.method);
  if (!t.sheet.empty()) {
    jt["sheet"] = t.sheet;
    jt["sheet_hidden"] = t.sheet_hidden;
  }
  jt["n_rows"] = t.n_rows;
  jt["n_cols"] = t.n_cols;
  std::string head = jt.dump(1);  // "{ ... \n}" without its cells, which come last
  head.resize(head.size() - 2);
  std::string text;
  append_at(text, head, 2);
  out << text << ",\n   \"cells\": ";
  if (t.cells.empty()) out << "[]";
  bool first_cell = true;
  for (const auto& c : t.cells) {
    Json jc = Json::object();
    jc["row"] = c.row;
    jc["col"] = c.col;
    jc["row_span"] = c.row_span;
    jc["col_span"] = c.col_span;
    // Provenance as the model gives it: sheet + cell for workbooks,
    // page + bbox for PDFs.
    if (c.sheet_row >= 0) {
      jc["sheet"] = t.sheet;
      jc["cell"] = c.cell_ref();
    } else {
      jc["page"] = c.page;
      jc["bbox"] = c.bbox.empty() ? Json::array() : bbox_json(c.bbox);
    }
    jc["text"] = c.text;
    jc["header"] = c.header;
    if (c.hidden) jc["hidden"] = true;
    if (c.formula) jc["formula"] = *c.formula;
    if (c.rotation != 0) jc["rotation"] = c.rotation;
    text.assign(first_cell ? "[\n    " : ",\n    ");
    first_cell = false;
    append_at(text, jc.dump(1), 4);
    out << text;
  }
  if (!t.cells.empty()) out << "\n   ]";
  out << "\n  }";
}

}  // namespace

void write_tables_json(const ExtractedDocument& doc, bool with_lines, std::ostream& out) {
  static const char* const kTablesPlaceholder = "\u0001tables\u0001";
  // Everything but the tables is small: dumped whole (as root.dump(1)) with
  // a placeholder where the tables go, which are written in its place.
  Json root = Json::object();
  if (!doc.sheets.empty()) root["sheets"] = doc.sheets;
  root["tables"] = kTablesPlaceholder;
  if (with_lines) {
    Json lines = Json::array();
    for (const auto& l : doc.lines) {
      Json jl = Json::object();
      if (!l.sheet.empty()) {
        jl["sheet"] = l.sheet;
        jl["cell"] = l.cell_ref;
      } else {
        jl["page"] = l.page;
        jl["bbox"] = bbox_json(l.bbox);
      }
      jl["text"] = l.text;
      jl["font_size"] = rounded(l.font_size);
      jl["bold"] = l.bold;
      jl["boilerplate"] = l.boilerplate;
      lines.push_back(std::move(jl));
    }
    root["lines"] = std::move(lines);
    Json pages = Json::array();
    for (const auto& p : doc.pages)
      pages.push_back(Json{{"page", p.number}, {"width", rounded(p.width)}, {"height", rounded(p.height)},
                           {"rotate", p.rotate}, {"has_text", p.has_text}});
    root["pages"] = std::move(pages);
  }
  // What was read with doubt (a formula without its value, an error cell).
  Json diagnostics = Json::array();
  for (const auto& d : doc.diagnostics) {
    Json jd = Json::object();
    jd["severity"] = to_string(d.severity);
    jd["code"] = d.code;
    if (!d.where.sheet.empty() || !d.where.cell.empty()) {
      jd["sheet"] = d.where.sheet;
      jd["cell"] = d.where.cell;
    } else if (d.where.page > 0) {
      jd["page"] = d.where.page;
    }
    jd["message"] = d.message;
    diagnostics.push_back(std::move(jd));
  }
  root["diagnostics"] = std::move(diagnostics);
  const std::string frame = root.dump(1) + "\n";
  const std::string placeholder = Json(kTablesPlaceholder).dump();
  const std::size_t at = frame.find("\"tables\": " + placeholder) + 10;
  out.write(frame.data(), static_cast<std::streamsize>(at));
  out << "[";
  bool first_table = true;
  for (const auto& t : doc.tables) {
    out << (first_table ? "\n  " : ",\n  ");
    first_table = false;
    write_table(t, out);
  }
  out << (doc.tables.empty() ? "]" : "\n ]");
  const std::size_t after = at + placeholder.size();
  out.write(frame.data() + after, static_cast<std::streamsize>(frame.size() - after));
}

std::string tables_to_json(const ExtractedDocument& doc, bool with_lines) {
  std::ostringstream out;
  write_tables_json(doc, with_lines, out);
  return std::move(out).str();
}

std::string tables_to_csv(const ExtractedDocument& doc) {
  std::string out;
  for (const auto& t : doc.tables) {
    if (!out.empty()) out += "\n";
    out += "# " + t.id + " " + to_string(t.method) +
           (t.sheet.empty() ? " pages " + pages_label(t.pages) : " sheet " + t.sheet) + "\n";
    for (const auto& row : grid_of(t)) {
      for (std::size_t c = 0; c < row.size(); ++c) out.append(c ? "," : "").append(csv_field(row[c]));
      out += "\n";
    }
  }
  return out;
}

std::string tables_to_text(const ExtractedDocument& doc, bool with_lines) {
  constexpr std::size_t kMaxColumn = 40;
  std::string out;
  for (const auto& t : doc.tables) {
    out += t.id + "  " + to_string(t.method) +
           (t.sheet.empty() ? ", page(s) " + pages_label(t.pages) : ", sheet " + t.sheet) + ", " +
           std::to_string(t.n_rows) + " rows x " + std::to_string(t.n_cols) + " columns\n";
    auto grid = grid_of(t);
    std::vector<std::size_t> widths(static_cast<std::size_t>(std::max(0, t.n_cols)), 1);
    for (auto& row : grid)
      for (std::size_t c = 0; c < row.size(); ++c) {
        row[c] = clip(one_line(row[c]), kMaxColumn);
        widths[c] = std::max(widths[c], width_of(row[c]));
      }
    std::string rule = "+";
    for (auto w : widths) rule += std::string(w + 2, '-') + "+";
    out += rule + "\n";
    // Whether each row opens with a header cell, as t.at(row, 0) would say
    // (the first cell in order covering column 0), found in one pass: asking
    // t.at for each row scans every cell and made a large sheet quadratic.
    std::vector<const TableCell*> first_of_row(grid.size() + 1, nullptr);
    for (const auto& c : t.cells) {
      if (c.col > 0 || c.col + c.col_span <= 0) continue;
      for (int r = std::max(c.row, 0); r < c.row + c.row_span && r < static_cast<int>(first_of_row.size()); ++r)
        if (!first_of_row[static_cast<std::size_t>(r)]) first_of_row[static_cast<std::size_t>(r)] = &c;
    }
    for (std::size_t r = 0; r < grid.size(); ++r) {
      out += "|";
      for (std::size_t c = 0; c < grid[r].size(); ++c)
        out += " " + grid[r][c] + std::string(widths[c] - width_of(grid[r][c]), ' ') + " |";
      out += "\n";
      const TableCell* first = first_of_row[r];
      const TableCell* next = first_of_row[r + 1];
      if (first && first->header && !(next && next->header)) out += rule + "\n";
    }
    out += rule + "\n\n";
  }
  if (with_lines && !doc.lines.empty()) {
    out += "Text outside tables:\n";
    for (const auto& l : doc.lines) {
      out += (l.sheet.empty() ? "p" + std::to_string(l.page) : l.sheet + "!" + l.cell_ref) + "  " +
             (l.boilerplate ? "[boilerplate] " : "") + one_line(l.text) + "\n";
    }
  }
  return out;
}

}  // namespace allegato
