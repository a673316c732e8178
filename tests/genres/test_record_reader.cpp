// The record reader on small synthetic documents: labels name fields by
// the profile's data (its record fields, then the column vocabulary),
// blocks start at headings or at a field the open block already holds,
// ordinal years map to the period, values keep their cells, and a form's
// indicator table is read by the generic table reader under its objective.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/diagnostics.hpp"
#include "genres/genres.hpp"
#include "genres/profile.hpp"
#include "genres/record_reader.hpp"
#include "synthetic_grid.hpp"

using namespace allegato;
using namespace allegato::genres;
using namespace allegato::synthetic;

TEST_CASE("records: labels name fields by the profile's words, ordinals and years kept", "[genres][records]") {
  const Profile& record = *builtin_profile("record");
  struct Case {
    const char* label;
    const char* field;
    std::optional<int> ordinal;
    std::optional<int> year;
  };
  const std::vector<Case> cases = {
      {"Codice", "node.code", {}, {}},
      {"Codice indicatore", "indicator.code", {}, {}},
      {"Denominazione obiettivo", "node.title", {}, {}},
      {"MISSIONE", "node.mission", {}, {}},
      {"Programma", "node.programme", {}, {}},
      {"Risorse finanziarie a preventivo secondo anno", "node.resources", 2, {}},
      {"Unità di misura", "indicator.unit", {}, {}},
      {"Algoritmo di calcolo", "indicator.formula", {}, {}},
      {"Tipologia", "indicator.type", {}, {}},
      {"Peso indicatore", "indicator.weight", {}, {}},
      {"Target conseguito nell'esercizio precedente", "indicator.baselines", {}, {}},
      {"Target primo anno", "indicator.targets", 1, {}},
      {"Target terzo anno", "indicator.targets", 3, {}},
      {"Valore atteso 2027", "indicator.targets", {}, 2027},
      {"Colore preferito", "", {}, {}},
  };
  for (const auto& c : cases) {
    INFO(c.label);
    const RecordLabel l = match_record_label(c.label, record);
    CHECK(l.field == c.field);
    if (!l.field.empty()) {
      CHECK(l.ordinal == c.ordinal);
      CHECK(l.year == c.year);
    }
  }
  const Profile& form = *builtin_profile("form");
  CHECK(match_record_label("DENOMINAZIONE CDR", form).field == "node.unit");
  CHECK(match_record_label("Titolare del CdR", form).field == "node.owner");
  CHECK(match_record_label("CODICE E DENOMINAZIONE OBIETTIVO", form).field == "node.code_title");
}

