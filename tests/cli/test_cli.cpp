// The command line as a user meets it: help, version, no arguments, wrong
// command, wrong option, wrong file. Exit codes are part of the contract.
#include <catch2/catch.hpp>

#include <sstream>

#include "app/cli.hpp"
#include "cli_run.hpp"
#include "test_support.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {
using Run = CliRun;

Run run(const std::vector<std::string>& args) { return run_cli_captured(args); }

}  // namespace

TEST_CASE("no arguments prints usage and exits 2", "[cli]") {
  Run r = run({});
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("Usage: allegato COMMAND"));
  CHECK_THAT(r.err, Catch::Contains("allegato import FILE"));
}

TEST_CASE("--help lists every command and --version prints the version", "[cli]") {
  Run help = run({"--help"});
  CHECK(help.code == 0);
  for (const char* name : {"import", "audit", "tables", "parse-value", "export", "report", "diff", "rules"}) {
    CHECK_THAT(help.out, Catch::Contains(std::string("  ") + name));
  }
  Run version = run({"--version"});
  CHECK(version.code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("allegato ") && Catch::Contains("allegato/1"));
}

TEST_CASE("each command has --help", "[cli]") {
  for (const char* name : {"import", "audit", "tables", "parse-value", "export", "report", "diff", "rules"}) {
    Run r = run({name, "--help"});
    INFO(name);
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::StartsWith("Usage: allegato "));
  }
}

TEST_CASE("unknown commands and options are errors that say what to do", "[cli]") {
  Run r = run({"imprt", "x.pdf"});
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("unknown command 'imprt'") && Catch::Contains("--help"));
  Run o = run({"import", "--frmat", "json", "x.pdf"});
  CHECK(o.code == 2);
  CHECK_THAT(o.err, Catch::Contains("unknown option '--frmat'"));
  Run v = run({"import", "--format"});
  CHECK(v.code == 2);
  CHECK_THAT(v.err, Catch::Contains("needs a value"));
}

TEST_CASE("import refuses missing, empty, foreign and directory inputs with exit 2", "[cli]") {
  auto dir = testing::temp_dir("cli-bad-inputs");
  testing::write_file(dir / "empty.pdf", "");
  testing::write_file(dir / "notes.txt.docx", "hello");
  testing::write_file(dir / "fake.pdf", "<html>404</html>");
  struct Case {
    std::string path;
    std::string says;
  } cases[] = {
      {(dir / "missing.pdf").string(), "no such file"},
      {(dir / "empty.pdf").string(), "empty"},
      {(dir / "notes.txt.docx").string(), "not a format allegato reads"},
      {(dir / "fake.pdf").string(), "%PDF-"},
      // A folder gives the documents inside it: here two broken ones.
      {dir.string(), "none of the files"},
  };
  for (const auto& c : cases) {
    Run r = run({"import", c.path});
    INFO(c.path);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains(c.says));
    CHECK(r.out.empty());
  }
  Run none = run({"import"});
  CHECK(none.code == 2);
  CHECK_THAT(none.err, Catch::Contains("no input files"));
}

TEST_CASE("parse-value prints the contract's target object (acceptance cases)", "[cli][values]") {
  struct Case {
    std::string raw;
    std::vector<std::string> says;
  } cases[] = {
      {">= 0,23 N.", {"\"op\": \">=\"", "\"value\": \"0.23\"", "\"unit\": \"N.\"", "\"kind\": \"number\"", "\"status\": \"set\""}},
      {"N/D", {"\"status\": \"not_available\"", "\"value\": null"}},
      {"Anno di rilevazione", {"\"status\": \"measurement_year\""}},
      {"<=31/12/2017", {"\"op\": \"<=\"", "\"value\": \"2017-12-31\"", "\"kind\": \"date\""}},
      {"229.447,35 Euro", {"\"value\": \"229447.35\"", "\"unit\": \"EUR\""}},
      {"ITP < -10", {"\"label\": \"ITP\"", "\"op\": \"<\"", "\"value\": \"-10\""}},
      {"≥ 73%", {"\"op\": \">=\"", "\"value\": \"73\"", "\"kind\": \"percent\""}},
  };
  for (const auto& c : cases) {
    Run r = run({"parse-value", c.raw});
    INFO(c.raw << "\n" << r.out << r.err);
    CHECK(r.code == 0);
    for (const auto& s : c.says) CHECK_THAT(r.out, Catch::Contains(s));
  }
}

