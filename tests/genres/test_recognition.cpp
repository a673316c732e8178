#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "app/pipeline.hpp"
#include "genres/genres.hpp"
#include "genres/profile.hpp"
#include "genres/text_stream.hpp"
#include "test_support.hpp"
#include "synthetic_grid.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {
ExtractedDocument extract(const std::string& sample, const std::string& file = "input.pdf") {
  return extract_document((samples_dir() / sample / file).string(), ImportOptions{});
}

Table simple_table(const std::vector<std::vector<std::string>>& rows) {
  Table t;
  t.id = "t1";
  t.pages = {1};
  t.n_rows = static_cast<int>(rows.size());
  t.n_cols = rows.empty() ? 0 : static_cast<int>(rows[0].size());
  for (int r = 0; r < t.n_rows; ++r) {
    for (int c = 0; c < t.n_cols; ++c) {
      TableCell cell;
      cell.row = r;
      cell.col = c;
      cell.page = 1;
      cell.bbox = {50.0 + 100 * c, 50.0 + 20 * r, 150.0 + 100 * c, 70.0 + 20 * r};
      cell.text = rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
      cell.header = r == 0;
      t.cells.push_back(cell);
    }
  }
  return t;
}
}  // namespace

TEST_CASE("recognition: every sample is recognised as its genre, with the evidence", "[genres][score]") {
  const std::vector<std::pair<std::string, std::string>> samples = {
      {"plan", "plan"}, {"plan-portrait", "plan"}, {"pira", "pira"}, {"report", "report"},
      {"dashboard", "dashboard"}, {"assignment", "assignment"}};
  for (const auto& [sample, genre] : samples) {
    DYNAMIC_SECTION(sample) {
      const auto scores = score_genres(extract(sample));
      REQUIRE(scores.size() == genres::builtin_profiles().size());  // the five genres, "list" and the families
      CHECK(scores[0].genre == genre);
      CHECK(scores[0].score >= 0.5);
      CHECK_FALSE(scores[0].why.empty());
      // Best first, and a clear margin over the runner-up.
      CHECK(scores[0].score - scores[1].score >= 0.2);
    }
  }
  CHECK(score_genres(extract("dashboard", "input.xlsx"))[0].genre == "dashboard");
  CHECK(score_genres(extract("dashboard", "input.ods"))[0].genre == "dashboard");
}

TEST_CASE("recognition: an unknown layout keeps all its text, never throws", "[genres][unknown]") {
  ExtractedDocument doc;
  doc.path = "people.pdf";
  doc.format = "pdf";
  doc.pages.push_back(PageInfo{1, 595, 842, 0, true});
  doc.tables.push_back(simple_table({{"Name", "Age", "City"}, {"Anna", "34", "Pisa"}, {"Marco", "41", "Lucca"}}));
  TextLine line;
  line.page = 1;
  line.bbox = {50, 20, 300, 30};
  line.text = "Staff list";
  doc.lines.push_back(line);
  Model model;
  REQUIRE_NOTHROW(import_document(doc, "d1", {}, model));
  REQUIRE(model.documents.size() == 1);
  CHECK(model.documents[0].kind == "unknown");
  CHECK(model.nodes.empty());
  CHECK(model.indicators.empty());
  CHECK(model.unassigned.size() == 10);  // nine cells and the line
  const bool diagnosed = std::any_of(model.diagnostics.begin(), model.diagnostics.end(),
                                     [](const Diagnostic& d) { return d.code == "genre.unknown"; });
  CHECK(diagnosed);

  Model empty;
  REQUIRE_NOTHROW(import_document(ExtractedDocument{}, "d1", {}, empty));
  CHECK(empty.documents[0].kind == "unknown");
}

TEST_CASE("recognition: --genre overrides detection, a wrong genre loses nothing", "[genres][override]") {
  const auto doc = extract("plan");
  std::size_t pieces = 0;
  for (const auto& t : doc.tables) {
    for (const auto& c : t.cells) pieces += c.text.find_first_not_of(" \n") != std::string::npos;
  }
  for (const auto& l : doc.lines) pieces += l.text.find_first_not_of(" \n") != std::string::npos;
  for (const char* genre : {"plan", "dashboard", "pira", "assignment", "report"}) {
    DYNAMIC_SECTION(genre) {
      GenreOptions options;
      options.genre = genre;
      Model model;
      REQUIRE_NOTHROW(import_document(doc, "d1", options, model));
      CHECK(model.documents[0].kind == genre);
      // Every non-empty piece is either in an entity or listed: the entities
      // cannot hold fewer pieces than the page has minus those listed.
      CHECK(model.unassigned.size() <= pieces);
    }
  }
  GenreOptions bad;
  bad.genre = "novel";
  Model model;
  CHECK_THROWS_AS(import_document(doc, "d1", bad, model), UsageError);
}

