#include "test_support.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace allegato::testing {
namespace fs = std::filesystem;

fs::path source_dir() { return fs::path(ALLEGATO_SOURCE_DIR); }
fs::path samples_dir() { return source_dir() / "samples"; }

fs::path temp_dir(const std::string& name) {
  fs::path dir = fs::path(ALLEGATO_BINARY_DIR) / "test-tmp" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& p, const std::string& text) {
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << text;
}

bool update_golden() {
  const char* v = std::getenv("ALLEGATO_UPDATE_GOLDEN");
  return v && std::string(v) == "1";
}

bool matches_golden(const std::string& actual, const fs::path& expected, const fs::path& actual_path) {
  if (update_golden()) {
    write_file(expected, actual);
    return true;
  }
  fs::path out = actual_path;
  if (out.empty()) {
    std::string name = expected.filename().string();
    auto pos = name.find("expected");
    name = pos == std::string::npos ? "actual." + name : name.replace(pos, 8, "actual");
    out = expected.parent_path() / name;
  }
  if (fs::exists(expected) && read_file(expected) == actual) {
    fs::remove(out);
    return true;
  }
  write_file(out, actual);
  return false;
}

}  // namespace allegato::testing
