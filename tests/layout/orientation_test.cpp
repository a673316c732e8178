// Tables printed sideways in real PDFs (tests/layout/pdfs, made by
// tools/make_layout_test_pdfs.sh with Chromium): read in the text's own
// orientation, not transposed, with their boxes where they stand on the page.
#include <catch2/catch.hpp>

#include "pdf/pdf_reader.hpp"
#include "test_support.hpp"

using namespace allegato;

namespace {
ExtractedDocument read_test_pdf(const std::string& name, std::vector<layout::PageTrace>& traces) {
  const auto path = testing::source_dir() / "tests" / "layout" / "pdfs" / (name + ".pdf");
  return read_pdf_explained(path.string(), PdfOptions{}, traces);
}

std::string cell_text(const Table& t, int row, int col) {
  const TableCell* c = t.at(row, col);
  return c ? c->text : std::string("<none>");
}

// The objectives table both PDFs print, read the right way round.
void check_objectives(const Table& t, TableMethod method) {
  CHECK(t.method == method);
  REQUIRE(t.n_rows == 5);
  REQUIRE(t.n_cols == 5);
  CHECK(cell_text(t, 0, 0) == "Codice");
  CHECK(cell_text(t, 0, 4) == "Target 2025");
  CHECK(cell_text(t, 1, 1) == "Riduzione dei tempi di pagamento");
  CHECK(cell_text(t, 2, 3) == "80,00%");
  CHECK(cell_text(t, 4, 0) == "OB04");
  CHECK(cell_text(t, 4, 4) == "4,0");
}
}  // namespace

TEST_CASE("a ruled table printed sideways (text bottom to top) is not transposed", "[layout][pdf]") {
  std::vector<layout::PageTrace> traces;
  ExtractedDocument doc = read_test_pdf("turned-ruled", traces);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  check_objectives(t, TableMethod::ruled);
  // On the A4 portrait page the table stands tall and narrow, its header
  // column at the left; the cells' text runs at 270 degrees.
  CHECK(t.bbox.height() > 2 * t.bbox.width());
  const TableCell* code = t.at(0, 0);
  const TableCell* last = t.at(0, 4);
  REQUIRE(code);
  REQUIRE(last);
  CHECK(code->rotation == 270);
  CHECK(code->bbox.cy() > last->bbox.cy());  // read bottom to top
  CHECK(code->bbox.cx() == Approx(last->bbox.cx()).margin(2));
  // The upright text around it stays text.
  REQUIRE(doc.lines.size() == 3);
  CHECK(doc.lines[0].text == "Allegato 2 - Obiettivi operativi");
  CHECK(doc.lines[2].text == "Fonte: piano della performance 2024-2026.");
  REQUIRE(traces.size() == 1);
  REQUIRE(traces[0].tables.size() == 1);
  CHECK(traces[0].tables[0].why.find("read turned 270 degrees") == 0);
}

TEST_CASE("a borderless table printed sideways (text top to bottom) is found", "[layout][pdf]") {
  std::vector<layout::PageTrace> traces;
  ExtractedDocument doc = read_test_pdf("turned-borderless", traces);
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  check_objectives(t, TableMethod::aligned);
  const TableCell* code = t.at(0, 0);
  const TableCell* next_row = t.at(1, 0);
  REQUIRE((code && next_row));
  CHECK(code->rotation == 90);
  CHECK(code->bbox.cx() > next_row->bbox.cx());  // rows follow each other leftwards
  REQUIRE(doc.lines.size() == 2);
  CHECK(doc.lines[1].text == "Obiettivi e target del triennio.");
}

TEST_CASE("an upright table on a page whose /Rotate shows it sideways is read as printed", "[layout][pdf]") {
  std::vector<layout::PageTrace> traces;
  ExtractedDocument doc = read_test_pdf("rotate-page", traces);
  REQUIRE(doc.pages.size() == 1);
  CHECK(doc.pages[0].rotate == 90);
  CHECK(doc.pages[0].width > doc.pages[0].height);  // as displayed
  REQUIRE(doc.tables.size() == 1);
  const Table& t = doc.tables[0];
  check_objectives(t, TableMethod::ruled);
  const TableCell* code = t.at(0, 0);
  const TableCell* next_row = t.at(1, 0);
  REQUIRE((code && next_row));
  CHECK(code->rotation == 90);
  CHECK(code->bbox.cx() > next_row->bbox.cx());
  REQUIRE(doc.lines.size() == 1);
  CHECK(doc.lines[0].text == "Allegato 4 - Obiettivi operativi");
}
