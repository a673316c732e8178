#pragma once
/// The document as the recognisers walk it: every table cell and free line is
/// a `Piece`, grouped in `Row`s in reading order (a table row, or one free
/// line). The stream is also the ledger of "nothing is lost": a recogniser
/// takes the pieces it puts into an entity, marks structure (headers) and
/// boilerplate, and `flush_unassigned` lists everything else.
#include <cstddef>
#include <map>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "tables/table.hpp"

namespace allegato::genres {

enum class PieceUse { free, taken, header, boilerplate };

/// Where a piece was printed. It refers to the table cell or line it came
/// from rather than holding a Source of its own: a Source a cell took more
/// memory than the cell itself on a large sheet. A Source is made when an
/// entity takes the piece (`Source s = piece.source;`).
class PieceSource {
 public:
  /// PDF: the piece's box (its cell's or line's, or the union after
  /// join_below); nullptr for workbooks, where a cell has no box.
  const BBox* bbox = nullptr;
  /// page + bbox (PDF) or sheet + cell (workbook), with the stream's doc id.
  operator Source() const;

 private:
  friend class TextStream;
  const std::string* doc_ = nullptr;
  const Table* table_ = nullptr;     ///< with cell_
  const TableCell* cell_ = nullptr;
  const TextLine* line_ = nullptr;
};

/// One piece of printed text: a table cell or a free line.
struct Piece {
  /// As extracted (wrapped lines joined by '\n'): the cell's or line's own
  /// text, not a copy (the document outlives its stream); after join_below
  /// the joined text, which the stream keeps.
  const std::string& text;
  PieceSource source;        ///< page+bbox or sheet+cell
  int col = -1;              ///< table column; -1 for a free line
  int col_span = 1;
  bool header = false;       ///< the layout engine flagged it as a header cell
  bool bold = false;         ///< free lines only
  PieceUse use = PieceUse::free;
};

/// One row in reading order.
struct Row {
  const Table* table = nullptr;   ///< nullptr for a free line
  int row = 0;                    ///< row inside its table
  int page = 0;                   ///< PDF page, or sheet index for workbooks
  double y = 0;                   ///< top y (PDF) or absolute sheet row
  std::vector<std::size_t> pieces;  ///< indexes into TextStream::pieces, by column
  bool is_line() const { return table == nullptr; }
};

/// Refers to `doc`'s cells and lines: the document must outlive the stream.
class TextStream {
 public:
  TextStream(const ExtractedDocument& doc, std::string doc_id);

  const std::vector<Row>& rows() const { return rows_; }
  const Piece& piece(std::size_t id) const { return pieces_[id]; }
  const std::vector<Piece>& pieces() const { return pieces_; }
  const std::string& doc_id() const { return *doc_id_; }

  /// The piece of `row` covering column `col` (following spans), or nullptr.
  const Piece* at(const Row& row, int col) const;
  std::ptrdiff_t id_at(const Row& row, int col) const;  ///< -1 if none
  /// All of the row's text, cells separated by " | ".
  std::string text(const Row& row) const;
  /// The row's pieces no reader took that hold text, left to right.
  std::vector<std::size_t> free_filled(const Row& row) const;

  void take(std::size_t id) { mark(id, PieceUse::taken); }
  /// Takes the piece but lists `words` (structure its entity does not
  /// hold: a level word, a label) as unassigned with role "label".
  void take_leaving(std::size_t id, std::string words);
  /// Leaves the piece's whole text listed as a label: a cell whose meaning
  /// the reader used (a Livello cell) but no entity holds.
  void mark_label(std::size_t id) { take_leaving(id, pieces_[id].text); }
  void take_row(const Row& row);
  /// Gives a taken piece back (its entity was not kept): it is listed as
  /// unassigned again, with nothing left of it as a label.
  void release(std::size_t id);
  void mark_header(std::size_t id) { mark(id, PieceUse::header); }
  void mark_header_row(const Row& row);
  void mark_boilerplate(std::size_t id) { mark(id, PieceUse::boilerplate); }
  bool is_free(std::size_t id) const { return pieces_[id].use == PieceUse::free; }
  /// Joins the text of piece `from` (a line the layout split off into a row
  /// of its own) to piece `into` with a line break; `from` is taken, its text
  /// now being part of `into`'s, and `into`'s box grows to cover both.
  void join_below(std::size_t into, std::size_t from);
  /// A new piece holding part of piece `of`'s text (one of several
  /// indicators stacked in one cell), at its place and column; returns its
  /// id. Pointers to pieces are invalidated.
  std::size_t add_part(std::size_t of, std::string text);

  /// Every piece not taken goes to model.unassigned (role "header" or
  /// "boilerplate" where marked), in reading order.
  void flush_unassigned(Model& model) const;

 private:
  void order_rows();
  void mark(std::size_t id, PieceUse use);
  /// Taken pieces' words no entity holds ("Obiettivo" of "Obiettivo A –
  /// Title"), listed as labels; apart from Piece, as few pieces have any.
  std::map<std::size_t, std::string> left_;
  std::vector<Piece> pieces_;
  std::vector<Row> rows_;
  // On the heap, as are the joined texts and boxes, so that pieces may point
  // at them and the stream may still be moved.
  std::unique_ptr<const std::string> doc_id_;
  std::deque<std::string> joined_texts_;
  std::deque<BBox> joined_boxes_;
};

/// Words (runs of non-space) in a text: the unit of "share of words assigned".
std::size_t count_words(const std::string& text);

}  // namespace allegato::genres
