#include "genres/genres.hpp"
// PLACEHOLDER: replaced by the genre recognisers.
namespace allegato {
std::vector<GenreScore> score_genres(const ExtractedDocument&) { return {}; }
void import_document(const ExtractedDocument& doc, const std::string& doc_id, const GenreOptions&, Model& model) {
  Document d;
  d.id = doc_id;
  d.path = doc.path;
  d.sha256 = doc.sha256;
  d.format = doc.format;
  model.documents.push_back(d);
}
}  // namespace allegato
