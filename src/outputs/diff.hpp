#pragma once
/// What changed between two versions of a plan: nodes and indicators added
/// and removed (matched by id, i.e. by code, else by folded name), and for
/// those in both, changed titles, weights and targets/baselines/results by
/// year, with the old and new printed text.
#include <optional>
#include <string>
#include <vector>

#include "model/json_io.hpp"
#include "model/model.hpp"

namespace allegato {

struct FieldChange {
  std::string field;      ///< "weight", "title", "name", "formula", "unit", "notes", "parent", "node"...
  std::string old_value;  ///< as printed (raw); "" when absent
  std::string new_value;
};

struct ValueChange {
  std::string series;              ///< "baseline", "target", "result"
  std::optional<int> year;
  std::optional<std::string> old_raw;  ///< nullopt: no such year before
  std::optional<std::string> new_raw;  ///< nullopt: no such year now
};

struct EntityDiff {
  std::string kind;    ///< "node" or "indicator"
  std::string key;     ///< id without the document prefix ("1.1.1/Nquest_customer")
  std::string old_id;  ///< empty when added
  std::string new_id;  ///< empty when removed
  std::string name;    ///< title or name (new if present)
  std::string match;   ///< "id", "name" (same folded name) or "similar name" (reworded, as reconcile matches)
  std::vector<FieldChange> fields;
  std::vector<ValueChange> values;
  Source old_source{};   ///< where it is in OLD (page + box, or sheet + cell); empty when added
  Source new_source{};   ///< where it is in NEW; empty when removed
};

struct ModelDiff {
  std::vector<Document> old_documents, new_documents;
  std::vector<FieldChange> document_changes;  ///< "d1 title" etc.
  std::vector<EntityDiff> added, removed, changed;
  bool empty() const { return document_changes.empty() && added.empty() && removed.empty() && changed.empty(); }
};

/// Pairs documents in order (OLD d1 with NEW d1...), then entities within
/// each pair by id, then the rest by folded name when unique on both sides,
/// then what is left under the same parent by name similarity (a reworded
/// indicator without a code: name_similarity() at least
/// kDiffSimilarNameThreshold), best pairs first.
inline constexpr double kDiffSimilarNameThreshold = 0.5;
ModelDiff diff_models(const Model& old_model, const Model& new_model);

/// For a person: a summary line, then removed, added, changed entities.
std::string diff_text(const ModelDiff& diff);

/// For tools: {"old", "new", "summary", "added", "removed", "changed"}.
Json diff_json(const ModelDiff& diff);

}  // namespace allegato
