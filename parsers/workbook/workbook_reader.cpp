#include "workbook/workbook_reader.hpp"
// PLACEHOLDER: replaced by the workbook readers.
namespace allegato {
ExtractedDocument read_workbook(const std::string& path, const std::string& format, const WorkbookOptions&) {
  throw ImportError("workbook.unsupported", path, format + " reading is not implemented yet");
}
}  // namespace allegato
