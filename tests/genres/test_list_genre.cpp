// Genre "list": a flat indicator table (one indicator per row under one
// header row) is recognised and filled, from a CSV, and from a PDF-like
// table with a caption; the five genre samples do not turn into lists.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

#include "app/pipeline.hpp"
#include "genres/genres.hpp"
#include "model/json_io.hpp"
#include "synthetic_grid.hpp"
#include "test_support.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {
Model import_path(const std::filesystem::path& input, std::optional<std::string> genre = std::nullopt) {
  ImportOptions options;
  options.audit = false;
  options.genre = genre;
  Model m = import_files({input.string()}, options);
  // Paths relative to the repository root, so the golden file does not
  // depend on where the tree lives.
  const auto rel = std::filesystem::relative(input, source_dir()).generic_string();
  for (auto& d : m.documents) d.path = rel;
  return m;
}

const Indicator* by_code(const Model& m, const std::string& code) {
  for (const auto& i : m.indicators) {
    if (i.code == code) return &i;
  }
  return nullptr;
}

std::string decimal_text(const std::optional<Number>& n) {
  return n && n->value ? n->value->to_string() : std::string("null");
}

Table table_of(const std::vector<std::vector<std::string>>& rows, double y0) {
  Table t;
  t.id = "t1";
  t.pages = {1};
  t.n_rows = static_cast<int>(rows.size());
  t.n_cols = static_cast<int>(rows[0].size());
  for (int r = 0; r < t.n_rows; ++r) {
    for (int c = 0; c < t.n_cols; ++c) {
      TableCell cell;
      cell.row = r;
      cell.col = c;
      cell.page = 1;
      cell.bbox = {50.0 + 100 * c, y0 + 20 * r, 150.0 + 100 * c, y0 + 20 + 20 * r};
      cell.text = rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
      cell.header = r == 0;
      t.cells.push_back(cell);
    }
  }
  t.bbox = {50, y0, 50.0 + 100 * t.n_cols, y0 + 20.0 * t.n_rows};
  return t;
}
}  // namespace

TEST_CASE("list: the cp1252 indicator CSV imports as a list with names, weights and 2024 targets", "[genres][list]") {
  const Model m = import_path(samples_dir() / "workbook-csv" / "indicatori-cp1252.csv");
  REQUIRE(m.documents.size() == 1);
  CHECK(m.documents[0].kind == "list");
  CHECK(m.documents[0].years == std::vector<int>{2024});
  REQUIRE(m.indicators.size() == 3);
  const Indicator* ec27 = by_code(m, "EC27");
  REQUIRE(ec27 != nullptr);
  CHECK(ec27->name == "Qualità percepita dei servizi");
  CHECK(decimal_text(ec27->weight) == "16.66");
  REQUIRE(ec27->targets.size() == 1);
  CHECK(ec27->targets[0].year == 2024);
  CHECK(ec27->targets[0].raw == ">= 90,00%");
  CHECK(ec27->notes == std::vector<std::string>{"Modifica target D CC 25/10/2022"});
  const Indicator* suap = by_code(m, "B3.1_02");
  REQUIRE(suap != nullptr);
  CHECK(suap->name == "Tempo medio \"pratiche\" Suap");
  CHECK(decimal_text(suap->weight) == "33.33");
  const Indicator* isr = by_code(m, "Studi_ISR");
  REQUIRE(isr != nullptr);
  CHECK(decimal_text(isr->weight) == "50.01");
  REQUIRE(isr->targets.size() == 1);
  CHECK(isr->targets[0].raw == "229.447,35");
  // No objective is printed and a CSV's file name is no title the annex
  // prints: the indicators hang under no node.
  CHECK(m.nodes.empty());
  for (const auto& i : m.indicators) {
    CHECK(i.node.empty());
    CHECK_FALSE(i.source.sheet.empty());
  }
  // Every cell is an entity or a header: nothing else is left unassigned.
  // Only column headers and labels (a unit printed "giorni", read as gg) are left.
  for (const auto& u : m.unassigned) CHECK((u.role == "header" || u.role == "label"));
}

