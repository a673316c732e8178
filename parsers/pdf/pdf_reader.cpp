#include "pdf/pdf_reader.hpp"
// PLACEHOLDER: replaced by the PDF layout engine work.
namespace allegato {
ExtractedDocument read_pdf(const std::string& path, const PdfOptions&) {
  throw ImportError("pdf.unsupported", path, "PDF reading is not implemented yet");
}
void render_pdf_page_png(const std::string& pdf_path, int, double, const std::string&, const std::optional<std::string>&) {
  throw ImportError("pdf.unsupported", pdf_path, "PDF rendering is not implemented yet");
}
}  // namespace allegato
