#pragma once
/// A read-only zip archive (XLSX, ODS) with the hostile-input limits applied:
/// the entry count and the declared uncompressed total are checked on open,
/// and the bytes actually inflated are counted while reading (a zip bomb may
/// lie in its directory).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/limits.hpp"

struct zip;

namespace allegato {

class ZipArchive {
 public:
  /// Throws ImportError "workbook.corrupt" (not a readable zip),
  /// "limit.zip_entries" or "limit.zip_bytes".
  ZipArchive(const std::string& path, const Limits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// True if an entry of that exact name exists.
  bool has(const std::string& name) const;
  /// The entry's bytes, or nullopt if there is no such entry. Throws
  /// ImportError "workbook.corrupt" on a damaged entry and "limit.zip_bytes"
  /// when the bytes inflated so far exceed the limit.
  std::optional<std::string> read(const std::string& name);
  /// The entry's bytes in chunks of at most 64 KiB, handed to `sink` as they
  /// are inflated; false if there is no such entry. Throws as read().
  bool stream(const std::string& name, const std::function<void(const char*, std::size_t)>& sink);

 private:
  struct zip* zip_ = nullptr;
  std::string path_;
  Limits limits_;
  std::uint64_t inflated_ = 0;
  // Bytes inflated per entry: an entry read twice (a sheet is read in two
  // passes) counts once against the limit.
  std::unordered_map<std::uint64_t, std::uint64_t> entry_inflated_;
};

}  // namespace allegato
