#pragma once
/// Genre recognition and filling the model from tables.
/// Genres: "plan" (000), "dashboard" (001), "pira" (002), "assignment" (003),
/// "report" (004). Detection is search then score: every recogniser scores
/// the document, the best above a threshold wins, and why is recorded.
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "tables/table.hpp"
#include "genres/profile.hpp"

namespace allegato {

struct GenreScore {
  std::string genre;   ///< plan|pira|report|dashboard|assignment
  double score = 0;    ///< 0..1
  std::string why;     ///< the evidence, for --explain
};

/// Every profile's score (built-in and `extra`), best first.
std::vector<GenreScore> score_genres(const ExtractedDocument& doc, const std::vector<genres::Profile>& extra = {});

struct GenreOptions {
  std::optional<std::string> genre;       ///< --genre NAME: a built-in or given profile; skips detection
  std::vector<genres::Profile> profiles;  ///< --profile FILE: the user's profiles, scored with the built-ins
};

/// Fills `model` with one document (id `doc_id`), its nodes, indicators and
/// unassigned text. Every piece of text ends up in an entity or in
/// `unassigned`. An unknown layout yields kind "unknown", all text
/// unassigned and a diagnostic "genre.unknown"; never throws for layout.
void import_document(const ExtractedDocument& doc, const std::string& doc_id, const GenreOptions& options,
                     Model& model);

}  // namespace allegato