TEST_CASE("short option -o is --output for the commands that write a file", "[cli]") {
  auto dir = testing::temp_dir("cli-dash-o");
  const std::string pira = (testing::samples_dir() / "pira" / "input.pdf").string();
  Run r = run({"import", pira, "--no-audit", "-o", (dir / "m.json").string()});
  CHECK((r.code == 0 || r.code == 3));
  CHECK_THAT(testing::read_file(dir / "m.json"), Catch::StartsWith("{\n  \"schema\": \"allegato/1\""));
  Run missing = run({"import", pira, "-o"});
  CHECK(missing.code == 2);
  CHECK_THAT(missing.err, Catch::Contains("'-o' needs a value"));
}

TEST_CASE("a document nothing is recognised in is a warning, never a silent success", "[cli]") {
  // A timetable-like table: no genre of annex (layout-ruled is an indicator list).
  const std::string ruled = (testing::samples_dir() / "layout-borderless" / "input.pdf").string();
  Run r = run({"import", ruled, "--format", "summary"});
  CHECK(r.code == 3);
  CHECK_THAT(r.out, Catch::Contains("no objective or indicator recognised"));
  CHECK_THAT(r.err, Catch::Contains("exit code 3"));
}

TEST_CASE("the same file given twice is read once, with a warning", "[cli]") {
  const std::string pira = (testing::samples_dir() / "pira" / "input.pdf").string();
  Run once = run({"import", pira, "--format", "summary"});
  Run twice = run({"import", pira, pira, "--format", "summary"});
  CHECK(twice.code == 3);
  CHECK_THAT(twice.out, Catch::Contains("same content (sha256)"));
  CHECK(twice.out.find("d2  ") == std::string::npos);
  CHECK_THAT(once.out, Catch::Contains("d1  "));
}

TEST_CASE("a damaged .json gets the JSON reader's message, csv into a .xlsx name is refused", "[cli]") {
  auto dir = testing::temp_dir("cli-json-export");
  testing::write_file(dir / "broken.json", "[1,2");
  Run r = run({"import", (dir / "broken.json").string()});
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("not valid JSON"));
  const std::string pira = (testing::samples_dir() / "pira" / "input.pdf").string();
  Run e = run({"export", pira, "--format", "csv", "-o", (dir / "out.xlsx").string()});
  CHECK(e.code == 2);
  CHECK_THAT(e.err, Catch::Contains("--format xlsx"));
  CHECK_FALSE(std::filesystem::exists(dir / "out.xlsx"));
}

TEST_CASE("import --explain tells which profile read the file and which column took which role", "[cli][profiles]") {
  const std::string list = (testing::samples_dir() / "list" / "input.csv").string();
  const Run r = run({"import", list, "--explain", "--output", "/dev/null"});
  CHECK(r.code != 2);
  CHECK(r.err.find("genre scores, best first: list") != std::string::npos);
  CHECK(r.err.find("columns read with profile 'list'") != std::string::npos);
  CHECK(r.err.find("-> targets") != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("a layout no profile recognises tells how to write a profile for it", "[cli][profiles]") {
  // A table of codes, descriptions and values: no annex.
  const std::string table = (testing::samples_dir() / "workbook-csv" / "valori-virgola.csv").string();
  const Run r = run({"import", table, "--format", "summary"});
  CHECK(r.code == 3);
  const std::string said = r.out + r.err;
  CHECK(said.find("not audited") != std::string::npos);
  CHECK(said.find("allegato profiles --show list") != std::string::npos);
  CHECK(said.find("--profile YOUR.json") != std::string::npos);
}