TEST_CASE("list: --genre list forces the list filler", "[genres][list]") {
  const Model m = import_path(samples_dir() / "workbook-csv" / "indicatori-cp1252.csv", "list");
  CHECK(m.documents[0].kind == "list");
  CHECK(m.indicators.size() == 3);
}

TEST_CASE("list: samples/list groups its indicators under the objective column", "[genres][list][golden]") {
  const Model m = import_path(samples_dir() / "list" / "input.csv");
  CHECK(m.documents[0].kind == "list");
  CHECK(m.documents[0].years == std::vector<int>{2024, 2025});  // a baseline year is no plan year
  REQUIRE(m.nodes.size() == 2);
  CHECK(m.nodes[0].code == "1");
  CHECK(m.nodes[0].title == "Semplificare i servizi alle imprese");
  CHECK(m.nodes[0].level == "operational");  // a flat list's objectives (profile list: objective_level)
  CHECK(m.nodes[1].code == "2");
  REQUIRE(m.indicators.size() == 8);
  CHECK(std::count_if(m.indicators.begin(), m.indicators.end(), [&](const Indicator& i) { return i.node == m.nodes[0].id; }) == 4);
  const Indicator* sem01 = by_code(m, "SEM_01");
  REQUIRE(sem01 != nullptr);
  CHECK(sem01->formula == "Giorni totali / N. pratiche");
  CHECK(sem01->unit == std::optional<std::string>("gg"));  // printed "giorni": the contract's unit for days
  CHECK(sem01->type == "Efficienza");
  CHECK(sem01->owners == std::vector<std::string>{"Area Anagrafe"});
  REQUIRE(sem01->baselines.size() == 1);
  CHECK(sem01->baselines[0].year == 2023);
  REQUIRE(sem01->targets.size() == 2);
  CHECK(sem01->targets[1].year == 2025);
  CHECK(sem01->targets[1].raw == "<= 5");
  const Indicator* com02 = by_code(m, "COM_02");
  REQUIRE(com02 != nullptr);
  REQUIRE(com02->targets.size() == 2);
  REQUIRE(com02->targets[0].value);
  CHECK(com02->targets[0].number()->to_string() == "250000.00");
  // Only column headers and labels (a unit printed "giorni", read as gg) are left.
  for (const auto& u : m.unassigned) CHECK((u.role == "header" || u.role == "label"));
  CHECK(matches_golden(write_model_json(m), samples_dir() / "list" / "expected.json"));
}

TEST_CASE("list: a PDF table under a caption becomes one area titled by the caption", "[genres][list]") {
  ExtractedDocument doc;
  doc.path = "synthetic.pdf";
  doc.format = "pdf";
  doc.pages.push_back(PageInfo{1, 842, 595, 0, true});
  TextLine title;
  title.page = 1;
  title.bbox = {50, 10, 400, 22};
  title.text = "Indicatori di performance 2025";
  TextLine caption = title;
  caption.bbox = {50, 30, 400, 42};
  caption.text = "Servizi anagrafici";
  doc.lines = {title, caption};
  doc.tables.push_back(table_of({{"Codice", "Indicatore", "Peso", "Target 2025", "Altro"},
                                 {"A1", "Pratiche evase", "60%", ">= 95%", "x"},
                                 {"A2", "Tempo medio", "40%", "<= 10 gg", ""},
                                 {"", "", "", "", ""}},
                                50));
  Model model;
  import_document(doc, "d1", GenreOptions{}, model);
  CHECK(model.documents[0].kind == "list");
  CHECK(model.documents[0].title == "Indicatori di performance 2025");
  REQUIRE(model.nodes.size() == 1);
  CHECK(model.nodes[0].title == "Servizi anagrafici");
  CHECK(model.nodes[0].level == "area");
  REQUIRE(model.indicators.size() == 2);
  CHECK(model.indicators[0].source.page == 1);
  // A column whose header names no role is no note: its text stays listed.
  CHECK(model.indicators[0].notes.empty());
  CHECK(std::any_of(model.unassigned.begin(), model.unassigned.end(), [](const Unassigned& u) { return u.text == "x"; }));
  CHECK(decimal_text(model.indicators[1].weight) == "40");
}

