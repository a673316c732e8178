// Placing nodes in the tree: the open path of nodes and units, where a new
// node goes (by its code's prefix, its level, or its unit), the node a table
// or an anchor opens. Separate because every kind of row and heading opens
// nodes through it.
#include "genres/table_reader_detail.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace allegato::genres::detail {

// A node another reader opened at this row (an objective's record above
// its indicator table): what follows measures it.
void TableReader::open_anchor(const std::string& node_id) {
  const Node* node = filler_.node(node_id);
  if (!node) return;
  units_.clear();
  last_objective_.clear();
  path_.assign(1, OpenNode{node_id, node->code, node->level});
}

// Whether the workbook parts its tables into sheets: two sheets or more
// hold a table with a header naming three columns or more. A workbook of one such sheet (beside a
// legend or notes) names the whole annex by it ("Indicatori"), no section.
bool TableReader::sheets_are_sections() {
  if (sheets_are_sections_) return *sheets_are_sections_;
  std::set<std::string> sheets;
  std::set<const Table*> headed;
  const auto& rows = stream_.rows();
  for (std::size_t r = 0; r < rows.size() && sheets.size() < 2; ++r) {
    const Table* t = rows[r].table;
    if (rows[r].is_line() || t == nullptr || t->sheet.empty() || headed.count(t) || sheets.count(t->sheet)) continue;
    // A legend's "Target | valore da raggiungere ..." names one column at
    // most; a summary of objectives (no indicator column) parts nothing.
    if (const HeaderMatch h = match_header(stream_, r, profile_); h.valid() && h.roles >= 3 && (h.col("name") || h.col("text"))) {
      headed.insert(t);
      sheets.insert(t->sheet);
    }
  }
  sheets_are_sections_ = sheets.size() >= 2;
  return *sheets_are_sections_;
}

// One node per table for a flat list: titled by its sheet (when sheets
// part the workbook) or the caption printed above it. A table nothing
// printed names (a CSV's one "sheet" is named after the file) opens none:
// its indicators hang under no node rather than under a title the annex
// never printed.
void TableReader::open_table_node() {
  table_node_of_ = table_;
  Node node;
  node.level = profile_.section_level;
  if (!table_->sheet.empty() && filler_.extracted().format != "csv" && sheets_are_sections()) {
    node.title = table_->sheet;
    node.source.doc = filler_.doc_id();
    node.source.sheet = table_->sheet;
  } else if (caption_ && stream_.is_free(*caption_)) {
    node.title = join_printed(stream_.piece(*caption_).text);
    node.source = stream_.piece(*caption_).source;
    stream_.take(*caption_);
  } else {
    table_node_pending_ = false;
    caption_.reset();
    return;
  }
  caption_.reset();
  units_.clear();
  path_.clear();
  const std::string key = slugify(node.title);
  open_node(std::move(node), key);
}

// "A1" after "A": a code of letters (three at most) extended by a number.
bool TableReader::letters_then_number(const std::string& parent, const std::string& child) {
  return !parent.empty() && parent.size() <= 3 && child.size() > parent.size() && starts_with(child, parent) &&
         std::all_of(parent.begin(), parent.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) &&
         std::isdigit(static_cast<unsigned char>(child[parent.size()])) != 0;
}

bool TableReader::code_is_prefix(const std::string& parent, const std::string& child) {
  if (!parent.empty() && child.size() > parent.size() && starts_with(child, parent) &&
      (child[parent.size()] == '.' || child[parent.size()] == '_'))
    return true;
  if (letters_then_number(parent, child)) return true;
  // "OB.1.1" under area "1": the numbering after a letter prefix extends it.
  const auto digit = child.find_first_of("0123456789");
  if (digit == std::string::npos || digit == 0 || std::isdigit(static_cast<unsigned char>(parent.empty() ? 'x' : parent[0])) == 0)
    return false;
  const std::string numbering = child.substr(digit);
  return numbering.size() > parent.size() && starts_with(numbering, parent) && numbering[parent.size()] == '.';
}

