#pragma once
/// The document as the recognisers walk it: every table cell and free line is
/// a `Piece`, grouped in `Row`s in reading order (a table row, or one free
/// line). The stream is also the ledger of "nothing is lost": a recogniser
/// takes the pieces it puts into an entity, marks structure (headers) and
/// boilerplate, and `flush_unassigned` lists everything else.
#include <cstddef>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "tables/table.hpp"

namespace allegato::genres {

enum class PieceUse { free, taken, header, boilerplate };

/// One piece of printed text: a table cell or a free line.
struct Piece {
  std::string text;          ///< as extracted (wrapped lines joined by '\n')
  Source source;             ///< page+bbox or sheet+cell
  int col = -1;              ///< table column; -1 for a free line
  int col_span = 1;
  bool header = false;       ///< the layout engine flagged it as a header cell
  bool bold = false;         ///< free lines only
  PieceUse use = PieceUse::free;
  std::string left;          ///< taken pieces: words no entity holds ("Obiettivo" of "Obiettivo A – Title"), listed as a label
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

class TextStream {
 public:
  TextStream(const ExtractedDocument& doc, std::string doc_id);

  const std::vector<Row>& rows() const { return rows_; }
  const Piece& piece(std::size_t id) const { return pieces_[id]; }
  const std::vector<Piece>& pieces() const { return pieces_; }
  const std::string& doc_id() const { return doc_id_; }

  /// The piece of `row` covering column `col` (following spans), or nullptr.
  const Piece* at(const Row& row, int col) const;
  std::ptrdiff_t id_at(const Row& row, int col) const;  ///< -1 if none
  /// All of the row's text, cells separated by " | ".
  std::string text(const Row& row) const;

  void take(std::size_t id) { mark(id, PieceUse::taken); }
  /// Takes the piece but lists `words` (structure its entity does not
  /// hold: a level word, a label) as unassigned with role "label".
  void take_leaving(std::size_t id, std::string words);
  /// Leaves the piece's whole text listed as a label: a cell whose meaning
  /// the reader used (a Livello cell) but no entity holds.
  void mark_label(std::size_t id) { take_leaving(id, pieces_[id].text); }
  void take_row(const Row& row);
  void mark_header(std::size_t id) { mark(id, PieceUse::header); }
  void mark_header_row(const Row& row);
  void mark_boilerplate(std::size_t id) { mark(id, PieceUse::boilerplate); }
  bool is_free(std::size_t id) const { return pieces_[id].use == PieceUse::free; }
  /// Joins the text of piece `from` (a line the layout split off into a row
  /// of its own) to piece `into` with a line break; `from` is taken, its text
  /// now being part of `into`'s, and `into`'s box grows to cover both.
  void join_below(std::size_t into, std::size_t from);

  /// Every piece not taken goes to model.unassigned (role "header" or
  /// "boilerplate" where marked), in reading order.
  void flush_unassigned(Model& model) const;

 private:
  void mark(std::size_t id, PieceUse use);
  std::vector<Piece> pieces_;
  std::vector<Row> rows_;
  std::string doc_id_;
};

/// Words (runs of non-space) in a text: the unit of "share of words assigned".
std::size_t count_words(const std::string& text);

}  // namespace allegato::genres
