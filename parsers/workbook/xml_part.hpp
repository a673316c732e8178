#pragma once
/// Loading one XML part of a workbook with pugixml, refusing DTDs.
#include <string>

#include <pugixml.hpp>

namespace allegato {

/// Parses `text` (part `part` of `file`) into `doc`. Throws ImportError
/// "workbook.dtd" if the part declares a DTD or entities (never needed by
/// XLSX or ODS, the vehicle of entity-expansion attacks) and
/// "workbook.corrupt" if it is not well-formed XML.
void load_xml_part(pugi::xml_document& doc, const std::string& text, const std::string& file,
                   const std::string& part);

/// The local name of a node ("c" for "x:c").
const char* local_name(const pugi::xml_node& node);

/// The first child whose local name is `name` (namespace prefixes vary).
pugi::xml_node child_local(const pugi::xml_node& node, const char* name);

/// An attribute by local name ("r:id", "id"), any prefix.
pugi::xml_attribute attr_local(const pugi::xml_node& node, const char* name);

}  // namespace allegato
