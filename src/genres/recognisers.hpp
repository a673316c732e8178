#pragma once
/// Internal to src/genres: what every genre recogniser shares. A recogniser
/// scores a document on named evidence and, when chosen, fills the model
/// from the text stream, taking every piece it uses.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "genres/genres.hpp"
#include "genres/profile.hpp"
#include "genres/text_stream.hpp"

namespace allegato::genres {

/// Evidence gathered once per document for scoring.
struct DocumentFeatures {
  std::string folded;                 ///< every piece's text, folded, one per line
  std::vector<std::string> pieces;    ///< folded text of every piece
  int numbered_headings = 0;          ///< "1.1 - ..." pieces
  int coded_headings = 0;             ///< "Studi_ISR - ..." pieces
  int os_blocks = 0;                  ///< "OS_1.2Xxx - ..." pieces
  int percent_cells = 0;
  int repeated_codes = 0;             ///< numbered codes seen more than once
  int unit_headings = 0;              ///< "Area ...", "Servizio ...", "Azienda Speciale"
  int area_year_headers = 0;          ///< "1. Title | 2021 | 2022 ..." rows
  bool has_table = false;
  std::map<std::string, int> counts;  ///< the counts above by name, for profile evidence ("numbered_headings")
  std::set<std::string> cells;        ///< every piece's folded text, for "cells" evidence
};
DocumentFeatures gather_features(const TextStream& stream);
/// How many lines of folded text open with `word` and a budget code
/// ("missione 1 101"), written out by hand where std::regex was slow over a
/// whole document (same results, tested).
int coded_lines(std::string_view folded, std::string_view word);
/// A profile's score from its evidence (data): 0..1, and why.
GenreScore score_profile(const DocumentFeatures& f, const Profile& profile);

/// Filling state shared by the recognisers.
class Filler {
 public:
  Filler(const ExtractedDocument& doc, TextStream& stream, Model& model, std::size_t document_index);

  TextStream& stream() { return stream_; }
  const ExtractedDocument& extracted() const { return doc_; }
  Document& document() { return model_.documents[document_index_]; }
  const std::string& doc_id() const { return stream_.doc_id(); }
  Model& model() { return model_; }

  /// Adds a node with id doc/<path> (made unique); returns its id.
  std::string add_node(Node node, const std::string& path);
  /// Adds an indicator with id doc/<path> (made unique); returns its id.
  std::string add_indicator(Indicator indicator, const std::string& path);
  Node* node(const std::string& id);
  bool has_node(const std::string& id) const;

  /// parse_target with diagnostics located at the piece.
  Target target(const std::string& raw, std::optional<int> year, const Piece& at);
  Number number(const std::string& raw, const Piece& at);
  /// A weight: as number(), but a cell that repeats its label before the
  /// figure ("peso 30 punti", "Rilevanza: 40%") gives the figure; raw stays
  /// as printed.
  Number weight(const std::string& raw, const Piece& at);
  /// Where the figure of a weight cell starts after its label ("peso 30
  /// punti" -> 5), or 0 when the cell opens with it.
  static std::size_t weight_figure(const std::string& raw);
  void diagnose(Severity severity, const std::string& code, LocalMessage message, const Source& where);

 private:
  /// The number with its source and its diagnostics located at the piece.
  Number located(Number n, std::vector<Diagnostic> notes, const Piece& at);

  const ExtractedDocument& doc_;
  TextStream& stream_;
  Model& model_;
  std::size_t document_index_;
  // Sets, not lists: a flat list of 200,000 indicators asks 200,000 times.
  std::unordered_set<std::string> node_ids_;
  std::unordered_set<std::string> indicator_ids_;
};

/// Joins a value the layout wrapped: "<=31/12/" + "2017" gives "<=31/12/2017";
/// other lines join with one space.
std::string join_value(const std::string& text);

/// Marks signatures and publication notes as boilerplate: a line naming a
/// signatory role and every free line after it on that page, and lines that
/// say the annex is signed or published.
void mark_signatures(TextStream& stream);

/// Organisation named anywhere in the stream ("CCIAA di Massa-Carrara").
std::string organisation_of(const TextStream& stream);

/// The PIRA's block reader (profile "pira", reader "pira"): MISSIONE and
/// PROGRAMMA headings, objective blocks, indicator tables, resources.
void fill_pira(Filler& filler);

}  // namespace allegato::genres