namespace {
// The levels of a plan's tree, from the root down.
const std::vector<std::string>& tree_levels() {
  static const std::vector<std::string> order = {"perspective", "area", "strategic", "operational", "action"};
  return order;
}
}  // namespace

std::string TableReader::level_below(const std::string& level) {
  const auto& order = tree_levels();
  const auto it = std::find(order.begin(), order.end(), level);
  return it == order.end() || it + 1 == order.end() ? std::string("action") : *(it + 1);
}

std::string TableReader::level_of_code(const std::string& code) const {
  if (auto level = prefix_level(code)) return *level;
  const int depth = code_depth(code);
  auto it = profile_.code_levels.find(depth);
  return it == profile_.code_levels.end() ? std::string("action") : it->second;
}

std::string TableReader::unit_path() const {
  if (!units_own() || units_.empty()) return {};
  return units_.back().id.substr(filler_.doc_id().size() + 1) + "/";
}

// Opens a node: a numbered objective goes under the open node whose code
// is its prefix, else under the innermost section, else under the unit.
int TableReader::level_rank(const std::string& level) {
  const auto& order = tree_levels();
  const auto it = std::find(order.begin(), order.end(), level);
  return it == order.end() ? static_cast<int>(order.size()) : static_cast<int>(it - order.begin());
}

// An objective printed again with its code and title (a summary table,
// then a section per objective): the node read the first time, if nothing
// was read under it yet, reopened with the path of its ancestors, taking
// what it lacked. Empty when the code is new or names another title.
std::string TableReader::reopen_known(Node& node) {
  if (node.code.empty()) return {};
  const auto known = latest_by_code_.find(unit_path() + node.code);
  if (known == latest_by_code_.end()) return {};
  Node* earlier = filler_.node(known->second);
  if (!earlier || fold(earlier->title) != fold(node.title)) return {};
  // Listed again with indicators or objectives of its own each time (one
  // objective under several units the layout does not name): two nodes. A
  // table of objectives alone (a summary of their resources) lists the
  // same ones again.
  if (has_children_.count(known->second) && !(table_ && objectives_only())) return {};
  if (!earlier->weight) earlier->weight = node.weight;
  if (earlier->resources.empty()) earlier->resources = node.resources;
  if (earlier->achievement.empty()) earlier->achievement = node.achievement;
  if (earlier->description.empty()) earlier->description = node.description;
  std::vector<OpenNode> chain;
  for (Node* n = earlier; n && n->level != "unit"; n = n->parent.empty() ? nullptr : filler_.node(n->parent))
    chain.insert(chain.begin(), OpenNode{n->id, n->code, n->level});
  path_ = std::move(chain);
  return known->second;
}

