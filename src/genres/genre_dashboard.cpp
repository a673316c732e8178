// Genre "dashboard" (seed 001): a strategic dashboard, PDF or workbook. Per
// area a header row "1. Title | 2021 | ... | 2026 | Risorse | Owner"; then
// one row per indicator without code: its text, a target per year, the
// owner, and notes after the owner ("Modifica target D CC 25/10/2022",
// "Obiettivi comuni di sistema"). Indicators get ids from a slug of their
// text under the area's code.
#include <algorithm>
#include <map>

#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"

namespace allegato::genres {

namespace {
struct AreaColumns {
  std::vector<std::pair<int, int>> years;  // (col, year)
  std::optional<int> owner, resources;
  int text = 0;
};

// "1. Title | 2021 | 2022 | ... | Risorse | Owner": the area heading row.
std::optional<AreaColumns> area_header(const TextStream& stream, const Row& row) {
  AreaColumns cols;
  for (auto id : row.pieces) {
    const Piece& p = stream.piece(id);
    if (is_year(p.text)) cols.years.emplace_back(p.col, std::stoi(trim_copy(p.text)));
    const std::string f = fold(p.text);
    if (f == "owner" || f == "responsabile") cols.owner = p.col;
    if (f == "risorse") cols.resources = p.col;
  }
  if (cols.years.size() < 3) return std::nullopt;
  return cols;
}
}  // namespace

GenreScore score_dashboard(const DocumentFeatures& f) {
  GenreScore s{"dashboard", 0, ""};
  auto add = [&](bool hit, double points, const std::string& why) {
    if (!hit) return;
    s.score += points;
    s.why += (s.why.empty() ? "" : "; ") + why;
  };
  const bool risorse_owner = std::find(f.pieces.begin(), f.pieces.end(), "owner") != f.pieces.end() &&
                             std::find(f.pieces.begin(), f.pieces.end(), "risorse") != f.pieces.end();
  add(risorse_owner, 0.35, "headers Risorse and Owner");
  add(f.area_year_headers >= 2, 0.3, std::to_string(f.area_year_headers) + " area rows with year columns");
  add(f.folded.find("cruscotto") != std::string::npos, 0.2, "title CRUSCOTTO");
  add(f.coded_headings < 3, 0.1, "indicators without codes");
  add(f.folded.find("d cc") != std::string::npos, 0.05, "council decisions in notes");
  s.score = std::clamp(s.score, 0.0, 1.0);
  return s;
}

void fill_dashboard(Filler& filler) {
  TextStream& stream = filler.stream();
  std::optional<AreaColumns> cols;
  std::string area_id;
  std::vector<int> years_with_targets;
  for (const Row& row : stream.rows()) {
    if (row.is_line() || stream.text(row).find('|') == std::string::npos) {
      // A title line or a one-cell row: the dashboard's title.
      const std::size_t id = row.pieces.front();
      const std::string text = join_wrapped(stream.piece(id).text);
      if (filler.document().title.empty() && !text.empty() && stream.is_free(id) && !parse_numbered_heading(text) &&
          row.pieces.size() == 1) {
        filler.document().title = join_printed(stream.piece(id).text);
        stream.take(id);
        continue;
      }
      if (row.is_line()) continue;
    }
    if (auto header = area_header(stream, row)) {
      cols = header;
      const auto title_id = stream.id_at(row, 0);
      if (title_id >= 0) {
        const Piece& p = stream.piece(static_cast<std::size_t>(title_id));
        if (auto heading = parse_numbered_heading(p.text)) {
          cols->text = p.col;
          Node node;
          node.code = heading->code;
          node.level = "area";
          node.title = as_printed(heading->title, p.text);
          node.source = p.source;
          stream.take(static_cast<std::size_t>(title_id));
          area_id = filler.add_node(std::move(node), heading->code);
        }
      }
      for (auto id : row.pieces) {
        if (stream.is_free(id)) stream.mark_header(id);
      }
      continue;
    }
    if (!cols) continue;
    const auto text_id = stream.id_at(row, cols->text);
    if (text_id < 0) continue;
    const Piece& text_piece = stream.piece(static_cast<std::size_t>(text_id));
    const std::string name = join_wrapped(text_piece.text);
    if (name.empty()) continue;
    Indicator ind;
    ind.name = join_printed(text_piece.text);
    ind.node = area_id;
    ind.source = text_piece.source;
    stream.take(static_cast<std::size_t>(text_id));
    for (const auto& [col, year] : cols->years) {
      const auto id = stream.id_at(row, col);
      const std::string raw = id < 0 ? std::string() : join_value(stream.piece(static_cast<std::size_t>(id)).text);
      const Piece& at = id < 0 ? text_piece : stream.piece(static_cast<std::size_t>(id));
      ind.targets.push_back(filler.target(raw, year, at));
      if (!raw.empty()) {
        stream.take(static_cast<std::size_t>(id));
        if (std::find(years_with_targets.begin(), years_with_targets.end(), year) == years_with_targets.end())
          years_with_targets.push_back(year);
      }
    }
    // Owner, then notes in the columns after it; anything else is a note too.
    for (auto id : row.pieces) {
      if (!stream.is_free(id)) continue;
      const Piece& p = stream.piece(id);
      const std::string text = join_wrapped(p.text);
      if (text.empty()) continue;
      if (cols->owner && p.col == *cols->owner) {
        ind.owners.push_back(join_printed(p.text));
      } else if (cols->resources && p.col == *cols->resources) {
        ind.notes.push_back("Risorse: " + join_printed(p.text));
      } else {
        ind.notes.push_back(join_printed(p.text));
      }
      stream.take(id);
    }
    const std::string node_path = area_id.empty() ? std::string("_") : area_id.substr(filler.doc_id().size() + 1);
    const std::string path = node_path + "/" + slugify(ind.name);
    filler.add_indicator(std::move(ind), path);
  }
  std::sort(years_with_targets.begin(), years_with_targets.end());
  filler.document().years = years_with_targets;
}

}  // namespace allegato::genres
