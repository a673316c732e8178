// Unit tests of each phase of the layout engine on synthetic words (no PDF).
#include <catch2/catch.hpp>

#include "layout/aligned_tables.hpp"
#include "layout/boilerplate.hpp"
#include "layout/layout_engine.hpp"
#include "layout/ruling_grid.hpp"
#include "layout/table_draft.hpp"
#include "layout/text_lines.hpp"
#include "pdf/pdf_words.hpp"
#include "synthetic.hpp"

using namespace allegato;
using namespace allegato::layout;
using allegato::testing::hrule;
using allegato::testing::place;
using allegato::testing::vrule;
using allegato::testing::word;

namespace {
std::vector<int> all_ids(const PageInput& p) {
  std::vector<int> ids;
  for (int i = 0; i < static_cast<int>(p.words.size()); ++i) ids.push_back(i);
  return ids;
}
ExtractedDocument run(const std::vector<PageInput>& pages) {
  ExtractedDocument doc;
  build_layout(pages, doc);
  return doc;
}
}  // namespace

TEST_CASE("words on one baseline become runs split at wide gaps", "[layout][lines]") {
  PageInput p;
  double x = place(p, "Totale diritto annuale", 50, 100);
  place(p, "229.447,35", x + 30, 100);  // a column gap, 3 em
  auto lines = build_lines(p.words, all_ids(p));
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].runs.size() == 2);
  CHECK(join_line(p.words, lines[0].runs[0].words) == "Totale diritto annuale");
  CHECK(join_line(p.words, lines[0].runs[1].words) == "229.447,35");
}

TEST_CASE("spaces come from the gap between boxes, not from the PDF", "[layout][lines]") {
  PageInput p;
  p.words.push_back(word("Qual", 10, 10));
  p.words.push_back(word("ità", 10 + 20 + 0.2, 10));  // touching: one word split by the PDF
  p.words.push_back(word("dei", p.words.back().box.x1 + 3, 10));  // a normal space (0.3 em)
  CHECK(text_of(p.words, all_ids(p)) == "Qualità dei");
}

TEST_CASE("a wrapped cell is one text with lines joined by newline", "[layout][lines]") {
  PageInput p;
  place(p, "Numero di questionari", 10, 10);
  place(p, "raccolti nell'anno", 10, 22);
  CHECK(text_of(p.words, all_ids(p)) == "Numero di questionari\nraccolti nell'anno");
}

TEST_CASE("vertical text reads in its own direction", "[layout][lines]") {
  PageInput p;
  // Two words rotated 270 (bottom to top) stacked in one column: "Peso" below "obiettivo".
  Word a = word("Peso", 0, 0), b = word("obiettivo", 0, 0);
  a.rotation = b.rotation = 270;
  a.box = {100, 150, 110, 170};
  b.box = {100, 100, 110, 145};
  p.words = {b, a};
  CHECK(text_of(p.words, all_ids(p)) == "Peso obiettivo");
}

TEST_CASE("rules form a grid, a missing inner rule merges cells", "[layout][rules]") {
  std::vector<Rule> rules;
  for (double y : {100.0, 120.0, 140.0}) rules.push_back(hrule(50, 250, y));
  rules.push_back(vrule(50, 100, 140));
  rules.push_back(vrule(250, 100, 140));
  rules.push_back(vrule(150, 120, 140));  // only in the second row: the first row is one merged cell
  auto grids = find_grids(merge_rules(rules));
  REQUIRE(grids.size() == 1);
  const Grid& g = grids[0];
  CHECK(g.n_rows() == 2);
  CHECK(g.n_cols() == 2);
  REQUIRE(g.cells.size() == 3);
  CHECK(g.cells[0].col_span == 2);
  CHECK(g.cells[1].col_span == 1);
}

TEST_CASE("collinear pieces of a rule are merged", "[layout][rules]") {
  std::vector<Rule> rules = {hrule(50, 100, 100), hrule(100.5, 200, 100.2), vrule(50, 90, 91)};
  auto merged = merge_rules(rules);
  REQUIRE(merged.size() == 1);  // the 1 pt vertical piece is no rule
  CHECK(merged[0].box.x0 == Approx(50));
  CHECK(merged[0].box.x1 == Approx(200));
}

TEST_CASE("a ruled table cut by the page break keeps its open row", "[layout][rules]") {
  std::vector<Rule> rules = {hrule(50, 250, 100), vrule(50, 100, 180), vrule(250, 100, 180), vrule(150, 100, 180)};
  auto grids = find_grids(merge_rules(rules));
  REQUIRE(grids.size() == 1);
  CHECK(grids[0].open_bottom);
  CHECK(grids[0].n_rows() == 1);
}

