// Cues that part rows and cells beyond rules and gaps (issue 12, patterns
// 6 and 7): leader dots, row bands, superscripts, a title inside a frame;
// and text printed sideways read in its own orientation (pattern 5).
// Synthetic pages, no PDF; orientation_test.cpp reads real ones.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "layout/layout_engine.hpp"
#include "layout/reading_frame.hpp"
#include "layout/text_lines.hpp"
#include "synthetic.hpp"

using namespace allegato;
using namespace allegato::layout;
using allegato::testing::hrule;
using allegato::testing::place;
using allegato::testing::vrule;
using allegato::testing::word;

namespace {
ExtractedDocument run(const std::vector<PageInput>& pages, std::vector<PageTrace>* traces = nullptr) {
  ExtractedDocument doc;
  build_layout(pages, doc, traces);
  return doc;
}

std::string cell_text(const Table& t, int row, int col) {
  const TableCell* c = t.at(row, col);
  return c ? c->text : std::string("<none>");
}
}  // namespace

TEST_CASE("leader dots are neither a column nor text: label and value are two cells", "[layout][lines]") {
  CHECK(is_leader("...................."));
  CHECK(is_leader("\xE2\x80\xA6\xE2\x80\xA6"));  // two U+2026, six dots
  CHECK_FALSE(is_leader("..."));                  // "not available" in statistical tables
  CHECK_FALSE(is_leader("1.234"));
  PageInput p;
  const char* labels[] = {"Personale di ruolo", "Beni e servizi", "Trasferimenti", "Oneri finanziari"};
  const char* values[] = {"1.234,00", "567,50", "89,00", "12,00"};
  for (int r = 0; r < 4; ++r) {
    const double y = 100 + 14 * r;
    const double x = place(p, labels[r], 50, y);
    p.words.push_back(word(std::string(static_cast<std::size_t>((260 - x) / 5), '.'), x + 2, y));
    place(p, values[r], 270, y);
  }
  std::vector<PageTrace> traces;
  auto doc = run({p}, &traces);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 4);
  CHECK(t.n_cols == 2);
  CHECK(cell_text(t, 0, 0) == "Personale di ruolo");
  CHECK(cell_text(t, 0, 1) == "1.234,00");
  CHECK(cell_text(t, 3, 1) == "12,00");
  for (const auto& c : t.cells) CHECK(c.text.find("..") == std::string::npos);
  REQUIRE(traces.size() == 1);
  CHECK(traces[0].leader_boxes.size() == 4);
}

TEST_CASE("row bands part rows where line spacing cannot", "[layout][aligned]") {
  // Every body row wraps its description over two lines on the same pitch
  // as the rows: spacing alone cannot tell a wrapped line from a new row.
  // Zebra stripes behind rows 1 and 3 (no rules) can.
  PageInput p;
  place(p, "Descrizione", 50, 100, 10, true);
  place(p, "Valore", 250, 100, 10, true);
  const char* first[] = {"Spese di personale", "Acquisto di beni", "Contributi alle", "Interessi passivi"};
  const char* second[] = {"a tempo indeterminato", "di consumo", "imprese del territorio", "su mutui"};
  for (int r = 0; r < 4; ++r) {
    const double y = 112 + 24 * r;
    place(p, first[r], 50, y);
    place(p, std::to_string(100 * (r + 1)) + ",00", 250, y);
    place(p, second[r], 50, y + 12);
    if (r % 2 == 0) p.fills.push_back({45, y - 1, 300, y + 23});
  }
  std::vector<PageTrace> traces;
  auto doc = run({p}, &traces);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 5);
  CHECK(cell_text(t, 1, 0) == "Spese di personale\na tempo indeterminato");
  CHECK(cell_text(t, 2, 0) == "Acquisto di beni\ndi consumo");
  CHECK(cell_text(t, 4, 1) == "400,00");
  CHECK(traces[0].band_boxes.size() == 2);
}