TEST_CASE("records: objective and indicator blocks from label/value rows and 'Label: value' lines", "[genres][records]") {
  // Blocks under headings, a second indicator opened by its repeated
  // label, a "Label: value" cell, and a row no label names.
  const Table t = grid({{"Scheda obiettivo 7", "<<"},
                        {"Codice", "7"},
                        {"Denominazione obiettivo", "Accorciare le code agli sportelli"},
                        {"Missione", "011 – Competitività"},
                        {"Programma", "005 – Regolazione"},
                        {"Risorse a preventivo primo anno", "€ 12.500,50"},
                        {"Indicatore 1", "<<"},
                        {"Indicatore", "Attesa media allo sportello"},
                        {"Unità di misura", "Giorni"},
                        {"Algoritmo di calcolo", "GG_ATT / N_UTENTI"},
                        {"Peso indicatore", "60%"},
                        {"Target conseguito nell'esercizio precedente", "12"},
                        {"Target primo anno", "<= 10"},
                        {"Target secondo anno", "<= 9"},
                        {"Target terzo anno", ""},
                        {"Indicatore", "Pratiche chiuse on line"},
                        {"Peso indicatore: 40%", ""},
                        {"Target primo anno", ">= 70%"},
                        {"Nota a margine", "testo libero"}});
  const Model m = read_with(document_of({t}, {"Ente di prova – Piano della performance 2031-2033"}), "record");
  REQUIRE(m.nodes.size() == 1);
  const Node& n = m.nodes[0];
  CHECK(n.code == "7");
  CHECK(n.level == "strategic");
  CHECK(n.title == "Accorciare le code agli sportelli");
  CHECK(n.mission == "011");
  CHECK(n.programme == "005");
  REQUIRE(n.resources.size() == 1);
  REQUIRE(n.resources[0].value);
  CHECK(n.resources[0].value->to_string() == "12500.50");
  CHECK(n.source.page == 1);
  REQUIRE(m.indicators.size() == 2);
  const Indicator* a = indicator_named(m, "Attesa media allo sportello");
  REQUIRE(a);
  CHECK(a->node == n.id);
  CHECK(a->unit == "gg");
  CHECK(a->variables == std::vector<std::string>{"GG_ATT", "N_UTENTI"});
  REQUIRE(a->weight);
  REQUIRE(a->weight->value);
  CHECK(a->weight->value->to_string() == "60");
  REQUIRE(a->baselines.size() == 1);
  CHECK(a->baselines[0].year == 2030);
  REQUIRE(a->targets.size() == 3);
  CHECK(a->targets[0].year == 2031);
  CHECK(a->targets[0].op == Op::le);
  CHECK(a->targets[1].year == 2032);
  CHECK(a->targets[2].year == 2033);
  CHECK(a->targets[2].status == TargetStatus::missing);
  REQUIRE(a->targets[0].source);
  REQUIRE(a->targets[0].source->bbox);
  REQUIRE(a->source.bbox);
  CHECK(a->targets[0].source->bbox->y0 > a->source.bbox->y0);  // the value's own cell, rows below the name
  const Indicator* b = indicator_named(m, "Pratiche chiuse on line");
  REQUIRE(b);
  REQUIRE(b->weight);
  CHECK(b->weight->raw == "40%");
  CHECK(b->unit == "%");
  CHECK(m.documents[0].years == std::vector<int>{2031, 2032, 2033});
  // Text no field took is listed, never dropped.
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(), [](const auto& u) { return u.text == "testo libero"; }));
}

TEST_CASE("records: a form's objective above an indicator table the generic reader reads", "[genres][records]") {
  const Table form1 = grid({{"DENOMINAZIONE CDR", "Settore Strade"},
                            {"TITOLARE DEL CDR", "Ing. Rosa Verdi"},
                            {"CODICE E DENOMINAZIONE OBIETTIVO", "3.2.C – Riparare le buche entro una settimana"}},
                           "t1", 100);
  const Table table1 = grid({{"PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO"},
                             {"70", "Buche riparate in 7 giorni", "riparate / segnalate", "50%", ">= 60%", ">= 70%", ">= 80%"},
                             {"30", "Segnalazioni on line", "N_SEGN_WEB", "120", ">= 150", ">= 170", ">= 190"}},
                            "t2", 200);
  const Table form2 = grid({{"DENOMINAZIONE CDR", "Settore Verde"},
                            {"TITOLARE DEL CDR", "Dott. Elio Neri"},
                            {"CODICE E DENOMINAZIONE OBIETTIVO", "B7 - Potare i viali"}},
                           "t3", 300);
  const Table table2 = grid({{"PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO"},
                             {"100", "Viali potati", "N_VIALI", "4", ">= 5", ">= 6", ">= 7"}},
                            "t4", 400);
  const Model m = read_with(document_of({form1, table1, form2, table2}, {"Comune di Prova – PEG 2031-2033"}), "form");
  REQUIRE(m.nodes.size() == 2);
  const Node* road = node_coded(m, "3.2.C");
  const Node* green = node_coded(m, "B7");
  REQUIRE(road);
  REQUIRE(green);
  CHECK(road->title == "Riparare le buche entro una settimana");
  CHECK(road->unit == "Settore Strade");
  CHECK(road->owners == std::vector<std::string>{"Ing. Rosa Verdi"});
  CHECK(road->level == "operational");
  CHECK(green->title == "Potare i viali");
  REQUIRE(m.indicators.size() == 3);
  const Indicator* fixed = indicator_named(m, "Buche riparate in 7 giorni");
  REQUIRE(fixed);
  CHECK(fixed->node == road->id);
  REQUIRE(fixed->weight);
  CHECK(fixed->weight->raw == "70");
  REQUIRE(fixed->baselines.size() == 1);
  CHECK(fixed->baselines[0].year == 2030);
  REQUIRE(fixed->targets.size() == 3);
  CHECK(fixed->targets[0].year == 2031);
  CHECK(fixed->targets[2].year == 2033);
  // A formula in words has no variables (the profile reads measure codes).
  CHECK(fixed->formula == "riparate / segnalate");
  CHECK(fixed->variables.empty());
  const Indicator* pruned = indicator_named(m, "Viali potati");
  REQUIRE(pruned);
  CHECK(pruned->node == green->id);
}

