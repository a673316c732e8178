#include "app/pipeline.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/diagnostics.hpp"
#include "core/sha256.hpp"
#include "genres/genres.hpp"
#include "model/json_io.hpp"
#include "pdf/pdf_reader.hpp"
#include "workbook/workbook_reader.hpp"

namespace allegato {
namespace fs = std::filesystem;

namespace {
std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
  return ext;
}

std::string read_head(const std::string& path, std::size_t n) {
  std::ifstream in(path, std::ios::binary);
  std::string head(n, '\0');
  in.read(head.data(), static_cast<std::streamsize>(n));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}
}  // namespace

std::string sniff_format(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    throw ImportError("input.missing", path, "no such file", "check the path");
  }
  if (fs::is_directory(path, ec)) {
    throw ImportError("input.directory", path, "is a directory, not a file", "give the files inside it");
  }
  auto size = fs::file_size(path, ec);
  if (ec) throw ImportError("input.unreadable", path, "cannot read the file: " + ec.message());
  if (size == 0) throw ImportError("input.empty", path, "the file is empty", "check that the download completed");

  const std::string head = read_head(path, 1024);
  const std::string ext = lower_extension(path);
  if (head.find("%PDF-") != std::string::npos && head.find("%PDF-") < 1024) return "pdf";
  if (head.rfind("PK\x03\x04", 0) == 0 || head.rfind("PK\x05\x06", 0) == 0) {
    // Both XLSX and ODS are zip files; ODS names its mimetype first.
    if (head.find("application/vnd.oasis.opendocument.spreadsheet") != std::string::npos || ext == "ods") return "ods";
    return "xlsx";
  }
  if (head.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0) return "xls";
  std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  // By extension too, so that a damaged model gets the JSON reader's message.
  if (ext == "json" || (first != std::string::npos && head[first] == '{' && head.find("\"schema\"") != std::string::npos))
    return "json";
  if (ext == "csv" || ext == "txt") return "csv";
  if (ext == "tsv" || ext == "tab") return "tsv";
  if (ext == "pdf") {
    throw ImportError("pdf.unreadable", path, "named .pdf but does not start like a PDF (no %PDF- header)",
                      "the file may be damaged or an HTML error page saved as .pdf");
  }
  if (ext == "xlsx" || ext == "ods" || ext == "xls") {
    throw ImportError("workbook.unreadable", path, "named ." + ext + " but is not a " + ext + " file",
                      "the file may be damaged; open and re-save it");
  }
  throw ImportError("input.unknown_format", path, "not a format allegato reads",
                    "give a PDF, XLSX, ODS, XLS, CSV/TSV or an allegato JSON model");
}

