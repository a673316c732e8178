#include "genres/record_reader.hpp"

#include "genres/record_cells.hpp"
#include "genres/record_labels.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "genres/column_roles.hpp"
#include "genres/genre_text.hpp"
#include "genres/table_reader.hpp"
#include "genres/year_phrases.hpp"
#include "values/text.hpp"

namespace allegato::genres {

namespace {

// A label is a few words: longer text is a value that happens to start with
// a label's words ("Indicatore di realizzazione fisica").
constexpr std::size_t kMaxLabelWords = 10;
// A label names a field when its words match a phrase at least this well
// (the header reader's threshold).
constexpr double kMinLabelScore = 0.6;

// A cell holding a code and nothing else: "1.1.A", "A.1", "OB_02".
bool is_code_alone(const std::string& text) {
  const std::string t = trim_copy(join_wrapped(text));
  if (t.empty() || t.find(' ') != std::string::npos) return false;
  return is_numbering_cell(t) || lettered_code_depth(t) > 0 || looks_like_code(t);
}

class RecordReader {
 public:
  RecordReader(Filler& filler, const Profile& profile) : filler_(filler), stream_(filler.stream()), profile_(profile) {}

  void run() {
    period_ = period_start(stream_);
    const auto& rows = stream_.rows();
    for (std::size_t r = 0; r < rows.size(); ++r) {
      row_index_ = r;
      const Row& row = rows[r];
      // A table of indicators side by side is the records' own, whatever
      // its rows look like ("Tipologia | Indicatore di ..." reads as a header).
      if (!row.is_line() && row.table == transposed_table_) {
        read_row(row);
        continue;
      }
      if (!row.is_line()) {
        if (table_ && row.table != table_) table_ = nullptr;
        // A row naming indicator columns opens a table of them side by
        // side, however much it looks like an indicator table's header.
        if (!table_) {
          if (names_indicator_columns(stream_.free_filled(row))) {
            read_row(row);
            continue;
          }
        }
        if (!table_ && read_value_grid(r)) {
          ++r;
          continue;
        }
        if (!table_) {
          const HeaderMatch h = match_header(stream_, r, profile_);
          if (is_table_header(h, row)) {
            // The table's own header and body belong to the table reader;
            // a record after it describes the next objective.
            table_ = row.table;
            new_node_due_ = !nodes_.empty();
            r += static_cast<std::size_t>(std::max(h.rows, 1)) - 1;
            continue;
          }
        } else if (!starts_record(row)) {
          continue;
        } else {
          table_ = nullptr;
        }
      }
      read_row(row);
    }
    commit();
  }

 private:
  struct PendingNode {
    Node node;
    std::size_t row = 0;
    std::set<std::string> fields;
    bool carried = false;  // unit and owners carried from the form above (carry_form_header)
  };
  struct PendingIndicator {
    Indicator ind;
    std::map<std::size_t, std::string> leads;  // target index -> words its year's figure shares ("Riduzione del")
    std::optional<std::string> printed_unit;
    std::optional<std::size_t> node;
    std::set<std::string> fields;
    std::vector<std::size_t> pieces;  // the value cells it took, given back if it is not kept
  };

  Filler& filler_;
  TextStream& stream_;
  const Profile& profile_;
  std::optional<int> period_;
  std::size_t row_index_ = 0;
  const Table* table_ = nullptr;  // a table whose body the table reader reads
  std::vector<PendingNode> nodes_;
  std::vector<PendingIndicator> indicators_;
  bool indicator_open_ = false;
  bool new_node_due_ = false;       // a heading opened an objective block
  bool new_indicator_due_ = false;  // a heading opened an indicator block
  std::map<std::string, std::string> explained_;  // label as printed -> its field and why, for --explain
  std::string leftover_;                           // words of the value being set that no field took
  std::optional<std::size_t> pending_heading_;     // a numbered heading line not yet known to be an objective
  const Table* transposed_table_ = nullptr;        // a table of indicators side by side (read_transposed)
  std::map<int, std::size_t> transposed_;          // its column -> the indicator it holds

  // A header naming several columns opens a table of indicators; a row of
  // label/value pairs whose values happen to read as header words
  // ("Tipologia | Realizzazione fisica | Unità di misura | N.") does not:
  // in a header every cell names a column.
  bool is_table_header(const HeaderMatch& h, const Row& row) const {
    if (!h.valid() || h.guessed || h.roles < 4) return false;
    if (alternates_label_value(row)) return false;
    for (auto id : row.pieces) {
      const std::string& text = stream_.piece(id).text;
      std::optional<int> ordinal;
      const std::string words = label_words(text, ordinal);
      // A year or an ordinal year under a band ("2°ANNO"), not a unit ("N.").
      if (words.empty() && (!years_in(text).empty() || fold(text).find("anno") != std::string::npos)) continue;
      if (label_of(text).field.empty() && match_phrase(words, profile_).score < kMinLabelScore) return false;
    }
    return true;
  }