TEST_CASE("records: a form laid out across the page, its labels over their values", "[genres][records]") {
  // Each objective's form is one row of labels over one row of values; the
  // document is recognised as forms above indicator tables by that shape.
  auto form = [](const char* unit, const char* owner, const char* objective, const std::string& id, double y) {
    return grid({{"DENOMINAZIONE CDR", "TITOLARE DEL CDR", "CODICE E DENOMINAZIONE OBIETTIVO"}, {unit, owner, objective}},
                id, y);
  };
  const std::vector<std::string> header = {"INDICATORE", "FORMULA", "PESO", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO",
                                           "2°ANNO", "3°ANNO"};
  const Table table1 = grid({header,
                             {"Buche riparate in 7 giorni", "riparate / segnalate", "70", "50%", ">= 60%", ">= 70%", ">= 80%"},
                             {"Segnalazioni on line", "N_SEGN_WEB", "30", "120", ">= 150", ">= 170", ">= 190"}},
                            "t2", 200);
  const Table table2 = grid({header, {"Viali potati", "N_VIALI", "100", "4", ">= 5", ">= 6", ">= 7"}}, "t4", 400);
  const ExtractedDocument doc =
      document_of({form("Settore Strade", "Ing. Rosa Verdi", "3.2.C - Riparare le buche entro una settimana", "t1", 100),
                   table1, form("Settore Verde", "Dott. Elio Neri", "B7 - Potare i viali", "t3", 300), table2},
                  {"Comune di Prova – PEG 2031-2033"});
  const auto scores = score_genres(doc);
  REQUIRE_FALSE(scores.empty());
  CHECK(scores.front().genre == "form");
  const Model m = read_with(doc, "form");
  REQUIRE(m.nodes.size() == 2);
  const Node* road = node_coded(m, "3.2.C");
  REQUIRE(road);
  CHECK(road->title == "Riparare le buche entro una settimana");
  CHECK(road->unit == "Settore Strade");
  CHECK(road->owners == std::vector<std::string>{"Ing. Rosa Verdi"});
  const Indicator* pruned = indicator_named(m, "Viali potati");
  REQUIRE(pruned);
  REQUIRE(node_coded(m, "B7"));
  CHECK(pruned->node == node_coded(m, "B7")->id);
  CHECK(m.indicators.size() == 3);
}

TEST_CASE("records: a form printed as lines, label and value on one line", "[genres][records]") {
  // A layout that flattened the form: "LABEL value" with no cell between,
  // or "Label: value"; a one-word label at a line's start is no label.
  const Table table = grid({{"PESO", "INDICATORE", "FORMULA", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO"},
                            {"100", "Alberi piantati", "N_ALBERI", ">= 50", ">= 60", ">= 70"}},
                           "t1", 200);
  const Model m = read_with(document_of({table}, {"Comune di Prova – PEG 2031-2033", "DENOMINAZIONE CDR Settore Parchi",
                                                  "Titolare del CdR: Arch. Ugo Bianchi",
                                                  "CODICE E DENOMINAZIONE OBIETTIVO 4.1 – Piantare alberi",
                                                  "Descrizione sommaria dei lavori"}),
                            "form");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "4.1");
  CHECK(m.nodes[0].title == "Piantare alberi");
  CHECK(m.nodes[0].unit == "Settore Parchi");
  CHECK(m.nodes[0].owners == std::vector<std::string>{"Arch. Ugo Bianchi"});
  CHECK(m.nodes[0].description.empty());
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].node == m.nodes[0].id);
  REQUIRE(m.indicators[0].targets.size() == 3);
  CHECK(m.indicators[0].targets[0].year == 2031);
}