TEST_CASE("recognition: ids are stable and unique, every entity has a source", "[genres][ids]") {
  for (const char* sample : {"plan", "pira", "report", "assignment", "dashboard"}) {
    DYNAMIC_SECTION(sample) {
      const auto doc = extract(sample);
      Model a, b;
      import_document(doc, "d1", {}, a);
      import_document(doc, "d1", {}, b);
      CHECK(a == b);
      std::set<std::string> ids;
      for (const auto& n : a.nodes) {
        CHECK(ids.insert(n.id).second);
        CHECK(n.id.rfind("d1/", 0) == 0);
        CHECK(n.source.page >= 1);
        CHECK(n.source.bbox.has_value());
        if (!n.parent.empty()) CHECK(a.find_node(n.parent) != nullptr);
      }
      for (const auto& i : a.indicators) {
        CHECK(ids.insert(i.id).second);
        CHECK(i.source.page >= 1);
        if (!i.node.empty()) CHECK(a.find_node(i.node) != nullptr);
      }
    }
  }
}

TEST_CASE("text stream: the ledger lists every piece not taken, with its role", "[genres][ledger]") {
  ExtractedDocument doc;
  doc.tables.push_back(simple_table({{"Peso", "Target 2023"}, {"16,66%", ">= 5"}}));
  TextLine footer;
  footer.page = 1;
  footer.bbox = {50, 800, 300, 810};
  footer.text = "Pag. 1 di 3";
  footer.boilerplate = true;
  doc.lines.push_back(footer);
  genres::TextStream stream(doc, "d1");
  REQUIRE(stream.rows().size() == 3);
  const auto& header = stream.rows()[0];
  stream.mark_header_row(header);
  stream.take(stream.rows()[1].pieces[0]);
  Model model;
  stream.flush_unassigned(model);
  REQUIRE(model.unassigned.size() == 4);
  CHECK(model.unassigned[0].role == "header");
  CHECK(model.unassigned[2].text == ">= 5");
  CHECK(model.unassigned[2].role.empty());
  CHECK(model.unassigned[3].role == "boilerplate");
  CHECK(genres::count_words("a b\nc  d") == 4);
}

TEST_CASE("recognition: workbooks that are no annex stay unknown with all text listed, tables of objectives are read", "[genres][unknown]") {
  for (const char* dir : {"workbook-formats", "workbook-csv"}) {
    for (const auto& entry : std::filesystem::directory_iterator(samples_dir() / dir)) {
      const std::string name = entry.path().filename().string();
      if (name.find(".expected") != std::string::npos || name.find("actual") != std::string::npos ||
          entry.path().extension() == ".md")
        continue;
      // A flat indicator list (Codice;Indicatore;Peso;Target 2024) is the
      // "list" genre now: test_list_genre.cpp checks it.
      if (name == "indicatori-cp1252.csv") continue;
      DYNAMIC_SECTION(name) {
        const auto doc = extract_document(entry.path().string(), ImportOptions{});
        std::size_t pieces = 0;
        for (const auto& t : doc.tables) {
          for (const auto& c : t.cells) pieces += c.text.find_first_not_of(" \n") != std::string::npos;
        }
        for (const auto& l : doc.lines) pieces += l.text.find_first_not_of(" \n") != std::string::npos;
        Model model;
        REQUIRE_NOTHROW(import_document(doc, "d1", {}, model));
        // The formats workbook's "Obiettivi" sheet is a table of objectives
        // (Codice | Obiettivo | Peso | Target 2024..2026) and its last sheet
        // lists Indicatore | Baseline | Target: the generic reader reads
        // them. Everything else stays unknown with all its text listed.
        if (model.documents[0].kind == "unknown") {
          CHECK(model.unassigned.size() == pieces);
        } else {
          // The three objectives by their codes, each with its printed weight;
          // the "Totale" row is no objective: the document's printed total
          // where it prints an amount (openpyxl saves no formula values).
          for (const char* code : {"1.1", "1.2", "1.3"}) {
            INFO(code);
            const auto n = std::find_if(model.nodes.begin(), model.nodes.end(), [&](const Node& x) { return x.code == code; });
            REQUIRE(n != model.nodes.end());
            CHECK(n->weight.has_value());
          }
          CHECK(std::none_of(model.nodes.begin(), model.nodes.end(), [](const Node& x) { return x.title == "Totale"; }));
          const bool total_kept = std::any_of(model.unassigned.begin(), model.unassigned.end(),
                                              [](const Unassigned& u) { return u.text == "Totale"; }) ||
                                  (model.documents[0].totals.size() == 1 && model.documents[0].totals[0].label == "Totale");
          CHECK(total_kept);
        }
      }
    }
  }
}

