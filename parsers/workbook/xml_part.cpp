#include "workbook/xml_part.hpp"

#include <cstring>

namespace allegato {

const char* local_name(const pugi::xml_node& node) {
  const char* name = node.name();
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

pugi::xml_node child_local(const pugi::xml_node& node, const char* name) {
  for (auto c : node.children())
    if (std::strcmp(local_name(c), name) == 0) return c;
  return {};
}

pugi::xml_attribute attr_local(const pugi::xml_node& node, const char* name) {
  for (auto a : node.attributes()) {
    const char* n = a.name();
    const char* colon = std::strrchr(n, ':');
    if (std::strcmp(colon ? colon + 1 : n, name) == 0) return a;
  }
  return {};
}

}  // namespace allegato
