#include "genres/recognisers.hpp"
namespace allegato::genres {
GenreScore score_dashboard(const DocumentFeatures&) { return {"dashboard", 0, ""}; }
void fill_dashboard(Filler&) {}
}  // namespace allegato::genres
