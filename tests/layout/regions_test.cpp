// Tables whose rules draw only part of their structure, and text that lines
// up like a table without being one (synthetic pages, no PDF).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "layout/layout_engine.hpp"
#include "layout/text_lines.hpp"
#include "synthetic.hpp"

using namespace allegato;
using namespace allegato::layout;
using allegato::testing::hrule;
using allegato::testing::place;
using allegato::testing::vrule;

namespace {
ExtractedDocument run(const std::vector<PageInput>& pages) {
  ExtractedDocument doc;
  build_layout(pages, doc);
  return doc;
}

// A statistical table: a two-line header, then `body_rows` rows of a name
// and three numbers on a uniform 11 pt pitch. Returns the y below the last row.
double statistical_table(PageInput& p, double y, int body_rows) {
  const double xs[] = {50, 200, 260, 320};
  place(p, "Percent", 200, y);
  place(p, "Region", 50, y + 11);
  place(p, "who", 200, y + 11);
  place(p, "2010", 260, y + 11);
  place(p, "2011", 320, y + 11);
  y += 26;
  for (int r = 0; r < body_rows; ++r, y += 11) {
    place(p, "Region" + std::to_string(r), xs[0], y);
    for (int c = 1; c < 4; ++c) place(p, std::to_string(100 * c + r), xs[c], y);
  }
  return y;
}
}  // namespace

TEST_CASE("rules only around the header: the unruled body is split into rows", "[layout][hybrid]") {
  PageInput p;
  p.rules.push_back(hrule(45, 360, 98));   // above the header
  p.rules.push_back(hrule(45, 360, 123));  // below the header
  const double bottom = statistical_table(p, 100, 6);
  p.rules.push_back(hrule(45, 360, bottom + 1));
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_cols == 4);
  CHECK(t.n_rows == 7);  // the header's stacked words stay one row
  REQUIRE(t.at(0, 1));
  CHECK(t.at(0, 1)->text == "Percent\nwho");
  REQUIRE(t.at(6, 0));
  CHECK(t.at(6, 0)->text == "Region5");
  CHECK(t.at(6, 3)->text == "305");
}

TEST_CASE("ruled columns, unruled rows: each baseline is a row", "[layout][rules]") {
  PageInput p;
  for (double x : {45.0, 190.0, 250.0, 310.0, 360.0}) p.rules.push_back(vrule(x, 98, 190));
  p.rules.push_back(hrule(45, 360, 98));
  p.rules.push_back(hrule(45, 360, 123));
  p.rules.push_back(hrule(45, 360, 190));
  statistical_table(p, 100, 5);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.method == TableMethod::ruled);
  CHECK(t.n_rows == 6);
  REQUIRE(t.at(3, 2));
  CHECK(t.at(3, 2)->text == "202");
  CHECK(t.at(0, 1)->text == "Percent\nwho");
}

TEST_CASE("ruled rows with wrapped cells stay one row each", "[layout][rules]") {
  PageInput p;
  // Every row ruled; one row's two cells both wrap onto a second line.
  for (double x : {45.0, 150.0, 300.0}) p.rules.push_back(vrule(x, 98, 168));
  for (double y : {98.0, 112.0, 138.0, 152.0, 168.0}) p.rules.push_back(hrule(45, 300, y));
  place(p, "Name", 50, 100);
  place(p, "Value", 155, 100);
  place(p, "Long name", 50, 114);
  place(p, "first part", 155, 114);
  place(p, "that wraps", 50, 125);
  place(p, "second part", 155, 125);
  place(p, "B", 50, 140);
  place(p, "two", 155, 140);
  place(p, "C", 50, 154);
  place(p, "three", 155, 154);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 4);
  REQUIRE(t.at(1, 0));
  CHECK(t.at(1, 0)->text == "Long name\nthat wraps");
}

TEST_CASE("two columns of running text are not a table", "[layout][aligned]") {
  PageInput p;
  const std::vector<std::string> left = {"In addition to the participating schools the original",
                                         "sample included schools that were replaced by others",
                                         "selected in the same way from the same frame list"};
  const std::vector<std::string> right = {"they were not English language speakers and were",
                                          "excluded from the count of eligible students in",
                                          "the school at the time the sample was drawn up"};
  for (std::size_t i = 0; i < left.size(); ++i) {
    place(p, left[i], 50, 100 + 12.0 * static_cast<double>(i));
    place(p, right[i], 330, 100 + 12.0 * static_cast<double>(i));
  }
  auto doc = run({p});
  CHECK(doc.tables.empty());
  CHECK(doc.lines.size() == 3);
}

