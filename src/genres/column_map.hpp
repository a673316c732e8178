#pragma once
/// Column roles read from a table's header rows: which column holds the
/// text, the weight, the formula, and which hold baselines, targets or
/// results for which year. Header text decides, never a fixed position.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "genres/text_stream.hpp"

namespace allegato::genres {

struct YearColumn {
  int col = 0;
  int year = 0;
};

struct ColumnMap {
  std::map<std::string, int> role_col;   ///< role -> column ("text", "weight", "formula", ...)
  std::map<std::string, int> role_span;  ///< role -> columns its header spans (sub-columns, e.g. PESO: Area|OS|OO|Ind.)
  std::vector<YearColumn> baselines;
  std::vector<YearColumn> targets;
  std::vector<YearColumn> results;
  int header_rows = 0;                   ///< rows of the header (taken as structure)
  bool valid() const { return !role_col.empty() || !targets.empty(); }
  std::optional<int> col(const std::string& role) const;
  /// Columns under the role's header: [first, first + span).
  std::vector<int> cols(const std::string& role) const;
};

/// A header vocabulary: folded words that name a role. A group ("base line",
/// "target") spans year columns given in the next header row.
struct HeaderWord {
  std::string role;
  std::vector<std::string> words;  ///< folded; the cell matches if it starts with any
  bool year_group = false;         ///< role is "baselines", "targets" or "results"
};

/// Reads up to three header rows starting at `first` (index into
/// stream.rows()) with the vocabulary; returns a map and how many rows the
/// header used, or an invalid map when fewer than `min_roles` roles matched.
ColumnMap read_header(const TextStream& stream, std::size_t first, const std::vector<HeaderWord>& vocabulary,
                      int min_roles);

}  // namespace allegato::genres
