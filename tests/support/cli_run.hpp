#pragma once
/// Runs the command line in-process, as a user would from a shell, and keeps
/// what it printed. For test binaries that link allegato_lib.
#include <sstream>
#include <string>
#include <vector>

#include "app/cli.hpp"

namespace allegato::testing {

struct CliRun {
  int code = 0;
  std::string out;
  std::string err;
};

/// `allegato ARGS...`; `out_is_tty` pretends stdout is a terminal (colours).
inline CliRun run_cli_captured(const std::vector<std::string>& args, bool out_is_tty = false) {
  std::ostringstream out, err;
  CliIo io{out, err, out_is_tty, false};
  const int code = run_cli(args, io);
  return {code, out.str(), err.str()};
}

}  // namespace allegato::testing