TEST_CASE("column rules drawn only in the header: body rows are split into its columns", "[layout][rules]") {
  PageInput p;
  // Outer frame; inner vertical rules only across the header row.
  p.rules.push_back(vrule(45, 98, 160));
  p.rules.push_back(vrule(300, 98, 160));
  for (double x : {130.0, 215.0}) p.rules.push_back(vrule(x, 98, 112));
  for (double y : {98.0, 112.0, 128.0, 144.0, 160.0}) p.rules.push_back(hrule(45, 300, y));
  place(p, "Country", 50, 100);
  place(p, "Domestic", 135, 100);
  place(p, "Total", 220, 100);
  const std::vector<std::vector<std::string>> rows = {{"Austria", "86.2", "3,375"}, {"Belgium", "0", "3,973"},
                                                      {"Cyprus", "81.0", "158"}};
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double y = 114 + 16.0 * static_cast<double>(r);
    place(p, rows[r][0], 50, y);
    place(p, rows[r][1], 180, y);
    place(p, rows[r][2], 260, y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 4);
  CHECK(t.n_cols == 3);
  REQUIRE(t.at(2, 1));
  CHECK(t.at(2, 1)->text == "0");
  CHECK(t.at(2, 1)->col_span == 1);
  CHECK(t.at(3, 2)->text == "158");
}

TEST_CASE("a title centred over merged ruled cells stays merged", "[layout][rules]") {
  PageInput p;
  p.rules.push_back(vrule(45, 98, 140));
  p.rules.push_back(vrule(300, 98, 140));
  p.rules.push_back(vrule(170, 112, 140));
  for (double y : {98.0, 112.0, 126.0, 140.0}) p.rules.push_back(hrule(45, 300, y));
  place(p, "Actual and projected", 130, 100);  // one run across the column edge at 170
  place(p, "A", 50, 114);
  place(p, "1", 180, 114);
  place(p, "B", 50, 128);
  place(p, "2", 180, 128);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  REQUIRE(t.at(0, 0));
  CHECK(t.at(0, 0)->col_span == 2);
  CHECK(t.at(0, 0)->text == "Actual and projected");
}

TEST_CASE("rules only between column groups: the columns come from the text", "[layout][rules]") {
  PageInput p;
  // Two groups of two numeric columns; vertical rules only around the groups.
  for (double x : {110.0, 230.0, 350.0}) p.rules.push_back(vrule(x, 98, 156));
  for (double y : {98.0, 126.0, 156.0}) p.rules.push_back(hrule(45, 400, y));
  place(p, "White", 150, 100);
  place(p, "Black", 270, 100);
  place(p, "Age", 50, 113);
  place(p, "Male", 120, 113);
  place(p, "Female", 175, 113);
  place(p, "Male", 240, 113);
  place(p, "Female", 295, 113);
  place(p, "Total", 360, 113);
  for (int r = 0; r < 2; ++r) {
    const double y = 129 + 12.0 * r;
    place(p, "1" + std::to_string(r), 50, y);
    place(p, "11" + std::to_string(r), 120, y);
    place(p, "12" + std::to_string(r), 175, y);
    place(p, "21" + std::to_string(r), 240, y);
    place(p, "22" + std::to_string(r), 295, y);
    place(p, "99" + std::to_string(r), 360, y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_cols == 6);
  CHECK(t.n_rows == 3);  // the header band is one row
  REQUIRE(t.at(2, 2));
  CHECK(t.at(2, 2)->text == "121");
  CHECK(t.at(2, 5)->text == "991");
}

TEST_CASE("a caption between two stacked tables keeps them two", "[layout][aligned]") {
  PageInput p;
  auto table = [&](double y) {
    for (int r = 0; r < 3; ++r) {
      place(p, "Item" + std::to_string(r), 50, y + 12.0 * r);
      place(p, std::to_string(10 + r), 200, y + 12.0 * r);
      place(p, std::to_string(20 + r), 260, y + 12.0 * r);
    }
  };
  table(100);
  place(p, "Source: national register of deaths, 2006 edition", 50, 137);  // a note closes the first table
  place(p, "Table 2. Number of deaths by age group and sex in the states", 50, 149);
  table(162);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[0].n_rows == 3);
  CHECK(doc.tables[1].n_rows == 3);
}

