#include "genres/recognisers.hpp"
namespace allegato::genres {
GenreScore score_report(const DocumentFeatures&) { return {"report", 0, ""}; }
void fill_report(Filler&) {}
}  // namespace allegato::genres
