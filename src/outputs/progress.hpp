#pragma once
/// Progress on stderr while many files are imported: one line rewritten in
/// place ("[3/12] piano.pdf"), shown only on a terminal and only for more
/// than one item, so that logs and pipes stay quiet.
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
  /// Clears the line (also done by the destructor).
  void done();
  bool active() const { return active_; }

 private:
  std::ostream& err_;
  bool active_;
  std::size_t total_;
  std::size_t current_ = 0;
  std::size_t last_width_ = 0;
};

}  // namespace allegato