// The letters a code opens with ("OS" of "OS.1", "" of "1a", "OB" of
// "OB_2"): codes of one scheme share them.
std::string TableReader::code_scheme(const std::string& code) {
  std::string letters;
  for (char c : code) {
    if (std::isalpha(static_cast<unsigned char>(c)) == 0) break;
    letters += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return letters;
}

// `by_level`: the row named its level, so it closes every open node of
// its level or below and nests under the one above, whatever its code.
std::string TableReader::open_node(Node node, const std::string& path_key, bool by_level) {
  table_node_pending_ = false;
  if (std::string again = reopen_known(node); !again.empty()) return again;
  if (node.mission.empty() && !mission_.first.empty()) {
    node.mission = mission_.first;
    node.mission_title = mission_.second;
  }
  if (node.programme.empty() && !programme_.first.empty()) {
    node.programme = programme_.first;
    node.programme_title = programme_.second;
  }
  if (node.owners.empty() && !caption_owner_.empty() && node.level != "unit") node.owners.push_back(caption_owner_);
  // A caption grid's values now held by a node (its budget, its owner).
  if (!node.mission.empty() || !node.programme.empty() || !node.owners.empty()) {
    for (std::size_t id : caption_values_)
      if (stream_.is_free(id)) stream_.take(id);
    caption_values_.clear();
  }
  std::string parent;
  if (by_level) {
    while (!path_.empty() && level_rank(path_.back().level) >= level_rank(node.level)) path_.pop_back();
  } else if (!node.code.empty()) {
    std::size_t keep = 0;
    bool found = false;
    for (std::size_t i = path_.size(); i-- > 0;) {
      if (code_is_prefix(path_[i].code, node.code)) {
        keep = i + 1;
        found = true;
        // Its code extends the parent's, so it is a level below it even
        // where its depth alone reads as the same level (A1 under A).
        if (level_rank(node.level) <= level_rank(path_[i].level)) node.level = level_below(path_[i].level);
        break;
      }
    }
    // Printed right under an objective one level up whose code it does
    // not extend (1.2.3 under 2.1): where it is printed is where it belongs.
    const int depth = code_depth(node.code);
    if (!found && node.code.find('.') != std::string::npos) {
      for (std::size_t i = path_.size(); i-- > 0;) {
        if (path_[i].code.empty()) break;
        if (code_depth(path_[i].code) == depth - 1 && level_rank(path_[i].level) < level_rank(node.level)) {
          keep = i + 1;
          found = true;
          break;
        }
      }
    }
    std::string earlier_parent;
    if (!found) {
      // An objective listed again in a later part, without its parent
      // printed above it: the parent is the latest node with its prefix.
      const auto dot = node.code.rfind('.');
      if (dot != std::string::npos) {
        auto it = latest_by_code_.find(unit_path() + node.code.substr(0, dot));
        if (it != latest_by_code_.end()) earlier_parent = it->second;
      }
      // Under the innermost uncoded section above its level (an area
      // coded "C" never nests under an objective).
      for (std::size_t i = path_.size(); i-- > 0;) {
        if (path_[i].code.empty() && level_rank(path_[i].level) < level_rank(node.level)) {
          keep = i + 1;
          found = true;
          break;
        }
      }
      // Under the innermost node above its level coded in another scheme
      // ("1a" printed under "OS.1"): two numberings, one per level, nest
      // by where they are printed.
      if (!found && !path_.empty() && !path_.back().code.empty() &&
          level_rank(path_.back().level) < level_rank(node.level) &&
          code_scheme(path_.back().code) != code_scheme(node.code)) {
        keep = path_.size();
        found = true;
      }
    }
    path_.resize(found ? keep : 0);
    if (!earlier_parent.empty()) {
      node.parent = earlier_parent;
      has_children_.insert(earlier_parent);
      const std::string code = node.code, level = node.level;
      const std::string id = filler_.add_node(std::move(node), unit_path() + path_key);
      latest_by_code_[unit_path() + code] = id;
      path_.push_back({id, code, level});
      return id;
    }
  } else {
    // A section without code closes everything below the last section.
    path_.clear();
  }
  if (!path_.empty()) parent = path_.back().id;
  if (parent.empty() && !units_.empty()) parent = units_.back().id;
  node.parent = parent;
  has_children_.insert(parent);
  // The unit it is listed under: its `unit`, not an owner (the owners are
  // the names the document prints as such).
  if (!units_.empty() && node.level != "unit" && units_own()) node.unit = units_.back().title;
  const std::string code = node.code;
  const std::string level = node.level;
  const std::string id = filler_.add_node(std::move(node), unit_path() + path_key);
  if (!code.empty()) latest_by_code_[unit_path() + code] = id;
  path_.push_back({id, code, level});
  return id;
}

std::string TableReader::open_unit(const Piece& p, int rank, std::optional<Number> weight, const std::string& named) {
  while (!units_.empty() && units_.back().rank >= rank) units_.pop_back();
  // The name without its label ("STRUTTURA: "), which stays listed as one.
  const auto [label, name] = unit_label_split(join_printed(p.text));
  const std::string title = named.empty() ? name : named;
  if (!label.empty() && named.empty()) stream_.take_leaving(index_of(&p), label);
  const std::string parent = units_.empty() ? std::string() : units_.back().id;
  path_.clear();
  last_objective_.clear();
  // A unit heading printed again (above each of its tables) reopens it.
  if (auto known = unit_nodes_.find(parent + "\n" + title); known != unit_nodes_.end()) {
    Node* node = filler_.node(known->second);
    if (node && weight && !node->weight) node->weight = std::move(weight);
    units_.push_back({known->second, title, rank});
    return known->second;
  }
  Node node;
  node.level = "unit";
  node.title = title;
  node.source = p.source;
  node.weight = std::move(weight);
  node.parent = parent;
  const std::string id = filler_.add_node(std::move(node), slugify(title));
  unit_nodes_[parent + "\n" + title] = id;
  units_.push_back({id, title, rank});
  return id;
}

// The unit a form names (`Struttura | Servizio X`), or its parent: one node
// per title, whichever form names it first (a parent is often named before
// its own form).
std::string TableReader::form_unit(const Piece& p, const std::string& title) {
  if (auto known = form_units_.find(title); known != form_units_.end()) return known->second;
  Node node;
  node.level = "unit";
  node.title = title;
  node.source = p.source;
  const std::string id = filler_.add_node(std::move(node), slugify(title));
  form_units_[title] = id;
  return id;
}

std::optional<int> TableReader::unit_rank(const std::string& text) const {
  const auto [label, name] = unit_label_split(text);
  const std::string f = fold(name);
  if (f.size() > 120) return std::nullopt;
  // "STRUTTURA: Area X", "STRUTTURA: Servizio Y": one label names units of
  // one kind, peers whatever their names say.
  if (!label.empty()) return f.empty() ? std::nullopt : std::optional<int>(1);
  // A heading word alone names a unit only as a title ("Staff"), not as a
  // word of a sentence wrapped onto its own line ("settore)").
  const bool titled = !name.empty() && !std::islower(static_cast<unsigned char>(trim_copy(name)[0]));
  for (const auto& u : profile_.unit_headings) {
    for (const auto& w : u.words) {
      if ((f == w && titled) || starts_with(f, w + " ")) return u.rank;
    }
  }
  return std::nullopt;
}

// "STRUTTURA: Area Controlli in loco": the unit label of the profile opening
// the text, as printed with its colon ("STRUTTURA:", empty when none), and
// the unit's name after it (else the text itself).
std::pair<std::string, std::string> TableReader::unit_label_split(const std::string& text) const {
  const auto colon = text.find(':');
  if (colon == std::string::npos || colon > 40) return {"", text};
  const std::string label = fold(text.substr(0, colon));
  if (std::find(profile_.unit_labels.begin(), profile_.unit_labels.end(), label) == profile_.unit_labels.end())
    return {"", text};
  return {trim_copy(text.substr(0, colon + 1)), trim_copy(text.substr(colon + 1))};
}

// The level a code's prefix says ("OS1" -> strategic), if the profile knows it.
std::optional<std::string> TableReader::prefix_level(const std::string& code) const {
  const std::string folded = fold(code);
  for (const auto& [prefix, level] : profile_.code_prefix_levels)
    // ("ASL-01" is no "AS" code: the prefix ends where the letters do.)
    if (starts_with(folded, prefix) && folded.size() > prefix.size() &&
        !std::isalpha(static_cast<unsigned char>(folded[prefix.size()])))
      return level;
  return std::nullopt;
}

// Objectives named in a column are one node per text within a unit.
std::string TableReader::objective_key(const std::string& objective_text) const {
  return (units_.empty() ? std::string() : units_.back().id) + "\n" + objective_text;
}

}  // namespace allegato::genres::detail
