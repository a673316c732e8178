#pragma once
/// How a command over many files tells the user what happened: a progress
/// line with the time left and one line per failure as it happens on a
/// terminal; on a pipe nothing until the end. At the end, the failures not
/// yet shown and (for more than one file) a summary line.
#include <cstddef>
#include <string>
#include <vector>

#include "app/cli.hpp"
#include "app/pipeline.hpp"
#include "outputs/progress.hpp"

namespace allegato {

class BatchReport {
 public:
  BatchReport(CliIo& io, std::size_t total);
  /// Sets options.on_file, on_file_done and on_failure to report here.
  void attach(ImportOptions& options);
  std::size_t failed() const { return failures_.size(); }
  /// Clears the progress line and prints the failures not shown yet.
  void finish();

 private:
  CliIo& io_;
  Progress progress_;
  std::vector<std::string> failures_;
  std::size_t shown_ = 0;
};

/// "allegato: imported 480 of 500 files; 15 skipped (...); 5 failed (listed above)".
std::string batch_summary(std::size_t total, std::size_t imported, std::size_t skipped, std::size_t failed,
                          std::size_t warned);

}  // namespace allegato