TEST_CASE("stripes shading every other indicator cell by cell part the rows between them", "[layout][aligned]") {
  // An HTML plan: rules above and below the header only, objective rows
  // (coded) over indicator rows (no code), and a stripe behind some
  // indicators only, drawn as one fill per cell. The stretch between two
  // stripes holds an objective and its indicators, parted by white; the
  // objective's wrapped title stays one cell.
  PageInput p;
  p.rules.push_back(hrule(45, 400, 97));
  p.rules.push_back(hrule(45, 400, 112));
  place(p, "Cod.", 50, 100, 10, true);
  place(p, "Obiettivo", 90, 100, 10, true);
  place(p, "Peso", 290, 100, 10, true);
  place(p, "Target", 340, 100, 10, true);
  struct Line {
    const char *code, *title, *weight, *target;
    double y;
    bool shaded;
  };
  const Line body[] = {{"1.1", "Obiettivo uno", "50%", "", 116, false},
                       {"", "Indicatore alfa", "60%", ">= 10", 130, false},
                       {"", "Indicatore beta", "40%", ">= 20", 144, true},
                       {"1.2", "Obiettivo due con un", "50%", "", 158, false},
                       {"", "titolo lungo", "", "", 168, false},
                       {"", "Indicatore gamma", "30%", ">= 5", 182, false},
                       {"", "Indicatore delta", "30%", ">= 6", 196, false},
                       {"", "Indicatore epsilon", "40%", ">= 7", 210, true}};
  for (const auto& l : body) {
    if (*l.code) place(p, l.code, 50, l.y);
    place(p, l.title, 90, l.y);
    if (*l.weight) place(p, l.weight, 290, l.y);
    if (*l.target) place(p, l.target, 340, l.y);
    if (!l.shaded) continue;
    for (auto [x0, x1] : {std::pair{45.0, 85.0}, {85.0, 280.0}, {280.0, 330.0}, {330.0, 400.0}})
      p.fills.push_back({x0, l.y - 1.5, x1, l.y + 11.5});
  }
  std::vector<PageTrace> traces;
  auto doc = run({p}, &traces);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 8);
  CHECK(cell_text(t, 1, 0) == "1.1");
  CHECK(cell_text(t, 2, 1) == "Indicatore alfa");
  CHECK(cell_text(t, 3, 2) == "40%");
  CHECK(cell_text(t, 4, 1) == "Obiettivo due con un\ntitolo lungo");
  CHECK(cell_text(t, 5, 1) == "Indicatore gamma");
  CHECK(cell_text(t, 7, 3) == ">= 7");
  // The four cells of a shaded row are one stripe.
  CHECK(traces[0].band_boxes.size() == 2);
}

TEST_CASE("a superscript stays with the row it marks", "[layout][lines]") {
  PageInput p;
  const char* names[] = {"Nord", "Centro", "Sud", "Isole"};
  for (int r = 0; r < 4; ++r) {
    const double y = 100 + 13 * r;
    const double x = place(p, names[r], 50, y);
    // A footnote mark on "Centro": 6 points, raised by half the body size,
    // too high to share most of its height with its line.
    if (r == 1) p.words.push_back(word("1", x - 2.5 + 0.5, y - 4.5, 6));
    place(p, std::to_string(10 + r), 200, y);
    place(p, std::to_string(20 + r), 260, y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 4);
  CHECK(cell_text(t, 1, 0) == "Centro1");
  CHECK(cell_text(t, 1, 1) == "11");
  CHECK(cell_text(t, 2, 0) == "Sud");
}

TEST_CASE("a title inside a ruled frame is text above the table, not its first row", "[layout][rules]") {
  PageInput p;
  for (double y : {90.0, 108.0, 122.0, 136.0, 150.0}) p.rules.push_back(hrule(45, 300, y));
  p.rules.push_back(vrule(45, 90, 150));
  p.rules.push_back(vrule(300, 90, 150));
  p.rules.push_back(vrule(170, 108, 150));
  place(p, "Risorse finanziarie del triennio", 60, 93, 12, true);
  place(p, "Programma", 50, 110, 10, true);
  place(p, "Importo", 180, 110, 10, true);
  place(p, "Innovazione", 50, 124);
  place(p, "120.000", 180, 124);
  place(p, "Formazione", 50, 138);
  place(p, "45.000", 180, 138);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 3);
  CHECK(cell_text(t, 0, 0) == "Programma");
  CHECK(t.bbox.y0 == Approx(108).margin(1));
  REQUIRE(doc.lines.size() == 1);
  CHECK(doc.lines[0].text == "Risorse finanziarie del triennio");
}

TEST_CASE("a borderless table printed sideways is read turned, its boxes on the page", "[layout][aligned]") {
  // The table is laid out upright in the reading frame of text written
  // bottom to top (270), then each word is put where it stands on the page.
  const double page_w = 595, page_h = 842;
  PageInput upright;
  const char* rows[][3] = {{"Codice", "Obiettivo", "Peso"},
                           {"OB01", "Riduzione tempi", "30%"},
                           {"OB02", "Digitalizzazione", "25%"},
                           {"OB03", "Formazione", "45%"}};
  for (int r = 0; r < 4; ++r)
    for (int c = 0; c < 3; ++c) place(upright, rows[r][c], 100 + 150.0 * c, 300 + 14.0 * r);
  PageInput page = upright;
  page.width = page_w;
  page.height = page_h;
  for (auto& w : page.words) {
    w.box = to_page_frame(w.box, 270, page_w, page_h);
    w.rotation = 270;
  }
  place(page, "Allegato 2 - Obiettivi operativi", 50, 40, 12, true);  // upright title
  // More upright prose than turned words: the turned table, not the
  // majority, gives the turned view.
  for (int k = 0; k < 3; ++k)
    place(page, "Il piano riporta gli obiettivi operativi assegnati a ciascuna struttura nel triennio", 50,
          60 + 12.0 * k);
  std::vector<PageTrace> traces;
  auto doc = run({page}, &traces);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 4);
  CHECK(t.n_cols == 3);
  CHECK(cell_text(t, 0, 1) == "Obiettivo");
  CHECK(cell_text(t, 2, 1) == "Digitalizzazione");
  CHECK(cell_text(t, 3, 2) == "45%");
  // Provenance on the page: the cell's box holds its word as printed.
  const TableCell* c = t.at(2, 1);
  REQUIRE(c);
  CHECK(c->rotation == 270);
  for (const auto& w : page.words)
    if (w.text == "Digitalizzazione") CHECK(c->bbox.contains(w.box.cx(), w.box.cy()));
  REQUIRE(doc.lines.size() == 4);
  CHECK(doc.lines[0].text == "Allegato 2 - Obiettivi operativi");
  REQUIRE(traces.size() == 1);
  REQUIRE(traces[0].tables.size() == 1);
  CHECK(traces[0].tables[0].why.rfind("read turned 270 degrees", 0) == 0);
}

