// Bad input: every case is an ImportError with a stable code and a hint,
// never a crash.
#include <catch2/catch.hpp>
#include <filesystem>

#include "pdf/pdf_reader.hpp"
#include "test_support.hpp"

using namespace allegato;
namespace fs = std::filesystem;

namespace {
std::string error_code(const std::string& path, const PdfOptions& options = {}) {
  try {
    read_pdf(path, options);
  } catch (const ImportError& e) {
    return e.code();
  }
  return "no error";
}
const fs::path encrypted = testing::samples_dir() / "layout-encrypted" / "input.pdf";
}  // namespace

TEST_CASE("encrypted PDF without or with a wrong password", "[layout][errors]") {
  CHECK(error_code(encrypted.string()) == "pdf.encrypted");
  PdfOptions wrong;
  wrong.password = "wrong";
  CHECK(error_code(encrypted.string(), wrong) == "pdf.encrypted");
  try {
    read_pdf(encrypted.string());
  } catch (const ImportError& e) {
    CHECK(e.hint().find("--password") != std::string::npos);
  }
  PdfOptions right;
  right.password = "secret";
  CHECK(read_pdf(encrypted.string(), right).tables.size() == 1);
}

TEST_CASE("empty, garbage, truncated files and directories", "[layout][errors]") {
  const fs::path dir = testing::temp_dir("layout-errors");
  testing::write_file(dir / "empty.pdf", "");
  testing::write_file(dir / "garbage.pdf", std::string(4096, '\x9c') + "not a pdf at all");
  std::string whole = testing::read_file(testing::samples_dir() / "layout-ruled" / "input.pdf");
  testing::write_file(dir / "truncated.pdf", whole.substr(0, whole.size() / 3));
  testing::write_file(dir / "header-only.pdf", "%PDF-1.7\n%%EOF\n");
  CHECK(error_code((dir / "empty.pdf").string()) == "pdf.unreadable");
  CHECK(error_code((dir / "garbage.pdf").string()) == "pdf.unreadable");
  CHECK(error_code((dir / "header-only.pdf").string()) == "pdf.unreadable");
  CHECK(error_code(dir.string()) == "input.directory");
  CHECK(error_code((dir / "missing.pdf").string()) == "input.missing");
  // A truncated file may still be repaired by Poppler; it must never crash.
  const std::string truncated = error_code((dir / "truncated.pdf").string());
  CHECK((truncated == "pdf.unreadable" || truncated == "pdf.no_text" || truncated == "no error"));
}

TEST_CASE("named limits name their option", "[layout][errors]") {
  PdfOptions tight;
  tight.limits.max_text_boxes = 10;
  try {
    read_pdf((testing::samples_dir() / "layout-ruled" / "input.pdf").string(), tight);
    FAIL("limit not enforced");
  } catch (const ImportError& e) {
    CHECK(e.code() == "limit.text_boxes");
    CHECK(e.hint().find("--max-text-boxes") != std::string::npos);
  }
  PdfOptions pages;
  pages.limits.max_pages = 1;
  CHECK(error_code((testing::samples_dir() / "layout-multipage" / "input.pdf").string(), pages) == "limit.pages");
  PdfOptions out_of_range;
  out_of_range.pages = {9};
  CHECK(error_code((testing::samples_dir() / "layout-ruled" / "input.pdf").string(), out_of_range) == "pdf.page_range");
}

namespace {
// A one-page PDF with `lines` lines of `per_line` characters in a 2-point
// Helvetica (each glyph under 3 points), xref offsets computed.
std::string tiny_text_pdf(int lines, int per_line) {
  std::string content = "BT /F1 2 Tf\n";
  for (int l = 0; l < lines; ++l) {
    std::string text;
    for (int c = 0; c < per_line; ++c) text += (c % 5 == 4) ? ' ' : static_cast<char>('a' + (l + c) % 26);
    content += "1 0 0 1 10 " + std::to_string(1990 - 3 * l) + " Tm (" + text + ") Tj\n";
  }
  content += "ET\n";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 2000 2000] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t o : offsets) {
    std::string n = std::to_string(o);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

bool has_code(const allegato::ExtractedDocument& doc, const std::string& code) {
  for (const auto& d : doc.diagnostics)
    if (d.code == code) return true;
  return false;
}
}  // namespace

TEST_CASE("a page whose tiny text Poppler cuts short says so", "[layout][pdf]") {
  auto dir = testing::temp_dir("pdf-text-cut");
  testing::write_file(dir / "dense.pdf", tiny_text_pdf(100, 600));  // 60,000 characters
  testing::write_file(dir / "small.pdf", tiny_text_pdf(40, 600));   // 24,000
  const auto dense = read_pdf((dir / "dense.pdf").string());
  CHECK(has_code(dense, "pdf.text_cut"));
  const auto small = read_pdf((dir / "small.pdf").string());
  CHECK_FALSE(has_code(small, "pdf.text_cut"));
}
