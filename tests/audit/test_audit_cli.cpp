#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "app/cli.hpp"
#include "cli_run.hpp"
#include "audit/audit.hpp"
#include "test_support.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {

using Run = CliRun;

Run cli(const std::vector<std::string>& args, bool tty = false) { return run_cli_captured(args, tty); }

std::string sample(const std::string& rule, const std::string& file = "input.json") {
  return (samples_dir() / ("audit-" + rule) / file).string();
}

}  // namespace

TEST_CASE("audit fail-on option sets the exit code", "[audit][cli]") {
  const std::string warning_only = sample("target-operator");   // one warning
  const std::string with_error = sample("weight-sum");          // one error
  const std::string info_only = sample("weight-rounding");      // one info
  CHECK(cli({"audit", with_error}).code == kExitFindings);      // default: error
  CHECK(cli({"audit", warning_only}).code == kExitOk);
  CHECK(cli({"audit", warning_only, "--fail-on", "warning"}).code == kExitFindings);
  CHECK(cli({"audit", info_only, "--fail-on", "warning"}).code == kExitOk);
  CHECK(cli({"audit", info_only, "--fail-on", "info"}).code == kExitFindings);
  CHECK(cli({"audit", with_error, "--fail-on", "none"}).code == kExitOk);
  CHECK(cli({"audit", sample("clean"), "--fail-on", "info"}).code == kExitOk);
  CHECK(cli({"audit", with_error, "--fail-on", "bogus"}).code == kExitError);
  CHECK(cli({"audit"}).code == kExitError);
  CHECK(cli({"audit", "/nonexistent/plan.pdf"}).code == kExitError);
}

TEST_CASE("audit weight-tolerance option turns rounding into an error and back", "[audit][cli]") {
  const std::string file = sample("weight-sum");  // 90%
  Run loose = cli({"audit", file, "--weight-tolerance", "10", "--format", "json"});
  CHECK(loose.out.find("weight.rounding") != std::string::npos);
  CHECK(loose.out.find("weight.sum") == std::string::npos);
  CHECK(loose.code == kExitOk);
  CHECK(cli({"audit", file, "--weight-tolerance", "abc"}).code == kExitError);
}

TEST_CASE("text report: summary, then errors grouped by document and objective, position, colour only on a tty",
          "[audit][cli]") {
  Run plain = cli({"audit", sample("weight-sum"), "--fail-on", "none"});
  CHECK(plain.out.find("allegato audit: 1 document - 1 error, 0 warnings, 0 info\n\nSummary\n  d1  ") == 0);
  CHECK(plain.out.find("      weight.sum             1 error\n") != std::string::npos);
  CHECK(plain.out.find("\nErrors (1)\n  d1  ") != std::string::npos);
  CHECK(plain.out.find("    2.1 Salute gestione") != std::string::npos);
  CHECK(plain.out.find("      weight.sum  d1/2.1") != std::string::npos);
  CHECK(plain.out.find("expected 100, found 90.00") != std::string::npos);
  CHECK(plain.out.find("at p. 1 (x 40, y ") != std::string::npos);
  CHECK(plain.out.find("\x1b[") == std::string::npos);
  Run tty = cli({"audit", sample("weight-sum"), "--fail-on", "none"}, true);
  CHECK(tty.out.find("\x1b[1;31mErrors") != std::string::npos);
  Run no_color = cli({"audit", sample("weight-sum"), "--fail-on", "none", "--no-color"}, true);
  CHECK(no_color.out.find("\x1b[") == std::string::npos);
}

TEST_CASE("rules: one table for the auditor, the CLI and docs/rules.md", "[audit][cli]") {
  const std::vector<std::string> contract = {
      "weight.sum", "weight.rounding", "weight.missing", "weight.range", "weight.conflict", "target.missing",
      "target.operator", "target.unit", "target.unambitious", "target.declining", "target.conflict",
      "achievement.mismatch", "achievement.rollup", "formula.incomplete", "indicator.conflict", "resources.sum",
      "text.truncated"};
  Run rules = cli({"rules"});
  Run help = cli({"audit", "--help"});
  CHECK(rules.code == kExitOk);
  for (const auto& id : contract) {
    INFO(id);
    CHECK(rule_info(id).id == id);
    CHECK(rules.out.find(id) != std::string::npos);
    CHECK(help.out.find(id) != std::string::npos);
  }
  CHECK(rule_table().size() == contract.size());
  CHECK(rule_info("weight.rounding").severity == Severity::info);
  CHECK_THROWS_AS(rule_info("no.such.rule"), std::logic_error);
  CHECK(matches_golden(rules_markdown(), source_dir() / "docs" / "rules.md",
                       temp_dir("rules-md") / "actual-rules.md"));
  Run markdown = cli({"rules", "--format", "markdown"});
  CHECK(markdown.out == rules_markdown());
}

TEST_CASE("audit of a document nothing was recognised in: not audited, exit 3", "[audit][cli]") {
  // A ruled table that is no known annex: kind unknown, no node, no indicator.
  const std::string unknown = (samples_dir() / "layout-borderless" / "input.pdf").string();
  Run run = cli({"audit", unknown});
  INFO(run.out << run.err);
  CHECK(run.code == kExitWarnings);
  CHECK(run.out.find("nothing recognised: not audited (see 'allegato import " + unknown + " --format summary')") !=
        std::string::npos);
  CHECK(run.out.find("no findings") == std::string::npos);
  // Findings at or above --fail-on still decide first; without them a
  // document left unaudited keeps the exit code from reading as clean.
  CHECK(cli({"audit", unknown, sample("weight-sum")}).code == kExitFindings);
  CHECK(cli({"audit", unknown, sample("weight-sum"), "--fail-on", "none"}).code == kExitWarnings);
  CHECK(cli({"audit", unknown, "--format", "json"}).code == kExitWarnings);
  // A document that was audited and has nothing to say is still "no findings", exit 0.
  Run clean = cli({"audit", sample("clean")});
  CHECK(clean.code == kExitOk);
  CHECK(clean.out.find("no findings") != std::string::npos);
}