TEST_CASE("records: the objective's code and title in two cells after their label", "[genres][records]") {
  const Table form = grid({{"DENOMINAZIONE CDR", "Settore Strade", ""},
                           {"CODICE E DENOMINAZIONE OBIETTIVO", "1.1.A", "Riparare le buche entro una settimana"}},
                          "t1", 100);
  const Table table = grid({{"PESO", "INDICATORE", "FORMULA", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO"},
                            {"100", "Buche riparate in 7 giorni", "R / S", ">= 60%", ">= 70%", ">= 80%"}},
                           "t2", 200);
  const Model m = read_with(document_of({form, table}, {"Comune di Prova – PEG 2031-2033"}), "form");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "1.1.A");
  CHECK(m.nodes[0].title == "Riparare le buche entro una settimana");
  REQUIRE(m.indicators.size() == 1);
  CHECK(m.indicators[0].node == m.nodes[0].id);
}

TEST_CASE("records: bad input reads as nothing, never a crash", "[genres][records]") {
  const std::vector<std::vector<std::vector<std::string>>> tables = {
      {{"Codice", ""}},
      {{"Indicatore 3", "<<"}},
      {{"Target primo anno", "??"}, {"Target primo anno", ""}},
      {{"Peso indicatore", "abc"}, {"Missione", "–"}, {"CODICE E DENOMINAZIONE OBIETTIVO", ":"}},
      {{":", ":"}, {"", ""}},
  };
  for (const auto& rows : tables) {
    for (const char* genre : {"record", "form"}) {
      CHECK_NOTHROW(read_with(document_of({grid(rows)}, {":", "Indicatore:"}), genre));
    }
  }
  CHECK_NOTHROW(read_with(document_of({grid({{""}})}), "record"));
}

TEST_CASE("records: a profile's record fields are checked", "[genres][records][profiles]") {
  const Profile p = parse_profile(R"({"profile": "mine", "reader": "record",
      "record": {"fields": {"node.mission": ["Missione di bilancio"]}, "headings": {"node": ["Scheda"]}, "level": "operational"}})",
                                  "mine.json");
  CHECK(match_record_label("Missione di bilancio", p).field == "node.mission");
  CHECK(p.record.level == "operational");
  for (const char* bad : {R"({"profile": "x", "record": {"fields": {"node.colour": ["colore"]}}})",
                          R"({"profile": "x", "record": {"headings": {"area": ["Area"]}}})",
                          R"({"profile": "x", "record": {"levels": "area"}})"}) {
    INFO(bad);
    CHECK_THROWS_AS(parse_profile(bad, "mine.json"), UsageError);
  }
}