  // "Tipologia | Indicatore di realizzazione fisica | Unità di misura |
  // Numero", "Descrizione | Indicatore di tempestività dei pagamenti":
  // label/value pairs side by side. Every other cell is exactly a label, the
  // cells between are not (a value may start with a label's word); a header
  // names a column in every cell.
  bool alternates_label_value(const Row& row) const {
    std::vector<bool> exact;
    for (auto id : row.pieces) {
      const std::string& text = stream_.piece(id).text;
      if (trim_copy(text).empty()) continue;
      std::optional<int> ordinal;
      const double score = std::max(label_of(text).score, match_phrase(label_words(text, ordinal), profile_).score);
      exact.push_back(score >= 1.0);
    }
    if (exact.size() < 2 || exact.size() % 2 != 0) return false;
    for (std::size_t k = 0; k < exact.size(); ++k)
      if (exact[k] != (k % 2 == 0)) return false;
    return true;
  }

  // Under a table's header, a row is a record again when its first cell is
  // exactly one of the profile's record labels ("DENOMINAZIONE CDR").
  bool starts_record(const Row& row) const {
    for (auto id : row.pieces) {
      const std::string text = trim_copy(stream_.piece(id).text);
      if (text.empty()) continue;
      std::optional<int> ordinal;
      // The label alone in its cell, or before its value in one cell
      // ("CODICE E DENOMINAZIONE OBIETTIVO: 1.2.A ...", a form line the
      // layout drew into the table above it).
      const auto colon = text.find(':');
      const std::string label = colon == std::string::npos ? text : text.substr(0, colon);
      if (match_phrase(label_words(label, ordinal), profile_.record.fields).score >= 1.0) return true;
      return prefixed_pair(text).has_value();
    }
    return false;
  }

  void read_row(const Row& row) {
    const std::vector<std::size_t> filled = stream_.free_filled(row);
    if (filled.empty()) return;
    if (filled.size() == 1 && read_heading(filled.front())) return;
    if (row.is_line() && read_listed_indicator(filled.front())) return;
    if (row.is_line() && note_numbered_heading(filled.front())) return;
    if (read_transposed(row, filled)) return;
    if (read_stacked(row, filled)) return;
    // Label then value, left to right: the value is the next filled cell of
    // the row, unless that cell is a label with a value of its own (the
    // first label's value cell is blank); or "Label: value" in one cell.
    std::vector<RecordLabel> labels;
    for (auto id : filled) {
      const std::string& text = stream_.piece(id).text;
      labels.push_back(row.is_line() || inline_pair(text) ? RecordLabel{} : label_of(text));
    }
    for (std::size_t k = 0; k < filled.size(); ++k) {
      const std::size_t id = filled[k];
      const RecordLabel& label = labels[k];
      if (label.field.empty()) {
        read_inline(id);
        continue;
      }
      explain(stream_.piece(id).text, label);
      stream_.mark_header(id);
      const bool next_is_pair = k + 2 < filled.size() && !labels[k + 1].field.empty() && labels[k + 2].field.empty();
      // "CODICE E DENOMINAZIONE OBIETTIVO | 1.1.A | Title": the code and
      // the title in two cells, the title's unlabelled.
      const bool code_then_title = label.field == "node.code_title" && k + 2 < filled.size() && labels[k + 2].field.empty() &&
                                   is_code_alone(stream_.piece(filled[k + 1]).text);
      if (code_then_title) {
        set(RecordLabel{"node.code", {}, {}, label.score, label.why}, stream_.piece(filled[k + 1]), stream_.piece(filled[k + 1]).text);
        set(RecordLabel{"node.title", {}, {}, label.score, label.why}, stream_.piece(filled[k + 2]), stream_.piece(filled[k + 2]).text);
        stream_.take(filled[k + 1]);
        stream_.take(filled[k + 2]);
        k += 2;
      } else if (k + 1 < filled.size() && !next_is_pair) {
        const Piece& value = stream_.piece(filled[k + 1]);
        leftover_.clear();
        set(label, value, value.text);
        // Words of the value no field holds (a unit in words) stay listed.
        stream_.take_leaving(filled[k + 1], leftover_);
        ++k;
      } else if (label.field == "indicator.targets") {
        set(label, stream_.piece(id), "");
      }
    }
  }

  // "Indicatore 1 | Indicatore 2 | ...": one word numbered per column, the
  // first column blank or naming the labels under it ("Indicatori").
  bool names_indicator_columns(const std::vector<std::size_t>& filled) const {
    const bool first_names_labels = filled.size() >= 3 && stream_.piece(filled.front()).col == 0 &&
                                    stream_.piece(filled.front()).text.find_first_of("0123456789") == std::string::npos;
    const std::size_t from = first_names_labels ? 1 : 0;
    if (filled.size() < from + 2 || stream_.piece(filled[from]).col == 0) return false;
    std::set<std::string> words;
    for (std::size_t k = from; k < filled.size(); ++k) {
      std::string f = fold(stream_.piece(filled[k]).text);
      while (!f.empty() && (std::isdigit(static_cast<unsigned char>(f.back())) != 0 || f.back() == ' ')) f.pop_back();
      words.insert(f);
    }
    return words.size() == 1 && match_phrase(*words.begin(), profile_).role == "name";
  }