TEST_CASE("frames turn and turn back", "[layout][lines]") {
  const BBox b{100, 200, 150, 210};
  for (int r : {0, 90, 180, 270}) {
    const BBox there = to_reading_frame(b, r, 595, 842);
    CHECK(to_page_frame(there, r, 595, 842) == b);
  }
}

TEST_CASE("a bullet hanging before its text is part of the cell, not a column", "[layout][lines]") {
  PageInput p;
  place(p, "Proprieta", 50, 100, 10, true);
  place(p, "Motivo", 200, 100, 10, true);
  const char* props[] = {"Chiarezza", "Variabilita"};
  const char* reasons[][2] = {{"Non pertinente per molti", "Molti dati mancanti"},
                              {"Risposte tutte uguali", "Una sola scelta"}};
  double y = 116;
  for (int r = 0; r < 2; ++r) {
    place(p, props[r], 50, y);
    for (const char* reason : reasons[r]) {
      place(p, "\u2022", 200, y);
      place(p, reason, 218, y);  // a hanging indent of 1.8 em
      y += 12;
    }
    y += 6;
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_cols == 2);
  CHECK(t.n_rows == 3);
  CHECK(cell_text(t, 1, 1) == "\u2022 Non pertinente per molti\n\u2022 Molti dati mancanti");
  CHECK(cell_text(t, 2, 0) == "Variabilita");
}

namespace {
// A table of objectives under a header whose only rule is under it: each
// objective, its centre and its resources printed once beside its
// indicators (rowspans), as fam-flat-chromium-2 prints them. With
// `second_indicator`, the first objective has two indicators: their type,
// unit and target stand one under the other with an empty line between,
// while the objective's three wrapped lines fill that white.
PageInput objectives_page(bool second_indicator) {
  PageInput p;
  const double xs[] = {40, 140, 260, 380, 440, 480, 540};
  // A row of one-line cells ("" leaves a cell empty).
  auto one_line_row = [&](double y, const std::vector<std::string>& cells) {
    for (int c = 0; c < 7; ++c)
      if (!cells[c].empty()) place(p, cells[c], xs[c], y);
  };
  one_line_row(85, {"Centro", "Obiettivo", "Indicatori", "Tipologia", "U.M.", "Target", "Risorse"});
  p.rules.push_back(hrule(36, 604, 99));
  const double pitch = 11.25;
  double y = 103;
  place(p, "Servizio Politiche", xs[0], y);
  place(p, "Abitative", xs[0], y + pitch);
  place(p, "Assegnare gli alloggi", xs[1], y);
  place(p, "residenziali resisi", xs[1], y + pitch);
  place(p, "disponibili", xs[1], y + 2 * pitch);
  place(p, "Alloggi assegnati", xs[2], y);
  place(p, "sul totale", xs[2], y + pitch);
  place(p, "Efficacia", xs[3], y);
  place(p, "%", xs[4], y);
  place(p, "=85%", xs[5], y);
  place(p, "840.000,00", xs[6], y);
  if (second_indicator) {
    const double second = y + 26.25;  // a row's padding under the indicator's second line
    place(p, "Tempo medio tra", xs[2], second);
    place(p, "disponibilita e", xs[2], second + pitch);
    place(p, "consegna", xs[2], second + 2 * pitch);
    place(p, "Efficienza", xs[3], second);
    place(p, "gg", xs[4], second);
    place(p, "<= 60", xs[5], second);
    y = second + 3 * pitch + 5;
  } else {
    y += 3 * pitch + 5;
  }
  one_line_row(y, {"Servizio Mobilita", "Estendere la rete", "Nuovi chilometri", "Volume", "km", "= 12",
                   "1.620.250,00"});
  // The centre's second objective: no centre printed beside it.
  one_line_row(y + 26.25, {"", "Rinnovare la flotta", "Autobus consegnati", "Volume", "N.", "= 18", "3.900.000,00"});
  return p;
}
}  // namespace

