// Workbook parts are streamed: memory holds one element (a row, a string),
// never a whole inflated part. The parser is checked on its own (chunk
// boundaries anywhere, the checks pugixml made on a whole part), then the
// readers' peak memory on parts far larger than what they hold.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"
#include "test_support.hpp"
#include "workbook/workbook_reader.hpp"
#include "workbook/xml_stream.hpp"

using namespace allegato;
namespace fs = std::filesystem;

namespace {

// Records every event as text, to compare a chunked run with a whole one.
struct Recorder : XmlStreamHandler {
  std::string log;
  Action open(const std::vector<std::string>& path) override {
    const std::string& name = path.back();
    if (name == "row" || name == "si") return Action::collect;
    if (name == "skipped") return Action::skip;
    return Action::descend;
  }
  void start(const std::vector<std::string>& path, const pugi::xml_node& tag) override {
    log += "start " + path.back() + " a=" + tag.attribute("a").value() + "\n";
  }
  void element(const std::vector<std::string>& path, const pugi::xml_node& element) override {
    log += "element " + std::to_string(path.size()) + " " + element.name() + " [" + element.child_value("v") + "|" +
           element.attribute("r").value() + "]\n";
  }
  void close(const std::vector<std::string>& path) override { log += "close " + path.back() + "\n"; }
};

std::string run_in_chunks(const std::string& xml, std::size_t chunk, std::uint64_t max_element = 1 << 20) {
  Recorder recorder;
  XmlStreamParser parser(recorder, "test.xlsx", "part.xml", max_element);
  for (std::size_t at = 0; at < xml.size(); at += chunk) parser.feed(xml.data() + at, std::min(chunk, xml.size() - at));
  parser.finish();
  return recorder.log;
}

std::string error_code(const std::string& xml, std::uint64_t max_element = 1 << 20) {
  try {
    run_in_chunks(xml, 7, max_element);
  } catch (const ImportError& e) {
    CHECK_FALSE(e.hint().empty());
    return e.code();
  }
  return "no error";
}

}  // namespace

TEST_CASE("the XML stream cuts the same elements whatever the chunk size", "[workbook][stream]") {
  const std::string xml =
      "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<x:sheet a=\"1 &amp; 2\" xmlns:x=\"urn:x\"><!-- a comment with <row> inside -->"
      "<data a='q\"&gt;'><row r=\"1\"><v>uno &lt;due&gt; &#232;</v></row>\n  "
      "<row r='2'><v><![CDATA[<tre> & ]]></v></row><row r=\"3\"/>"
      "<skipped><row r=\"9\"><v>never</v></row></skipped><?pi data?></data >"
      "<si r=\"s\"><v>stringa</v></si></x:sheet>";
  const std::string whole = run_in_chunks(xml, xml.size());
  CHECK(whole ==
        "start x:sheet a=1 & 2\n"
        "start data a=q\">\n"
        "element 3 row [uno <due> \xC3\xA8|1]\n"
        "element 3 row [<tre> & |2]\n"
        "element 3 row [|3]\n"
        "close data\n"
        "element 2 si [stringa|s]\n"
        "close x:sheet\n");
  for (std::size_t chunk : {1, 2, 3, 5, 8, 13, 64}) {
    INFO("chunk " << chunk);
    CHECK(run_in_chunks(xml, chunk) == whole);
  }
}

TEST_CASE("the XML stream refuses what a whole-part parse refused", "[workbook][stream][hostile]") {
  CHECK(error_code("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>") == "workbook.dtd");
  CHECK(error_code("<x><row><v>&a;</v></row><!ENTITY a \"b\"></x>") == "workbook.dtd");
  CHECK(error_code("<x><data><row>") == "workbook.corrupt");
  CHECK(error_code("<x><data></row></x>") == "workbook.corrupt");
  CHECK(error_code("<x><row><v>1</w></row></x>") == "workbook.corrupt");
  CHECK(error_code("<x/><y/>") == "workbook.corrupt");
  CHECK(error_code("") == "workbook.corrupt");
  CHECK(error_code("   ") == "workbook.corrupt");
  CHECK(error_code("<x><!-- never closed") == "workbook.corrupt");
  CHECK(error_code(std::string("\xFF\xFE<\0x\0/\0>\0", 10)) == "workbook.encoding");
  CHECK(error_code("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><x/>") == "workbook.encoding");
  // One element larger than the limit is refused while it is being read.
  const std::string big_row = "<x><row><v>" + std::string(5000, 'a') + "</v></row></x>";
  CHECK(error_code(big_row, 4096) == "limit.xml_element");
  CHECK(error_code(big_row, 8192) == "no error");
  // A long comment or text outside any collected element costs nothing.
  CHECK(error_code("<x><!--" + std::string(50000, '-') + " --><data>" + std::string(50000, ' ') + "</data></x>", 4096) ==
        "no error");
}