TEST_CASE("recognition: an assignment annex without column headers, as the seed prints it", "[genres][assignment]") {
  // The assignment sample's cells without its header rows, after an area line.
  const auto truth = nlohmann::json::parse(read_file(samples_dir() / "assignment" / "truth-tables.json"));
  ExtractedDocument doc;
  doc.format = "pdf";
  doc.pages.push_back(PageInfo{1, 842, 595, 0, true});
  TextLine area;
  area.page = 1;
  area.bbox = {30, 10, 300, 20};
  area.text = "Area Anagrafica e Regolazione del Mercato";
  doc.lines.push_back(area);
  Table table;
  table.id = "t1";
  table.pages = {1};
  const auto& first = truth["tables"][0];
  table.n_cols = first["n_cols"].get<int>();
  for (const auto& c : first["cells"]) {
    if (c["row"].get<int>() == 0) continue;  // the header row the seed does not print
    TableCell cell;
    cell.row = c["row"].get<int>() - 1;
    cell.col = c["col"].get<int>();
    cell.text = c["text"].get<std::string>();
    cell.page = 1;
    cell.bbox = {100.0 * cell.col, 30.0 + 12 * cell.row, 100.0 * (cell.col + 1), 42.0 + 12 * cell.row};
    table.cells.push_back(cell);
    table.n_rows = std::max(table.n_rows, cell.row + 1);
  }
  doc.tables.push_back(table);
  GenreOptions options;
  options.genre = "assignment";
  Model model;
  import_document(doc, "d1", options, model);
  REQUIRE(model.find_node("d1/servizio-registro-imprese") != nullptr);
  const Node* objective = model.find_node("d1/servizio-registro-imprese/2.1.1");
  REQUIRE(objective != nullptr);
  CHECK(objective->weight->raw == "20,00%");
  CHECK(objective->unit == "Servizio Registro Imprese");
  const Indicator* indicator = model.find_indicator("d1/servizio-registro-imprese/2.1.1/Percent_AggCicloPerf");
  REQUIRE(indicator != nullptr);
  REQUIRE(indicator->targets.size() == 1);
  CHECK(indicator->targets[0].raw == ">= 90,00 %");
  CHECK_FALSE(indicator->targets[0].year.has_value());
  REQUIRE(indicator->results.size() == 1);
  CHECK(indicator->results[0].raw == "N/D");
}

TEST_CASE("recognition: damaged tables never make a recogniser throw", "[genres][robust]") {
  // Deterministic damage: drop every k-th cell, cut texts, swap neighbours,
  // then force each genre on it. The worst allowed outcome is an empty model.
  for (const char* sample : {"plan", "pira", "report", "assignment", "dashboard", "plan-portrait"}) {
    const auto original = extract(sample);
    for (int k = 2; k <= 5; ++k) {
      ExtractedDocument doc = original;
      for (auto& t : doc.tables) {
        std::vector<TableCell> kept;
        for (std::size_t i = 0; i < t.cells.size(); ++i) {
          if (i % static_cast<std::size_t>(k) == 0) continue;
          TableCell c = t.cells[i];
          if (i % 3 == 0) c.text = c.text.substr(0, c.text.size() / 2);
          if (i % 7 == 0 && i + 1 < t.cells.size()) c.text = t.cells[i + 1].text;
          kept.push_back(c);
        }
        t.cells = kept;
      }
      for (std::size_t i = 0; i < doc.lines.size(); i += static_cast<std::size_t>(k)) doc.lines[i].text += " (Peso:";
      for (const char* genre : {"plan", "dashboard", "pira", "assignment", "report"}) {
        GenreOptions options;
        options.genre = genre;
        Model model;
        INFO(sample << " k=" << k << " as " << genre);
        CHECK_NOTHROW(import_document(doc, "d1", options, model));
      }
      Model detected;
      CHECK_NOTHROW(import_document(doc, "d1", {}, detected));
    }
  }
}

TEST_CASE("recognition: when the best profile reads nothing the next is tried, then the generic reader", "[genres][recognition]") {
  // A table of indicators under a coded tree: no profile's evidence is
  // enough, but its header names indicator columns: the generic reader
  // reads it and says so.
  const auto doc = allegato::synthetic::document_of({allegato::synthetic::grid(
      {{"Ob.", "Ind.", "Obiettivo / Indicatore", "Peso", "Target 2026"},
       {"1", "Tempi di attesa", "<<", "40", ""},
       {"", "1.1", "Attesa media", "100", "<= 28 gg"},
       {"2", "Appropriatezza", "<<", "60", ""},
       {"", "2.1", "Prescrizioni", "100", "<= 110"}})});
  Model m;
  import_document(doc, "d1", {}, m);
  CHECK(m.indicators.size() == 2);
  CHECK(std::any_of(m.diagnostics.begin(), m.diagnostics.end(), [](const Diagnostic& d) { return d.code == "genre.fallback"; }));
}