std::string sha256_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError("input.unreadable", path, "cannot open the file");
  Sha256 hash;
  char buffer[1 << 16];
  while (in) {
    in.read(buffer, sizeof buffer);
    hash.update(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return hash.hex_digest();
}

ExtractedDocument extract_document(const std::string& path, const ImportOptions& options, const std::string& sha256) {
  const std::string format = sniff_format(path);
  std::error_code ec;
  enforce_limit(path, "file_bytes", "max-file-mb", fs::file_size(path, ec), options.limits.max_file_bytes);
  ExtractedDocument doc;
  if (format == "pdf") {
    PdfOptions pdf;
    pdf.password = options.password;
    pdf.limits = options.limits;
    pdf.debug_dir = options.debug_dir;
    doc = read_pdf(path, pdf);
  } else if (format == "json") {
    throw UsageError(path + " is an allegato JSON model, not a document with tables");
  } else {
    WorkbookOptions wb;
    wb.sheets = options.sheets;
    wb.limits = options.limits;
    doc = read_workbook(path, format, wb);
  }
  doc.path = path;
  doc.format = format;
  if (doc.sha256.empty()) doc.sha256 = sha256.empty() ? sha256_file(path) : sha256;
  return doc;
}

static void append_model(Model& into, Model&& part) {
  // Documents from a saved model are renumbered after those already present,
  // and every id that starts with the old document id follows.
  std::map<std::string, std::string> renamed;
  for (auto& d : part.documents) {
    std::string fresh = "d" + std::to_string(into.documents.size() + 1);
    renamed[d.id] = fresh;
    d.id = fresh;
    into.documents.push_back(d);
  }
  auto rename = [&](std::string& id) {
    auto slash = id.find('/');
    std::string head = id.substr(0, slash);
    auto it = renamed.find(head);
    if (it != renamed.end()) id = it->second + (slash == std::string::npos ? "" : id.substr(slash));
  };
  for (auto& n : part.nodes) {
    rename(n.id); rename(n.doc); if (!n.parent.empty()) rename(n.parent); rename(n.source.doc);
    into.nodes.push_back(std::move(n));
  }
  for (auto& i : part.indicators) {
    rename(i.id); rename(i.doc); rename(i.node); rename(i.source.doc);
    into.indicators.push_back(std::move(i));
  }
  for (auto& u : part.unassigned) {
    rename(u.doc); rename(u.source.doc);
    into.unassigned.push_back(std::move(u));
  }
  for (auto& d : part.diagnostics) {
    rename(d.where.doc);
    into.diagnostics.push_back(std::move(d));
  }
}

static void note(Model& model, Severity severity, const std::string& code, const std::string& doc,
                 const std::string& message) {
  Diagnostic d;
  d.severity = severity;
  d.code = code;
  d.message = message;
  d.where.doc = doc;
  model.diagnostics.push_back(std::move(d));
}

static const Document* find_same_bytes(const Model& model, const std::string& sha256) {
  for (const auto& d : model.documents)
    if (!sha256.empty() && d.sha256 == sha256) return &d;
  return nullptr;
}

// An audit of a document nothing was recognised in says nothing about it:
// warn, so that "no findings" is never read as "clean".
static void warn_if_nothing_recognised(Model& model, const std::string& doc_id,
                                       const std::optional<std::string>& forced_genre) {
  for (const auto& n : model.nodes)
    if (n.doc == doc_id) return;
  for (const auto& i : model.indicators)
    if (i.doc == doc_id) return;
  const Document* doc = nullptr;
  for (const auto& d : model.documents)
    if (d.id == doc_id) doc = &d;
  const std::string path = doc ? doc->path : doc_id;
  std::string why = forced_genre ? "the layout does not match --genre " + *forced_genre
                                 : "its layout matches no known genre of annex";
  note(model, Severity::warning, "document.nothing_recognised", doc_id,
       path + ": no objective or indicator recognised (" + why +
           "); it is not audited and all its text is listed under \"unassigned\". See its tables with "
           "'allegato tables " + path + " --format text', or try another --genre.");
}

// A saved model may have been edited by hand: references that lead nowhere
// are reported rather than followed.
static void check_references(Model& model) {
  std::set<std::string> node_ids;
  for (const auto& n : model.nodes) node_ids.insert(n.id);
  for (const auto& n : model.nodes) {
    if (n.parent == n.id) {
      note(model, Severity::warning, "model.reference", n.doc, "node " + n.id + " is its own parent");
    } else if (!n.parent.empty() && !node_ids.count(n.parent)) {
      note(model, Severity::warning, "model.reference", n.doc,
           "node " + n.id + " names a parent " + n.parent + " that is not in the model");
    }
  }
  for (const auto& i : model.indicators)
    if (!node_ids.count(i.node)) {
      note(model, Severity::warning, "model.reference", i.doc,
           "indicator " + i.id + " belongs to node " + i.node + ", which is not in the model");
    }
}

Model import_files(const std::vector<std::string>& paths, const ImportOptions& options, Model start) {
  if (paths.empty() && start.documents.empty()) {
    throw UsageError("no input files; give one or more PDF, XLSX, ODS, XLS or CSV files");
  }
  Model model = std::move(start);
  for (std::size_t index = 0; index < paths.size(); ++index) {
    const std::string& path = paths[index];
    if (options.on_file) options.on_file(index, path);
    const std::string format = sniff_format(path);
    if (format == "json") {
      std::ifstream in(path, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      Model saved = read_model_json(text.str(), path);
      append_model(model, std::move(saved));
      continue;
    }
    // Hash first: the same bytes given twice are read once, not extracted twice.
    const std::string sha256 = sha256_file(path);
    if (const Document* same = find_same_bytes(model, sha256)) {
      // The same bytes twice would double every finding about them.
      note(model, Severity::warning, "input.duplicate", same->id,
           path + " has the same content (sha256) as " + same->path + " (" + same->id +
               "); it was read once. Give each document once.");
      continue;
    }
    ExtractedDocument doc = extract_document(path, options, sha256);
    const std::string doc_id = "d" + std::to_string(model.documents.size() + 1);
    GenreOptions genre;
    genre.genre = options.genre;
    genre.profiles = options.profiles;
    for (auto d : doc.diagnostics) {
      d.where.doc = doc_id;
      model.diagnostics.push_back(std::move(d));
    }
    import_document(doc, doc_id, genre, model);
    warn_if_nothing_recognised(model, doc_id, options.genre);
  }
  check_references(model);
  if (options.strict) {
    for (const auto& d : model.diagnostics) {
      if (d.severity != Severity::info) {
        throw ImportError("strict." + d.code, d.where.doc, d.message, "--strict turns warnings into errors");
      }
    }
  }
  reconcile(model);
  if (options.audit) model.findings = audit(model, options.audit_options);
  return model;
}

}  // namespace allegato
