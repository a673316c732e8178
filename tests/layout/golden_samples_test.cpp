// Golden tests: every samples/layout-*/ against its reviewed
// expected-tables.json (cell-exact), and the seed-genre samples against
// their truth-tables.json (cell-exact accuracy and ICDAR 2013 adjacency F1
// printed; thresholds below).
#include <catch2/catch.hpp>
#include <filesystem>
#include <iostream>

#include "pdf/pdf_reader.hpp"
#include "table_metrics.hpp"
#include "test_support.hpp"

using namespace allegato;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> sample_dirs(const std::string& truth_name, bool layout_only) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(testing::samples_dir())) {
    const bool is_layout = e.path().filename().string().rfind("layout-", 0) == 0;
    if (is_layout != layout_only) continue;
    if (fs::exists(e.path() / truth_name) && fs::exists(e.path() / "input.pdf")) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

testing::TableScore score_sample(const fs::path& dir, const std::string& truth_name) {
  PdfOptions options;
  if (dir.filename() == "layout-encrypted") options.password = "secret";
  ExtractedDocument doc = read_pdf((dir / "input.pdf").string(), options);
  auto expected = testing::read_expected_tables(testing::read_file(dir / truth_name));
  auto score = testing::score_tables(expected, doc.tables);
  std::cout << dir.filename().string() << ": cells " << score.cells_right << "/" << score.cells_expected
            << " adjacency P " << score.precision << " R " << score.recall << " F1 " << score.f1 << "\n";
  return score;
}

std::string report(const testing::TableScore& s) {
  std::string text;
  for (const auto& m : s.mismatches) text += "  " + m + "\n";
  return text;
}

}  // namespace

TEST_CASE("generic layout samples match their reviewed tables cell for cell", "[layout][golden]") {
  auto dirs = sample_dirs("expected-tables.json", true);
  REQUIRE(dirs.size() >= 8);
  for (const auto& dir : dirs) {
    SECTION(dir.filename().string()) {
      auto s = score_sample(dir, "expected-tables.json");
      INFO(dir.filename().string() << " mismatches:\n" << report(s));
      CHECK(s.cells_right == s.cells_expected);
      CHECK(s.f1 == Approx(1.0));
    }
  }
}

TEST_CASE("seed-genre samples: tables close to the ground truth", "[layout][golden]") {
  auto dirs = sample_dirs("truth-tables.json", false);
  if (dirs.empty()) SUCCEED("no seed-genre samples yet");
  for (const auto& dir : dirs) {
    SECTION(dir.filename().string()) {
      auto s = score_sample(dir, "truth-tables.json");
      INFO(dir.filename().string() << " mismatches:\n" << report(s));
      // Natural wraps that the truth does not mark may differ; structure may not.
      CHECK(s.accuracy() >= 0.98);
      CHECK(s.f1 >= 0.98);
    }
  }
}

TEST_CASE("the scanned sample is refused with the OCR hint", "[layout][golden]") {
  const fs::path pdf = testing::samples_dir() / "layout-scanned" / "input.pdf";
  try {
    read_pdf(pdf.string());
    FAIL("a scanned PDF must not import silently");
  } catch (const ImportError& e) {
    CHECK(e.code() == "pdf.no_text");
    CHECK(std::string(e.what()).find("its only page has no text layer") != std::string::npos);
    CHECK(e.hint().find("OCR") != std::string::npos);
  }
}

TEST_CASE("pages are reported as displayed, /Rotate normalised", "[layout][golden]") {
  auto doc = read_pdf((testing::samples_dir() / "layout-landscape" / "input.pdf").string());
  REQUIRE(doc.pages.size() == 2);
  CHECK(doc.pages[1].rotate == 90);
  CHECK(doc.pages[1].width > doc.pages[1].height);
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[1].n_cols == 13);
  CHECK(doc.tables[1].at(1, 0)->text == "Indicatore 1");
}

TEST_CASE("running headers and page numbers of the multipage sample are boilerplate", "[layout][golden]") {
  auto doc = read_pdf((testing::samples_dir() / "layout-multipage" / "input.pdf").string());
  int boilerplate = 0;
  for (const auto& l : doc.lines) boilerplate += l.boilerplate ? 1 : 0;
  CHECK(boilerplate == 4);
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].pages == std::vector<int>{1, 2});
}

namespace {
// Everything the layout engine hands on, as one text to compare.
std::string fingerprint(const ExtractedDocument& doc) {
  std::string out;
  for (const auto& t : doc.tables) {
    out += "table " + t.id + " pages";
    for (int p : t.pages) out += " " + std::to_string(p);
    out += " " + std::to_string(t.n_rows) + "x" + std::to_string(t.n_cols) + "\n";
    for (const auto& c : t.cells)
      out += std::to_string(c.row) + "," + std::to_string(c.col) + " " + std::to_string(c.bbox.x0) + " " +
             std::to_string(c.bbox.y0) + " " + c.text + "\n";
  }
  for (const auto& l : doc.lines) out += "line p" + std::to_string(l.page) + " " + l.text + "\n";
  for (const auto& d : doc.diagnostics) out += "diagnostic " + d.code + "\n";
  return out;
}
}  // namespace

TEST_CASE("pages read side by side give the same tables as one after another", "[layout][golden]") {
  int compared = 0;
  std::vector<fs::path> pdfs;
  for (const auto& e : fs::directory_iterator(testing::samples_dir())) pdfs.push_back(e.path() / "input.pdf");
  for (const auto& e : fs::directory_iterator(testing::samples_dir() / "variants" / "tuned"))
    for (const auto& f : fs::directory_iterator(e.path()))
      if (f.path().extension() == ".pdf") pdfs.push_back(f.path());
  std::sort(pdfs.begin(), pdfs.end());
  for (const fs::path& pdf : pdfs) {
    const std::string folder = pdf.parent_path().filename().string();
    if (!fs::exists(pdf) || folder == "layout-encrypted" || folder == "layout-scanned") continue;
    PdfOptions one, three;
    three.threads = 3;
    const ExtractedDocument alone = read_pdf(pdf.string(), one);
    if (alone.pages.size() < 4) continue;  // fewer pages are read on one thread
    INFO(pdf.string());
    CHECK(fingerprint(read_pdf(pdf.string(), three)) == fingerprint(alone));
    ++compared;
  }
  CHECK(compared >= 5);
  // The text-box limit still stops a document read on several threads.
  PdfOptions tight;
  tight.threads = 2;
  tight.limits.max_text_boxes = 50;
  try {
    read_pdf((testing::samples_dir() / "assignment" / "input.pdf").string(), tight);
    FAIL("limit not enforced");
  } catch (const ImportError& e) {
    CHECK(e.code() == "limit.text_boxes");
  }
}
