#include "outputs/page_images.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "core/diagnostics.hpp"
#include "pdf/pdf_reader.hpp"

namespace allegato {
namespace {

std::uint32_t big_endian32(const std::string& bytes, std::size_t at) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

std::filesystem::path temp_png_path() {
  static std::atomic<unsigned> counter{0};
  return std::filesystem::temp_directory_path() /
         ("allegato-page-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".png");
}

}  // namespace

const PageImage* PageImageCache::get(const std::string& pdf_path, int page, std::string* why) {
  const auto key = std::make_pair(pdf_path, page);
  auto it = pages_.find(key);
  if (it == pages_.end()) {
    std::optional<PageImage> image;
    const auto png_path = temp_png_path();
    try {
      std::error_code ec;
      if (!std::filesystem::is_regular_file(pdf_path, ec))
        throw ImportError("report.no_file", pdf_path,
                          LocalMessage(N_("the document's file is not at {path}")).set("path", pdf_path));
      // The poppler-cpp renderer (pdf_reader) writes PNG files only.
      render_pdf_page_png(pdf_path, page, dpi_, png_path.string(), password_);
      std::ifstream in(png_path, std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      PageImage out;
      out.png = bytes.str();
      // IHDR: 8-byte signature, chunk length and type, then width, height.
      if (out.png.size() < 24 || out.png.compare(12, 4, "IHDR") != 0)
        throw ImportError("report.render", pdf_path, N_("the page picture is not a PNG"));
      out.width_px = static_cast<int>(big_endian32(out.png, 16));
      out.height_px = static_cast<int>(big_endian32(out.png, 20));
      out.width_pt = out.width_px * 72.0 / dpi_;
      out.height_pt = out.height_px * 72.0 / dpi_;
      image = std::move(out);
      ++rendered_;
    } catch (const ImportError& e) {
      failures_[key] = e.localized();
    }
    std::error_code ec;
    std::filesystem::remove(png_path, ec);
    it = pages_.emplace(key, std::move(image)).first;
  }
  if (!it->second && why) *why = failures_[key];
  return it->second ? &*it->second : nullptr;
}

}  // namespace allegato
