#pragma once
/// Page geometry shared by the PDF layout engine, the model and the outputs.
/// Coordinates are PDF points with the origin at the top-left of the page as
/// displayed (rotation already applied). Geometry may use double: it is never
/// on the way from text to a value.
#include <algorithm>

namespace allegato {

struct BBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  BBox united(const BBox& o) const {
    if (empty()) return o;
    if (o.empty()) return *this;
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
  }
  double overlap_x(const BBox& o) const { return std::max(0.0, std::min(x1, o.x1) - std::max(x0, o.x0)); }
  double overlap_y(const BBox& o) const { return std::max(0.0, std::min(y1, o.y1) - std::max(y0, o.y0)); }
  bool contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
  bool operator==(const BBox&) const = default;
};

}  // namespace allegato
