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
#include <set>
#include <string>
#include <utility>
#include <vector>

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
      // Managers as rows, objectives read above as columns: a matrix of its own.
      if (const std::size_t read = read_transposed_matrix(r)) {
        header_ = HeaderMatch{};
        r += read - 1;
        continue;
      }
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
  past_year_rows_are_baselines();
  collapse_unweighted_units();
  // Years a reader before this one found (records) stay.
  for (int y : filler_.document().years) years_.insert(y);
  filler_.document().years.assign(years_.begin(), years_.end());
}

// A unit heading over objectives none of which, nor their indicators,
// carries a weight ("Centro di responsabilità: Settore X" over a table of
// objectives and targets): no assignment of weights to units, only who is
// responsible. The unit is no level of the tree: its objectives hang
// where it did, the unit (and its manager) their owners.
void TableReader::collapse_unweighted_units() {
  auto& nodes = filler_.model().nodes;
  auto& indicators = filler_.model().indicators;
  const std::string doc = filler_.doc_id();
  std::vector<std::string> collapsed;
  for (const auto& unit : nodes) {
    if (unit.doc != doc || unit.level != "unit") continue;
    // The unit's subtree: nodes whose chain of parents reaches it.
    std::set<std::string> below = {unit.id};
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& n : nodes)
        if (n.doc == doc && !below.count(n.id) && below.count(n.parent)) grew = below.insert(n.id).second || grew;
    }
    const bool sub_units = std::any_of(nodes.begin(), nodes.end(), [&](const Node& n) {
      return n.id != unit.id && n.level == "unit" && below.count(n.id);
    });
    const bool weighted = std::any_of(nodes.begin(), nodes.end(), [&](const Node& n) { return below.count(n.id) && n.weight; }) ||
                          std::any_of(indicators.begin(), indicators.end(), [&](const Indicator& i) { return below.count(i.node) && i.weight; });
    const bool objectives = std::any_of(nodes.begin(), nodes.end(), [&](const Node& n) { return n.parent == unit.id; });
    if (sub_units || weighted || !objectives || unit.weight || !unit.achievement.empty()) continue;
    collapsed.push_back(unit.id);
  }
  for (const auto& id : collapsed) {
    const Node* unit = filler_.node(id);
    if (!unit) continue;
    const Node copy = *unit;
    for (auto& n : nodes) {
      if (n.parent != id) continue;
      n.parent = copy.parent;
      std::vector<std::string> owners = {copy.title};
      owners.insert(owners.end(), copy.owners.begin(), copy.owners.end());
      for (const auto& o : n.owners)
        if (std::find(owners.begin(), owners.end(), o) == owners.end()) owners.push_back(o);
      n.owners = owners;
    }
    for (auto& i : indicators)
      if (i.node == id) {
        i.node = copy.parent;
        if (std::find(i.owners.begin(), i.owners.end(), copy.title) == i.owners.end()) i.owners.insert(i.owners.begin(), copy.title);
      }
    std::erase_if(nodes, [&](const Node& n) { return n.id == id; });
  }
}

// Years as rows ("a.a. 2019/2020 | 58,4% | – | –" over "2021 | 62,3% |
// >= 61% | 100%"): the rows before the first year an indicator sets a
// target print its past, baselines; their "–" targets are no targets,
// and their years no years of the plan.
void TableReader::past_year_rows_are_baselines() {
  auto& indicators = filler_.model().indicators;
  std::set<int> past_years;
  for (std::size_t k : year_row_indicators_) {
    if (k >= indicators.size()) continue;
    Indicator& ind = indicators[k];
    std::optional<int> first;
    for (const auto& t : ind.targets)
      if (t.year && t.status == TargetStatus::set && (!first || *t.year < *first)) first = t.year;
    if (!first) continue;
    auto before = [&](const Target& t) { return t.year && *t.year < *first; };
    for (auto it = ind.results.begin(); it != ind.results.end();) {
      if (!before(*it)) {
        ++it;
        continue;
      }
      past_years.insert(*it->year);
      ind.baselines.push_back(std::move(*it));
      it = ind.results.erase(it);
    }
    std::erase_if(ind.targets, [&](const Target& t) { return before(t) && t.status != TargetStatus::set; });
  }
  // A past year stays the plan's only where some indicator sets a target in it.
  for (const auto& ind : indicators)
    for (const auto& t : ind.targets)
      if (t.year && t.status == TargetStatus::set) past_years.erase(*t.year);
  for (int y : past_years) years_.erase(y);
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
