// Issue 13: the audit for the people who read it. Italian and English
// (gettext catalogues, ICU numbers), the text audit's order, the small CLI
// fixes. Each test runs the command line as a user would.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "app/cli.hpp"
#include "cli_run.hpp"
#include "i18n/i18n.hpp"
#include "i18n/message.hpp"
#include "test_support.hpp"
#include "sqlite_query.hpp"
#include "values/decimal.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {

CliRun cli(const std::vector<std::string>& args, bool tty = false) { return run_cli_captured(args, tty); }

std::string audit_sample(const std::string& rule) { return (samples_dir() / ("audit-" + rule) / "input.json").string(); }

// Sets an environment variable for one scope.
struct ScopedEnv {
  std::string name;
  std::optional<std::string> old;
  ScopedEnv(std::string n, const char* value) : name(std::move(n)) {
    if (const char* v = std::getenv(name.c_str())) old = v;
    if (value) setenv(name.c_str(), value, 1);
    else unsetenv(name.c_str());
  }
  ~ScopedEnv() {
    if (old) setenv(name.c_str(), old->c_str(), 1);
    else unsetenv(name.c_str());
  }
};

}  // namespace

TEST_CASE("i18n: numbers in the language's notation, exact digits kept", "[cli][i18n]") {
  set_ui_language("it");
  CHECK(format_decimal("64.71") == "64,71");
  CHECK(format_decimal("55.00") == "55,00");
  CHECK(format_decimal("-0.5") == "-0,5");
  CHECK(format_decimal("2022") == "2022");
  CHECK(format_decimal("229447.35") == "229.447,35");
  CHECK(format_decimal("not a number") == "not a number");
  CHECK(format_date("2024-12-31") == "31/12/2024");
  set_ui_language("en");
  CHECK(format_decimal("64.71") == "64.71");
  CHECK(format_decimal("229447.35") == "229,447.35");
  CHECK(format_date("2024-12-31") == "2024-12-31");
}

TEST_CASE("i18n: the Italian catalogue is built and read, plurals and contexts", "[cli][i18n]") {
  set_ui_language("it_IT.UTF-8");
  REQUIRE(catalogue_problem().empty());
  CHECK(ui_language() == "it");
  CHECK(tr("Summary") == "Riepilogo");
  CHECK(fill(trn("{n} error", "{n} errors", 1), {{"n", "1"}}) == "1 errore");
  CHECK(fill(trn("{n} error", "{n} errors", 3), {{"n", "3"}}) == "3 errori");
  CHECK(trc("kind", "plan") == "piano");
  CHECK(tr("a message nobody translated") == "a message nobody translated");
  LocalMessage m("weight {weight} of {subject} is above 100%");
  m.set("weight", Phrase().number(*Decimal::parse("120.5")).text("%")).set("subject", "2.1");
  CHECK(m.render() == "il peso 120,5% di 2.1 supera il 100%");
  set_ui_language("en");
  CHECK(m.render() == "weight 120.5% of 2.1 is above 100%");
  CHECK(tr("Summary") == "Summary");
}

TEST_CASE("i18n: --lang, else the locale, chooses the language", "[cli][i18n]") {
  const std::string file = audit_sample("target-unambitious");
  CliRun it = cli({"audit", file, "--lang", "it", "--fail-on", "none"});
  CHECK(it.code == 0);
  CHECK_THAT(it.out, Catch::StartsWith("verifica allegato: 1 documento - 0 errori, 2 avvisi, 0 info\n\nRiepilogo\n"));
  CHECK_THAT(it.out, Catch::Contains("i target di Med_Conc (meglio se più alto) sono più facili dell'ultimo valore "
                                     "di partenza 2021: 188 N.: 2023: >= 100 N., 2024: >= 100 N."));
  {
    ScopedEnv lc_all("LC_ALL", nullptr), lang("LANG", "it_IT.UTF-8");
    CliRun by_locale = cli({"audit", file, "--fail-on", "none"});
    CHECK(by_locale.out == it.out);
    CliRun english = cli({"audit", file, "--fail-on", "none", "--lang=en"});
    CHECK_THAT(english.out, Catch::StartsWith("allegato audit: 1 document - 0 errors, 2 warnings, 0 info"));
  }
  CliRun bad = cli({"audit", file, "--lang", "fr"});
  CHECK(bad.code == 2);
  CHECK_THAT(bad.err, Catch::Contains("'--lang' takes it or en, not 'fr'"));
  // The JSON contract stays English whatever the language.
  CliRun json_it = cli({"audit", file, "--lang", "it", "--format", "json"});
  CliRun json_en = cli({"audit", file, "--format", "json"});
  CHECK(json_it.out == json_en.out);
  CHECK_THAT(json_it.out, Catch::Contains("higher is better"));
}