TEST_CASE("list: the five genre samples are not taken for lists", "[genres][list][score]") {
  for (const std::string sample : {"plan", "plan-portrait", "pira", "report", "dashboard", "assignment"}) {
    DYNAMIC_SECTION(sample) {
      const auto doc = extract_document((samples_dir() / sample / "input.pdf").string(), ImportOptions{});
      const auto scores = score_genres(doc);
      REQUIRE_FALSE(scores.empty());
      CHECK(scores[0].genre != "list");
      for (const auto& s : scores) {
        if (s.genre == "list") CHECK(s.score <= scores[0].score - 0.2);
      }
    }
  }
}

TEST_CASE("list: a two-row header (Target over its years) and objective cells merged down", "[genres][list]") {
  Table t = table_of({{"Obiettivo operativo", "Indicatore", "Peso", "Target", ""},
                      {"", "", "", "2024", "2025"},
                      {"OO1 - Digitalizzare", "Pratiche online", "50%", ">= 60%", ">= 70%"},
                      {"", "Firme digitali", "50%", "100", "120"},
                      {"OO2 - Formare", "Ore di formazione", "100%", "300", "N/D"}},
                     50);
  // The Target header spans the two year columns, as a merged cell does.
  t.cells.erase(std::remove_if(t.cells.begin(), t.cells.end(), [](const TableCell& c) { return c.row == 0 && c.col == 4; }),
                t.cells.end());
  for (auto& c : t.cells) {
    if (c.row == 0 && c.col == 3) c.col_span = 2;
    c.header = c.row <= 1;
  }
  ExtractedDocument doc;
  doc.path = "synthetic.pdf";
  doc.format = "pdf";
  doc.pages.push_back(PageInfo{1, 842, 595, 0, true});
  doc.tables.push_back(t);
  Model model;
  import_document(doc, "d1", GenreOptions{}, model);
  CHECK(model.documents[0].kind == "list");
  CHECK(model.documents[0].years == std::vector<int>{2024, 2025});
  REQUIRE(model.nodes.size() == 2);
  CHECK(model.nodes[0].code == "OO1");
  CHECK(model.nodes[0].level == "operational");
  REQUIRE(model.indicators.size() == 3);
  CHECK(model.indicators[1].name == "Firme digitali");
  CHECK(model.indicators[1].node == model.nodes[0].id);  // the blank objective cell continues OO1
  CHECK(model.indicators[2].node == model.nodes[1].id);
  REQUIRE(model.indicators[0].targets.size() == 2);
  CHECK(model.indicators[0].targets[1].year == 2025);
  CHECK(model.indicators[0].targets[1].raw == ">= 70%");
  REQUIRE(model.indicators[2].targets.size() == 2);
  CHECK(model.indicators[2].targets[1].status == TargetStatus::not_available);
  for (const auto& u : model.unassigned) CHECK(u.role == "header");
}