TEST_CASE("a header printed again word for word opens a second table, even where its first columns line up", "[layout][aligned]") {
  // Two HTML tables one under the other with a heading between: the first
  // columns keep their widths, the last ones move with their content.
  PageInput p;
  auto table = [&](double y, double last_x) {
    place(p, "Obiettivo", 50, y);
    place(p, "Risorse", 200, y);
    place(p, "Tipologia", last_x, y);
    for (int r = 1; r <= 2; ++r) {
      place(p, "Obj" + std::to_string(r), 50, y + 12.0 * r);
      place(p, std::to_string(100 * r), 200, y + 12.0 * r);
      place(p, "Volume", last_x, y + 12.0 * r);
    }
  };
  table(100, 260);
  place(p, "MISSIONE 016 - Commercio", 50, 138, 10, true);
  table(150, 300);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 2);
  // (The heading between them may close the first table as a section row.)
  CHECK(doc.tables[1].n_rows == 3);
  CHECK(doc.tables[0].n_cols == 3);
  CHECK(doc.tables[1].n_cols == 3);
}

TEST_CASE("a sentence right under a table row is a section row of the table", "[layout][aligned]") {
  PageInput p;
  for (int r = 0; r < 2; ++r) {
    place(p, "Item" + std::to_string(r), 50, 100 + 12.0 * r);
    place(p, std::to_string(10 + r), 200, 100 + 12.0 * r);
    place(p, std::to_string(20 + r), 260, 100 + 12.0 * r);
  }
  place(p, "Obiettivo strategico 1.3 - Accompagnare le imprese nei mercati", 50, 124);
  for (int r = 0; r < 2; ++r) {
    place(p, "Item" + std::to_string(2 + r), 50, 136 + 12.0 * r);
    place(p, std::to_string(12 + r), 200, 136 + 12.0 * r);
    place(p, std::to_string(22 + r), 260, 136 + 12.0 * r);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].n_rows == 5);
}

TEST_CASE("justified text stretched past the column gap is one run", "[layout][lines]") {
  PageInput p;
  // Word spaces of 0.8 em, all alike: a justified line, not seven cells.
  double x = 50;
  for (const std::string w : {"price", "determination", "in", "the", "year", "became", "part"}) {
    p.words.push_back(allegato::testing::word(w, x, 100));
    x = p.words.back().box.x1 + 8;
  }
  std::vector<int> ids;
  for (int i = 0; i < static_cast<int>(p.words.size()); ++i) ids.push_back(i);
  auto lines = build_lines(p.words, ids);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].runs.size() == 1);
}

TEST_CASE("a column of prose beside a table on the same baselines stays text", "[layout][aligned]") {
  PageInput p;
  const std::vector<std::string> prose = {"disparities in heart disease and stroke among persons",
                                          "who already have heart disease or have experienced",
                                          "a stroke often focus on differences in access to care",
                                          "and type of medication used in treatment of the"};
  for (int r = 0; r < 4; ++r) {
    const double y = 100 + 12.0 * r;
    place(p, "State" + std::to_string(r), 50, y);
    place(p, std::to_string(1000 + r), 120, y);
    place(p, std::to_string(50 + r), 170, y);
    place(p, prose[r], 300, y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_cols == 3);
  CHECK(t.n_rows == 4);
  REQUIRE(doc.lines.size() == 4);
  CHECK(doc.lines[0].text == prose[0]);
}

TEST_CASE("two numbers packed closer than a column gap are two runs", "[layout][lines]") {
  PageInput p;
  // 0.5 em apart: below the usual run gap, but one number never holds a space.
  p.words.push_back(allegato::testing::word("1,144", 50, 100));
  p.words.push_back(allegato::testing::word("193.5", 50 + 25 + 5, 100));
  p.words.push_back(allegato::testing::word("54", 120, 100));
  p.words.push_back(allegato::testing::word("200", 120 + 10 + 2.5, 100));  // a thousands group
  std::vector<int> ids = {0, 1, 2, 3};
  auto lines = build_lines(p.words, ids);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].runs.size() == 3);
  CHECK(lines[0].runs[2].words.size() == 2);
}