TEST_CASE("i18n: messages use one number notation (no 64.71 next to 55,00)", "[cli][i18n]") {
  CliRun it = cli({"audit", audit_sample("weight-sum"), "--lang", "it", "--fail-on", "none"});
  CHECK_THAT(it.out, Catch::Contains("sommano a 90%"));
  CHECK_THAT(it.out, Catch::Contains("atteso 100, trovato 90,00"));
  CliRun en = cli({"audit", audit_sample("weight-sum"), "--fail-on", "none"});
  CHECK_THAT(en.out, Catch::Contains("expected 100, found 90.00"));
}

TEST_CASE("audit text: summary first, errors before warnings before info, --min-severity, --verbose",
          "[cli][audit]") {
  const std::string errors = audit_sample("weight-sum");
  const std::string infos = audit_sample("weight-rounding");
  const std::string warnings = audit_sample("target-operator");
  CliRun all = cli({"audit", errors, infos, warnings, "--fail-on", "none"});
  const auto summary = all.out.find("\nSummary\n");
  const auto e = all.out.find("\nErrors (");
  const auto w = all.out.find("\nWarnings (");
  const auto i = all.out.find("\nInfo (");
  REQUIRE(summary != std::string::npos);
  REQUIRE(e != std::string::npos);
  REQUIRE(w != std::string::npos);
  REQUIRE(i != std::string::npos);
  CHECK(summary < e);
  CHECK(e < w);
  CHECK(w < i);
  CHECK_THAT(all.out, Catch::Contains("one line per rule; --verbose lists each"));
  CHECK_THAT(all.out, Catch::Contains("      weight.rounding        1 info\n"));
  CliRun min = cli({"audit", errors, infos, warnings, "--fail-on", "none", "--min-severity", "warning"});
  CHECK(min.out.find("\nInfo (") == std::string::npos);
  CHECK(min.out.find("\nWarnings (") != std::string::npos);
  CHECK_THAT(min.out, Catch::Contains("(findings below warning not listed: --min-severity)"));
  CliRun verbose = cli({"audit", infos, "--fail-on", "none", "--verbose"});
  CHECK_THAT(verbose.out, Catch::Contains("printed rounding"));
  CHECK(cli({"audit", infos, "--min-severity", "bogus"}).code == 2);
}

TEST_CASE("small things: plurals say 1 error, not 1 errors", "[cli][audit]") {
  CliRun r = cli({"audit", audit_sample("weight-sum"), "--fail-on", "none"});
  CHECK_THAT(r.out, Catch::Contains("1 error,") && !Catch::Contains("1 errors"));
}

TEST_CASE("small things: NO_COLOR turns colours off on a terminal", "[cli][audit]") {
  CHECK(cli({"audit", audit_sample("weight-sum"), "--fail-on", "none"}, true).out.find("\x1b[") != std::string::npos);
  ScopedEnv no_color("NO_COLOR", "1");
  CHECK(cli({"audit", audit_sample("weight-sum"), "--fail-on", "none"}, true).out.find("\x1b[") == std::string::npos);
}

TEST_CASE("small things: did you mean, for commands and options", "[cli]") {
  CliRun c = cli({"improt", "x.pdf"});
  CHECK(c.code == 2);
  CHECK_THAT(c.err, Catch::Contains("did you mean 'import'?"));
  CliRun far = cli({"zzzzzz"});
  CHECK_THAT(far.err, !Catch::Contains("did you mean"));
  CliRun o = cli({"audit", "--fial-on", "none", "x.json"});
  CHECK(o.code == 2);
  CHECK_THAT(o.err, Catch::Contains("did you mean '--fail-on'?"));
  CliRun it = cli({"improt", "--lang", "it"});
  CHECK_THAT(it.err, Catch::Contains("forse intendevi 'import'?"));
}

