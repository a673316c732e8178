// Guarantee: any bytes given as an XLSX, ODS, XLS or CSV workbook either read
// into tables or throw allegato::ImportError (corrupt, encrypted, limits...).
// Never a crash, a hang, another exception type, or unbounded memory: the
// limits are lowered here so that a hostile input trips them quickly.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "core/diagnostics.hpp"
#include "workbook/workbook_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fs = std::filesystem;
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("allegato-fuzz-workbook-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  allegato::WorkbookOptions options;
  options.limits.max_zip_uncompressed = 64u << 20;
  options.limits.max_zip_entries = 2000;
  options.limits.max_cells = 200'000;
  for (const char* format : {"xlsx", "ods", "xls", "csv"}) {
    fs::path path = dir / (std::string("input.") + format);
    {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
      allegato::read_workbook(path.string(), format, options);
    } catch (const allegato::ImportError&) {
      // The documented outcome for bad input.
    }
  }
  return 0;
}
