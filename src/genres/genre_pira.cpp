#include "genres/recognisers.hpp"
namespace allegato::genres {
GenreScore score_pira(const DocumentFeatures&) { return {"pira", 0, ""}; }
void fill_pira(Filler&) {}
}  // namespace allegato::genres
