#include "ods/ods_reader.hpp"

#include <cstring>
#include <map>

#include "workbook/cell_ref.hpp"
#include "workbook/number_format.hpp"
#include "workbook/xml_part.hpp"
#include "workbook/xml_stream.hpp"
#include "workbook/zip_archive.hpp"

namespace allegato {

namespace {

constexpr int kMaxColumns = 16384;
constexpr long kMaxRows = 1048576;
constexpr std::size_t kMaxCellDiagnostics = 50;

bool is(const pugi::xml_node& n, const char* qualified) { return std::strcmp(n.name(), qualified) == 0; }

// A cell style: its data (number) style, boldness, fill; parents resolved lazily.
struct CellStyle {
  std::string parent;
  std::string data_style;
  std::optional<bool> bold;
  std::optional<bool> filled;
};

// A data style translated to a spreadsheet format code, with the
// conditional maps (LibreOffice puts negative formats in the main style and
// maps "value()>=0" to the positive one).
struct DataStyle {
  std::string kind;  // number, percentage, currency, date, time, boolean, text
  std::string code;
  bool supported = true;
  std::vector<std::pair<std::string, std::string>> maps;  // condition -> style name
};

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Text content of a text:p / text:span tree: text:s adds spaces, text:tab a
// tab, text:line-break a newline.
void collect_text(const pugi::xml_node& node, std::string& out) {
  for (auto child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else if (is(child, "text:s")) {
      int n = child.attribute("text:c").as_int(1);
      out.append(std::size_t(std::clamp(n, 1, 1000)), ' ');
    } else if (is(child, "text:tab")) {
      out += '\t';
    } else if (is(child, "text:line-break")) {
      out += '\n';
    } else if (is(child, "office:annotation") || is(child, "text:note")) {
      // Comments are not the cell's displayed value.
    } else {
      collect_text(child, out);
    }
  }
}

std::string cell_text(const pugi::xml_node& cell) {
  std::string text;
  bool first = true;
  for (auto p : cell.children()) {
    if (!is(p, "text:p") && !is(p, "text:h")) continue;
    if (!first) text += '\n';
    first = false;
    collect_text(p, text);
  }
  return text;
}

// "PT12H30M05S" (office:time-value) to a DateTime on the zero day.
std::optional<DateTime> parse_duration(const std::string& s) {
  if (s.size() < 3 || s.compare(0, 2, "PT") != 0) return std::nullopt;
  DateTime dt;
  dt.year = 1899;
  dt.month = 12;
  dt.day = 30;
  long value = 0;
  bool digits = false;
  for (std::size_t i = 2; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      value = std::min(value * 10 + (c - '0'), 100000L);
      digits = true;
    } else if (c == '.') {
      // Fractional seconds: skip them.
      while (i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') ++i;
    } else if (digits && (c == 'H' || c == 'M' || c == 'S')) {
      if (c == 'H') dt.hour = int(value % 24);
      if (c == 'M') dt.minute = int(value % 60);
      if (c == 'S') dt.second = int(value % 60);
      value = 0;
      digits = false;
    } else {
      return std::nullopt;
    }
  }
  return dt;
}

class OdsReader {
 public:
  OdsReader(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics)
      : path_(path), limits_(limits), diagnostics_(diagnostics), zip_(path, limits) {}

  // Both parts are streamed: content.xml holds every cell and may be
  // hundreds of megabytes once inflated; it is read one row at a time.
  WorkbookGrids read() {
    if (!zip_.has("content.xml")) {
      throw ImportError("workbook.missing_part", path_, N_("content.xml is missing"),
                        N_("this is not a complete ODS spreadsheet; open it in LibreOffice and save it again"));
    }
    PathHandler styles;
    auto style = [this](const pugi::xml_node& s) { read_style(s); };
    styles.on({"*", "styles", "*"}, style).on({"*", "automatic-styles", "*"}, style);
    stream_xml_part(zip_, "styles.xml", path_, styles, limits_.max_xml_element_bytes);
    ContentHandler content(*this);
    stream_xml_part(zip_, "content.xml", path_, content, limits_.max_xml_element_bytes);
    if (!content.spreadsheet_seen) {
      throw ImportError("workbook.wrong_type", path_, N_("the OpenDocument file holds no spreadsheet"),
                        N_("this looks like a text or drawing document; give an .ods spreadsheet"));
    }
    return std::move(content.grids);
  }