TEST_CASE("recognition: a list is known by the value columns its header names not by a word list", "[genres][list]") {
  // None of the words the list profile looks for in the text ("target",
  // "formula", "baseline"...): its header still names a formula, a
  // baseline and targets by year, which is what an indicator table holds.
  const auto doc = allegato::synthetic::document_of({allegato::synthetic::grid(
      {{"N.", "Indicatore", "Modalità di calcolo", "U.M.", "Valore di partenza (2024)", "2026", "2027"},
       {"01.", "Borse erogate agli idonei", "BORSE / IDONEI * 100", "%", "96,4%", "97%", "98%"},
       {"02.", "Pasti serviti nelle mense", "\xE2\x80\x93", "N.", "612.300", "620.000", "640.000"},
       {"03.", "Posti alloggio assegnati", "POSTI_ASS / POSTI * 100", "%", "91%", "93%", "95%"}})});
  Model m;
  import_document(doc, "d1", {}, m);
  CHECK(m.documents[0].kind == "list");
  REQUIRE(m.indicators.size() == 3);
  // "01." numbers the row: the code is 01, as a list prints it without its dot.
  CHECK(m.indicators[0].code == "01");
  CHECK(m.indicators[0].formula == "BORSE / IDONEI * 100");
  // "–" in the formula column is no formula (a plain count).
  CHECK(m.indicators[1].formula.empty());
  CHECK(m.indicators[1].targets.size() == 2);
  // A header of names alone (no value column) is no indicator list.
  const auto names = allegato::synthetic::document_of({allegato::synthetic::grid(
      {{"N.", "Indicatore", "Ufficio competente", "Note"},
       {"01.", "Borse erogate agli idonei", "Ufficio Benefici", "nessuna"},
       {"02.", "Pasti serviti nelle mense", "Ufficio Ristorazione", "nessuna"},
       {"03.", "Posti alloggio assegnati", "Ufficio Residenze", "nessuna"}})});
  Model none;
  import_document(names, "d1", {}, none);
  CHECK(none.documents[0].kind != "list");
}

TEST_CASE("recognition: a list of structures by level is no tree printed row by row", "[genres][recognition]") {
  // "Livello: Area | Settore" names one level of a tree at most; "Indicatore"
  // heading a column names no row's level.
  const auto doc = allegato::synthetic::document_of(
      {allegato::synthetic::grid({{"Cod.", "Obiettivo", "Peso", "Indicatore", "Target 2026"},
                                  {"AT1.01", "Completare gli argini", "40", "Avanzamento lavori", ">= 80%"},
                                  {"AT1.02", "Ridurre i tempi", "60", "Tempo medio", "<= 60 gg"}},
                                 "t1", 100),
       allegato::synthetic::grid({{"Cod.", "Struttura", "Livello", "Responsabile"},
                                  {"AT", "Area Tecnica", "Area", "ing. Fabio Sartor"},
                                  {"AT.1", "Settore Lavori", "Settore", "geom. Ivan Tonon"},
                                  {"AA", "Area Amministrativa", "Area", "dott.ssa Roberta Cossetti"},
                                  {"AG", "Area Agraria", "Area", "dott. Nicola Zanin"}},
                                 "t2", 400)});
  const auto scores = score_genres(doc);
  const auto tree = std::find_if(scores.begin(), scores.end(), [](const GenreScore& s) { return s.genre == "tree"; });
  REQUIRE(tree != scores.end());
  CHECK(tree->score == 0);
}

TEST_CASE("recognition: a header joining two roles ('Indicatore e valore di partenza') still names the indicator column", "[genres][recognition]") {
  const auto doc = allegato::synthetic::document_of({allegato::synthetic::grid(
      {{"Cod.", "Obiettivo strategico", "Indicatore e valore di partenza", "Risultati attesi 2022-2024", "Struttura"},
       {"1.1", "Aumentare la capacit\u00e0 operativa", "Accosti di navi commerciali (valore 2021: 1.180)", "2022: almeno 1.250", "Direzione Operativa"},
       {"1.2", "Ridurre le attese", "Tempo medio di attesa in rada (valore 2021: 34 ore)", "2022: non oltre 30 ore", "Direzione Operativa"}})});
  const auto scores = score_genres(doc);
  REQUIRE_FALSE(scores.empty());
  CHECK(scores.front().score > 0);
  Model m;
  import_document(doc, "d1", {}, m);
  CHECK(m.documents[0].kind != "unknown");
  CHECK(m.indicators.size() == 2);
}