TEST_CASE("values stacked in short columns part a row that a spanning cell holds together", "[layout][hybrid]") {
  // Spacing alone sees one row: the objective's third line fills the
  // white above the second indicator.
  std::vector<PageTrace> traces;
  auto doc = run({objectives_page(true)}, &traces);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.method == TableMethod::hybrid);
  CHECK(t.n_cols == 7);
  REQUIRE(t.n_rows == 5);
  // Two indicators, each in a row of its own ...
  const struct {
    int row, col;
    const char* text;
  } expected[] = {{1, 2, "Alloggi assegnati\nsul totale"},
                  {1, 3, "Efficacia"},
                  {1, 5, "=85%"},
                  {2, 2, "Tempo medio tra\ndisponibilita e\nconsegna"},
                  {2, 3, "Efficienza"},
                  {2, 4, "gg"},
                  {2, 5, "<= 60"},
                  {3, 2, "Nuovi chilometri"}};
  for (const auto& e : expected) CHECK(cell_text(t, e.row, e.col) == e.text);
  // ... beside one centre, one objective (its third line under the cut)
  // and one amount spanning both.
  for (int col : {0, 1, 6}) {
    const TableCell* c = t.at(1, col);
    REQUIRE(c);
    CHECK(c->row_span == 2);
    CHECK(t.at(2, col) == c);
  }
  CHECK(cell_text(t, 1, 1) == "Assegnare gli alloggi\nresidenziali resisi\ndisponibili");
  CHECK(cell_text(t, 1, 6) == "840.000,00");
  CHECK(t.at(3, 0)->row_span == 1);
  REQUIRE(traces.size() == 1);
  CHECK(traces[0].stack_cut_boxes.size() == 1);
  REQUIRE(traces[0].tables.size() == 1);
  CHECK(traces[0].tables[0].why.find("1 row(s) parted where values stacked") != std::string::npos);
}

TEST_CASE("a wrapped cell stays one cell when no other column starts a value beside its lines", "[layout][hybrid]") {
  std::vector<PageTrace> traces;
  auto doc = run({objectives_page(false)}, &traces);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  REQUIRE(t.n_rows == 4);
  CHECK(cell_text(t, 1, 1) == "Assegnare gli alloggi\nresidenziali resisi\ndisponibili");
  CHECK(cell_text(t, 1, 2) == "Alloggi assegnati\nsul totale");
  for (const auto& c : t.cells) CHECK(c.row_span == 1);
  CHECK(traces[0].stack_cut_boxes.empty());
  // One column alone with a value stacked an empty line under another (a
  // note under an amount) is no row boundary: two columns must agree.
  PageInput p = objectives_page(false);
  place(p, "(stima)", 540, 103 + 2 * 11.25);
  auto noted = run({p});
  REQUIRE(noted.tables.size() == 1);
  CHECK(noted.tables[0].n_rows == 4);
  CHECK(cell_text(noted.tables[0], 1, 6) == "840.000,00\n(stima)");
}

namespace {
// A form printed in one borderless table per section: form lines and a
// section title above the header, a rule under the header, dotted rules
// between rows; one objective's row stacks two indicators half a line apart.
PageInput section_form_page() {
  PageInput p;
  p.width = 595;
  p.height = 842;
  place(p, "Struttura:", 50, 96);
  place(p, "Direzione Ambiente", 120, 96);
  place(p, "Sezione B - OBIETTIVI DI DIREZIONE (max 40 punti)", 50, 136, 10, true);
  place(p, "N.", 50, 154, 10, true);
  place(p, "Obiettivo", 75, 154, 10, true);
  place(p, "Indicatore", 300, 154, 10, true);
  place(p, "Target 2025", 470, 154, 10, true);
  p.rules.push_back(hrule(48, 545, 167));
  // B.1: one indicator; B.2: two, the second 5 points under the first
  // (half a font size), its objective wrapped on two lines a point apart.
  place(p, "B.1", 50, 172);
  place(p, "Predisporre il piano", 75, 172);
  place(p, "Proposta trasmessa", 300, 172);
  place(p, "entro il 30.09.2025", 470, 172);
  p.rules.push_back(hrule(48, 545, 186));
  place(p, "B.2", 50, 191);
  place(p, "Ridurre l'arretrato delle", 75, 191);
  place(p, "autorizzazioni uniche", 75, 202);
  place(p, "Pratiche arretrate definite", 300, 191);
  place(p, ">= 80%", 470, 191);
  place(p, "Tempo medio di rilascio", 300, 206);
  place(p, "<= 90 gg", 470, 206);
  p.rules.push_back(hrule(48, 545, 220));
  place(p, "B.3", 50, 225);
  place(p, "Monitorare l'aria", 75, 225);
  place(p, "Stazioni attive", 300, 225);
  place(p, "= 24", 470, 225);
  p.rules.push_back(hrule(48, 545, 239));
  return p;
}
}  // namespace