TEST_CASE("records: one centre's form over two objectives, the second opened by a line drawn into the first table", "[genres][records]") {
  // The centre's lines print once; each objective's code line comes before
  // its table, the second one inside the table the layout drew above it.
  const Table table = grid({{"PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO", "GRADO DI REALIZZAZIONE"},
                            {"100", "Buche riparate", "N_BUCHE", "120", ">= 100", ">= 110", ">= 120", "100%"},
                            {"CODICE E DENOMINAZIONE OBIETTIVO: 3.2.B Potare i viali", "<<", "<<", "<<", "<<", "<<", "<<", "<<"},
                            {"PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO", "GRADO DI REALIZZAZIONE"},
                            {"100", "Viali potati", "N_VIALI", "4", ">= 5", ">= 6", ">= 7", "80%"}},
                           "t1", 200);
  const Model m = read_with(document_of({table}, {"Comune di Prova – Relazione 2031: schede obiettivo 2031-2033",
                                                  "DENOMINAZIONE CDR: Settore Strade", "TITOLARE DEL CDR: Ing. Rosa Verdi",
                                                  "CODICE E DENOMINAZIONE OBIETTIVO: 3.2.A Riparare le buche"}),
                            "form");
  const Node* roads = node_coded(m, "3.2.A");
  const Node* trees = node_coded(m, "3.2.B");
  REQUIRE(roads);
  REQUIRE(trees);
  CHECK(trees->title == "Potare i viali");
  // The second objective is the same centre's, with the same owner.
  CHECK(trees->unit == "Settore Strade");
  CHECK(trees->owners == std::vector<std::string>{"Ing. Rosa Verdi"});
  const Indicator* pruned = indicator_named(m, "Viali potati");
  REQUIRE(pruned);
  CHECK(pruned->node == trees->id);
  // A reached value beside a filled grade is the first year's result, the
  // grade that year's achievement.
  REQUIRE(pruned->results.size() == 1);
  CHECK(pruned->results[0].year == 2031);
  REQUIRE(pruned->achievement.size() == 1);
  CHECK(pruned->achievement[0].year == 2031);
  CHECK(std::none_of(m.indicators.begin(), m.indicators.end(),
                     [](const Indicator& i) { return i.name.find("CODICE") != std::string::npos; }));
}

TEST_CASE("records: an objective's indicators side by side, one column each, and a 'Denominazione' naming the objective", "[genres][records]") {
  const Table block = grid({{"Codice obiettivo", "OB.2.1"},
                            {"Denominazione", "Potenziare il monitoraggio delle coste"},
                            {"Missione", "017 \u2013 Ricerca e innovazione"}},
                           "t1", 100);
  const Table side = grid({{"", "Indicatore 1", "Indicatore 2"},
                           {"Indicatore", "Chilometri rilevati", "Rapporti pubblicati"},
                           {"Tipologia", "Indicatore di realizzazione fisica", "Indicatore di risultato"},
                           {"Unit\u00e0 di misura", "km", "%"},
                           {"Algoritmo di calcolo", "KM_ril", "RAP_60 / RAP_tot"},
                           {"Peso indicatore", "50%", "50%"},
                           {"Target primo anno", ">= 1.250", ">= 80%"},
                           {"Target secondo anno", ">= 1.300", ">= 85%"}},
                          "t2", 200);
  const Model m = read_with(document_of({block, side}, {"Istituto di Prova \u2013 PIAO 2025-2027"}), "record");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "OB.2.1");
  CHECK(m.nodes[0].title == "Potenziare il monitoraggio delle coste");
  REQUIRE(m.indicators.size() == 2);
  const Indicator* km = indicator_named(m, "Chilometri rilevati");
  const Indicator* reports = indicator_named(m, "Rapporti pubblicati");
  REQUIRE(km);
  REQUIRE(reports);
  CHECK(km->type == "Indicatore di realizzazione fisica");
  CHECK(km->unit == "km");
  CHECK(km->formula == "KM_ril");
  CHECK(reports->formula == "RAP_60 / RAP_tot");
  REQUIRE(reports->weight);
  CHECK(reports->weight->raw == "50%");
  REQUIRE(reports->targets.size() == 2);
  CHECK(reports->targets[0].year == 2025);
  CHECK(reports->targets[1].raw == ">= 85%");
  CHECK(km->node == m.nodes[0].id);
}

