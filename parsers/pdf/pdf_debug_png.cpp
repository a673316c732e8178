#include "pdf/pdf_debug_png.hpp"

#include <algorithm>
#include <cstdint>

#include <poppler-image.h>
#include <poppler-page-renderer.h>

#include "core/diagnostics.hpp"

namespace allegato {

namespace {

constexpr double kDpi = 100;

struct Canvas {
  poppler::image& img;
  double scale;
  void pixel(int x, int y, std::uint32_t argb) {
    if (x < 0 || y < 0 || x >= img.width() || y >= img.height()) return;
    auto* row = reinterpret_cast<std::uint32_t*>(img.data() + static_cast<long>(y) * img.bytes_per_row());
    row[x] = argb;
  }
  void rect(const BBox& b, std::uint32_t argb, int thickness) {
    int x0 = static_cast<int>(b.x0 * scale), y0 = static_cast<int>(b.y0 * scale);
    int x1 = static_cast<int>(b.x1 * scale), y1 = static_cast<int>(b.y1 * scale);
    for (int t = 0; t < thickness; ++t) {
      for (int x = x0; x <= x1; ++x) {
        pixel(x, y0 + t, argb);
        pixel(x, y1 - t, argb);
      }
      for (int y = y0; y <= y1; ++y) {
        pixel(x0 + t, y, argb);
        pixel(x1 - t, y, argb);
      }
    }
  }
  void fill(const BBox& b, std::uint32_t argb) {
    int x0 = static_cast<int>(b.x0 * scale), y0 = static_cast<int>(b.y0 * scale);
    int x1 = std::max(x0 + 1, static_cast<int>(b.x1 * scale)), y1 = std::max(y0 + 1, static_cast<int>(b.y1 * scale));
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) pixel(x, y, argb);
  }
};

}  // namespace

void write_debug_png(const poppler::page& page, const layout::PageInput& input, const layout::PageTrace& trace,
                     const std::string& png_path) {
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_argb32);
  poppler::image img = renderer.render_page(&page, kDpi, kDpi);
  if (!img.is_valid()) throw ImportError("pdf.render", png_path, N_("could not render the page for the debug picture"));
  Canvas canvas{img, kDpi / 72.0};
  for (const auto& w : input.words) canvas.rect(w.box, 0xFF9A9A9A, 1);
  for (const auto& r : input.rules) canvas.fill(r.box, 0xFFE02020);
  for (const auto& c : trace.cell_boxes) canvas.rect(c, 0xFF20A040, 1);
  for (const auto& l : trace.leader_boxes) canvas.rect(l, 0xFFB020C0, 2);
  for (const auto& b : trace.band_boxes) canvas.rect(b, 0xFF20B0D0, 1);
  for (const auto& b : trace.stack_cut_boxes) canvas.fill(b, 0xFFD020D0);
  for (const auto& t : trace.tables) {
    BBox grown{t.box.x0 - 2, t.box.y0 - 2, t.box.x1 + 2, t.box.y1 + 2};
    canvas.rect(grown, t.method == "aligned" ? 0xFFF08000 : 0xFF2050E0, 3);
  }
  if (!img.save(png_path, "png"))
    throw ImportError("pdf.render", png_path, N_("could not write the debug picture"), N_("check that --debug DIR is writable"));
}

}  // namespace allegato
