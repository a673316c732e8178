#include "pdf/pdf_page_reader.hpp"

#include "layout/text_lines.hpp"
#include "pdf/pdf_words.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

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
#include <poppler/TextOutputDev.h>
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

// Poppler's text extraction, which also keeps every ruling line it is shown:
// words and rules come from one interpretation of the page, in one frame.
class PageCollector final : public TextOutputDev {
 public:
  std::vector<layout::Rule> rules;
  std::vector<BBox> fills;

  // Raw order: the layout engine orders words itself, so Poppler's reading
  // order analysis would be wasted work.
  PageCollector() : TextOutputDev(nullptr, false, 0, true, false) {}

  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
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
  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    filled(state);
  }

  // Poppler's TextPage keeps at most kPopplerTinyChars characters smaller
  // than 3 points on a page and drops the rest without a word: the same test
  // is made here, so that what was dropped can be said.
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x, double origin_y,
                CharCode c, int n_bytes, const Unicode* u, int u_len) override {
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, c, n_bytes, u, u_len);
    double spacing = state->getCharSpace();
    if (c == static_cast<CharCode>(0x20)) spacing += state->getWordSpace();
    double dx2 = 0, dy2 = 0, w = 0, h = 0, x1 = 0, y1 = 0;
    state->textTransformDelta(spacing * state->getHorizScaling(), 0, &dx2, &dy2);
    state->transformDelta(dx - dx2, dy - dy2, &w, &h);
    state->transform(x, y, &x1, &y1);
    const double pw = state->getPageWidth(), ph = state->getPageHeight();
    if (x1 + w < 0 || x1 > pw || y1 + h < 0 || y1 > ph || std::isnan(x1) || std::isnan(y1) || w > pw || h > ph)
      return;
    if (std::fabs(w) < 3 && std::fabs(h) < 3 && ++tiny_chars > kPopplerTinyChars) ++dropped_chars;
  }

  static constexpr long kPopplerTinyChars = 50000;
  long tiny_chars = 0;
  long dropped_chars = 0;
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    filled(state);
  }

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
    // Zebra stripes are often lighter than any rule (#f5f5f5): a fill is
    // kept unless it is white.
    const bool white = colToDbl(rgb.r) > 0.995 && colToDbl(rgb.g) > 0.995 && colToDbl(rgb.b) > 0.995;
    if (white || state->getFillOpacity() < 0.05) return;
    const bool rule_like = !invisible(rgb, state->getFillOpacity());
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
      if (std::min(box.width(), box.height()) > kThinRect) fills.push_back(box);
      else if (rule_like) rules.push_back({box});
    }
  }
};

std::string utf8_of(const Unicode* chars, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    const Unicode c = chars[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// Where a word's text splits at leader dots written against it
// ("Voce........", "........123"): the character ranges [from, to) of the
// pieces, label and leader apart. One range when there is no leader.
std::vector<std::pair<int, int>> leader_pieces(const TextWord* tw) {
  const int n = tw->getLength();
  int head = 0, tail = n, head_dots = 0, tail_dots = 0;
  while (head < n && layout::leader_dots(*tw->getChar(head)) > 0) head_dots += layout::leader_dots(*tw->getChar(head++));
  if (head == n) return {{0, n}};
  while (tail > head && layout::leader_dots(*tw->getChar(tail - 1)) > 0)
    tail_dots += layout::leader_dots(*tw->getChar(--tail));
  std::vector<std::pair<int, int>> out;
  const bool head_leader = head_dots >= layout::kLeaderMinDots, tail_leader = tail_dots >= layout::kLeaderMinDots;
  if (head_leader) out.emplace_back(0, head);
  out.emplace_back(head_leader ? head : 0, tail_leader ? tail : n);
  if (tail_leader) out.emplace_back(tail, n);
  return out;
}

}  // namespace

struct PdfPageReader::Impl {
  std::unique_ptr<PDFDoc> doc;
};

PdfPageReader::PdfPageReader(const std::string& path, const std::optional<std::string>& password)
    : impl_(std::make_unique<Impl>()) {
  std::optional<GooString> owner, user;
  if (password) {
    owner = GooString(password->c_str());
    user = GooString(password->c_str());
  }
  impl_->doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path.c_str()), owner, user);
  if (!impl_->doc->isOk()) impl_->doc.reset();
}

PdfPageReader::~PdfPageReader() = default;

bool PdfPageReader::ok() const { return impl_->doc != nullptr; }

long PdfPageReader::read(int number, layout::PageInput& page) {
  long dropped = 0;
  if (!impl_->doc || number < 1 || number > impl_->doc->getNumPages()) return dropped;
  page.rotate = ((impl_->doc->getPageRotate(number) % 360) + 360) % 360;
  const bool swapped = page.rotate == 90 || page.rotate == 270;
  const double w = impl_->doc->getPageCropWidth(number), h = impl_->doc->getPageCropHeight(number);
  page.width = swapped ? h : w;
  page.height = swapped ? w : h;

  PageCollector collector;
  // 72 dpi, no extra rotation (Poppler applies the page's /Rotate), crop box:
  // the frame poppler-cpp uses for text and rendering.
  impl_->doc->displayPage(&collector, number, 72, 72, 0, false, false, false);
  page.rules = std::move(collector.rules);
  page.fills = std::move(collector.fills);
  dropped = collector.dropped_chars;
  std::unique_ptr<TextWordList> list = collector.makeWordList();
  if (!list) return dropped;
  page.words.reserve(static_cast<std::size_t>(list->getLength()));
  // A page sets its words in a few fonts: each is judged once (by its name,
  // lower-cased, a thousand instructions a word).
  std::unordered_map<const TextFontInfo*, bool> font_bold;
  auto bold = [&](const TextFontInfo* font) {
    const auto [at, added] = font_bold.try_emplace(font, false);
    if (added) {
      const GooString* font_name = font ? font->getFontName() : nullptr;
      at->second = (font && font->isBold()) || (font_name && is_bold_font(font_name->toStr()));
    }
    return at->second;
  };
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* tw = list->get(i);
    for (auto [from, to] : leader_pieces(tw)) {
      std::string text = pdf_text_as_printed(utf8_of(tw->getChar(from), to - from));
      if (text.empty()) continue;
      layout::Word word;
      word.text = std::move(text);
      if (from == 0 && to == tw->getLength()) {
        tw->getBBox(&word.box.x0, &word.box.y0, &word.box.x1, &word.box.y1);
      } else {
        for (int k = from; k < to; ++k) {
          BBox c;
          tw->getCharBBox(k, &c.x0, &c.y0, &c.x1, &c.y1);
          word.box = word.box.united(c);
        }
      }
      word.rotation = (tw->getRotation() & 3) * 90;
      word.font_size = tw->getFontSize();
      // Rotated or odd fonts may report no size: the box's short side stands in.
      if (!(word.font_size > 0.5 && word.font_size < 500))
        word.font_size = std::max(1.0, word.rotation % 180 == 0 ? word.box.height() : word.box.width());
      word.bold = bold(tw->getFontInfo(from));
      page.words.push_back(std::move(word));
    }
  }
  drop_overprinted_words(page.words);
  return dropped;
}

}  // namespace allegato
