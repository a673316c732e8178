#pragma once
/// Helpers shared by the test binaries: paths into the source tree and
/// golden-file comparison (writes actual.* beside expected on a mismatch;
/// ALLEGATO_UPDATE_GOLDEN=1 refreshes expected files after review).
#include <filesystem>
#include <string>

namespace allegato::testing {

std::filesystem::path source_dir();            ///< the repository root
std::filesystem::path samples_dir();           ///< <root>/samples
std::filesystem::path temp_dir(const std::string& name);  ///< a fresh empty folder under the build tree
std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& text);
bool update_golden();                          ///< ALLEGATO_UPDATE_GOLDEN=1

/// Compares `actual` with the file `expected`. On a mismatch writes
/// `actual_path` (default: expected with "actual" in place of "expected")
/// and returns false; with ALLEGATO_UPDATE_GOLDEN=1 rewrites expected and
/// returns true.
bool matches_golden(const std::string& actual, const std::filesystem::path& expected,
                    const std::filesystem::path& actual_path = {});

}  // namespace allegato::testing