TEST_CASE("list: forced on every sample, whole or damaged, it never throws and loses nothing", "[genres][list][robust]") {
  for (const std::string sample : {"plan", "plan-portrait", "pira", "report", "dashboard", "assignment"}) {
    const auto original = extract_document((samples_dir() / sample / "input.pdf").string(), ImportOptions{});
    for (int k = 1; k <= 4; ++k) {
      // k == 1 is the sample as read; then drop every k-th cell and cut texts.
      ExtractedDocument doc = original;
      if (k > 1) {
        for (auto& t : doc.tables) {
          std::vector<TableCell> kept;
          for (std::size_t i = 0; i < t.cells.size(); ++i) {
            if (i % static_cast<std::size_t>(k) == 0) continue;
            TableCell c = t.cells[i];
            if (i % 3 == 0) c.text = c.text.substr(0, c.text.size() / 2);
            kept.push_back(c);
          }
          t.cells = kept;
        }
      }
      std::size_t pieces = 0;
      for (const auto& t : doc.tables) {
        for (const auto& c : t.cells) pieces += c.text.find_first_not_of(" \n") != std::string::npos;
      }
      for (const auto& l : doc.lines) pieces += l.text.find_first_not_of(" \n") != std::string::npos;
      GenreOptions options;
      options.genre = "list";
      Model model;
      INFO(sample << " k=" << k);
      REQUIRE_NOTHROW(import_document(doc, "d1", options, model));
      CHECK(model.documents[0].kind == "list");
      CHECK(model.unassigned.size() <= pieces);
      std::set<std::string> ids;
      for (const auto& n : model.nodes) CHECK(ids.insert(n.id).second);
      for (const auto& i : model.indicators) {
        CHECK(ids.insert(i.id).second);
        CHECK(i.source.page >= 1);
      }
    }
  }
}

TEST_CASE("list: a Target column without a year gives targets of unknown year", "[genres][list]") {
  ExtractedDocument doc;
  doc.path = "synthetic.pdf";
  doc.format = "pdf";
  doc.pages.push_back(PageInfo{1, 842, 595, 0, true});
  doc.tables.push_back(table_of({{"Codice", "Indicatore", "Peso", "Target", "Risultato"},
                                 {"A1", "Pratiche evase", "60%", ">= 95%", "97%"},
                                 {"A2", "Tempo medio dell’istruttoria", "40%", "<= 10 gg", "N/D"}},
                                50));
  Model model;
  import_document(doc, "d1", GenreOptions{}, model);
  CHECK(model.documents[0].kind == "list");
  CHECK(model.documents[0].years.empty());
  REQUIRE(model.indicators.size() == 2);
  CHECK(model.indicators[1].name == "Tempo medio dell’istruttoria");  // as printed
  REQUIRE(model.indicators.size() == 2);
  REQUIRE(model.indicators[0].targets.size() == 1);
  CHECK_FALSE(model.indicators[0].targets[0].year.has_value());
  CHECK(model.indicators[0].targets[0].raw == ">= 95%");
  REQUIRE(model.indicators[1].results.size() == 1);
  CHECK(model.indicators[1].results[0].raw == "N/D");
  CHECK(model.indicators[0].notes.empty());
}

TEST_CASE("list: a first indicator named like a column title is a row, not a second header row", "[genres][list]") {
  auto dir = temp_dir("list-header-words");
  write_file(dir / "lista.csv",
             "Codice;Indicatore;Peso;Target 2024\n"
             "IS_01;Indicatore di sintesi;50,00%;>= 90,00 %\n"
             "IS_02;Indicatore qualità;50,00%;>= 70,00 %\n");
  ImportOptions options;
  options.audit = false;
  Model m = import_files({(dir / "lista.csv").string()}, options);
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].code == "IS_01");
  CHECK(m.indicators[0].name == "Indicatore di sintesi");
  CHECK(m.indicators[1].targets.at(0).raw == ">= 70,00 %");
}

namespace {
// A workbook of the given sheets, one table each.
ExtractedDocument workbook_of(std::vector<std::pair<std::string, Table>> sheets) {
  ExtractedDocument d = allegato::synthetic::document_of({});
  d.path = "synthetic.xlsx";
  d.format = "xlsx";
  d.pages.clear();
  for (auto& [name, table] : sheets) {
    d.sheets.push_back(name);
    table.sheet = name;
    d.tables.push_back(std::move(table));
  }
  return d;
}
}  // namespace

