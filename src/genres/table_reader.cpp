// The table reader's orchestrator: the document's rows in order, each handed
// to the part that reads its kind. The parts:
//   table_reader_header.cpp      a header adopted (or guessed), its years
//   table_reader_columns.cpp     what the rows decide about its columns
//   table_reader_matrix.cpp      assignment matrices (weights by manager)
//   table_reader_headings.cpp    free lines and headings opening sections
//   table_reader_rows.cpp        what a body row is (label, band, total...)
//   table_reader_objectives.cpp  rows that open objectives and units
//   table_reader_indicators.cpp  indicator rows
//   table_reader_values.cpp      baselines, targets, results by year
//   table_reader_tree.cpp        where each node goes in the tree
//   table_reader_cues.cpp        weights and codes printed in a cell's text
// The TableReader class and its state are in table_reader_detail.hpp.
#include "genres/table_reader.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <utility>

#include "genres/table_reader_detail.hpp"

namespace allegato::genres::detail {

void TableReader::run() {
  find_period();
  const auto& rows = stream_.rows();
  auto anchor = anchors_.begin();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (; anchor != anchors_.end() && anchor->first <= r; ++anchor) open_anchor(anchor->second);
    const Row& row = rows[r];
    if (row.is_line()) {
      read_line(row);
      continue;
    }
    if (row.table != table_) {
      table_ = row.table;
      seen_table_ = true;
      guessed_ = false;
      // A table without a header of its own continues the previous one
      // (a page break) when it has as many columns.
      const bool same_shape = header_.valid() && static_cast<int>(header_.columns.size()) == std::max(row.table->n_cols, 1);
      // A table opening on a title strip over a header of its own (a
      // dashboard's panels) continues nothing either.
      if (!same_shape || header_below(r)) header_ = HeaderMatch{};
    }
    HeaderMatch fresh = match_header(stream_, r, profile_);
    if (fresh.valid() && useful(fresh)) {
      adopt_header(std::move(fresh));
      r += static_cast<std::size_t>(header_.rows) - 1;
      continue;
    }
    if (!header_.valid() && !guess_header(row)) {
      read_loose_row(row);
      continue;
    }
    r += join_wrapped_rows(r);
    read_row(row);
  }
  // Years a reader before this one found (records) stay.
  for (int y : filler_.document().years) years_.insert(y);
  filler_.document().years.assign(years_.begin(), years_.end());
}

// Whether a header starts on one of the two rows under row r of its table.
bool TableReader::header_below(std::size_t r) const {
  const auto& rows = stream_.rows();
  for (std::size_t k = r + 1; k < rows.size() && k <= r + 2 && rows[k].table == rows[r].table; ++k)
    if (match_header(stream_, k, profile_).valid()) return true;
  return false;
}

}  // namespace allegato::genres::detail

namespace allegato::genres {

void read_tables(Filler& filler, const Profile& profile, const std::map<std::size_t, std::string>& anchors) {
  detail::TableReader reader(filler, profile, anchors);
  reader.run();
}

}  // namespace allegato::genres