TEST_CASE("small things: report and export say what they wrote", "[cli]") {
  const auto dir = temp_dir("i18n-wrote");
  const std::string html = (dir / "r.html").string();
  CliRun report = cli({"report", audit_sample("weight-sum"), "--no-pages", "-o", html});
  CHECK(report.code == 0);
  CHECK_THAT(report.err, Catch::Contains("wrote " + html + ": 1 error, 0 warnings, 0 info"));
  const std::string xlsx = (dir / "e.xlsx").string();
  CliRun exported = cli({"export", audit_sample("weight-sum"), "-o", xlsx});
  CHECK(exported.code == 0);
  CHECK_THAT(exported.err, Catch::Contains("wrote " + xlsx));
}

TEST_CASE("small things: export --db does not repeat reading warnings nor exit 3", "[cli]") {
  const auto dir = temp_dir("i18n-db");
  const std::string db = (dir / "p.sqlite").string();
  // A workbook read with doubt (exit 3 at import).
  const std::string doubtful = (samples_dir() / "workbook-formats" / "openpyxl.xlsx").string();
  CliRun imported = cli({"import", doubtful, "--db", db});
  INFO(imported.err);
  REQUIRE((imported.code == 0 || imported.code == 3));
  CliRun exported = cli({"export", "--db", db, "-o", (dir / "csv").string()});
  CHECK(exported.code == 0);
  CHECK_THAT(exported.err, !Catch::Contains("while reading"));
}

TEST_CASE("small things: rules says target.missing may come out as info", "[cli]") {
  CliRun r = cli({"rules"});
  CHECK_THAT(r.out, Catch::Contains("target.missing") && Catch::Contains("info when many indicators"));
  CliRun it = cli({"rules", "--lang", "it"});
  CHECK_THAT(it.out, Catch::Contains("avviso") && Catch::Contains("i pesi di pari livello"));
}

TEST_CASE("help in Italian", "[cli][i18n]") {
  CliRun r = cli({"--help", "--lang", "it"});
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("Comandi:") && Catch::Contains("--lang it|en"));
  CliRun a = cli({"audit", "--help", "--lang", "it"});
  CHECK_THAT(a.out, Catch::StartsWith("Uso: allegato audit") && Catch::Contains("Regole (vedi"));
  // Every command's summary, options and notes.
  CliRun i = cli({"import", "--help", "--lang", "it"});
  CHECK_THAT(i.out, Catch::Contains("legge i piani (PDF, XLSX, ODS, XLS, CSV) nel modello canonico") &&
                        Catch::Contains("--password PASSWORD       password di un PDF cifrato") &&
                        Catch::Contains("Codici di uscita: 0 ogni file importato") &&
                        !Catch::Contains("read plans"));
  for (const char* command : {"tables", "parse-value", "export", "report", "diff", "rules", "profiles"})
    CHECK_THAT(cli({command, "--help", "--lang", "it"}).out, Catch::StartsWith("Uso: allegato ") &&
                                                                !Catch::Contains(" the "));
}

TEST_CASE("small things: the import summary says 1 sheet, 0 nodes", "[cli]") {
  CliRun r = cli({"import", (samples_dir() / "workbook-csv" / "indicatori-cp1252.csv").string(), "--format", "summary"});
  CHECK_THAT(r.out, Catch::Contains(", 1 sheet\n") && Catch::Contains("    0 nodes, 3 indicators, 0 unassigned texts"));
  CHECK_THAT(r.out, Catch::Contains("findings: 0 errors, 0 warnings, 0 info"));
  // A workbook's column headers are not counted as page furniture.
  CliRun sheet = cli({"import", (samples_dir() / "dashboard" / "input.xlsx").string(), "--format", "summary",
                      "--lang", "it"});
  CHECK_THAT(sheet.out, Catch::Contains("14 nodi, 58 indicatori, 0 testi non assegnati (+112 intestazioni di colonna)\n"));
}

