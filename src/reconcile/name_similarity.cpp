#include <set>
#include <sstream>

#include "audit/audit.hpp"
#include "reconcile/similarity.hpp"
#include "values/text.hpp"

namespace allegato {
std::set<std::string> similarity_words(const std::string& text) {
  // Words that carry no meaning in a title would make any two titles alike.
  static const std::set<std::string> stop = {
      "di",  "del", "della", "dello", "dei", "degli", "delle", "da",  "dal", "dalla", "in",   "nel",
      "nella", "con", "su", "sul", "per", "tra", "fra", "al", "alla", "ai", "alle", "ed", "il", "lo", "la",
      "gli", "le", "un", "una", "uno", "che", "nell", "dell", "all", "sull"};
  std::set<std::string> words;
  std::istringstream in(fold_for_matching(text));
  std::string w;
  while (in >> w)
    if (w.size() > 1 && !stop.count(w)) words.insert(w);
  return words;
}

double dice(const std::set<std::string>& wa, const std::set<std::string>& wb) {
  if (wa.empty() || wb.empty()) return 0.0;
  std::size_t common = 0;
  for (const auto& w : wa) common += wb.count(w);
  return 2.0 * static_cast<double>(common) / static_cast<double>(wa.size() + wb.size());
}

double name_similarity(const std::string& a, const std::string& b) {
  return dice(similarity_words(a), similarity_words(b));
}

}  // namespace allegato