  // Indicators printed side by side, one column each, the labels down the
  // first column ("   | Indicatore 1 | Indicatore 2" over "Tipologia |
  // Efficacia | Efficienza"): the cell in a column is that column's
  // indicator's. The row naming the columns opens them; a label followed by
  // two values or more reads them so too.
  bool read_transposed(const Row& row, const std::vector<std::size_t>& filled) {
    if (row.is_line()) return false;
    if (row.table != transposed_table_) {
      // The indicators side by side are complete: what follows opens the
      // next objective's block ("Codice | OB.2" is the objective's code).
      if (transposed_table_) indicator_open_ = false;
      transposed_table_ = nullptr;
      transposed_.clear();
    }
    if (names_indicator_columns(filled)) {
      for (auto id : filled) stream_.mark_header(id);
      transposed_table_ = row.table;
      transposed_.clear();
      if (indicator_open_ || new_node_due_) new_indicator_due_ = true;
      return true;
    }
    if (filled.size() < 2) return false;
    RecordLabel label = label_of(stream_.piece(filled.front()).text);
    const bool side_by_side = row.table == transposed_table_ || filled.size() >= 3;
    // "Codice | A-01 | A-02 | A-03": codes side by side are the indicators'
    // (an objective prints one code).
    if (side_by_side && label.field == "node.code" &&
        std::all_of(filled.begin() + 1, filled.end(), [&](std::size_t id) { return is_code_alone(stream_.piece(id).text); }))
      label.field = "indicator.code";
    if (label.field.empty() || !side_by_side || label.field.rfind("node.", 0) == 0) return false;
    for (std::size_t k = 1; k < filled.size(); ++k) {
      if (row.table == transposed_table_) break;
      if (!label_of(stream_.piece(filled[k]).text).field.empty()) return false;
      // An indicator's column holds its values down the table; a column
      // filled in one row only (a print header drawn into the first row) does not.
      if (filled_in_column(*row.table, stream_.piece(filled[k]).col) < 2) return false;
    }
    const std::string name = label.field.substr(label.field.find('.') + 1);
    explain(stream_.piece(filled.front()).text, label);
    stream_.mark_header(filled.front());
    transposed_table_ = row.table;
    for (std::size_t k = 1; k < filled.size(); ++k) {
      const Piece& value = stream_.piece(filled[k]);
      auto slot = transposed_.find(value.col);
      if (slot == transposed_.end()) {
        if (new_node_due_) open_node();
        open_indicator();
        slot = transposed_.emplace(value.col, indicators_.size() - 1).first;
      }
      PendingIndicator& ind = indicators_[slot->second];
      const std::optional<int> year = year_of(label, name);
      ind.fields.insert(year ? name + "@" + std::to_string(*year) : name);
      if (ind.ind.source.doc.empty()) ind.ind.source = value.source;
      leftover_.clear();
      set_indicator_field(ind, name, year, value, value.text);
      stream_.take_leaving(filled[k], leftover_);
    }
    indicator_open_ = true;
    return true;
  }

  static std::size_t filled_in_column(const Table& table, int col) {
    return static_cast<std::size_t>(std::count_if(table.cells.begin(), table.cells.end(), [&](const TableCell& c) {
      return c.col == col && !trim_copy(c.text).empty();
    }));
  }

  // "1. Sostenere la digitalizzazione": a numbered heading line. Whether it
  // is an objective or a section of the text ("1. Premessa") the lines
  // below it say: it opens a node when an indicator follows before the next
  // heading.
  bool note_numbered_heading(std::size_t id) {
    const Piece& p = stream_.piece(id);
    const auto h = parse_numbered_heading(p.text);
    if (!h || std::count(h->title.begin(), h->title.end(), ' ') > 20) return false;
    pending_heading_ = id;
    return false;  // the line stays free until an indicator claims it
  }

  // The numbered heading above an indicator opened with no node since it.
  void open_pending_heading() {
    if (!pending_heading_) return;
    const Piece& p = stream_.piece(*pending_heading_);
    const auto h = parse_numbered_heading(p.text);
    if (h && stream_.is_free(*pending_heading_)) {
      PendingNode& n = open_node();
      n.node.code = h->code;
      n.node.title = as_printed(h->title, join_printed(p.text));
      n.node.source = p.source;
      n.fields.insert("code");
      n.fields.insert("title");
      stream_.take(*pending_heading_);
    }
    pending_heading_.reset();
  }

