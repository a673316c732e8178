#pragma once
/// One pass over each PDF page through Poppler's core: the words (what
/// pdftotext sees, via TextOutputDev) and the ruling lines (stroked segments
/// and thin filled rectangles) in the same frame. The only file that includes
/// Poppler's private headers is pdf_page_reader.cpp.
#include <memory>
#include <optional>
#include <string>

#include "layout/layout_types.hpp"

namespace allegato {

class PdfPageReader {
 public:
  /// Opens the file with Poppler's core. Call only while a poppler-cpp
  /// document of the same process is alive (it owns Poppler's global
  /// parameters and has already checked the file and its password).
  PdfPageReader(const std::string& path, const std::optional<std::string>& password);
  ~PdfPageReader();
  PdfPageReader(const PdfPageReader&) = delete;
  PdfPageReader& operator=(const PdfPageReader&) = delete;

  /// False when the core cannot open the file (then read() yields nothing).
  bool ok() const;

  /// Fills page.width/height/rotate (as displayed), page.words and page.rules
  /// of page `number` (1-based): points, origin top-left of the page as
  /// displayed (/Rotate applied). Word text as printed (pdf_text_as_printed);
  /// white or transparent marks are no rules. Returns how many characters
  /// Poppler left out of the words: it keeps at most 50,000 characters
  /// smaller than 3 points per page and drops the rest silently.
  long read(int number, layout::PageInput& page);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace allegato
