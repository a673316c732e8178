// The generic reader's kit: profiles as data (built-ins load, a user's
// profile extends base, bad profiles are refused with a message that names
// the field), column roles from header words (table-driven), and the reader
// on small synthetic tables that reproduce the failure classes met on
// layouts it was never shown.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "genres/column_roles.hpp"
#include "genres/genres.hpp"
#include "genres/profile.hpp"
#include "genres/text_stream.hpp"
#include "genres/year_phrases.hpp"
#include "synthetic_grid.hpp"
#include "values/text.hpp"

using namespace allegato;
using namespace allegato::genres;

using namespace allegato::synthetic;

TEST_CASE("reader: every built-in profile loads over base", "[genres][profiles]") {
  const auto& profiles = builtin_profiles();
  std::vector<std::string> names;
  for (const auto& p : profiles) names.push_back(p.name);
  CHECK(names == std::vector<std::string>{"plan", "dashboard", "pira", "assignment", "report", "list", "record", "form", "tree"});
  for (const auto& p : profiles) {
    INFO(p.name);
    CHECK(!p.description.empty());
    // The genres are named by their kind; the families of layouts read plans.
    CHECK((p.kind == p.name || p.kind == "plan"));
    // base's vocabulary is in every profile
    CHECK(std::any_of(p.columns.begin(), p.columns.end(), [](const RolePhrase& r) { return r.role == "weight" && r.phrase == "peso"; }));
  }
  CHECK(!builtin_profile_text("base").empty());
}

TEST_CASE("reader: a user's profile extends base and a bad one is refused with the field named", "[genres][profiles]") {
  const Profile p = parse_profile(R"({"profile": "schede", "kind": "plan",
      "columns": {"owner": ["Titolare del CDR"]}, "series": {"targets": ["VALORE TARGET"]},
      "evidence": [{"text": ["denominazione cdr"], "points": 0.5, "why": "form label"}]})",
                                  "schede.json");
  CHECK(p.name == "schede");
  CHECK(std::any_of(p.columns.begin(), p.columns.end(),
                    [](const RolePhrase& r) { return r.role == "owner" && r.phrase == "titolare del cdr"; }));
  CHECK(std::any_of(p.columns.begin(), p.columns.end(), [](const RolePhrase& r) { return r.phrase == "peso"; }));
  const std::vector<std::pair<std::string, std::string>> bad = {
      {R"({"kind": "plan"})", "'profile'"},
      {R"({"profile": "x", "columns": {"colour": ["rosso"]}})", "columns.colour"},
      {R"({"profile": "x", "kind": "budget"})", "'kind'"},
      {R"({"profile": "x", "code_levels": {"1": "galaxy"}})", "code_levels.1"},
      {R"({"profile": "x", "colums": {}})", "'colums'"},
      {R"({"profile": "x",)", "not valid JSON"},
  };
  for (const auto& [text, field] : bad) {
    INFO(text);
    try {
      parse_profile(text, "mine.json");
      FAIL("accepted");
    } catch (const UsageError& e) {
      CHECK(std::string(e.what()).find(field) != std::string::npos);
      CHECK(std::string(e.what()).find("mine.json") != std::string::npos);
    }
  }
}

TEST_CASE("reader: header words name column roles", "[genres][columns]") {
  const Profile& base = *builtin_profile("list");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Codice", "code"},
      {"Cod. indicatore", "code"},
      {"Indicatore", "name"},
      {"Descrizione indicatore", "name"},
      {"KPI", "name"},
      {"Descrizione", "description"},
      {"Descrizione obiettivo", "objective"},
      {"Algoritmo di calcolo", "formula"},
      {"Modalità di calcolo", "formula"},
      {"Descrizione formula", "formula_text"},
      {"Unità di misura", "unit"},
      {"U.M.", "unit"},
      {"Tipologia", "type"},
      {"Peso", "weight"},
      {"Peso %", "weight"},
      {"Peso (%)", "weight"},
      {"Ponderazione", "weight"},
      {"Centro di responsabilità", "owner"},
      {"% realizzazione", "achievement"},
      {"Grado di raggiungimento", "achievement"},
      {"Baseline", "baselines"},
      {"Valore di partenza", "baselines"},
      {"Target", "targets"},
      {"Valore atteso", "targets"},
      {"Risultato", "results"},
      {"Valore consuntivo", "results"},
      {"Note", "notes"},
      {"Obiettivo / Indicatore", "text"},
      {"Realizzazione iniziative previste nel programma annuale di attività", ""},
  };
  for (const auto& [header, role] : cases) {
    INFO(header);
    std::string words = fold_for_matching(header);
    // The reader folds and collapses spaces the same way.
    std::string collapsed;
    for (char c : words)
      if (!(c == ' ' && (collapsed.empty() || collapsed.back() == ' '))) collapsed += c;
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    const PhraseMatch m = match_phrase(collapsed, base);
    CHECK((m.score >= 0.6 ? m.role : std::string()) == role);
  }
}

TEST_CASE("reader: units printed in a column read in the contract's words", "[genres][columns]") {
  CHECK(normalise_unit("%") == "%");
  CHECK(normalise_unit("Percentuale") == "%");
  CHECK(normalise_unit("numero") == "N.");
  CHECK(normalise_unit("N.") == "N.");
  CHECK(normalise_unit("giorni") == "gg");
  CHECK(normalise_unit("€") == "EUR");
  CHECK(normalise_unit("Euro") == "EUR");
  CHECK(normalise_unit("testate") == "testate");
}

TEST_CASE("reader: a band over years, ordinal years from the document's period", "[genres][columns]") {
  const auto doc = document_of({grid({{"Codice", "Indicatore", "Target", "<<", "<<"},
                                      {"", "", "1° anno", "2° anno", "3° anno"},
                                      {"A1", "Pratiche evase", ">= 90%", ">= 92%", ">= 95%"}})},
                               {"Piano della performance 2025-2027"});
  const Model m = read_with(doc, "list");
  const Indicator* a1 = indicator_named(m, "A1");
  REQUIRE(a1);
  REQUIRE(a1->targets.size() == 3);
  CHECK(a1->targets[0].year == 2025);
  CHECK(a1->targets[2].year == 2027);
  CHECK(a1->targets[2].raw == ">= 95%");
  CHECK(a1->unit == "%");
  // Each value keeps its own cell.
  REQUIRE(a1->targets[1].source);
  CHECK(a1->targets[1].source->bbox->x0 == Approx(50.0 + 60 * 3));
}

TEST_CASE("reader: indicators after an 'Indicatori' label under an operational objective measure it", "[genres][reader]") {
  // Failure class 1: they were attached to the strategic objective above.
  const auto doc = document_of({grid({
      {"Obiettivo / Indicatore", "Peso", "Target 2025", "Target 2026"},
      {"1 - Area imprese", "100,00%", "", ""},
      {"1.1 - Semplificare", "100,00%", "", ""},
      {"Obiettivi operativi", "", "", ""},
      {"1.1.1 - Ridurre i tempi", "50,00%", "", ""},
      {"Indicatori", "", "", ""},
      {"TEMPI_01 - Tempo medio di evasione", "60,00%", "<= 5 gg", "<= 4 gg"},
      {"TEMPI_02 - Pratiche evase nei termini", "40,00%", ">= 90%", ">= 92%"},
      {"1.1.2 - Digitalizzare", "50,00%", "", ""},
      {"Indicatori", "", "", ""},
      {"DIG_01 - Servizi online", "100,00%", ">= 10 N.", ">= 12 N."},
  })});
  const Model m = read_with(doc, "plan");
  REQUIRE(indicator_named(m, "TEMPI_01"));
  CHECK(indicator_named(m, "TEMPI_01")->node == "d1/1.1.1");
  CHECK(indicator_named(m, "TEMPI_02")->node == "d1/1.1.1");
  CHECK(indicator_named(m, "DIG_01")->node == "d1/1.1.2");
  REQUIRE(node_coded(m, "1.1.2"));
  CHECK(node_coded(m, "1.1.2")->parent == "d1/1.1");
  CHECK(node_coded(m, "1.1")->parent == "d1/1");
  CHECK(indicator_named(m, "TEMPI_01")->unit == "gg");
}

TEST_CASE("reader: area bands merged across the table open areas, percent cells give the unit", "[genres][reader]") {
  // Failure class 2: no area nodes, area rows read as indicators.
  const auto doc = document_of({grid({
      {"Codice", "Indicatore", "Peso", "Target 2025", "Target 2026"},
      {"2. Innovazione, sviluppo sostenibile e transizione digitale", "<<", "<<", "<<", "<<"},
      {"IN_01", "Imprese assistite", "50%", "73%", "72%"},
      {"IN_02", "Progetti avviati", "50%", "10", "12"},
      {"Comunicazione istituzionale", "<<", "<<", "<<", "<<"},
      {"CO_01", "Uscite stampa", "100%", "20", "20"},
  })});
  const Model m = read_with(doc, "list");
  REQUIRE(node_coded(m, "2"));
  CHECK(node_coded(m, "2")->level == "area");
  CHECK(indicator_named(m, "IN_01")->node == "d1/2");
  CHECK(indicator_named(m, "IN_01")->unit == "%");
  const auto band = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.title == "Comunicazione istituzionale"; });
  REQUIRE(band != m.nodes.end());
  CHECK(indicator_named(m, "CO_01")->node == band->id);
  CHECK(m.indicators.size() == 3);
}

TEST_CASE("reader: nested units, objectives repeated under each unit keyed by it, Valore YYYY a baseline", "[genres][reader]") {
  // Failure class 3.
  const auto doc = document_of(
      {grid({{"Obiettivo operativo / Indicatore", "Peso", "Target 2024", "Valore 2023"},
             {"Servizio Registro imprese", "50,00%", "", ""},
             {"2.1.1 - Ridurre i tempi di iscrizione", "100,00%", "", ""},
             {"RI_01 - Tempo medio", "100,00%", "<= 5 gg", "6 gg"},
             {"Servizio Promozione", "50,00%", "", ""},
             {"2.1.1 - Ridurre i tempi di iscrizione", "100,00%", "", ""},
             {"RI_01 - Tempo medio", "100,00%", "<= 4 gg", "6 gg"}})},
      {"Area Servizi alle imprese"});
  const Model m = read_with(doc, "assignment");
  std::vector<const Node*> objectives;
  for (const auto& n : m.nodes)
    if (n.code == "2.1.1") objectives.push_back(&n);
  REQUIRE(objectives.size() == 2);
  CHECK(objectives[0]->unit == "Servizio Registro imprese");
  CHECK(objectives[1]->unit == "Servizio Promozione");
  CHECK(objectives[0]->id != objectives[1]->id);
  const auto unit = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.title == "Servizio Promozione"; });
  REQUIRE(unit != m.nodes.end());
  CHECK(unit->level == "unit");
  CHECK(unit->parent == "d1/area-servizi-alle-imprese");
  std::vector<const Indicator*> ri;
  for (const auto& i : m.indicators)
    if (i.code == "RI_01") ri.push_back(&i);
  REQUIRE(ri.size() == 2);
  REQUIRE(ri[0]->baselines.size() == 1);
  CHECK(ri[0]->baselines[0].year == 2023);
  CHECK(ri[0]->baselines[0].raw == "6 gg");
  CHECK(ri[1]->targets[0].raw == "<= 4 gg");
}

