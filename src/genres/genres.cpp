#include "genres/genres.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <regex>

#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"

namespace allegato {

namespace genres {

DocumentFeatures gather_features(const TextStream& stream) {
  DocumentFeatures f;
  std::map<std::string, int> code_counts;
  static const std::regex unit_heading(R"(^(area|servizio|ufficio|azienda speciale|staff)\b)");
  for (const auto& row : stream.rows()) {
    if (!row.is_line()) f.has_table = true;
    int years_in_row = 0;
    for (auto id : row.pieces) {
      const Piece& p = stream.piece(id);
      if (is_year(p.text)) ++years_in_row;
    }
    for (auto id : row.pieces) {
      const Piece& p = stream.piece(id);
      if (p.text.empty()) continue;
      const std::string folded = fold(p.text);
      f.pieces.push_back(folded);
      f.folded += folded;
      f.folded += '\n';
      const auto lines = split_lines(p.text);
      if (lines.empty()) continue;
      if (auto h = parse_numbered_heading(lines.front())) {
        ++f.numbered_headings;
        if (code_depth(h->code) >= 2) ++code_counts[h->code];
        if (years_in_row >= 3 && h->code.find('.') == std::string::npos) ++f.area_year_headers;
      }
      if (auto c = parse_code_heading(lines.front())) {
        ++f.coded_headings;
        if (c->code.rfind("OS_", 0) == 0) ++f.os_blocks;
      }
      if (is_percent_value(p.text)) ++f.percent_cells;
      if (std::regex_search(folded, unit_heading) && folded.size() < 120 && lines.size() <= 2) ++f.unit_headings;
    }
  }
  for (const auto& [code, n] : code_counts) {
    if (n > 1) ++f.repeated_codes;
  }
  return f;
}

}  // namespace genres

using namespace genres;

namespace {
// The genre table: every recogniser, its scorer and its filler. A new genre
// is one row here and one file in src/genres/.
struct GenreEntry {
  const char* name;
  GenreScore (*score)(const DocumentFeatures&);
  void (*fill)(Filler&);
};
constexpr GenreEntry kGenres[] = {
    {"plan", score_plan, fill_plan},
    {"dashboard", score_dashboard, fill_dashboard},
    {"pira", score_pira, fill_pira},
    {"assignment", score_assignment, fill_assignment},
    {"report", score_report, fill_report},
    {"list", score_list, fill_list},
};
}  // namespace

std::vector<GenreScore> score_genres(const ExtractedDocument& doc) {
  TextStream stream(doc, "d0");
  const DocumentFeatures f = gather_features(stream);
  std::vector<GenreScore> scores;
  for (const auto& g : kGenres) scores.push_back(g.score(f));
  std::stable_sort(scores.begin(), scores.end(), [](const GenreScore& a, const GenreScore& b) { return a.score > b.score; });
  return scores;
}

namespace {
constexpr double kMinimumScore = 0.3;

using FillFn = void (*)(Filler&);
FillFn fill_for(const std::string& genre) {
  for (const auto& g : kGenres) {
    if (genre == g.name) return g.fill;
  }
  return nullptr;
}
}  // namespace

void import_document(const ExtractedDocument& doc, const std::string& doc_id, const GenreOptions& options,
                     Model& model) {
  Document d;
  d.id = doc_id;
  d.path = doc.path;
  d.sha256 = doc.sha256;
  d.format = doc.format;
  d.pages = doc.pages.empty() ? static_cast<int>(doc.sheets.size()) : static_cast<int>(doc.pages.size());
  model.documents.push_back(d);
  const std::size_t index = model.documents.size() - 1;

  TextStream stream(doc, doc_id);
  std::string genre;
  double score = 0;
  if (options.genre) {
    genre = *options.genre;
    score = 1.0;
    if (!fill_for(genre)) {
      throw UsageError("unknown genre '" + genre + "'; give one of plan, dashboard, pira, assignment, report, list");
    }
  } else {
    const auto scores = score_genres(doc);
    if (!scores.empty() && scores.front().score >= kMinimumScore) {
      genre = scores.front().genre;
      score = scores.front().score;
    }
    // What was guessed and why, for --explain and for a user who wants to
    // override it with --genre.
    std::string explained;
    for (const auto& s : scores) {
      if (s.score <= 0) continue;
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%.2f", s.score);
      explained += (explained.empty() ? "" : "; ") + s.genre + " " + buffer + (s.why.empty() ? "" : " (" + s.why + ")");
    }
    Diagnostic diag;
    diag.severity = Severity::info;
    diag.code = "genre.detected";
    diag.message = "genre scores, best first: " + (explained.empty() ? std::string("none") : explained);
    diag.where.doc = doc_id;
    model.diagnostics.push_back(std::move(diag));
  }
  Filler filler(doc, stream, model, index);
  filler.document().organisation = organisation_of(stream);
  auto unknown = [&](const std::string& message) {
    filler.document().kind = "unknown";
    Diagnostic diag;
    diag.severity = Severity::warning;
    diag.code = "genre.unknown";
    diag.message = message;
    diag.where.doc = doc_id;
    model.diagnostics.push_back(std::move(diag));
  };
  if (FillFn fill = fill_for(genre)) {
    filler.document().kind = genre;
    filler.document().genre_score = score;
    const std::size_t nodes_before = model.nodes.size(), indicators_before = model.indicators.size();
    fill(filler);
    // A layout that scores like a genre but yields no objective at all is
    // not that genre: say so rather than return an empty plan.
    if (!options.genre && model.nodes.size() == nodes_before && model.indicators.size() == indicators_before) {
      stream = TextStream(doc, doc_id);  // give back what the recogniser took (a title)
      filler.document().title.clear();
      filler.document().years.clear();
      unknown("the layout looked like a " + genre + " annex but no objective or indicator was found in it; "
              "all its text is listed as unassigned (try --genre)");
    }
  } else {
    unknown("no genre recogniser matched this layout; all its text is listed as unassigned (try --genre)");
  }
  mark_signatures(stream);
  stream.flush_unassigned(model);
}

}  // namespace allegato