TEST_CASE("list: one sheet of indicators beside a legend names no section and a polarity column is read", "[genres][list]") {
  using allegato::synthetic::grid;
  const Table indicators = grid({{"Codice", "Indicatore", "Polarità", "Target 2025", "Target 2026"},
                                 {"NAV 1.01", "Unità ispezionate", "crescente", ">= 60%", ">= 65%"},
                                 {"NAV 1.02", "Tempo medio di rilascio", "\xE2\x86\x93", "<= 20 gg", "<= 18 gg"},
                                 {"NAV 1.03", "Campagne congiunte", "secondo i casi", "10", "12"}},
                                "t1");
  const Table legend = grid({{"Polarità", "crescente: il valore deve aumentare"}, {"Target", "valore da raggiungere"}}, "t2");
  const Model m = allegato::synthetic::read_with(workbook_of({{"Indicatori", indicators}, {"Legenda", legend}}), "list");
  CHECK(m.nodes.empty());
  REQUIRE(m.indicators.size() == 3);
  CHECK(m.indicators[0].node.empty());
  CHECK(m.indicators[0].polarity == "higher");
  CHECK(m.indicators[1].polarity == "lower");
  CHECK(m.indicators[2].polarity == "unknown");
  // A polarity in words the profile does not know stays with its indicator, as printed.
  CHECK(m.indicators[2].notes == std::vector<std::string>{"Polarità: secondo i casi"});

  // Two sheets of indicators part the workbook: each names its section.
  const Table other = grid({{"Codice", "Indicatore", "Polarità", "Target 2025", "Target 2026"},
                            {"REG 1.01", "Pratiche telematiche", "crescente", ">= 50%", ">= 55%"}},
                           "t3");
  const Model two = allegato::synthetic::read_with(workbook_of({{"Vigilanza", indicators}, {"Registri", other}}), "list");
  REQUIRE(two.nodes.size() == 2);
  CHECK(two.nodes[0].title == "Vigilanza");
  CHECK(two.nodes[1].title == "Registri");
}

TEST_CASE("list: a Fonte column heads its data sources, which stay listed and are no notes", "[genres][list]") {
  using allegato::synthetic::grid;
  const auto doc = allegato::synthetic::document_of(
      {grid({{"Codice", "Indicatore", "Target 2026", "Fonte", "Note"},
             {"IND.1", "Pratiche evase entro 5 giorni", ">= 90%", "Protocollo informatico", "dato al 31/12/2025"},
             {"IND.2", "Tempo medio di pagamento", "<= 30 gg", "Contabilit\u00e0", ""}})});
  Model m;
  import_document(doc, "d1", GenreOptions{}, m);
  CHECK(m.documents[0].kind == "list");
  REQUIRE(m.indicators.size() == 2);
  // The Note column is the indicator's note; the source is none.
  CHECK(m.indicators[0].notes == std::vector<std::string>{"dato al 31/12/2025"});
  CHECK(m.indicators[1].notes.empty());
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text == "Protocollo informatico"; }));
}

TEST_CASE("list: a legend line alone in the code column closes the table, it measures nothing", "[genres][list]") {
  using allegato::synthetic::grid;
  const auto doc = allegato::synthetic::document_of(
      {grid({{"Codice", "Indicatore", "Peso", "Target 2026"},
             {"D3.01", "Indice di equilibrio economico", "60%", ">= 95,5%"},
             {"D3.02", "Tempo medio di pagamento", "40%", "<= 15 gg"},
             {"n.d. = dato non disponibile (rilevazione avviata nel 2023)", "", "", ""}})});
  Model m;
  import_document(doc, "d1", GenreOptions{}, m);
  CHECK(m.indicators.size() == 2);
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(),
                    [](const Unassigned& u) { return u.text.rfind("n.d. = dato", 0) == 0; }));
}