 private:
  // content.xml: styles first (office:automatic-styles), then
  // office:body/office:spreadsheet/table:table, each table's columns and
  // rows (possibly inside header or group elements) one at a time.
  struct ContentHandler : XmlStreamHandler {
    explicit ContentHandler(OdsReader& owner) : reader(owner) {}
    Action open(const std::vector<std::string>& path) override {
      const std::string& name = path.back();
      switch (path.size()) {
        case 1:
          return Action::descend;
        case 2:
          return name == "office:automatic-styles" || name == "office:styles" || name == "office:body"
                     ? Action::descend
                     : Action::skip;
        case 3:
          if (path[1] == "office:body") return name == "office:spreadsheet" ? Action::descend : Action::skip;
          return Action::collect;
        case 4:
          return name == "table:table" ? Action::descend : Action::skip;
        default:
          if (name == "table:table-column" || name == "table:table-row") return Action::collect;
          return name == "table:table-header-columns" || name == "table:table-columns" ||
                         name == "table:table-column-group" || name == "table:table-header-rows" ||
                         name == "table:table-rows" || name == "table:table-row-group"
                     ? Action::descend
                     : Action::skip;
      }
    }
    void start(const std::vector<std::string>& path, const pugi::xml_node& tag) override {
      if (path.size() == 3 && path[2] == "office:spreadsheet") spreadsheet_seen = true;
      if (path.size() != 4) return;
      grid = SheetGrid();
      grid.name = tag.attribute("table:name").value();
      grid.hidden = reader.hidden_table_styles_.count(tag.attribute("table:style-name").value()) > 0;
      reader.column_styles_.clear();
      col = 0;
      row = 0;
    }
    void element(const std::vector<std::string>& path, const pugi::xml_node& node) override {
      if (path.size() == 3) reader.read_style(node);
      else if (is(node, "table:table-column")) reader.read_column(node, grid, col);
      else reader.read_row(node, grid, row);
    }
    void close(const std::vector<std::string>& path) override {
      if (path.size() == 4) grids.sheets.push_back(std::move(grid));
    }
    OdsReader& reader;
    WorkbookGrids grids;
    SheetGrid grid;
    int col = 0;
    long row = 0;
    bool spreadsheet_seen = false;
  };

  void read_style(const pugi::xml_node& s) {
    std::string name = s.attribute("style:name").value();
    if (is(s, "style:style")) {
      std::string family = s.attribute("style:family").value();
      if (family == "table") {
        std::string display = s.child("style:table-properties").attribute("table:display").value();
        if (display == "false") hidden_table_styles_.insert(name);
        return;
      }
      if (family != "table-cell") return;
      CellStyle cs;
      cs.parent = s.attribute("style:parent-style-name").value();
      cs.data_style = s.attribute("style:data-style-name").value();
      if (auto weight = s.child("style:text-properties").attribute("fo:font-weight"))
        cs.bold = std::string(weight.value()) == "bold" || weight.as_int() >= 600;
      if (auto bg = s.child("style:table-cell-properties").attribute("fo:background-color"))
        cs.filled = std::string(bg.value()) != "transparent" && std::string(bg.value()) != "#ffffff";
      cell_styles_[name] = cs;
    } else if (std::strncmp(s.name(), "number:", 7) == 0 && !name.empty()) {
      data_styles_[name] = translate_data_style(s);
    }
  }