TEST_CASE("a bulleted list is not a table", "[layout][aligned]") {
  PageInput p;
  const std::vector<std::string> items = {"effectiveness (job placement)", "processes (dropping out)",
                                          "staff (formal teaching)"};
  for (int r = 0; r < 3; ++r) {
    place(p, "\u2022", 50, 100 + 14.0 * r);
    place(p, items[r], 70, 100 + 14.0 * r);
  }
  auto doc = run({p});
  CHECK(doc.tables.empty());
  CHECK(doc.lines.size() == 3);
}

TEST_CASE("a caption with a label does not bridge the columns below it", "[layout][aligned]") {
  PageInput p;
  place(p, "Table 10:", 50, 88);
  place(p, "Indicators of performance based funding for upper secondary", 110, 88);
  place(p, "Indicators", 50, 104);
  place(p, "Weight", 300, 104);
  const std::vector<std::string> names = {"Employment", "Further studies", "Dropping out"};
  for (int r = 0; r < 3; ++r) {
    place(p, names[r], 50, 118 + 14.0 * r);
    place(p, std::to_string(40 - 10 * r), 310, 118 + 14.0 * r);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_cols == 2);
  CHECK(t.n_rows == 4);
  REQUIRE(t.at(3, 1));
  CHECK(t.at(3, 1)->text == "20");
}

TEST_CASE("ruled columns, unruled rows with wrapped text: rows part at the wider gaps", "[layout][rules]") {
  PageInput p;
  for (double x : {45.0, 120.0, 260.0, 400.0}) p.rules.push_back(vrule(x, 98, 200));
  for (double y : {98.0, 112.0, 200.0}) p.rules.push_back(hrule(45, 400, y));
  place(p, "Source", 50, 100);
  place(p, "Definition", 125, 100);
  place(p, "Examples", 265, 100);
  // Two rows, each with cells wrapped over three lines (11 pt pitch), 8 pt apart.
  for (int r = 0; r < 2; ++r) {
    const double y = 116 + 41.0 * r;
    place(p, r == 0 ? "Major" : "Area", 50, y);
    for (int k = 0; k < 3; ++k) {
      place(p, "definition " + std::to_string(r) + std::to_string(k), 125, y + 11.0 * k);
      place(p, "example " + std::to_string(r) + std::to_string(k), 265, y + 11.0 * k);
    }
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 3);
  REQUIRE(t.at(2, 1));
  CHECK(t.at(2, 1)->text == "definition 10\ndefinition 11\ndefinition 12");
  CHECK(t.at(2, 0)->text == "Area");
}

