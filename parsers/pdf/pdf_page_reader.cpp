#include "pdf/pdf_rules.hpp"

#include <algorithm>
#include <cmath>

// Poppler's private headers are not warning-clean under our flags.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <poppler/GfxState.h>
#include <poppler/goo/GooString.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>
#pragma GCC diagnostic pop

namespace allegato {

namespace {

// Longest rule we accept as a rectangle side thickness.
constexpr double kThinRect = 3.0;

bool invisible(const GfxRGB& rgb, double opacity) {
  if (opacity < 0.05) return true;
  // Near-white marks on a white page draw nothing a reader would see as a rule.
  return colToDbl(rgb.r) > 0.95 && colToDbl(rgb.g) > 0.95 && colToDbl(rgb.b) > 0.95;
}

class RuleCollector final : public OutputDev {
 public:
  std::vector<layout::Rule> rules;

  bool upsideDown() override { return true; }
  bool useDrawChar() override { return false; }
  bool interpretType3Chars() override { return false; }

  void stroke(GfxState* state) override {
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (invisible(rgb, state->getStrokeOpacity())) return;
    const double half = std::max(0.25, state->getTransformedLineWidth() / 2);
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      const int n = sub->getNumPoints();
      for (int i = 0; i + 1 < n + (sub->isClosed() ? 1 : 0); ++i) {
        const int j = (i + 1) % n;
        if (sub->getCurve(i) || sub->getCurve(j)) continue;
        double x0, y0, x1, y1;
        state->transform(sub->getX(i), sub->getY(i), &x0, &y0);
        state->transform(sub->getX(j), sub->getY(j), &x1, &y1);
        add_segment(x0, y0, x1, y1, half);
      }
    }
  }
  void fill(GfxState* state) override { filled(state); }
  void eoFill(GfxState* state) override { filled(state); }

 private:
  void add_segment(double x0, double y0, double x1, double y1, double half) {
    if (std::abs(y1 - y0) <= 1.0) {
      double y = (y0 + y1) / 2;
      rules.push_back({{std::min(x0, x1), y - half, std::max(x0, x1), y + half}});
    } else if (std::abs(x1 - x0) <= 1.0) {
      double x = (x0 + x1) / 2;
      rules.push_back({{x - half, std::min(y0, y1), x + half, std::max(y0, y1)}});
    }
  }

  // Chromium and LibreOffice draw borders as thin filled rectangles.
  void filled(GfxState* state) {
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (invisible(rgb, state->getFillOpacity())) return;
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      const int n = sub->getNumPoints();
      if (n < 4 || n > 5) continue;
      double xs[5], ys[5];
      bool curved = false;
      for (int i = 0; i < n; ++i) {
        state->transform(sub->getX(i), sub->getY(i), &xs[i], &ys[i]);
        curved = curved || sub->getCurve(i);
      }
      if (curved) continue;
      // Axis-aligned: every side horizontal or vertical.
      bool aligned = true;
      for (int i = 0; i < 4; ++i) {
        int j = (i + 1) % 4;
        if (std::abs(xs[i] - xs[j]) > 0.5 && std::abs(ys[i] - ys[j]) > 0.5) aligned = false;
      }
      if (!aligned) continue;
      BBox box{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4), *std::max_element(xs, xs + 4),
               *std::max_element(ys, ys + 4)};
      if (std::min(box.width(), box.height()) <= kThinRect) rules.push_back({box});
    }
  }
};

}  // namespace

struct PdfRuleReader::Impl {
  std::unique_ptr<PDFDoc> doc;
};

PdfRuleReader::PdfRuleReader(const std::string& path, const std::optional<std::string>& password)
    : impl_(std::make_unique<Impl>()) {
  std::optional<GooString> owner, user;
  if (password) {
    owner = GooString(password->c_str());
    user = GooString(password->c_str());
  }
  impl_->doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path.c_str()), owner, user);
  if (!impl_->doc->isOk()) impl_->doc.reset();
}

PdfRuleReader::~PdfRuleReader() = default;

std::vector<layout::Rule> PdfRuleReader::rules(int number) {
  if (!impl_->doc || number < 1 || number > impl_->doc->getNumPages()) return {};
  RuleCollector collector;
  // 72 dpi, no extra rotation (the page's /Rotate is applied by Poppler),
  // media box, no crop: the frame of poppler-cpp's word boxes.
  impl_->doc->displayPage(&collector, number, 72, 72, 0, true, false, false);
  return std::move(collector.rules);
}

}  // namespace allegato