  static DataStyle translate_data_style(const pugi::xml_node& s) {
    DataStyle ds;
    std::string element = s.name();
    ds.kind = element.substr(7, element.find("-style") - 7);
    bool percent = ds.kind == "percentage";
    for (auto part : s.children()) {
      std::string n = part.name();
      if (n == "number:text") {
        std::string t = part.text().get();
        if (percent && t.find('%') != std::string::npos) {
          std::string before = t.substr(0, t.find('%')), after = t.substr(t.find('%') + 1);
          ds.code += (before.empty() ? "" : quoted(before)) + "%" + (after.empty() ? "" : quoted(after));
        } else if (!t.empty()) {
          ds.code += quoted(t);
        }
      } else if (n == "number:currency-symbol") {
        ds.code += quoted(part.text().get());
      } else if (n == "number:number") {
        int decimals = part.attribute("number:decimal-places").as_int(0);
        int min_decimals = part.attribute("number:min-decimal-places").as_int(decimals);
        int min_int = part.attribute("number:min-integer-digits").as_int(1);
        bool grouping = std::string(part.attribute("number:grouping").value()) == "true";
        std::string integer = grouping ? "#,##" : "";
        integer += min_int > 0 ? std::string(std::size_t(std::min(min_int, 20)), '0') : "#";
        ds.code += integer;
        if (decimals > 0) {
          ds.code += "." + std::string(std::size_t(std::clamp(min_decimals, 0, 30)), '0') +
                     std::string(std::size_t(std::clamp(decimals - min_decimals, 0, 30)), '#');
        }
      } else if (n == "number:day") {
        ds.code += std::string(part.attribute("number:style").value()) == "long" ? "dd" : "d";
      } else if (n == "number:month") {
        bool textual = std::string(part.attribute("number:textual").value()) == "true";
        bool longer = std::string(part.attribute("number:style").value()) == "long";
        ds.code += textual ? (longer ? "mmmm" : "mmm") : (longer ? "mm" : "m");
      } else if (n == "number:year") {
        ds.code += std::string(part.attribute("number:style").value()) == "long" ? "yyyy" : "yy";
      } else if (n == "number:day-of-week") {
        ds.code += std::string(part.attribute("number:style").value()) == "long" ? "dddd" : "ddd";
      } else if (n == "number:hours") {
        ds.code += std::string(part.attribute("number:style").value()) == "long" ? "hh" : "h";
      } else if (n == "number:minutes") {
        ds.code += std::string(part.attribute("number:style").value()) == "long" ? "mm" : "m";
      } else if (n == "number:seconds") {
        ds.code += std::string(part.attribute("number:style").value()) == "long" ? "ss" : "s";
      } else if (n == "number:am-pm") {
        ds.code += "AM/PM";
      } else if (n == "style:map") {
        ds.maps.emplace_back(part.attribute("style:condition").value(), part.attribute("style:apply-style-name").value());
      } else if (n == "number:boolean" || n == "number:text-content" || n == "style:text-properties") {
        // Nothing to render: the value or the text decides.
      } else {
        // number:fraction, number:scientific-number, ...: trust LibreOffice's own text.
        ds.supported = false;
      }
    }
    return ds;
  }

  const CellStyle* cell_style(const std::string& name) const {
    auto it = cell_styles_.find(name);
    return it == cell_styles_.end() ? nullptr : &it->second;
  }

  // Walks the parent chain for the first style that sets `get`.
  template <typename Get>
  auto inherited(const std::string& name, Get get) const -> decltype(get(CellStyle{})) {
    std::string current = name;
    for (int depth = 0; depth < 16 && !current.empty(); ++depth) {
      const CellStyle* s = cell_style(current);
      if (!s) break;
      if (auto v = get(*s)) return v;
      current = s->parent;
    }
    return {};
  }

  // A data style, after its conditional maps for this value.
  const DataStyle* data_style_for(const std::string& name, const Decimal* value, bool& negative_main) const {
    negative_main = false;
    auto it = data_styles_.find(name);
    if (it == data_styles_.end()) return nullptr;
    const DataStyle* ds = &it->second;
    if (!value || ds->maps.empty()) return ds;
    for (const auto& [condition, target] : ds->maps) {
      std::string op = condition.substr(condition.find(')') == std::string::npos ? 0 : condition.find(')') + 1);
      std::string rhs;
      std::size_t k = 0;
      while (k < op.size() && (op[k] == '<' || op[k] == '>' || op[k] == '=' || op[k] == '!')) ++k;
      rhs = op.substr(k);
      op = op.substr(0, k);
      auto bound = parse_stored_number(rhs);
      if (!bound) continue;
      auto cmp = *value <=> *bound;
      bool match = (op == ">=" && cmp >= 0) || (op == ">" && cmp > 0) || (op == "<=" && cmp <= 0) ||
                   (op == "<" && cmp < 0) || (op == "=" && cmp == 0) || (op == "!=" && cmp != 0);
      if (!match) continue;
      auto mapped = data_styles_.find(target);
      if (mapped != data_styles_.end()) return &mapped->second;
    }
    // The main style of a mapped format is the negative one: it prints its own sign.
    negative_main = value->is_negative();
    return ds;
  }

  void diagnose(const std::string& code, LocalMessage message, const std::string& sheet, const std::string& cell) {
    std::size_t& count = per_code_[code];
    if (++count > kMaxCellDiagnostics) return;
    Source at;
    at.doc = path_;
    at.sheet = sheet;
    at.cell = cell;
    diagnostics_.push_back(make_diagnostic(Severity::warning, code, std::move(message), std::move(at)));
  }