namespace {

// Writes a zip whose entries are made on the fly by `make(entry, offset)`:
// the fixture's hundreds of megabytes are never held by the test itself.
struct Generated {
  std::string head;
  std::string filler;  // repeated `repeats` times between head and tail
  std::uint64_t repeats = 0;
  std::string tail;
  std::uint64_t offset = 0;
  std::uint64_t size() const { return head.size() + filler.size() * repeats + tail.size(); }
};

zip_int64_t generate(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
  auto* g = static_cast<Generated*>(state);
  switch (cmd) {
    case ZIP_SOURCE_OPEN:
      g->offset = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      auto* out = static_cast<char*>(data);
      zip_uint64_t written = 0;
      while (written < len && g->offset < g->size()) {
        const std::uint64_t body = g->filler.size() * g->repeats;
        char c;
        if (g->offset < g->head.size()) c = g->head[g->offset];
        else if (g->offset < g->head.size() + body) c = g->filler[(g->offset - g->head.size()) % g->filler.size()];
        else c = g->tail[g->offset - g->head.size() - body];
        out[written++] = c;
        ++g->offset;
      }
      return static_cast<zip_int64_t>(written);
    }
    case ZIP_SOURCE_CLOSE:
      return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      st->size = g->size();
      st->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, -1);
    default:
      return -1;
  }
}

void write_generated_zip(const fs::path& path, std::vector<std::pair<std::string, Generated>>& entries) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(z);
  for (auto& [name, g] : entries) {
    zip_source_t* src = zip_source_function(z, generate, &g);
    REQUIRE(src);
    REQUIRE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(z) == 0);
}

Generated whole(const std::string& text) { return {text, " ", 0, "", 0}; }

// The peak memory (KiB) that reading `path` adds, in a child process so that
// the test binary's own high-water mark does not count; -1 if the read threw.
long read_peak_kib(const fs::path& path, const std::string& format) {
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int code = 0;
    try {
      read_workbook(path.string(), format);
    } catch (...) {
      code = 1;
    }
    _exit(code);
  }
  int status = 0;
  struct rusage usage {};
  REQUIRE(wait4(pid, &status, 0, &usage) == pid);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  return usage.ru_maxrss;
}

long current_rss_kib() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

constexpr std::uint64_t kPadding = 128ull << 20;  // inflated bytes of white space

}  // namespace

TEST_CASE("a sheet part far larger than its cells is read in bounded memory", "[workbook][stream][limits]") {
  auto dir = testing::temp_dir("wb-stream-memory");
  const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
  const std::string row = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>42</v></c></row>";
  // Indentation is legal anywhere between elements: 128 MB of it between the
  // rows, and as much between the shared strings.
  std::vector<std::pair<std::string, Generated>> xlsx = {
      {"xl/workbook.xml", whole("<workbook " + ns + " xmlns:r=\"urn:r\"><sheets><sheet name=\"Foglio1\" sheetId=\"1\" "
                                                    "r:id=\"rId1\"/></sheets></workbook>")},
      {"xl/_rels/workbook.xml.rels",
       whole("<Relationships><Relationship Id=\"rId1\" Type=\"http://x/relationships/worksheet\" "
             "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://x/relationships/sharedStrings\" "
             "Target=\"sharedStrings.xml\"/></Relationships>")},
      {"xl/sharedStrings.xml", {"<sst " + ns + "><si><t>Peso</t></si>", "\n ", kPadding / 2, "</sst>", 0}},
      {"xl/worksheets/sheet1.xml",
       {"<worksheet " + ns + "><sheetData>" + row, "\n    ", kPadding / 5,
        "</sheetData><mergeCells count=\"0\"/></worksheet>", 0}},
  };
  write_generated_zip(dir / "padded.xlsx", xlsx);
  REQUIRE(fs::file_size(dir / "padded.xlsx") < 2'000'000);

  const std::string ods_ns =
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
  std::vector<std::pair<std::string, Generated>> ods = {
      {"content.xml",
       {"<office:document-content " + ods_ns +
            "><office:body><office:spreadsheet><table:table table:name=\"Foglio1\"><table:table-row>"
            "<table:table-cell office:value-type=\"string\"><text:p>Peso</text:p></table:table-cell></table:table-row>",
        "\n      ", kPadding / 7, "</table:table></office:spreadsheet></office:body></office:document-content>", 0}},
  };
  write_generated_zip(dir / "padded.ods", ods);

  // What the process holds before reading: the test binary and its libraries.
  const long baseline = current_rss_kib();
  for (const auto& [file, format] : {std::pair<std::string, std::string>{"padded.xlsx", "xlsx"}, {"padded.ods", "ods"}}) {
    INFO(file << ": baseline " << baseline << " KiB");
    const long peak = read_peak_kib(dir / file, format);
    REQUIRE(peak > 0);
    // Whole parts took more than the padding itself (128 MB and a parse);
    // streamed, the reader holds a chunk and a row.
    CHECK(peak - baseline < 48 * 1024);
  }
  auto doc = read_workbook((dir / "padded.xlsx").string(), "xlsx");
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].at(0, 0)->text == "Peso");
  CHECK(doc.tables[0].at(0, 1)->text == "42");
}