  // "- Imprese attive: valore di partenza 412 (2024); obiettivo 2026: 450;
  // obiettivo 2027: 480": an indicator on one listed line, its name before
  // the colon, then its values, each led by a label, parted by semicolons.
  bool read_listed_indicator(std::size_t id) {
    const Piece& p = stream_.piece(id);
    const std::string text = join_printed(p.text);
    static const std::regex listed(R"(^\s*(?:-|\xE2\x80\x93|\xE2\x80\xA2|\*)\s+([^:;]{3,}?)\s*:\s+(.+)$)");
    std::smatch m;
    if (!std::regex_match(text, m, listed)) return false;
    std::vector<LabelledValue> segments;
    std::istringstream parts(m[2].str());
    for (std::string part; std::getline(parts, part, ';');) {
      part = without_sentence_stop(trim_copy(part));
      if (auto seg = labelled_value(part)) segments.push_back(std::move(*seg));
    }
    if (segments.size() < 2) return false;
    if (pending_heading_ && (nodes_.empty() || nodes_.back().row < *pending_heading_)) open_pending_heading();
    if (new_node_due_) open_node();
    PendingIndicator& ind = open_indicator();
    ind.ind.name = trim_copy(m[1].str());
    ind.ind.source = p.source;
    ind.fields.insert("name");
    std::string labels;
    leftover_.clear();
    for (const auto& seg : segments) {
      const std::string name = seg.label.field.substr(seg.label.field.find('.') + 1);
      explain(seg.printed_label, seg.label);
      set_indicator_field(ind, name, year_of(seg.label, name), p, seg.value);
      labels += (labels.empty() ? "" : " ") + seg.printed_label;
      if (!leftover_.empty()) labels += " " + leftover_;
      leftover_.clear();
    }
    indicator_open_ = true;
    stream_.take_leaving(id, labels);
    return true;
  }

  // "valore di partenza 412 (2024)", "obiettivo 2026: 450": the label (the
  // longest run of leading words naming an indicator's value) and the value.
  std::optional<std::pair<RecordLabel, std::string>> split_labelled(const std::string& part) const {
    const auto colon = part.find(':');
    if (colon != std::string::npos) {
      const RecordLabel l = value_label(part.substr(0, colon));
      if (!l.field.empty()) return std::make_pair(l, part.substr(0, colon) + "\n" + trim_copy(part.substr(colon + 1)));
    }
    std::istringstream in(part);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    // A label's words hold no figure, but for a year closing it ("Obiettivo 2026").
    std::size_t longest = 0;
    while (longest < words.size() && longest < 5 &&
           (std::none_of(words[longest].begin(), words[longest].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) ||
            is_year(words[longest])))
      ++longest;
    for (std::size_t k = std::min(longest, words.size() - 1); k >= 1; --k) {
      std::string head;
      for (std::size_t j = 0; j < k; ++j) head += (j ? " " : "") + words[j];
      const RecordLabel l = value_label(head);
      if (l.field.empty()) continue;
      std::string rest;
      for (std::size_t j = k; j < words.size(); ++j) rest += (j > k ? " " : "") + words[j];
      return std::make_pair(l, head + "\n" + rest);
    }
    return std::nullopt;
  }

  struct LabelledValue {
    RecordLabel label;
    std::string printed_label, value;
  };
  std::optional<LabelledValue> labelled_value(const std::string& part) const {
    if (part.empty()) return std::nullopt;
    auto split = split_labelled(part);
    if (!split) return std::nullopt;
    const auto nl = split->second.find('\n');
    LabelledValue out{split->first, split->second.substr(0, nl), split->second.substr(nl + 1)};
    if (trim_copy(out.value).empty()) return std::nullopt;
    return out;
  }

  // A label naming one of an indicator's values; "Obiettivo 2026" (an
  // objective does not have a year) is that year's target.
  // A label heading a column of a two-row grid: a value of the open
  // indicator, or (exactly, as a form prints it) a field of an objective.
  RecordLabel grid_label(const std::string& printed) const {
    if (indicator_open_) {
      RecordLabel l = value_label(printed);
      if (l.field == "indicator.unit" || l.field == "indicator.weight") return {};
      return l;
    }
    RecordLabel l = label_of(printed);
    if (l.field.rfind("node.", 0) != 0 || l.score < 1.0) return {};
    return l;
  }

  RecordLabel value_label(const std::string& printed) const {
    RecordLabel l = label_of(printed);
    if (l.field == "node.title" && l.year) l.field = "indicator.targets";
    static const std::set<std::string> values = {"indicator.baselines", "indicator.targets", "indicator.results",
                                                 "indicator.values", "indicator.weight", "indicator.unit", "indicator.achievement"};
    if (!values.count(l.field)) return {};
    return l;
  }

  // "Label: value" in one cell or line: the label, and the value after it.
  struct InlinePair {
    RecordLabel label;
    std::string printed_label, value;
  };
  std::optional<InlinePair> inline_pair(const std::string& text) const {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    InlinePair pair{label_of(text.substr(0, colon)), text.substr(0, colon), trim_copy(text.substr(colon + 1))};
    if (pair.label.field.empty() || pair.value.empty()) return std::nullopt;
    return pair;
  }