TEST_CASE("records: blocks each followed by indicators side by side under 'Indicatori | Indicatore 1 | Indicatore 2'", "[genres][records]") {
  auto block = [](const std::string& code, const std::string& title, const std::string& id, double y) {
    return grid({{"Codice", code}, {"Obiettivo", title}, {"Missione", "006 \u2013 Giustizia"}, {"Struttura responsabile", "Dipartimento " + code}}, id, y);
  };
  auto side = [](const std::string& a, const std::string& b, const std::string& id, double y) {
    return grid({{"Indicatori", "Indicatore 1", "Indicatore 2"},
                 {"Denominazione", a, b},
                 {"Tipologia", "Efficacia", "Efficienza"},
                 {"Algoritmo di calcolo", "A_1 / A_2", "B_1 / B_2"},
                 {"Peso indicatore", "60%", "40%"},
                 {"Target primo anno", ">= 10", ">= 20"}},
                id, y);
  };
  const auto doc = document_of({block("OB.1", "Ridurre i tempi", "t1", 100), side("Tempo medio", "Fascicoli digitali", "t2", 200),
                                block("OB.2", "Aprire i dati", "t3", 300), side("Dataset aperti", "Richieste evase", "t4", 400)},
                               {"Ministero di Prova \u2013 Piano 2025-2027"});
  {
    const Model m = read_with(doc, "record");
    REQUIRE(m.nodes.size() == 2);
    CHECK(m.nodes[0].code == "OB.1");
    CHECK(m.nodes[1].code == "OB.2");
    CHECK(m.nodes[1].title == "Aprire i dati");
    REQUIRE(m.indicators.size() == 4);
    CHECK(m.indicators[1].name == "Fascicoli digitali");
    CHECK(m.indicators[1].node == m.nodes[0].id);
    CHECK(m.indicators[2].node == m.nodes[1].id);
    CHECK(m.indicators[3].code.empty());
  }
}

TEST_CASE("records: prose lines under 'Obiettivo strategico 1 – Title', a dated value and targets in words per year", "[genres][records][prose]") {
  const Model m = read_with(document_of({}, {"Comune di Prova", "Piano della performance 2011-2013",
                                              "Obiettivo strategico 1 \u2013 Ambiente e qualit\u00e0 urbana",
                                              "Indicatore: Posti disponibili negli asili nido.", "Valore 2010: 96 posti.",
                                              "Target: aumento di: 12 posti nel 2011, 24 posti nel 2012, 36 posti nel 2013.",
                                              "Indicatore: Raccolta differenziata.", "Valore 2010: 35%.",
                                              "Target: incremento del: 2% nel 2011, 4% nel 2012, 6% nel 2013 rispetto al valore 2010."}),
                            "record");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "1");
  CHECK(m.nodes[0].title == "Ambiente e qualit\u00e0 urbana");
  const Indicator* seats = indicator_named(m, "Posti disponibili negli asili nido");
  REQUIRE(seats);
  CHECK(seats->node == m.nodes[0].id);
  REQUIRE(seats->baselines.size() == 1);
  CHECK(seats->baselines[0].year == 2010);
  CHECK(seats->baselines[0].raw == "96 posti");
  REQUIRE(seats->targets.size() == 3);
  CHECK(seats->targets[0].year == 2011);
  CHECK(seats->targets[0].raw == "12 posti");
  CHECK(seats->targets[0].value == "108");  // 96 + 12: an amount added to the baseline
  const Indicator* waste = indicator_named(m, "Raccolta differenziata");
  REQUIRE(waste);
  REQUIRE(waste->targets.size() == 3);
  CHECK(waste->targets[2].raw == "6%");
  // The words the figures share stay listed, nothing lost.
  CHECK(std::any_of(m.unassigned.begin(), m.unassigned.end(),
                    [](const Unassigned& u) { return u.text.find("rispetto al valore 2010") != std::string::npos; }));
}

TEST_CASE("records: an indicator listed on one line, its values led by labels and parted by semicolons, under the numbered heading it makes an objective", "[genres][records][prose]") {
  const Model m = read_with(document_of({}, {"Comune di Prova", "Piano della performance 2026-2027", "1. Premessa",
                                              "Il piano descrive gli obiettivi dell'ente.",
                                              "2. Sostenere la digitalizzazione delle imprese",
                                              "Gli indicatori sono i seguenti:",
                                              "- Imprese con cassetto digitale: valore di partenza 412 (2024); obiettivo 2026: 450; obiettivo 2027: 480",
                                              "- Tempo medio di pagamento: valore di partenza 21 giorni (2024); obiettivo 2026: 20 giorni; obiettivo 2027: 18 giorni"}),
                            "record");
  // "1. Premessa" has no indicator under it: no objective.
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "2");
  CHECK(m.nodes[0].title == "Sostenere la digitalizzazione delle imprese");
  const Indicator* firms = indicator_named(m, "Imprese con cassetto digitale");
  REQUIRE(firms);
  CHECK(firms->node == m.nodes[0].id);
  REQUIRE(firms->baselines.size() == 1);
  CHECK(firms->baselines[0].year == 2024);
  CHECK(firms->baselines[0].raw == "412");
  REQUIRE(firms->targets.size() == 2);
  CHECK(firms->targets[0].year == 2026);
  CHECK(firms->targets[0].raw == "450");
  CHECK(firms->targets[1].year == 2027);
  const Indicator* days = indicator_named(m, "Tempo medio di pagamento");
  REQUIRE(days);
  REQUIRE(days->targets.size() == 2);
  CHECK(days->targets[1].raw == "18 giorni");
}

