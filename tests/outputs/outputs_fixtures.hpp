#pragma once
// Loading the hand-made models of tests/outputs/fixtures (make_fixtures.py).
#include <string>

#include "model/json_io.hpp"
#include "test_support.hpp"

namespace allegato::testing {

inline std::string fixture_path(const std::string& name) {
  return (source_dir() / "tests" / "outputs" / "fixtures" / name).string();
}

inline Model load_fixture(const std::string& name) {
  return read_model_json(read_file(fixture_path(name)), fixture_path(name));
}

}  // namespace allegato::testing
