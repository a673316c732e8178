#include "outputs/progress.hpp"

#include <ostream>

#include "values/text.hpp"

namespace allegato {

Progress::Progress(std::ostream& err, bool enabled, std::size_t total)
    : err_(err), active_(enabled && total > 1), total_(total) {}

Progress::~Progress() { done(); }

namespace {
std::string duration_text(double seconds) {
  const long total = static_cast<long>(seconds + 0.5);
  if (total >= 3600) return std::to_string(total / 3600) + "h" + std::to_string(total % 3600 / 60) + "m";
  if (total >= 60) return std::to_string(total / 60) + "m" + std::to_string(total % 60) + "s";
  return std::to_string(total) + "s";
}
}  // namespace

void Progress::step(const std::string& label) {
  ++current_;
  last_label_ = label;
  draw();
}

void Progress::finished() { ++finished_; }

void Progress::line(const std::string& text) {
  if (!active_) return;
  done();
  err_ << text << "\n";
  draw();
}

void Progress::draw() {
  if (!active_ || current_ == 0) return;
  std::string counts = "[" + std::to_string(current_) + "/" + std::to_string(total_);
  if (finished_ > 0 && finished_ < total_) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    counts += ", " + duration_text(elapsed / static_cast<double>(finished_) * static_cast<double>(total_ - finished_)) +
              " left";
  }
  counts += "] ";
  std::string line = counts + last_label_;
  // Long paths would wrap and break the in-place rewrite.
  // Cut between characters: paths may hold multi-byte UTF-8.
  if (line.size() > 76) line = std::string(utf8_prefix(line, 36)) + "..." + std::string(utf8_suffix(line, 37));
  std::string padded = line;
  if (padded.size() < last_width_) padded.append(last_width_ - padded.size(), ' ');
  err_ << '\r' << padded << std::flush;
  last_width_ = line.size();
}

void Progress::done() {
  if (!active_ || last_width_ == 0) return;
  err_ << '\r' << std::string(last_width_, ' ') << '\r' << std::flush;
  last_width_ = 0;
}

}  // namespace allegato