TEST_CASE("small things: the README's store queries return rows on the bundled samples", "[cli]") {
  const auto dir = temp_dir("i18n-readme");
  const std::string db = (dir / "plans.sqlite").string();
  const std::vector<std::string> inputs = {(samples_dir() / "plan" / "input.pdf").string(),
                                           (samples_dir() / "pira" / "input.pdf").string(),
                                           (samples_dir() / "dashboard" / "input.xlsx").string()};
  std::vector<std::string> args = {"import"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.insert(args.end(), {"--db", db});
  const CliRun imported = cli(args);
  REQUIRE((imported.code == 0 || imported.code == 3));
  const std::string readme = read_file(source_dir() / "README.md");
  std::vector<std::string> queries;
  const std::regex block("```sql\n([^`]*)```");
  for (auto it = std::sregex_iterator(readme.begin(), readme.end(), block); it != std::sregex_iterator(); ++it) {
    std::string q = (*it)[1].str();
    while (!q.empty() && (q.back() == '\n' || q.back() == ';' || q.back() == ' ')) q.pop_back();
    queries.push_back(q);
  }
  REQUIRE(queries.size() == 3);
  for (const auto& q : queries) CHECK(query_number(db, "SELECT count(*) FROM (" + q + ")") > 0);
  // Workbook sources have no page 0: their page is NULL.
  CHECK(query_number(db, "SELECT count(*) FROM (" + queries[2] + ") WHERE page = 0") == 0);
}

TEST_CASE("small things: the report does not count column headers as unassigned texts", "[cli]") {
  const auto dir = temp_dir("i18n-unassigned");
  const std::string html = (dir / "r.html").string();
  const std::string pdf = (samples_dir() / "plan" / "input.pdf").string();
  REQUIRE(cli({"report", pdf, "--no-pages", "-o", html}).code != 2);
  const std::string page = read_file(html);
  CHECK_THAT(page, Catch::Contains("column headers and page headers or footers, recognised as such"));
  CliRun summary = cli({"import", pdf, "--format", "summary"});
  // The report's unassigned count is the summary's (which counts headers apart).
  const std::regex counted("    [0-9]+ nodes?, [0-9]+ indicators?, ([0-9]+) unassigned");
  std::smatch m;
  REQUIRE(std::regex_search(summary.out, m, counted));
  CHECK_THAT(page, Catch::Contains("\">" + m[1].str() + "</td></tr>"));
}

TEST_CASE("corrections: a misread cell fixed in a CSV, applied on every import, recorded with what was printed",
          "[cli]") {
  const auto dir = temp_dir("i18n-corrections");
  const std::string pdf = (samples_dir() / "plan" / "input.pdf").string();
  const std::string file = (dir / "corrections.csv").string();
  {
    std::ofstream out(file, std::ios::binary);
    out << "document,subject,field,year,value\n"
        << "input.pdf,1.1.1/Nquest_customer,target,2022,>= 110 N.\n";
  }
  // Without the correction the printed 80 is easier than the baseline 105.
  CHECK_THAT(cli({"audit", pdf, "--fail-on", "none"}).out, Catch::Contains("target.unambitious  d1/1.1.1/Nquest_customer"));
  CliRun corrected = cli({"audit", pdf, "--fail-on", "none", "--corrections", file});
  CHECK(corrected.code == 0);
  CHECK_THAT(corrected.out, !Catch::Contains("target.unambitious  d1/1.1.1/Nquest_customer"));

  // Into a store, twice (a re-import replaces the document): the value stays
  // corrected, and the store says what was printed and which line fixed it.
  const std::string db = (dir / "plans.sqlite").string();
  for (int k = 0; k < 2; ++k) REQUIRE(cli({"import", pdf, "--corrections", file, "--db", db}).code != 2);
  CHECK(query_number(db, "SELECT count(*) FROM targets t JOIN indicators i USING (indicator_id) WHERE i.code = "
                    "'Nquest_customer' AND t.series = 'target' AND t.year = 2022 AND t.raw = '>= 110 N.'") == 1);
  CHECK(query_number(db, "SELECT count(*) FROM diagnostics WHERE code = 'value.corrected' AND message = 'target 2022 of "
                    "1.1.1/Nquest_customer: printed \">= 80 N.\", corrected to \">= 110 N.\" by corrections.csv line 2'") ==
        1);
  // The report lists it: what was printed, what it became, which line.
  const std::string html = (dir / "r.html").string();
  REQUIRE(cli({"report", "--db", db, "--no-pages", "-o", html}).code == 0);
  CHECK_THAT(read_file(html), Catch::Contains("id=\"corrections\"") && Catch::Contains("<del>&gt;= 80 N.</del>") &&
                                  Catch::Contains("<ins>&gt;= 110 N.</ins>") &&
                                  Catch::Contains("corrections.csv line 2"));

  // A line that matches nothing is a warning, not silence; a bad file an error.
  {
    std::ofstream out(file, std::ios::binary);
    out << "document;subject;field;year;value\ninput.pdf;Nessuno;weight;;10%\n";
  }
  CliRun unmatched = cli({"import", pdf, "--corrections", file, "--format", "summary"});
  CHECK(unmatched.code == 3);
  CHECK_THAT(unmatched.out, Catch::Contains("correction by corrections.csv line 2 (Nessuno weight) was not applied"));
  {
    std::ofstream out(file, std::ios::binary);
    out << "doc,what\n";
  }
  CliRun bad = cli({"import", pdf, "--corrections", file});
  CHECK(bad.code == 2);
  CHECK_THAT(bad.err, Catch::Contains("document,subject,field,year,value"));
}

TEST_CASE("diff in Italian", "[cli][i18n]") {
  const auto fixtures = source_dir() / "tests" / "outputs" / "fixtures";
  CliRun r = cli({"diff", (fixtures / "plan_2022_a.json").string(), (fixtures / "plan_2022_amended.json").string(),
                  "--lang", "it"});
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("1 aggiunto, 1 rimosso") && Catch::Contains("\nRimossi\n  - indicatore ") &&
                        Catch::Contains("      target 2022: >= 80 N. -> >= 90 N.") && Catch::Contains("  in p. 1 (x "));
}

