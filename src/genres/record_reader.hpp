#pragma once
/// The record reader (profile reader "record"): objectives and indicators
/// printed as blocks of label/value pairs rather than as table rows:
///   Codice              | 13.5
///   Missione            | 018 – Sviluppo sostenibile ...
///   Peso indicatore     | 50%
///   Target primo anno   | >= 430
/// A pair is a label cell and the value in the next cell of its row (two
/// pairs may share a row), or "Label: value" in one cell or free line.
/// Which label names which field is data: the profile's `record.fields`
/// (label words per field), then its column vocabulary. A block starts where
/// a heading of `record.headings` stands ("Indicatore n. 2") or where a field
/// comes that the open block already holds. Ordinal years ("primo anno",
/// "1°ANNO") map to the document's period; a baseline without a year is the
/// year before the period. A label cell the layout filled with several lines
/// (a band joined to the label under it, a block's rows joined into one pair
/// of cells) is read a line at a time (record_cells.hpp); a small grid of
/// value labels over one row of values ("Target primo anno | Target secondo
/// anno" over their figures) holds the open indicator's values. Tables under the records (a header naming their
/// columns) are left to the generic table reader, whose indicators measure
/// the objective whose record stands above them.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "genres/profile.hpp"
#include "genres/recognisers.hpp"

namespace allegato::genres {

/// What a label names: a record field and the year it gives its value.
struct RecordLabel {
  std::string field;           ///< one of record_fields(), "" when the label names none
  std::optional<int> ordinal;  ///< "primo anno" = 1, before the period is known
  std::optional<int> year;     ///< a year printed in the label
  double score = 0;
  std::string why;             ///< the phrase that matched, for --explain
};

/// The field a label names with `profile` (its record fields first, then
/// its column vocabulary), or an empty field. Exposed for tests.
RecordLabel match_record_label(const std::string& label, const Profile& profile);

/// Reads the filler's document as records with `profile`, then its tables
/// with the generic reader. Every value keeps its cell's or line's source;
/// labels and headings used are marked as structure, the rest stays
/// unassigned. Never throws for layout.
void read_records(Filler& filler, const Profile& profile);

}  // namespace allegato::genres