TEST_CASE("lines above a table's first rule part into rows at white of half a line and stacked values half a line apart part a row", "[layout][hybrid]") {
  auto doc = run({section_form_page()});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  // Whatever the engine takes into the table's top, the header is a row
  // of its own, not joined with the title and the form line above it.
  int header_row = -1;
  for (int r = 0; r < t.n_rows; ++r)
    if (cell_text(t, r, t.n_cols - 1) == "Target 2025") header_row = r;
  REQUIRE(header_row >= 0);
  for (const auto& c : t.cells) {
    if (c.row != header_row) continue;
    CHECK(c.text.find("Sezione") == std::string::npos);
    CHECK(c.text.find("Struttura") == std::string::npos);
  }
  // B.2's second indicator is a row of its own, the objective spanning both.
  const int b2 = header_row + 2;
  CHECK(cell_text(t, b2, 0) == "B.2");
  CHECK(cell_text(t, b2, 2) == "Pratiche arretrate definite");
  CHECK(cell_text(t, b2 + 1, 2) == "Tempo medio di rilascio");
  CHECK(cell_text(t, b2 + 1, 3) == "<= 90 gg");
  CHECK(cell_text(t, b2, 1) == "Ridurre l'arretrato delle\nautorizzazioni uniche");
  CHECK(cell_text(t, b2 + 2, 0) == "B.3");
}

TEST_CASE("a header word set flush left over values set flush right is one column with them", "[layout][aligned]") {
  PageInput p;
  p.width = 595;
  p.height = 842;
  place(p, "Indicatore", 50, 100, 10, true);
  place(p, "Valore obiettivo 2025", 300, 100, 10, true);
  place(p, "Punti", 430, 100, 10, true);  // ends at 455
  p.rules.push_back(hrule(48, 545, 113));
  const char* names[] = {"Ospiti con piano aggiornato", "Cadute con frattura", "Familiari soddisfatti"};
  const char* targets[] = {"=100%", "<= 0,5", ">= 85%"};
  const char* points[] = {"10 punti", "15 punti", "1 PUNTO"};
  for (int r = 0; r < 3; ++r) {
    const double y = 118 + 16 * r;
    place(p, names[r], 50, y);
    place(p, targets[r], 300, y);
    place(p, points[r], 520 - 5.0 * static_cast<double>(std::string(points[r]).size()), y);  // flush right at 520, starting after the header's end
    p.rules.push_back(hrule(48, 545, y + 13));
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_cols == 3);
  CHECK(cell_text(t, 0, 2) == "Punti");
  CHECK(cell_text(t, 1, 2) == "10 punti");
  CHECK(cell_text(t, 3, 2) == "1 PUNTO");
}

TEST_CASE("a rule drawn under some columns only parts their rows and the other columns' cells span them", "[layout][hybrid]") {
  // A merged objective cell beside two indicators, tight rows (a sheet
  // printed), a rule under the first indicator's cells only.
  PageInput p;
  p.width = 595;
  p.height = 842;
  place(p, "Obiettivo", 40, 100, 8, true);
  place(p, "Indicatore", 240, 100, 8, true);
  place(p, "Target 2025", 420, 100, 8, true);
  place(p, "Punti", 520, 100, 8, true);
  p.rules.push_back(hrule(38, 560, 110));
  place(p, "1.1 Approvare il piano nei", 40, 114, 8);
  place(p, "termini di legge", 40, 121, 8);
  place(p, "Approvazione del piano", 240, 114, 8);
  place(p, "entro il 31.01.2025", 420, 114, 8);
  place(p, "2,5 punti", 520, 117, 8);
  p.rules.push_back(hrule(238, 500, 122.5));  // under the indicator and target cells only
  place(p, "Validazione della relazione", 240, 123, 8);
  place(p, "entro il 30.06.2025", 420, 123, 8);
  p.rules.push_back(hrule(38, 560, 133));
  place(p, "1.2 Pagare le fatture", 40, 137, 8);
  place(p, "Tempo di pagamento", 240, 137, 8);
  place(p, "<= 0 giorni", 420, 137, 8);
  place(p, "1,2 punti", 520, 137, 8);
  p.rules.push_back(hrule(38, 560, 147));
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  REQUIRE(t.n_rows == 4);
  CHECK(cell_text(t, 1, 1) == "Approvazione del piano");
  CHECK(cell_text(t, 2, 1) == "Validazione della relazione");
  CHECK(cell_text(t, 2, 2) == "entro il 30.06.2025");
  const TableCell* objective = t.at(1, 0);
  REQUIRE(objective);
  CHECK(objective->text == "1.1 Approvare il piano nei\ntermini di legge");
  CHECK(objective->row_span == 2);
  CHECK(cell_text(t, 3, 0) == "1.2 Pagare le fatture");
}