TEST_CASE("usage errors in Italian", "[cli][i18n]") {
  CliRun r = cli({"audit", "x.json", "--fail-on", "spesso", "--lang", "it"});
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("errore: l'opzione '--fail-on' accetta error|warning|info|none, non 'spesso'"));
  CliRun v = cli({"audit", "--format", "--lang", "it"});
  CHECK_THAT(v.err, Catch::Contains("richiede un valore (FORMAT)"));
}

TEST_CASE("the Italian report runs in a browser: the script counts in Italian, the tree folds", "[cli][i18n][chromium]") {
  if (std::system("command -v chromium >/dev/null 2>&1") != 0) {
    WARN("chromium is not installed: the browser check of the Italian report is skipped");
    return;
  }
  const auto dir = temp_dir("i18n-chromium");
  const std::string html = (dir / "report.html").string();
  REQUIRE(cli({"report", (samples_dir() / "plan" / "input.pdf").string(), "--lang", "it", "--dpi", "40", "-o", html})
              .code != 2);
  const std::string dom = (dir / "dom.html").string();
  const std::string command = "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                              "--disable-background-networking --disable-component-update --disable-sync "
                              "--user-data-dir=" + (dir / "profile").string() +
                              " --dump-dom 'file://" + html + "#filter?severity=warning' > " + dom + " 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string after = read_file(dom);
  CHECK(after.find("data-ready=\"1\"") != std::string::npos);
  CHECK(std::regex_search(after, std::regex("<p id=\"finding-count\"[^>]*>[0-9]+ rilievi mostrati su [0-9]+</p>")));
  CHECK(after.find("<details open=\"\"><summary>") != std::string::npos);
}

TEST_CASE("i18n: the import summary speaks the user's language", "[cli][i18n]") {
  const std::string pira = (samples_dir() / "pira" / "input.pdf").string();
  const CliRun it = cli({"--lang", "it", "import", pira, "--format", "summary"});
  CHECK(it.out.find("7 pagine") != std::string::npos);
  CHECK(it.out.find("16 nodi, 31 indicatori") != std::string::npos);
  CHECK(it.out.find("rilievi: 0 errori, 3 avvisi") != std::string::npos);
  const CliRun en = cli({"--lang", "en", "import", pira, "--format", "summary"});
  CHECK(en.out.find("16 nodes, 31 indicators") != std::string::npos);
  CHECK(en.out.find("findings: 0 errors, 3 warnings") != std::string::npos);
}