TEST_CASE("reader: a cell holding every year's target gives one target per year", "[genres][reader]") {
  const auto doc = document_of({grid({{"Indicatore", "Algoritmo", "Target"},
                                      {"Pratiche evase", "A / B", "Anno 2025: >= 90% Anno 2026: >= 95% Anno 2027: >= 100%"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.indicators.size() == 1);
  const auto& t = m.indicators[0].targets;
  REQUIRE(t.size() == 3);
  CHECK(t[0].year == 2025);
  CHECK(t[0].raw == ">= 90%");
  CHECK(t[2].year == 2027);
  CHECK(t[2].value == "100");
  CHECK(m.documents[0].years == std::vector<int>{2025, 2026, 2027});
}

TEST_CASE("reader: a header's unit sign is the indicator's unit when cells print bare numbers", "[genres][reader]") {
  const auto doc = document_of({grid({{"Obiettivo", "Indicatore", "Target %", "Risultato %"},
                                      {"Qualità dei servizi", "Soddisfazione utenti", "100", "97"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].unit == "%");
  CHECK(m.indicators[0].results.size() == 1);
  CHECK(m.nodes.size() == 1);
  CHECK(m.nodes[0].title == "Qualità dei servizi");
}

TEST_CASE("reader: values left of the indicator are the objective's, a total row is the document's total", "[genres][reader]") {
  // Invented: an owner and resources printed before the indicator, once per
  // objective (merged down), and a total row opened in the first column.
  const auto doc = document_of({grid({{"Centro di responsabilità", "Obiettivo", "Risorse", "Indicatore", "Target 2026"},
                                      {"Ufficio Alfa", "Ridurre i tempi", "€ 100,00", "Giorni medi", "<= 30"},
                                      {"", "", "", "Pratiche chiuse", ">= 90%"},
                                      {"Ufficio Beta", "Aprire i dati", "€ 50,00", "Dataset pubblicati", "= 12"},
                                      {"Totale risorse", "", "€ 160,00", "", ""}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 2);
  CHECK(m.nodes[0].level == "operational");  // the list profile's objective_level
  CHECK(m.nodes[0].owners == std::vector<std::string>{"Ufficio Alfa"});
  REQUIRE(m.nodes[0].resources.size() == 1);
  CHECK(m.nodes[0].resources[0].raw == "€ 100,00");
  REQUIRE(m.indicators.size() == 3);
  CHECK(m.indicators[0].owners.empty());
  CHECK(m.indicators[1].node == m.nodes[0].id);
  CHECK(m.indicators[2].notes.empty());
  REQUIRE(m.documents[0].totals.size() == 1);
  CHECK(m.documents[0].totals[0].label == "Totale risorse");
  CHECK(m.documents[0].totals[0].number.value == Decimal::parse("160"));
  CHECK(m.documents[0].totals[0].number.source.has_value());
}

TEST_CASE("reader: a table without indicator columns lists objectives, the title's year dates achievements", "[genres][reader]") {
  // Invented: coded areas and objectives with their realisation only.
  const auto doc = document_of({grid({{"Codice", "Descrizione", "Percentuale di realizzazione"},
                                      {"1", "Area dei servizi", "95,0%"},
                                      {"1.1", "Ridurre i tempi", "90,0%"},
                                      {"1.2", "Aprire i dati", "100,0%"}})},
                               {"Relazione sulla performance 2031"});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 3);
  CHECK(m.indicators.empty());
  CHECK(m.nodes[0].level == "area");  // numbered, so not a unit heading though it opens with "Area"
  CHECK(m.nodes[1].parent == m.nodes[0].id);
  REQUIRE(m.nodes[1].achievement.size() == 1);
  CHECK(m.nodes[1].achievement[0].year == 2031);
  CHECK(m.documents[0].years == std::vector<int>{2031});
}

TEST_CASE("reader: a title's one year is the year of value columns that print none", "[genres][reader]") {
  const auto doc = document_of({grid({{"Obiettivo", "Indicatore", "Target %", "Risultato %"},
                                      {"Qualità", "Soddisfazione utenti", "90", "97"}})},
                               {"Relazione sulla performance 2031"});
  const Model m = read_with(doc, "list");
  REQUIRE(m.indicators.size() == 1);
  REQUIRE(m.indicators[0].targets.size() == 1);
  CHECK(m.indicators[0].targets[0].year == 2031);
  CHECK(m.indicators[0].results[0].year == 2031);
}

TEST_CASE("reader: MISSIONE / PROGRAMMA bands give their codes to the objectives below, and open no node", "[genres][reader]") {
  const auto doc = document_of({grid({{"Obiettivo", "Indicatore", "Target 2026"},
                                      {"MISSIONE 012 - Ordine pubblico", "<<", "<<"},
                                      {"Programma: 1 007 - Vigilanza", "<<", "<<"},
                                      {"OS4 - Presidiare il territorio", "Pattuglie svolte", ">= 300"},
                                      {"MISSIONE 032 - Servizi generali", "<<", "<<"},
                                      {"OS5 - Pagare presto", "Giorni di pagamento", "<= 30"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 2);
  CHECK(m.nodes[0].level == "strategic");  // OS: the code says its level
  CHECK(m.nodes[0].mission == "012");
  CHECK(m.nodes[0].programme == "007");
  CHECK(m.nodes[0].programme_title == "Vigilanza");
  CHECK(m.nodes[1].mission == "032");
  CHECK(m.nodes[1].programme.empty());  // a new mission closes the programme
}

TEST_CASE("reader: a table coding both objectives and indicators gives each its own code", "[genres][reader]") {
  const auto doc = document_of({grid({{"Cod. obiettivo", "Obiettivo operativo", "Cod. indicatore", "Indicatore di performance", "Target 2026"},
                                      {"OO.7", "Pagare presto", "K-1", "Giorni di pagamento", "<= 30"},
                                      {"OO.7", "Pagare presto", "K-2", "Fatture pagate in tempo", ">= 95%"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "OO.7");
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].code == "K-1");
  CHECK(m.indicators[1].code == "K-2");
  CHECK(m.indicators[1].notes.empty());  // its objective's code printed again is no note
}

TEST_CASE("reader: a tree printed in a code column: numbered rows without values are its nodes", "[genres][reader]") {
  const auto doc = document_of({grid({{"Cod.", "Obiettivo / Indicatore", "Peso", "Valore obiettivo 2031", "Valore raggiunto 2031"},
                                      {"1", "Servizi", "60%", "", ""},
                                      {"1.1", "Ridurre i tempi", "100%", "", ""},
                                      {"", "Giorni medi", "100%", "<= 30", "28"},
                                      {"2", "Bilancio", "40%", "", ""},
                                      {"2.1", "Pagare presto", "100%", "", ""},
                                      {"", "Fatture pagate in tempo", "100%", ">= 95%", "97%"}})});
  const Model m = read_with(doc, "report");
  REQUIRE(m.nodes.size() == 4);
  CHECK(m.nodes[1].code == "1.1");
  CHECK(m.nodes[1].parent == m.nodes[0].id);
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].node == m.nodes[1].id);
  CHECK(m.indicators[1].node == m.nodes[3].id);
}

TEST_CASE("reader: no codes anywhere: text rows measuring nothing over measured rows are the tree, a run of two strategic then operational", "[genres][reader]") {
  const auto doc = document_of({grid({{"Obiettivo / Indicatore", "Ponderazione", "Risultato atteso 2031", "Risultato raggiunto", "Grado di raggiungimento"},
                                      {"SERVIZI ALLA PERSONA", "60%", "", "", "95,00%"},
                                      {"Ridurre i tempi", "50%", "", "", "90,00%"},
                                      {"Giorni medi", "100%", "<= 30", "33", "90,00%"},
                                      {"Estendere gli orari", "50%", "", "", "100,00%"},
                                      {"Ore di apertura", "100%", ">= 40", "42", "100,00%"},
                                      {"BILANCIO", "40%", "", "", "100,00%"},
                                      {"Pagare presto", "100%", "", "", "100,00%"},
                                      {"Fatture pagate in tempo", "100%", ">= 95%", "97%", "100,00%"}})});
  const Model m = read_with(doc, "report");
  REQUIRE(m.nodes.size() == 5);
  CHECK(m.nodes[0].level == "strategic");
  CHECK(m.nodes[0].title == "SERVIZI ALLA PERSONA");
  CHECK(m.nodes[1].level == "operational");
  CHECK(m.nodes[1].parent == m.nodes[0].id);
  // Right over its indicators: operational, under the strategic line above.
  CHECK(m.nodes[2].title == "Estendere gli orari");
  CHECK(m.nodes[2].level == "operational");
  CHECK(m.nodes[2].parent == m.nodes[0].id);
  CHECK(m.nodes[3].level == "strategic");
  CHECK(m.nodes[3].parent.empty());
  REQUIRE(m.indicators.size() == 3);
  CHECK(m.indicators[0].node == m.nodes[1].id);
  CHECK(m.indicators[1].node == m.nodes[2].id);
  CHECK(m.indicators[2].node == m.nodes[4].id);
  REQUIRE(m.nodes[0].weight);
}

TEST_CASE("reader: a coded row the next code extends is its node (A1 before A1.01), never joined to the row above", "[genres][reader]") {
  const auto doc = document_of({grid({{"Codice", "KPI", "Ponderazione", "Target 2026", "Dirigente"},
                                      {"B1", "Strade", "", "", ""},
                                      {"B1.01", "Buche chiuse", "100%", ">=90%", "Ing. Rossi"},
                                      {"B2", "Scuole", "", "", ""},
                                      {"B2.01", "Aule rinnovate", "100%", ">=12", "Arch. Bianchi"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 2);
  CHECK(m.nodes[1].code == "B2");
  CHECK(m.nodes[1].title == "Scuole");
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].name == "Buche chiuse");
  CHECK(m.indicators[1].node == m.nodes[1].id);
  CHECK(m.indicators[1].owners == std::vector<std::string>{"Arch. Bianchi"});
}

TEST_CASE("reader: Missione / Programma columns and a leading code in the objective cell", "[genres][reader]") {
  const auto doc = document_of({grid({{"Missione", "Programma", "Obiettivo strategico", "Indicatore", "Target 2026"},
                                      {"019 Casa e territorio", "004 Edilizia", "B.2 Ridurre gli sfratti", "Alloggi assegnati", ">= 40"},
                                      {"019 Casa e territorio", "004 Edilizia", "", "Tempi di assegnazione", "<= 90 gg"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "B.2");
  CHECK(m.nodes[0].title == "Ridurre gli sfratti");
  CHECK(m.nodes[0].mission == "019");
  CHECK(m.nodes[0].mission_title == "Casa e territorio");
  CHECK(m.nodes[0].programme == "004");
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[1].notes.empty());  // mission and programme repeated are no notes
}

TEST_CASE("reader: weighted perspective and coded objective rows in a column naming objectives and KPIs", "[genres][reader]") {
  const auto doc = document_of({grid({{"Peso", "Obiettivo strategico / KPI", "Cod.", "Target 2026"},
                                      {"100,00%", "PROSPETTIVA CRESCITA", "", ""},
                                      {"100,00%", "OS07 - Formare i giovani", "", ""},
                                      {"100,00%", "Tirocini attivati", "T.1", ">= 40 N."}})});
  const Model m = read_with(doc, "plan");
  REQUIRE(m.nodes.size() == 2);
  CHECK(m.nodes[0].level == "perspective");
  CHECK(m.nodes[0].title == "CRESCITA");
  CHECK(m.nodes[0].weight->raw == "100,00%");
  CHECK(m.nodes[1].code == "OS07");
  CHECK(m.nodes[1].level == "strategic");
  CHECK(m.nodes[1].parent == m.nodes[0].id);
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].code == "T.1");
  CHECK(m.indicators[0].node == m.nodes[1].id);
}

TEST_CASE("reader: a structure column is the units' when one objective is listed under two structures", "[genres][reader]") {
  const auto doc = document_of({grid({{"Struttura responsabile", "Cod.", "Obiettivo operativo", "Peso ob.", "Indicatore", "Target 2026"},
                                      {"Ufficio Uno", "OP.1", "Pagare presto", "60%", "Giorni di pagamento", "<= 30"},
                                      {"Ufficio Uno", "OP.2", "Aprire i dati", "40%", "Dataset", ">= 5"},
                                      {"Ufficio Due", "OP.1", "Pagare presto", "100%", "Giorni di pagamento", "<= 30"}})});
  const Model m = read_with(doc, "list");
  std::vector<std::string> units, objectives;
  for (const auto& n : m.nodes) (n.level == "unit" ? units : objectives).push_back(n.unit + "|" + n.code + "|" + (n.weight ? n.weight->raw : ""));
  CHECK(units.size() == 2);
  CHECK(objectives == std::vector<std::string>{"Ufficio Uno|OP.1|60%", "Ufficio Uno|OP.2|40%", "Ufficio Due|OP.1|100%"});
  REQUIRE(m.indicators.size() == 3);
  CHECK(m.indicators[0].code.empty());  // the code column coded the objectives
}

TEST_CASE("reader: a units' column cell naming its manager after a label gives the unit its owner, and no indicator takes the unit as owner", "[genres][reader]") {
  const auto doc = document_of({grid({{"Struttura", "Cod.", "Obiettivo", "Peso", "Indicatore", "Valore atteso 2026"},
                                      {"Settore Uno\nDirigente: dott.ssa Anna Neri", "OB_01", "Pagare presto", "60%", "Giorni di pagamento", "<= 30"},
                                      {"Settore Uno\nDirigente: dott.ssa Anna Neri", "OB_02", "Aprire i dati", "40%", "Dataset", ">= 5"},
                                      {"Corpo di Polizia locale\nComandante: dott. Carlo Bini", "OB_01", "Pagare presto", "100%", "Giorni di pagamento", "<= 30"}})});
  const Model m = read_with(doc, "list");
  std::vector<const Node*> units;
  for (const auto& n : m.nodes)
    if (n.level == "unit") units.push_back(&n);
  REQUIRE(units.size() == 2);
  CHECK(units[0]->title == "Settore Uno");
  CHECK(units[0]->owners == std::vector<std::string>{"dott.ssa Anna Neri"});
  CHECK(units[1]->title == "Corpo di Polizia locale");
  CHECK(units[1]->owners == std::vector<std::string>{"dott. Carlo Bini"});
  REQUIRE(m.indicators.size() == 3);
  for (const auto& i : m.indicators) CHECK(i.owners.empty());
  // Its objectives name the unit as their unit, not as an owner.
  for (const auto& n : m.nodes) {
    if (n.level == "unit") continue;
    CHECK(n.owners.empty());
    CHECK(!n.unit.empty());
  }
}

TEST_CASE("reader: a weight right of each level column is that level's, the one right of the indicator the indicator's", "[genres][reader]") {
  const auto doc = document_of({grid({{"Obiettivo strategico", "Peso", "Obiettivo operativo", "Peso", "Indicatore", "Incidenza", "Target 2026"},
                                      {"OS.1 – Servizi", "60%", "OP.1.1 – Pagare presto", "70%", "Giorni di pagamento", "40%", "<= 30"},
                                      {"", "", "", "", "Fatture digitali", "60%", ">= 90%"},
                                      {"", "", "OP.1.2 – Aprire i dati", "30%", "Dataset", "100%", ">= 5"},
                                      {"OS.2 – Bilancio", "40%", "OP.2.1 – Riscuotere", "100%", "Somme riscosse", "100%", ">= 80%"}})});
  const Model m = read_with(doc, "list");
  std::map<std::string, std::string> weight_of;
  for (const auto& n : m.nodes) weight_of[n.code] = n.weight ? n.weight->raw : "";
  CHECK(weight_of["OS.1"] == "60%");
  CHECK(weight_of["OP.1.1"] == "70%");
  CHECK(weight_of["OP.1.2"] == "30%");
  CHECK(weight_of["OS.2"] == "40%");
  REQUIRE(m.indicators.size() == 4);
  CHECK(m.indicators[0].weight->raw == "40%");
  CHECK(m.indicators[1].weight->raw == "60%");
  CHECK(m.indicators[2].weight->raw == "100%");
}

TEST_CASE("reader: a card over its table: a mission and programme breadcrumb, a coded heading and its allocation line", "[genres][reader]") {
  const auto doc = document_of({grid({{"Indicatore", "Tipologia", "Valore atteso 2026"}, {"Tempo medio in rada", "Efficienza", "<= 13 ore"}})},
                               {"Missione 013 – Trasporti \xE2\x80\xBA Programma 004 – Navigazione", "OB_01 – Aumentare l'efficienza del porto",
                                "Stanziamento di competenza 2026: 2.345.610,40 €"});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "OB_01");
  CHECK(m.nodes[0].title == "Aumentare l'efficienza del porto");
  CHECK(m.nodes[0].mission == "013");
  CHECK(m.nodes[0].programme == "004");
  REQUIRE(m.nodes[0].resources.size() == 1);
  CHECK(m.nodes[0].resources[0].raw == "2.345.610,40 €");
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].node == m.nodes[0].id);
}

TEST_CASE("reader: the indicators' description is their name when no column names them, the resources left of it the objective's", "[genres][reader]") {
  const auto doc = document_of({grid({{"Centro di responsabilità", "Descrizione obiettivo", "Risorse finanziarie", "Descrizione indicatore", "Tipologia indicatore", "Target 2020"},
                                      {"Settore Strade", "Rifare le strade", "€ 2.480.000,00", "Pavimentazione rifatta", "Volume", "= 45.000"},
                                      {"", "", "", "Segnalazioni gestite", "Efficacia", "=90%"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].name == "Pavimentazione rifatta");
  CHECK(m.indicators[1].name == "Segnalazioni gestite");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].title == "Rifare le strade");
  REQUIRE(m.nodes[0].resources.size() == 1);
  CHECK(m.nodes[0].resources[0].raw == "€ 2.480.000,00");
}

TEST_CASE("reader: a code of letters the next code extends by a number is a node (A before A1) and its parent", "[genres][reader]") {
  const auto doc = document_of({grid({{"Peso", "Cod.", "Obiettivo / Indicatore", "Target 2024"},
                                      {"peso 30 punti", "A", "SERVIZI AL CITTADINO", ""},
                                      {"12 punti", "A1", "Ridurre i tempi", ""},
                                      {"", "", "Tempo medio di attesa", "<= 10 gg"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() >= 2);
  CHECK(m.nodes[0].code == "A");
  CHECK(m.nodes[0].title == "SERVIZI AL CITTADINO");
  // The weight cell repeats its label: the figure is the weight, raw as printed.
  REQUIRE(m.nodes[0].weight);
  CHECK(m.nodes[0].weight->raw == "peso 30 punti");
  REQUIRE(m.nodes[0].weight->value);
  CHECK(m.nodes[0].weight->value->to_string() == "30");
  CHECK(m.nodes[1].code == "A1");
  CHECK(m.nodes[1].parent == m.nodes[0].id);
  CHECK(m.nodes[0].level == "area");
  CHECK(m.nodes[1].level == "strategic");  // a level below its parent
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].name == "Tempo medio di attesa");
}

TEST_CASE("reader: 'Area strategica 1 – Title' above a table is an area of the tree, not a unit", "[genres][reader]") {
  const auto doc = document_of({grid({{"Indicatore", "Cod.", "Target 2026"}, {"Pratiche chiuse", "K1", ">= 90%"}})},
                               {"Area strategica 3 – Servizi digitali"});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].level == "area");
  CHECK(m.nodes[0].code == "3");
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].node == m.nodes[0].id);
}

TEST_CASE("reader: one code column left of the objective codes the indicators when an objective prints several", "[genres][reader]") {
  const auto doc = document_of({grid({{"Codice", "Obiettivo", "Indicatore", "Target 2026"},
                                      {"R1.a", "1.1 Pagare presto", "Giorni di pagamento", "<= 30"},
                                      {"R1.b", "1.1 Pagare presto", "Fatture in tempo", ">= 95%"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "1.1");
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].code == "R1.a");
  CHECK(m.indicators[1].code == "R1.b");
}

TEST_CASE("reader: 'Target N' and 'anno N+1' are ordinal years, a column headed 'N.' numbers the rows", "[genres][columns]") {
  std::optional<int> ordinal;
  CHECK(label_words("Target N", ordinal) == "target");
  CHECK(ordinal == 1);
  ordinal.reset();
  CHECK(label_words("Target anno N+1", ordinal) == "target");
  CHECK(ordinal == 2);
  ordinal.reset();
  CHECK(label_words("N.", ordinal) == "n");
  CHECK_FALSE(ordinal.has_value());
  const auto doc = document_of({grid({{"N.", "Obiettivo", "Indicatore", "Target 2026"},
                                      {"A.1", "Pagare presto", "Giorni di pagamento", "<= 30"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.indicators.size() == 1);
  REQUIRE(m.indicators[0].targets.size() == 1);
  CHECK(m.indicators[0].targets[0].raw == "<= 30");
}

TEST_CASE("reader: a user's profile recognises its layout and names its own columns", "[genres][profiles]") {
  // "Quota ponderale" is no weight word of the built-ins; the user's profile
  // says it is, and recognises the layout by its form label.
  const auto doc = document_of({grid({{"Codice", "Indicatore", "Quota ponderale", "Target 2026"},
                                      {"Q1", "Pratiche evase nei termini", "60%", ">= 90%"},
                                      {"Q2", "Tempo medio di risposta", "40%", "<= 10 gg"}})},
                               {"SCHEDA OBIETTIVO - Ufficio qualità"});
  GenreOptions options;
  options.profiles.push_back(parse_profile(R"({"profile": "schede", "kind": "plan",
      "description": "Schede obiettivo: a form label above an indicator table.",
      "columns": {"weight": ["quota ponderale"]},
      "evidence": [{"text": ["scheda obiettivo"], "points": 0.9, "why": "form label SCHEDA OBIETTIVO", "required": true}]})",
                                           "schede.json"));
  Model with;
  import_document(doc, "d1", options, with);
  CHECK(with.documents[0].kind == "plan");
  REQUIRE(indicator_named(with, "Q1"));
  REQUIRE(indicator_named(with, "Q1")->weight);
  CHECK(indicator_named(with, "Q1")->weight->raw == "60%");
  const auto detected = std::find_if(with.diagnostics.begin(), with.diagnostics.end(),
                                     [](const Diagnostic& d) { return d.code == "genre.detected"; });
  REQUIRE(detected != with.diagnostics.end());
  CHECK(detected->message.find("schede 0.90 (form label SCHEDA OBIETTIVO)") != std::string::npos);

  Model without;
  import_document(doc, "d1", {}, without);
  const Indicator* q1 = indicator_named(without, "Q1");
  CHECK((q1 == nullptr || !q1->weight));
}

TEST_CASE("reader: a Livello column names each row's level, year groups give result, target and % per year", "[genres][reader]") {
  // Past years alone (2022, a.a. 2023/2024) before the first named year are baselines.
  const auto doc = document_of({grid({{"Livello", "Codice", "Descrizione", "2022", "a.a. 2023/2024", "2024", "<<", "<<", "2025", "<<", "<<", "Fonte"},
                                      {"", "", "", "", "", "Risultato", "Target", "%", "Risultato", "Target", "%", ""},
                                      {"Area", "B", "Assistenza", "", "", "", "", "", "", "", "", ""},
                                      {"Obiettivo strategico", "B1", "Domiciliarità", "", "", "", "", "", "", "", "", ""},
                                      {"Outcome", "B1.1", "Più anziani a casa", "", "", "", "", "", "", "", "", ""},
                                      {"Indicatore", "B1.1.1", "Ultra65enni assistiti", "6,1%", "6,8%", "7,4%", "7,0%", "100%", "7,9%", "8,0%", "98,8%", "SIAD"},
                                      {"Obiettivo strategico", "B2", "Cure primarie", "", "", "", "", "", "", "", "", ""},
                                      {"Indicatore", "B2.a", "Accessi evitabili", "10", "9", "8", "8", "100%", "7", "7", "100%", ""}})});
  const Model m = read_with(doc, "tree");
  REQUIRE(m.nodes.size() == 4);
  CHECK(m.nodes[0].level == "area");
  CHECK(m.nodes[1].level == "strategic");
  CHECK(m.nodes[1].parent == m.nodes[0].id);
  CHECK(m.nodes[2].level == "operational");
  CHECK(m.nodes[2].parent == m.nodes[1].id);
  // B2 closes the outcome under B1 and nests under the area again.
  CHECK(m.nodes[3].code == "B2");
  CHECK(m.nodes[3].parent == m.nodes[0].id);
  const Indicator* b111 = indicator_named(m, "B1.1.1");
  REQUIRE(b111);
  CHECK(b111->node == m.nodes[2].id);
  CHECK(b111->name == "Ultra65enni assistiti");
  REQUIRE(b111->baselines.size() == 2);
  CHECK(b111->baselines[0].year == 2022);
  CHECK(b111->baselines[1].year == 2023);
  REQUIRE(b111->results.size() == 2);
  CHECK(b111->results[1].year == 2025);
  CHECK(b111->results[1].raw == "7,9%");
  REQUIRE(b111->targets.size() == 2);
  CHECK(b111->targets[0].raw == "7,0%");
  REQUIRE(b111->achievement.size() == 2);
  CHECK(b111->achievement[0].year == 2024);
  CHECK(b111->achievement[1].year == 2025);
  CHECK(b111->achievement[1].number.raw == "98,8%");
  CHECK(m.documents[0].years == std::vector<int>{2024, 2025});
  const Indicator* b2a = indicator_named(m, "B2.a");
  REQUIRE(b2a);
  CHECK(b2a->node == m.nodes[3].id);
  // The level word is the row's kind, not a note.
  for (const auto& note : b111->notes) CHECK(note.find("Livello") == std::string::npos);
}

TEST_CASE("reader: a Livello column is recognised as a tree layout", "[genres][profiles]") {
  const auto doc = document_of({grid({{"Livello", "Codice", "Descrizione", "Target 2025"},
                                      {"Area", "A", "Prevenzione", ""},
                                      {"Obiettivo strategico", "A1", "Vaccinazioni", ""},
                                      {"Indicatore", "A1.1", "Copertura", ">= 95%"},
                                      {"Indicatore", "A1.2", "Solleciti", ">= 90%"}})});
  const auto scores = score_genres(doc, {});
  REQUIRE(!scores.empty());
  CHECK(scores.front().genre == "tree");
}

TEST_CASE("reader: a tree coded in its own column without a level column, year groups of result, target and %", "[genres][reader]") {
  const auto doc = document_of({grid({{"Codice", "Descrizione", "a.a. 2022/2023", "2024", "<<", "<<", "2025", "<<", "<<", "Fonte"},
                                      {"", "", "", "Risultato", "Target", "%", "Risultato", "Target", "%", ""},
                                      {"D", "Didattica", "", "", "", "", "", "", "", ""},
                                      {"D.1", "Attrattività", "", "", "", "", "", "", "", ""},
                                      {"D.1.1", "Più immatricolati", "", "", "", "", "", "", "", ""},
                                      {"D.1.1.a", "Immatricolati da fuori regione", "18,2%", "19,5%", "20,0%", "97,5%", "21,0%", "21,0%", "100%", "ANS"},
                                      {"D.1.1.b", "Studenti stranieri", "112", "130", "125", "100%", "140", "150", "93,3%", "ANS"},
                                      {"R", "Ricerca", "", "", "", "", "", "", "", ""},
                                      {"R.1", "Qualità", "", "", "", "", "", "", "", ""},
                                      {"R.1.1", "Più pubblicazioni", "", "", "", "", "", "", "", ""},
                                      {"R.1.1.a", "Prodotti in fascia A", "41%", "45%", "44%", "100%", "46%", "47%", "97,9%", "IRIS"}})},
                               {"Università degli Studi di Esempio – Piano integrato 2024-2025"});
  const auto scores = score_genres(doc, {});
  REQUIRE(!scores.empty());
  INFO(scores.front().genre << " " << scores.front().why);
  const Model m = read_with(doc, scores.front().genre);
  REQUIRE(m.nodes.size() == 6);
  const Node* d11 = node_coded(m, "D.1.1");
  REQUIRE(d11);
  CHECK(d11->parent == node_coded(m, "D.1")->id);
  CHECK(node_coded(m, "D.1")->parent == node_coded(m, "D")->id);
  const Indicator* a = indicator_named(m, "D.1.1.a");
  REQUIRE(a);
  CHECK(a->node == d11->id);
  REQUIRE(a->baselines.size() == 1);
  CHECK(a->baselines[0].year == 2022);
  REQUIRE(a->achievement.size() == 2);
  CHECK(a->achievement[0].number.raw == "97,5%");
  REQUIRE(a->targets.size() == 2);
  CHECK(a->targets[1].year == 2025);
}

TEST_CASE("reader: a Punteggio column grades the target, one band per row below the indicator", "[genres][reader][bands]") {
  const auto doc = document_of({grid({{"Ob.", "Ind.", "Obiettivo / Indicatore", "Peso", "Target 2026", "Punteggio"},
                                      {"1", "Governo dei tempi di attesa", "<<", "40", "", ""},
                                      {"", "1.1", "Attesa media per prima visita", "50", "28 gg", "100%"},
                                      {"", "", "", "", "30gg", "75%"},
                                      {"", "", "", "", "32 gg", "0%"},
                                      {"", "1.2", "Prestazioni entro 10 giorni", "50", "\u2265 90%", "100%"},
                                      {"", "", "", "", "< 90%", "0%"}})});
  const Model m = read_with(doc, "list");
  const Node* one = node_coded(m, "1");
  REQUIRE(one);
  CHECK(one->title == "Governo dei tempi di attesa");
  REQUIRE(one->weight);
  CHECK(one->weight->raw == "40");
  const Indicator* i11 = indicator_named(m, "1.1");
  REQUIRE(i11);
  CHECK(i11->node == one->id);
  REQUIRE(i11->targets.size() == 1);
  CHECK(i11->targets[0].raw == "28 gg 100% 30gg 75% 32 gg 0%");
  CHECK(i11->targets[0].value == "28");
  CHECK(i11->targets[0].year == 2026);
  const Indicator* i12 = indicator_named(m, "1.2");
  REQUIRE(i12);
  CHECK(i12->targets[0].raw == "\u2265 90% 100% < 90% 0%");
  CHECK(m.indicators.size() == 2);
}

TEST_CASE("reader: 'Obiettivo A – Title' above a table opens objective A, 'Obiettivo' stays listed as a label", "[genres][reader]") {
  const auto doc = document_of({grid({{"Cod.", "Indicatore", "Peso", "Target 2026"},
                                      {"A1", "Corsi erogati nei tempi", "60%", ">= 95%"},
                                      {"A2", "Tempo medio di rilascio", "40%", "<= 21 gg"}})},
                               {"Istituto Regionale di Esempio \u2013 Piano della performance 2026",
                                "Obiettivo A \u2013 Qualit\u00e0 dell'offerta formativa"});
  const Model m = read_with(doc, "list");
  const Node* a = node_coded(m, "A");
  REQUIRE(a);
  CHECK(a->title == "Qualit\u00e0 dell'offerta formativa");
  REQUIRE(indicator_named(m, "A1"));
  CHECK(indicator_named(m, "A1")->node == a->id);
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(),
                    [](const Unassigned& u) { return u.text == "Obiettivo" && u.role == "label"; }));
}

TEST_CASE("reader: one cell per year in words, a change from the baseline computed, a numbering column codes the rows", "[genres][reader][prose]") {
  const auto doc = document_of({grid({{"N.", "Obiettivo operativo", "Indicatore", "Baseline", "Risultato atteso"},
                                      {"17.", "Ridurre i rifiuti", "Kg per abitante", "182 kg (2025)",
                                       "Riduzione del: 2% nel 2026, 4% nel 2027, 6% nel 2028 rispetto al valore 2025"},
                                      {"18.", "Più imprese giovani", "Nuove imprese", "412 (2024)",
                                       "Target 2026 - Aumento del 10% rispetto alla baseline. Target 2027 - Aumento del 20% rispetto alla baseline."}})});
  const Model m = read_with(doc, "list");
  const Node* n17 = node_coded(m, "17");
  REQUIRE(n17);
  const Indicator* kg = indicator_named(m, "Kg per abitante");
  REQUIRE(kg);
  CHECK(kg->node == n17->id);
  REQUIRE(kg->baselines.size() == 1);
  CHECK(kg->baselines[0].year == 2025);
  CHECK(kg->baselines[0].raw == "182 kg");
  REQUIRE(kg->targets.size() == 3);
  CHECK(kg->targets[0].year == 2026);
  CHECK(kg->targets[0].raw == "2%");
  // 182 x 0,98: at most 178,36 kg.
  CHECK(kg->targets[0].op == Op::le);
  CHECK(kg->targets[0].value == "178.36");
  CHECK(kg->targets[2].value == "171.08");
  const Indicator* firms = indicator_named(m, "Nuove imprese");
  REQUIRE(firms);
  REQUIRE(firms->targets.size() == 2);
  CHECK(firms->targets[1].year == 2027);
  CHECK(firms->targets[1].raw == "Aumento del 20% rispetto alla baseline");
  CHECK(firms->targets[1].op == Op::ge);
  CHECK(firms->targets[1].value == "494.4");
  CHECK(m.documents[0].years == std::vector<int>{2026, 2027, 2028});
  // The words no value holds stay listed: "Target 2026 -", "(2024)".
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text == "(2024)"; }));
}

TEST_CASE("year phrases: what one cell says per year", "[genres][prose]") {
  auto p = split_by_year("Anno 2025: >= 90% Anno 2026: >= 95%");
  REQUIRE(p.values.size() == 2);
  CHECK(p.values[1].year == 2026);
  CHECK(p.values[1].raw == ">= 95%");
  p = split_by_year("412 imprese (2024)");
  REQUIRE(p.values.size() == 1);
  CHECK(p.values[0].year == 2024);
  CHECK(p.values[0].raw == "412 imprese");
  CHECK(p.rest == "(2024)");
  p = split_by_year("Riduzione del: 2% nel 2026, 4% nel 2027");
  REQUIRE(p.values.size() == 2);
  CHECK(p.lead == "Riduzione del");
  CHECK(p.values[0].raw == "2%");
  // One year led by a word opens its value, a dash after it no span.
  p = split_by_year("Target 2019 - Aumento del 10% rispetto alla baseline.");
  REQUIRE(p.values.size() == 1);
  CHECK(p.values[0].year == 2019);
  CHECK(p.values[0].raw == "Aumento del 10% rispetto alla baseline");
  // Each value before its bracketed year, the last after "e".
  p = split_by_year("almeno 1.300 interventi (2026), almeno 1.400 (2027) e almeno 1.500 (2028)");
  REQUIRE(p.values.size() == 3);
  CHECK(p.values[0].raw == "almeno 1.300 interventi");
  CHECK(p.values[2].year == 2028);
  CHECK(p.values[2].raw == "almeno 1.500");
  // One value, a range of years, a date: no split.
  for (const char* one : {">= 90%", "2024-2026", "31/12/2026", "entro il 30.09.2026", "Aumento del 10% rispetto al 2024"}) {
    INFO(one);
    p = split_by_year(one);
    REQUIRE(p.values.size() == 1);
    CHECK(!p.values[0].year);
    CHECK(p.values[0].raw == one);
  }
}

TEST_CASE("reader: a band coded by a letter, tree rows whose title spans the value columns", "[genres][reader]") {
  const auto doc = document_of({grid({{"Codice", "Obiettivo / Risultato atteso / Indicatore", "2024", "<<", "<<"},
                                      {"", "", "Risultato", "Target", "%"},
                                      {"R \u2013 RICERCA", "<<", "<<", "<<", "<<"},
                                      {"R.A", "Accrescere la qualit\u00e0", "<<", "<<", "<<"},
                                      {"R.A.1", "Pi\u00f9 pubblicazioni", "<<", "<<", "<<"},
                                      {"R.A.1.1a", "Prodotti in fascia A", "1,58", ">= 1,55", "100%"}})});
  const Model m = read_with(doc, "list");
  const Node* r = node_coded(m, "R");
  REQUIRE(r);
  CHECK(r->title == "RICERCA");
  CHECK(r->level == "area");
  const Node* ra1 = node_coded(m, "R.A.1");
  REQUIRE(ra1);
  CHECK(ra1->parent == node_coded(m, "R.A")->id);
  CHECK(node_coded(m, "R.A")->parent == r->id);
  const Indicator* i = indicator_named(m, "R.A.1.1a");
  REQUIRE(i);
  CHECK(i->node == ra1->id);
  REQUIRE(i->achievement.size() == 1);
}

TEST_CASE("reader: a numbered unit over objectives it codes is an area, points merged over an objective's rows weigh it", "[genres][reader][points]") {
  const auto doc = document_of({grid({{"N.", "Obiettivo", "Indicatore", "Valore atteso 2025", "Punti"},
                                      {"SETTORE 1 \u2013 AFFARI GENERALI", "<<", "<<", "<<", "40 punti"},
                                      {"1.1", "Digitalizzare il protocollo", "Documenti digitali", "> 95%", "15 punti"},
                                      {"", "", "Conservazione a norma", "SI", ""},
                                      {"1.2", "Programmare i fabbisogni", "Sezione approvata", "31.12.2025", "25 punti"},
                                      {"TOTALE", "<<", "<<", "<<", "40 punti"}})});
  const Model m = read_with(doc, "list");
  const Node* one = node_coded(m, "1");
  REQUIRE(one);
  CHECK(one->title == "AFFARI GENERALI");
  REQUIRE(one->weight);
  CHECK(one->weight->raw == "40 punti");
  const Node* o11 = node_coded(m, "1.1");
  REQUIRE(o11);
  CHECK(o11->parent == one->id);
  REQUIRE(o11->weight);
  CHECK(o11->weight->raw == "15 punti");
  for (const auto& i : m.indicators) CHECK(!i.weight);
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text == "SETTORE" && u.role == "label"; }));
}

TEST_CASE("reader: an undated value reached beside a filled achievement is the first year's result", "[genres][reader]") {
  const auto plan_of = [](const std::string& grade) {
    return document_of({grid({{"PESO", "INDICATORE", "VALORE RAGGIUNTO", "VALORE TARGET 1\u00b0ANNO", "GRADO DI REALIZZAZIONE"},
                              {"60", "Dighe ispezionate", "96%", ">= 95%", grade},
                              {"40", "Verbali emessi", "24 gg", "<= 25 gg", grade}})},
                       {"Schede obiettivo 2025-2027"});
  };
  const Model report = read_with(plan_of("100%"), "form");
  const Indicator* dams = indicator_named(report, "Dighe ispezionate");
  REQUIRE(dams);
  CHECK(dams->baselines.empty());
  REQUIRE(dams->results.size() == 1);
  CHECK(dams->results[0].year == 2025);
  // In a plan (nothing achieved yet) it is the value before the plan.
  const Model plan = read_with(plan_of(""), "form");
  const Indicator* planned = indicator_named(plan, "Dighe ispezionate");
  REQUIRE(planned);
  REQUIRE(planned->baselines.size() == 1);
  CHECK(planned->baselines[0].year == 2024);
}

TEST_CASE("reader: a section's maximum in its heading and an objective's weight in brackets in its title", "[genres][reader][points]") {
  const auto doc = document_of({grid({{"N.", "Obiettivo", "Indicatore", "Risultato atteso 2026"},
                                      {"A \u2013 OBIETTIVI INDIVIDUALI \u2013 max 40 punti", "<<", "<<", "<<"},
                                      {"A.1", "Ridurre i tempi di refertazione (peso 25 punti)", "Giorni medi", "<= 21 gg"},
                                      {"A.2", "Formare i tecnici (1 PUNTO)", "Tecnici formati", ">= 80%"},
                                      {"A.3", "Raccolta differenziata (65%)", "Quota raccolta", ">= 65%"},
                                      {"B \u2013 OBIETTIVI DI STRUTTURA (max 60 punti)", "<<", "<<", "<<"},
                                      {"B.1", "Pubblicare il rapporto (peso 60 punti)", "Rapporto pubblicato", "entro il 30.09.2026"}})});
  const Model m = read_with(doc, "list");
  const Node* a = node_coded(m, "A");
  REQUIRE(a);
  CHECK(a->title == "OBIETTIVI INDIVIDUALI");
  REQUIRE(a->weight);
  CHECK(a->weight->raw == "40 punti");
  const Node* b = node_coded(m, "B");
  REQUIRE(b);
  CHECK(b->parent.empty());  // an area never nests under the objective before it
  REQUIRE(b->weight);
  CHECK(b->weight->raw == "60 punti");
  const Node* a1 = node_coded(m, "A.1");
  REQUIRE(a1);
  CHECK(a1->title == "Ridurre i tempi di refertazione");
  REQUIRE(a1->weight);
  CHECK(a1->weight->raw == "25 punti");
  CHECK(a1->parent == a->id);
  const Node* a2 = node_coded(m, "A.2");
  REQUIRE(a2);
  REQUIRE(a2->weight);
  CHECK(a2->weight->raw == "1 PUNTO");
  // The words around the weight and the maximum stay listed as labels.
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text == "(peso )" && u.role == "label"; }));
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text == "(max )" && u.role == "label"; }));
  // A bare percentage in brackets is the objective's own figure, no weight.
  const Node* a3 = node_coded(m, "A.3");
  REQUIRE(a3);
  CHECK(a3->title == "Raccolta differenziata (65%)");
  CHECK(!a3->weight);
}

TEST_CASE("reader: a header dated by a day ('Baseline al 31.12.2023') is a header, the day's year its year", "[genres][columns]") {
  const auto doc = document_of({grid({{"Cod.", "Obiettivo", "Indicatore", "Baseline al 31.12.2023", "Target 2024"},
                                      {"OB.1", "Diffondere l'identit\u00e0 digitale", "Accessi annui", "1.020", ">= 1.200"}})});
  const Model m = read_with(doc, "list");
  const Indicator* i = indicator_named(m, "Accessi annui");
  REQUIRE(i);
  REQUIRE(i->baselines.size() == 1);
  CHECK(i->baselines[0].year == 2023);
  CHECK(i->baselines[0].raw == "1.020");
  REQUIRE(i->targets.size() == 1);
  CHECK(i->targets[0].year == 2024);
}

TEST_CASE("reader: a Fascia column of bands, one per row, and an objective coded OB.1 over indicators 1.1", "[genres][reader][bands]") {
  const auto doc = document_of({grid({{"Codice", "Indicatore", "Peso", "Fascia", "Punteggio", "Risultato 2024", "Punteggio conseguito"},
                                      {"OB.1", "Tempestivit\u00e0 dei percorsi", "<<", "<<", "<<", "<<", "<<"},
                                      {"1.1", "Attesa media", "50%", "28 gg", "100%", "29 gg", "75%"},
                                      {"", "", "", "30gg", "75%", "", ""},
                                      {"", "", "", "32 gg", "0%", "", ""}})});
  const Model m = read_with(doc, "list");
  const Node* ob1 = node_coded(m, "OB.1");
  REQUIRE(ob1);
  const Indicator* i = indicator_named(m, "1.1");
  REQUIRE(i);
  CHECK(i->node == ob1->id);
  REQUIRE(i->targets.size() == 1);
  CHECK(i->targets[0].raw == "28 gg 100% 30gg 75% 32 gg 0%");
  CHECK(i->targets[0].year == 2024);
  REQUIRE(i->achievement.size() == 1);
  CHECK(i->achievement[0].number.raw == "75%");
  CHECK(m.indicators.size() == 1);
}

TEST_CASE("reader: an assignment matrix gives one node per objective and manager, weighed per manager", "[genres][reader][matrix]") {
  const auto doc = document_of({grid({{"Cod.", "Obiettivo", "Peso", "Dirigente Area Tecnica", "Responsabile Utenza"},
                                      {"OB.1", "Ridurre la morosit\u00e0", "Peso ponderale calcolato", "-", "30"},
                                      {"", "", "Peso ponderale effettivo", "-", "60,00%"},
                                      {"OB.2", "Ripristinare gli alloggi", "Peso ponderale calcolato", "25", "20"},
                                      {"", "", "Peso ponderale effettivo", "100,00%", "40,00%"},
                                      {"Totale peso calcolato", "", "", "25", "50"}}),
                                grid({{"Cod.", "Indicatore", "Target 2025"},
                                      {"OB.1", "Morosit\u00e0 sul monte canoni", "<= 8,5%"},
                                      {"OB.2", "Alloggi ripristinati", ">= 60"}}, "t2", 400)});
  const Model m = read_with(doc, "list");
  std::vector<const Node*> utenza;
  for (const auto& n : m.nodes)
    if (n.unit == "Responsabile Utenza") utenza.push_back(&n);
  REQUIRE(utenza.size() == 2);
  CHECK(utenza[0]->code == "OB.1");
  REQUIRE(utenza[0]->weight);
  CHECK(utenza[0]->weight->raw == "60,00%");
  CHECK(utenza[0]->parent.empty());
  REQUIRE(!utenza[0]->notes.empty());
  CHECK(utenza[0]->notes[0] == "Peso ponderale calcolato: 30");
  // No node where the manager has no share ("-").
  CHECK(std::count_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.unit == "Dirigente Area Tecnica"; }) == 1);
  // The indicator table names objectives by their code.
  const Indicator* arrears = indicator_named(m, "Morosit\u00e0 sul monte canoni");
  REQUIRE(arrears);
  CHECK(arrears->code.empty());
  const auto objective = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "OB.1" && n.unit.empty(); });
  REQUIRE(objective != m.nodes.end());
  CHECK(arrears->node == objective->id);
}

