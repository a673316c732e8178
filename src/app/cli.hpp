#pragma once
/// Everything the command line can do, as a library call: the CLI's main()
/// only builds a CliIo and calls run_cli. Exit codes: 0 ok, 1 findings at or
/// above --fail-on (audit), 2 error (bad input or usage), 3 done with warnings.
#include <iosfwd>
#include <string>
#include <vector>

namespace allegato {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;
inline constexpr int kExitWarnings = 3;

struct CliIo {
  std::ostream& out;
  std::ostream& err;
  bool out_is_tty = false;
  bool err_is_tty = false;
  std::istream* in = nullptr;  ///< standard input, for the file `-` (none when null)
};

/// Runs `allegato ARGS...` (args without the program name). Never throws:
/// errors are printed to io.err with what to do, and mapped to exit codes.
int run_cli(const std::vector<std::string>& args, CliIo& io);

}  // namespace allegato