TEST_CASE("a box drawn around part of wider rows does not cut the table", "[layout][rules]") {
  PageInput p;
  // The middle pair of columns is boxed; the rows run on left and right.
  p.rules.push_back(hrule(150, 260, 98));
  p.rules.push_back(hrule(150, 260, 150));
  p.rules.push_back(vrule(150, 98, 150));
  p.rules.push_back(vrule(260, 98, 150));
  for (int r = 0; r < 4; ++r) {
    const double y = 100 + 12.0 * r;
    place(p, std::to_string(r) + "y", 50, y);
    place(p, std::to_string(100 + r), 100, y);
    place(p, std::to_string(40 + r) + "y", 160, y);
    place(p, std::to_string(200 + r), 220, y);
    place(p, std::to_string(80 + r) + "y", 280, y);
    place(p, std::to_string(300 + r), 330, y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_cols == 6);
  CHECK(t.n_rows == 4);
  REQUIRE(t.at(2, 2));
  CHECK(t.at(2, 2)->text == "42y");
}

TEST_CASE("framed tables side by side on the same lines are two tables, each with its header",
          "[layout][rules]") {
  PageInput p;
  p.width = 842;
  // Two panels two ems apart, each a frame with a rule under its header and
  // between rows: their rows share baselines across the gutter.
  for (double x0 : {50.0, 330.0}) {
    const double x1 = x0 + 260;
    p.rules.push_back(hrule(x0, x1, 96));
    p.rules.push_back(hrule(x0, x1, 110));
    p.rules.push_back(hrule(x0, x1, 124));
    p.rules.push_back(hrule(x0, x1, 138));
    p.rules.push_back(hrule(x0, x1, 152));
    p.rules.push_back(vrule(x0, 96, 152));
    p.rules.push_back(vrule(x1, 96, 152));
    const std::string area = x0 < 100 ? "A" : "B";
    place(p, "Cod.", x0 + 4, 99);
    place(p, "Indicatore", x0 + 40, 99);
    place(p, "2025", x0 + 160, 99);
    place(p, "Peso", x0 + 220, 99);
    for (int r = 0; r < 3; ++r) {
      const double y = 113 + 14.0 * r;
      place(p, area + "0" + std::to_string(r + 1), x0 + 4, y);
      place(p, "Quota di studenti " + std::to_string(r), x0 + 40, y);
      place(p, std::to_string(60 + r) + "%", x0 + 160, y);
      place(p, std::to_string(30 + r) + "%", x0 + 220, y);
    }
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 2);
  for (const Table& t : doc.tables) {
    CHECK(t.n_cols == 4);
    CHECK(t.n_rows == 4);
    REQUIRE(t.at(0, 0));
    CHECK(t.at(0, 0)->text == "Cod.");
    REQUIRE(t.at(3, 3));
  }
  CHECK(doc.tables[0].at(1, 0)->text == "A01");
  CHECK(doc.tables[1].at(1, 0)->text == "B01");
  CHECK(doc.tables[1].at(3, 3)->text == "32%");
}

TEST_CASE("one space of a monospaced font does not part a cell", "[layout][lines]") {
  PageInput p;
  // Courier's space is 0.6 em: "40 years" is one cell, the 2-space gap parts.
  p.words.push_back(allegato::testing::word("40", 50, 100));
  p.words.push_back(allegato::testing::word("years", 50 + 10 + 6.1, 100));
  p.words.push_back(allegato::testing::word("2,468,083", 50 + 10 + 6.1 + 25 + 12.2, 100));
  std::vector<int> ids = {0, 1, 2};
  auto lines = build_lines(p.words, ids);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].runs.size() == 2);
}

TEST_CASE("horizontal rules running past the vertical ones: the outer columns belong to the table",
          "[layout][rules]") {
  PageInput p;
  // Vertical rules only around the middle group; the rules run full width.
  for (double x : {120.0, 240.0}) p.rules.push_back(vrule(x, 98, 140));
  for (double y : {98.0, 112.0, 126.0, 140.0}) p.rules.push_back(hrule(45, 330, y));
  place(p, "Category", 50, 100);
  place(p, "2005", 160, 100);
  place(p, "Change", 260, 100);
  place(p, "All", 50, 114);
  place(p, "291", 160, 114);
  place(p, "+12", 260, 114);
  place(p, "Severe", 50, 128);
  place(p, "34", 160, 128);
  place(p, "-3", 260, 128);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.method == TableMethod::ruled);
  CHECK(t.n_cols == 3);
  CHECK(t.n_rows == 3);
  REQUIRE(t.at(2, 0));
  CHECK(t.at(2, 0)->text == "Severe");
  CHECK(t.at(2, 2)->text == "-3");
}

TEST_CASE("the axis labels of two charts side by side are not a table", "[layout][aligned]") {
  PageInput p;
  for (int k = 0; k < 6; ++k) {
    const double y = 100 + 20.0 * k;
    place(p, std::to_string(450 - 50 * k), 50, y);
    place(p, std::to_string(450 - 50 * k), 300, y);
  }
  place(p, "Jan-08 Jul-08 Jan-09", 70, 222);
  place(p, "Jan-08 Jul-08 Jan-09", 320, 222);
  auto doc = run({p});
  CHECK(doc.tables.empty());
}

TEST_CASE("a column of years beside data is a table, not an axis", "[layout][aligned]") {
  PageInput p;
  for (int k = 0; k < 6; ++k) {
    const double y = 100 + 12.0 * k;
    place(p, std::to_string(1996 + k), 50, y);
    place(p, std::to_string(16 - k) + ".9", 200, y);
    place(p, std::to_string(17 + k) + ".1", 300, y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].n_rows == 6);
}