TEST_CASE("reader: level columns opened by codes of letters ('OS 1 – Title', '1a) Title') nest by their columns", "[genres][reader]") {
  const auto doc = document_of({grid({{"Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Valore 2023", "Target 2024"},
                                      {"OS 1 \u2013 Prevenzione degli infortuni", "1a) Potenziare le ispezioni", "Aziende ispezionate", "2.310", ">= 2.400"},
                                      {"", "1b) Incentivare l'ammodernamento", "Trattori finanziati", "640", ">= 700"},
                                      {"OS 2 \u2013 Tempestivit\u00e0 delle prestazioni", "2a) Ridurre i tempi", "Tempo medio", "38 gg", "<= 35 gg"}})});
  const Model m = read_with(doc, "list");
  const Node* os1 = node_coded(m, "OS 1");
  REQUIRE(os1);
  CHECK(os1->title == "Prevenzione degli infortuni");
  CHECK(os1->level == "strategic");
  const Node* b = node_coded(m, "1b");
  REQUIRE(b);
  CHECK(b->parent == os1->id);
  CHECK(b->level == "operational");
  const Node* a2 = node_coded(m, "2a");
  REQUIRE(a2);
  CHECK(a2->parent == node_coded(m, "OS 2")->id);
  REQUIRE(indicator_named(m, "Trattori finanziati"));
  CHECK(indicator_named(m, "Trattori finanziati")->node == b->id);
}

TEST_CASE("reader: objectives coded OB.1.1 under an area coded 1 nest under it", "[genres][reader]") {
  const auto doc = document_of({grid({{"Codice", "Descrizione", "Percentuale di realizzazione"},
                                      {"1.", "AMMINISTRAZIONE EFFICIENTE", "96,0%"},
                                      {"OB.1.1", "Pagare i fornitori in tempo", "97,5%"},
                                      {"OB.1.2", "Adottare il nuovo sistema contabile", "94,5%"},
                                      {"2.", "SERVIZI AL CITTADINO", "100,0%"},
                                      {"OB.2.1", "Aprire gli sportelli il sabato", "100,0%"}})},
                               {"Comune di Esempio \u2013 Relazione sulla performance 2024"});
  const Model m = read_with(doc, "report");
  const Node* one = node_coded(m, "1");
  REQUIRE(one);
  const Node* ob11 = node_coded(m, "OB.1.1");
  REQUIRE(ob11);
  CHECK(ob11->parent == one->id);
  CHECK(node_coded(m, "OB.2.1")->parent == node_coded(m, "2")->id);
}

TEST_CASE("reader: a form of sections in one table, each with its header: titles above the first header open sections, a header leaving a column empty reads objectives with points", "[genres][reader][points]") {
  const auto doc = document_of({grid({{"Sezione A \u2013 OBIETTIVI DI ENTE (max 10 punti)", "<<", "<<", "<<"},
                                      {"N.", "Obiettivo", "Indicatore", "Target 2025"},
                                      {"A.1", "Pagare le fatture (peso 5 punti)", "Tempo medio di pagamento", "<= 30 gg"},
                                      {"A.2", "Prevenire la corruzione (peso 5 punti)", "Misure attuate", "= 100%"},
                                      {"Sezione C \u2013 COMPORTAMENTI (max 90 punti)", "<<", "<<", "<<"},
                                      {"N.", "Comportamento atteso", "", "Punti"},
                                      {"C.1", "Programmazione delle attivit\u00e0", "", "50 punti"},
                                      {"C.2", "Sviluppo dei collaboratori", "", "40 punti"}})});
  const Model m = read_with(doc, "list");
  // The title above the table's first header is read, not left aside.
  const Node* a = node_coded(m, "A");
  REQUIRE(a);
  REQUIRE(a->weight);
  CHECK(a->weight->raw == "10 punti");
  // The N. column codes the rows of each section (the next header ends the first).
  const Node* a1 = node_coded(m, "A.1");
  REQUIRE(a1);
  CHECK(a1->parent == a->id);
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].node == a1->id);
  // Behaviours: objectives weighed in points, no indicators under them.
  const Node* c = node_coded(m, "C");
  const Node* c1 = node_coded(m, "C.1");
  REQUIRE(c);
  REQUIRE(c1);
  CHECK(c1->parent == c->id);
  REQUIRE(c1->weight);
  CHECK(c1->weight->raw == "50 punti");
  CHECK(c1->title == "Programmazione delle attivit\u00e0");
}

