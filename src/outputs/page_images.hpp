#pragma once
/// Page pictures for the HTML report: each (document, page) rendered once
/// with Poppler, kept as PNG bytes with the page size in points.
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace allegato {

struct PageImage {
  std::string png;        ///< PNG file bytes
  int width_px = 0;
  int height_px = 0;
  double width_pt = 0;    ///< the page as displayed, in PDF points
  double height_pt = 0;
};

class PageImageCache {
 public:
  explicit PageImageCache(double dpi, std::optional<std::string> password = std::nullopt)
      : dpi_(dpi), password_(std::move(password)) {}

  /// The page rendered at the cache's dpi, or nullopt (with `why` set) when
  /// the file is missing, not a PDF, or the page does not render. Renders a
  /// page at most once.
  const PageImage* get(const std::string& pdf_path, int page, std::string* why = nullptr);

  std::size_t rendered() const { return rendered_; }

 private:
  double dpi_;
  std::optional<std::string> password_;
  std::map<std::pair<std::string, int>, std::optional<PageImage>> pages_;
  std::map<std::pair<std::string, int>, std::string> failures_;
  std::size_t rendered_ = 0;
};

}  // namespace allegato
