// Layout engine benchmarks (Google Benchmark): the engine alone on synthetic
// ruled and borderless pages, and the whole PDF path on a sample.
// Run from the repository root: build/bench/bench_layout
// (ALLEGATO_BENCH_PDF=path picks another PDF). bench/run.sh compares the CLI
// with pdftotext on a 200-page PDF.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "layout/layout_engine.hpp"
#include "pdf/pdf_reader.hpp"

namespace {

using allegato::layout::PageInput;

// A page holding a 40x6 table, ruled or not.
PageInput table_page(int number, bool ruled) {
  PageInput page;
  page.number = number;
  const double top = 60, row = 18, col = 90;
  for (int r = 0; r < 40; ++r)
    for (int c = 0; c < 6; ++c) {
      for (int w = 0; w < 2; ++w) {
        allegato::layout::Word word;
        word.text = "w" + std::to_string(r * 6 + c) + "_" + std::to_string(w);
        const double x = 40 + c * col + 5 + w * 30;
        word.box = {x, top + r * row + 4, x + 26, top + r * row + 13};
        word.font_size = 9;
        page.words.push_back(word);
      }
    }
  if (ruled) {
    for (int r = 0; r <= 40; ++r) page.rules.push_back({{40, top + r * row - 0.4, 40 + 6 * col, top + r * row + 0.4}});
    for (int c = 0; c <= 6; ++c) page.rules.push_back({{40 + c * col - 0.4, top, 40 + c * col + 0.4, top + 40 * row}});
  }
  return page;
}

void engine(benchmark::State& state, bool ruled) {
  std::vector<PageInput> pages;
  for (int p = 1; p <= 20; ++p) pages.push_back(table_page(p, ruled));
  for (auto _ : state) {
    allegato::ExtractedDocument doc;
    allegato::layout::build_layout(pages, doc);
    benchmark::DoNotOptimize(doc.tables.size());
  }
  state.counters["pages/s"] = benchmark::Counter(20.0 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_engine_ruled_20_pages(benchmark::State& state) { engine(state, true); }
void BM_engine_borderless_20_pages(benchmark::State& state) { engine(state, false); }

void BM_read_pdf(benchmark::State& state) {
  const char* env = std::getenv("ALLEGATO_BENCH_PDF");
  const std::string path = env ? env : "samples/plan/input.pdf";
  std::size_t pages = 0;
  for (auto _ : state) {
    auto doc = allegato::read_pdf(path);
    pages = doc.pages.size();
    benchmark::DoNotOptimize(doc.tables.size());
  }
  state.counters["pages/s"] =
      benchmark::Counter(static_cast<double>(pages * state.iterations()), benchmark::Counter::kIsRate);
}

}  // namespace

BENCHMARK(BM_engine_ruled_20_pages)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_engine_borderless_20_pages)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_read_pdf)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