TEST_CASE("records: a band the layout joined to the label under it, and labels stacked in one cell beside their values", "[genres][records]") {
  // A print whose band rows the layout joined to the row under them: the
  // band's line heads the label cell; a block whose rows were joined into
  // one pair of cells holds one label a line beside one value a line.
  const Table t = grid({{"OBIETTIVO SPECIFICO 01.02\nCodice obiettivo", "01.02"},
                        {"Descrizione obiettivo", "Aumentare l'inserimento lavorativo"},
                        {"Indicatore 1\nDenominazione", "Disoccupati collocati entro sei mesi"},
                        {"Incidenza", "40%"},
                        {"Target 2026", ">= 33"},
                        {"Indicatore 2 di 2\nCodice indicatore\nDescrizione indicatore\nPeso indicatore", "K.02\nPatti sottoscritti\n60%"},
                        {"Target 2026", ">= 80%"},
                        {"OBIETTIVO SPECIFICO 02.01\nCodice obiettivo", "02.01"},
                        {"Descrizione obiettivo", "Semplificare l'accesso"}});
  const Model m = read_with(document_of({t}, {"Agenzia di prova – PIAO 2026-2028"}), "record");
  REQUIRE(m.nodes.size() == 2);
  const Node* objective = node_coded(m, "01.02");
  REQUIRE(objective);
  CHECK(node_coded(m, "02.01") != nullptr);
  REQUIRE(m.indicators.size() == 2);
  for (const auto& i : m.indicators) CHECK(i.node == objective->id);
  const Indicator* second = indicator_named(m, "K.02");
  REQUIRE(second);
  CHECK(indicator_named(m, "Disoccupati collocati entro sei mesi") != nullptr);
  CHECK(second->name == "Patti sottoscritti");
  REQUIRE(second->weight);
  CHECK(second->weight->raw == "60%");
  REQUIRE(second->targets.size() == 1);
  CHECK(second->targets[0].year == 2026);
  // The bands' words are structure: listed as headers, never as values.
  for (const auto& u : m.unassigned)
    if (u.text.find("OBIETTIVO SPECIFICO") != std::string::npos) CHECK(u.role == "header");
}

TEST_CASE("records: a small grid of value labels over their values belongs to the open indicator", "[genres][records]") {
  const Table block = grid({{"Indicatore 1 di 1", "<<"},
                            {"Codice indicatore", "K.01"},
                            {"Descrizione indicatore", "Pensioni liquidate entro 30 giorni"},
                            {"Peso indicatore", "40%"}},
                           "t1", 100);
  const Table values = grid({{"Target conseguito nell'esercizio precedente", "Target primo anno", "Target secondo anno", "Target terzo anno"},
                             {"71,8%", "maggiore di 75,00%", "maggiore di 78,00%", "maggiore di 80,00%"}},
                            "t2", 200);
  const Table block0 = grid({{"OBIETTIVO 25.3.1", "<<"}, {"Codice", "25.3.1"}, {"Obiettivo", "Ridurre i tempi"}}, "t0", 40);
  const Model m = read_with(document_of({block0, block, values}, {"Istituto di prova – Nota integrativa 2026-2028"}), "record");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "25.3.1");
  REQUIRE(m.indicators.size() == 1);
  const Indicator& k = m.indicators[0];
  CHECK(k.code == "K.01");
  CHECK(k.node == m.nodes[0].id);
  REQUIRE(k.baselines.size() == 1);
  CHECK(k.baselines[0].year == 2025);
  CHECK(k.baselines[0].raw == "71,8%");
  REQUIRE(k.targets.size() == 3);
  CHECK(k.targets[0].year == 2026);
  CHECK(k.targets[2].year == 2028);
  CHECK(k.targets[2].raw == "maggiore di 80,00%");
  REQUIRE(k.targets[0].source);
  REQUIRE(k.targets[0].source->bbox);
  CHECK(k.targets[0].source->bbox->y0 >= 200);  // the value's own cell in the grid
}

