#include "pdf/pdf_reader.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include "core/diagnostics.hpp"
#include "layout/layout_engine.hpp"
#include "pdf/pdf_debug_png.hpp"
#include "pdf/pdf_page_reader.hpp"

namespace allegato {

namespace {

namespace fs = std::filesystem;

// Poppler reports every oddity of a damaged file on stderr, hundreds of
// lines for a garbage file; our errors say what matters.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::unique_ptr<poppler::document> open_document(const std::string& path, const std::optional<std::string>& password) {
  silence_poppler();
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw ImportError("input.directory", path, N_("is a directory, not a PDF file"), N_("give the PDF files inside it"));
  if (!fs::exists(path, ec)) throw ImportError("input.missing", path, N_("no such file"), N_("check the path"));
  if (fs::file_size(path, ec) == 0)
    throw ImportError("pdf.unreadable", path, N_("the file is empty"), N_("check that the download completed"));
  const std::string pw = password.value_or("");
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path, pw, pw));
  if (!doc) {
    throw ImportError("pdf.unreadable", path, N_("not a readable PDF: damaged, truncated or not a PDF at all"),
                      N_("download the file again, or open and re-save it with a PDF viewer"));
  }
  // A locked document segfaults on pages(): check before touching pages.
  if (doc->is_locked() && password && !doc->unlock(pw, pw)) return doc;
  if (doc->is_locked()) {
    throw ImportError("pdf.encrypted", path,
                      password ? N_("the PDF is encrypted and the password given does not open it")
                               : N_("the PDF is encrypted with a password"),
                      password ? N_("check the password given with --password") : N_("pass the password with --password"));
  }
  return doc;
}

std::vector<int> selected_pages(const std::string& path, const std::vector<int>& wanted, int count) {
  std::vector<int> pages;
  if (wanted.empty()) {
    for (int p = 1; p <= count; ++p) pages.push_back(p);
    return pages;
  }
  for (int p : wanted) {
    if (p < 1 || p > count)
      throw ImportError("pdf.page_range", path,
                        LocalMessage(N_("page {page} does not exist (the PDF has {count})"))
                            .set("page", std::to_string(p))
                            .set("count", std::to_string(count)),
                        LocalMessage(N_("give --pages within 1-{count}")).set("count", std::to_string(count)));
    pages.push_back(p);
  }
  return pages;
}


// What Poppler's core gives for each page selected, in their order: the
// page's words, rules and fills, and how many characters it left out.
struct PagesRead {
  std::vector<layout::PageInput> pages;
  std::vector<long> dropped;
  std::uint64_t boxes = 0;  ///< words + rules + fills of the pages read (all of them unless a limit stopped it)
};

// Reads the pages on `threads` threads, each with its own Poppler document
// (one document is never shared between threads; Poppler guards its global
// parameters itself): on a 200-page plan reading pages is six tenths of an
// import. A thread takes the next page not yet taken, and each page is
// stored at its own index, so the result does not depend on the threads.
// The text-box limit is checked as pages come, over all threads, so a huge
// file stops early whatever the number of threads.
PagesRead read_pages(const std::string& path, const PdfOptions& options, const std::vector<int>& numbers) {
  PagesRead out;
  out.pages.resize(numbers.size());
  out.dropped.assign(numbers.size(), 0);
  std::atomic<std::size_t> next{0};
  std::atomic<std::uint64_t> boxes{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto work = [&] {
    try {
      PdfPageReader page_reader(path, options.password);
      if (!page_reader.ok())
        throw ImportError("pdf.unreadable", path, N_("Poppler opens the file but cannot interpret its pages"),
                          N_("the file may be damaged; open and re-save it with a PDF viewer"));
      for (std::size_t i = next++; i < numbers.size() && !stop; i = next++) {
        layout::PageInput& page = out.pages[i];
        page.number = numbers[i];
        out.dropped[i] = page_reader.read(numbers[i], page);
        const std::uint64_t added = page.words.size() + page.rules.size() + page.fills.size();
        if (boxes += added; boxes > options.limits.max_text_boxes) stop = true;
      }
    } catch (...) {
      std::lock_guard<std::mutex> guard(failure_lock);
      if (!failure) failure = std::current_exception();
      stop = true;
    }
  };
  // A few pages are not worth a second document.
  const std::size_t threads = numbers.size() < 4 ? 1 : std::min<std::size_t>(std::max(1u, options.threads), numbers.size() / 2);
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  out.boxes = boxes;
  return out;
}

}  // namespace

