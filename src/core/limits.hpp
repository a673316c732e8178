#pragma once
/// Named limits against hostile or huge input. Each limit has the option that
/// raises it; an ImportError for a tripped limit names both
/// (code "limit.<name>", hint "raise it with --<option>").
#include <cstdint>
#include <string>

namespace allegato {

struct Limits {
  std::uint64_t max_file_bytes = 512ull << 20;         ///< --max-file-mb
  int max_pages = 1500;                                 ///< --max-pages (a 1,500-page plan imports in ~225 MB)
  std::uint64_t max_text_boxes = 1'000'000;             ///< --max-text-boxes (~145 bytes a box in ruled tables)
  std::uint64_t max_zip_uncompressed = 1024ull << 20;   ///< --max-zip-mb (total of all entries)
  std::uint64_t max_zip_entries = 10'000;               ///< --max-zip-entries
  std::uint64_t max_cells = 500'000;                    ///< --max-cells (an import of so many costs ~250 MB)
  /// --max-element-mb: the largest XML element read whole from a workbook
  /// (one sheet row, one shared string, one style); parts are streamed, so
  /// this, not the part's size, bounds the memory parsing takes.
  std::uint64_t max_xml_element_bytes = 16ull << 20;
};

/// Throws ImportError("limit.<name>") naming `option` if value > limit.
void enforce_limit(const std::string& file, const char* name, const char* option,
                   std::uint64_t value, std::uint64_t limit);

}  // namespace allegato