TEST_CASE("borderless table: columns from gaps, wrapped rows from line spacing", "[layout][aligned]") {
  PageInput p;
  place(p, "Codice", 50, 100, 10, true);
  place(p, "Descrizione", 120, 100, 10, true);
  place(p, "Peso", 300, 100, 10, true);
  // Row 1: description wraps over two lines (11 pt pitch), rows 20 pt apart.
  place(p, "1.1.1", 50, 120);
  place(p, "Produrre analisi", 120, 120);
  place(p, "economiche", 120, 131);
  place(p, "50,00%", 300, 120);
  place(p, "1.1.2", 50, 151);
  place(p, "Comunicazione", 120, 151);
  place(p, "50,00%", 300, 151);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.method == TableMethod::aligned);
  CHECK(t.n_rows == 3);
  CHECK(t.n_cols == 3);
  REQUIRE(t.at(1, 1));
  CHECK(t.at(1, 1)->text == "Produrre analisi\neconomiche");
  CHECK(t.at(0, 0)->header);
  CHECK_FALSE(t.at(1, 0)->header);
  CHECK(doc.lines.empty());
}

TEST_CASE("a paragraph is not a table", "[layout][aligned]") {
  PageInput p;
  place(p, "La Camera di Commercio intende contribuire allo sviluppo", 50, 100);
  place(p, "del territorio attraverso azioni di promozione e tutela", 50, 112);
  auto doc = run({p});
  CHECK(doc.tables.empty());
  REQUIRE(doc.lines.size() == 2);
  CHECK(doc.lines[0].text == "La Camera di Commercio intende contribuire allo sviluppo");
}

TEST_CASE("repeated headers, footers and page numbers are boilerplate", "[layout][boilerplate]") {
  std::vector<PageInput> pages(3);
  for (int i = 0; i < 3; ++i) {
    pages[i].number = i + 1;
    place(pages[i], "PIANO DELLA PERFORMANCE 2023", 200, 20);
    place(pages[i], "Testo della pagina " + std::string(1, static_cast<char>('A' + i)), 50, 300);
    place(pages[i], "Pagina " + std::to_string(i + 1) + " di 3", 280, 770);
  }
  auto doc = run(pages);
  int boilerplate = 0;
  for (const auto& l : doc.lines) {
    if (l.boilerplate) ++boilerplate;
    if (l.text.rfind("Testo", 0) == 0) CHECK_FALSE(l.boilerplate);
  }
  CHECK(boilerplate == 6);
  CHECK(looks_like_page_number("Pag. 3"));
  CHECK(looks_like_page_number("- 12 -"));
  CHECK_FALSE(looks_like_page_number("2023 - 2025 obiettivi"));
  CHECK(looks_like_signature_title("IL SEGRETARIO GENERALE"));
  CHECK_FALSE(looks_like_signature_title("Il segretario generale ha disposto che la relazione sia pubblicata"));
}

TEST_CASE("a table's header repeated atop every page is the table's, not a running header", "[layout][boilerplate]") {
  // Print titles: the header row (four cells, the last stacked over two
  // lines) sits in the top margin band of each page, right above the body.
  std::vector<PageInput> pages(2);
  for (int i = 0; i < 2; ++i) {
    PageInput& p = pages[i];
    p.number = i + 1;
    place(p, "Missione", 50, 40, 10, true);
    place(p, "Indicatore", 130, 40, 10, true);
    place(p, "Tipologia", 300, 40, 10, true);
    place(p, "Valore di riferimento", 400, 40, 10, true);
    place(p, "(2014)", 420, 51, 10, true);
    for (int r = 0; r < 4; ++r) {
      const double y = 70 + 14 * r;
      place(p, "011", 50, y);
      place(p, "Pratiche chiuse " + std::to_string(10 * i + r), 130, y);
      place(p, "Efficacia", 300, y);
      place(p, std::to_string(80 + r) + "%", 400, y);
    }
  }
  auto doc = run(pages);
  REQUIRE(!doc.tables.empty());
  const Table& t = doc.tables.front();
  REQUIRE(t.at(0, 0));
  CHECK(t.at(0, 0)->text == "Missione");
  REQUIRE(t.at(0, 3));
  CHECK(t.at(0, 3)->text == "Valore di riferimento\n(2014)");
  for (const auto& l : doc.lines) CHECK(l.text.find("Missione") == std::string::npos);
}

