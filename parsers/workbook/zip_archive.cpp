#include "workbook/zip_archive.hpp"

#include <zip.h>

#include <memory>

#include "core/diagnostics.hpp"

namespace allegato {

ZipArchive::ZipArchive(const std::string& path, const Limits& limits) : path_(path), limits_(limits) {
  int error = 0;
  zip_ = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (!zip_) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    std::string reason = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    throw ImportError("workbook.corrupt", path,
                      LocalMessage(N_("not a readable zip archive ({reason})")).set("reason", reason),
                      LocalMessage(N_("the file may be truncated or damaged; open it in a spreadsheet and save it "
                                      "again")));
  }
  try {
    zip_int64_t entries = zip_get_num_entries(zip_, 0);
    enforce_limit(path, "zip_entries", "max-zip-entries", std::uint64_t(entries < 0 ? 0 : entries),
                  limits_.max_zip_entries);
    std::uint64_t declared = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
      zip_stat_t st;
      if (zip_stat_index(zip_, zip_uint64_t(i), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) declared += st.size;
      enforce_limit(path, "zip_bytes", "max-zip-mb", declared, limits_.max_zip_uncompressed);
    }
  } catch (...) {
    zip_discard(zip_);
    zip_ = nullptr;
    throw;
  }
}

ZipArchive::~ZipArchive() {
  if (zip_) zip_discard(zip_);
}

bool ZipArchive::has(const std::string& name) const { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

std::optional<std::string> ZipArchive::read(const std::string& name) {
  std::string bytes;
  if (!stream(name, [&](const char* data, std::size_t size) { bytes.append(data, size); })) return std::nullopt;
  return bytes;
}

bool ZipArchive::stream(const std::string& name, const std::function<void(const char*, std::size_t)>& sink) {
  zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
  if (index < 0) return false;
  zip_file_t* file = zip_fopen_index(zip_, zip_uint64_t(index), 0);
  if (!file) {
    std::string reason = zip_strerror(zip_);
    if (reason.find("ncrypt") != std::string::npos || reason.find("assword") != std::string::npos)
      throw ImportError("workbook.encrypted", path_,
                        LocalMessage(N_("the zip entry {entry} is encrypted")).set("entry", name),
                        LocalMessage(N_("save the workbook without a password and import it again")));
    throw ImportError("workbook.corrupt", path_,
                      LocalMessage(N_("cannot open {entry} in the archive ({reason})")).set("entry", name).set("reason", reason),
                      LocalMessage(N_("the file may be damaged; open it in a spreadsheet and save it again")));
  }
  // Closes the entry however the loop ends (the sink may throw).
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> guard(file, zip_fclose);
  // The directory declares each entry's size (and the total was checked on
  // open): an entry that inflates beyond it lies, and is refused as soon as
  // it does, not after filling memory up to the limit.
  zip_stat_t st;
  std::optional<std::uint64_t> declared;
  if (zip_stat_index(zip_, zip_uint64_t(index), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
    declared = st.size;
  }
  std::uint64_t entry_bytes = 0;
  char buffer[1 << 16];
  while (true) {
    zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      throw ImportError("workbook.corrupt", path_,
                        LocalMessage(N_("cannot inflate {entry} ({reason})"))
                            .set("entry", name)
                            .set("reason", zip_file_strerror(file)),
                        LocalMessage(N_("the file may be damaged; open it in a spreadsheet and save it again")));
    }
    if (n == 0) break;
    entry_bytes += std::uint64_t(n);
    std::uint64_t& counted = entry_inflated_[std::uint64_t(index)];
    if (entry_bytes > counted) {
      inflated_ += entry_bytes - counted;
      counted = entry_bytes;
    }
    if (declared && entry_bytes > *declared) {
      throw ImportError("workbook.corrupt", path_,
                        LocalMessage(N_("the zip entry {entry} inflates to more than the {bytes} bytes its directory "
                                        "declares (a damaged file, or a zip bomb)"))
                            .set("entry", name)
                            .set("bytes", std::to_string(*declared)),
                        LocalMessage(N_("open the workbook in a spreadsheet and save it again")));
    }
    enforce_limit(path_, "zip_bytes", "max-zip-mb", inflated_, limits_.max_zip_uncompressed);
    sink(buffer, std::size_t(n));
  }
  return true;
}

}  // namespace allegato
