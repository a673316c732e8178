#pragma once
/// Names in a workbook's XML parts, whatever their namespace prefix
/// (parts are read by xml_stream.hpp).
#include <string>

#include <pugixml.hpp>

namespace allegato {

/// The local name of a node ("c" for "x:c").
const char* local_name(const pugi::xml_node& node);

/// The first child whose local name is `name` (namespace prefixes vary).
pugi::xml_node child_local(const pugi::xml_node& node, const char* name);

/// An attribute by local name ("r:id", "id"), any prefix.
pugi::xml_attribute attr_local(const pugi::xml_node& node, const char* name);

}  // namespace allegato