TEST_CASE("reader: 'Obiettivo 1 — Title — peso 30 punti' over each objective's table gives the objective its weight and its indicators", "[genres][reader][points]") {
  const auto doc = document_of({grid({{"Obiettivo 1 \u2014 Qualit\u00e0 dell'assistenza \u2014 peso 30 punti", "<<", "<<"},
                                      {"Indicatore", "Valore obiettivo 2025", "Punti"},
                                      {"Ospiti con piano aggiornato", "=100%", "20 punti"},
                                      {"Familiari soddisfatti", ">= 85%", "10 punti"}},
                                     "t1", 100),
                                grid({{"Obiettivo 2 \u2014 Sostenibilit\u00e0 della gestione \u2014 peso 70 punti", "<<", "<<"},
                                      {"Indicatore", "Valore obiettivo 2025", "Punti"},
                                      {"Posti letto occupati", ">= 97%", "69 punti"},
                                      {"Regolamento adottato", "entro il 31.03.2025", "1 PUNTO"}},
                                     "t2", 300)},
                               {"Un paragrafo che introduce le schede degli obiettivi."});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 2);
  const Node* first = node_coded(m, "1");
  const Node* second = node_coded(m, "2");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(first->title == "Qualit\u00e0 dell'assistenza");
  REQUIRE(first->weight);
  CHECK(first->weight->raw == "30 punti");
  REQUIRE(second->weight);
  CHECK(second->weight->raw == "70 punti");
  const Indicator* rule = indicator_named(m, "Regolamento adottato");
  REQUIRE(rule);
  CHECK(rule->node == second->id);
  REQUIRE(rule->weight);
  CHECK(rule->weight->raw == "1 PUNTO");
}

TEST_CASE("reader: a matrix whose two-row header names the managers over or under their weights, a flattened merge named once", "[genres][reader][matrix]") {
  // Managers over "calcolato | effettivo", each name printed once (a
  // sheet flattened to CSV leaves the merged cell's second field empty).
  const auto flat = document_of({grid({{"Cod.", "Obiettivo", "Indicatore", "Target 2025", "Direttore Generale", "", "Dirigente Area Tecnica", ""},
                                       {"", "", "", "", "Peso ponderale calcolato", "Peso ponderale effettivo", "Peso ponderale calcolato", "Peso ponderale effettivo"},
                                       {"CB.1", "Rifare le chiaviche", "Chiaviche rifatte", ">= 12", "2", "40,00%", "-", "-"},
                                       {"CB.2", "Emettere gli avvisi", "Avvisi emessi", "=100%", "3", "60,00%", "5", "100,00%"},
                                       {"", "Totale", "", "", "5", "100,00%", "5", "100,00%"}})});
  const Model m = read_with(flat, "list");
  std::vector<const Node*> technical;
  for (const auto& n : m.nodes)
    if (n.unit == "Dirigente Area Tecnica") technical.push_back(&n);
  REQUIRE(technical.size() == 1);
  CHECK(technical[0]->code == "CB.2");
  REQUIRE(technical[0]->weight);
  CHECK(technical[0]->weight->raw == "100,00%");
  CHECK(technical[0]->notes == std::vector<std::string>{"Peso ponderale calcolato: 5"});
  // The total row is no continuation of the last objective's cells.
  const Node* general_cb2 = nullptr;
  for (const auto& n : m.nodes)
    if (n.unit == "Direttore Generale" && n.code == "CB.2") general_cb2 = &n;
  REQUIRE(general_cb2);
  REQUIRE(general_cb2->weight);
  CHECK(general_cb2->weight->raw == "60,00%");
  for (const auto& i : m.indicators) CHECK(i.notes.empty());

  // A band of effective weights over the units, the calculated weight once
  // per objective beside it.
  const auto banded = document_of({grid({{"Cod.", "Obiettivo", "Indicatore", "Peso ponderale calcolato", "Peso ponderale effettivo per settore", "<<"},
                                         {"", "", "", "", "Settore 1 \u2013 Affari generali", "Settore 2 \u2013 Finanze"},
                                         {"OB.01", "Digitalizzare lo sportello", "Pratiche online", "5,7", "60,00%", ""},
                                         {"OB.02", "Recuperare i tributi", "Accertamenti emessi", "3,8", "40,00%", "100,00%"}})});
  const Model b = read_with(banded, "list");
  std::vector<const Node*> finance;
  for (const auto& n : b.nodes)
    if (n.unit == "Settore 2 \u2013 Finanze") finance.push_back(&n);
  REQUIRE(finance.size() == 1);
  CHECK(finance[0]->code == "OB.02");
  REQUIRE(finance[0]->weight);
  CHECK(finance[0]->weight->raw == "100,00%");
  // The calculated weight weighs no indicator.
  for (const auto& i : b.indicators) CHECK(!i.weight);
}

TEST_CASE("reader: 'AMBITO 1 – Title' in an 'Ambito / Obiettivo' column is an area with its points, the coded rows under it objectives", "[genres][reader][points]") {
  const auto doc = document_of({grid({{"Ambito / Obiettivo", "Indicatore", "Risultato atteso 2025", "Punteggio massimo"},
                                      {"AMBITO 1 \u2013 PERFORMANCE DELL'ENTE", "", "", "5,7 punti"},
                                      {"1.1 Approvare il piano", "Piano approvato", "entro il 31.01.2025", "4,7 punti"},
                                      {"1.2 Pagare le fatture", "Tempo di pagamento", "<= 0 giorni", "1 PUNTO"},
                                      {"AMBITO 2 \u2013 COMPORTAMENTI", "", "", "4,3 punti"},
                                      {"2.1 Coordinare i collaboratori", "Valutazione del Presidente", "\u2265 Buono", "4,3 punti"}})});
  const Model m = read_with(doc, "list");
  const Node* first = node_coded(m, "1");
  REQUIRE(first);
  CHECK(first->level == "area");
  CHECK(first->title == "PERFORMANCE DELL'ENTE");
  REQUIRE(first->weight);
  CHECK(first->weight->raw == "5,7 punti");
  const Node* approve = node_coded(m, "1.1");
  REQUIRE(approve);
  CHECK(approve->parent == first->id);
  CHECK(approve->level != "area");
  const Node* second = node_coded(m, "2");
  REQUIRE(second);
  CHECK(second->parent.empty());
}

TEST_CASE("reader: a ladder across the row (Fascia 1 | Punteggio | Fascia 2 | Punteggio) is one graded target, a sentence row is no indicator", "[genres][reader][bands]") {
  const auto doc = document_of({grid({{"Cod.", "Obiettivo / Indicatore", "Peso %", "Fasce di valutazione 2025", "<<", "<<", "<<", "<<", "<<"},
                                      {"", "", "", "Fascia 1", "Punteggio", "Fascia 2", "Punteggio", "Fascia 3", "Punteggio"},
                                      {"OB.A", "Ridurre i tempi", "100%", "", "", "", "", "", ""},
                                      {"A.1", "Giorni medi di rilascio", "60%", "28 gg", "100%", "30gg", "75%", "32 gg", "0%"},
                                      {"A.2", "Pratiche arretrate", "40%", "<= 5%", "100%", "> 5%", "0%", "", ""},
                                      {"Il punteggio dell'indicatore \u00e8 quello della fascia in cui ricade il risultato misurato a fine anno.",
                                       "<<", "<<", "<<", "<<", "<<", "<<", "<<", "<<"}})});
  const Model m = read_with(doc, "list");
  const Indicator* days = indicator_named(m, "Giorni medi di rilascio");
  REQUIRE(days);
  REQUIRE(days->targets.size() == 1);
  CHECK(days->targets[0].year == 2025);
  CHECK(days->targets[0].raw == "28 gg 100% 30gg 75% 32 gg 0%");
  const Indicator* backlog = indicator_named(m, "Pratiche arretrate");
  REQUIRE(backlog);
  REQUIRE(backlog->targets.size() == 1);
  CHECK(backlog->targets[0].raw == "<= 5% 100% > 5% 0%");
  CHECK(m.indicators.size() == 2);
}

TEST_CASE("reader: a year printed once in each repeated group dates the group, a hyphenated header word is one word, Liv. abbreviations name levels", "[genres][reader]") {
  const auto doc = document_of({grid({{"Liv.", "Codice", "Descrizione", "a.a. 2020/2021", "Valore obiettivo", "2021\nRisultato", "%\nraggiun\u2010\ngimento",
                                       "Valore obiettivo", "2022\nRisultato", "%\nraggiun\u2010\ngimento"},
                                      {"A", "1", "FORMAZIONE", "", "", "", "", "", "", ""},
                                      {"OS", "1.1", "Qualificare l'offerta", "", "", "", "", "", "", ""},
                                      {"OUT", "1.1.1", "Attrarre dottorandi", "", "", "", "", "", "", ""},
                                      {"IND", "1.1.1.1", "Dottorandi da altri atenei", "32,4%", ">= 33%", "34,0%", "100%", ">= 35%", "dato in aggiornamento", "\u2013"}})});
  const Model m = read_with(doc, "list");
  const Node* outcome = node_coded(m, "1.1.1");
  REQUIRE(outcome);
  CHECK(outcome->level == "operational");
  CHECK(node_coded(m, "1")->level == "area");
  REQUIRE(m.indicators.size() == 1);
  const Indicator& ind = m.indicators[0];
  CHECK(ind.node == outcome->id);
  REQUIRE(ind.targets.size() == 2);
  CHECK(ind.targets[0].year == 2021);
  CHECK(ind.targets[1].year == 2022);
  REQUIRE(ind.baselines.size() == 1);
  CHECK(ind.baselines[0].year == 2020);
  // One achievement: the 2022 one is a dash (the result is not in yet).
  REQUIRE(ind.achievement.size() == 1);
  CHECK(ind.achievement[0].year == 2021);
  CHECK(ind.achievement[0].number.raw == "100%");
}

TEST_CASE("reader: a form of lines over a table (Missione, 'Obiettivo strategico OS 1.1 – Title', 'Risorse finanziarie € ...') opens the objective with its resources", "[genres][reader]") {
  const auto doc = document_of({grid({{"Indicatore", "Target 2026"}, {"Superficie monitorata", ">= 70%"}})},
                               {"Missione 018 – Sviluppo sostenibile", "Programma 013 – Tutela della fauna",
                                "Obiettivo strategico OS 1.1 – Conservare gli habitat",
                                "Risorse finanziarie € 612.400,00"});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "OS 1.1");
  CHECK(m.nodes[0].title == "Conservare gli habitat");
  CHECK(m.nodes[0].level == "strategic");
  CHECK(m.nodes[0].mission == "018");
  REQUIRE(m.nodes[0].resources.size() == 1);
  CHECK(m.nodes[0].resources[0].raw == "€ 612.400,00");
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].node == m.nodes[0].id);
}

TEST_CASE("reader: an area's cell merged down, its name and number over its title ('Area 1' / 'Accesso ...'), is area 1", "[genres][reader]") {
  const auto doc = document_of({grid({{"Area", "Cod.", "Indicatore", "Target 2026"},
                                      {"Area 1\nAccesso e tempi di attesa", "AC01", "Prime visite", ">= 90%"},
                                      {"", "AC02", "Accessi in pronto soccorso", "<= 5%"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "1");
  CHECK(m.nodes[0].title == "Accesso e tempi di attesa");
  CHECK(m.nodes[0].level == "area");
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[1].node == m.nodes[0].id);
}

TEST_CASE("reader: a PIRA whose objectives are a column of its table ('Ob. 1 – Title' merged down) is read by the generic reader", "[genres][reader]") {
  const auto doc = document_of({grid({{"Obiettivo", "Stanziamento 2026", "Indicatore", "Valore atteso 2026"},
                                      {"Missione 04 Istruzione – Programma 04 Universitaria", "<<", "<<", "<<"},
                                      {"Ob. 1 – Garantire la borsa di studio", "18.450.000,00 €",
                                       "BS_cop - Copertura delle borse", ">= 98%"},
                                      {"", "", "BS_tempi - Tempo medio di pagamento", "<= 35 gg"}})});
  const Model m = read_with(doc, "pira");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "Ob. 1");
  CHECK(m.nodes[0].title == "Garantire la borsa di studio");
  REQUIRE(m.nodes[0].resources.size() == 1);
  CHECK(m.nodes[0].resources[0].raw == "18.450.000,00 €");
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].code == "BS_cop");
  CHECK(m.indicators[1].node == m.nodes[0].id);
  REQUIRE(m.documents.size() == 1);
  CHECK(m.documents[0].kind == "pira");
}

TEST_CASE("reader: unit bars name their owner ('Settore ... Dirigente: ...' as a line, 'Servizio ... | Responsabile: ...' in a table) and nest Settore > Servizio > Ufficio", "[genres][reader]") {
  const auto doc = document_of(
      {grid({{"Cod.", "Obiettivo", "Peso", "Target 2026"},
             {"OG.1", "Attuare le misure anticorruzione", "20%", "= 100%"},
             {"Servizio Tributi", "", "", "Responsabile: dott.ssa Giulia Sanna"},
             {"Cod.", "Obiettivo", "Peso", "Target 2026"},
             {"OG.1", "Attuare le misure anticorruzione", "40%", "= 100%"},
             {"", "Ufficio Riscossione", "", "Responsabile: sig. Paolo Neri"},
             {"OG.1", "Attuare le misure anticorruzione", "60%", "= 100%"}})},
      {"Settore Servizi finanziari Dirigente: dott. Michele Baraldi"});
  const Model m = read_with(doc, "assignment");
  const Node* settore = nullptr;
  const Node* servizio = nullptr;
  const Node* ufficio = nullptr;
  for (const auto& n : m.nodes) {
    if (n.title == "Settore Servizi finanziari") settore = &n;
    if (n.title == "Servizio Tributi") servizio = &n;
    if (n.title == "Ufficio Riscossione") ufficio = &n;
  }
  REQUIRE(settore);
  REQUIRE(servizio);
  REQUIRE(ufficio);
  CHECK(settore->owners == std::vector<std::string>{"dott. Michele Baraldi"});
  CHECK(servizio->owners == std::vector<std::string>{"dott.ssa Giulia Sanna"});
  CHECK(servizio->parent == settore->id);
  CHECK(ufficio->parent == servizio->id);
  int objectives = 0;
  for (const auto& n : m.nodes) objectives += n.code == "OG.1" ? 1 : 0;
  CHECK(objectives == 3);  // one per unit
}

TEST_CASE("reader: a PIRA table with coded objective rows over their indicators and one column for targets and the objective's resources", "[genres][reader][pira]") {
  // "Obiettivo" holds only codes; on a coded row the name column holds the
  // objective's title and the last column its resources ("Target triennio
  // / Stanziamento"); under it, rows without a code are its indicators,
  // each name's last line its type ("Indicatore e tipologia"), the method
  // in words, all years in one target cell. A band names mission and
  // programme at once ("Missione ... / Programma ...").
  const Table t = grid({{"Obiettivo", "Descrizione / Indicatore e tipologia", "Metodo di calcolo", "U.M.", "Valore di riferimento", "Target triennio / Stanziamento 2026 (euro)"},
                        {"Missione 018 \u2013 Sviluppo sostenibile / Programma 012 \u2013 Tutela del paesaggio", "<<", "<<", "<<", "<<", "<<"},
                        {"OB.1.1", "Completare la mappatura dei paesaggi", "", "", "", "1.150.000,00"},
                        {"", "Superficie mappata sul totale\nIndicatore di realizzazione fisica", "Ettari mappati / ettari da mappare x 100", "%", "42% (2024)", "Anno 2026: >= 55%\nAnno 2027: >= 70%\nAnno 2028: >= 85%"},
                        {"", "Schede pubblicate\nIndicatore di risultato (output)", "Conteggio delle schede pubblicate", "N.", "310 (2024)", "Anno 2026: >= 380\nAnno 2027: >= 450\nAnno 2028: >= 520"},
                        {"OB.1.2", "Ridurre i tempi dei pareri", "", "", "", "380.000,00"},
                        {"", "Tempo medio del parere\nIndicatore di efficienza", "Somma dei giorni / pareri rilasciati", "gg", "41 (2023)", "Anno 2026: <= 40\nAnno 2027: <= 35\nAnno 2028: <= 35"}});
  const Model m = read_with(document_of({t}, {"Istituto di Prova \u2013 Piano degli indicatori e dei risultati attesi di bilancio 2026-2028"}), "pira");
  const Node* ob = node_coded(m, "OB.1.1");
  REQUIRE(ob);
  CHECK(ob->title == "Completare la mappatura dei paesaggi");
  REQUIRE(ob->resources.size() == 1);
  CHECK(ob->resources[0].raw == "1.150.000,00");
  CHECK(ob->mission == "018");
  CHECK(ob->programme == "012");
  REQUIRE(m.indicators.size() == 3);
  const Indicator* surface = indicator_named(m, "Superficie mappata sul totale");
  REQUIRE(surface);
  CHECK(surface->node == ob->id);
  CHECK(surface->type == "Indicatore di realizzazione fisica");
  // The method in words is the formula in words, not a formula over measures.
  CHECK(surface->formula.empty());
  CHECK(surface->formula_text == "Ettari mappati / ettari da mappare x 100");
  REQUIRE(surface->targets.size() == 3);
  CHECK(surface->targets[2].year == 2028);
}

TEST_CASE("reader: a two-row header flattened by a CSV (band cells over empty ones) heads every column under each band", "[genres][reader][header]") {
  // No merges: "Target" over three year columns is one cell and two empty
  // ones; "Obiettivo operativo" over "Codice | Descrizione" names the
  // objective's code and title; "Anno" under "Valore di partenza" dates it.
  const Table t = grid({{"Obiettivo operativo", "", "Indicatore", "", "Peso", "Valore di partenza", "", "Target", "", ""},
                        {"Codice", "Descrizione", "Codice", "Denominazione", "", "Valore", "Anno", "2026", "2027", "2028"},
                        {"1.1", "Semplificare gli adempimenti", "RI.01", "Pratiche evase entro 5 giorni", "50", "92,4", "2024", "\u2265 93,0", "\u2265 94,0", "\u2265 95,0"},
                        {"", "", "RI.02", "Tempo medio di evasione", "50", "4,6", "2023", "\u2264 4,5", "\u2264 4,2", "\u2264 4,0"}});
  const Model m = read_with(document_of({t}, {"Camera di Prova \u2013 Elenco degli indicatori 2026-2028"}), "list");
  const Node* objective = node_coded(m, "1.1");
  REQUIRE(objective);
  CHECK(objective->title == "Semplificare gli adempimenti");
  const Indicator* time = indicator_named(m, "RI.02");
  REQUIRE(time);
  CHECK(time->name == "Tempo medio di evasione");
  CHECK(time->node == objective->id);
  REQUIRE(time->targets.size() == 3);
  CHECK(time->targets[2].year == 2028);
  CHECK(time->targets[2].raw == "\u2264 4,0");
  REQUIRE(time->baselines.size() == 1);
  CHECK(time->baselines[0].year == 2023);
}

TEST_CASE("reader: a unit cell spanning its rows last in the table names the unit and its manager, the objectives repeated under each unit keep their codes", "[genres][reader][units]") {
  // "N." holds codes, one of them (OP.T1) listed again under each unit
  // with the same title; the unit's cell gives its name and, on its second
  // line, its manager under a label of two words.
  const Table t = grid({{"N.", "Obiettivo operativo", "Peso", "Indicatore", "Valore atteso 2026", "Struttura responsabile"},
                        {"OP.01", "Coordinare il ciclo della performance", "90%", "Relazione approvata", "entro il 30/06/2026", "Segreteria Generale\nSegretario Generale: dott.ssa Elena Marchi"},
                        {"OP.T1", "Attuare la trasparenza", "10%", "Obblighi assolti", "100%", "Segreteria Generale\nSegretario Generale: dott.ssa Elena Marchi"},
                        {"OP.03", "Ridurre i tempi delle pratiche", "90%", "Pratiche evase entro 5 giorni", "\u2265 85%", "Area Anagrafe\nDirigente ad interim: dott. Paolo Guerra"},
                        {"OP.T1", "Attuare la trasparenza", "10%", "Obblighi assolti", "100%", "Area Anagrafe\nDirigente ad interim: dott. Paolo Guerra"}});
  const Model m = read_with(document_of({t}, {"Camera di Prova \u2013 assegnazione degli obiettivi alle strutture"}), "list");
  std::vector<const Node*> units;
  for (const auto& n : m.nodes)
    if (n.level == "unit") units.push_back(&n);
  REQUIRE(units.size() == 2);
  CHECK(units[0]->title == "Segreteria Generale");
  CHECK(units[0]->owners == std::vector<std::string>{"dott.ssa Elena Marchi"});
  CHECK(units[1]->owners == std::vector<std::string>{"dott. Paolo Guerra"});
  CHECK(std::count_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "OP.T1"; }) == 2);
}

