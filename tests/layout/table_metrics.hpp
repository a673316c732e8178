#pragma once
// Scores for rebuilt tables against reviewed ground truth (test helper):
// cell-exact accuracy and the ICDAR 2013 table-competition adjacency-relation
// precision/recall/F1 (Goebel et al.): each non-empty cell relates to its
// nearest non-empty neighbour to the right and below.
#include <string>
#include <vector>

#include "tables/table.hpp"

namespace allegato::testing {

struct TableScore {
  int cells_expected = 0;
  int cells_right = 0;
  double precision = 0, recall = 0, f1 = 0;
  std::vector<std::string> mismatches;  ///< readable, first ones only
  double accuracy() const { return cells_expected ? static_cast<double>(cells_right) / cells_expected : 1.0; }
};

/// A cell of a ground-truth file; `wrap` cells compare with their line
/// breaks as spaces (a break after a hyphen joins the word back).
struct ExpectedCell {
  TableCell cell;
  bool wrap = false;
};
struct ExpectedTable {
  std::vector<int> pages;
  int n_rows = 0, n_cols = 0;
  std::vector<ExpectedCell> cells;
};

/// Reads expected-tables.json / truth-tables.json.
std::vector<ExpectedTable> read_expected_tables(const std::string& json_text);

/// Compares tables in order (expected table i with found table i).
TableScore score_tables(const std::vector<ExpectedTable>& expected, const std::vector<Table>& found);

}  // namespace allegato::testing