TEST_CASE("list: header words of other bodies name their columns", "[genres][list]") {
  using allegato::synthetic::grid;
  // "Descrizione KPI" names indicators, "Programmato 2026" / "Previsione
  // 2027" targets, "Unità organizzativa" the owners (not a unit of measure).
  const auto doc = allegato::synthetic::document_of(
      {grid({{"Descrizione KPI", "Programmato 2026", "Previsione 2027", "Unit\u00e0 organizzativa"},
             {"Pratiche evase entro 5 giorni", ">= 90%", ">= 92%", "Ufficio Registro"},
             {"Tempo medio di pagamento", "<= 30 gg", "<= 28 gg", "Ragioneria"}})});
  Model m;
  import_document(doc, "d1", GenreOptions{}, m);
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].name == "Pratiche evase entro 5 giorni");
  REQUIRE(m.indicators[0].targets.size() == 2);
  CHECK(m.indicators[0].targets[1].year == 2027);
  CHECK(m.indicators[0].owners == std::vector<std::string>{"Ufficio Registro"});
  CHECK_FALSE(m.indicators[0].unit == std::optional<std::string>("Ufficio Registro"));
}

TEST_CASE("list: a Livello column naming Area Obiettivo Indicatore rows builds the tree with titles from the description column", "[genres][list][tree]") {
  using allegato::synthetic::grid;
  const auto doc = allegato::synthetic::document_of(
      {grid({{"Livello", "Codice", "Descrizione", "Indicatore", "Valore atteso 2025", "Punti (max 10)"},
             {"Area", "A", "Qualit\u00e0 dell'assistenza", "", "", "4"},
             {"Obiettivo", "A.1", "Ridurre le cadute", "", "", "2"},
             {"Indicatore", "", "", "Cadute per 1.000 giornate", "<= 1,8", ""},
             {"Obiettivo", "A.2", "Ampliare l'animazione", "", "", "2"},
             {"Indicatore", "", "", "Ospiti coinvolti", ">= 80%", ""}})});
  Model m;
  import_document(doc, "d1", GenreOptions{}, m);
  const auto a1 = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "A.1"; });
  REQUIRE(a1 != m.nodes.end());
  CHECK(a1->title == "Ridurre le cadute");
  CHECK(a1->level == "operational");
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].node == a1->id);
}

TEST_CASE("list: one sheet a year dates its columns and the indicators printed on each join into one", "[genres][list][years]") {
  using allegato::synthetic::grid;
  // A tree on the first sheet; then one sheet per year, each listing every
  // indicator under its outcome's code with undated Risultato / Target.
  const Table tree = grid({{"Codice", "Livello", "Descrizione"},
                           {"A", "Area strategica", "Competitivit\u00e0"},
                           {"A.1", "Obiettivo strategico", "Digitalizzare le imprese"},
                           {"A.1.i", "Outcome", "Pi\u00f9 imprese digitali"}},
                          "t1");
  const Table y2023 = grid({{"Outcome", "Cod. indicatore", "Indicatore", "Risultato", "Target"},
                            {"A.1.i", "PR_01", "Imprese assistite", "241", ">= 230"}},
                           "t2");
  const Table y2024 = grid({{"Outcome", "Cod. indicatore", "Indicatore", "Risultato", "Target"},
                            {"A.1.i", "PR_01", "Imprese assistite", "262", ">= 250"}},
                           "t3");
  const Model m = allegato::synthetic::read_with(workbook_of({{"Albero", tree}, {"2023", y2023}, {"2024", y2024}}), "tree");
  REQUIRE(m.indicators.size() == 1);
  const Indicator& assisted = m.indicators[0];
  const auto outcome = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "A.1.i"; });
  REQUIRE(outcome != m.nodes.end());
  CHECK(assisted.node == outcome->id);
  REQUIRE(assisted.targets.size() == 2);
  CHECK(assisted.targets[0].year == 2023);
  CHECK(assisted.targets[1].year == 2024);
  REQUIRE(assisted.results.size() == 2);
  CHECK(assisted.results[1].raw == "262");
}

