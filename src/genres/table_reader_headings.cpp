// Headings and free lines: numbered, lettered and leveled headings, section
// maxima, header titles, budget headings (missione, programma), the
// document's title and a table's caption. Separate because they open
// sections from text outside the table's columns.
#include "genres/table_reader_detail.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>

namespace allegato::genres::detail {

// A numbered heading or an uncoded band opening a section.
// "Obiettivo strategico 1.3 - Title": a level named before a numbered
// heading; the level and the heading.
// The longest of the profile's level words opening `text` ("Area
// strategica" of "Area strategica 2 – Title"): its role and its number of
// words; an empty role when none does.
std::pair<std::string, std::size_t> TableReader::level_words_opening(const std::string& text) const {
  const std::string f = fold(text);
  std::string best_role;
  std::size_t best_words = 0, best_size = 0;
  for (const auto& phrase : profile_.columns) {
    if (phrase.role != "area" && phrase.role != "strategic" && phrase.role != "operational" && phrase.role != "perspective" &&
        phrase.role != "objective")
      continue;
    if (!starts_with(f, phrase.phrase + " ") || phrase.phrase.size() <= best_size) continue;
    best_role = phrase.role;
    best_size = phrase.phrase.size();
    best_words = static_cast<std::size_t>(std::count(phrase.phrase.begin(), phrase.phrase.end(), ' ')) + 1;
  }
  return {best_role, best_words};
}

// "AREA 1", "Obiettivo 2.1" alone in a code cell: the level the words name
// and the code after them.
std::optional<std::pair<std::string, std::string>> TableReader::leveled_code(const std::string& text) const {
  const auto [role, words] = level_words_opening(text);
  if (role.empty() || role == "perspective") return std::nullopt;
  std::istringstream in(join_printed(text));
  std::string w, rest;
  for (std::size_t k = 0; in >> w; ++k)
    if (k >= words) rest += (rest.empty() ? "" : " ") + w;
  if (rest.empty() || rest.find(' ') != std::string::npos || !(is_numbering_cell(rest) || lettered_code_depth(rest) > 0))
    return std::nullopt;
  if (rest.back() == '.') rest.pop_back();
  return std::make_pair(role == "objective" ? profile_.objective_level : role, rest);
}

std::optional<std::pair<std::string, CodedTitle>> TableReader::leveled_heading(const std::string& text) const {
  const auto [best_role, best_words] = level_words_opening(text);
  if (best_role.empty()) return std::nullopt;
  std::istringstream words(join_printed(text));
  std::string w, rest;
  for (std::size_t k = 0; words >> w; ++k) {
    if (k >= best_words) rest += (rest.empty() ? "" : " ") + w;
  }
  auto h = parse_numbered_heading(rest);
  // "Obiettivo A – Title", "Area B - Title": a letter numbers it too.
  if (!h) h = lettered_heading(rest);
  // "Area 1" over its title (a line break, no dash): after a level's name a
  // bare number is its code.
  if (!h) h = bare_numbered(rest);
  // A perspective is named, not numbered: its words are its title.
  if (!h && best_role == "perspective" && !rest.empty()) return std::make_pair(best_role, CodedTitle{"", rest});
  if (!h) return std::nullopt;
  h->title = as_printed(h->title, rest);
  // "Obiettivo" names no level: the profile's objectives' level.
  return std::make_pair(best_role == "objective" ? profile_.objective_level : best_role, *h);
}

// The words a leveled heading prints before its code (or its title):
// "Area strategica" of "Area strategica 2 – Title". The node holds the
// level they name, not the words: they stay listed as a label.
std::string TableReader::leading_label(const std::string& printed, const std::string& code, const std::string& title) {
  const auto at = code.empty() ? printed.find(title) : printed.find(code);
  if (at == std::string::npos || at == 0) return {};
  return trim_copy(printed.substr(0, at));
}

// "1 Accesso e tempi", "2.1 Title": a number then a title opening with a
// capital (no dash needed: the caller has read a level's name before it).
std::optional<CodedTitle> TableReader::bare_numbered(const std::string& text) {
  static const std::regex numbered("^([0-9]{1,2}(?:[.][0-9]{1,2}){0,3}[a-z]?)\\.?\\s+([A-Z\xC3].*)$");
  std::smatch m;
  if (!std::regex_match(text, m, numbered)) return std::nullopt;
  return CodedTitle{m[1].str(), m[2].str()};
}

// "A – Title", "B.2 - Title", "OS.1 – Title", "OS 1.1 – Title", "Ob. 1 –
// Title", "1.A.1 – Title", "1.1.a – Title": a capital letter, maybe
// numbered, two or three capitals numbered, a short word cut by a dot and
// numbered, or a numbering with a letter among its parts, then a dash.
std::optional<CodedTitle> TableReader::lettered_heading(const std::string& text) {
  static const std::regex lettered(
      "^([A-Z](?:[.]?[0-9]{1,2}){0,3}|[A-Z]{2,3}[ ._]?[0-9]{1,2}(?:[.][0-9]{1,2}){0,2}|[A-Z][a-z]{1,2}\\. ?[0-9]{1,2}(?:[.][0-9]{1,2}){0,2}|"
      "[0-9]{1,2}(?:[.][0-9]{1,2})*[.][A-Za-z](?:[.][0-9A-Za-z]{1,2}){0,2})"
      "\\s+(?:-|\xE2\x80\x93|\xE2\x80\x94|\xC2\xB7)\\s+(\\S.*)$");
  std::smatch m;
  if (!std::regex_match(text, m, lettered)) return std::nullopt;
  return CodedTitle{m[1].str(), m[2].str()};
}

std::string TableReader::open_heading(const Piece& p, const std::string& uncoded_level) {
  Node node;
  node.source = p.source;
  std::string heading = join_printed(p.text);
  // "A – OBIETTIVI INDIVIDUALI – max 40 punti": the section's weight is
  // the most its objectives may earn.
  if (auto maximum = section_maximum(heading)) {
    stream_.take_leaving(index_of(&p), text_without(heading, {maximum->first, maximum->second}));
    heading = maximum->first;
    node.weight = filler_.number(maximum->second, p);
  } else if (auto weighed = bracketed_weight(heading)) {
    // "Obiettivo 1 — Title — peso 30 punti": the objective's own weight.
    stream_.take_leaving(index_of(&p), text_without(heading, {weighed->first, weighed->second}));
    heading = weighed->first;
    node.weight = filler_.number(weighed->second, p);
  }
  // A heading opened above the next header owns its table.
  heading_above_ = true;
  if (auto h = parse_numbered_heading(heading)) {
    node.code = h->code;
    node.title = as_printed(h->title, heading);
    node.level = level_of_code(h->code);
    return open_node(std::move(node), h->code);
  }
  if (auto lettered = lettered_heading(heading)) {
    // "R – RICERCA E TRASFERIMENTO": a band coded by a letter.
    node.code = lettered->code;
    node.title = lettered->title;
    node.level = level_of_code(node.code);
    const std::string path_key = node.code;  // (read before the node is moved)
    return open_node(std::move(node), path_key);
  }
  if (auto lh = leveled_heading(heading)) {
    node.code = lh->second.code;
    node.title = lh->second.title;
    node.level = lh->first;
    stream_.take_leaving(index_of(&p), leading_label(heading, node.code, node.title));
    const std::string path_key = node.code.empty() ? slugify(node.title) : node.code;
    return open_node(std::move(node), path_key);
  }
  if (auto c = parse_code_heading(split_lines(p.text).empty() ? heading : split_lines(p.text).front());
      c && level_of_code(c->code) != "action" && !fold(c->code).empty()) {
    node.code = c->code;
    // (Read from the first line: wrapped words carry the title on, other lines describe it.)
    std::tie(node.title, node.description) = title_then_rest(as_printed(c->title, heading), p.text);
    node.level = level_of_code(c->code);
    return open_node(std::move(node), slugify(c->code));
  }
  node.title = heading;
  node.level = uncoded_level;
  return open_node(std::move(node), slugify(node.title));
}

// "Title – max 40 punti", "Title (max 10 punti)", "Title (massimo 40
// punti)": the title and the maximum as printed ("40 punti").
std::optional<std::pair<std::string, std::string>> TableReader::section_maximum(const std::string& heading) {
  static const std::regex maximum(
      R"(^(.*\S)\s*(?:(?:-|)" "\xE2\x80\x93" R"()\s*|\(\s*)(?:max|massimo|max\.)\s*([0-9][0-9.,]*\s*(?:punti|punto|%))\s*\)?\s*$)",
      std::regex::icase);
  std::smatch m;
  if (!std::regex_match(heading, m, maximum)) return std::nullopt;
  std::string title = m[1].str();
  // The dash before "max" in "Title – max 40 punti" is no part of the title.
  while (!title.empty() && (title.back() == '-' || title.back() == ' ')) title.pop_back();
  if (title.size() >= 3 && title.compare(title.size() - 3, 3, "\xE2\x80\x93") == 0) title.resize(title.size() - 3);
  while (!title.empty() && title.back() == ' ') title.pop_back();
  return std::make_pair(title, m[2].str());
}

void TableReader::open_title(std::size_t piece_id) {
  const Piece& p = stream_.piece(piece_id);
  const std::string text = join_wrapped(p.text);
  if (text.empty()) return;
  if (parse_numbered_heading(p.text)) {
    open_heading(p, profile_.section_level);
  } else if (!profile_.header_title_level.empty()) {
    // The same section title printed over each page's header opens it once.
    const std::string id = filler_.doc_id() + "/" + unit_path() + slugify(join_printed(p.text));
    if (filler_.has_node(id)) {
      path_.clear();
      path_.push_back({id, "", profile_.header_title_level});
    } else {
      open_heading(p, profile_.header_title_level);
    }
  } else {
    return;
  }
  stream_.take(piece_id);
}

void TableReader::read_line(const Row& row) { read_free_text(row.pieces.front()); }

// A table row above any header holding one piece of text (a section
// title or a form line the layout engine drew into the table's top):
// read as the free line it is.
// A form of label/value rows above a table naming an organisational unit,
// its parent unit and its manager (`Struttura | Servizio X`, `Struttura
// sovraordinata | Direzione`, `Dirigente responsabile | dott. Y`, labels in
// the profile's `unit_form`): the unit the table below lists objectives of.
// The same form with its labels stacked in one cell and their values in
// the next, line by line ("Settore:" / "Dirigente:" / "Periodo:" beside
// "Settore Servizi Finanziari" / "dott. X" / "..."): a unit heading's word
// or a unit label names the unit, an owner's word its manager.
bool TableReader::read_stacked_unit_form(std::size_t label_id, std::size_t value_id) {
  const auto labels = split_lines(stream_.piece(label_id).text);
  const auto values = split_lines(stream_.piece(value_id).text);
  if (labels.size() < 2 || labels.size() != values.size()) return false;
  std::string title, manager, left;
  for (std::size_t k = 0; k < labels.size(); ++k) {
    const std::string label = trim_copy(labels[k]);
    if (label.empty() || label.back() != ':') return false;
    const std::string words = fold(label);
    const std::string value = trim_copy(values[k]);
    const bool names_unit = std::any_of(profile_.unit_form.begin(), profile_.unit_form.end(),
                                        [&](const RolePhrase& r) { return r.role == "unit" && r.phrase == words; }) ||
                            std::find(profile_.unit_labels.begin(), profile_.unit_labels.end(), words) != profile_.unit_labels.end() ||
                            std::any_of(profile_.unit_headings.begin(), profile_.unit_headings.end(), [&](const UnitHeading& u) {
                              return std::find(u.words.begin(), u.words.end(), words) != u.words.end();
                            });
    const bool names_owner = !names_unit && std::any_of(profile_.unit_form.begin(), profile_.unit_form.end(), [&](const RolePhrase& r) {
      return r.role == "owner" && r.phrase == words;
    });
    if (names_unit && title.empty()) title = value;
    else if (names_owner && manager.empty()) manager = value;
    else left += (left.empty() ? "" : " ") + value;
  }
  if (title.empty()) return false;
  const std::string id = form_unit(stream_.piece(value_id), title);
  path_.clear();
  last_objective_.clear();
  units_.assign(1, OpenUnit{id, title, 1, true});
  form_unit_open_ = true;
  if (Node* unit = filler_.node(id); unit && !manager.empty()) add_owner(*unit, manager);
  stream_.mark_header(label_id);
  stream_.take_leaving(value_id, left);
  return true;
}

bool TableReader::read_unit_form_row(const Row& row) {
  if (profile_.unit_form.empty()) return false;
  std::vector<std::size_t> cells;
  for (auto id : row.pieces) {
    if (stream_.is_free(id) && !trim_copy(stream_.piece(id).text).empty()) cells.push_back(id);
  }
  if (cells.size() == 2 && read_stacked_unit_form(cells[0], cells[1])) return true;
  if (cells.size() != 2 && cells.size() != 4) return false;
  bool read = false;
  for (std::size_t k = 0; k < cells.size(); k += 2) {
    const std::string label = fold(stream_.piece(cells[k]).text);
    const auto field = std::find_if(profile_.unit_form.begin(), profile_.unit_form.end(),
                                    [&](const RolePhrase& r) { return r.phrase == label; });
    if (field == profile_.unit_form.end()) continue;
    read = true;
    if (field->role == "unit") {
      const Piece& value = stream_.piece(cells[k + 1]);
      const std::string title = join_printed(value.text);
      const std::string id = form_unit(value, title);
      path_.clear();
      last_objective_.clear();
      units_.assign(1, OpenUnit{id, title, 1, true});
      form_unit_open_ = true;
      stream_.mark_header(cells[k]);
      stream_.take(cells[k + 1]);
      // The form's parent and manager printed above its unit.
      for (const auto& [role, label_id, value_id] : form_pending_) apply_form_field(role, label_id, value_id);
      form_pending_.clear();
    } else if (form_unit_open_) {
      apply_form_field(field->role, cells[k], cells[k + 1]);
    } else {
      form_pending_.emplace_back(field->role, cells[k], cells[k + 1]);
    }
  }
  return read;
}

// A parent unit or a manager the form names for its open unit.
void TableReader::apply_form_field(const std::string& role, std::size_t label_id, std::size_t value_id) {
  Node* node = units_.empty() ? nullptr : filler_.node(units_.back().id);
  if (!node) return;
  const Piece& value = stream_.piece(value_id);
  const std::string text = join_printed(value.text);
  if (role == "parent") {
    // The parent the unit's first form names stays.
    if (!node->parent.empty() || text == node->title) return;
    const std::string parent = form_unit(value, text);
    filler_.node(units_.back().id)->parent = parent;
  } else if (role == "code") {
    // "Codice UO | UO.2.1": the unit's code; its title stays its name.
    if (!node->code.empty()) return;
    node->code = trim_copy(join_wrapped(value.text));
  } else {
    add_owner(*node, text);
  }
  stream_.mark_header(label_id);
  stream_.take(value_id);
}

void TableReader::read_loose_row(const Row& row) {
  if (read_unit_caption(stream_.free_filled(row))) return;
  if (read_unit_form_row(row)) return;
  const std::vector<std::size_t> filled = stream_.free_filled(row);
  if (filled.size() == 2 && read_caption_pair(filled.front(), filled.back())) return;
  if (filled.size() == 1) read_free_text(filled.front());
  // Two: a unit's bar naming its owner, or a panel's title and weight.
  if (filled.size() == 2 && !read_unit_bar(filled)) read_weighed_title(filled.front(), filled.back());
}

// A caption grid of label | value rows over a table (a PIRA's programme
// section): "Missione | 014 – Infrastrutture ..." and "Programma | 005 –
// ..." give the budget headings of the objectives below, as a heading
// line would; "Centro di responsabilità | Direzione ..." their owner. The
// values are taken when an objective takes them (open_node): with none
// below, they stay listed.
bool TableReader::read_caption_pair(std::size_t label_id, std::size_t value_id) {
  const Piece& label = stream_.piece(label_id);
  const Piece& value = stream_.piece(value_id);
  const std::string words = fold(label.text);
  if (const auto heading = budget_heading_of(join_wrapped(label.text) + " " + join_wrapped(value.text));
      heading && fold(heading->word) == words) {
    set_budget(*heading, value);
    stream_.mark_header(label_id);
    caption_values_.push_back(value_id);
    return true;
  }
  const PhraseMatch m = match_phrase(words, profile_);
  if (m.role != "owner" || m.score < 0.95 || find_owner_label(value.text, profile_).first != std::string::npos) return false;
  caption_owner_ = join_printed(value.text);
  stream_.mark_header(label_id);
  caption_values_.push_back(value_id);
  return true;
}

// A panel's title strip over its table: a heading on the left, its weight
// on the right ("A · Didattica | Peso area 35%"). Opens the heading's node
// with that weight; the weight's words stay listed as a label.
void TableReader::read_weighed_title(std::size_t title_id, std::size_t weight_id) {
  static const std::regex weight(R"(^(peso(?:\s+[a-z]+)?)\s*:?\s*([0-9][0-9.,]*\s*(?:%|punti|punto))$)", std::regex::icase);
  const Piece& title = stream_.piece(title_id);
  const Piece& printed = stream_.piece(weight_id);
  std::smatch m;
  const std::string text = join_wrapped(printed.text);
  if (!std::regex_match(text, m, weight)) return;
  const std::string heading = join_wrapped(title.text);
  if (!parse_numbered_heading(heading) && !lettered_heading(heading) && !leveled_heading(heading)) return;
  const std::string id = open_heading(title, profile_.section_level);
  stream_.take(title_id);
  if (Node* node = filler_.node(id); node && !node->weight) {
    node->weight = filler_.number(m[2].str(), printed);
    stream_.take_leaving(weight_id, m[1].str());
  }
}

void TableReader::read_free_text(std::size_t id) {
  if (!stream_.is_free(id)) return;
  const Piece& p = stream_.piece(id);
  const std::string text = join_wrapped(p.text);
  if (text.empty()) return;
  // "Area strategica 1 – Title": a level named and numbered is the tree's,
  // even above the first table, and never a unit.
  if (leveled_heading(p.text)) {
    open_heading(p, profile_.section_level);
    stream_.take(id);
    heading_above_ = true;
    return;
  }
  if (read_unit_bar({id})) return;
  if (auto rank = unit_rank(text)) {
    open_unit(p, *rank, std::nullopt);
    stream_.take(id);
    return;
  }
  if (read_amount_line(p)) return;
  if (read_budget_heading(p)) return;
  // "OB_01 – Title" over its table: an objective coded by letters and
  // digits (the code's prefix, else its depth, says the level).
  if (!is_sentence(p.text)) {
    const auto lines = split_lines(p.text);
    const auto coded = parse_code_heading(lines.empty() ? text : lines.front());
    if (coded && !coded->title.empty() && !std::islower(static_cast<unsigned char>(coded->title[0])) && level_of_code(coded->code) != "action") {
      open_heading(p, profile_.section_level);
      stream_.take(id);
      heading_above_ = true;
      return;
    }
  }
  // A numbered sentence under the tables ("1. Il valore di partenza è
  // ...") is a note, not a heading.
  if (seen_table_ && !is_sentence(p.text) && (parse_numbered_heading(p.text) || leveled_heading(p.text))) {
    open_heading(p, profile_.section_level);
    stream_.take(id);
    heading_above_ = true;
    return;
  }
  // The body's name alone is not the document's title.
  const bool only_the_body = find_organisation(p.text).size() + 2 >= text.size() && !find_organisation(p.text).empty();
  if (!seen_table_ && filler_.document().title.empty() && !only_the_body) {
    filler_.document().title = join_printed(p.text);
    stream_.take(id);
    return;
  }
  // Nor is it a table's caption, nor is the last line of a paragraph.
  if (!only_the_body && !is_sentence(p.text)) caption_ = id;
}

// A line of a label and an amount: `Totale risorse ...: € 1.642.800,00`,
// the document's total (the audit checks the objectives' resources
// against it); `Risorse finanziarie € 612.400,00`, the resources of the
// objective open above it.
bool TableReader::read_amount_line(const Piece& p) {
  const std::string text = join_wrapped(p.text);
  if (auto total = parse_total_line(text, profile_.total_rows)) {
    filler_.document().totals.push_back({as_printed(total->label, text), "resources", filler_.number(total->amount, p)});
    stream_.take_leaving(index_of(&p), total->label);
    return true;
  }
  if (path_.empty()) return false;
  auto labelled = parse_total_line(text, resources_words());
  Node* node = labelled ? filler_.node(path_.back().id) : nullptr;
  if (!node) return false;
  node->resources.push_back(filler_.number(labelled->amount, p));
  stream_.take_leaving(index_of(&p), labelled->label);
  return true;
}

// "MISSIONE 011 - Competitività ...", "Programma: 1 005 - ..." (the
// budget's numbering before the code): no node, but the mission or
// programme of the objectives opened after it. A mission closes the
// programme before it. Which words open which field is the profile's.
bool TableReader::read_budget_heading(const Piece& p) {
  // "Missione 013 – ... › Programma 004 – ..." (or " / "): a breadcrumb of both.
  const std::string whole = join_wrapped(p.text);
  for (const char* separator : {" \xE2\x80\xBA ", " \xC2\xBB ", " > ", " | ", " / "}) {
    const std::size_t at = whole.find(separator);
    if (at == std::string::npos) continue;
    const auto first = budget_heading_of(whole.substr(0, at));
    const auto second = budget_heading_of(whole.substr(at + std::strlen(separator)));
    if (!first || !second) continue;
    set_budget(*first, p);
    set_budget(*second, p);
    // The headings' words ("Missione", "Programma") name fields: labels.
    stream_.take_leaving(index_of(&p), first->word + " " + second->word);
    return true;
  }
  const auto heading = budget_heading_of(whole);
  if (!heading) return false;
  set_budget(*heading, p);
  // The heading's word ("MISSIONE") names the field, held by no entity: a label.
  stream_.take_leaving(index_of(&p), heading->word);
  return true;
}

// "MISSIONE 011 - Competitività ...": the word (one the profile names), its
// field, the budget code and the name after it.
std::optional<TableReader::BudgetHeading> TableReader::budget_heading_of(const std::string& text) const {
  static const std::regex heading(R"(^\s*(\S+)\s*[-:]?\s*(?:\d{1,2}\s+)?(\d{1,3})\b\s*[-–:.]?\s*(.*)$)");
  std::smatch m;
  if (!std::regex_match(text, m, heading)) return std::nullopt;
  auto field = profile_.budget_headings.find(fold(m[1].str()));
  if (field == profile_.budget_headings.end()) return std::nullopt;
  return BudgetHeading{m[1].str(), field->second, m[2].str(), trim_copy(m[3].str())};
}

// A mission closes the programme before it.
void TableReader::set_budget(const BudgetHeading& heading, const Piece& p) {
  // A new budget section: a caption's owner printed for the last one ends.
  caption_owner_.clear();
  const std::string title = as_printed(heading.title, join_printed(p.text));
  if (heading.field == "mission") {
    mission_ = {heading.code, title};
    programme_ = {};
  } else {
    programme_ = {heading.code, title};
  }
}

// A Missione / Programma cell ("023 Istruzione universitaria"): the
// budget code and its name, for the objective on the row.
void TableReader::read_budget_cell(const Piece& p, const std::string& role, Node& node) {
  static const std::regex coded(R"(^\s*(\d{1,3})\b\s*[-–:.]?\s*(.*)$)");
  const std::string text = join_wrapped(p.text);
  std::smatch m;
  std::string code = text, title;
  if (std::regex_match(text, m, coded)) {
    code = m[1].str();
    title = as_printed(trim_copy(m[2].str()), join_printed(p.text));
  }
  if (role == "mission") {
    node.mission = code;
    node.mission_title = title;
  } else {
    node.programme = code;
    node.programme_title = title;
  }
}

}  // namespace allegato::genres::detail