TEST_CASE("cells wrapped side by side in a ruled row stay one row", "[layout][rules]") {
  PageInput p;
  for (double x : {45.0, 160.0, 280.0, 400.0}) p.rules.push_back(vrule(x, 98, 176));
  for (double y : {98.0, 112.0, 160.0, 176.0}) p.rules.push_back(hrule(45, 400, y));
  place(p, "Obiettivo", 50, 100);
  place(p, "Indicatore", 165, 100);
  place(p, "Target", 285, 100);
  // Every cell of the first row wraps over four lines on one pitch.
  const std::vector<std::vector<std::string>> lines = {{"OS 3.1 - Favorire la", "Nuove imprese", "Aumento del 10%"},
                                                       {"nascita di nuove", "iscritte nei comuni", "rispetto alla"},
                                                       {"imprese giovanili", "montani", "baseline nel 2026"},
                                                       {"nelle aree montane", "", "e nel 2027"}};
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const double y = 114 + 11.0 * static_cast<double>(k);
    place(p, lines[k][0], 50, y);
    if (!lines[k][1].empty()) place(p, lines[k][1], 165, y);
    place(p, lines[k][2], 285, y);
  }
  place(p, "OS 3.2 - Ridurre", 50, 162);
  place(p, "Famiglie raggiunte", 165, 162);
  place(p, "Almeno il 50%", 285, 162);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 3);
  REQUIRE(t.at(1, 0));
  CHECK(t.at(1, 0)->text == "OS 3.1 - Favorire la\nnascita di nuove\nimprese giovanili\nnelle aree montane");
}

TEST_CASE("a ruled drawing with nearly every cell empty is not a table", "[layout][rules]") {
  PageInput p;
  // A chart's plot area: a 6 x 8 lattice of grid lines, three labels.
  for (int k = 0; k <= 6; ++k) p.rules.push_back(hrule(50, 370, 100 + 20.0 * k));
  for (int k = 0; k <= 8; ++k) p.rules.push_back(vrule(50 + 40.0 * k, 100, 220));
  place(p, "1990s", 55, 104);
  place(p, "2000s", 255, 164);
  place(p, "Incidents", 135, 204);
  auto doc = run({p});
  CHECK(doc.tables.empty());
  CHECK(doc.lines.size() == 3);
}

TEST_CASE("a bold caption above a bold header is not taken as a group header", "[layout][aligned]") {
  PageInput p;
  place(p, "Table 2. Selected characteristics of householders in unhealthy housing", 50, 88, 10, true);
  place(p, "Characteristic", 50, 100, 10, true);
  place(p, "Total", 200, 100, 10, true);
  place(p, "Share", 260, 100, 10, true);
  for (int r = 0; r < 3; ++r) {
    place(p, "Group" + std::to_string(r), 50, 118 + 14.0 * r);
    place(p, std::to_string(610 + r), 200, 118 + 14.0 * r);
    place(p, std::to_string(22 + r), 260, 118 + 14.0 * r);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 4);
  REQUIRE(t.at(0, 0));
  CHECK(t.at(0, 0)->text == "Characteristic");
  REQUIRE(doc.lines.size() == 1);
}

