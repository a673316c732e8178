#include "genres/genres.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iterator>
#include <map>
#include <regex>

#include "genres/column_roles.hpp"
#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"
#include "genres/record_reader.hpp"
#include "genres/table_reader.hpp"

namespace allegato {

namespace genres {

namespace {
// Depth of the numbering that starts a folded piece ("1 1 2 produrre ..."
// from "1.1.2 Produrre ..."), 0 when it starts with no numbering.
int numbering_depth(const std::string& folded) {
  int depth = 0;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = i;
    while (j < folded.size() && std::isdigit(static_cast<unsigned char>(folded[j]))) ++j;
    if (j == i) return depth > 0 && std::isalpha(static_cast<unsigned char>(folded[i])) ? depth : 0;
    if (j - i > 2 || j >= folded.size() || folded[j] != ' ') return 0;
    ++depth;
    i = j + 1;
  }
  return 0;
}

// A row that reads as label/value pairs: two or four filled cells, each
// label a few words without digits ("Unità di misura | Numero"), or a line
// "Label: value" whose label is such.
bool is_pair_row(const TextStream& stream, const Row& row) {
  auto label_like = [](const std::string& text) {
    const std::string f = fold(text);
    return !f.empty() && std::none_of(f.begin(), f.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
           std::count(f.begin(), f.end(), ' ') < 8;
  };
  if (row.is_line()) {
    const std::string& text = stream.piece(row.pieces.front()).text;
    const auto colon = text.find(':');
    return colon != std::string::npos && colon > 0 && colon + 1 < text.size() && label_like(text.substr(0, colon));
  }
  std::vector<std::string> filled;
  for (auto id : row.pieces) {
    if (!trim_copy(stream.piece(id).text).empty()) filled.push_back(stream.piece(id).text);
  }
  if (filled.size() != 2 && filled.size() != 4) return false;
  for (std::size_t k = 0; k < filled.size(); k += 2) {
    if (!label_like(filled[k])) return false;
  }
  return true;
}

// A form laid out across the page: a table of two rows, short labels over
// their values, two to four of them ("DENOMINAZIONE CDR | TITOLARE DEL
// CDR | CODICE E DENOMINAZIONE OBIETTIVO" over three values). Returns how
// many label/value pairs it holds, 0 when the row opens no such form.
int labels_over_values(const TextStream& stream, std::size_t r) {
  const auto& rows = stream.rows();
  const Row& row = rows[r];
  if (row.is_line() || r + 1 >= rows.size() || rows[r + 1].table != row.table || row.table->n_rows != 2) return 0;
  std::set<int> label_cols, value_cols;
  for (auto id : row.pieces) {
    const Piece& p = stream.piece(id);
    if (trim_copy(p.text).empty()) continue;
    const std::string f = fold(p.text);
    if (std::any_of(f.begin(), f.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
        std::count(f.begin(), f.end(), ' ') >= 8)
      return 0;
    label_cols.insert(p.col);
  }
  for (auto id : rows[r + 1].pieces)
    if (!trim_copy(stream.piece(id).text).empty()) value_cols.insert(stream.piece(id).col);
  if (label_cols.size() < 2 || label_cols.size() > 4 || value_cols != label_cols) return 0;
  return static_cast<int>(label_cols.size());
}

// The evidence of a flat table: the best run of consecutive pieces that
// name columns (a header row), whether it names an indicator, whether rows
// follow it, and whether the document nests objectives under headings.
void add_header_features(DocumentFeatures& f) {
  const Profile& vocabulary = *builtin_profile("list");
  // A header cell is the phrase and a word or two more ("Indicatore di
  // performance"); body text that merely starts with it is longer.
  auto role_of = [&](const std::string& piece) {
    const PhraseMatch m = match_phrase(piece, vocabulary);
    if (m.score < 0.6) return std::string();
    // "Obiettivo / Risultato atteso / Indicatore": a header naming the
    // levels a column holds row by row, the indicators last.
    const bool names_rows = (m.role == "objective" || m.role == "strategic" || m.role == "operational") &&
                            (ends_with(piece, " indicatore") || ends_with(piece, " indicatori") || ends_with(piece, " kpi"));
    if (names_rows && piece.size() <= m.phrase.size() + 48) return std::string("text");
    if (piece.size() <= m.phrase.size() + 16) return m.role;
    // "Indicatore e valore di partenza": two roles joined, each a header's
    // words; the first names the column.
    if (const auto joined = piece.find(" e "); joined != std::string::npos && piece.size() <= 60) {
      const PhraseMatch first = match_phrase(piece.substr(0, joined), vocabulary);
      const PhraseMatch second = match_phrase(piece.substr(joined + 3), vocabulary);
      if (first.score >= 0.95 && second.score >= 0.6) return first.role;
    }
    return std::string();
  };
  int best_run = 0, run = 0;
  bool run_named = false, best_named = false, run_objective = false, best_objective = false, run_owner = false,
       best_owner = false;
  // The roles of the run's columns that hold an indicator's values
  // (formula, weight, baselines, targets, results...): what makes a header
  // an indicator table's rather than any list of names.
  std::set<std::string> run_values, best_values;
  static const std::set<std::string> kValueRoles = {"formula", "weight", "baselines", "targets", "results", "achievement"};
  std::size_t best_end = 0;
  for (std::size_t i = 0; i < f.pieces.size(); ++i) {
    const std::string& p = f.pieces[i];
    if (p.empty()) continue;
    // A year over a group of columns ("2024", "a a 2021 2022") heads them
    // without naming a role: it neither breaks nor lengthens the run.
    std::optional<int> ordinal;
    const std::string words = label_words(p, ordinal);
    if (words.empty() || words == "a a" || words == "aa") continue;
    const std::string role = role_of(p);
    if (role.empty()) {
      run = 0;
      run_named = run_objective = run_owner = false;
      run_values.clear();
      continue;
    }
    ++run;
    if (kValueRoles.count(role)) run_values.insert(role);
    run_named = run_named || role == "name" || role == "description" || role == "text";
    run_objective = run_objective || role == "objective" || role == "strategic" || role == "operational";
    run_owner = run_owner || role == "owner";
    // A run naming an indicator column is the header, however long a run
    // of other header words beside it (a matrix's "Peso ..." sub-headers).
    if ((run_named && !best_named) || (run_named == best_named && run > best_run)) {
      best_run = run;
      best_named = run_named;
      best_objective = run_objective;
      best_owner = run_owner;
      best_values = run_values;
      best_end = i + 1;
    }
  }
  const std::size_t body = f.pieces.size() - best_end;
  // Numbered objectives repeated row after row in an Obiettivo column (or
  // merged down: one numbering depth) are no hierarchy of headings.
  std::map<std::string, int> numbered;
  std::set<int> depths;
  for (const auto& p : f.pieces) {
    if (p.size() > 8 && std::isdigit(static_cast<unsigned char>(p[0]))) ++numbered[p];
    if (const int d = numbering_depth(p)) depths.insert(d);
  }
  int repeated = 0;
  for (const auto& [text, n] : numbered) {
    if (n > 1) repeated += n;
  }
  const bool objective_column = best_objective && (repeated * 2 >= f.numbered_headings || depths.size() <= 1);
  const bool flat = (f.numbered_headings < 2 || objective_column) && f.os_blocks == 0 && f.area_year_headers == 0 &&
                    (f.unit_headings < 2 || best_owner);
  // A tree printed row by row names each row's level in a column
  // (Livello: Area, Obiettivo strategico, Indicatore): the rows so named.
  f.counts["header_run"] = best_run;
  f.counts["indicator_header"] = f.has_table && best_named ? best_run : 0;
  f.counts["value_header"] = f.has_table && best_named ? static_cast<int>(best_values.size()) : 0;
  f.counts["rows_under_header"] = best_run >= 3 && body >= static_cast<std::size_t>(best_run) * 2 ? 1 : 0;
  f.counts["flat"] = best_run >= 3 && flat ? 1 : 0;
  f.counts["objective_column"] = best_objective ? 1 : 0;
}
}  // namespace

// Lines of the folded document that open with `word` and a budget code
// ("missione 1 101", "programma 012"): the matches std::sregex_iterator
// counted for (^|\n)WORD (\d{1,2} )?\d{2,3}\b, without running the regex
// over the whole document text.
int coded_lines(std::string_view folded, std::string_view word) {
  auto digits_at = [&](std::size_t at) {
    std::size_t n = 0;
    while (at + n < folded.size() && folded[at + n] >= '0' && folded[at + n] <= '9') ++n;
    return n;
  };
  // \d{2,3}\b at `at`: two or three digits, then no word character.
  auto code_at = [&](std::size_t at) {
    const std::size_t n = digits_at(at);
    return (n == 2 || n == 3) && word_boundary_at(folded, at + n);
  };
  int count = 0;
  for (std::size_t at = 0;;) {
    const std::string_view line = folded.substr(at);
    if (starts_with(line, word) && line.size() > word.size() && line[word.size()] == ' ') {
      const std::size_t code = at + word.size() + 1, lead = digits_at(code);
      const bool with_group = (lead == 1 || lead == 2) && code + lead < folded.size() && folded[code + lead] == ' ' &&
                              code_at(code + lead + 1);
      if (with_group || code_at(code)) ++count;
    }
    at = folded.find('\n', at);
    if (at == std::string_view::npos) return count;
    ++at;
  }
}

DocumentFeatures gather_features(const TextStream& stream) {
  DocumentFeatures f;
  std::map<std::string, int> code_counts;
  std::map<std::string, int> whole_codes;  // cells holding only a code, and how often
  int area_bands = 0;
  int pair_rows = 0, pairs_before_header = 0, form_blocks = 0;
  // A form naming an organisational unit (a unit_form label) and no
  // objective describes the unit whose objectives the table below lists.
  const Profile& vocabulary = *builtin_profile("list");
  int unit_forms = 0;
  bool form_names_unit = false, form_names_objective = false;
  auto read_form_label = [&](const std::string& text) {
    const std::string label = fold(text);
    for (const auto& r : vocabulary.unit_form)
      if (r.phrase == label && r.role == "unit") form_names_unit = true;
    const PhraseMatch m = match_phrase(label, vocabulary);
    if (m.score >= 0.6 && (m.role == "objective" || m.role == "strategic" || m.role == "operational" || m.role == "text"))
      form_names_objective = true;
  };
  // A unit's name opens with one of the profile's unit words, or follows
  // one of its unit labels ("struttura area controlli": STRUTTURA: Area ...).
  auto unit_heading = [&](const std::string& folded) {
    for (const auto& u : vocabulary.unit_headings)
      for (const auto& w : u.words)
        if (folded == w || starts_with(folded, w + " ")) return true;
    for (const auto& label : vocabulary.unit_labels)
      if (starts_with(folded, label + " ") && folded.size() > label.size() + 1) return true;
    return false;
  };
  // Numberings alone in a row's first cell ("1", "1.1"): objectives coded
  // in a code column, a tree when they have several depths.
  std::set<int> code_column_depths;
  int coded_rows = 0;
  std::size_t form_values_row = stream.rows().size();  // the row of values under a form's labels
  // A tree printed row by row: a column headed "Livello" whose cells name
  // each row's level, two levels at least (a list of structures by
  // "Livello: Area | Settore" names one level of a tree at most).
  std::map<const Table*, int> level_column;
  int level_rows = 0;
  std::set<std::string> levels_named;
  std::vector<RolePhrase> level_headers;  // the words heading a Livello column
  for (const auto& phrase : vocabulary.columns)
    if (phrase.role == "row_level") level_headers.push_back(phrase);
  auto count_level_cell = [&](const Row& row, const Piece& p, const std::string& folded) {
    if (row.is_line() || folded.empty() || folded.size() > 40) return;
    const auto column = level_column.find(row.table);
    if (column != level_column.end() && column->second == p.col) {
      if (const auto level = vocabulary.row_levels.find(folded); level != vocabulary.row_levels.end()) {
        ++level_rows;
        levels_named.insert(level->second);
      }
    } else if (match_phrase(folded, level_headers).score >= 0.6) {
      level_column[row.table] = p.col;
    }
  };
  for (std::size_t r = 0; r < stream.rows().size(); ++r) {
    const Row& row = stream.rows()[r];
    if (!row.is_line()) f.has_table = true;
    if (!row.is_line()) {
      for (auto id : row.pieces) {
        const std::string& text = stream.piece(id).text;
        if (trim_copy(text).empty()) continue;
        if (is_numbering_cell(text)) {
          ++coded_rows;
          code_column_depths.insert(code_depth(trim_copy(text)));
        } else if (const int depth = lettered_code_depth(text)) {
          ++coded_rows;
          code_column_depths.insert(depth);
        }
        break;
      }
    }
    int years_in_row = 0, words_in_row = 0, filled_in_row = 0;
    for (auto id : row.pieces) {
      const Piece& p = stream.piece(id);
      if (is_year(p.text)) ++years_in_row;
      if (trim_copy(p.text).empty()) continue;
      ++filled_in_row;
      if (!is_percent_value(p.text) && !is_year(p.text) && find_owner_label(p.text, vocabulary).first != 0) ++words_in_row;
    }
    // A unit named in a Responsabile column is an owner, not a heading: a
    // heading is a line, or the one piece of text in its row (a weight, or
    // its owner's label and name, may stand beside it).
    const bool heading_row = row.is_line() || words_in_row <= 1;
    // A form: label/value rows, then a table header naming its columns.
    if (r == form_values_row) {
      // the values under a form's labels, counted with them
    } else if (const int across = labels_over_values(stream, r)) {
      pair_rows += across;
      pairs_before_header += across;
      for (auto id : row.pieces) read_form_label(stream.piece(id).text);
      form_values_row = r + 1;
    } else if (is_pair_row(stream, row)) {
      ++pair_rows;
      ++pairs_before_header;
      // "- Name: label value; label value": a line holding several pairs.
      if (row.is_line()) {
        const std::string& text = stream.piece(row.pieces.front()).text;
        pair_rows += static_cast<int>(std::count(text.begin(), text.end(), ';'));
        read_form_label(text.substr(0, text.find(':')));
      } else {
        int k = 0;
        for (auto id : row.pieces) {
          const std::string& text = stream.piece(id).text;
          if (trim_copy(text).empty()) continue;
          if (k++ % 2 == 0) read_form_label(text);
        }
      }
    } else if (!row.is_line() && filled_in_row >= 4) {
      const HeaderMatch h = match_header(stream, r, vocabulary);
      // ("Indicatori | Indicatore 1 | Indicatore 2": one role repeated is
      // indicators side by side, no table header.)
      std::set<std::string> distinct;
      for (const auto& c : h.columns)
        if (!c.role.empty()) distinct.insert(c.role);
      if (h.valid() && h.roles >= 4 && distinct.size() >= 3) {
        if (pairs_before_header >= 2) ++form_blocks;
        if (pairs_before_header >= 2 && form_names_unit && !form_names_objective) ++unit_forms;
        pairs_before_header = 0;
        form_names_unit = form_names_objective = false;
      }
    }
    for (auto id : row.pieces) {
      const Piece& p = stream.piece(id);
      if (p.text.empty()) continue;
      const std::string folded = fold(p.text);
      count_level_cell(row, p, folded);
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
      if (heading_row && unit_heading(folded) && folded.size() < 120 && lines.size() <= 2) ++f.unit_headings;
      // A whole cell that is a code ("OG.1"): an objective listed again
      // under another unit when it repeats.
      if (!row.is_line() && lines.size() == 1 && looks_like_code(trim_copy(lines.front())) &&
          trim_copy(lines.front()).find(' ') == std::string::npos)
        ++whole_codes[trim_copy(lines.front())];
      if (!row.is_line() && filled_in_row == 1 && p.col_span >= 2) {
        if (auto h = parse_numbered_heading(lines.front()); h && h->code.find('.') == std::string::npos) ++area_bands;
      }
    }
  }
  for (const auto& [code, n] : code_counts) {
    if (n > 1) ++f.repeated_codes;
  }
  for (const auto& [code, n] : whole_codes) {
    if (n > 1 && !code_counts.count(code)) ++f.repeated_codes;
  }
  if (coded_rows >= 3 && code_column_depths.size() >= 2) f.numbered_headings += coded_rows;
  f.counts = {{"numbered_headings", f.numbered_headings}, {"coded_headings", f.coded_headings},
              {"os_blocks", f.os_blocks},                 {"percent_cells", f.percent_cells},
              {"repeated_codes", f.repeated_codes},       {"unit_headings", f.unit_headings},
              {"area_year_headers", f.area_year_headers}, {"tables", f.has_table ? 1 : 0},
              {"area_bands", area_bands},               {"pair_rows", pair_rows},
              {"form_blocks", form_blocks},             {"unit_forms", unit_forms},
              {"mission_headings", coded_lines(f.folded, "missione")},
              {"programme_headings", coded_lines(f.folded, "programma")}};
  f.cells.insert(f.pieces.begin(), f.pieces.end());
  add_header_features(f);
  f.counts["level_rows"] = levels_named.size() >= 2 ? level_rows : 0;
  return f;
}

namespace {
// Whether one piece of evidence holds; `n` gets its feature's count.
bool evidence_holds(const DocumentFeatures& f, const Evidence& e, int& n);

// Whether the entry's own conditions (and its `also`) hold.
bool own_evidence_holds(const DocumentFeatures& f, const Evidence& e, int& n) {
  if (!e.text.empty() &&
      std::none_of(e.text.begin(), e.text.end(), [&](const std::string& t) { return f.folded.find(t) != std::string::npos; }))
    return false;
  if (!e.cell.empty() && !std::all_of(e.cell.begin(), e.cell.end(), [&](const std::string& c) { return f.cells.count(c) > 0; }))
    return false;
  if (!e.any_cell.empty() &&
      std::none_of(e.any_cell.begin(), e.any_cell.end(), [&](const std::string& c) { return f.cells.count(c) > 0; }))
    return false;
  if (!e.feature.empty()) {
    auto it = f.counts.find(e.feature);
    n = it == f.counts.end() ? 0 : it->second;
    if (n < e.at_least || (e.at_most && n > *e.at_most)) return false;
  }
  for (const auto& more : e.also) {
    int ignored = 0;
    if (!evidence_holds(f, more, ignored)) return false;
  }
  return true;
}

bool evidence_holds(const DocumentFeatures& f, const Evidence& e, int& n) {
  if (own_evidence_holds(f, e, n)) return true;
  return std::any_of(e.or_else.begin(), e.or_else.end(), [&](const Evidence& alternative) {
    int ignored = 0;
    return evidence_holds(f, alternative, ignored);
  });
}
}  // namespace

GenreScore score_profile(const DocumentFeatures& f, const Profile& profile) {
  GenreScore s{profile.name, 0, ""};
  for (const auto& e : profile.evidence) {
    int n = 0;
    if (!evidence_holds(f, e, n)) {
      // Say what was missing, so --explain tells why a layout was not taken.
      if (e.required) {
        std::string why = e.why;
        if (auto at = why.find("{n}"); at != std::string::npos) why.replace(at, 3, std::to_string(n));
        return GenreScore{profile.name, 0, "lacks: " + why};
      }
      continue;
    }
    s.score += e.points;
    std::string why = e.why;
    if (auto at = why.find("{n}"); at != std::string::npos) why.replace(at, 3, std::to_string(n));
    if (!why.empty()) s.why += (s.why.empty() ? "" : "; ") + why;
  }
  s.score = std::clamp(s.score, 0.0, 1.0);
  return s;
}

}  // namespace genres

using namespace genres;

std::vector<GenreScore> score_genres(const ExtractedDocument& doc, const std::vector<Profile>& extra) {
  TextStream stream(doc, "d0");
  const DocumentFeatures f = gather_features(stream);
  std::vector<GenreScore> scores;
  for (const auto& p : builtin_profiles()) scores.push_back(score_profile(f, p));
  for (const auto& p : extra) scores.push_back(score_profile(f, p));
  std::stable_sort(scores.begin(), scores.end(), [](const GenreScore& a, const GenreScore& b) { return a.score > b.score; });
  return scores;
}

namespace {
const Profile* profile_named(const std::string& name, const std::vector<Profile>& extra) {
  for (const auto& p : extra) {
    if (p.name == name) return &p;
  }
  return builtin_profile(name);
}

// The profile that reads any table with indicator columns.
constexpr const char* kGenericProfile = "list";

// A header naming indicator columns (Indicatore | Target 2025 | Peso ...):
// the generic profile's own evidence, whatever hierarchy the layout prints
// (the reader follows codes, headings and bands).
bool has_indicator_header(const TextStream& stream) {
  const Profile* generic = builtin_profile(kGenericProfile);
  DocumentFeatures f = gather_features(stream);
  f.counts["flat"] = 1;
  return generic && score_profile(f, *generic).score >= generic->min_score;
}

// Whether a table's header names an objective column: the objectives are
// the table's rows (read by the generic reader), not blocks of lines
// between indicator tables (the PIRA reader's layout).
bool objectives_in_columns(const TextStream& stream, const Profile& profile) {
  const Table* seen = nullptr;
  const auto& rows = stream.rows();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].is_line() || rows[r].table == seen) continue;
    seen = rows[r].table;
    const HeaderMatch h = match_header(stream, r, profile);
    if (h.valid() && h.col("objective")) return true;
  }
  return false;
}