TEST_CASE("reader: an objective cell closing on its resources and indicator names opening with their codes", "[genres][reader][pira]") {
  // "OS_1.1 - Title" over "Risorse 2026: € 842.500,00" in the objective's
  // merged cell; "KPI-01 Grado ..." (no dash) in the indicator's.
  const Table t = grid({{"Obiettivo", "Indicatore", "Algoritmo", "Valore di partenza", "Target 2026"},
                        {"OS_1.1 - Rafforzare la competitivit\u00e0\nRisorse 2026: \u20ac 842.500,00", "KPI-01 Grado di coinvolgimento delle imprese", "N_Impr_PID / N_Impr_Att", "4,1", ">= 4,5"},
                        {"", "KPI-02 Voucher liquidati sul totale", "Vouch_Liq / Vouch_Conc", "82%", ">= 85%"},
                        {"OS_1.2 - Sostenere l'orientamento\nRisorse 2026: \u20ac 215.000,00", "KPI-03 Studenti coinvolti", "N_Stud", "1.150", ">= 1.200"}});
  const Model m = read_with(document_of({t}, {"Camera di Prova \u2013 Piano degli indicatori e dei risultati attesi di bilancio 2026-2028"}), "pira");
  const Node* os = node_coded(m, "OS_1.1");
  REQUIRE(os);
  CHECK(os->title == "Rafforzare la competitivit\u00e0");
  REQUIRE(os->resources.size() == 1);
  CHECK(os->resources[0].raw == "\u20ac 842.500,00");
  const Indicator* kpi = indicator_named(m, "KPI-01");
  REQUIRE(kpi);
  CHECK(kpi->name == "Grado di coinvolgimento delle imprese");
  CHECK(kpi->node == os->id);
  // The label stays listed: nothing printed is lost.
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text.find("Risorse 2026") != std::string::npos; }));
}

TEST_CASE("reader: band rows printing their weight under the owners and codes nesting down one objective column", "[genres][reader][tree]") {
  // "A | AREA ... | 40%" with the 40% in the last (owners') column; A.1 and
  // A.1.1 in the same objective column: the code says A.1.1 is under A.1.
  const Table t = grid({{"Codice", "Obiettivo", "Peso", "Indicatore", "Target 2026", "Struttura responsabile"},
                        {"A", "AREA STRATEGICA \u2013 Competitivit\u00e0", "", "", "", "40%"},
                        {"A.1", "Sostenere la transizione digitale", "", "", "", "60%"},
                        {"A.1.1", "Diffondere i servizi digitali", "50%", "PID_01 - Imprese assistite", ">= 230", "Servizio Promozione"},
                        {"A.1.2", "Accompagnare le imprese", "50%", "ENE_01 - Check-up erogati", ">= 40", "Servizio Promozione"},
                        {"A.2", "Favorire l'internazionalizzazione", "", "", "", "40%"},
                        {"A.2.1", "Potenziare l'assistenza", "100%", "EXP_01 - Imprese avviate", ">= 60", "Ufficio Estero"}});
  const Model m = read_with(document_of({t}, {"Camera di Prova \u2013 Piano della performance 2026-2028"}), "plan");
  REQUIRE(node_coded(m, "A.1"));
  REQUIRE(node_coded(m, "A.1.1"));
  REQUIRE(node_coded(m, "A.1")->weight);
  CHECK(node_coded(m, "A.1")->weight->raw == "60%");
  CHECK(node_coded(m, "A.1")->owners.empty());
  CHECK(node_coded(m, "A.1.1")->parent == node_coded(m, "A.1")->id);
  CHECK(node_coded(m, "A.2.1")->parent == node_coded(m, "A.2")->id);
}

TEST_CASE("reader: several indicators stacked in one objective's ruled row are read one by one", "[genres][reader][stacked]") {
  // One tall row per objective: code, title and weight once; in each
  // indicator column the indicators one under the other, a name over two
  // lines and a date target wrapped after "entro il".
  const Table t = grid({{"Codice", "Obiettivo", "Peso", "Indicatori (codice - descrizione)", "Algoritmo di calcolo", "Peso indicatore", "Valore 2024", "Target 2026", "Struttura responsabile"},
                        {"A.1.1", "Diffondere i servizi digitali", "50%",
                         "PID_01 - Imprese assistite con\nassessment digitale\nPID_02 - Partecipanti soddisfatti",
                         "N_Impr_Assess\nN_Part_Sodd / N_Part_Quest", "60,00%\n40,00%", "212 N.\n88,40 %", ">= 230 N.\n>= 90,00 %",
                         "Servizio Promozione"},
                        {"A.1.2", "Accompagnare la transizione energetica", "50%",
                         "ENE_01 - Check-up energetici\nENE_02 - Bando pubblicato", "N_Checkup\nData_Pubbl_Bando", "50,00%\n50,00%",
                         "N/D\nN/D", ">= 40 N.\nentro il\n30/06/2026", "Servizio Promozione"}});
  const Model m = read_with(document_of({t}, {"Camera di Prova \u2013 Piano della performance 2026-2028"}), "plan");
  REQUIRE(m.indicators.size() == 4);
  const Indicator* pid1 = indicator_named(m, "PID_01");
  const Indicator* ene2 = indicator_named(m, "ENE_02");
  REQUIRE(pid1);
  REQUIRE(ene2);
  CHECK(pid1->name == "Imprese assistite con assessment digitale");
  CHECK(pid1->formula == "N_Impr_Assess");
  REQUIRE(pid1->weight);
  CHECK(pid1->weight->raw == "60,00%");
  REQUIRE(pid1->targets.size() == 1);
  CHECK(pid1->targets[0].raw == ">= 230 N.");
  REQUIRE(ene2->targets.size() == 1);
  CHECK(ene2->targets[0].raw == "entro il 30/06/2026");
  CHECK(ene2->node == node_coded(m, "A.1.2")->id);
  REQUIRE(node_coded(m, "A.1.1")->weight);
  CHECK(node_coded(m, "A.1.1")->weight->raw == "50%");
  // Nothing printed is listed twice nor lost: no part of a cell stays unassigned.
  CHECK(std::none_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text.find("PID_") != std::string::npos; }));
}

TEST_CASE("reader: a detail table naming each indicator's objective by its code refers to the objectives of the summary", "[genres][reader][results]") {
  // A summary lists the objectives (no indicator column), the detail
  // repeats the objective's code on every indicator row;
  // "Media ente" closes the summary as a total, no objective.
  Table summary = grid({{"Codice", "Descrizione", "Settore", "Percentuale di realizzazione"},
                        {"PEG.01", "Digitalizzare il protocollo", "Settore Affari Generali", "95,0%"},
                        {"PEG.02", "Ridurre i tempi della carta d'identit\u00e0", "Settore Affari Generali", "100%"},
                        {"Media ente", "", "", "97,5%"}},
                       "t1", 100);
  Table detail = grid({{"Obiettivo", "Indicatore", "Target %", "Risultato %"},
                       {"PEG.01", "Documenti protocollati in digitale", "95", "97,4"},
                       {"PEG.01", "Fascicoli informatici aperti", "80", "72"},
                       {"PEG.02", "Appuntamenti entro 15 giorni", "90", "93,5"}},
                      "t2", 300);
  const Model m = read_with(document_of({summary, detail}, {"Comune di Prova \u2013 Relazione sulla performance 2025"}), "list");
  CHECK(m.nodes.size() == 2);
  REQUIRE(node_coded(m, "PEG.01"));
  const Indicator* docs = indicator_named(m, "Documenti protocollati in digitale");
  REQUIRE(docs);
  CHECK(docs->node == node_coded(m, "PEG.01")->id);
  CHECK(docs->unit == std::optional<std::string>("%"));
}

TEST_CASE("reader: a matrix with managers as rows and the objectives read above as columns headed by their codes", "[genres][reader][matrix]") {
  // The legend names the objectives (title before the code: the OB prefix
  // says the code is the objective's); the matrix, under its label, gives
  // each manager's effective weight for each objective, "–" for none.
  const Table legend = grid({{"Obiettivo", "Cod.", "Indicatore", "Valore atteso 2026"},
                             {"Ridurre la morosit\u00e0", "OB.1", "Morosit\u00e0 corrente", "<= 7,5%"},
                             {"Accelerare le assegnazioni", "OB.2", "Tempo medio di assegnazione", "<= 120 gg"}},
                            "t1", 100);
  const Table matrix = grid({{"Dirigente", "OB.1", "OB.2", "Totale"},
                             {"Direttore Generale", "60,00%", "40,00%", "100,00%"},
                             {"Dirigente Area Tecnica", "\u2013", "100,00%", "100,00%"}},
                            "t2", 300);
  ExtractedDocument doc = document_of({legend, matrix}, {"Azienda di Prova \u2013 Pesatura degli obiettivi 2026"});
  TextLine label;
  label.page = 1;
  label.bbox = {50, 280, 400, 290};
  label.text = "Peso ponderale effettivo";
  doc.lines.push_back(label);
  const Model m = read_with(doc, "list");
  const auto general = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.unit == "Direttore Generale" && n.code == "OB.1"; });
  REQUIRE(general != m.nodes.end());
  CHECK(general->title == "Ridurre la morosit\u00e0");
  REQUIRE(general->weight);
  CHECK(general->weight->raw == "60,00%");
  CHECK(std::count_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.unit == "Dirigente Area Tecnica"; }) == 1);
  // The legend's indicators measure the objectives by code.
  REQUIRE(indicator_named(m, "Morosit\u00e0 corrente"));
  CHECK(indicator_named(m, "Morosit\u00e0 corrente")->node == node_coded(m, "OB.1")->id);
}

TEST_CASE("reader: a responsibility centre over objectives without weights is their owner, no level of the tree", "[genres][reader][units]") {
  // "Centro di responsabilità: Settore X" over a table of objectives and
  // targets, no weight anywhere: who is responsible, not an assignment.
  ExtractedDocument doc = document_of({grid({{"Obiettivo", "Risorse finanziarie (\u20ac)", "Indicatore di risultato", "Valore atteso 2025"},
                                             {"Garantire la sicurezza stradale", "1.179.220,00", "Chilometri rifatti", "= 12"},
                                             {"Ridurre i tempi delle autorizzazioni", "38.500,00", "Tempo medio di rilascio", "<= 10 gg"}},
                                            "t1", 120)});
  TextLine centre;
  centre.page = 1;
  centre.bbox = {50, 100, 400, 110};
  centre.text = "Centro di responsabilit\u00e0: Settore Viabilit\u00e0";
  doc.lines.push_back(centre);
  const Model m = read_with(doc, "list");
  CHECK(std::none_of(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.level == "unit"; }));
  REQUIRE(m.nodes.size() == 2);
  CHECK(m.nodes[0].parent.empty());
  CHECK(m.nodes[0].owners == std::vector<std::string>{"Settore Viabilit\u00e0"});
}

TEST_CASE("reader: unit captions in parts name the unit its manager and the unit it belongs to", "[genres][reader][units]") {
  // Band rows of one table: "Unità organizzativa: ... - Dirigente: ...",
  // an office "(afferente a ...)" with a bracketed role, and a caption
  // numbered and dotted whose unit keeps its dash ("Settore I – ...").
  const Table t = grid({{"Cod.", "Obiettivo operativo", "Peso", "Indicatore", "Target 2026"},
                        {"Unit\u00e0 organizzativa: Area 1 Servizi di supporto - Dirigente: dott. Giorgio Pella", "", "", "", ""},
                        {"OP 1.01", "Migliorare la riscossione", "100%", "Tasso di riscossione", ">= 73%"},
                        {"Unit\u00e0 organizzativa: Ufficio 1.1 Ragioneria (afferente a Area 1 Servizi di supporto) - Responsabile (P.O.): sig.ra Silvia Bertolo", "", "", "", ""},
                        {"OP 1.1.01", "Ridurre i tempi di pagamento", "100%", "Tempo medio di pagamento", "<= 15 gg"},
                        {"Tab. 3 \u00b7 Settore III \u2013 Lavori pubblici \u00b7 Capo settore: geom. Ivan Tonon", "", "", "", ""},
                        {"OP 3.01", "Completare gli argini", "100%", "Avanzamento lavori", ">= 80%"}});
  const Model m = read_with(document_of({t}, {"Ente di Prova \u2013 obiettivi assegnati alle unit\u00e0 organizzative"}), "list");
  const auto unit_titled = [&](const std::string& title) -> const Node* {
    for (const auto& n : m.nodes)
      if (n.level == "unit" && n.title == title) return &n;
    return nullptr;
  };
  const Node* area = unit_titled("Area 1 Servizi di supporto");
  const Node* office = unit_titled("Ufficio 1.1 Ragioneria");
  const Node* works = unit_titled("Settore III \u2013 Lavori pubblici");
  REQUIRE(area);
  REQUIRE(office);
  REQUIRE(works);
  CHECK(area->owners == std::vector<std::string>{"dott. Giorgio Pella"});
  CHECK(office->owners == std::vector<std::string>{"sig.ra Silvia Bertolo"});
  CHECK(office->parent == area->id);
  CHECK(works->owners == std::vector<std::string>{"geom. Ivan Tonon"});
  const Node* paying = node_coded(m, "OP 1.1.01");
  REQUIRE(paying);
  CHECK(paying->unit == "Ufficio 1.1 Ragioneria");
}

TEST_CASE("reader: a baseline under the indicator's name and one target for each year of the column's period", "[genres][reader][prose]") {
  // "Indicatore e valore di partenza": the name's last line dates the
  // baseline; "in ciascun anno: ..." under "Risultati attesi 2022-2024"
  // sets the same target for 2022, 2023 and 2024.
  const Table t = grid({{"Cod.", "Obiettivo strategico", "Indicatore e valore di partenza", "Risultati attesi 2022-2024"},
                        {"1.1", "Aumentare la capacit\u00e0", "Accosti di navi commerciali\n(valore 2021: 1.180 accosti)",
                         "2022: almeno 1.250 accosti\n2023: almeno 1.300 accosti\n2024: almeno 1.350 accosti"},
                        {"", "", "Rifiuti avviati a recupero\n(valore 2021: 61%)", "in ciascun anno: almeno il 65%"}});
  const Model m = read_with(document_of({t}, {"Autorit\u00e0 di Prova \u2013 Piano della performance 2022-2024"}), "list");
  const Indicator* ships = indicator_named(m, "Accosti di navi commerciali");
  REQUIRE(ships);
  REQUIRE(ships->baselines.size() == 1);
  CHECK(ships->baselines[0].year == 2021);
  CHECK(ships->baselines[0].raw == "1.180 accosti");
  CHECK(ships->targets.size() == 3);
  const Indicator* waste = indicator_named(m, "Rifiuti avviati a recupero");
  REQUIRE(waste);
  REQUIRE(waste->targets.size() == 3);
  CHECK(waste->targets[1].year == 2023);
  CHECK(waste->targets[1].raw == "almeno il 65%");
}

TEST_CASE("reader: a manager's scheda with its labels stacked in one cell and points in the objectives' titles", "[genres][reader][points]") {
  // "Settore:" / "Dirigente:" / "Periodo:" in one cell, their values in the
  // next; "(punti 12)" closing an objective's title; a total row of points
  // under no weight column.
  const Table t = grid({{"Settore:\nDirigente:\nPeriodo:", "Settore Servizi Finanziari\ndott. Marco Liverani\n1\u00b0 gennaio \u2013 31 dicembre 2026", "", ""},
                        {"N.", "Obiettivo", "Indicatore di risultato", "Valore atteso 2026"},
                        {"1.1", "Aumentare la riscossione\n(punti 28)", "Riscossione IMU sul dovuto", ">= 90%"},
                        {"T.1", "Attuare il piano anticorruzione\n(punti 12)", "Misure attuate", "= 100%"},
                        {"", "TOTALE PUNTI OBIETTIVI", "", "40"}});
  const Model m = read_with(document_of({t}, {"Comune di Prova \u2013 Scheda A: obiettivi assegnati ai dirigenti"}), "list");
  const auto unit = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.level == "unit"; });
  REQUIRE(unit != m.nodes.end());
  CHECK(unit->title == "Settore Servizi Finanziari");
  CHECK(unit->owners == std::vector<std::string>{"dott. Marco Liverani"});
  const auto first = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "1.1"; });
  REQUIRE(first != m.nodes.end());
  CHECK(first->title == "Aumentare la riscossione");
  REQUIRE(first->weight);
  CHECK(first->weight->raw == "punti 28");
  REQUIRE(m.documents[0].totals.size() == 1);
  CHECK(m.documents[0].totals[0].field == "weight");
}

TEST_CASE("reader: academic years printed with a two-digit second year head the columns under their band", "[genres][reader][header]") {
  // "a.a. 2021/22" under "Serie storica", "a.a. 2025/26" under "Target":
  // each the calendar year it starts in.
  const Table t = grid({{"Cod.", "Indicatore", "Serie storica", "<<", "Target", "<<"},
                        {"", "", "a.a. 2022/23", "a.a. 2023/24", "a.a. 2025/26", "a.a. 2026/27"},
                        {"D.01", "Laureati in corso", "70,1%", "71,2%", ">= 72%", ">= 74%"}});
  const Model m = read_with(document_of({t}, {"Universit\u00e0 di Prova \u2013 cruscotto 2025-2027"}), "list");
  const Indicator* graduates = indicator_named(m, "D.01");
  REQUIRE(graduates);
  REQUIRE(graduates->baselines.size() == 2);
  CHECK(graduates->baselines[0].year == 2022);
  REQUIRE(graduates->targets.size() == 2);
  CHECK(graduates->targets[1].year == 2026);
}

TEST_CASE("reader: a caption naming the manager first ('Dirigente: X | Settore Y') opens the unit that owns the table below", "[genres][reader][units]") {
  auto header = std::vector<std::string>{"Punti", "Cod.", "Obiettivo assegnato", "Indicatore", "Risultato atteso al 31/12/2026"};
  ExtractedDocument doc = document_of({grid({header,
                                             {"75 punti", "LP.01", "Completare i lavori", "Collaudo dei lavori", "entro il 30/09/2026"},
                                             {"25 punti", "TR.01", "Pubblicare i dati", "Sezioni aggiornate", "100%"}},
                                            "t1", 120),
                                       grid({header,
                                             {"75 punti", "SS.01", "Attivare l'assistenza", "Nuovo regolamento approvato", "SI"},
                                             {"25 punti", "TR.01", "Pubblicare i dati", "Sezioni aggiornate", "100%"}},
                                            "t2", 320)});
  // A title wrapped so that a unit's word stands alone on a line, then
  // one caption over each table.
  for (const auto& [text, y] : std::vector<std::pair<std::string, double>>{
           {"Obiettivi assegnati ai dirigenti (100 punti per", 40}, {"settore)", 52},
           {"Dirigente: ing. Giorgio Zanella | Settore Lavori Pubblici", 100},
           {"Dirigente: dott.ssa Anna Pavan | Settore Servizi Sociali", 300}}) {
    TextLine l;
    l.page = 1;
    l.bbox = {50, y, 400, y + 10};
    l.text = text;
    doc.lines.push_back(l);
  }
  std::sort(doc.lines.begin(), doc.lines.end(), [](const TextLine& a, const TextLine& b) { return a.bbox.y0 < b.bbox.y0; });
  const Model m = read_with(doc, "list");
  std::vector<const Node*> units;
  for (const auto& n : m.nodes)
    if (n.level == "unit") units.push_back(&n);
  REQUIRE(units.size() == 2);
  CHECK(units[0]->title == "Settore Lavori Pubblici");
  CHECK(units[0]->owners == std::vector<std::string>{"ing. Giorgio Zanella"});
  CHECK(units[1]->title == "Settore Servizi Sociali");
  // The objective listed under both units is assigned to each.
  int transversal = 0;
  for (const auto& n : m.nodes)
    if (n.code == "TR.01") {
      ++transversal;
      CHECK_FALSE(n.unit.empty());
    }
  CHECK(transversal == 2);
  // Dates measure a date, a yes/no is text, when no unit is printed.
  REQUIRE(indicator_named(m, "Collaudo dei lavori"));
  CHECK(indicator_named(m, "Collaudo dei lavori")->unit == std::optional<std::string>("date"));
  REQUIRE(indicator_named(m, "Nuovo regolamento approvato"));
  CHECK(indicator_named(m, "Nuovo regolamento approvato")->unit == std::optional<std::string>("text"));
}

