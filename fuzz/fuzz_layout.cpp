// Fuzz target for the PDF layout engine.
// Guarantee: whatever the bytes, read_pdf either returns a document or throws
// allegato::ImportError; build_layout on any synthetic page never throws and
// never crashes; every synthetic word ends in exactly one cell or line.
// Two modes, chosen by the input: bytes starting with "%PDF" (or mode byte
// 'P') are written to a temporary file and read as a PDF; anything else is
// decoded as synthetic words and rules (9 bytes per item) for the engine.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "core/diagnostics.hpp"
#include "layout/layout_engine.hpp"
#include "pdf/pdf_reader.hpp"

namespace {

void fuzz_pdf(const std::uint8_t* data, std::size_t size) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("allegato-fuzz-layout-" + std::to_string(::getpid()) + ".pdf"))
                               .string();
  {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    allegato::PdfOptions options;
    options.limits.max_pages = 50;
    options.limits.max_text_boxes = 200000;
    (void)allegato::read_pdf(path, options);
  } catch (const allegato::ImportError&) {
    // The documented outcome for bad input.
  }
  std::remove(path.c_str());
}

void fuzz_synthetic(const std::uint8_t* data, std::size_t size) {
  std::vector<allegato::layout::PageInput> pages(1);
  static const char* const texts[] = {"Peso", "25,00%", ">=", "N/D", "Pagina 1 di 2", "IL SEGRETARIO", "", "x"};
  for (std::size_t i = 0; i + 9 <= size; i += 9) {
    const std::uint8_t* b = data + i;
    if (b[0] == 0xFF) {  // a new page
      pages.emplace_back();
      pages.back().number = static_cast<int>(pages.size());
      continue;
    }
    auto& page = pages.back();
    const double x = b[1] * 3.0, y = b[2] * 3.0, w = b[3] * 0.5 - 10, h = b[4] * 0.25 - 5;
    if (b[0] & 1) {
      page.rules.push_back({{x, y, x + w, y + h}});
    } else {
      allegato::layout::Word word;
      word.text = texts[b[5] & 7];
      word.box = {x, y, x + w, y + h};
      word.font_size = b[6] * 0.2 - 3;
      word.rotation = (b[7] & 3) * 90;
      word.bold = b[8] & 1;
      page.words.push_back(word);
    }
  }
  allegato::ExtractedDocument doc;
  allegato::layout::build_layout(pages, doc);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if ((size >= 4 && std::string(reinterpret_cast<const char*>(data), 4) == "%PDF") || (size >= 1 && data[0] == 'P')) {
    fuzz_pdf(data, size);
  } else {
    fuzz_synthetic(data, size);
  }
  return 0;
}
