#include "genres/text_stream.hpp"

#include "genres/genre_text.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <memory>
#include <utility>

namespace allegato::genres {

PieceSource::operator Source() const {
  Source s;
  s.doc = doc_ ? *doc_ : std::string();
  if (cell_ && table_) {
    s = table_->source_of(*cell_, s.doc);
    if (bbox) s.bbox = *bbox;  // grown by join_below
  } else if (line_) {
    if (!line_->sheet.empty()) {
      s.sheet = line_->sheet;
      s.cell = line_->cell_ref;
    } else {
      s.page = line_->page;
      if (bbox) s.bbox = *bbox;
    }
  }
  return s;
}

TextStream::TextStream(const ExtractedDocument& doc, std::string doc_id)
    : doc_id_(std::make_unique<const std::string>(std::move(doc_id))) {
  auto sheet_index = [&](const std::string& name) {
    auto it = std::find(doc.sheets.begin(), doc.sheets.end(), name);
    return static_cast<int>(it - doc.sheets.begin());
  };
  // One piece a cell or line: reserved at once, since growing by doubling
  // holds the old and the new array together, the peak of a large sheet.
  std::size_t cells = doc.lines.size();
  for (const auto& table : doc.tables) cells += table.cells.size();
  pieces_.reserve(cells);
  for (const auto& table : doc.tables) {
    // Cells are sorted by (row, col); a row may straddle a page break only
    // through a row-spanning cell, so its position is that of its first cell.
    std::size_t i = 0;
    while (i < table.cells.size()) {
      Row row;
      row.table = &table;
      row.row = table.cells[i].row;
      const TableCell& first = table.cells[i];
      if (!table.sheet.empty()) {
        row.page = sheet_index(table.sheet);
        row.y = first.sheet_row >= 0 ? first.sheet_row : first.row;
      } else {
        row.page = first.page;
        row.y = first.bbox.y0;
      }
      for (; i < table.cells.size() && table.cells[i].row == row.row; ++i) {
        const TableCell& c = table.cells[i];
        Piece p{c.text, {}};
        p.source.doc_ = doc_id_.get();
        p.source.table_ = &table;
        p.source.cell_ = &c;
        if (table.sheet.empty()) p.source.bbox = &c.bbox;
        p.col = c.col;
        p.col_span = c.col_span;
        p.header = c.header;
        if (row.table->sheet.empty() && c.page == row.page) row.y = std::min(row.y, c.bbox.y0);
        row.pieces.push_back(pieces_.size());
        pieces_.push_back(std::move(p));
      }
      rows_.push_back(std::move(row));
    }
  }
  for (const auto& line : doc.lines) {
    Row row;
    Piece p{line.text, {}};
    p.source.doc_ = doc_id_.get();
    p.source.line_ = &line;
    p.bold = line.bold;
    if (!line.sheet.empty()) {
      row.page = sheet_index(line.sheet);
      row.y = line.bbox.y0;
    } else {
      p.source.bbox = &line.bbox;
      row.page = line.page;
      row.y = line.bbox.y0;
    }
    if (line.boilerplate) p.use = PieceUse::boilerplate;
    row.pieces.push_back(pieces_.size());
    pieces_.push_back(std::move(p));
    rows_.push_back(std::move(row));
  }
  order_rows();
}

// Rows in reading order: by page, then from the top. Tables set side by
// side on a page (a dashboard's panels two by two) share their lines; read
// row by row they would interleave, so each is read whole, left first,
// where the highest of them starts.
void TextStream::order_rows() {
  struct Extent {
    double top = 1e300, bottom = -1e300, left = 1e300, right = -1e300;
  };
  std::map<std::pair<const Table*, int>, Extent> extents;  // (table, page) -> extent on that page
  for (const Row& row : rows_) {
    if (row.is_line() || !row.table->sheet.empty()) continue;
    Extent& e = extents[{row.table, row.page}];
    for (auto id : row.pieces) {
      const Piece& p = pieces_[id];
      if (!p.source.bbox || p.source.cell_->page != row.page) continue;
      e.top = std::min(e.top, p.source.bbox->y0);
      e.bottom = std::max(e.bottom, p.source.bbox->y1);
      e.left = std::min(e.left, p.source.bbox->x0);
      e.right = std::max(e.right, p.source.bbox->x1);
    }
  }
  // Side by side: their heights overlap, their widths do not. A group's
  // rows sort at the group's top, then by the table's left edge.
  std::map<std::pair<const Table*, int>, std::pair<double, double>> block;  // -> (group top, left)
  for (auto a = extents.begin(); a != extents.end(); ++a) {
    for (auto b = std::next(a); b != extents.end(); ++b) {
      if (a->first.second != b->first.second) continue;
      const Extent &x = a->second, &y = b->second;
      const bool beside = x.top < y.bottom && y.top < x.bottom && (x.right <= y.left || y.right <= x.left);
      if (!beside) continue;
      const double top = std::min({x.top, y.top, block.count(a->first) ? block[a->first].first : x.top,
                                   block.count(b->first) ? block[b->first].first : y.top});
      block[a->first] = {top, x.left};
      block[b->first] = {top, y.left};
    }
  }
  auto key = [&](const Row& r) {
    if (!r.is_line()) {
      if (auto it = block.find({r.table, r.page}); it != block.end()) return std::tuple(r.page, it->second.first, it->second.second, r.y);
    }
    return std::tuple(r.page, r.y, 0.0, r.y);
  };
  std::stable_sort(rows_.begin(), rows_.end(), [&](const Row& a, const Row& b) { return key(a) < key(b); });
}

const Piece* TextStream::at(const Row& row, int col) const {
  const auto id = id_at(row, col);
  return id < 0 ? nullptr : &pieces_[static_cast<std::size_t>(id)];
}

std::ptrdiff_t TextStream::id_at(const Row& row, int col) const {
  for (auto id : row.pieces) {
    const Piece& p = pieces_[id];
    if (p.col >= 0 && col >= p.col && col < p.col + p.col_span) return static_cast<std::ptrdiff_t>(id);
  }
  return -1;
}

std::string TextStream::text(const Row& row) const {
  std::string out;
  for (auto id : row.pieces) {
    if (pieces_[id].text.empty()) continue;
    if (!out.empty()) out += " | ";
    out += pieces_[id].text;
  }
  return out;
}

void TextStream::take_row(const Row& row) {
  for (auto id : row.pieces) take(id);
}

void TextStream::join_below(std::size_t into, std::size_t from) {
  const Piece& a = pieces_[into];
  const Piece& b = pieces_[from];
  const std::string* text = &a.text;
  if (!b.text.empty()) text = &joined_texts_.emplace_back(a.text.empty() ? b.text : a.text + "\n" + b.text);
  PieceSource source = a.source;
  if (a.source.bbox && b.source.bbox && Source(a.source).page == Source(b.source).page)
    source.bbox = &joined_boxes_.emplace_back(BBox{std::min(a.source.bbox->x0, b.source.bbox->x0),
                                                   std::min(a.source.bbox->y0, b.source.bbox->y0),
                                                   std::max(a.source.bbox->x1, b.source.bbox->x1),
                                                   std::max(a.source.bbox->y1, b.source.bbox->y1)});
  // A piece's text is a reference: the piece is made again around the
  // joined text (C++20 lets the element be replaced in place).
  Piece joined{*text, source, a.col, a.col_span, a.header, a.bold, a.use};
  std::destroy_at(&pieces_[into]);
  std::construct_at(&pieces_[into], std::move(joined));
  take(from);
}

std::size_t TextStream::add_part(std::size_t of, std::string text) {
  const std::string& owned = joined_texts_.emplace_back(std::move(text));
  const Piece& whole = pieces_[of];
  Piece part{owned, whole.source, whole.col, whole.col_span, whole.header, whole.bold, PieceUse::free};
  pieces_.push_back(std::move(part));
  return pieces_.size() - 1;
}

void TextStream::mark_header_row(const Row& row) {
  for (auto id : row.pieces) mark_header(id);
}

void TextStream::mark(std::size_t id, PieceUse use) {
  // Taking wins over any other mark; boilerplate flagged by the layout
  // engine stays boilerplate unless a recogniser takes it explicitly.
  Piece& p = pieces_[id];
  if (p.use == PieceUse::taken) return;
  p.use = use;
}

std::vector<std::size_t> TextStream::free_filled(const Row& row) const {
  std::vector<std::size_t> filled;
  for (auto id : row.pieces)
    if (is_free(id) && !trim_copy(pieces_[id].text).empty()) filled.push_back(id);
  return filled;
}

void TextStream::release(std::size_t id) {
  pieces_[id].use = PieceUse::free;
  left_.erase(id);
}

void TextStream::take_leaving(std::size_t id, std::string words) {
  take(id);
  if (words.empty()) return;
  std::string& left = left_[id];
  left += (left.empty() ? "" : " ") + words;
}

void TextStream::flush_unassigned(Model& model) const {
  for (const auto& row : rows_) {
    for (auto id : row.pieces) {
      const Piece& p = pieces_[id];
      if (const auto left = left_.find(id); p.use == PieceUse::taken && left != left_.end()) {
        model.unassigned.push_back(Unassigned{*doc_id_, p.source, left->second, "label"});
        continue;
      }
      if (p.use == PieceUse::taken) continue;
      if (p.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      Unassigned u;
      u.doc = *doc_id_;
      u.source = p.source;
      u.text = p.text;
      if (p.use == PieceUse::header) u.role = "header";
      if (p.use == PieceUse::boilerplate) u.role = "boilerplate";
      model.unassigned.push_back(std::move(u));
    }
  }
}

std::size_t count_words(const std::string& text) {
  std::size_t n = 0;
  bool in_word = false;
  for (unsigned char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace allegato::genres