TEST_CASE("reader: 'STRUTTURA: name' bands open peer units, the 'Dirigente: name' line under one is its owner, objectives listed again under each", "[genres][reader]") {
  const auto doc = document_of({grid({{"Codice", "Obiettivo / indicatore", "Peso", "Valore atteso 2025"},
                                      {"STRUTTURA: Area Controlli in loco", "", "", ""},
                                      {"Dirigente: dott.ssa Chiara Mellone", "", "", ""},
                                      {"OB_01", "Attuare le misure anticorruzione", "20,0%", ""},
                                      {"OB_01.1", "Misure attuate nei termini", "100,0%", "100%"},
                                      {"STRUTTURA: Servizio Affari generali", "", "", ""},
                                      {"Responsabile: dott. Fabio Sacchetti", "", "", ""},
                                      {"OB_01", "Attuare le misure anticorruzione", "30,0%", ""},
                                      {"OB_01.1", "Misure attuate nei termini", "100,0%", "100%"}})});
  const Model m = read_with(doc, "assignment");
  const Node* area = nullptr;
  const Node* servizio = nullptr;
  int objectives = 0;
  for (const auto& n : m.nodes) {
    if (n.title == "Area Controlli in loco") area = &n;
    if (n.title == "Servizio Affari generali") servizio = &n;
    objectives += n.code == "OB_01" ? 1 : 0;
  }
  REQUIRE(area);
  REQUIRE(servizio);
  CHECK(area->level == "unit");
  CHECK(area->owners == std::vector<std::string>{"dott.ssa Chiara Mellone"});
  CHECK(servizio->owners == std::vector<std::string>{"dott. Fabio Sacchetti"});
  CHECK(servizio->parent.empty());  // peers under one label, whatever their names say
  CHECK(objectives == 2);           // one per unit, each with its own weight
  // The label is listed as such, not dropped.
  bool label_listed = false;
  for (const auto& u : m.unassigned) label_listed = label_listed || u.text.find("STRUTTURA:") != std::string::npos;
  CHECK(label_listed);
}

TEST_CASE("reader: 'AREA 1' in the code column over a title that measures nothing opens area 1, its weight in the indicators' column", "[genres][reader]") {
  const auto doc = document_of({grid({{"Cod.", "Indicatore", "U.M.", "Valori obiettivo 2025", "Peso"},
                                      {"AREA 1", "ACCESSO E TEMPI DI ATTESA", "", "", "30%"},
                                      {"1.01", "Prestazioni nei tempi", "%", ">= 88,0", "40%"},
                                      {"1.02", "Permanenza in pronto soccorso", "ore", "<= 4,8", "60%"},
                                      {"AREA 2", "APPROPRIATEZZA DELLE CURE", "", "", "70%"},
                                      {"2.01", "Fratture operate entro 48 ore", "%", ">= 78,0", "100%"}})});
  const Model m = read_with(doc, "dashboard");
  REQUIRE(m.nodes.size() == 2);
  CHECK(m.nodes[0].code == "1");
  CHECK(m.nodes[0].level == "area");
  CHECK(m.nodes[0].title == "ACCESSO E TEMPI DI ATTESA");
  REQUIRE(m.nodes[0].weight);
  CHECK(m.nodes[0].weight->raw == "30%");
  REQUIRE(m.indicators.size() == 3);
  CHECK(m.indicators[0].node == m.nodes[0].id);
  CHECK(m.indicators[2].node == m.nodes[1].id);
  // 'Valori obiettivo' (plural) names the targets.
  REQUIRE(m.indicators[0].targets.size() == 1);
  CHECK(m.indicators[0].targets[0].raw == ">= 88,0");
  CHECK(m.indicators[0].baselines.empty());
}

TEST_CASE("reader: an uncoded band over the code and text columns with a weight beside it opens a weighted section, a total row none", "[genres][reader]") {
  const auto doc = document_of({grid({{"Codice", "Obiettivo / indicatore", "Ponderazione", "Valore atteso 2025"},
                                      {"CITTADINI, IMPRESE E TERRITORIO", "<<", "40 %", ""},
                                      {"OS.1", "Ridurre i tempi di attesa", "100 %", ""},
                                      {"IR-01", "Prenotazioni digitali", "100 %", ">= 42 %"},
                                      {"PROCESSI INTERNI", "<<", "60 %", ""},
                                      {"OS.2", "Digitalizzare i procedimenti", "100 %", ""},
                                      {"IR-02", "Procedimenti digitali", "100 %", ">= 80 %"},
                                      {"Totale", "<<", "100 %", ""}})});
  const Model m = read_with(doc, "plan");
  const Node* cittadini = nullptr;
  const Node* processi = nullptr;
  for (const auto& n : m.nodes) {
    if (n.title == "CITTADINI, IMPRESE E TERRITORIO") cittadini = &n;
    if (n.title == "PROCESSI INTERNI") processi = &n;
    CHECK(n.title != "Totale");
  }
  REQUIRE(cittadini);
  REQUIRE(processi);
  REQUIRE(cittadini->weight);
  CHECK(cittadini->weight->raw == "40 %");
  REQUIRE(node_coded(m, "OS.2"));
  CHECK(node_coded(m, "OS.2")->parent == processi->id);
  REQUIRE(m.indicators.size() == 2);
}

TEST_CASE("reader: a summary of areas counting their indicators ('Indicatori | 3') reads areas, the counts no indicator names", "[genres][reader]") {
  const auto doc = document_of({grid({{"Codice area", "Area", "Peso dell'area", "Indicatori"},
                                      {"M1", "Trasporto pubblico locale", "40%", "3"},
                                      {"M2", "Sicurezza stradale", "60%", "2"}}, "t1", 100),
                                grid({{"Codice", "Indicatore", "Rilevanza", "Target 2026"},
                                      {"M1.01", "Corse effettuate", "100%", ">= 98%"}}, "t2", 300)});
  const Model m = read_with(doc, "list");
  for (const auto& i : m.indicators) {
    CHECK(i.name != "3");
    CHECK(i.name != "2");
  }
  const Node* m1 = node_coded(m, "M1");
  REQUIRE(m1);
  REQUIRE(m1->weight);
  CHECK(m1->weight->raw == "40%");
}

TEST_CASE("reader: a weight column the first table shows to weigh objectives weighs them under the same header in a later table too", "[genres][reader][points]") {
  const std::vector<std::string> header = {"Cod.", "Obiettivo", "Indicatore", "Target 2025", "Punteggio"};
  const auto doc = document_of({grid({header,
                                      {"A.01", "Aumentare gli screening", "Adesione mammografica", ">= 60%", "12 punti"},
                                      {"", "", "Adesione colon-retto", ">= 50%", ""},
                                      {"A.02", "Vaccinare gli anziani", "Copertura antinfluenzale", ">= 75%", "18 punti"}}, "t1", 100),
                                grid({header,
                                      {"C.01", "Rispettare il tetto di spesa", "Spesa sul tetto", "<= 100%", "10 punti"},
                                      {"C.02", "Pagare i fornitori", "Tempestività dei pagamenti", "<= 0 gg", "8 punti"}}, "t2", 300)});
  const Model m = read_with(doc, "list");
  const Node* c01 = node_coded(m, "C.01");
  REQUIRE(c01);
  REQUIRE(c01->weight);
  CHECK(c01->weight->raw == "10 punti");
  for (const auto& i : m.indicators) CHECK_FALSE(i.weight);
}

TEST_CASE("reader: 'OS05 - Title' wrapped in its cell keeps the title's wrapped words, and a line after it is the description", "[genres][reader]") {
  const auto doc = document_of({grid({{"Peso", "Obiettivo / indicatore", "Target 2025"},
                                      {"100,00%", "OS05 - Accompagnare le imprese nella transizione digitale ed\necologica\nCon i fondi del programma regionale", ""},
                                      {"100,00%", "Imprese accompagnate", ">= 40"}})});
  const Model m = read_with(doc, "plan");
  const Node* os05 = node_coded(m, "OS05");
  REQUIRE(os05);
  CHECK(os05->title == "Accompagnare le imprese nella transizione digitale ed ecologica");
  CHECK(os05->description == "Con i fondi del programma regionale");
}

TEST_CASE("reader: numbered sentences under the tables are notes, not headings", "[genres][reader]") {
  // The table above the lines (document_of sets lines from y 20 down).
  const auto doc = document_of({grid({{"Codice", "Obiettivo / Indicatore", "Peso", "Target 2026"},
                                      {"1", "Roccafiorita sicura", "35%", ""},
                                      {"", "Ore di servizio esterno", "100%", ">= 3.300"}},
                                     "t1", -100)},
                               {"1. Il valore di partenza è il dato consuntivo al 31 dicembre dell'anno indicato.",
                                "2. Per gli indicatori espressi in euro il target è il valore minimo da conseguire."});
  const Model m = read_with(doc, "plan");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].title == "Roccafiorita sicura");
}

TEST_CASE("reader: in one code column, a coded row without values extending an open node's code is a node (A.1.1, A.1.2 under A.1), the others indicators", "[genres][reader]") {
  const auto doc = document_of({grid({{"Codice", "Peso", "Obiettivo / Indicatore", "Target 2026"},
                                      {"A.1", "60%", "Migliorare le carriere", ""},
                                      {"A.1.1", "50%", "Potenziare il tutorato", ""},
                                      {"DID_01", "100%", "Studenti con 40 CFU", ">= 59%"},
                                      {"A.1.2", "50%", "Semplificare le immatricolazioni", ""},
                                      {"DID_03", "100%", "Tempo medio di immatricolazione", "<= 5"}})});
  const Model m = read_with(doc, "list");
  const Node* a11 = node_coded(m, "A.1.1");
  const Node* a12 = node_coded(m, "A.1.2");
  REQUIRE(node_coded(m, "A.1"));
  REQUIRE(a11);
  REQUIRE(a12);
  CHECK(a11->parent == node_coded(m, "A.1")->id);
  CHECK(a12->parent == node_coded(m, "A.1")->id);
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].node == a11->id);
  CHECK(m.indicators[1].node == a12->id);
}

TEST_CASE("reader: a code printed as a list's numbering ('1a)') is the code without its closing mark, Settore bands over objectives listed once are no assignment", "[genres][reader]") {
  const auto doc = document_of({grid({{"Cod.", "Obiettivo", "Indicatore", "Valore atteso 2025", "Risultato raggiunto 2025"},
                                      {"SETTORE 1 – AFFARI GENERALI", "<<", "<<", "<<", "<<"},
                                      {"1a)", "Ridurre i tempi", "Tempo medio di attesa", "<= 15 gg", "12 gg"},
                                      {"SETTORE 2 – FINANZE", "<<", "<<", "<<", "<<"},
                                      {"2a)", "Migliorare la riscossione", "Riscossione IMU", ">= 85%", "88,2%"}})});
  GenreOptions options;
  Model m;
  import_document(doc, "d1", options, m);
  REQUIRE(m.documents.size() == 1);
  CHECK(m.documents[0].kind != "assignment");
  REQUIRE(node_coded(m, "1a"));
  REQUIRE(node_coded(m, "2a"));
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[1].node == node_coded(m, "2a")->id);
}

TEST_CASE("reader: '% 2024' beside 'Target 2024' and 'Risultato 2024' is that year's achievement", "[genres][columns]") {
  const auto doc = document_of({grid({{"Codice", "Indicatore", "Target 2024", "Risultato 2024", "% 2024"},
                                      {"A1", "Pratiche evase", ">= 90%", "85%", "94,4%"}})});
  const Model m = read_with(doc, "list");
  const Indicator* a1 = indicator_named(m, "A1");
  REQUIRE(a1);
  REQUIRE(a1->targets.size() == 1);
  REQUIRE(a1->achievement.size() == 1);
  CHECK(a1->achievement[0].year == 2024);
  CHECK(a1->achievement[0].number.raw == "94,4%");
}

TEST_CASE("reader: managers named as owners ('Dirigente Servizio Tecnico') under a band of effective weights are a matrix's columns", "[genres][reader][matrix]") {
  const auto doc = document_of({grid({{"Cod.", "Obiettivo", "Indicatore", "Peso ponderale effettivo", "<<"},
                                      {"", "", "", "Dirigente Servizio Tecnico", "Responsabile Ufficio Utenza"},
                                      {"A1", "Riassegnare gli alloggi", "Giorni medi", "40,00%", "–"},
                                      {"A2", "Riscuotere i canoni", "Canoni riscossi", "60,00%", "100,00%"}})});
  const Model m = read_with(doc, "list");
  std::vector<const Node*> utenza;
  for (const auto& n : m.nodes)
    if (n.unit == "Responsabile Ufficio Utenza") utenza.push_back(&n);
  REQUIRE(utenza.size() == 1);
  CHECK(utenza[0]->code == "A2");
  REQUIRE(utenza[0]->weight);
  CHECK(utenza[0]->weight->raw == "100,00%");
}

TEST_CASE("reader: an owner's label and name found in a unit's bar", "[genres][columns]") {
  const Profile& base = *builtin_profile("list");
  CHECK(find_owner_label("Responsabile: dott. Luca Ferri", base) == std::pair<std::size_t, std::string>{0, "dott. Luca Ferri"});
  const std::string bar = "Settore Affari generali Dirigente: dott.ssa Carla Morandi";
  CHECK(find_owner_label(bar, base) == std::pair<std::size_t, std::string>{bar.find("Dirigente"), "dott.ssa Carla Morandi"});
  // A colon after another word, or with nothing after it, names no owner.
  CHECK(find_owner_label("Struttura di afferenza: Dipartimento", base).first == std::string::npos);
  CHECK(find_owner_label("Dirigente:", base).first == std::string::npos);
  CHECK(find_owner_label("Servizio Tributi", base).first == std::string::npos);
  // A label of several words, or a role with its qualifier.
  const std::string secretary = "Segreteria Generale Segretario Generale: dott.ssa Elena Marchi";
  CHECK(find_owner_label(secretary, base) == std::pair<std::size_t, std::string>{secretary.find("Segretario"), "dott.ssa Elena Marchi"});
  const std::string interim = "Area Promozione Dirigente ad interim: dott.ssa Rita Scorza";
  CHECK(find_owner_label(interim, base) == std::pair<std::size_t, std::string>{interim.find("Dirigente"), "dott.ssa Rita Scorza"});
}

TEST_CASE("reader: a coded row over uncoded measured rows opens their objective, a paragraph's last line is no caption", "[genres][reader]") {
  const auto doc = document_of({grid({{"Cod.", "Obiettivo / Indicatore", "Target %", "Risultato %", "Percentuale di realizzazione"},
                                      {"O1", "Garantire iscrizioni tempestive", "", "", "99,2%"},
                                      {"", "Domande istruite entro 30 giorni", "90", "94", "100,0%"},
                                      {"", "Certificati rilasciati online", "80", "78", "97,5%"},
                                      {"O2", "Assicurare la formazione", "", "", "90,0%"},
                                      {"", "Iscritti in regola con i crediti", "85", "76,5", "90,0%"}})},
                               {"Relazione sulla performance 2025",
                                "La percentuale di realizzazione di un obiettivo è la media semplice di quelle dei suoi indicatori."});
  const Model m = read_with(doc, "list");
  REQUIRE(m.nodes.size() == 2);
  const Node* o1 = node_coded(m, "O1");
  REQUIRE(o1);
  CHECK(o1->title == "Garantire iscrizioni tempestive");
  REQUIRE(o1->achievement.size() == 1);
  CHECK(o1->achievement[0].number.raw == "99,2%");
  REQUIRE(m.indicators.size() == 3);
  CHECK(m.indicators[0].node == o1->id);
  CHECK(m.indicators[1].node == o1->id);
  CHECK(m.indicators[2].node == node_coded(m, "O2")->id);
  CHECK(m.indicators[0].code.empty());
}

TEST_CASE("reader: Area | Cod. | Obiettivo | Indicatore is a tree in columns, the code the objective's, a Punteggio of points weighs the objective", "[genres][reader][points]") {
  const auto doc = document_of({grid({{"Area", "Cod.", "Obiettivo", "Indicatore", "Target 2026", "Punteggio"},
                                      {"AREA 1 – Qualità dell'aria\n(peso 30 punti)", "1.1", "Garantire la rete", "Rendimento delle centraline", "> 95%", "18 punti"},
                                      {"", "", "", "Tempo di ripristino", "<= 3 gg", ""},
                                      {"", "1.2", "Pubblicare il bollettino", "Bollettini entro le 12", ">= 98%", "12 punti"},
                                      {"AREA 2 – Controlli\n(peso 70 punti)", "2.1", "Eseguire i controlli", "Ispezioni eseguite", "=100%", "70 punti"}})});
  const Model m = read_with(doc, "list");
  const Node* area1 = node_coded(m, "1");
  const Node* o11 = node_coded(m, "1.1");
  REQUIRE(area1);
  REQUIRE(o11);
  CHECK(area1->level == "area");
  CHECK(area1->title == "Qualità dell'aria");
  REQUIRE(area1->weight);
  CHECK(area1->weight->raw == "30 punti");
  CHECK(o11->parent == area1->id);
  CHECK(o11->title == "Garantire la rete");
  REQUIRE(o11->weight);
  CHECK(o11->weight->raw == "18 punti");
  REQUIRE(m.indicators.size() == 4);
  CHECK(m.indicators[0].node == o11->id);
  CHECK(m.indicators[1].node == o11->id);
  CHECK(m.indicators[0].code.empty());
  CHECK(!m.indicators[0].weight);
  REQUIRE(m.indicators[0].targets.size() == 1);
  CHECK(m.indicators[0].targets[0].raw == "> 95%");
}

TEST_CASE("reader: 'a)' and 'b)' under a coded row in a Rif. column are list markers, not codes, and 'Valore soglia 2026' is a target", "[genres][reader]") {
  const auto doc = document_of({grid({{"Rif.", "Obiettivo / Indicatore", "Peso (%)", "Valore 2025", "Valore soglia 2026"},
                                      {"OB-G01", "Attuare le misure di prevenzione", "20", "", ""},
                                      {"a)", "Misure attuate entro i termini", "60", "100%", "= 100%"},
                                      {"b)", "Dati pubblicati nei termini", "40", "96%", ">= 98%"}})});
  const Model m = read_with(doc, "list");
  const Node* ob = node_coded(m, "OB-G01");
  REQUIRE(ob);
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].code.empty());
  CHECK(m.indicators[0].node == ob->id);
  REQUIRE(m.indicators[0].targets.size() == 1);
  CHECK(m.indicators[0].targets[0].raw == "= 100%");
  CHECK(m.indicators[0].targets[0].year == 2026);
  REQUIRE(m.indicators[0].baselines.size() == 1);
  CHECK(m.indicators[0].baselines[0].raw == "100%");
  // The markers stay listed (nothing printed is dropped).
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text == "a)"; }));
}

TEST_CASE("reader: 'Area / Indicatore' holds areas and indicators row by row, 'Serie storica' dates baselines", "[genres][reader]") {
  const auto doc = document_of({grid({{"Cod.", "Area / Indicatore", "Peso", "Serie storica 2025", "Target 2026"},
                                      {"AR1", "AMBIENTE E TERRITORIO", "30%", "", ""},
                                      {"AR1.01", "Raccolta differenziata", "50%", "67,1%", "70%"},
                                      {"AR1.02", "Verde pubblico per abitante", "50%", "10,4", "10,8"}})});
  const Model m = read_with(doc, "dashboard");
  const Node* area = node_coded(m, "AR1");
  REQUIRE(area);
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[0].code == "AR1.01");
  CHECK(m.indicators[0].node == area->id);
  REQUIRE(m.indicators[0].baselines.size() == 1);
  CHECK(m.indicators[0].baselines[0].year == 2025);
  CHECK(m.indicators[0].baselines[0].raw == "67,1%");
}

TEST_CASE("reader: an objective cell coded with a letter among numbers ('1.A.1 – Title') nests under 1.A", "[genres][reader]") {
  const auto doc = document_of({grid({{"Outcome", "Cod.", "Indicatore", "Target 2019"},
                                      {"1.A.1 – Riduzione degli abbandoni", "1.A.1a", "Studenti che proseguono", ">= 82%"},
                                      {"", "1.A.1b", "Studenti che abbandonano", "<= 10%"}})},
                               {"Obiettivo strategico 1.A – Migliorare le carriere"});
  const Model m = read_with(doc, "list");
  const Node* strategic = node_coded(m, "1.A");
  const Node* outcome = node_coded(m, "1.A.1");
  REQUIRE(strategic);
  REQUIRE(outcome);
  CHECK(outcome->title == "Riduzione degli abbandoni");
  CHECK(outcome->parent == strategic->id);
  REQUIRE(m.indicators.size() == 2);
  CHECK(m.indicators[1].node == outcome->id);
  CHECK(m.indicators[1].code == "1.A.1b");
}

TEST_CASE("reader: indicators naming their objective in an 'Ob.' column measure the objective a first table read, 'Livello di conseguimento' is an achievement, an overall row no node", "[genres][reader]") {
  const auto doc = document_of({grid({{"Cod.", "Area / Obiettivo strategico", "Peso", "Livello di conseguimento"},
                                      {"A", "ACCESSIBILITÀ", "100%", "98,27%"},
                                      {"A.1", "Ridurre i tempi di attesa", "100%", "98,27%"},
                                      {"Livello di conseguimento complessivo aziendale", "<<", "<<", "98,27%"}},
                                     "t1", 100),
                                grid({{"Ob.", "Cod.", "Indicatore", "Peso", "Valore obiettivo 2025", "Consuntivo 2025", "Livello di conseguimento"},
                                      {"A.1", "A1_01", "Prime visite entro i tempi", "100%", ">= 90%", "92,4%", "100%"}},
                                     "t2", 300)});
  const Model m = read_with(doc, "list");
  const Node* a1 = node_coded(m, "A.1");
  REQUIRE(a1);
  CHECK(m.nodes.size() == 2);
  REQUIRE(a1->achievement.size() == 1);
  CHECK(a1->achievement[0].number.raw == "98,27%");
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].code == "A1_01");
  CHECK(m.indicators[0].node == a1->id);
  REQUIRE(m.indicators[0].achievement.size() == 1);
  CHECK(m.indicators[0].achievement[0].number.raw == "100%");
}

