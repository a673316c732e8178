#pragma once
/// Ruling lines of a PDF page (stroked segments and thin filled rectangles),
/// read through Poppler's core API. The only file that includes Poppler's
/// private headers is pdf_rules.cpp.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/layout_types.hpp"

namespace allegato {

class PdfRuleReader {
 public:
  /// Opens the file with Poppler's core. Call only while a poppler-cpp
  /// document of the same process is alive (it owns Poppler's global
  /// parameters). A file the core cannot open yields no rules, not an error:
  /// text-only extraction still works.
  PdfRuleReader(const std::string& path, const std::optional<std::string>& password);
  ~PdfRuleReader();
  PdfRuleReader(const PdfRuleReader&) = delete;
  PdfRuleReader& operator=(const PdfRuleReader&) = delete;

  /// Rules of page `number` (1-based), in points, in the page as displayed
  /// (/Rotate applied), origin top-left. White or transparent marks are left
  /// out (they draw nothing).
  std::vector<layout::Rule> rules(int number);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace allegato