TEST_CASE("a title spanning columns over a row with no rule between them is a row of its own", "[layout][hybrid]") {
  // A band drawn as a filled box: rules under each row, none under the band.
  PageInput p;
  p.width = 595;
  p.height = 842;
  place(p, "Codice", 40, 100, 9, true);
  place(p, "Descrizione", 120, 100, 9, true);
  place(p, "Percentuale di realizzazione", 420, 100, 9, true);
  p.rules.push_back(hrule(38, 560, 112));
  place(p, "SETTORE AFFARI GENERALI E RISORSE UMANE", 40, 117, 9, true);
  place(p, "04.", 40, 131, 9);
  place(p, "Aggiornare il regolamento degli uffici", 120, 131, 9);
  place(p, "100%", 420, 131, 9);
  p.rules.push_back(hrule(38, 560, 143));
  place(p, "05.", 40, 147, 9);
  place(p, "Completare il reclutamento", 120, 147, 9);
  place(p, "95%", 420, 147, 9);
  p.rules.push_back(hrule(38, 560, 159));
  place(p, "06.", 40, 163, 9);
  place(p, "Avviare la conservazione digitale", 120, 163, 9);
  place(p, "87,5%", 420, 163, 9);
  p.rules.push_back(hrule(38, 560, 175));
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  int band = -1;
  for (int r = 0; r < t.n_rows; ++r)
    if (cell_text(t, r, 0).find("SETTORE") == 0) band = r;
  REQUIRE(band >= 0);
  CHECK(cell_text(t, band, 0) == "SETTORE AFFARI GENERALI E RISORSE UMANE");
  CHECK(cell_text(t, band + 1, 0) == "04.");
  CHECK(cell_text(t, band + 1, 2) == "100%");
}