TEST_CASE("reader: a header explained in brackets ('Target 2025 e fasce di punteggio (valore: punteggio)') is named by the words before them", "[genres][columns]") {
  const auto doc = document_of({grid({{"Cod.", "Indicatore", "Peso", "Target 2025 e fasce di punteggio (valore: punteggio)"},
                                      {"1.1", "Tempo medio di permanenza", "100%", "<= 4 ore: 100%; 4-5 ore: 70%; > 5 ore: 0%"}})});
  const Model m = read_with(doc, "list");
  const Indicator* i = indicator_named(m, "1.1");
  REQUIRE(i);
  REQUIRE(i->targets.size() == 1);
  CHECK(i->targets[0].year == 2025);
  CHECK(i->targets[0].raw == "<= 4 ore: 100%; 4-5 ore: 70%; > 5 ore: 0%");
}

TEST_CASE("reader: 'Anno 2025' over 'Valore obiettivo | Consuntivo al 31/12 | Livello di conseguimento' dates a target, a result and an achievement", "[genres][columns]") {
  const auto doc = document_of({grid({{"Cod.", "Indicatore", "Anno 2025", "<<", "<<"},
                                      {"", "", "Valore obiettivo", "Consuntivo al 31/12", "Livello di conseguimento"},
                                      {"1.1", "Eventi formativi organizzati", ">= 24", "27", "100,00%"}})});
  const Model m = read_with(doc, "list");
  const Indicator* i = indicator_named(m, "1.1");
  REQUIRE(i);
  REQUIRE(i->targets.size() == 1);
  CHECK(i->targets[0].year == 2025);
  CHECK(i->targets[0].raw == ">= 24");
  REQUIRE(i->results.size() == 1);
  CHECK(i->results[0].year == 2025);
  CHECK(i->results[0].raw == "27");
  REQUIRE(i->achievement.size() == 1);
  CHECK(i->achievement[0].number.raw == "100,00%");
}

TEST_CASE("reader: an objective listed in a summary (Missione | Programma | Cod. | Obiettivo) then headed again over its indicators is one node, with its budget codes", "[genres][reader]") {
  const auto doc = document_of({grid({{"Missione", "Programma", "Cod.", "Obiettivo", "Stanziamento 2026 (euro)"},
                                      {"018 Sviluppo sostenibile", "012 Tutela del territorio", "21", "Sostenere i comuni montani", "48.350.000,00"},
                                      {"", "", "22", "Valorizzare le filiere forestali", "12.000.000,00"}},
                                     "t1", -100),
                                grid({{"Indicatore", "Tipologia", "Valore di riferimento (anno 2025)", "Target 2026"},
                                      {"Capacità di impegno", "Indicatore di realizzazione finanziaria", "87,4%", ">= 90%"}},
                                     "t2", 100)},
                               {"Obiettivo 21 – Sostenere i comuni montani"});
  const Model m = read_with(doc, "list");
  std::size_t coded_21 = 0;
  for (const auto& n : m.nodes) coded_21 += n.code == "21" ? 1 : 0;
  CHECK(coded_21 == 1);
  const Node* o21 = node_coded(m, "21");
  const Node* o22 = node_coded(m, "22");
  REQUIRE(o21);
  REQUIRE(o22);
  CHECK(o21->mission == "018");
  CHECK(o21->programme == "012");
  CHECK(o22->mission == "018");
  REQUIRE(o21->resources.size() == 1);
  CHECK(o21->resources[0].raw == "48.350.000,00");
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].node == o21->id);
}

TEST_CASE("reader: panels side by side, each a title strip ('A · Didattica | Peso area 35%') over its own header, are read whole, one area each", "[genres][reader]") {
  auto panel = [](const std::string& id, const std::string& title, const std::string& weight, const std::string& code, double dx) {
    Table t = grid({{title, "", "", weight},
                    {"Cod.", "Indicatore", "Target 2026", "Peso"},
                    {code + "01", "Primo indicatore di " + title, ">= 66%", "60%"},
                    {code + "02", "Secondo indicatore di " + title, ">= 10", "40%"}},
                   id, 100);
    for (auto& c : t.cells) {
      c.bbox.x0 += dx;
      c.bbox.x1 += dx;
    }
    t.bbox.x0 += dx;
    t.bbox.x1 += dx;
    return t;
  };
  const auto doc = document_of({panel("t1", "A · Didattica", "Peso area 60%", "A", 0), panel("t2", "B · Ricerca", "Peso area 40%", "B", 300)});
  const Model m = read_with(doc, "list");
  const Node* a = node_coded(m, "A");
  const Node* b = node_coded(m, "B");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->title == "Didattica");
  REQUIRE(a->weight);
  CHECK(a->weight->raw == "60%");
  REQUIRE(b->weight);
  CHECK(b->weight->raw == "40%");
  REQUIRE(m.indicators.size() == 4);
  for (const auto& i : m.indicators) CHECK(i.node == (i.code[0] == 'A' ? a->id : b->id));
  CHECK(a->id != b->id);
}

TEST_CASE("reader: years as rows (Indicatore | Valore 2025 | Anno | Valore atteso, the name merged over its years) give one target a year", "[genres][reader]") {
  const auto doc = document_of({grid({{"Indicatore", "Valore 2025", "Anno", "Valore atteso"},
                                      {"Habitat monitorati", "15", "2026", ">= 18"},
                                      {"", "", "2027", ">= 22"},
                                      {"", "", "2028", ">= 26"},
                                      {"Sentieri segnalati", "62%", "2026", ">= 70%"},
                                      {"", "", "2027", ">= 80%"}})});
  const Model m = read_with(doc, "list");
  REQUIRE(m.indicators.size() == 2);
  const Indicator& first = m.indicators[0];
  REQUIRE(first.targets.size() == 3);
  CHECK(first.targets[0].year == 2026);
  CHECK(first.targets[2].year == 2028);
  CHECK(first.targets[2].raw == ">= 26");
  REQUIRE(first.baselines.size() == 1);
  CHECK(first.baselines[0].year == 2025);
  REQUIRE(m.indicators[1].targets.size() == 2);
  CHECK(m.indicators[1].targets[1].year == 2027);
  CHECK(m.documents[0].years == std::vector<int>{2026, 2027, 2028});
}

TEST_CASE("reader: bands scored by their column's header ('Fasce di valutazione 2026 – punteggio attribuito' over '100% | 70% | 0%') are one graded target", "[genres][reader][bands]") {
  const auto doc = document_of({grid({{"Cod.", "Indicatore", "Fasce di valutazione 2026 – punteggio attribuito", "<<", "<<"},
                                      {"", "", "100%", "70%", "0%"},
                                      {"A.1", "Prestazioni erogate nei tempi", ">= 90%", "85-89%", "< 85%"}})});
  const Model m = read_with(doc, "list");
  const Indicator* i = indicator_named(m, "A.1");
  REQUIRE(i);
  REQUIRE(i->targets.size() == 1);
  CHECK(i->targets[0].year == 2026);
  CHECK(i->targets[0].raw == ">= 90% 100% 85-89% 70% < 85% 0%");
}

TEST_CASE("reader: a form naming a unit, its parent and its manager above a table lists that unit's objectives",
          "[genres][units]") {
  auto form = [](const std::string& unit, const std::string& parent, const std::string& manager, const std::string& id,
                 double y0) {
    std::vector<std::vector<std::string>> rows = {{"Struttura", unit}};
    if (!parent.empty()) rows.push_back({"Struttura sovraordinata", parent});
    rows.push_back({"Dirigente responsabile", manager});
    rows.push_back({"Centro di costo", "CC 12"});
    return grid(rows, id, y0);
  };
  auto table = [](const std::string& weight, const std::string& id, double y0) {
    return grid({{"Rif.", "Obiettivo / Indicatore", "Peso (%)", "Valore 2025", "Target 2026"},
                 {"OG-1", "Rispettare i tempi di pagamento", weight, "", ""},
                 {"a)", "Fatture pagate nei termini", "100", "90%", ">= 95%"},
                 {"OS-" + id, "Obiettivo proprio della struttura", "", "", ""},
                 {"a)", "Pratiche chiuse", "100", "40", ">= 50"}},
                id, y0);
  };
  const auto doc = document_of({form("Settore Alfa", "", "ing. Anna Neri", "f1", 100), table("40", "t1", 200),
                                form("Ufficio Beta", "Settore Alfa", "dott. Carlo Blu", "f2", 320), table("30", "t2", 420),
                                form("Ufficio Gamma", "Settore Delta", "dott.ssa Eva Rosa", "f3", 540),
                                table("20", "t3", 640)});
  const auto scores = score_genres(doc);
  REQUIRE_FALSE(scores.empty());
  CHECK(scores[0].genre == "assignment");
  Model m;
  import_document(doc, "d1", GenreOptions{}, m);  // the genre recognised
  REQUIRE(m.documents.size() == 1);
  CHECK(m.documents[0].kind == "assignment");
  auto unit_titled = [&](const std::string& title) -> const Node* {
    for (const auto& n : m.nodes)
      if (n.level == "unit" && n.title == title) return &n;
    return nullptr;
  };
  const Node* alfa = unit_titled("Settore Alfa");
  const Node* beta = unit_titled("Ufficio Beta");
  const Node* gamma = unit_titled("Ufficio Gamma");
  const Node* delta = unit_titled("Settore Delta");
  REQUIRE(alfa);
  REQUIRE(beta);
  REQUIRE(gamma);
  REQUIRE(delta);
  // One node per unit, whether named by its own form or as a parent.
  CHECK(std::count_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.title == "Settore Alfa"; }) == 1);
  CHECK(alfa->parent.empty());
  CHECK(beta->parent == alfa->id);
  CHECK(gamma->parent == delta->id);
  CHECK(alfa->owners == std::vector<std::string>{"ing. Anna Neri"});
  CHECK(beta->owners == std::vector<std::string>{"dott. Carlo Blu"});
  // The shared objective is listed once per unit, with that unit's weight,
  // owned by no one but the unit's manager (on the unit).
  std::map<std::string, std::string> weight_by_unit;
  for (const auto& n : m.nodes) {
    if (n.code != "OG-1") continue;
    CHECK(n.level != "unit");
    CHECK(n.owners.empty());
    REQUIRE(n.weight);
    weight_by_unit[n.unit] = n.weight->raw;
  }
  CHECK(weight_by_unit == std::map<std::string, std::string>{{"Settore Alfa", "40"}, {"Ufficio Beta", "30"}, {"Ufficio Gamma", "20"}});
  std::size_t indicators = 0;
  for (const auto& i : m.indicators) {
    const auto n = std::find_if(m.nodes.begin(), m.nodes.end(), [&](const Node& x) { return x.id == i.node; });
    REQUIRE(n != m.nodes.end());
    CHECK_FALSE(n->unit.empty());
    ++indicators;
  }
  CHECK(indicators == 6);
}

TEST_CASE("reader: an assignment annex's objectives named in a column are operational", "[genres][units]") {
  const auto doc = document_of({grid({{"Obiettivo", "Indicatore", "Peso", "Target 2026"},
                                      {"Ridurre i tempi di rilascio", "Giorni medi di rilascio", "100", "<= 20"}})},
                               {"Servizio Anagrafe"});
  const Model m = read_with(doc, "assignment");
  const auto objective = std::find_if(m.nodes.begin(), m.nodes.end(),
                                      [](const Node& n) { return n.title == "Ridurre i tempi di rilascio"; });
  REQUIRE(objective != m.nodes.end());
  CHECK(objective->level == "operational");
}

TEST_CASE("reader: codes of three depths down the objectives' code column nest areas strategic and operational objectives", "[genres][reader][tree]") {
  // An objective column whose header names no level, its codes in a code
  // column (the area's printed with a trailing dot), indicators on the
  // objective's rows: the depth of the code says the level.
  const Table t = grid({{"Codice", "Obiettivo", "Incidenza", "Indicatore", "U.M.", "Valore storico 2023", "Risultato atteso 2025", "CdR"},
                        {"01.", "SERVIZI ALLA PERSONA", "<<", "<<", "<<", "<<", "<<", "<<"},
                        {"01.01", "Rafforzare i servizi educativi", "100%", "", "<<", "<<", "<<", "<<"},
                        {"01.01.01", "Ampliare i posti nido", "60%", "Posti nido per 100 bambini", "%", "29%", ">= 31%", "Settore Scuola"},
                        {"", "", "", "Domande in lista d'attesa", "n.", "41", "<= 35", ""},
                        {"01.01.02", "Estendere l'orario dei nidi", "40%", "Settimane di apertura estiva", "n.", "4", ">= 6", "Settore Scuola"},
                        {"", "", "", "Ore di apertura settimanali", "n.", "40", ">= 45", ""}});
  const Model m = read_with(document_of({t}, {"Comune di Prova – Piano della performance 2025"}), "list");
  REQUIRE(node_coded(m, "01"));
  REQUIRE(node_coded(m, "01.01"));
  REQUIRE(node_coded(m, "01.01.01"));
  CHECK(node_coded(m, "01")->level == "area");
  CHECK(node_coded(m, "01.01")->level == "strategic");
  CHECK(node_coded(m, "01.01.01")->level == "operational");
  CHECK(node_coded(m, "01.01.02")->parent == node_coded(m, "01.01")->id);
  REQUIRE(indicator_named(m, "Posti nido per 100 bambini"));
  CHECK(indicator_named(m, "Posti nido per 100 bambini")->node == node_coded(m, "01.01.01")->id);
}

TEST_CASE("reader: a matrix whose rows alternate calculated and effective weights labelled in a 'Peso ponderale' column", "[genres][reader][matrix]") {
  // Two rows per objective, code and title on the first; the label column
  // says which weight each row holds. Nothing is written over: the
  // calculated weight is a note, the effective one the node's weight.
  const Table t = grid({{"Cod.", "Obiettivo", "Peso ponderale", "Direttore Generale", "Dirigente Area Tecnica"},
                        {"OB.01", "Riorganizzare la rete", "calcolato", "3", "5,7"},
                        {"", "", "effettivo", "60,00%", "38,00%"},
                        {"OB.02", "Rinnovare il parco autobus", "calcolato", "2", "9,3"},
                        {"", "", "effettivo", "40,00%", "62,00%"}});
  const Model m = read_with(document_of({t}, {"Agenzia di Prova – matrice di assegnazione 2026"}), "list");
  const auto tecnica = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) {
    return n.unit == "Dirigente Area Tecnica" && n.code == "OB.01";
  });
  REQUIRE(tecnica != m.nodes.end());
  REQUIRE(tecnica->weight);
  CHECK(tecnica->weight->raw == "38,00%");
  REQUIRE(tecnica->notes.size() == 1);
  CHECK(tecnica->notes[0].find("5,7") != std::string::npos);
}

TEST_CASE("reader: a matrix of two stacked blocks under 'Dirigenti' over the managers' names, the first block labelled above the table", "[genres][reader][matrix]") {
  // "A. Peso ponderale calcolato" is the line above the table, "B. Peso
  // ponderale effettivo" a row inside it, the header printed again under
  // it; "Dirigenti" is the word for the columns, the names are below it.
  const std::vector<std::vector<std::string>> header = {{"Cod.", "Obiettivo operativo", "Dirigenti", "<<"},
                                                        {"", "", "Direttore Generale", "Dirigente Area Contributi"}};
  std::vector<std::vector<std::string>> rows = header;
  rows.push_back({"OB.1", "Recuperare i contributi", "5,7", "2"});
  rows.push_back({"OB.2", "Bonificare le posizioni", "4,25", "2"});
  rows.push_back({"B. Peso ponderale effettivo", "", "", ""});
  rows.insert(rows.end(), header.begin(), header.end());
  rows.push_back({"OB.1", "Recuperare i contributi", "57,28%", "50,00%"});
  rows.push_back({"OB.2", "Bonificare le posizioni", "42,72%", "50,00%"});
  const Model m = read_with(document_of({grid(rows)}, {"Cassa di Prova – Matrice 2026", "A. Peso ponderale calcolato"}), "list");
  std::vector<const Node*> general;
  for (const auto& n : m.nodes)
    if (n.unit == "Direttore Generale") general.push_back(&n);
  REQUIRE(general.size() == 2);
  REQUIRE(general[0]->weight);
  CHECK(general[0]->weight->raw == "57,28%");
  CHECK(general[0]->notes == std::vector<std::string>{"A. Peso ponderale calcolato: 5,7"});
  CHECK(std::count_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.unit == "Dirigente Area Contributi"; }) == 2);
  // The block's label is no node.
  CHECK(std::none_of(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.title.find("Peso") != std::string::npos; }));
}

TEST_CASE("reader: 'OS.1 – Title' alone in the code column heads the operational objectives coded '1a' under it, their office the objective's", "[genres][reader][tree]") {
  // The office is printed once per objective (merged down over its
  // indicators): the objective's owner, not each indicator's.
  const Table t = grid({{"Cod.", "Obiettivo operativo", "Peso", "Indicatore", "Target 2026", "Ufficio"},
                        {"OS.1 \u2013 Conservare la biodiversit\u00e0", "", "", "", "", ""},
                        {"1a)", "Monitorare le specie", "60%", "Specie monitorate", ">= 12", "Servizio Natura"},
                        {"", "", "", "Campagne di rilievo", ">= 4", ""},
                        {"1b)", "Ridurre il traffico", "40%", "Accessi giornalieri", "<= 900", "Servizio Natura"},
                        {"OS.2 \u2013 Fruizione sostenibile", "", "", "", "", ""},
                        {"2a)", "Valorizzare i sentieri", "100%", "Sentieri segnalati", ">= 220", "Servizio Fruizione"},
                        {"", "", "", "Presenze ai centri visita", ">= 40.000", ""}});
  const Model m = read_with(document_of({t}, {"Ente Parco di Prova – Piano della performance 2026"}), "list");
  const Node* os1 = node_coded(m, "OS.1");
  const Node* os2 = node_coded(m, "OS.2");
  REQUIRE(os1);
  REQUIRE(os2);
  CHECK(os1->title == "Conservare la biodiversit\u00e0");
  CHECK(os1->level == "strategic");
  CHECK(os2->parent.empty());
  REQUIRE(node_coded(m, "1a"));
  CHECK(node_coded(m, "1a")->parent == os1->id);
  CHECK(node_coded(m, "1b")->parent == os1->id);
  CHECK(node_coded(m, "2a")->parent == os2->id);
  CHECK(node_coded(m, "1a")->owners == std::vector<std::string>{"Servizio Natura"});
  REQUIRE(indicator_named(m, "Campagne di rilievo"));
  CHECK(indicator_named(m, "Campagne di rilievo")->owners.empty());
  CHECK(indicator_named(m, "Specie monitorate")->owners.empty());
}

TEST_CASE("reader: a total row of the weight column is the document's printed total of its weights", "[genres][reader][points]") {
  const Table t = grid({{"Cod.", "Obiettivo", "Indicatore", "Target 2025", "Punti"},
                        {"A1", "Migliorare la riscossione", "Riscossione IMU", ">= 88%", "24 punti"},
                        {"A2", "Pagare le fatture nei termini", "Tempo medio di pagamento", "<= 30 gg", "16 punti"},
                        {"", "Totale punti obiettivi", "", "", "40 punti"}});
  const Model m = read_with(document_of({t}, {"Comune di Prova – Piano della performance 2025"}), "list");
  REQUIRE(m.documents.size() == 1);
  REQUIRE(m.documents[0].totals.size() == 1);
  CHECK(m.documents[0].totals[0].field == "weight");
  CHECK(m.documents[0].totals[0].number.raw == "40 punti");
  CHECK(m.documents[0].totals[0].label == "Totale punti obiettivi");
}

