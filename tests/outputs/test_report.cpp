#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/sha256.hpp"
#include "i18n/i18n.hpp"
#include "outputs/html_report.hpp"
#include "outputs/html_text.hpp"
#include "outputs/progress.hpp"
#include "outputs_fixtures.hpp"

using namespace allegato;
using namespace allegato::testing;
namespace fs = std::filesystem;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
  return n;
}

// The fixture's sha256 is a stand-in; the report draws boxes only on the
// very file imported, so the tests give the sample's real hash.
Model fixture_with_real_pdf() {
  Model model = load_fixture("plan_2022.json");
  if (fs::exists(model.documents[0].path)) model.documents[0].sha256 = sha256_hex(read_file(model.documents[0].path));
  return model;
}

bool have_chromium() { return std::system("command -v chromium >/dev/null 2>&1") == 0; }

std::string chromium(const fs::path& profile) {
  return "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
         "--disable-background-networking --disable-component-update --disable-sync --user-data-dir=" +
         profile.string();
}

}  // namespace

TEST_CASE("base64 and escaping", "[report]") {
  CHECK(base64_encode("") == "");
  CHECK(base64_encode("f") == "Zg==");
  CHECK(base64_encode("fo") == "Zm8=");
  CHECK(base64_encode("foo") == "Zm9v");
  CHECK(base64_encode("foobar") == "Zm9vYmFy");
  CHECK(html_escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
}

TEST_CASE("the report holds summary, tree and every finding, self-contained", "[report]") {
  const Model model = fixture_with_real_pdf();
  ReportStats stats;
  const std::string html = render_html_report(model, {}, &stats);
  CHECK(count(html, "<li class=\"finding ") == model.findings.size());
  CHECK(html.find("id=\"summary\"") != std::string::npos);
  CHECK(html.find("id=\"node-d1/1.1.1\"") != std::string::npos);
  CHECK(html.find("id=\"ind-d1/1.1.1/Nquest_customer\"") != std::string::npos);
  // Weights of the areas of d2 sum to 99.00%: the bar says so in red.
  CHECK(html.find("<span class=\"sum bad\">&Sigma; 99.00% over 2 top-level nodes") != std::string::npos);
  CHECK(html.find("<span class=\"sum ok\">&Sigma; 100.00% over 2 children") != std::string::npos);
  // The bars have a legend: one swatch per sibling, in the bar's colours.
  CHECK(html.find("<div class=\"legend\"><span><i style=\"background:#2e90fa\"></i>") != std::string::npos);
  // Workbook findings name their sheet and cells, each in its own colour.
  CHECK(html.find("sheet Obiettivi") != std::string::npos);
  CHECK(html.find("<code style=\"border-color:#d92d20\">C3</code>") != std::string::npos);
  CHECK(html.find("<code style=\"border-color:#1570ef\">C9</code>") != std::string::npos);
  // The findings come first, then the summary tables, then the tree.
  CHECK(html.find("id=\"findings\"") < html.find("id=\"summary\""));
  CHECK(html.find("id=\"summary\"") < html.find("id=\"tree\""));
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  // Nothing from the network: no remote URL in any src/href.
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("href=\"http") == std::string::npos);
  CHECK(html.find("<link ") == std::string::npos);
  // Every PDF finding is on page 1 of the sample: rendered and embedded once,
  // with one highlight per source box.
  if (fs::exists(model.documents[0].path)) {
    CHECK(stats.pages_rendered == 1);
    CHECK(count(html, "data:image/png;base64,") == 1);
    CHECK(count(html, "<use href=\"#page-1\"/>") == 4);
    CHECK(count(html, "<rect class=\"hl\"") == 6);
    CHECK(stats.notes.empty());
  } else {
    WARN("samples/plan/input.pdf is missing: page pictures not checked");
  }
}

TEST_CASE("the report in Italian: lang, headings, numbers, print keeps a finding with its picture", "[report]") {
  const Model model = fixture_with_real_pdf();
  ReportOptions options;
  options.page_images = false;
  set_ui_language("it");
  const std::string html = render_html_report(model, options);
  set_ui_language("en");
  CHECK(html.find("<html lang=\"it\">") != std::string::npos);
  CHECK(html.find("<title>allegato - rapporto di verifica</title>") != std::string::npos);
  CHECK(html.find("<h2>Rilievi</h2>") != std::string::npos);
  CHECK(html.find("&Sigma; 99,00% su 2 elementi di primo livello") != std::string::npos);
  CHECK(html.find(">errore</span>") != std::string::npos);
  CHECK(html.find("data-template=\"{shown} rilievi mostrati su {total}\"") != std::string::npos);
  // Print: no filters, a finding and its crop never split across pages.
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("li.finding, figure.page, table.indicators tr, .cards { break-inside: avoid;") != std::string::npos);
  // The tree folds: nodes with content are <details>, the top level open.
  CHECK(html.find("<details open><summary>") != std::string::npos);
}