  // Fills the displayed value of a table:table-cell; false if blank.
  bool read_cell(const pugi::xml_node& node, const std::string& style_name, const std::string& sheet, GridCell& cell) {
    std::string type = node.attribute("office:value-type").value();
    if (type.empty()) type = node.attribute("calcext:value-type").value();
    if (auto f = node.attribute("table:formula")) cell.formula = f.value();
    cell.bold = inherited(style_name, [](const CellStyle& s) { return s.bold; }).value_or(false);
    cell.filled = inherited(style_name, [](const CellStyle& s) { return s.filled; }).value_or(false);
    std::string data_style_name = inherited(style_name, [](const CellStyle& s) {
      return s.data_style.empty() ? std::optional<std::string>() : std::optional<std::string>(s.data_style);
    }).value_or("");
    std::string printed = cell_text(node);
    if (printed.empty() && node.attribute("office:string-value")) printed = node.attribute("office:string-value").value();

    if (type == "float" || type == "percentage" || type == "currency") {
      auto value = parse_stored_number(node.attribute("office:value").value());
      if (!value) {
        cell.text = printed;
        cell.kind = CellKind::text;
        return !cell.text.empty() || cell.formula;
      }
      bool negative_main = false;
      const DataStyle* ds = data_style_for(data_style_name, &*value, negative_main);
      cell.kind = CellKind::number;
      // A formula like =TRUE() gets no boolean style: LibreOffice infers it
      // and prints the word, which is the only trace of the type.
      bool printed_boolean = !ds && cell.formula &&
                             (printed == "VERO" || printed == "FALSO" || printed == "TRUE" || printed == "FALSE");
      if ((ds && ds->kind == "boolean") || printed_boolean) {
        cell.text = value->is_zero() ? "FALSO" : "VERO";
        cell.kind = CellKind::boolean;
      } else if (ds && !ds->supported) {
        cell.text = printed;
      } else if (ds && !ds->code.empty()) {
        cell.text = render_number(negative_main ? value->abs() : *value, ds->code, false).text;
      } else {
        cell.text = render_number(*value, type == "percentage" ? "General%" : "General", false).text;
      }
      return true;
    }
    if (type == "date" || type == "time") {
      std::string raw = node.attribute(type == "date" ? "office:date-value" : "office:time-value").value();
      auto dt = type == "date" ? parse_iso_datetime(raw) : parse_duration(raw);
      bool negative_main = false;
      const DataStyle* ds = data_style_for(data_style_name, nullptr, negative_main);
      cell.kind = CellKind::date;
      if (dt && ds && ds->supported && !ds->code.empty()) cell.text = render_datetime(*dt, ds->code);
      else if (dt) cell.text = render_datetime(*dt, type == "date" ? "dd/mm/yyyy" : "hh:mm:ss");
      else cell.text = printed;
      return true;
    }
    if (type == "boolean") {
      std::string v = node.attribute("office:boolean-value").value();
      cell.text = v == "true" ? "VERO" : "FALSO";
      cell.kind = CellKind::boolean;
      return true;
    }
    cell.text = printed;
    cell.kind = CellKind::text;
    if (cell.text.empty() && cell.formula) {
      cell.kind = CellKind::blank;
      if (type.empty()) {
        std::string ref = cell_ref(cell.row, cell.col);
        diagnose("ods.formula_without_value",
                 LocalMessage(N_("sheet '{sheet}' cell {cell}: the formula {formula} has no saved value; the cell is "
                                 "read as blank. Open and save the file in LibreOffice"))
                     .set("sheet", sheet)
                     .set("cell", ref)
                     .set("formula", *cell.formula),
                 sheet, ref);
      }
    }
    if (cell.text.size() > 0 && cell.text[0] == '#' && cell.formula &&
        (cell.text == "#DIV/0!" || cell.text == "#VALUE!" || cell.text == "#REF!" || cell.text == "#NAME?" ||
         cell.text == "#N/A" || cell.text == "#NUM!" || cell.text == "Err:502")) {
      cell.kind = CellKind::error;
      std::string ref = cell_ref(cell.row, cell.col);
      diagnose("ods.error_value",
               LocalMessage(N_("sheet '{sheet}' cell {cell} shows the error {error}"))
                   .set("sheet", sheet)
                   .set("cell", ref)
                   .set("error", cell.text),
               sheet, ref);
    }
    return !cell.text.empty() || cell.formula;
  }

