#pragma once
/// What a record's labels and values say, as text: which labels name list
/// fields, a code printed before a title, the number of a mission or
/// programme before its name. (Which label names which field:
/// match_record_label, record_reader.hpp.)
#include <optional>
#include <string>
#include <utility>

#include "genres/genre_text.hpp"

namespace allegato::genres {

/// Fields an entity may hold several of (resources, owner, notes): a second
/// one does not open a block.
bool is_list_field(const std::string& name);

/// "1.1.A – Programmare ...", "A1 - Estendere ...", "04. Digitalizzare": a
/// code (a token holding a digit) and a title, or nothing.
std::optional<CodedTitle> split_code_title(const std::string& printed);

/// "018 – Sviluppo sostenibile ...": the code of a mission or programme and
/// its name; a value without a leading number is all name.
std::pair<std::string, std::string> split_numbered(const std::string& printed);

/// "Valore 2010: 35%." in running prose: the value without the sentence's
/// full stop; an abbreviation's stays ("12 N.", "30 gg.").
std::string without_sentence_stop(std::string value);

}  // namespace allegato::genres
