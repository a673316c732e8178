#include "workbook/xml_part.hpp"

#include <cstring>

#include "core/diagnostics.hpp"

namespace allegato {

void load_xml_part(pugi::xml_document& doc, const std::string& text, const std::string& file,
                   const std::string& part) {
  if (text.find("<!DOCTYPE") != std::string::npos || text.find("<!ENTITY") != std::string::npos) {
    throw ImportError("workbook.dtd", file, part + " declares a DTD or entities, which workbooks never need",
                      "the file is not a genuine spreadsheet or was tampered with; re-save it from a spreadsheet");
  }
  auto result = doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) {
    throw ImportError("workbook.corrupt", file,
                      part + " is not well-formed XML (" + result.description() + " at byte " +
                          std::to_string(result.offset) + ")",
                      "the file may be damaged; open it in a spreadsheet and save it again");
  }
}

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