  void read_column(const pugi::xml_node& node, SheetGrid& grid, int& col) {
    long repeat = long(std::clamp(node.attribute("table:number-columns-repeated").as_llong(1), 1LL, static_cast<long long>(kMaxColumns)));
    std::string visibility = node.attribute("table:visibility").value();
    std::string style = node.attribute("table:default-cell-style-name").value();
    for (long k = 0; k < repeat && col < kMaxColumns; ++k, ++col) {
      if (visibility == "collapse" || visibility == "filter") grid.hidden_cols.insert(col);
      if (!style.empty() && style != "Default") column_styles_[col] = style;
    }
  }

  void read_row(const pugi::xml_node& node, SheetGrid& grid, long& row) {
    long repeat = long(std::clamp(node.attribute("table:number-rows-repeated").as_llong(1), 1LL, 1LL << 40));
    std::string visibility = node.attribute("table:visibility").value();
    std::string row_style = node.attribute("table:default-cell-style-name").value();
    if (row >= kMaxRows) {
      row += repeat;
      return;
    }
    std::vector<GridCell> cells;
    long col = 0;
    for (auto c : node.children()) {
      bool covered = is(c, "table:covered-table-cell");
      if (!covered && !is(c, "table:table-cell")) continue;
      long col_repeat = long(std::clamp(c.attribute("table:number-columns-repeated").as_llong(1), 1LL, 1LL << 40));
      if (covered || col >= kMaxColumns) {
        col += col_repeat;
        continue;
      }
      std::string style = c.attribute("table:style-name").value();
      if (style.empty()) style = row_style;
      if (style.empty()) {
        auto it = column_styles_.find(int(col));
        if (it != column_styles_.end()) style = it->second;
      }
      GridCell cell;
      cell.row = int(row);
      cell.col = int(col);
      cell.row_span = int(std::clamp(c.attribute("table:number-rows-spanned").as_llong(1), 1LL, static_cast<long long>(kMaxRows)));
      cell.col_span = int(std::clamp(c.attribute("table:number-columns-spanned").as_llong(1), 1LL, static_cast<long long>(kMaxColumns)));
      if (read_cell(c, style, grid.name, cell)) {
        // Repeats of a cell with content are real copies (LibreOffice
        // compresses identical neighbours); empty repeats cost nothing.
        // Counted once, when the row's copies are placed below; checked
        // here so that one row alone cannot grow past the limit.
        for (long k = 0; k < col_repeat && col + k < kMaxColumns; ++k) {
          enforce_limit(path_, "cells", "max-cells", cell_count_ + cells.size() + 1, limits_.max_cells);
          GridCell copy = cell;
          copy.col = int(col + k);
          cells.push_back(std::move(copy));
        }
      }
      col += col_repeat;
    }
    // A row repeated a million times costs its copies: the limit is checked
    // on what the repeat would make before making any of it, so that a few
    // bytes of XML cannot fill memory up to the limit first.
    if (!cells.empty()) {
      const auto copies = static_cast<std::uint64_t>(std::min<long>(repeat, kMaxRows - row));
      enforce_limit(path_, "cells", "max-cells", cell_count_ + copies * cells.size(), limits_.max_cells);
    }
    for (long k = 0; k < repeat && row + k < kMaxRows; ++k) {
      if (visibility == "collapse" || visibility == "filter") {
        // Hidden empty rows by the million need no flag: only rows with content can be seen.
        if (!cells.empty() || k < 1) grid.hidden_rows.insert(int(row + k));
      }
      if (cells.empty()) continue;
      for (const auto& c : cells) {
        enforce_limit(path_, "cells", "max-cells", ++cell_count_, limits_.max_cells);
        GridCell copy = c;
        copy.row = int(row + k);
        grid.cells.push_back(std::move(copy));
      }
    }
    row += repeat;
  }

  std::string path_;
  Limits limits_;
  std::vector<Diagnostic>& diagnostics_;
  ZipArchive zip_;
  std::map<std::string, CellStyle> cell_styles_;
  std::map<std::string, DataStyle> data_styles_;
  std::set<std::string> hidden_table_styles_;
  std::map<int, std::string> column_styles_;
  std::uint64_t cell_count_ = 0;
  std::map<std::string, std::size_t> per_code_;
};

}  // namespace

WorkbookGrids read_ods_grids(const std::string& path, const Limits& limits, std::vector<Diagnostic>& diagnostics) {
  OdsReader reader(path, limits, diagnostics);
  return reader.read();
}

}  // namespace allegato
