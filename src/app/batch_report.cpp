#include "app/batch_report.hpp"

#include <ostream>

namespace allegato {

BatchReport::BatchReport(CliIo& io, std::size_t total) : io_(io), progress_(io.err, io.err_is_tty, total) {}

void BatchReport::attach(ImportOptions& options) {
  // Set after options.labels: a temporary copy shows as what the user gave.
  options.on_file = [this, labels = options.labels](std::size_t, const std::string& path) {
    auto it = labels.find(path);
    progress_.step(it == labels.end() ? path : it->second);
  };
  options.on_file_done = [this](std::size_t, const std::string&) { progress_.finished(); };
  options.on_failure = [this](const std::string&, const std::string& message) {
    failures_.push_back(message);
    if (progress_.active()) {
      progress_.line("error: " + message);
      shown_ = failures_.size();
    }
  };
}

void BatchReport::finish() {
  progress_.done();
  for (; shown_ < failures_.size(); ++shown_) io_.err << "error: " << failures_[shown_] << "\n";
}

std::string batch_summary(std::size_t total, std::size_t imported, std::size_t skipped, std::size_t failed,
                          std::size_t warned) {
  if (imported == 0 && skipped == 0 && failed > 0)
    return "allegato: none of the files could be imported (" + std::to_string(failed) + " of " +
           std::to_string(total) + " failed, each named above)";
  std::string text = "allegato: imported " + std::to_string(imported) + " of " + std::to_string(total) + " file(s)";
  if (warned) text += " (" + std::to_string(warned) + " with warnings)";
  if (skipped) text += "; " + std::to_string(skipped) + " skipped (same sha256 already stored, unchanged)";
  if (failed) text += "; " + std::to_string(failed) + " failed (each named above)";
  return text;
}

}  // namespace allegato