  // "DENOMINAZIONE CDR Settore Strade": a line that opens with one of the
  // profile's record labels of two words or more, then its value (a layout
  // that printed label and value as one line). One-word labels are too
  // common at the start of a sentence to be read so.
  std::optional<InlinePair> prefixed_pair(const std::string& text) const {
    const std::string f = fold(text);
    const RolePhrase* best = nullptr;
    for (const auto& phrase : profile_.record.fields) {
      if (folded_word_count(phrase.phrase) < 2 || !starts_with(f, phrase.phrase + " ")) continue;
      if (!best || phrase.phrase.size() > best->phrase.size()) best = &phrase;
    }
    if (!best) return std::nullopt;
    // Cut the printed text after as many printed words as the label folds to.
    const std::size_t label_words_n = folded_word_count(best->phrase);
    std::size_t folded_n = 0, at = 0;
    while (at < text.size() && folded_n < label_words_n) {
      while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
      const std::size_t end = std::min(text.find_first_of(" \t\n", at), text.size());
      folded_n += folded_word_count(fold(text.substr(at, end - at)));
      at = end;
    }
    if (folded_n != label_words_n) return std::nullopt;
    InlinePair pair{label_of(text.substr(0, at)), text.substr(0, at), trim_copy(text.substr(at))};
    if (pair.label.field.empty() || pair.value.empty()) return std::nullopt;
    return pair;
  }

  void read_inline(std::size_t id) {
    const Piece& p = stream_.piece(id);
    auto pair = inline_pair(p.text);
    if (!pair) pair = prefixed_pair(p.text);
    if (!pair) return;
    explain(pair->printed_label, pair->label);
    leftover_.clear();
    set(pair->label, p, without_sentence_stop(pair->value));
    // The label names the field, held by no entity: it stays listed, with
    // any words of the value no field took.
    stream_.take_leaving(id, trim_copy(pair->printed_label + " " + leftover_));
  }

  // "Indicatore n. 2", "Obiettivo 13.5": a heading of the profile, alone
  // in its row, followed by at most a number or a code.
  bool read_heading(std::size_t id) {
    if (read_titled_heading(id)) return true;
    const auto role = record_heading_role(stream_.piece(id).text, profile_);
    if (!role) return false;
    open_heading(*role);
    stream_.mark_header(id);
    return true;
  }

  void open_heading(const std::string& role) {
    if (role == "node") {
      new_node_due_ = true;
      indicator_open_ = false;
    } else {
      new_indicator_due_ = true;
    }
  }

  // A label cell holding several lines beside a value cell: the band the
  // layout joined to the row under it ("OBIETTIVO SPECIFICO 01.02" over
  // "Codice obiettivo"), and a block whose rows were joined into one pair of
  // cells, one label a line beside one value a line. Lines that are
  // headings open their blocks; the labels left pair with the values line
  // by line, or (one label, or a label wrapped over its lines) with the
  // whole value.
  bool read_stacked(const Row& row, const std::vector<std::size_t>& filled) {
    if (row.is_line() || filled.size() != 2) return false;
    const Piece& label_cell = stream_.piece(filled[0]);
    const Piece& value_cell = stream_.piece(filled[1]);
    const StackedCell stacked = split_stacked_cell(label_cell.text, profile_);
    const std::vector<std::string> values = cell_lines(value_cell.text);
    std::vector<RecordLabel> labels;
    for (const auto& line : stacked.labels) labels.push_back(label_of(line));
    const bool each_labelled = std::none_of(labels.begin(), labels.end(), [](const RecordLabel& l) { return l.field.empty(); });
    const bool line_by_line = labels.size() >= 2 && labels.size() == values.size() && each_labelled;
    if (stacked.headings.empty() && !line_by_line) return false;
    std::vector<std::pair<RecordLabel, std::string>> pairs;  // label, value text
    if (line_by_line) {
      for (std::size_t k = 0; k < labels.size(); ++k) {
        explain(stacked.labels[k], labels[k]);
        pairs.emplace_back(labels[k], values[k]);
      }
    } else {
      std::string joined;
      for (const auto& line : stacked.labels) joined += (joined.empty() ? "" : "\n") + line;
      const RecordLabel whole = label_of(joined);
      if (whole.field.empty()) return false;
      explain(joined, whole);
      pairs.emplace_back(whole, value_cell.text);
    }
    for (const auto& role : stacked.headings) open_heading(role);
    stream_.mark_header(filled[0]);
    std::string left;
    for (const auto& [label, text] : pairs) {
      leftover_.clear();
      set(label, value_cell, text);
      if (!leftover_.empty()) left += (left.empty() ? "" : " ") + leftover_;
    }
    stream_.take_leaving(filled[1], left);
    return true;
  }