TEST_CASE("no boxes on a file that changed since it was imported", "[report]") {
  const Model model = load_fixture("plan_2022.json");  // stand-in sha256
  if (!fs::exists(model.documents[0].path)) return;
  ReportStats stats;
  const std::string html = render_html_report(model, {}, &stats);
  CHECK(html.find("data:image/png") == std::string::npos);
  CHECK(html.find("sha256 differs") != std::string::npos);
  CHECK(stats.pages_rendered == 0);
}

TEST_CASE("a report without the PDF at hand still shows where each finding is", "[report]") {
  Model model = load_fixture("plan_2022.json");
  model.documents[0].path = "no/such/file.pdf";
  ReportStats stats;
  const std::string html = render_html_report(model, {}, &stats);
  CHECK(count(html, "<li class=\"finding ") == model.findings.size());
  CHECK(html.find("data:image/png") == std::string::npos);
  CHECK(html.find("d1 page 1 [736.0 228.7 770.0 235.9]") != std::string::npos);
  REQUIRE(stats.notes.size() == 1);
  CHECK(stats.notes[0].find("no/such/file.pdf") != std::string::npos);
}

TEST_CASE("the report works in a browser: filters ran, findings in the DOM, picture not blank", "[report][chromium]") {
  if (!have_chromium()) {
    WARN("chromium is not installed: the browser check of the HTML report is skipped");
    return;
  }
  const Model model = fixture_with_real_pdf();
  const auto dir = temp_dir("report-chromium");
  const fs::path html_path = dir / "report.html";
  write_file(html_path, render_html_report(model));

  const fs::path dom = dir / "dom.html";
  const auto start = std::chrono::steady_clock::now();
  const std::string dump = chromium(dir / "profile-dom") + " --dump-dom file://" + html_path.string() + " > " +
                           dom.string() + " 2>/dev/null";
  REQUIRE(std::system(dump.c_str()) == 0);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string after_js = read_file(dom);
  CHECK(after_js.find("data-ready=\"1\"") != std::string::npos);
  CHECK(after_js.find(std::to_string(model.findings.size()) + " of " + std::to_string(model.findings.size()) +
                      " findings shown") != std::string::npos);
  CHECK(count(after_js, "<li class=\"finding ") == model.findings.size());
  INFO("chromium --dump-dom took " << seconds << " s");
  CHECK(seconds < 30);

  // The filters run in the browser: a preset in the URL keeps the one error.
  const fs::path filtered = dir / "filtered.html";
  const std::string dump_filtered = chromium(dir / "profile-filter") + " --dump-dom 'file://" + html_path.string() +
                                    "#filter?severity=error' > " + filtered.string() + " 2>/dev/null";
  REQUIRE(std::system(dump_filtered.c_str()) == 0);
  const std::string after_filter = read_file(filtered);
  CHECK(after_filter.find("1 of " + std::to_string(model.findings.size()) + " findings shown") != std::string::npos);
  CHECK(count(after_filter, "\" hidden=\"\"") == model.findings.size() - 1);

  const fs::path png = dir / "report.png";
  const std::string shot = chromium(dir / "profile-shot") + " --window-size=1280,2000 --screenshot=" + png.string() +
                           " file://" + html_path.string() + " >/dev/null 2>&1";
  REQUIRE(std::system(shot.c_str()) == 0);
  REQUIRE(fs::exists(png));
  const std::string bytes = read_file(png);
  REQUIRE(bytes.size() > 24);
  CHECK(bytes.compare(1, 3, "PNG") == 0);
  CHECK(bytes.compare(12, 4, "IHDR") == 0);
  const auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) << 24) |
           (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
           (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
           static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 3]));
  };
  CHECK(be32(16) == 1280);
  CHECK(be32(20) == 2000);
  // A blank 1280x2000 page compresses to a few kilobytes; text, tables and
  // page pictures need far more.
  CHECK(bytes.size() > 60000);
}

TEST_CASE("progress shows on a terminal only, for more than one file", "[progress]") {
  std::ostringstream tty, pipe, single;
  {
    Progress p(tty, true, 3);
    p.step("a.pdf");
    p.step("b.xlsx");
  }
  CHECK(tty.str().find("\r[1/3] a.pdf") != std::string::npos);
  CHECK(tty.str().find("\r[2/3] b.xlsx") != std::string::npos);
  CHECK(tty.str().back() == '\r');
  {
    Progress p(pipe, false, 3);
    p.step("a.pdf");
  }
  CHECK(pipe.str().empty());
  {
    Progress p(single, true, 1);
    p.step("a.pdf");
  }
  CHECK(single.str().empty());
}

TEST_CASE("progress shows the time left and prints a failure on a line of its own", "[progress]") {
  std::ostringstream tty, pipe;
  {
    Progress p(tty, true, 4);
    p.step("a.pdf");
    p.finished();
    p.line("error: a.pdf: the PDF is encrypted");
    p.step("b.pdf");
  }
  const std::string shown = tty.str();
  CHECK(shown.find("error: a.pdf: the PDF is encrypted\n") != std::string::npos);
  CHECK(shown.find("[2/4, ") != std::string::npos);
  CHECK(shown.find(" left] b.pdf") != std::string::npos);
  {
    Progress p(pipe, false, 4);
    p.step("a.pdf");
    p.line("error: not shown here");
  }
  CHECK(pipe.str().empty());
}