TEST_CASE("corrections last: a document already stored is read again when its corrections change", "[cli]") {
  const auto dir = temp_dir("i18n-corrections-last");
  const std::string pdf = (samples_dir() / "plan" / "input.pdf").string();
  const std::string file = (dir / "fixes.csv").string();
  const std::string db = (dir / "plans.sqlite").string();
  auto write_fix = [&](const std::string& value) {
    write_file(file, "document,subject,field,year,value\n# the annex prints 80, the council approved 110\n"
                     "input.pdf,Nquest_customer,target,2022," + value + "\n");
  };
  const std::string target_2022 =
      "SELECT count(*) FROM targets t JOIN indicators i USING (indicator_id) WHERE i.code = 'Nquest_customer' AND "
      "t.series = 'target' AND t.year = 2022 AND t.raw = ";

  // Stored first as printed.
  REQUIRE(cli({"import", pdf, "--db", db}).code != 2);
  CHECK(query_number(db, target_2022 + "'>= 80 N.'") == 1);

  // The same bytes again, now with a correction: not skipped, corrected.
  write_fix(">= 110 N.");
  CliRun fixed = cli({"import", pdf, "--db", db, "--corrections", file});
  REQUIRE(fixed.code != 2);
  CHECK_THAT(fixed.err, Catch::Contains("imported 1 of 1 file") && !Catch::Contains("skipped"));
  CHECK(query_number(db, target_2022 + "'>= 110 N.'") == 1);
  // The store keeps the correction with the value: printed, file, line, cell.
  CHECK(query_number(db, "SELECT count(*) FROM corrections c JOIN sources s USING (source_id) WHERE "
                         "c.subject_local_id = '1.1.1/Nquest_customer' AND c.field = 'target' AND c.year = 2022 AND "
                         "c.printed = '>= 80 N.' AND c.value = '>= 110 N.' AND c.file = 'fixes.csv' AND c.line = 3 "
                         "AND s.page = 1") == 1);
  CHECK(query_number(db, "SELECT count(*) FROM documents") == 1);

  // Same corrections: nothing to do.
  CliRun again = cli({"import", pdf, "--db", db, "--corrections", file});
  CHECK_THAT(again.err, Catch::Contains("1 skipped"));
  // Without --corrections the stored correction is kept, not undone.
  CHECK_THAT(cli({"import", pdf, "--db", db}).err, Catch::Contains("1 skipped"));
  CHECK(query_number(db, target_2022 + "'>= 110 N.'") == 1);

  // A changed line is applied on the next import.
  write_fix(">= 120 N.");
  CHECK_THAT(cli({"import", pdf, "--db", db, "--corrections", file}).err, Catch::Contains("imported 1 of 1 file"));
  CHECK(query_number(db, target_2022 + "'>= 120 N.'") == 1);
  CHECK(query_number(db, "SELECT count(*) FROM corrections WHERE value = '>= 120 N.' AND printed = '>= 80 N.'") == 1);

  // Loaded back from the store, the value still says what was printed.
  const std::string html = (dir / "r.html").string();
  REQUIRE(cli({"report", "--db", db, "--no-pages", "-o", html, "--lang", "it"}).code == 0);
  const std::string report = read_file(html);
  CHECK_THAT(report, Catch::Contains("<h3 id=\"corrections\">Correzioni</h3>") &&
                         Catch::Contains("<del>&gt;= 80 N.</del>") && Catch::Contains("<ins>&gt;= 120 N.</ins>") &&
                         Catch::Contains("fixes.csv riga 3"));
  // The cell in the objective tree is marked, its title says what was printed.
  CHECK_THAT(report, Catch::Contains("class=\"num corrected\" title=\"stampato &quot;&gt;= 80 N.&quot;, corretto da "
                                     "fixes.csv riga 3\">&gt;= 120 N.</td>"));
}