  // A small grid of labels over one row of their values: the open
  // indicator's values ("Target conseguito nell'esercizio precedente |
  // Target primo anno | ..." over "71,8% | maggiore di 75,00% | ..."), or
  // an objective's form laid out across the page ("DENOMINAZIONE CDR |
  // TITOLARE DEL CDR | CODICE E DENOMINAZIONE OBIETTIVO" over their values),
  // each value under its label. A grid of values naming no indicator (no
  // name, no code) cannot hold indicators of its own.
  bool read_value_grid(std::size_t r) {
    const auto& rows = stream_.rows();
    const Row& row = rows[r];
    if (row.is_line() || r + 1 >= rows.size()) return false;
    const Row& below = rows[r + 1];
    if (below.table != row.table || row.table->n_rows != 2) return false;
    std::vector<std::pair<std::size_t, RecordLabel>> heads;
    for (auto id : row.pieces) {
      if (trim_copy(stream_.piece(id).text).empty()) continue;
      heads.emplace_back(id, grid_label(stream_.piece(id).text));
      if (heads.back().second.field.empty()) return false;
    }
    if (heads.size() < 2) return false;
    for (const auto& [id, label] : heads) {
      explain(stream_.piece(id).text, label);
      stream_.mark_header(id);
      const std::ptrdiff_t value = stream_.id_at(below, stream_.piece(id).col);
      if (value < 0 || !stream_.is_free(static_cast<std::size_t>(value))) continue;
      const Piece& at = stream_.piece(static_cast<std::size_t>(value));
      leftover_.clear();
      set(label, at, at.text);
      stream_.take_leaving(static_cast<std::size_t>(value), leftover_);
    }
    return true;
  }