TEST_CASE("a group header over sub-columns set close above them is a row of its own and does not join their columns", "[layout][hybrid]") {
  // A sheet printed with a two-line header: `Valori storici` over `2021 |
  // 2022`, `Tipo` set between the two lines; a rule under the header, a
  // rule under each row, no vertical rules.
  PageInput p;
  p.width = 842;
  p.height = 595;
  place(p, "Valori storici", 385, 74, 8, true);
  place(p, "Tipo", 40, 80, 8, true);
  place(p, "Descrizione", 120, 80, 8, true);
  place(p, "Target", 480, 80, 8, true);
  place(p, "2021", 383, 86, 8, true);
  place(p, "2022", 422, 86, 8, true);
  p.rules.push_back(hrule(36, 520, 96));
  const char* names[] = {"Adesione allo screening", "Donne invitate", "Tempo di attesa"};
  for (int r = 0; r < 3; ++r) {
    const double y = 100 + 12.0 * r;
    place(p, "KPI", 40, y, 8);
    place(p, names[r], 120, y, 8);
    place(p, std::to_string(50 + r) + ",4%", 392, y, 8);
    place(p, std::to_string(60 + r) + ",1%", 431, y, 8);
    place(p, ">= 56%", 480, y, 8);
    p.rules.push_back(hrule(36, 520, y + 10));
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  REQUIRE(t.n_cols == 5);
  REQUIRE(t.n_rows == 5);
  // The group header spans the two year columns, in a row above them.
  const TableCell* group = t.at(0, 2);
  REQUIRE(group);
  CHECK(group->text == "Valori storici");
  CHECK(group->col_span == 2);
  CHECK(cell_text(t, 1, 2) == "2021");
  CHECK(cell_text(t, 1, 3) == "2022");
  CHECK(cell_text(t, 2, 2) == "50,4%");
  CHECK(cell_text(t, 2, 3) == "60,1%");
}

TEST_CASE("a group header narrower than its sub-columns reaches as far as the rule drawn under it", "[layout][hybrid]") {
  // `Risultato atteso` centred over 2026 | 2027 | 2028, its cell's border
  // under it across the three; `Dato 2025` beside it spans both rows.
  PageInput p;
  p.width = 595;
  p.height = 842;
  place(p, "Risultato atteso", 290, 100, 8, true);
  p.rules.push_back(hrule(240, 400, 110));
  place(p, "Indicatore", 40, 106, 8, true);
  place(p, "Dato 2025", 180, 106, 8, true);
  place(p, "2026", 250, 112, 8, true);
  place(p, "2027", 305, 112, 8, true);
  place(p, "2028", 360, 112, 8, true);
  p.rules.push_back(hrule(36, 400, 122));
  for (int r = 0; r < 3; ++r) {
    const double y = 126 + 12.0 * r;
    place(p, "Indicatore " + std::to_string(r), 40, y, 8);
    place(p, std::to_string(40 + r), 180, y, 8);
    for (int c = 0; c < 3; ++c) place(p, ">= " + std::to_string(50 + r + c), 250 + 55.0 * c, y, 8);
    p.rules.push_back(hrule(36, 400, y + 10));
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  REQUIRE(t.n_cols == 5);
  const TableCell* group = t.at(0, 2);
  REQUIRE(group);
  CHECK(group->text == "Risultato atteso");
  CHECK(group->col_span == 3);
  CHECK(cell_text(t, 1, 2) == "2026");
  CHECK(cell_text(t, 1, 4) == "2028");
  const TableCell* beside = t.at(0, 1);
  REQUIRE(beside);
  CHECK(beside->text == "Dato 2025");
  CHECK(beside->row_span == 2);
}

namespace {
// One objective's heading ("Obiettivo B.n – title" left, "Peso obiettivo:
// n%" right, the title wrapped once) over a borderless table of its
// indicators, hairlines between rows, each indicator's graded target a
// ladder of bands, one a line, value and score in two columns.
double objective_with_ladders(PageInput& p, double y, const std::string& code, bool wrapped_title) {
  const double xs[] = {50, 95, 290, 340, 400, 500};
  place(p, "Obiettivo " + code + " – Governo dei tempi di attesa per le prestazioni", 46, y);
  place(p, "Peso obiettivo: 35%", 460, y);
  if (wrapped_title) place(p, "ambulatoriali", 46, y + 11);
  y += wrapped_title ? 34 : 24;
  const char* header[] = {"Cod.", "Indicatore", "Peso", "Partenza", "Fasce", "Punti"};
  for (int c = 0; c < 6; ++c) place(p, header[c], xs[c], y);
  p.rules.push_back(hrule(46, 560, y + 12));
  y += 16;
  for (int r = 0; r < 2; ++r) {
    place(p, code + "." + std::string(1, static_cast<char>('a' + r)), xs[0], y);
    place(p, "Tempo di attesa per la prima", xs[1], y);
    place(p, "visita in classe D", xs[1], y + 10.5);
    place(p, "50%", xs[2], y);
    place(p, "31 gg", xs[3], y);
    const char* bands[] = {"<= 25 gg", "26-28 gg", "> 28 gg"};
    const char* scores[] = {"100%", "70%", "0%"};
    for (int b = 0; b < 3; ++b) {
      place(p, bands[b], xs[4], y + 10.5 * b);
      place(p, scores[b], xs[5], y + 10.5 * b);
    }
    y += 3 * 10.5 + 4;
    p.rules.push_back(hrule(46, 560, y - 2));
  }
  return y + 14;
}
}  // namespace

TEST_CASE("a heading line between tables with one header heads the next table, a band's ladder lines stay one row", "[layout][hybrid]") {
  PageInput p;
  double y = objective_with_ladders(p, 100, "B.1", true);
  y = objective_with_ladders(p, y, "B.2", true);
  objective_with_ladders(p, y, "B.3", false);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 3);
  for (const Table& t : doc.tables) {
    CHECK(t.n_rows == 3);  // the header and two indicators: no heading, no row per band
    CHECK(cell_text(t, 0, 0) == "Cod.");
    CHECK(cell_text(t, 1, 1) == "Tempo di attesa per la prima\nvisita in classe D");
    CHECK(cell_text(t, 1, 4) == "<= 25 gg\n26-28 gg\n> 28 gg");
  }
  // The headings stay text over their tables, whole.
  int headings = 0, wrapped = 0;
  for (const auto& line : doc.lines) {
    headings += line.text.find("Peso obiettivo: 35%") != std::string::npos ? 1 : 0;
    wrapped += line.text == "ambulatoriali" ? 1 : 0;
  }
  CHECK(headings == 3);
  CHECK(wrapped == 2);
}

TEST_CASE("a second header of short names under a section title starts a second table with its own columns", "[layout][aligned]") {
  PageInput p;
  place(p, "Codice", 50, 100);
  place(p, "Descrizione", 110, 100);
  place(p, "Percentuale di realizzazione", 420, 100);
  const char* codes[] = {"1a", "1b", "2a"};
  for (int r = 0; r < 3; ++r) {
    place(p, codes[r], 50, 116 + 14 * r);
    place(p, "Ridurre i tempi di rilascio dei titoli edilizi", 110, 116 + 14 * r);
    place(p, "98,0%", 440, 116 + 14 * r);
  }
  place(p, "2. Dettaglio degli indicatori", 50, 170);
  place(p, "Obiettivo", 50, 186);
  place(p, "Indicatore", 230, 186);
  place(p, "Target %", 400, 186);
  place(p, "Risultato %", 470, 186);
  const char* objectives[] = {"1a – Tempi edilizi", "1b – Cartografia", "2a – Riscossione"};
  for (int r = 0; r < 3; ++r) {
    place(p, objectives[r], 50, 202 + 14 * r);
    place(p, "Permessi rilasciati nei termini", 230, 202 + 14 * r);
    place(p, "90", 410, 202 + 14 * r);
    place(p, "93,5", 480, 202 + 14 * r);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[0].n_cols == 3);
  CHECK(doc.tables[1].n_cols == 4);
  CHECK(cell_text(doc.tables[1], 0, 1) == "Indicatore");
  CHECK(cell_text(doc.tables[1], 1, 0) == "1a – Tempi edilizi");
  bool title_is_text = false;
  for (const auto& line : doc.lines) title_is_text = title_is_text || line.text == "2. Dettaglio degli indicatori";
  CHECK(title_is_text);
}

TEST_CASE("in a table padded between rows, a line whose first cell starts in lower case carries its row on (a wrapped name beside wrapped dates)", "[layout][aligned]") {
  PageInput p;
  const double xs[] = {40, 250, 400, 470};
  const char* header[] = {"Indicatore", "Formula", "Peso", "Target 2026"};
  for (int c = 0; c < 4; ++c) place(p, header[c], xs[c], 100);
  double y = 118;
  for (int r = 0; r < 3; ++r) {
    place(p, "B2.1_1" + std::to_string(r) + " - Aggiornamento del registro degli", xs[0], y);
    place(p, "Data di pubblicazione", xs[1], y);
    place(p, "30,00%", xs[2], y);
    place(p, "entro il", xs[3], y);
    place(p, "accessi pubblici", xs[0], y + 10);  // tight under its row's first line
    place(p, "dell'aggiornamento", xs[1], y + 10);
    place(p, "31/12/2026", xs[3], y + 10);
    y += 26;  // padding between rows
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  REQUIRE(t.n_rows == 4);
  CHECK(cell_text(t, 1, 0) == "B2.1_10 - Aggiornamento del registro degli\naccessi pubblici");
  CHECK(cell_text(t, 1, 3) == "entro il\n31/12/2026");
}

TEST_CASE("header cells painted as fills on a ruled body are the grid's header row", "[layout][ruled]") {
  // A dark header with white lines between its cells (invisible to us):
  // each header cell is a filled box, two rows of them (a group header
  // over two sub-headers), resting on a body ruled in grey. Without the
  // fills' edges the header is no part of the grid.
  PageInput p;
  const double xs[] = {50, 200, 260, 320};
  const double top = 130, row_h = 16;
  for (double x : xs) p.rules.push_back(vrule(x, top, top + 2 * row_h));
  for (int r = 0; r <= 2; ++r) p.rules.push_back(hrule(50, 320, top + r * row_h));
  // Header fills, 0.5 pt apart: "Indicatore" and "Peso" span both header
  // rows, "Target" spans its two years.
  p.fills.push_back({50, 98, 199.75, 129.75});
  p.fills.push_back({200.25, 98, 259.75, 129.75});
  p.fills.push_back({260.25, 98, 320, 113.75});
  p.fills.push_back({260.25, 114.25, 289.75, 129.75});
  p.fills.push_back({290.25, 114.25, 320, 129.75});
  place(p, "Indicatore", 55, 108, 9, true);
  place(p, "Peso", 205, 108, 9, true);
  place(p, "Target", 270, 101, 9, true);
  place(p, "2025", 263, 117, 9, true);
  place(p, "2026", 293, 117, 9, true);
  place(p, "Pratiche evase", 55, 133);
  place(p, "60%", 205, 133);
  place(p, ">= 90%", 262, 133);
  place(p, ">= 92%", 292, 133);
  place(p, "Tempo medio", 55, 149);
  place(p, "40%", 205, 149);
  place(p, "<= 30", 262, 149);
  place(p, "<= 28", 292, 149);
  std::vector<PageTrace> traces;
  auto doc = run({p}, &traces);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_cols == 4);
  CHECK(t.n_rows == 4);
  CHECK(cell_text(t, 0, 0) == "Indicatore");
  CHECK(cell_text(t, 1, 2) == "2025");
  CHECK(cell_text(t, 1, 3) == "2026");
  CHECK(cell_text(t, 2, 0) == "Pratiche evase");
  CHECK(cell_text(t, 3, 3) == "<= 28");
}

TEST_CASE("a running header printed over a table's first row is no part of its cells", "[layout][ruled]") {
  // Page 1: the running header above the table; page 2: the table starts
  // higher and the header's words fall inside its header cells. The same
  // words at the same height, outside every table on page 1, are the
  // running header on both pages.
  auto page = [](int number, double table_top) {
    PageInput p;
    p.number = number;
    place(p, "Piano della performance 2025-2027", 52, 36, 10);
    const double xs[] = {50, 110, 260, 330};
    const double bottom = table_top + 3 * 16;
    for (double x : xs) p.rules.push_back(vrule(x, table_top, bottom));
    for (int r = 0; r <= 3; ++r) p.rules.push_back(hrule(50, 330, table_top + r * 16));
    place(p, "Codice", 54, table_top + 3, 8, true);
    place(p, "Obiettivo", 114, table_top + 3, 8, true);
    place(p, "Peso", 264, table_top + 3, 8, true);
    for (int r = 1; r <= 2; ++r) {
      const double y = table_top + 16 * r + 3;
      place(p, std::to_string(number) + "." + std::to_string(r), 54, y, 8);
      place(p, "Obiettivo " + std::to_string(r), 114, y, 8);
      place(p, "50%", 264, y, 8);
    }
    return p;
  };
  std::vector<PageTrace> traces;
  auto doc = run({page(1, 90), page(2, 34)}, &traces);
  REQUIRE(doc.tables.size() == 2);
  for (const auto& t : doc.tables) {
    INFO(t.id);
    CHECK(cell_text(t, 0, 0) == "Codice");
    CHECK(cell_text(t, 0, 1) == "Obiettivo");
  }
  // The header's words are a line of each page, a boilerplate one.
  int running = 0;
  for (const auto& l : doc.lines) running += l.text == "Piano della performance 2025-2027" && l.boilerplate ? 1 : 0;
  CHECK(running == 2);
}
