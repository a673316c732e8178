#pragma once
/// Runs independent items on a few threads. Each document is read by one
/// thread from start to end; the readers share nothing but Poppler's global
/// parameters (set once, guarded by Poppler) and keep their ICU objects per
/// thread (values/), so documents can be read side by side.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace allegato {

/// The default for --jobs: the cores this process may use.
inline unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

/// The threads each of `files` files read side by side may use inside it
/// (a PDF's pages): one when there are as many files as jobs.
inline unsigned jobs_per_file(unsigned jobs, std::size_t files) {
  return files == 0 ? 1u : std::max(1u, static_cast<unsigned>(jobs / files));
}

/// Calls fn(i) for every i in [0, n) on at most `jobs` threads (the calling
/// thread is one of them). fn must not throw.
template <class Fn>
void for_each_parallel(std::size_t n, unsigned jobs, Fn&& fn) {
  const std::size_t threads = std::min<std::size_t>(std::max(1u, jobs), n);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < n; i = next++) fn(i);
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace allegato
