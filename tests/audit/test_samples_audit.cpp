// The per-rule samples (samples/audit-*/): input.json triggers the rule,
// clean.json (and samples/audit-clean) must give no finding at all, and
// expect.json lists by hand the findings a reviewer expects (recall).
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "app/cli.hpp"
#include "cli_run.hpp"
#include "audit/audit.hpp"
#include "model/json_io.hpp"
#include "test_support.hpp"

using namespace allegato;
using namespace allegato::testing;
namespace fs = std::filesystem;

namespace {

using Run = CliRun;

Run cli(const std::vector<std::string>& args) { return run_cli_captured(args); }

std::vector<fs::path> audit_samples() {
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(samples_dir()))
    if (e.is_directory() && e.path().filename().string().rfind("audit-", 0) == 0) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

}  // namespace

TEST_CASE("every rule of the table has a sample folder", "[audit][samples]") {
  for (const auto& rule : rule_table()) {
    std::string name = rule.id;
    std::replace(name.begin(), name.end(), '.', '-');
    INFO(rule.id);
    CHECK(fs::exists(samples_dir() / ("audit-" + name) / "input.json"));
    CHECK(fs::exists(samples_dir() / ("audit-" + name) / "clean.json"));
  }
}

TEST_CASE("audit samples: golden findings, expected findings found, clean files silent", "[audit][samples]") {
  std::size_t expected_total = 0, found_total = 0;
  for (const auto& dir : audit_samples()) {
    INFO(dir.filename().string());
    const fs::path input = dir / "input.json";
    Run run = cli({"audit", input.string(), "--format", "json", "--fail-on", "none"});
    REQUIRE(run.code == kExitOk);
    const Json actual = Json::parse(run.out);
    if (fs::exists(dir / "expect.json")) {
      CHECK(matches_golden(run.out, dir / "expected-findings.json"));
      const Json expect = Json::parse(read_file(dir / "expect.json"));
      for (const auto& e : expect["findings"]) {
        ++expected_total;
        bool found = false;
        for (const auto& f : actual["findings"])
          found = found || (f["rule"] == e["rule"] && f["subject"] == e["subject"]);
        INFO("expected " << e.dump());
        CHECK(found);
        found_total += found;
      }
      // Every finding on a rule's sample is either expected or of that rule's
      // family: nothing unrelated fires.
      for (const auto& f : actual["findings"]) {
        bool listed = false;
        for (const auto& e : expect["findings"]) listed = listed || f["rule"] == e["rule"];
        INFO("unexpected " << f.dump());
        CHECK(listed);
      }
      Run clean = cli({"audit", (dir / "clean.json").string(), "--format", "json", "--fail-on", "info"});
      INFO(clean.out);
      CHECK(clean.code == kExitOk);
      CHECK(Json::parse(clean.out)["findings"].empty());
    } else {
      INFO(run.out);
      CHECK(actual["findings"].empty());
    }
  }
  CHECK(expected_total > 0);
  CHECK(found_total == expected_total);
}