ExtractedDocument read_pdf_explained(const std::string& path, const PdfOptions& options,
                                     std::vector<layout::PageTrace>& traces) {
  auto doc = open_document(path, options.password);
  const int count = doc->pages();
  if (count <= 0)
    throw ImportError("pdf.unreadable", path, N_("the PDF has no pages"), N_("the file may be damaged; download it again"));
  enforce_limit(path, "pages", "max-pages", static_cast<std::uint64_t>(count), static_cast<std::uint64_t>(options.limits.max_pages));
  const std::vector<int> numbers = selected_pages(path, options.pages, count);

  ExtractedDocument out;
  out.path = path;
  out.format = "pdf";
  // Read while the poppler-cpp document lives: it owns Poppler's globals.
  PagesRead read = read_pages(path, options, numbers);
  enforce_limit(path, "text_boxes", "max-text-boxes", read.boxes, options.limits.max_text_boxes);
  std::vector<layout::PageInput>& pages = read.pages;
  int pages_without_text = 0;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const int number = pages[i].number;
    if (const long dropped = read.dropped[i]; dropped > 0) {
      out.diagnostics.push_back(make_diagnostic(
          Severity::warning, "pdf.text_cut",
          LocalMessage(N_("page {page}: Poppler reads at most 50,000 characters smaller than 3 points on a page and "
                          "left out {dropped} more; text of this page is missing. Check the page in a viewer, or "
                          "print it again in a larger font"))
              .set("page", std::to_string(number))
              .set("dropped", std::to_string(dropped)),
          Source{path, number, std::nullopt, {}, {}}));
    }
    if (pages[i].words.empty()) ++pages_without_text;
  }
  if (pages_without_text == static_cast<int>(numbers.size())) {
    const auto page_count = static_cast<long long>(numbers.size());
    throw ImportError("pdf.no_text", path,
                      LocalMessage(N_("{pages}: the PDF looks scanned (images of pages)"))
                          .set("pages", Phrase().plural("its only page has no text layer",
                                                        "none of its {n} pages has a text layer", page_count)),
                      LocalMessage(N_("run OCR first (e.g. 'ocrmypdf -l ita in.pdf out.pdf') and import the result")));
  }
  for (const auto& p : pages) {
    if (!p.words.empty()) continue;
    out.diagnostics.push_back(make_diagnostic(
        Severity::warning, "pdf.page_without_text",
        LocalMessage(N_("page {page} has no text layer (scanned or blank); its content is not read"))
            .set("page", std::to_string(p.number)),
        Source{path, p.number, std::nullopt, {}, {}}));
  }

  layout::build_layout(pages, out, &traces);

  if (options.debug_dir) {
    std::error_code ec;
    fs::create_directories(*options.debug_dir, ec);
    for (std::size_t i = 0; i < pages.size(); ++i) {
      // poppler-cpp pages only for the debug pictures: the core read the rest.
      std::unique_ptr<poppler::page> source(doc->create_page(pages[i].number - 1));
      if (!source) continue;
      const fs::path png = fs::path(*options.debug_dir) / ("page-" + std::to_string(pages[i].number) + ".png");
      write_debug_png(*source, pages[i], traces[i], png.string());
    }
  }
  return out;
}

ExtractedDocument read_pdf(const std::string& path, const PdfOptions& options) {
  std::vector<layout::PageTrace> traces;
  return read_pdf_explained(path, options, traces);
}

void render_pdf_page_png(const std::string& pdf_path, int page, double dpi, const std::string& png_path,
                         const std::optional<std::string>& password) {
  auto doc = open_document(pdf_path, password);
  if (page < 1 || page > doc->pages())
    throw ImportError("pdf.page_range", pdf_path,
                      LocalMessage(N_("page {page} does not exist")).set("page", std::to_string(page)));
  std::unique_ptr<poppler::page> source(doc->create_page(page - 1));
  if (!source)
    throw ImportError("pdf.render", pdf_path,
                      LocalMessage(N_("page {page} could not be read")).set("page", std::to_string(page)));
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  poppler::image img = renderer.render_page(source.get(), dpi, dpi);
  if (!img.is_valid() || !img.save(png_path, "png"))
    throw ImportError("pdf.render", pdf_path,
                      LocalMessage(N_("could not render page {page} to {file}"))
                          .set("page", std::to_string(page))
                          .set("file", png_path));
}

}  // namespace allegato
