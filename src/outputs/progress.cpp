#include "outputs/progress.hpp"

#include <ostream>

#include "values/text.hpp"

namespace allegato {

Progress::Progress(std::ostream& err, bool enabled, std::size_t total)
    : err_(err), active_(enabled && total > 1), total_(total) {}

Progress::~Progress() { done(); }

void Progress::step(const std::string& label) {
  ++current_;
  if (!active_) return;
  std::string line = "[" + std::to_string(current_) + "/" + std::to_string(total_) + "] " + label;
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