TEST_CASE("a bold header stacked over three lines on the body's pitch is one row", "[layout][aligned]") {
  PageInput p;
  // Every line 11 pt below the last, header and body alike.
  place(p, "Valore", 250, 100, 10, true);
  place(p, "Obiettivo", 50, 111, 10, true);
  place(p, "Peso", 160, 111, 10, true);
  place(p, "consuntivo", 250, 111, 10, true);
  place(p, "2025", 250, 122, 10, true);
  for (int r = 0; r < 3; ++r) {
    const double y = 133 + 11.0 * r;
    place(p, "1." + std::to_string(r + 1), 50, y);
    place(p, std::to_string(30 + r) + ",00%", 160, y);
    place(p, std::to_string(300 + r) + " N.", 250, y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  CHECK(t.n_rows == 4);
  REQUIRE(t.at(0, 2));
  CHECK(t.at(0, 2)->text == "Valore\nconsuntivo\n2025");
  CHECK(t.at(1, 0)->text == "1.1");
}

TEST_CASE("a paragraph under a bulleted list does not join the table below it", "[layout][aligned]") {
  PageInput p;
  place(p, "\u2022", 50, 100);
  place(p, "effectiveness of the placement", 70, 100);
  place(p, "\u2022", 50, 112);
  place(p, "processes and the ratio of holders", 70, 112);
  place(p, "When the funding index is calculated the indicators are assigned weights", 50, 124);
  place(p, "of importance as shown in the table printed below this paragraph", 50, 136);
  place(p, "Indicators", 50, 152);
  place(p, "Weight", 300, 152);
  const std::vector<std::string> names = {"Employment", "Further studies", "Dropping out"};
  for (int r = 0; r < 3; ++r) {
    place(p, names[r], 50, 166 + 14.0 * r);
    place(p, std::to_string(40 - 10 * r), 310, 166 + 14.0 * r);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].n_rows == 4);
  CHECK(doc.tables[0].n_cols == 2);
}

TEST_CASE("a form of label | value lines over a table with columns of its own stays text", "[layout][aligned]") {
  // `Missione | 018 - ...` rows drawn right above the indicators' table,
  // their values starting inside the table's first column.
  PageInput p;
  const char* labels[] = {"Missione", "Programma", "Obiettivo", "Risorse"};
  const char* values[] = {"018 - Sviluppo sostenibile del territorio", "013 - Tutela della fauna e della flora",
                          "OS 1.1 - Conservare gli habitat prioritari", "€ 612.400,00"};
  for (int r = 0; r < 4; ++r) {
    place(p, labels[r], 50, 100 + 12.0 * r);
    place(p, values[r], 140, 100 + 12.0 * r);
    p.rules.push_back(hrule(45, 520, 110.5 + 12.0 * r));
  }
  p.rules.push_back(hrule(45, 520, 154));
  place(p, "Indicatore", 50, 158);
  place(p, "Tipologia", 270, 158);
  place(p, "U.M.", 330, 158);
  place(p, "2026", 380, 158);
  place(p, "2027", 440, 158);
  p.rules.push_back(hrule(45, 520, 169));
  for (int r = 0; r < 3; ++r) {
    const double y = 172 + 12.0 * r;
    place(p, "Indicatore numero " + std::to_string(r), 50, y);
    place(p, "Efficacia", 270, y);
    place(p, "N.", 330, y);
    place(p, ">= " + std::to_string(20 + r), 380, y);
    place(p, ">= " + std::to_string(30 + r), 440, y);
    p.rules.push_back(hrule(45, 520, y + 10.5));
  }
  // Drawn as a ruled form (a rule under its last row, white, the table's
  // top rule) it is a table of its own; its lines never join the table's.
  auto indicators_table = [](const ExtractedDocument& doc) -> const Table* {
    for (const auto& t : doc.tables)
      if (t.n_cols == 5) return &t;
    return nullptr;
  };
  for (bool rule_under_form : {true, false}) {
    PageInput page = p;
    if (!rule_under_form)
      page.rules.erase(std::remove_if(page.rules.begin(), page.rules.end(),
                                      [](const Rule& r) { return std::abs(r.box.cy() - 146.5) < 1; }),
                       page.rules.end());
    auto doc = run({page});
    const Table* t = indicators_table(doc);
    REQUIRE(t);
    CHECK(t->n_rows == 4);
    for (const auto& c : t->cells) CHECK(c.text.find("Missione") == std::string::npos);
  }
}

TEST_CASE("a line set well apart under a table's body is a note, not a row", "[layout][aligned]") {
  PageInput p;
  place(p, "Codice", 50, 100);
  place(p, "Comportamento atteso", 120, 100);
  place(p, "Punti", 400, 100);
  p.rules.push_back(hrule(45, 450, 111));
  for (int r = 0; r < 4; ++r) {
    place(p, "C." + std::to_string(r + 1), 50, 114 + 12.0 * r);
    place(p, "Comportamento numero " + std::to_string(r + 1), 120, 114 + 12.0 * r);
    place(p, std::to_string(10 + r) + " punti", 400, 114 + 12.0 * r);
  }
  place(p, "Data di assegnazione: 2025-02-10", 50, 184);
  place(p, "Firma del Direttore", 200, 184);
  place(p, "____", 400, 184);
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].n_rows == 5);
}

