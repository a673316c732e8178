// Property test: random grids of words, laid out as a ruled table or as a
// borderless one, come back as the same grid.
#include <catch2/catch.hpp>
#include <random>

#include "layout/layout_engine.hpp"
#include "synthetic.hpp"

using namespace allegato;
using namespace allegato::layout;

namespace {

struct RandomGrid {
  std::vector<std::vector<std::string>> text;  // rows x cols, every cell filled
  std::vector<double> widths;
};

RandomGrid random_grid(std::mt19937& rng) {
  std::uniform_int_distribution<int> n_rows(2, 12), n_cols(2, 7), n_words(1, 3), n_chars(1, 8), letter(0, 25);
  RandomGrid g;
  const int rows = n_rows(rng), cols = n_cols(rng);
  g.text.assign(rows, std::vector<std::string>(cols));
  g.widths.assign(cols, 0);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      std::string cell;
      for (int w = n_words(rng); w > 0; --w) {
        if (!cell.empty()) cell += ' ';
        for (int k = n_chars(rng); k > 0; --k) cell += static_cast<char>('a' + letter(rng));
      }
      g.text[r][c] = cell;
      g.widths[c] = std::max(g.widths[c], testing::kAdvance * 10 * static_cast<double>(cell.size()));
    }
  return g;
}

PageInput lay_out(const RandomGrid& g, bool ruled) {
  PageInput page;
  page.width = 2000;
  page.height = 2000;
  const double pad = 8, row_height = 22, top = 100;
  std::vector<double> xs = {40};
  for (double w : g.widths) xs.push_back(xs.back() + w + 2 * pad);
  const int rows = static_cast<int>(g.text.size());
  for (int r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < g.widths.size(); ++c)
      testing::place(page, g.text[r][c], xs[c] + pad, top + r * row_height + 6, 10, r == 0);
  if (ruled) {
    for (int r = 0; r <= rows; ++r) page.rules.push_back(testing::hrule(xs.front(), xs.back(), top + r * row_height));
    for (double x : xs) page.rules.push_back(testing::vrule(x, top, top + rows * row_height));
  }
  return page;
}

}  // namespace

TEST_CASE("random grids come back as the same grid", "[layout][property]") {
  std::mt19937 rng(20231122);
  for (int trial = 0; trial < 200; ++trial) {
    const bool ruled = trial % 2 == 0;
    RandomGrid g = random_grid(rng);
    PageInput page = lay_out(g, ruled);
    ExtractedDocument doc;
    build_layout({page}, doc);
    INFO("trial " << trial << (ruled ? " ruled" : " borderless") << ", " << g.text.size() << "x" << g.widths.size());
    REQUIRE(doc.tables.size() == 1);
    const Table& t = doc.tables[0];
    REQUIRE(t.n_rows == static_cast<int>(g.text.size()));
    REQUIRE(t.n_cols == static_cast<int>(g.widths.size()));
    for (int r = 0; r < t.n_rows; ++r)
      for (int c = 0; c < t.n_cols; ++c) {
        const TableCell* cell = t.at(r, c);
        REQUIRE(cell);
        CHECK(cell->text == g.text[r][c]);
      }
    CHECK(t.at(0, 0)->header);
    CHECK(doc.lines.empty());
  }
}