TEST_CASE("a table over two pages is one table without the repeated header", "[layout][joins]") {
  std::vector<PageInput> pages(2);
  for (int p = 0; p < 2; ++p) {
    PageInput& page = pages[p];
    page.number = p + 1;
    // Header and two body rows, ruled, filling the page to its foot on page 1.
    std::vector<double> ys = {p == 0 ? 600.0 : 50.0};
    for (int r = 0; r < 3; ++r) ys.push_back(ys.back() + 20 + (p == 0 ? 40 : 0));
    for (double y : ys) page.rules.push_back(hrule(50, 250, y));
    for (double x : {50.0, 150.0, 250.0}) page.rules.push_back(vrule(x, ys.front(), ys.back()));
    place(page, "Codice", 55, ys[0] + 5, 10, true);
    place(page, "Valore", 155, ys[0] + 5, 10, true);
    for (int r = 1; r < 3; ++r) {
      place(page, "C" + std::to_string(p * 2 + r), 55, ys[r] + 5);
      place(page, std::to_string(10 * (p * 2 + r)), 155, ys[r] + 5);
    }
  }
  auto doc = run(pages);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.pages == std::vector<int>{1, 2});
  CHECK(t.n_rows == 5);
  CHECK(t.at(3, 0)->text == "C3");
  CHECK(t.at(3, 0)->page == 2);
  CHECK(t.at(1, 0)->page == 1);
}

TEST_CASE("every word ends in a cell or a line", "[layout][engine]") {
  PageInput p;
  place(p, "Titolo del documento", 50, 40, 14, true);
  for (double y : {100.0, 120.0, 140.0}) p.rules.push_back(hrule(50, 250, y));
  for (double x : {50.0, 150.0, 250.0}) p.rules.push_back(vrule(x, 100, 140));
  place(p, "A", 55, 105);
  place(p, "B", 155, 105);
  place(p, "C D", 55, 125);
  place(p, "Nota finale", 50, 200);
  auto doc = run({p});
  std::string all;
  for (const auto& t : doc.tables)
    for (const auto& c : t.cells) all += c.text + " ";
  for (const auto& l : doc.lines) all += l.text + " ";
  for (const auto& w : p.words) CHECK(all.find(w.text) != std::string::npos);
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].id == "t1");
  CHECK(doc.tables[0].method == TableMethod::ruled);
  CHECK(doc.lines.size() == 2);
}

TEST_CASE("odd input never throws", "[layout][engine]") {
  PageInput p;
  p.words.push_back(word("", 0, 0));
  Word nan = word("x", 0, 0);
  nan.box = {5, 5, 5, 5};  // zero-size box
  p.words.push_back(nan);
  p.rules.push_back({{0, 0, 0, 0}});
  p.rules.push_back(hrule(10, 10, 10));
  CHECK_NOTHROW(run({p}));
  CHECK_NOTHROW(run({}));
}

TEST_CASE("rows cut by horizontal rules alone: hybrid, wrapped cells kept whole", "[layout][hybrid]") {
  PageInput p;
  // Uniform 11 pt line pitch: only the rules tell where a row ends.
  const double xs[] = {50, 150, 300};
  double y = 100;
  const std::vector<std::vector<std::string>> rows = {
      {"Codice", "Descrizione", "Peso"}, {"A1", "Prima riga", "10%"}, {"", "che continua", ""},
      {"A2", "Seconda", "90%"}};
  p.rules.push_back(hrule(45, 360, y - 2));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (int c = 0; c < 3; ++c)
      if (!rows[r][c].empty()) place(p, rows[r][c], xs[c], y, 10, r == 0);
    y += 11;
    if (r != 1) p.rules.push_back(hrule(45, 360, y - 0.5));
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.method == TableMethod::hybrid);
  CHECK(t.n_rows == 3);
  CHECK(t.at(1, 1)->text == "Prima riga\nche continua");
  CHECK(t.at(2, 0)->text == "A2");
}

TEST_CASE("text printed twice (fake bold) is one bold word", "[layout][pdf]") {
  std::vector<Word> words = {word("Totale", 50, 100), word("Totale", 50.3, 100), word("Totale", 50, 200),
                             word("x", 10, 10)};
  drop_overprinted_words(words);
  REQUIRE(words.size() == 3);
  CHECK(words[0].bold);
  CHECK_FALSE(words[1].bold);
}

