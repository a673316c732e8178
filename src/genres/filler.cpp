#include <algorithm>
#include <cctype>
#include <regex>

#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"
#include "values/text.hpp"

namespace allegato::genres {

Filler::Filler(const ExtractedDocument& doc, TextStream& stream, Model& model, std::size_t document_index)
    : doc_(doc), stream_(stream), model_(model), document_index_(document_index) {}

std::string Filler::add_node(Node node, const std::string& path) {
  node.doc = doc_id();
  node.id = unique_id(doc_id() + "/" + path, node_ids_);
  if (node.source.doc.empty()) node.source.doc = doc_id();
  model_.nodes.push_back(std::move(node));
  return model_.nodes.back().id;
}

std::string Filler::add_indicator(Indicator indicator, const std::string& path) {
  indicator.doc = doc_id();
  indicator.id = unique_id(doc_id() + "/" + path, indicator_ids_);
  if (indicator.source.doc.empty()) indicator.source.doc = doc_id();
  // Values are pushed one at a time (capacity 4 for 3 targets): trimmed here,
  // a large sheet's indicators hold a fifth less.
  indicator.baselines.shrink_to_fit();
  indicator.targets.shrink_to_fit();
  indicator.results.shrink_to_fit();
  model_.indicators.push_back(std::move(indicator));
  return model_.indicators.back().id;
}

Node* Filler::node(const std::string& id) {
  for (auto& n : model_.nodes) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

bool Filler::has_node(const std::string& id) const {
  return node_ids_.count(id) > 0;
}

Target Filler::target(const std::string& raw, std::optional<int> year, const Piece& at) {
  std::vector<Diagnostic> notes;
  Target t = parse_target(raw, year, &notes);
  t.source = at.source;
  for (auto& d : notes) {
    d.where = at.source;
    model_.diagnostics.push_back(std::move(d));
  }
  return t;
}

Number Filler::number(const std::string& raw, const Piece& at) {
  std::vector<Diagnostic> notes;
  Number n = parse_number(raw, &notes);
  return located(std::move(n), std::move(notes), at);
}

std::size_t Filler::weight_figure(const std::string& raw) {
  // One word of letters (a label: no digit, no unit sign) then the figure.
  std::size_t i = 0;
  while (i < raw.size() && std::isalpha(static_cast<unsigned char>(raw[i]))) ++i;
  std::size_t figure = i;
  if (figure < raw.size() && raw[figure] == ':') ++figure;
  while (figure < raw.size() && raw[figure] == ' ') ++figure;
  const bool labelled = i >= 3 && figure > i && figure < raw.size() &&
                        std::isdigit(static_cast<unsigned char>(raw[figure])) != 0;
  return labelled ? figure : 0;
}

Number Filler::weight(const std::string& raw, const Piece& at) {
  const std::size_t figure = weight_figure(raw);
  if (figure == 0) return number(raw, at);
  std::vector<Diagnostic> notes;
  Number n = parse_number(raw.substr(figure), &notes);
  if (!n.value) return number(raw, at);
  n.raw = raw;
  return located(std::move(n), std::move(notes), at);
}

Number Filler::located(Number n, std::vector<Diagnostic> notes, const Piece& at) {
  n.source = at.source;
  for (auto& d : notes) {
    d.where = at.source;
    model_.diagnostics.push_back(std::move(d));
  }
  return n;
}

void Filler::diagnose(Severity severity, const std::string& code, LocalMessage message, const Source& where) {
  model_.diagnostics.push_back(make_diagnostic(severity, code, std::move(message), where));
}

std::string join_value(const std::string& text) {
  std::string out;
  for (const auto& raw_line : split_lines(text)) {
    // Runs of spaces collapse: a PDF never shows them, so a workbook's
    // ">  medio" and the PDF's "> medio" are one value.
    std::string line;
    for (char c : raw_line) {
      if ((c == ' ' || c == '\t') && (line.empty() || line.back() == ' ')) continue;
      line += c == '\t' ? ' ' : c;
    }
    // A date or number broken by the layout ("31/12/20" + "17") glues back;
    // a line opening with its own year ("2024: 1.240") is a value of its own.
    const bool dated_line = line.size() >= 5 && (line.compare(0, 2, "19") == 0 || line.compare(0, 2, "20") == 0) &&
                            std::isdigit(static_cast<unsigned char>(line[2])) && std::isdigit(static_cast<unsigned char>(line[3])) &&
                            (line[4] == ':' || (line[4] == ' ' && line.size() > 5 && line[5] == ':'));
    // (Digits after digits glue only as a fragment without words: "85" over
    // "2022 e almeno" is a value and the next sentence's year.)
    const bool fragment = std::none_of(line.begin(), line.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
    const bool glue = !out.empty() && !dated_line &&
                      (out.back() == '/' || out.back() == '-' ||
                       (fragment && std::isdigit(static_cast<unsigned char>(out.back())) &&
                        std::isdigit(static_cast<unsigned char>(line.front()))));
    if (!out.empty() && !glue) out += ' ';
    out += line;
  }
  return out;
}

void mark_signatures(TextStream& stream) {
  static const std::regex role(R"(^\s*IL\s+(SEGRETARIO|PRESIDENTE|COMMISSARIO|DIRIGENTE|DIRETTORE))");
  static const std::regex note(R"(^\s*(Allegato sottoscritto|Il presente allegato|ai sensi dell))");
  int signature_page = -1;
  for (const auto& row : stream.rows()) {
    if (!row.is_line()) {
      continue;
    }
    const std::size_t id = row.pieces.front();
    const std::string& text = stream.piece(id).text;
    if (std::regex_search(text, role)) signature_page = row.page;
    const bool after_signature = signature_page == row.page;
    static const std::regex page_number(R"(^\s*(\d{1,3}|Pag(ina|\.)?\s*\d+(\s*(di|/)\s*\d+)?)\s*$)", std::regex::icase);
    const bool furniture = std::regex_search(text, page_number);
    if ((after_signature || furniture || std::regex_search(text, note)) && stream.is_free(id)) stream.mark_boilerplate(id);
  }
}

std::string organisation_of(const TextStream& stream) {
  // A chamber named anywhere first: its annexes also name ministries and
  // regions in passing.
  for (bool chambers_only : {true, false}) {
    for (const auto& p : stream.pieces()) {
      std::string org = find_organisation(p.text, chambers_only);
      if (!org.empty()) return org;
    }
  }
  return {};
}

}  // namespace allegato::genres
