// Hidden timing run (not part of the suite): ALLEGATO_BENCH_WORKBOOK=FILE
// test_workbook "[.bench]" prints the time per 10,000 cells.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "workbook/workbook_reader.hpp"

using namespace allegato;

TEST_CASE("time per 10,000 cells", "[.bench]") {
  const char* path = std::getenv("ALLEGATO_BENCH_WORKBOOK");
  if (!path) {
    WARN("set ALLEGATO_BENCH_WORKBOOK to a workbook");
    return;
  }
  std::string format = std::filesystem::path(path).extension().string().substr(1);
  auto start = std::chrono::steady_clock::now();
  auto doc = read_workbook(path, format);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::size_t cells = 0;
  for (const auto& t : doc.tables) cells += t.cells.size();
  REQUIRE(cells > 0);
  std::cout << path << ": " << cells << " cells in " << seconds << " s = " << seconds * 10000.0 / double(cells) * 1000
            << " ms per 10,000 cells\n";
}
