#include "model/model.hpp"

#include "values/text.hpp"

namespace allegato {

const Node* Model::find_node(const std::string& id) const {
  for (const auto& n : nodes)
    if (n.id == id) return &n;
  return nullptr;
}

const Indicator* Model::find_indicator(const std::string& id) const {
  for (const auto& i : indicators)
    if (i.id == id) return &i;
  return nullptr;
}

std::string slugify(const std::string& title) {
  const std::string folded = fold_for_matching(title);
  std::string slug;
  bool pending_dash = false;
  for (char c : folded) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!keep) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) {
      if (slug.size() + 1 >= 48) break;
      slug += '-';
      pending_dash = false;
    }
    if (slug.size() >= 48) break;
    slug += c;
  }
  return slug.empty() ? "untitled" : slug;
}

}  // namespace allegato
