#include "workbook/sheet_to_tables.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "workbook/cell_ref.hpp"

namespace allegato {

namespace {

// Mutable: a cell's text and formula move into its table cell.
using CellBlock = std::vector<GridCell*>;

int row_end(const GridCell* c) { return c->row + c->row_span; }
int col_end(const GridCell* c) { return c->col + c->col_span; }

// Groups cells whose row (or column) extents are closer than kSplitGap empty
// lines; returns one group when there is no such band.
std::vector<CellBlock> cut(const CellBlock& block, bool by_rows) {
  CellBlock sorted = block;
  std::stable_sort(sorted.begin(), sorted.end(), [&](const GridCell* a, const GridCell* b) {
    return by_rows ? a->row < b->row : a->col < b->col;
  });
  std::vector<CellBlock> groups;
  int reach = 0;
  for (GridCell* c : sorted) {
    int start = by_rows ? c->row : c->col;
    int end = by_rows ? row_end(c) : col_end(c);
    if (groups.empty() || start - reach >= kSplitGap) {
      groups.push_back({});
      reach = end;
    }
    groups.back().push_back(c);
    reach = std::max(reach, end);
  }
  return groups;
}

void split_blocks(const CellBlock& block, std::vector<CellBlock>& out) {
  auto by_rows = cut(block, true);
  if (by_rows.size() > 1) {
    for (const auto& b : by_rows) split_blocks(b, out);
    return;
  }
  auto by_cols = cut(block, false);
  if (by_cols.size() > 1) {
    for (const auto& b : by_cols) split_blocks(b, out);
    return;
  }
  out.push_back(block);
}

bool is_texty(const GridCell* c) { return c->kind == CellKind::text || c->kind == CellKind::blank; }
bool is_numeric(const GridCell* c) {
  return c->kind == CellKind::number || c->kind == CellKind::date || c->kind == CellKind::boolean;
}

TextLine line_of(const GridCell* c, const std::string& sheet) {
  TextLine line;
  line.text = c->text;
  line.sheet = sheet;
  line.cell_ref = cell_ref(c->row, c->col);
  line.bbox = {double(c->col), double(c->row), double(col_end(c)), double(row_end(c))};
  line.bold = c->bold;
  return line;
}

// A year printed as a column title ("2024") is a number cell in most
// workbooks; it must not stop a header row from being one.
bool year_like(const GridCell* c) {
  if (c->kind != CellKind::number || c->text.size() != 4) return false;
  if (c->text.find_first_not_of("0123456789") != std::string::npos) return false;
  int year = std::stoi(c->text);
  return year >= 1900 && year <= 2100;
}

std::set<int> header_rows(const std::map<int, std::vector<const GridCell*>>& rows, int n_rows, bool styles_known) {
  std::set<int> headers;
  if (n_rows < 2) return headers;
  auto cells_of = [&](int r) -> const std::vector<const GridCell*>* {
    auto it = rows.find(r);
    return it == rows.end() ? nullptr : &it->second;
  };
  auto all_text = [&](int r) {
    auto* cells = cells_of(r);
    return cells && std::all_of(cells->begin(), cells->end(), is_texty);
  };
  auto headerish = [&](int r) {
    auto* cells = cells_of(r);
    return cells && std::all_of(cells->begin(), cells->end(), [](const GridCell* c) { return is_texty(c) || year_like(c); }) &&
           std::any_of(cells->begin(), cells->end(), [](const GridCell* c) { return c->kind == CellKind::text; });
  };
  auto styled = [&](int r) {
    auto* cells = cells_of(r);
    return cells && std::all_of(cells->begin(), cells->end(), [](const GridCell* c) { return c->bold || c->filled; });
  };
  int count = 0;
  if (styles_known) {
    while (count < 3 && count < n_rows - 1 && headerish(count) && styled(count)) ++count;
  }
  if (count == 0) {
    int first_numeric = -1;
    for (const auto& [r, cells] : rows) {
      if (std::any_of(cells.begin(), cells.end(), is_numeric)) {
        first_numeric = r;
        break;
      }
    }
    if (first_numeric > 0 && first_numeric <= 3) {
      bool text_above = true;
      for (int r = 0; r < first_numeric; ++r)
        if (rows.count(r) && !all_text(r)) text_above = false;
      if (text_above && all_text(0)) count = first_numeric;
    }
    if (count == 0 && (all_text(0) || headerish(0))) count = 1;
  }
  // A header cell spanning rows pulls the rows it covers into the header.
  for (bool grew = true; grew;) {
    grew = false;
    for (int r = 0; r < count; ++r) {
      auto* cells = cells_of(r);
      if (!cells) continue;
      for (const GridCell* c : *cells)
        if (r + c->row_span > count) {
          count = r + c->row_span;
          grew = true;
        }
    }
  }
  count = std::min(count, n_rows - 1);
  for (int r = 0; r < count; ++r) headers.insert(r);
  // Section header rows further down (styled like the header, repeating
  // column titles such as the years) are headers too.
  if (styles_known && count > 0) {
    for (const auto& [r, cells] : rows)
      if (r >= count && cells.size() >= 2 && headerish(r) && styled(r)) headers.insert(r);
  }
  return headers;
}

void emit_block(const CellBlock& block, const SheetGrid& sheet, bool styles_known, ExtractedDocument& doc) {
  // Rows of the block, by the row each cell starts in.
  std::map<int, std::vector<const GridCell*>> starts;
  for (const GridCell* c : block) starts[c->row].push_back(c);
  for (auto& [r, cells] : starts)
    std::sort(cells.begin(), cells.end(), [](const GridCell* a, const GridCell* b) { return a->col < b->col; });

  // Title rows: a lone text cell at the top, with nothing else starting in
  // the rows it covers, above a part with at least two columns.
  CellBlock rest = block;
  auto multi_column_below = [&](int row) {
    for (auto it = starts.upper_bound(row); it != starts.end(); ++it)
      if (it->second.size() >= 2) return true;
    return false;
  };
  std::vector<const GridCell*> titles;
  for (auto it = starts.begin(); it != starts.end();) {
    if (it->second.size() != 1 || it->second[0]->kind != CellKind::text) break;
    const GridCell* c = it->second[0];
    bool alone = true;
    for (auto next = std::next(it); next != starts.end() && next->first < row_end(c); ++next) alone = false;
    if (!alone || !multi_column_below(row_end(c) - 1)) break;
    titles.push_back(c);
    it = starts.lower_bound(row_end(c));
  }
  for (const GridCell* c : titles) {
    doc.lines.push_back(line_of(c, sheet.name));
    rest.erase(std::find(rest.begin(), rest.end(), c));
  }
  if (rest.empty()) return;

  int min_row = rest.front()->row, max_row = 0, min_col = rest.front()->col, max_col = 0;
  for (const GridCell* c : rest) {
    min_row = std::min(min_row, c->row);
    min_col = std::min(min_col, c->col);
    max_row = std::max(max_row, row_end(c));
    max_col = std::max(max_col, col_end(c));
  }
  bool all_text = std::all_of(rest.begin(), rest.end(), is_texty);
  if (max_col - min_col == 1 && all_text) {
    std::sort(rest.begin(), rest.end(), [](const GridCell* a, const GridCell* b) { return a->row < b->row; });
    for (const GridCell* c : rest) doc.lines.push_back(line_of(c, sheet.name));
    return;
  }

  Table table;
  table.id = "t" + std::to_string(doc.tables.size() + 1);
  table.method = TableMethod::sheet;
  table.sheet = sheet.name;
  table.sheet_hidden = sheet.hidden;
  table.n_rows = max_row - min_row;
  table.n_cols = max_col - min_col;
  std::map<int, std::vector<const GridCell*>> rows;
  for (const GridCell* c : rest) rows[c->row - min_row].push_back(c);
  std::set<int> headers = header_rows(rows, table.n_rows, styles_known);
  table.cells.reserve(rest.size());
  for (GridCell* c : rest) {
    TableCell cell;
    cell.row = c->row - min_row;
    cell.col = c->col - min_col;
    cell.row_span = c->row_span;
    cell.col_span = c->col_span;
    // The grid is dropped once its tables are made: its strings move.
    cell.text = std::move(c->text);
    cell.header = headers.count(cell.row) > 0;
    cell.sheet_row = c->row;
    cell.sheet_col = c->col;
    cell.hidden = sheet.hidden_rows.count(c->row) > 0 || sheet.hidden_cols.count(c->col) > 0;
    cell.formula = std::move(c->formula);
    table.cells.push_back(std::move(cell));
  }
  std::sort(table.cells.begin(), table.cells.end(),
            [](const TableCell& a, const TableCell& b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
  doc.tables.push_back(std::move(table));
}

}  // namespace

void sheet_to_tables(SheetGrid sheet, bool styles_known, bool include_hidden, ExtractedDocument& doc) {
  // A merge may run far past the last cell with content (A1:XFD1048576):
  // spans are capped at the used range so that no table grows to millions
  // of empty rows or columns.
  int last_row = 0, last_col = 0;
  for (const auto& c : sheet.cells) {
    if (c.text.empty() && !c.formula) continue;
    last_row = std::max(last_row, c.row);
    last_col = std::max(last_col, c.col);
  }
  // The sheet is this function's own copy (moved in by the reader): cells
  // are dropped and capped in place rather than copied, which would double
  // the memory of a large sheet.
  std::erase_if(sheet.cells, [&](const GridCell& c) {
    return (c.text.empty() && !c.formula) ||
           (!include_hidden && (sheet.hidden_rows.count(c.row) || sheet.hidden_cols.count(c.col)));
  });
  CellBlock cells;
  cells.reserve(sheet.cells.size());
  for (auto& k : sheet.cells) {
    k.row_span = std::clamp(k.row_span, 1, std::max(1, last_row - k.row + 1));
    k.col_span = std::clamp(k.col_span, 1, std::max(1, last_col - k.col + 1));
    cells.push_back(&k);
  }
  if (cells.empty()) return;
  std::vector<CellBlock> blocks;
  split_blocks(cells, blocks);
  // Reading order: top to bottom, then left to right.
  std::sort(blocks.begin(), blocks.end(), [](const CellBlock& a, const CellBlock& b) {
    auto top = [](const CellBlock& k) {
      int r = k.front()->row, c = k.front()->col;
      for (const GridCell* x : k) {
        if (x->row < r || (x->row == r && x->col < c)) {
          r = x->row;
          c = x->col;
        }
      }
      return std::pair{r, c};
    };
    return top(a) < top(b);
  });
  for (const auto& block : blocks) emit_block(block, sheet, styles_known, doc);
}

}  // namespace allegato