TEST_CASE("records: a print header drawn into a block's first row is no column of indicators side by side", "[genres][records]") {
  const Table t = grid({{"Algoritmo di calcolo", "N_imp", "PIAO 2026-2028 – Allegato 2"},
                        {"Incidenza", "25%", ""},
                        {"Target 2026", "=1.500", ""},
                        {"Indicatore 2", "<<", ""},
                        {"Denominazione", "Servizi erogati on line", ""},
                        {"Incidenza", "75%", ""}});
  const Model m = read_with(document_of({t}, {"Agenzia di prova – PIAO 2026-2028"}), "record");
  const Indicator* online = indicator_named(m, "Servizi erogati on line");
  REQUIRE(online);
  REQUIRE(online->weight);
  CHECK(online->weight->raw == "75%");
  CHECK(online->targets.empty());
}

TEST_CASE("records: two label/value pairs a row, 'Descrizione' in an indicator block names it, and values of no indicator stay listed", "[genres][records]") {
  const Table objective = grid({{"OBIETTIVO N. 1", "", "", ""},
                                {"Codice", "S-01", "Risorse a preventivo primo anno", "12.480.350,00 €"},
                                {"Obiettivo", "Digitalizzare gli archivi", "", ""}},
                               "t1", 100);
  const Table indicator = grid({{"Indicatore 1", "", "", ""},
                                {"Descrizione", "Indicatore di tempestività dei pagamenti", "", ""},
                                {"Tipologia", "Indicatore di realizzazione finanziaria", "Unità di misura", "Giorni"},
                                {"Peso indicatore", "60%", "Target conseguito nell'esercizio precedente", "-3"},
                                {"Target primo anno", "≤ -3", "Target secondo anno", "≤ -4"}},
                               "t2", 200);
  const Model m = read_with(document_of({objective, indicator}, {"Nota integrativa 2024-2026"}), "record");
  REQUIRE(m.nodes.size() == 1);
  CHECK(m.nodes[0].code == "S-01");
  REQUIRE(m.indicators.size() == 1);
  const Indicator& ind = m.indicators[0];
  CHECK(ind.name == "Indicatore di tempestività dei pagamenti");
  CHECK(ind.node == m.nodes[0].id);
  CHECK(ind.type == "Indicatore di realizzazione finanziaria");
  REQUIRE(ind.targets.size() == 2);
  CHECK(ind.targets[1].raw == "≤ -4");
  REQUIRE(ind.weight);
  CHECK(ind.weight->raw == "60%");
}

TEST_CASE("records: an indicator block naming no indicator gives its values back to the unassigned text", "[genres][records]") {
  const Table objective = grid({{"OBIETTIVO N. 1", ""}, {"Codice", "S-01"}, {"Obiettivo", "Digitalizzare gli archivi"}}, "t1", 100);
  const Table values = grid({{"Indicatore 1", ""}, {"Peso indicatore", "60%"}, {"Target primo anno", "≥ 1.400.000"}}, "t2", 200);
  const Model m = read_with(document_of({objective, values}, {"Nota integrativa 2024-2026"}), "record");
  CHECK(m.indicators.empty());
  bool listed = false;
  for (const auto& u : m.unassigned) listed = listed || u.text == "≥ 1.400.000";
  CHECK(listed);
}