TEST_CASE("list: a year column right of undated baselines dates each row's baseline", "[genres][list][years]") {
  using allegato::synthetic::grid;
  const auto doc = allegato::synthetic::document_of(
      {grid({{"Cod.", "Indicatore", "Valore di riferimento", "Anno rif.", "Target 2026"},
             {"A.1", "Alloggi ripristinati", "142", "2024", ">= 150"},
             {"A.2", "Tempo medio di intervento", "3,5 giorni", "2023", "<= 3 giorni"}})});
  Model m;
  import_document(doc, "d1", GenreOptions{}, m);
  REQUIRE(m.indicators.size() == 2);
  REQUIRE(m.indicators[1].baselines.size() == 1);
  CHECK(m.indicators[1].baselines[0].year == 2023);
  CHECK(m.indicators[0].baselines[0].year == 2024);
}

TEST_CASE("list: bands down the rows for two years scored by one column, the bands' names apart", "[genres][list][bands]") {
  using allegato::synthetic::grid;
  // "Fascia | Soglia 2026 | Soglia 2027 | Punteggio": a band a row, each
  // year's threshold beside the other, one score for both.
  const auto doc = allegato::synthetic::document_of(
      {grid({{"Cod.", "Indicatore", "Fascia", "Soglia 2026", "Soglia 2027", "Punteggio"},
             {"RI.1", "Pratiche evase in 5 giorni", "A", ">= 92,0%", ">= 90,0%", "100%"},
             {"", "", "B", "85,0-91,9%", "83,0-89,9%", "75%"},
             {"", "", "C", "< 85,0%", "< 83,0%", "0%"}})});
  Model m;
  import_document(doc, "d1", GenreOptions{}, m);
  REQUIRE(m.indicators.size() == 1);
  const auto& targets = m.indicators[0].targets;
  REQUIRE(targets.size() == 2);
  CHECK(targets[0].year == 2026);
  CHECK(targets[0].raw == ">= 92,0% 100% 85,0-91,9% 75% < 85,0% 0%");
  CHECK(targets[1].year == 2027);
  CHECK(targets[1].raw == ">= 90,0% 100% 83,0-89,9% 75% < 83,0% 0%");
}

TEST_CASE("list: a level named before a coded row's title ('Outcome: ...') says its level and leaves the title", "[genres][list][tree]") {
  using allegato::synthetic::grid;
  const auto doc = allegato::synthetic::document_of(
      {grid({{"Codice", "Descrizione", "Baseline 2023", "Target 2025"},
             {"AS.01", "Area strategica: Gestione delle risorse idriche", "", ""},
             {"OS.01.01", "Obiettivo strategico: Ridurre le perdite", "", ""},
             {"OUT.01.01.1", "Outcome: Meno acqua dispersa", "", ""},
             {"KPI.0111", "Perdite di rete sul volume immesso", "23,5%", "<= 21%"}})});
  Model m;
  import_document(doc, "d1", GenreOptions{}, m);
  const auto outcome = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "OUT.01.01.1"; });
  REQUIRE(outcome != m.nodes.end());
  CHECK(outcome->title == "Meno acqua dispersa");
  CHECK(outcome->level == "operational");
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text == "Outcome:"; }));
}

TEST_CASE("list: a summary whose first objective column holds only codes gives the areas their codes, titles and points", "[genres][list][points]") {
  using allegato::synthetic::grid;
  const auto doc = allegato::synthetic::document_of(
      {grid({{"Area", "Ambito strategico", "Punti assegnati"},
             {"A", "Competitivit\u00e0 delle imprese", "30 punti"},
             {"B", "Semplificazione dei servizi", "70 punti"}})});
  // (A summary alone is no annex: read as the list it opens.)
  const Model m = allegato::synthetic::read_with(doc, "list");
  const auto a = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "A"; });
  REQUIRE(a != m.nodes.end());
  CHECK(a->title == "Competitivit\u00e0 delle imprese");
  REQUIRE(a->weight);
  CHECK(a->weight->raw == "30 punti");
}
