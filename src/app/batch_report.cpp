#include "app/batch_report.hpp"

#include <ostream>

#include "i18n/i18n.hpp"

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
      progress_.line(tr(N_("error:")) + " " + message);
      shown_ = failures_.size();
    }
  };
}

void BatchReport::finish() {
  progress_.done();
  for (; shown_ < failures_.size(); ++shown_) io_.err << tr(N_("error:")) << " " << failures_[shown_] << "\n";
}

std::string batch_summary(std::size_t total, std::size_t imported, std::size_t skipped, std::size_t failed,
                          std::size_t warned) {
  auto n = [](std::size_t count) { return format_integer(static_cast<long long>(count)); };
  auto count_text = [&](const char* singular, const char* plural, std::size_t count) {
    return fill(trn(singular, plural, static_cast<long long>(count)), {{"n", n(count)}});
  };
  const std::string files = count_text("{n} file", "{n} files", total);
  if (imported == 0 && skipped == 0 && failed > 0)
    return "allegato: " + fill(tr(N_("none of the files could be imported ({failed} of {files} failed, each named "
                                      "above)")),
                               {{"failed", n(failed)}, {"files", files}});
  std::string text = "allegato: " + fill(tr(N_("imported {imported} of {files}")), {{"imported", n(imported)}, {"files", files}});
  if (warned) text += " (" + count_text("{n} with warnings", "{n} with warnings", warned) + ")";
  if (skipped)
    text += "; " + count_text("{n} skipped (same sha256 already stored, unchanged)",
                              "{n} skipped (same sha256 already stored, unchanged)", skipped);
  if (failed) text += "; " + count_text("{n} failed (each named above)", "{n} failed (each named above)", failed);
  return text;
}

}  // namespace allegato
