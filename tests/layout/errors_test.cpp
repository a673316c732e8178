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
