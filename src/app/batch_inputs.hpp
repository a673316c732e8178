#pragma once
/// The inputs named on a command line, expanded: a folder gives the documents
/// inside it (recognised by their first bytes, then their extension), `-`
/// gives standard input, and a pipe or device (`/dev/stdin`, `<(...)`) is read
/// once into a temporary file that the readers can seek in.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace allegato {

struct BatchInput {
  std::string path;   ///< what the readers open (a temporary file for `-` and pipes)
  std::string label;  ///< what the user gave or what the folder holds: shown and stored
};

class BatchInputs {
 public:
  /// Expands `words`. `in` is standard input (for `-`; may be null when there
  /// is none); it and any pipe are copied up to `max_file_bytes`
  /// (--max-file-mb), which a file on disk is checked against when read.
  /// Throws UsageError when `-` is given twice or there is no standard input;
  /// ImportError "input.folder_empty" for a folder that holds no document,
  /// "limit.file_bytes" for standard input or a pipe larger than the limit.
  BatchInputs(const std::vector<std::string>& words, std::istream* in, std::uint64_t max_file_bytes);
  ~BatchInputs();
  BatchInputs(const BatchInputs&) = delete;
  BatchInputs& operator=(const BatchInputs&) = delete;

  const std::vector<BatchInput>& items() const { return items_; }
  std::vector<std::string> paths() const;
  /// The label of the input read from `path` (itself when it is not a
  /// temporary file).
  std::string label_of(const std::string& path) const;

 private:
  void expand(const std::vector<std::string>& words, std::istream* in, std::uint64_t max_file_bytes);
  std::string spool(std::istream& in, const std::string& label, std::uint64_t max_bytes);
  void remove_temporary();
  std::vector<BatchInput> items_;
  std::vector<std::filesystem::path> temporary_;
};

/// True when a file found in a folder is a document allegato reads: PDF,
/// XLSX, ODS or XLS by its first bytes, or by its extension (.pdf .xlsx .ods
/// .xls .csv .tsv). JSON models are read only when named.
bool looks_like_document(const std::filesystem::path& path);

}  // namespace allegato