TEST_CASE("reader: a caption grid (Missione | Programma | Centro di responsabilità) over a table gives its objectives their budget and owner, and an eight-digit code opens the objective's cell", "[genres][reader][pira]") {
  const Table caption = grid({{"Missione", "014 \u2013 Infrastrutture pubbliche e logistica"},
                              {"Programma", "005 \u2013 Sistemi idrici"},
                              {"Centro di responsabilit\u00e0", "Direzione generale per le dighe"}},
                             "t1", 100);
  const Table table = grid({{"Obiettivo", "Indicatore", "Valore di partenza (2024)", "Target 2026", "Risorse"},
                            {"14050101\nAssicurare la vigilanza\nsulle dighe", "Dighe ispezionate", "91,5%", ">= 93%", "\u20ac 4.321.772,00"},
                            {"", "Tempo medio di approvazione", "212 gg", "<= 190 gg", ""}},
                           "t2", 200);
  const Model m = read_with(document_of({caption, table}, {"Ministero di Prova – Piano degli indicatori e dei risultati attesi di bilancio 2026-2028"}), "pira");
  const Node* objective = node_coded(m, "14050101");
  REQUIRE(objective);
  CHECK(objective->title == "Assicurare la vigilanza sulle dighe");
  CHECK(objective->mission == "014");
  CHECK(objective->programme == "005");
  CHECK(objective->owners == std::vector<std::string>{"Direzione generale per le dighe"});
  REQUIRE(indicator_named(m, "Tempo medio di approvazione"));
  CHECK(indicator_named(m, "Tempo medio di approvazione")->node == objective->id);
  // With no objective under it, a caption's values stay listed.
  const Model alone = read_with(document_of({caption}, {"Ministero di Prova"}), "pira");
  CHECK(std::any_of(alone.unassigned.begin(), alone.unassigned.end(),
                    [](const Unassigned& u) { return u.text.find("Direzione generale per le dighe") != std::string::npos; }));
}

TEST_CASE("reader: a series band over sub-headers naming their years ('Valori obiettivo' over 'Target 2025 | Target 2026') dates each column", "[genres][reader][header]") {
  const Table t = grid({{"Cod.", "Indicatore", "Valori obiettivo", "<<"},
                        {"", "", "Target 2025", "Target 2026"},
                        {"A1", "Campioni conformi", ">= 93,0", ">= 94,0"}});
  const Model m = read_with(document_of({t}, {"Autorit\u00e0 di Prova – Cruscotto 2025-2026"}), "list");
  const Indicator* samples = indicator_named(m, "A1");
  REQUIRE(samples);
  REQUIRE(samples->targets.size() == 2);
  CHECK(samples->targets[0].year == 2025);
  CHECK(samples->targets[1].year == 2026);
  CHECK(samples->targets[1].raw == ">= 94,0");
}

TEST_CASE("reader: a coded objective row whose title ends '(peso 20 punti)' carries that weight, its indicators' points summing to it", "[genres][reader][points]") {
  const Table t = grid({{"Cod.", "Area / Obiettivo / Indicatore", "Target 2026", "Punti"},
                        {"I", "CONSERVAZIONE DELLA NATURA", "", "30 punti"},
                        {"I.1", "Monitorare le specie (peso 20 punti)", "", ""},
                        {"", "Transetti di monitoraggio", "almeno 40", "12 punti"},
                        {"", "Habitat valutati", ">= 70%", "8 punti"},
                        {"I.2", "Ridurre il disturbo (peso 10 punti)", "", ""},
                        {"", "Giornate di sorveglianza", ">= 150", "9 punti"},
                        {"", "Cartelli rinnovati", "entro il 30/09/2026", "1 PUNTO"}});
  const Model m = read_with(document_of({t}, {"Ente Parco di Prova – Piano della performance 2026"}), "list");
  const Node* quiet = node_coded(m, "I.2");
  REQUIRE(quiet);
  CHECK(quiet->title == "Ridurre il disturbo");
  REQUIRE(quiet->weight);
  CHECK(quiet->weight->raw == "10 punti");
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const Unassigned& u) { return u.text.find("peso") != std::string::npos; }));
}

TEST_CASE("reader: of two columns left of the objectives (Dirigente | Struttura), the one listing each objective once per value holds the units, the other their managers", "[genres][reader][units]") {
  const Table t = grid({{"Dirigente", "Struttura", "Cod.", "Obiettivo", "Ponderazione", "Indicatore", "Peso ind.", "Target 2026"},
                        {"dott. Renato Neri", "Direzione Finanze", "OT.01", "Prevenire la corruzione", "20", "Misure attuate", "100%", "100%"},
                        {"", "", "FIN.01", "Pagare nei termini", "80", "Tempo medio di pagamento", "100%", "<= 30 gg"},
                        {"dott. Renato Neri", "Direzione Patrimonio", "OT.01", "Prevenire la corruzione", "20", "Misure attuate", "100%", "100%"},
                        {"", "", "PAT.01", "Completare l'inventario", "80", "Immobili censiti", "100%", ">= 90%"},
                        {"arch. Chiara Valli", "Direzione Scuole", "OT.01", "Prevenire la corruzione", "20", "Misure attuate", "100%", "100%"},
                        {"", "", "SCU.01", "Ridurre i tempi di intervento", "80", "Segnalazioni risolte", "100%", ">= 85%"}});
  const Model m = read_with(document_of({t}, {"Citt\u00e0 di Prova – Obiettivi 2026 assegnati ai dirigenti"}), "list");
  std::vector<const Node*> units;
  for (const auto& n : m.nodes)
    if (n.level == "unit") units.push_back(&n);
  REQUIRE(units.size() == 3);
  CHECK(units[0]->title == "Direzione Finanze");
  CHECK(units[1]->title == "Direzione Patrimonio");
  CHECK(units[0]->owners == std::vector<std::string>{"dott. Renato Neri"});
  CHECK(units[2]->owners == std::vector<std::string>{"arch. Chiara Valli"});
  const auto ot = std::count_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "OT.01"; });
  CHECK(ot == 3);
  for (const auto& n : m.nodes)
    if (n.code == "OT.01") CHECK(n.owners.empty());
}

TEST_CASE("reader: a unit column last on every row (Obiettivo n. ... CdR | Dirigente) groups the objectives listed again on each indicator row", "[genres][reader][units]") {
  // The objective, its weight and the unit are printed again on every
  // indicator row; the same objective (9a) is listed under two units.
  const Table t = grid({{"Obiettivo n.", "Descrizione obiettivo", "Incidenza", "Indicatore", "Valore atteso 2026", "CdR", "Dirigente"},
                        {"1a)", "Rafforzare la presa in carico", "60,00%", "Patti sottoscritti", "almeno 80%", "CdR 1 – Impiego", "dott.ssa Carla Iannone"},
                        {"1a)", "Rafforzare la presa in carico", "60,00%", "Utenti profilati", "almeno 90%", "CdR 1 – Impiego", "dott.ssa Carla Iannone"},
                        {"9a)", "Prevenire la corruzione", "40,00%", "Misure attuate", "100%", "CdR 1 – Impiego", "dott.ssa Carla Iannone"},
                        {"2a)", "Accreditare gli enti", "70,00%", "Tempo medio", "non superiore a 60 gg", "CdR 2 – Formazione", "dott. Marco Di Rienzo"},
                        {"9a)", "Prevenire la corruzione", "30,00%", "Misure attuate", "100%", "CdR 2 – Formazione", "dott. Marco Di Rienzo"}});
  const Model m = read_with(document_of({t}, {"Agenzia di prova – obiettivi assegnati ai centri di responsabilit\u00e0"}), "list");
  std::vector<const Node*> units;
  for (const auto& n : m.nodes)
    if (n.level == "unit") units.push_back(&n);
  REQUIRE(units.size() == 2);
  CHECK(units[0]->title == "CdR 1 – Impiego");
  CHECK(units[1]->owners == std::vector<std::string>{"dott. Marco Di Rienzo"});
  // "Obiettivo n." numbers the objectives: their codes, without ")".
  const auto nine = std::count_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "9a"; });
  CHECK(nine == 2);
  const auto one = std::count_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.code == "1a"; });
  CHECK(one == 1);
  CHECK(m.indicators.size() == 5);
}

TEST_CASE("reader: a summary of the objectives' resources ('Obiettivo' codes beside 'Denominazione') lists the objectives read above, not new ones", "[genres][reader][pira]") {
  const Table detail = grid({{"Codice obiettivo", "Obiettivo", "Risorse finanziarie 2026", "Indicatore", "Target 2026"},
                             {"17.1", "Migliorare le previsioni", "1.842.500,00", "Previsioni corrette", ">= 90%"},
                             {"17.2", "Aprire i dati", "615.000,00", "Serie pubblicate", ">= 40"}},
                            "t1", 100);
  const Table summary = grid({{"Missione", "Programma", "Obiettivo", "Denominazione", "Risorse 2026"},
                              {"017", "003", "17.1", "Migliorare le previsioni", "1.842.500,00"},
                              {"017", "003", "17.2", "Aprire i dati", "615.000,00"},
                              {"TOTALE GENERALE", "", "", "", "2.457.500,00"}},
                             "t2", 300);
  const Model m = read_with(document_of({detail, summary}, {"Ente di Prova – Piano degli indicatori e dei risultati attesi di bilancio 2026-2028"}), "pira");
  CHECK(m.nodes.size() == 2);
  REQUIRE(node_coded(m, "17.1"));
  CHECK(node_coded(m, "17.1")->title == "Migliorare le previsioni");
  CHECK(m.indicators.size() == 2);
  REQUIRE(m.documents[0].totals.size() == 1);
  CHECK(m.documents[0].totals[0].number.raw == "2.457.500,00");
}

TEST_CASE("reader: 'A1 | AREA' over rows coded 'OB.1' heads them, and values dated line by line ('2023: 1.180' over '2024: 1.240') are one per year", "[genres][reader][tree]") {
  const Table t = grid({{"Cod.", "Obiettivo / Indicatore", "Ponderazione", "Valore storico", "Risultato atteso"},
                        {"A1", "TERRITORIO E AMBIENTE", "", "", ""},
                        {"OB.1", "Tutelare la qualit\u00e0 dell'aria", "100%", "", ""},
                        {"OB.1.1", "Intensificare i controlli", "100%", "", ""},
                        {"", "Impianti termici ispezionati", "", "2023: 1.180\n2024: 1.240", "2026: almeno 1.300\n2027: almeno 1.350"}});
  const Model m = read_with(document_of({t}, {"Provincia di Prova – Piano della performance 2026-2027"}), "list");
  const Node* area = node_coded(m, "A1");
  REQUIRE(area);
  CHECK(area->level == "area");
  REQUIRE(node_coded(m, "OB.1"));
  CHECK(node_coded(m, "OB.1")->parent == area->id);
  const Indicator* plants = indicator_named(m, "Impianti termici ispezionati");
  REQUIRE(plants);
  REQUIRE(plants->baselines.size() == 2);
  CHECK(plants->baselines[0].year == 2023);
  CHECK(plants->baselines[0].raw == "1.180");
  CHECK(plants->baselines[1].raw == "1.240");
  REQUIRE(plants->targets.size() == 2);
  CHECK(plants->targets[1].year == 2027);
  CHECK(plants->targets[1].raw == "almeno 1.350");
  CHECK(std::none_of(m.indicators.begin(), m.indicators.end(), [](const Indicator& i) { return i.name == "TERRITORIO E AMBIENTE"; }));
}

TEST_CASE("reader: a 'Dato' column naming each row's series (Consuntivo over Obiettivo) under bare years, and an area 'PRE – Title' over rows coded PRE.01", "[genres][reader][dashboard]") {
  const Table t = grid({{"Area", "Codice", "Indicatore", "Dato", "2024", "2025", "2026", "2027"},
                        {"PRE \u2013 Prevenzione", "PRE.01", "Copertura vaccinale", "Consuntivo", "94,1%", "94,8%", "", ""},
                        {"", "", "", "Obiettivo", "", "", ">= 95%", ">= 95,5%"},
                        {"", "PRE.02", "Screening mammografico", "Consuntivo", "58,2%", "61,0%", "", ""},
                        {"", "", "", "Obiettivo", "", "", ">= 65%", ">= 67%"}});
  const Model m = read_with(document_of({t}, {"Azienda di Prova – Cruscotto"}), "list");
  const Node* area = node_coded(m, "PRE");
  REQUIRE(area);
  CHECK(area->title == "Prevenzione");
  const Indicator* vaccines = indicator_named(m, "PRE.01");
  REQUIRE(vaccines);
  CHECK(vaccines->node == area->id);
  REQUIRE(vaccines->baselines.size() == 2);
  CHECK(vaccines->baselines[0].year == 2024);
  CHECK(vaccines->baselines[1].raw == "94,8%");
  REQUIRE(vaccines->targets.size() == 2);
  CHECK(vaccines->targets[0].year == 2026);
  CHECK(vaccines->targets[1].raw == ">= 95,5%");
  CHECK(m.indicators.size() == 2);
}

TEST_CASE("reader: a unit's name over 'calcolato | effettivo' heads that unit's two weights of an assignment matrix", "[genres][reader][matrix]") {
  const Table t = grid({{"Cod.", "Obiettivo operativo", "Divisione I", "<<", "Divisione II", "<<"},
                        {"", "", "calcolato", "effettivo", "calcolato", "effettivo"},
                        {"OB.1", "Censire le derivazioni", "6", "60,00%", "", ""},
                        {"OB.2", "Ridurre i tempi", "4", "40,00%", "8", "100,00%"}});
  const Model m = read_with(document_of({t}, {"Direzione di Prova – Matrice 2026"}), "list");
  std::vector<const Node*> first;
  for (const auto& n : m.nodes)
    if (n.unit == "Divisione I") first.push_back(&n);
  REQUIRE(first.size() == 2);
  REQUIRE(first[0]->weight);
  CHECK(first[0]->weight->raw == "60,00%");
  CHECK(first[0]->notes == std::vector<std::string>{"calcolato: 6"});
  CHECK(std::count_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.unit == "Divisione II"; }) == 1);
}

TEST_CASE("reader: 'Responsabile: name · Grado di raggiungimento del settore: 98,08%' under a unit's heading gives it its owner and its achievement", "[genres][reader][units]") {
  const Table t = grid({{"Cod.", "Obiettivo / Indicatore", "Peso", "Target 2025", "Risultato 2025", "Grado di raggiungimento"},
                        {"01.", "Migliorare la riscossione", "100%", "", "", "98,08%"},
                        {"01.1", "Riscossione della TARI", "100%", ">= 85%", "87,4%", "100,00%"}},
                       "t1", 200);
  const Model m = read_with(document_of({t}, {"Comune di Prova – Relazione sulla performance 2025", "Settore Servizi Finanziari",
                                              "Responsabile: dott.ssa Anna Pellegrini \u00b7 Grado di raggiungimento del settore: 98,08%"}),
                            "report");
  const auto unit = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.level == "unit"; });
  REQUIRE(unit != m.nodes.end());
  CHECK(unit->title == "Settore Servizi Finanziari");
  CHECK(unit->owners == std::vector<std::string>{"dott.ssa Anna Pellegrini"});
  REQUIRE(unit->achievement.size() == 1);
  CHECK(unit->achievement[0].number.raw == "98,08%");
}

TEST_CASE("reader: a ladder printed as two cells of as many lines ('Valori soglia' beside 'Punteggio') reads each band with its score", "[genres][reader][bands]") {
  const Table t = grid({{"Cod.", "Indicatore", "Valori soglia 2026", "Punteggio"},
                        {"A.1", "Tempo di attesa", "<= 28 gg\n29-30 gg\n> 30 gg", "100%\n50%\n0%"}});
  const Model m = read_with(document_of({t}, {"Azienda di Prova – Obiettivi 2026"}), "list");
  const Indicator* wait = indicator_named(m, "A.1");
  REQUIRE(wait);
  REQUIRE(wait->targets.size() == 1);
  CHECK(wait->targets[0].raw == "<= 28 gg 100% 29-30 gg 50% > 30 gg 0%");
}

TEST_CASE("reader: a year column naming the base ('anno_base | valore_base') dates each row's baseline", "[genres][reader][header]") {
  const Table t = grid({{"codice", "indicatore", "anno_base", "valore_base", "target_2026", "target_2027"},
                        {"PM-01", "Pensioni liquidate entro 30 giorni", "2024", "88,4", ">=90", ">=92"},
                        {"PM-02", "Tempo medio di liquidazione", "2023", "19", "<=18", "<=16"}});
  const Model m = read_with(document_of({t}, {"Istituto di Prova – Indicatori 2026-2027"}), "list");
  const Indicator* first = indicator_named(m, "PM-01");
  const Indicator* second = indicator_named(m, "PM-02");
  REQUIRE(first);
  REQUIRE(second);
  REQUIRE(first->baselines.size() == 1);
  CHECK(first->baselines[0].year == 2024);
  REQUIRE(second->baselines.size() == 1);
  CHECK(second->baselines[0].year == 2023);
  REQUIRE(first->targets.size() == 2);
  CHECK(first->targets[0].year == 2026);
  // A year column naming no base still dates each row's target.
  const Table rows = grid({{"Indicatore", "Anno di riferimento", "Valore atteso"},
                           {"Pratiche evase", "2026", ">= 90%"},
                           {"", "2027", ">= 92%"}});
  const Model by_row = read_with(document_of({rows}, {"Istituto di Prova – Indicatori 2026-2027"}), "list");
  const Indicator* cases = indicator_named(by_row, "Pratiche evase");
  REQUIRE(cases);
  REQUIRE(cases->targets.size() == 2);
  CHECK(cases->targets[0].year == 2026);
  CHECK(cases->targets[1].year == 2027);
}

TEST_CASE("reader: years as rows under 'Periodo': rows before the first target print the past, baselines, and their dashes are no targets", "[genres][reader][years]") {
  const Table t = grid({{"Codice", "Descrizione", "Periodo", "Risultato", "Target"},
                        {"D.A.1a", "Studenti che proseguono", "a.a. 2019/2020", "58,4%", "\u2013"},
                        {"", "", "a.a. 2020/2021", "60,1%", "\u2013"},
                        {"", "", "2021", "62,3%", ">= 61%"},
                        {"", "", "2022", "61,7%", ">= 63%"}});
  const Model m = read_with(document_of({t}, {"Universit\u00e0 di Prova – Relazione 2021-2022"}), "list");
  const Indicator* students = indicator_named(m, "D.A.1a");
  REQUIRE(students);
  REQUIRE(students->baselines.size() == 2);
  CHECK(students->baselines[0].year == 2019);
  CHECK(students->baselines[1].raw == "60,1%");
  REQUIRE(students->targets.size() == 2);
  CHECK(students->targets[0].year == 2021);
  REQUIRE(students->results.size() == 2);
  CHECK(students->results[1].year == 2022);
  CHECK(m.documents[0].years == std::vector<int>{2021, 2022});
}

TEST_CASE("reader: a band 'Obiettivo' over years heads targets, not objectives", "[genres][reader][header]") {
  const Table t = grid({{"Incidenza", "Cod.", "Indicatore", "Valore storico", "<<", "Obiettivo", "<<"},
                        {"", "", "", "2023", "2024", "2026", "2027"},
                        {"60%", "A.1", "Prodotti della ricerca per docente", "2,3", "2,2", ">= 2,4", ">= 2,5"},
                        {"40%", "A.2", "Dottorandi con borsa esterna", "21%", "22%", ">= 23%", ">= 25%"}});
  const Model m = read_with(document_of({t}, {"Universit\u00e0 di Prova – Cruscotto 2026-2027"}), "dashboard");
  CHECK(m.nodes.empty());
  const Indicator* research = indicator_named(m, "A.1");
  REQUIRE(research);
  REQUIRE(research->targets.size() == 2);
  CHECK(research->targets[0].year == 2026);
  CHECK(research->targets[1].raw == ">= 2,5");
  REQUIRE(research->baselines.size() == 2);
}

TEST_CASE("reader: a unit's form names its code and the unit it reports to", "[genres][reader][units]") {
  const Table form = grid({{"Unit\u00e0 organizzativa", "Servizio Registro delle imprese", "<<", "<<"},
                           {"Codice UO", "UO.2.1", "Riporta a", "Area Anagrafe"},
                           {"Responsabile", "dott.ssa Anna Neri", "Qualifica", "Funzionario"}},
                          "t1", 100);
  const Table table = grid({{"Cod.", "Obiettivo operativo", "Peso", "Indicatore", "Target 2026"},
                            {"RI.01", "Ridurre i tempi", "100%", "Pratiche evase in 5 giorni", ">= 90%"}},
                           "t2", 200);
  const Model m = read_with(document_of({form, table}, {"Camera di Prova \u2013 assegnazione 2026"}), "assignment");
  const auto unit = std::find_if(m.nodes.begin(), m.nodes.end(), [](const Node& n) { return n.title == "Servizio Registro delle imprese"; });
  REQUIRE(unit != m.nodes.end());
  CHECK(unit->code == "UO.2.1");
  CHECK(unit->owners == std::vector<std::string>{"dott.ssa Anna Neri"});
  CHECK_FALSE(unit->parent.empty());
}
