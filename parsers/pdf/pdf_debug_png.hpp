#pragma once
/// The --debug pictures: each page rendered, with words (thin grey boxes),
/// ruling lines (red), table cells (green) and table outlines (blue; orange
/// for borderless tables) drawn over it.
#include <string>

#include <poppler-page.h>

#include "layout/layout_types.hpp"

namespace allegato {

/// Writes `png_path`. Throws ImportError("pdf.render") if rendering fails.
void write_debug_png(const poppler::page& page, const layout::PageInput& input, const layout::PageTrace& trace,
                     const std::string& png_path);

}  // namespace allegato