TEST_CASE("PDF text is kept as printed, ligatures and NBSP undone", "[layout][pdf]") {
  CHECK(pdf_text_as_printed("e\xEF\xAC\x83" "cienza") == "efficienza");           // U+FB03 ffi
  CHECK(pdf_text_as_printed("1.419\xC2\xA0N.") == "1.419 N.");                       // NBSP
  CHECK(pdf_text_as_printed("\xE2\x80\x9C" "Buono" "\xE2\x80\x9D") == "\xE2\x80\x9C" "Buono" "\xE2\x80\x9D");  // quotes stay
  CHECK(is_bold_font("BAAAAA+LiberationSans-Bold"));
  CHECK_FALSE(is_bold_font("BAAAAA+LiberationSans"));
  // Plain ASCII takes a shortcut: the same trim, control characters still dropped.
  CHECK(pdf_text_as_printed("  Peso\t") == "Peso");
  CHECK(pdf_text_as_printed(" \t ").empty());
  CHECK(pdf_text_as_printed("a\x01" "b\x7F") == "ab\x7F");
  CHECK(pdf_text_as_printed("\xC2\xA0" "12 ") == "12");  // a leading NBSP trimmed like a space
}

TEST_CASE("a dense grid of rules (graph paper) is read without blowing up", "[layout][rules]") {
  PageInput p;
  for (int i = 0; i <= 200; ++i) {
    p.rules.push_back(hrule(10, 810, 10 + 4.0 * i));
    p.rules.push_back(vrule(10 + 4.0 * i, 10, 810));
  }
  place(p, "x", 12, 12, 2);
  auto doc = run({p});
  // 40,000 cells built, one of them filled: a drawing, read as text.
  CHECK(doc.tables.empty());
  REQUIRE(doc.lines.size() == 1);
  CHECK(doc.lines[0].text == "x");
}

TEST_CASE("borderless group header over sub-columns is a spanning header cell", "[layout][aligned]") {
  PageInput p;
  place(p, "Target triennale", 145, 88, 10, true);  // centred over the three year columns
  place(p, "Indicatore", 50, 100, 10, true);
  place(p, "2023", 140, 100, 10, true);
  place(p, "2024", 180, 100, 10, true);
  place(p, "2025", 220, 100, 10, true);
  for (int r = 0; r < 3; ++r) {
    const double y = 118 + 14.0 * r;
    place(p, "Ind" + std::to_string(r), 50, y);
    place(p, std::to_string(10 + r), 140, y);
    place(p, std::to_string(20 + r), 180, y);
    place(p, std::to_string(30 + r), 220, y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 5);
  REQUIRE(t.at(0, 1));
  CHECK(t.at(0, 1)->text == "Target triennale");
  CHECK(t.at(0, 1)->col_span == 3);
  CHECK(t.at(0, 1)->header);
  CHECK(t.at(1, 2)->text == "2024");
  CHECK(t.at(2, 3)->text == "30");
}

TEST_CASE("borderless rows without padding: wrapped lines join the row above", "[layout][aligned]") {
  PageInput p;
  // Every line 11 pt below the last: no gap tells rows apart, the code column does.
  const std::vector<std::vector<std::string>> lines = {
      {"Codice", "Descrizione", "Peso"}, {"1.1.1", "Produrre analisi", "33%"}, {"", "economiche", ""},
      {"", "trimestrali", ""}, {"1.1.2", "Supporto", "67%"}};
  const double xs[] = {50, 120, 300};
  for (std::size_t r = 0; r < lines.size(); ++r)
    for (int c = 0; c < 3; ++c)
      if (!lines[r][c].empty()) place(p, lines[r][c], xs[c], 100 + 11.0 * static_cast<double>(r), 10, r == 0);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 3);
  CHECK(t.at(1, 1)->text == "Produrre analisi\neconomiche\ntrimestrali");
  CHECK(t.at(2, 0)->text == "1.1.2");
}

TEST_CASE("header rows stop at a bold band under them that opens the first column again", "[layout][header]") {
  TableDraft d;
  Table& t = d.table;
  t.n_rows = 4;
  t.n_cols = 3;
  auto cell = [&](int row, int col, const std::string& text, int row_span = 1) {
    TableCell c;
    c.row = row;
    c.col = col;
    c.row_span = row_span;
    c.text = text;
    t.cells.push_back(c);
    d.cell_bold.push_back(row < 3);
    d.cell_rotated.push_back(false);
  };
  cell(0, 0, "Codice", 2);  // spans the two header rows
  cell(0, 1, "Dato storico");
  cell(0, 2, "Peso", 2);
  cell(1, 1, "2024");
  cell(2, 0, "CITTADINI, IMPRESE E TERRITORIO");
  cell(2, 2, "40 %");
  cell(3, 0, "OS.1");
  cell(3, 1, "12");
  cell(3, 2, "50 %");
  mark_header_rows(d);
  for (const auto& c : t.cells) {
    INFO(c.text);
    CHECK(c.header == (c.row < 2));
  }
}