TEST_CASE("a header printed again under a unit's bar opens a new table, its stacked top line with it", "[layout][aligned]") {
  // Unit bars (`Servizio ... | Responsabile: ...`) above each unit's table,
  // the header two lines high (`Dato storico` over `2025`), the same
  // objective row under each unit.
  PageInput p;
  double y = 100;
  for (int unit = 0; unit < 2; ++unit) {
    place(p, "Servizio numero " + std::to_string(unit), 50, y);
    place(p, "Responsabile: dott. Rossi", 330, y);
    y += 14;
    place(p, "Dato storico", 330, y);
    place(p, "Cod.", 50, y + 9);
    place(p, "Obiettivo", 100, y + 9);
    place(p, "Peso", 260, y + 9);
    place(p, "2025", 330, y + 9);
    y += 22;
    for (int r = 0; r < 3; ++r, y += 12) {
      place(p, "OG." + std::to_string(r + 1), 50, y);
      place(p, "Attuare le misure " + std::to_string(r), 100, y);
      place(p, std::to_string(20 + r) + "%", 260, y);
      place(p, std::to_string(80 + r) + "%", 330, y);
    }
    y += 6;
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 2);
  for (const auto& t : doc.tables) {
    int headers = 0;
    for (const auto& c : t.cells) headers += c.text.find("storico") != std::string::npos ? 1 : 0;
    CHECK(headers == 1);
  }
}

TEST_CASE("a group header worded like a caption over its sub-headers is the header's top line, not a caption", "[layout][aligned]") {
  // `Fasce di valutazione 2026 – punteggio attribuito` centred over four
  // score columns, `Valore di` beside it over `partenza 2025`; no rule above.
  PageInput p;
  place(p, "Valore di", 200, 100);
  place(p, "Fasce di valutazione 2026 – punteggio attribuito", 270, 100);
  place(p, "Cod.", 50, 110);
  place(p, "Indicatore", 90, 110);
  place(p, "partenza", 200, 110);
  for (int c = 0; c < 4; ++c) place(p, std::to_string(100 - 30 * c) + "%", 260 + 60.0 * c, 120);
  place(p, "2025", 200, 120);
  p.rules.push_back(hrule(45, 500, 131));
  for (int r = 0; r < 3; ++r) {
    const double y = 135 + 12.0 * r;
    place(p, "A." + std::to_string(r + 1), 50, y);
    place(p, "Indicatore " + std::to_string(r), 90, y);
    place(p, std::to_string(80 + r) + "%", 200, y);
    for (int c = 0; c < 4; ++c) place(p, ">= " + std::to_string(90 - 5 * c) + "%", 260 + 60.0 * c, y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  bool group_in_table = false;
  for (const auto& c : doc.tables[0].cells) group_in_table = group_in_table || c.text.find("Fasce") != std::string::npos;
  CHECK(group_in_table);
  for (const auto& l : doc.lines) CHECK(l.text.find("Fasce") == std::string::npos);
}

TEST_CASE("rows a producer padded far apart stay one table while a rule under each row parts them", "[layout][aligned]") {
  // Rows 36 points apart (white of two and a half lines and more), a rule
  // in the white under each row, the header a row like them.
  PageInput p;
  const char* header[] = {"Cod.", "Obiettivo", "Indicatore", "Valore atteso", "Risultato"};
  const double xs[] = {50, 90, 220, 360, 440};
  for (int c = 0; c < 5; ++c) place(p, header[c], xs[c], 100);
  for (int r = 0; r < 4; ++r) {
    const double y = 136 + 36.0 * r;
    p.rules.push_back(hrule(45, 500, y - 13));
    place(p, std::to_string(r + 1) + "a)", xs[0], y);
    place(p, "Obiettivo " + std::to_string(r), xs[1], y);
    place(p, "Indicatore " + std::to_string(r), xs[2], y);
    place(p, ">= " + std::to_string(70 + r) + "%", xs[3], y);
    place(p, std::to_string(72 + r) + "%", xs[4], y);
  }
  auto doc = run({p});
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].n_rows == 5);
  CHECK(doc.tables[0].n_cols == 5);
}