void fill_with(Filler& filler, const Profile& profile) {
  if (profile.reader == "pira" && !objectives_in_columns(filler.stream(), profile)) {
    fill_pira(filler);
  } else if (profile.reader == "record") {
    read_records(filler, profile);
  } else {
    read_tables(filler, profile);
  }
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
  // Every profile that scored its minimum, best first: when the best one
  // reads nothing, the next is tried.
  std::vector<GenreScore> candidates;
  if (options.genre) {
    genre = *options.genre;
    score = 1.0;
    if (!profile_named(genre, options.profiles)) {
      std::string names;
      for (const auto& p : builtin_profiles()) names += (names.empty() ? "" : ", ") + p.name;
      for (const auto& p : options.profiles) names += ", " + p.name;
      throw UsageError(fill(tr(N_("unknown genre '{genre}'; give one of {names} (allegato profiles lists them)")),
                            {{"genre", genre}, {"names", names}}));
    }
  } else {
    const auto scores = score_genres(doc, options.profiles);
    const Profile* best = scores.empty() ? nullptr : profile_named(scores.front().genre, options.profiles);
    if (best && scores.front().score >= best->min_score) {
      genre = scores.front().genre;
      score = scores.front().score;
    }
    for (const auto& s : scores) {
      const Profile* p = profile_named(s.genre, options.profiles);
      if (p && s.score > 0 && s.score >= p->min_score) candidates.push_back(s);
    }
    // What was guessed and why, for --explain and for a user who wants to
    // override it with --genre.
    std::string explained;
    for (const auto& s : scores) {
      if (s.score <= 0 && s.why.empty()) continue;
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%.2f", s.score);
      explained += (explained.empty() ? "" : "; ") + s.genre + " " + buffer + (s.why.empty() ? "" : " (" + s.why + ")");
    }
    // The evidence's names are the profiles' own words (profiles/*.json).
    Source where;
    where.doc = doc_id;
    model.diagnostics.push_back(make_diagnostic(
        Severity::info, "genre.detected",
        LocalMessage(N_("genre scores, best first: {scores}"))
            .set("scores", explained.empty() ? Phrase().term(N_("none")) : Phrase(explained)),
        where));
  }
  Filler filler(doc, stream, model, index);
  filler.document().organisation = organisation_of(stream);
  auto unknown = [&](LocalMessage message) {
    filler.document().kind = "unknown";
    Source where;
    where.doc = doc_id;
    model.diagnostics.push_back(make_diagnostic(Severity::warning, "genre.unknown", std::move(message), where));
  };
  // The profile recognised, then the generic reader (profile list) for a
  // layout no profile took, or one the chosen profile found nothing in,
  // when a header names indicator columns: such a table still yields
  // indicators.
  std::vector<GenreScore> readers = options.genre ? std::vector<GenreScore>{{genre, score, ""}} : candidates;
  const bool generic_tried = std::any_of(readers.begin(), readers.end(), [](const GenreScore& s) { return s.genre == kGenericProfile; });
  // The generic reader last, if no profile read anything (its evidence is
  // gathered only then: a pass over the whole document).
  if (!options.genre && !generic_tried) readers.push_back({kGenericProfile, -1, ""});
  bool read_something = false;
  for (auto [name, name_score, why] : readers) {
    if (name_score < 0) {
      if (!has_indicator_header(stream)) break;
      name_score = 0;
    }
    const Profile* profile = profile_named(name, options.profiles);
    if (!profile) continue;
    if (name != genre) {
      Source where;
      where.doc = doc_id;
      LocalMessage said = name_score > 0
                              ? LocalMessage(N_("the {genre} reading found nothing; read with profile {profile}, the next best"))
                              : LocalMessage(N_("no profile read this layout; read with profile {profile}, the generic reader, "
                                                "as a header names indicator columns"));
      said.set("genre", genre).set("profile", name);
      model.diagnostics.push_back(make_diagnostic(Severity::info, "genre.fallback", std::move(said), where));
    }
    filler.document().kind = profile->kind;
    filler.document().genre_score = name_score;
    const std::size_t nodes_before = model.nodes.size(), indicators_before = model.indicators.size();
    const std::size_t diagnostics_before = model.diagnostics.size();
    fill_with(filler, *profile);
    read_something = options.genre || model.nodes.size() != nodes_before || model.indicators.size() != indicators_before;
    // The generic reader names no kind of its own: objectives it found
    // listed under organisational units (a unit column, a unit's caption)
    // are objectives assigned to units.
    if (read_something && !options.genre && profile->kind == "list" &&
        std::any_of(model.nodes.begin() + static_cast<long>(nodes_before), model.nodes.end(),
                    [](const Node& n) { return !n.unit.empty() && n.level != "unit"; }))
      filler.document().kind = "assignment";
    if (read_something) break;
    // A layout that scores like a genre but yields no objective at all is
    // not that genre: give back what the reader took (a title) and what it
    // said while reading.
    stream = TextStream(doc, doc_id);
    filler.document().title.clear();
    filler.document().years.clear();
    filler.document().totals.clear();
    model.diagnostics.resize(diagnostics_before);
  }
  if (!read_something) {
    if (!genre.empty()) {
      unknown(LocalMessage(N_("the layout looked like a {genre} annex but no objective or indicator was found in "
                              "it; all its text is listed as unassigned (try --genre)"))
                  .set("genre", genre));
    } else {
      unknown(LocalMessage(N_("no genre recogniser matched this layout; all its text is listed as unassigned (try "
                              "--genre)")));
    }
  }
  mark_signatures(stream);
  stream.flush_unassigned(model);
}

}  // namespace allegato
