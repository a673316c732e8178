#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "app/cli.hpp"
#include "cli_run.hpp"
#include "outputs/store.hpp"
#include "outputs_fixtures.hpp"

using namespace allegato;
using namespace allegato::testing;
namespace fs = std::filesystem;

namespace {

using Run = CliRun;

Run run(const std::vector<std::string>& args) { return run_cli_captured(args); }

}  // namespace

TEST_CASE("output commands reject bad arguments with exit code 2", "[cli][outputs]") {
  const auto plan = fixture_path("plan_2022_a.json");
  const auto dir = temp_dir("cli-outputs-bad");
  SECTION("export without --output") {
    auto r = run({"export", plan});
    CHECK(r.code == kExitError);
    CHECK(r.err.find("--output") != std::string::npos);
  }
  SECTION("export with an unknown format") {
    auto r = run({"export", plan, "--format", "ods", "--output", (dir / "x").string()});
    CHECK(r.code == kExitError);
    CHECK(r.err.find("ods") != std::string::npos);
  }
  SECTION("export with neither files nor --db") {
    CHECK(run({"export", "--output", (dir / "x").string()}).code == kExitError);
  }
  SECTION("export with both files and --db") {
    CHECK(run({"export", plan, "--db", (dir / "p.sqlite").string(), "--output", (dir / "x").string()}).code ==
          kExitError);
  }
  SECTION("export from a store that does not exist") {
    auto r = run({"export", "--db", (dir / "none.sqlite").string(), "--output", (dir / "x").string()});
    CHECK(r.code == kExitError);
    CHECK(r.err.find("no such database") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "none.sqlite"));
  }
  SECTION("export from a file that is not a store") {
    write_file(dir / "junk.sqlite", std::string(4096, 'j'));
    CHECK(run({"export", "--db", (dir / "junk.sqlite").string(), "--output", (dir / "x").string()}).code ==
          kExitError);
  }
  SECTION("report without --output, with a bad --dpi") {
    CHECK(run({"report", plan}).code == kExitError);
    CHECK(run({"report", plan, "--output", (dir / "r.html").string(), "--dpi", "5000"}).code == kExitError);
  }
  SECTION("diff with one input or a bad format") {
    CHECK(run({"diff", plan}).code == kExitError);
    CHECK(run({"diff", plan, plan, "--format", "xml"}).code == kExitError);
  }
}

TEST_CASE("export, report and diff run end to end on JSON models and a store", "[cli][outputs]") {
  const auto plan = fixture_path("plan_2022_a.json");
  const auto dir = temp_dir("cli-outputs-ok");

  auto csv = run({"export", plan, "--output", (dir / "csv").string()});
  CHECK(csv.code == kExitOk);
  CHECK(fs::exists(dir / "csv" / "targets.csv"));

  auto xlsx = run({"export", plan, "--output", (dir / "plan.xlsx").string()});
  CHECK(xlsx.code == kExitOk);
  CHECK(fs::file_size(dir / "plan.xlsx") > 5000);

  store_model((dir / "plans.sqlite").string(), load_fixture("plan_2022_a.json"));
  auto from_db = run({"export", "--db", (dir / "plans.sqlite").string(), "--format", "csv", "--output",
                      (dir / "from-db").string()});
  CHECK(from_db.code == kExitOk);
  CHECK(read_file(dir / "from-db" / "indicators.csv").find("Nquest_customer") != std::string::npos);

  auto report = run({"report", plan, "--output", (dir / "report.html").string(), "--dpi", "72"});
  CHECK(report.code == kExitOk);
  CHECK(read_file(dir / "report.html").find("<li class=\"finding ") != std::string::npos);

  auto diff = run({"diff", plan, fixture_path("plan_2022_amended.json"), "--format", "json"});
  CHECK(diff.code == kExitOk);
  CHECK(diff.out.find("\"removed\"") != std::string::npos);
  CHECK(diff.out.find("M_Ind_Sint_Prog_20") != std::string::npos);
}

TEST_CASE("importing the same file twice into a store keeps one document", "[cli][outputs][store]") {
  const auto dir = temp_dir("cli-outputs-reimport");
  const auto db = (dir / "plans.sqlite").string();
  const auto plan = fixture_path("plan_2022_a.json");
  REQUIRE(run({"import", plan, "--db", db}).code == kExitOk);
  REQUIRE(run({"import", plan, "--db", db}).code == kExitOk);
  CHECK(load_store(db).documents.size() == 1);
  // Another version of the plan lives beside it.
  REQUIRE(run({"import", fixture_path("plan_2022_amended.json"), "--db", db}).code == kExitOk);
  const Model all = load_store(db);
  CHECK(all.documents.size() == 2);
  auto report = run({"report", "--db", db, "--output", (dir / "report.html").string(), "--no-pages"});
  CHECK(report.code == kExitOk);
  const std::string html = read_file(dir / "report.html");
  CHECK(html.find("id=\"tree-d2\"") != std::string::npos);
}

TEST_CASE("diff of two folders pairs documents by name and lists the unpaired", "[cli][outputs][diff]") {
  const auto dir = temp_dir("cli-diff-folders");
  const std::string list = read_file(samples_dir() / "list" / "input.csv");
  fs::create_directories(dir / "old");
  fs::create_directories(dir / "new");
  write_file(dir / "old" / "list.csv", list);
  write_file(dir / "old" / "gone.csv", list);
  std::string amended = list;
  const auto header_end = amended.find('\n');
  REQUIRE(header_end != std::string::npos);
  // Drop the first indicator: the pair's diff shows it removed.
  amended.erase(header_end + 1, amended.find('\n', header_end + 1) - header_end);
  write_file(dir / "new" / "list.csv", amended);
  write_file(dir / "new" / "added.csv", list);

  auto text = run({"diff", (dir / "old").string(), (dir / "new").string()});
  INFO(text.err);
  CHECK(text.code == kExitOk);
  CHECK_THAT(text.out, Catch::Contains("== list.csv =="));
  CHECK_THAT(text.out, Catch::Contains("1 removed"));
  CHECK_THAT(text.out, Catch::Contains("only in OLD: gone.csv"));
  CHECK_THAT(text.out, Catch::Contains("only in NEW: added.csv"));
  CHECK(text.out.find("== gone.csv") == std::string::npos);

  auto json = run({"diff", (dir / "old").string(), (dir / "new").string(), "--format", "json"});
  CHECK(json.code == kExitOk);
  const auto parsed = Json::parse(json.out);
  REQUIRE(parsed["pairs"].size() == 1);
  CHECK(parsed["pairs"][0]["name"] == "list.csv");
  CHECK(parsed["only_old"] == Json::array({"gone.csv"}));
  CHECK(parsed["only_new"] == Json::array({"added.csv"}));

  auto mixed = run({"diff", (dir / "old").string(), (dir / "new" / "list.csv").string()});
  CHECK(mixed.code == kExitError);
  CHECK_THAT(mixed.err, Catch::Contains("two files or two folders"));
}