  // "Obiettivo strategico 1 – Ambiente e qualità urbana": a node heading
  // (the profile's words, a level word or two) that prints the objective's
  // code and title opens it with them.
  bool read_titled_heading(std::size_t id) {
    const Piece& p = stream_.piece(id);
    const std::string printed = join_printed(p.text);
    std::istringstream in(printed);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    std::size_t code_at = 0;
    while (code_at < words.size() && std::none_of(words[code_at].begin(), words[code_at].end(),
                                                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
      ++code_at;
    if (code_at == 0 || code_at > 3 || code_at + 2 >= words.size()) return false;
    std::string lead;
    for (std::size_t k = 0; k < code_at; ++k) lead += (k ? " " : "") + words[k];
    const std::string folded_lead = fold(lead);
    const bool node_words = std::any_of(profile_.record.headings.begin(), profile_.record.headings.end(), [&](const RolePhrase& h) {
      return h.role == "node" && (folded_lead == h.phrase || starts_with(folded_lead, h.phrase + " "));
    });
    if (!node_words) return false;
    std::string rest;
    for (std::size_t k = code_at; k < words.size(); ++k) rest += (k > code_at ? " " : "") + words[k];
    static const std::regex dashed(R"(^(\S*[0-9]\S*?)\.?\s+(?:-|\xE2\x80\x93|\xE2\x80\x94|:)\s+(\S.*)$)");
    std::smatch m;
    if (!std::regex_match(rest, m, dashed)) return false;
    PendingNode& n = open_node();
    n.node.code = m[1].str();
    n.node.title = m[2].str();
    n.node.source = p.source;
    n.fields.insert("code");
    n.fields.insert("title");
    // The level words ("Obiettivo strategico") are read into the node: a label.
    stream_.take_leaving(id, lead);
    return true;
  }

  void explain(const std::string& printed, const RecordLabel& label) {
    std::string why = label.field + " (" + label.why;
    if (label.year) why += ", year " + std::to_string(*label.year);
    if (label.ordinal) why += ", year #" + std::to_string(*label.ordinal) + " of the period";
    explained_.emplace(join_printed(printed), why + ")");
  }

  RecordLabel label_of(const std::string& text) const {
    if (folded_word_count(fold(text)) > kMaxLabelWords) return {};
    RecordLabel label = match_record_label(text, profile_);
    if (label.score < kMinLabelScore) return {};
    return label;
  }

  // ---- blocks ----
  PendingNode& open_node() {
    nodes_.push_back({});
    nodes_.back().node.level = profile_.record.level;
    nodes_.back().row = row_index_;
    new_node_due_ = false;
    indicator_open_ = false;
    return nodes_.back();
  }

  // A form printed once per responsibility centre over several objectives:
  // an objective opened by its own label (code, title) without the centre's
  // lines above it stays the centre's (its unit and owners). A new centre's
  // label opens its own node, so nothing is carried into it.
  void carry_form_header() {
    if (nodes_.size() < 2) return;
    PendingNode& fresh = nodes_.back();
    const PendingNode& before = nodes_[nodes_.size() - 2];
    fresh.carried = true;
    if (!before.node.unit.empty()) {
      fresh.node.unit = before.node.unit;
      fresh.fields.insert("unit");
    }
    if (!before.node.owners.empty()) fresh.node.owners = before.node.owners;
  }

  PendingIndicator& open_indicator() {
    indicators_.push_back({});
    if (!nodes_.empty()) indicators_.back().node = nodes_.size() - 1;
    new_indicator_due_ = false;
    indicator_open_ = true;
    return indicators_.back();
  }

  // The year a label gives: printed, else an ordinal of the period, else
  // (a baseline) the year before the period.
  std::optional<int> year_of(const RecordLabel& label, const std::string& name) const {
    if (label.year) return label.year;
    if (label.ordinal && period_) return *period_ + *label.ordinal - 1;
    if (name == "baselines" && period_) return *period_ - 1;
    return std::nullopt;
  }

  void set(const RecordLabel& label, const Piece& at, const std::string& text) {
    std::string scope = label.field.substr(0, label.field.find('.'));
    std::string name = label.field.substr(label.field.find('.') + 1);
    // An indicator's heading ("Indicatore 1") opens its block before any of its fields.
    if (scope == "open") scope = (indicator_open_ || new_indicator_due_) && !new_node_due_ ? "indicator" : "node";
    if (scope == "node" && name == "name") name = "title";
    // "Descrizione" in an indicator's block (under "Indicatore 1") is the
    // indicator's: its name when the block prints none.
    if (scope == "node" && name == "description" && (indicator_open_ || new_indicator_due_) && !new_node_due_) {
      scope = "indicator";
      const bool named = indicator_open_ && !new_indicator_due_ && !indicators_.back().ind.name.empty();
      name = named ? "description" : "name";
    }
    const std::optional<int> year = year_of(label, name);
    const std::string key = year ? name + "@" + std::to_string(*year) : name;
    if (scope == "node") {
      indicator_open_ = false;
      if (nodes_.empty() || new_node_due_ || (!is_list_field(name) && nodes_.back().fields.count(key))) {
        open_node();
        if (name != "unit" && name != "owner") carry_form_header();
      }
      PendingNode& n = nodes_.back();
      // The objective's own owner replaces the centre's carried one.
      if (name == "owner" && n.carried) {
        n.node.owners.clear();
        n.carried = false;
      }
      n.fields.insert(key);
      if (n.node.source.doc.empty()) n.node.source = at.source;
      set_node_field(n.node, name, at, text);
    } else {
      if (!indicator_open_ || new_indicator_due_ || new_node_due_ ||
          (!is_list_field(name) && indicators_.back().fields.count(key))) {
        if (new_node_due_) open_node();
        open_indicator();
      }
      PendingIndicator& i = indicators_.back();
      i.fields.insert(key);
      const auto& all = stream_.pieces();
      if (&at >= all.data() && &at < all.data() + all.size()) i.pieces.push_back(static_cast<std::size_t>(&at - all.data()));
      if (i.ind.source.doc.empty()) i.ind.source = at.source;
      set_indicator_field(i, name, year, at, text);
    }
  }

  void set_node_field(Node& node, const std::string& name, const Piece& at, const std::string& text) {
    if (trim_copy(text).empty()) return;
    if (name == "code") {
      node.code = trim_copy(join_wrapped(text));
      if (!node.code.empty() && node.code.back() == '.') node.code.pop_back();
    } else if (name == "title") {
      // "A1 – Title" where the block prints no code of its own.
      const auto ct = node.code.empty() ? split_code_title(text) : std::nullopt;
      if (ct && !is_year(ct->code)) {
        node.code = ct->code;
        node.title = ct->title;
      } else {
        node.title = join_printed(text);
      }
    } else if (name == "code_title") {
      if (auto ct = split_code_title(text)) {
        node.code = ct->code;
        node.title = ct->title;
      } else {
        node.title = join_printed(text);
      }
    } else if (name == "description") {
      node.description = join_printed(text);
    } else if (name == "mission") {
      std::tie(node.mission, node.mission_title) = split_numbered(text);
    } else if (name == "programme") {
      std::tie(node.programme, node.programme_title) = split_numbered(text);
    } else if (name == "resources") {
      node.resources.push_back(filler_.number(join_value(text), at));
    } else if (name == "owner") {
      node.owners.push_back(join_printed(text));
    } else if (name == "unit") {
      node.unit = join_printed(text);
    } else if (name == "weight") {
      node.weight = filler_.weight(join_value(text), at);
    }
  }

  void set_indicator_field(PendingIndicator& pending, const std::string& name, std::optional<int> year, const Piece& at,
                           const std::string& text) {
    Indicator& ind = pending.ind;
    if (name == "targets") {
      // A blank target where a year is due is kept: the audit says so.
      if (year) filler_.document().years.push_back(*year);
      // "del: 2% nel 2011, 4% nel 2012": one target per year it names.
      if (!year) {
        const YearPhrases phrases = split_by_year(join_value(text));
        if (phrases.values.size() >= 2 || (phrases.values.size() == 1 && phrases.values.front().year)) {
          for (const auto& v : phrases.values) {
            if (v.year) filler_.document().years.push_back(*v.year);
            ind.targets.push_back(filler_.target(v.raw, v.year, at));
            if (!phrases.lead.empty()) pending.leads[ind.targets.size() - 1] = phrases.lead;
          }
          // The words no year's figure holds stay listed ("rispetto al valore 2010").
          leftover_ = phrases.lead + (phrases.rest.empty() ? "" : " " + phrases.rest);
          return;
        }
      }
      ind.targets.push_back(filler_.target(join_value(text), year, at));
      return;
    }
    if (name == "values") {
      // "Valore 2010" in a plan for 2011-2013: a value before the plan.
      const bool before = year && (!period_ || *year < *period_);
      if (year && before) {
        ind.baselines.push_back(filler_.target(join_value(text), year, at));
      } else {
        if (year) filler_.document().years.push_back(*year);
        ind.results.push_back(filler_.target(join_value(text), year, at));
      }
      return;
    }
    if (trim_copy(text).empty()) return;
    if (name == "code") {
      ind.code = trim_copy(join_wrapped(text));
    } else if (name == "name") {
      ind.name = join_printed(text);
    } else if (name == "description") {
      ind.description = join_printed(text);
    } else if (name == "formula") {
      ind.formula = join_wrapped(text);
      ind.variables = profile_.formula_variables == "codes" ? measure_codes(ind.formula) : formula_variables(ind.formula);
    } else if (name == "formula_text") {
      ind.formula_text = join_printed(text);
    } else if (name == "type") {
      ind.type = join_printed(text);
    } else if (name == "polarity") {
      // The printed word stays listed, read or not ("crescente" -> higher).
      const std::string polarity = profile_.polarity_of(join_printed(text));
      if (!polarity.empty()) ind.polarity = polarity;
      leftover_ = join_printed(text);
    } else if (name == "unit") {
      pending.printed_unit = normalise_unit(join_wrapped(text));
      // "Percentuale" read as "%": the printed word stays listed.
      if (*pending.printed_unit != join_printed(text)) leftover_ = join_printed(text);
    } else if (name == "weight") {
      ind.weight = filler_.weight(join_value(text), at);
    } else if (name == "owner") {
      ind.owners.push_back(join_printed(text));
    } else if (name == "notes") {
      ind.notes.push_back(join_printed(text));
    } else if (name == "source") {
      // Where the data comes from ("Fonte: Protocollo informatico"): no
      // field of the model holds it; it stays listed.
      leftover_ = join_printed(text);
    } else if (name == "baselines") {
      // "412 (2024)": the year the value was measured in (before any assumed one).
      {
        const YearPhrases phrases = split_by_year(join_value(text));
        if (phrases.values.size() == 1 && phrases.values.front().year) {
          ind.baselines.push_back(filler_.target(phrases.values.front().raw, phrases.values.front().year, at));
          leftover_ = phrases.rest;
          return;
        }
      }
      ind.baselines.push_back(filler_.target(join_value(text), year, at));
    } else if (name == "results") {
      // "Consuntivo 2022" in a plan for 2025-2027: measured before the
      // plan, a baseline.
      if (year && period_ && *year < *period_) {
        ind.baselines.push_back(filler_.target(join_value(text), year, at));
        return;
      }
      if (year) filler_.document().years.push_back(*year);
      ind.results.push_back(filler_.target(join_value(text), year, at));
    } else if (name == "achievement") {
      ind.achievement.push_back({year, filler_.number(join_value(text), at)});
    }
  }

  // ---- into the model ----
  void commit() {
    if (!explained_.empty()) {
      std::string records;
      for (const auto& [label, why] : explained_) records += "'" + label + "' -> " + why + "\n";
      Source where;
      where.doc = filler_.doc_id();
      filler_.diagnose(Severity::info, "reader.records",
                       LocalMessage(N_("records read with profile '{profile}':\n{records}"))
                           .set("profile", profile_.name)
                           .set("records", records),
                       nodes_.empty() ? where : nodes_.front().node.source);
    }
    std::vector<std::string> ids(nodes_.size());
    std::vector<std::string> paths(nodes_.size());
    std::map<std::size_t, std::string> anchors;
    for (std::size_t k = 0; k < nodes_.size(); ++k) {
      Node& node = nodes_[k].node;
      const std::string own = node.code.empty() ? slugify(node.title.empty() ? "obiettivo" : node.title) : node.code;
      paths[k] = (node.unit.empty() ? std::string() : slugify(node.unit) + "/") + own;
      ids[k] = filler_.add_node(std::move(node), paths[k]);
      anchors[nodes_[k].row] = ids[k];
    }
    for (auto& pending : indicators_) {
      Indicator& ind = pending.ind;
      if (ind.name.empty()) ind.name = ind.code;
      if (ind.name.empty() && ind.code.empty()) {
        // Values of no indicator the block names: listed as unassigned.
        for (std::size_t id : pending.pieces) stream_.release(id);
        continue;
      }
      resolve_relative_targets(filler_, ind, pending.leads);
      ind.unit = pending.printed_unit ? pending.printed_unit : unit_of_values({&ind.targets, &ind.baselines, &ind.results});
      std::string path = "_";
      if (pending.node) {
        ind.node = ids[*pending.node];
        path = paths[*pending.node];
      }
      const std::string leaf = ind.code.empty() ? slugify(ind.name) : ind.code;
      filler_.add_indicator(std::move(ind), path + "/" + leaf);
    }
    auto& years = filler_.document().years;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    read_tables(filler_, profile_, anchors);
  }
};

}  // namespace

void read_records(Filler& filler, const Profile& profile) {
  RecordReader reader(filler, profile);
  reader.run();
}

}  // namespace allegato::genres