TEST_CASE("corrections: the JSON model keeps each corrected value with what was printed and where from", "[cli]") {
  const auto dir = temp_dir("i18n-corrections-json");
  const std::string pdf = (samples_dir() / "plan" / "input.pdf").string();
  const std::string file = (dir / "fixes.csv").string();
  write_file(file, "document,subject,field,year,value\ninput.pdf,Nquest_customer,target,2022,>= 110 N.\n"
                   "input.pdf,Nquest_customer,name,,Customer satisfaction survey\n");
  CliRun r = cli({"import", pdf, "--corrections", file, "--format", "json", "--no-audit"});
  REQUIRE(r.code != 2);
  CHECK_THAT(r.out, Catch::Contains("\"raw\": \">= 110 N.\"") &&
                        Catch::Contains("\"corrected\": {\n") && Catch::Contains("\"printed\": \">= 80 N.\"") &&
                        Catch::Contains("\"file\": \"fixes.csv\"") && Catch::Contains("\"line\": 2"));
  CHECK_THAT(r.out, Catch::Contains("\"corrected_fields\": [") && Catch::Contains("\"field\": \"name\""));
  // Saved and audited again, the model keeps them.
  const std::string saved = (dir / "model.json").string();
  write_file(saved, r.out);
  CliRun round = cli({"import", saved, "--format", "json", "--no-audit"});
  CHECK_THAT(round.out, Catch::Contains("\"printed\": \">= 80 N.\"") && Catch::Contains("\"corrected_fields\": ["));
}

TEST_CASE("reading errors and warnings in Italian, JSON and English unchanged", "[cli][i18n]") {
  const auto dir = temp_dir("i18n-reading");
  const std::string encrypted = (samples_dir() / "layout-encrypted" / "input.pdf").string();
  CliRun locked = cli({"import", encrypted, "--lang", "it"});
  CHECK(locked.code == 2);
  CHECK_THAT(locked.err, Catch::Contains("errore: ") && Catch::Contains("il PDF è protetto da password (indica la "
                                                                        "password con --password)"));
  CHECK_THAT(cli({"import", encrypted}).err, Catch::Contains("the PDF is encrypted with a password (pass the password "
                                                             "with --password)"));

  const std::string empty = (dir / "vuoto.pdf").string();
  write_file(empty, "");
  CHECK_THAT(cli({"import", empty, "--lang", "it"}).err,
             Catch::Contains("il file è vuoto (controlla che lo scaricamento sia terminato)"));

  // A device is named as given, not by the temporary copy read from it.
  CliRun device = cli({"import", "/dev/null", "--lang", "it"});
  CHECK(device.code == 2);
  CHECK_THAT(device.err, Catch::Contains("errore: /dev/null: il file è vuoto") && !Catch::Contains("allegato-input"));

  const std::string truncated = (dir / "troncato.pdf").string();
  write_file(truncated, read_file((samples_dir() / "plan" / "input.pdf").string()).substr(0, 3000));
  CHECK_THAT(cli({"import", truncated, "--lang", "it"}).err,
             Catch::Contains("non è un PDF leggibile: danneggiato, troncato o non un PDF"));

  const std::string wrong = (dir / "piano.xlsx").string();
  write_file(wrong, "non sono un foglio di calcolo\n");
  CHECK_THAT(cli({"import", wrong, "--lang", "it"}).err,
             Catch::Contains("ha estensione .xlsx ma non è un file xlsx"));

  const std::string multipage = (samples_dir() / "layout-multipage" / "input.pdf").string();
  CliRun big = cli({"import", multipage, "--max-pages", "1", "--lang", "it"});
  CHECK(big.code == 2);
  CHECK_THAT(big.err, Catch::Contains("limite pages superato: ") &&
                          Catch::Contains("(se il file è affidabile, alza il limite con --max-pages)"));

  // A reading warning: in Italian for people, English in the JSON.
  const std::string xls = (samples_dir() / "workbook-formats" / "libreoffice.xls").string();
  CliRun summary = cli({"import", xls, "--format", "summary", "--lang", "it"});
  CHECK_THAT(summary.out, Catch::Contains("foglio 'Obiettivi' cella E8: mostra l'errore #DIV/0!"));
  CHECK_THAT(summary.err, Catch::Contains("avviso durante la lettura") || Catch::Contains("avvisi durante la lettura"));
  CliRun json = cli({"import", xls, "--format", "json", "--lang", "it"});
  CHECK_THAT(json.out, Catch::Contains("\"message\": \"sheet 'Obiettivi' cell E8 shows the error #DIV/0!\""));

  // The batch summary speaks Italian with real plurals.
  CliRun batch = cli({"import", (samples_dir() / "plan" / "input.pdf").string(), empty, "--lang", "it",
                      "--format", "summary"});
  CHECK_THAT(batch.err, Catch::Contains("errore: ") && Catch::Contains("il file è vuoto") &&
                            Catch::Contains("allegato: importati 1 su 2 file; 1 non riuscito (indicato sopra)"));
}

