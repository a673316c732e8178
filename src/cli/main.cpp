// The allegato command line: everything is in the library (app/cli.hpp);
// this only wires the process's streams to it.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "app/cli.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  allegato::CliIo io{std::cout, std::cerr, isatty(STDOUT_FILENO) != 0, isatty(STDERR_FILENO) != 0,
                      &std::cin};
  int code = allegato::run_cli(args, io);
  std::cout.flush();
  return code;
}
