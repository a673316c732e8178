#pragma once
/// Progress on stderr while many files are imported: one line rewritten in
/// place ("[3/12, 1m20s left] piano.pdf"), shown only on a terminal and only
/// for more than one item, so that logs and pipes stay quiet.
#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

namespace allegato {

class Progress {
 public:
  /// `enabled` is CliIo::err_is_tty; nothing is printed when it is false or
  /// `total` < 2.
  Progress(std::ostream& err, bool enabled, std::size_t total);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// Announces the next item (call before working on it).
  void step(const std::string& label);
  /// Counts one item as finished (for the time left).
  void finished();
  /// Prints a line of its own above the progress line (a failure as it
  /// happens); the progress line is drawn again below it.
  void line(const std::string& text);
  /// Clears the line (also done by the destructor).
  void done();
  bool active() const { return active_; }

 private:
  std::ostream& err_;
  bool active_;
  std::size_t total_;
  std::size_t current_ = 0;
  std::size_t finished_ = 0;
  std::size_t last_width_ = 0;
  std::string last_label_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  void draw();
};

}  // namespace allegato