TEST_CASE("cells circled: with several documents, each finding's cells are on its own document", "[cli]") {
  // Read together, the dashboard is the second document: the cells of its
  // findings (each target of a declining series) must name d2, not the d1
  // each file had when read alone.
  CliRun r = cli({"audit", (samples_dir() / "assignment" / "input.pdf").string(),
                  (samples_dir() / "dashboard" / "input.xlsx").string(), "--format", "json", "--fail-on", "none"});
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out);
  int checked = 0;
  for (const auto& f : j.at("findings")) {
    const std::string subject = f.at("subject").get<std::string>();
    const std::string doc = subject.substr(0, subject.find('/'));
    for (const auto& s : f.at("sources")) {
      CHECK(s.at("doc").get<std::string>() == doc);
      ++checked;
    }
  }
  CHECK(checked > 5);
}

TEST_CASE("cells circled: a target easier than the baseline boxes the baseline and the target, not only the name",
          "[cli]") {
  const std::string pdf = (samples_dir() / "plan" / "input.pdf").string();
  // Straight from the file, and from a store (which keeps each value's cell).
  const std::string db = (temp_dir("i18n-cells-store") / "plans.sqlite").string();
  REQUIRE(cli({"import", pdf, "--db", db}).code != 2);
  const bool from_store = GENERATE(false, true);
  CliRun r = from_store ? cli({"audit", "--db", db, "--format", "json", "--fail-on", "none"})
                        : cli({"audit", pdf, "--format", "json", "--fail-on", "none"});
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& f : j.at("findings")) {
    if (f.at("rule") != "target.unambitious" || f.at("subject") != "d1/1.1.1/Nquest_customer") continue;
    found = true;
    std::vector<std::string> labels;
    for (const auto& s : f.at("sources")) {
      labels.push_back(s.value("label", ""));
      CHECK(s.at("page") == 1);
    }
    // The indicator's row, the latest baseline (2021: 105 N.), the easier target (2022: >= 80 N.).
    CHECK(labels == std::vector<std::string>{"", "baseline 2021", "target 2022"});
  }
  CHECK(found);
}

TEST_CASE("small things: the report's weight sums count with the language's plural (su 1 figlio)", "[cli][i18n]") {
  const auto dir = temp_dir("i18n-report-plural");
  const std::string html = (dir / "r.html").string();
  REQUIRE(cli({"report", (samples_dir() / "report" / "input.pdf").string(), "--no-pages", "-o", html, "--lang", "it"})
              .code == 0);
  const std::string text = read_file(html);
  CHECK_THAT(text, Catch::Contains("% su 1 figlio</span>") && Catch::Contains("% su 4 figli</span>") &&
                       !Catch::Contains("su 1 figli<"));
}

TEST_CASE("small things: tables --explain and profiles speak the user's language, with plurals", "[cli][i18n]") {
  CliRun explain = cli({"tables", (samples_dir() / "layout-ruled" / "input.pdf").string(), "--format", "text",
                        "--explain", "--lang", "it"});
  REQUIRE(explain.code == 0);
  CHECK_THAT(explain.err, Catch::Contains("pagina 1: ") && Catch::Contains("1 area di tabella\n") &&
                              Catch::Contains("risultato: 1 tabella, ") && !Catch::Contains("(s)"));
  CliRun profile = cli({"profiles", (source_dir() / "profiles" / "plan.json").string(), "--lang", "it"});
  CHECK_THAT(profile.out, Catch::Contains(": profilo 'plan' (tipo plan), ") && Catch::Contains(": valido\n"));
  CHECK_THAT(cli({"profiles", "--lang", "it"}).out, Catch::StartsWith("profili di impaginazione incorporati"));
  // A profile with a mistake says which field and what it may hold.
  const std::string bad = (temp_dir("i18n-profile") / "mio.json").string();
  write_file(bad, R"({"profile": "mio", "kind": "piano"})");
  CliRun wrong = cli({"profiles", bad, "--lang", "it"});
  CHECK(wrong.code == 2);
  CHECK_THAT(wrong.err, Catch::Contains("'kind' deve essere uno tra ") && Catch::Contains("vedi docs/profiles.md"));
  CHECK_THAT(cli({"profiles", bad}).err, Catch::Contains("'kind' must be one of "));
}
