#include "app/pipeline.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <set>
#include <sstream>

#include "app/corrections.hpp"
#include "app/parallel.hpp"
#include "core/diagnostics.hpp"
#include "core/sha256.hpp"
#include "genres/genres.hpp"
#include "model/json_io.hpp"
#include "outputs/store.hpp"
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

// A file that cannot be opened (no read permission) says so, rather than
// being judged by the bytes it did not give.
std::string read_head(const std::string& path, std::size_t n) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    const int error = errno;
    throw ImportError("input.unreadable", path,
                      LocalMessage(N_("cannot read the file: {reason}")).set("reason", std::strerror(error)),
                      LocalMessage(error == EACCES ? N_("check its permissions (ls -l); give read access with chmod "
                                                        "+r, or run as a user who may read it")
                                                   : N_("check the path and the file")));
  }
  std::string head(n, '\0');
  head.resize(std::fread(head.data(), 1, n, file));
  std::fclose(file);
  return head;
}
}  // namespace

std::string sniff_format(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    throw ImportError("input.missing", path, N_("no such file"), N_("check the path"));
  }
  if (fs::is_directory(path, ec)) {
    throw ImportError("input.directory", path, N_("is a directory, not a file"), N_("give the files inside it"));
  }
  auto size = fs::file_size(path, ec);
  if (ec)
    throw ImportError("input.unreadable", path,
                      LocalMessage(N_("cannot read the file: {reason}")).set("reason", ec.message()));
  if (size == 0) throw ImportError("input.empty", path, N_("the file is empty"), N_("check that the download completed"));

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
  // Without an extension (standard input, a pipe, a download saved bare):
  // text with line breaks and a delimiter is read as CSV/TSV.
  if (ext.empty() && head.find('\n') != std::string::npos &&
      head.find_first_of(";,\t") != std::string::npos &&
      (head.find('\0') == std::string::npos || head.rfind("\xFF\xFE", 0) == 0 || head.rfind("\xFE\xFF", 0) == 0 ||
       head.find(std::string("\n\0", 2)) != std::string::npos)) {
    return "csv";
  }
  if (ext == "tsv" || ext == "tab") return "tsv";
  if (ext == "pdf") {
    throw ImportError("pdf.unreadable", path, N_("named .pdf but does not start like a PDF (no %PDF- header)"),
                      N_("the file may be damaged or an HTML error page saved as .pdf"));
  }
  if (ext == "xlsx" || ext == "ods" || ext == "xls") {
    throw ImportError("workbook.unreadable", path,
                      LocalMessage(N_("named .{extension} but is not a {extension} file")).set("extension", ext),
                      LocalMessage(N_("the file may be damaged; open and re-save it")));
  }
  throw ImportError("input.unknown_format", path, N_("not a format allegato reads"),
                    N_("give a PDF, XLSX, ODS, XLS, CSV/TSV or an allegato JSON model"));
}

std::string sha256_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError("input.unreadable", path, N_("cannot open the file"));
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
    pdf.threads = options.page_threads;
    doc = read_pdf(path, pdf);
  } else if (format == "json") {
    throw UsageError(fill(tr(N_("{path} is an allegato JSON model, not a document with tables")), {{"path", path}}));
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

// The elements of `from` moved to the end of `into`. The first part taken
// by an empty model is moved whole: element by element, a large document's
// entities were held twice (the old array and the new one growing).
template <typename T>
static void append_all(std::vector<T>& into, std::vector<T>& from) {
  if (into.empty()) {
    into = std::move(from);
  } else {
    // Grows geometrically (an exact reserve per part would copy every
    // earlier document again for each new one).
    into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  }
  from.clear();
}

// Documents of `part` are renumbered after those already in `into`, and
// every id that starts with an old document id follows. A saved model's
// findings and links are recomputed, so they come along only when asked.
static void append_model(Model& into, Model&& part, bool with_findings_and_links = false) {
  std::map<std::string, std::string> renamed;
  for (auto& d : part.documents) {
    std::string fresh = "d" + std::to_string(into.documents.size() + 1);
    for (auto& t : d.totals)
      if (t.number.source && t.number.source->doc == d.id) t.number.source->doc = fresh;
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
  // Each value keeps the cell it was printed in (the report boxes it): its
  // document follows the renumbering too, or a finding about the fourth
  // document would box cells on the first one's pages.
  auto rename_value = [&](auto& value) {
    if (value.source) rename(value.source->doc);
  };
  auto rename_values = [&](auto& entity) {
    if (entity.weight) rename_value(*entity.weight);
    for (auto& a : entity.achievement) rename_value(a.number);
  };
  for (auto& n : part.nodes) {
    rename(n.id); rename(n.doc); if (!n.parent.empty()) rename(n.parent); rename(n.source.doc);
    rename_values(n);
    for (auto& r : n.resources) rename_value(r);
    for (auto* share : {&n.indicators_share, &n.operational_share, &n.budget_interventions})
      if (*share) rename_value(**share);
  }
  for (auto& i : part.indicators) {
    rename(i.id); rename(i.doc); rename(i.node); rename(i.source.doc);
    rename_values(i);
    for (auto* series : {&i.baselines, &i.targets, &i.results})
      for (auto& t : *series) rename_value(t);
  }
  for (auto& u : part.unassigned) {
    rename(u.doc); rename(u.source.doc);
  }
  for (auto& d : part.diagnostics) rename(d.where.doc);
  append_all(into.nodes, part.nodes);
  append_all(into.indicators, part.indicators);
  append_all(into.unassigned, part.unassigned);
  append_all(into.diagnostics, part.diagnostics);
  if (!with_findings_and_links) return;
  for (auto& f : part.findings) {
    rename(f.subject);
    for (auto& s : f.sources) rename(s.doc);
  }
  for (auto& l : part.links) {
    rename(l.a); rename(l.b);
  }
  append_all(into.findings, part.findings);
  append_all(into.links, part.links);
}

static void note(Model& model, Severity severity, const std::string& code, const std::string& doc,
                 LocalMessage message) {
  Source where;
  where.doc = doc;
  model.diagnostics.push_back(make_diagnostic(severity, code, std::move(message), std::move(where)));
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
  LocalMessage why = forced_genre ? LocalMessage(N_("the layout does not match --genre {genre}")).set("genre", *forced_genre)
                                  : LocalMessage(N_("its layout matches no known genre of annex"));
  note(model, Severity::warning, "document.nothing_recognised", doc_id,
       LocalMessage(N_("{path}: no objective or indicator recognised ({why}); it is not audited and all its text is "
                       "listed under \"unassigned\". See its tables with 'allegato tables {path} --format text', try "
                       "another --genre, or describe the layout in a profile of your own: start from 'allegato "
                       "profiles --show list', name your headers' words (docs/profiles.md), check it with 'allegato "
                       "profiles YOUR.json' and read with --profile YOUR.json."))
           .set("path", path)
           .set("why", Phrase().message(why)));
}

// A saved model may have been edited by hand: references that lead nowhere
// are reported rather than followed.
static void check_references(Model& model) {
  std::set<std::string> node_ids;
  for (const auto& n : model.nodes) node_ids.insert(n.id);
  for (const auto& n : model.nodes) {
    if (n.parent == n.id) {
      note(model, Severity::warning, "model.reference", n.doc,
           LocalMessage(N_("node {node} is its own parent")).set("node", n.id));
    } else if (!n.parent.empty() && !node_ids.count(n.parent)) {
      note(model, Severity::warning, "model.reference", n.doc,
           LocalMessage(N_("node {node} names a parent {parent} that is not in the model"))
               .set("node", n.id)
               .set("parent", n.parent));
    }
  }
  for (const auto& i : model.indicators)
    if (!node_ids.count(i.node)) {
      note(model, Severity::warning, "model.reference", i.doc,
           LocalMessage(N_("indicator {indicator} belongs to node {node}, which is not in the model"))
               .set("indicator", i.id)
               .set("node", i.node));
    }
}

std::string display_path(const ImportOptions& options, const std::string& path) {
  auto it = options.labels.find(path);
  return it == options.labels.end() ? path : it->second;
}

static std::string failure_message(const ImportOptions& options, const std::string& path, const std::exception& error) {
  const auto* import_error = dynamic_cast<const ImportError*>(&error);
  std::string text = import_error ? import_error->localized() : error.what();
  const std::string label = display_path(options, path);
  if (label != path)
    for (auto at = text.find(path); at != std::string::npos; at = text.find(path, at + label.size()))
      text.replace(at, path.size(), label);
  return text;
}

namespace {

/// One input after its first look: format and hash, or why it cannot be read.
struct FirstLook {
  std::string format;
  std::string sha256;
  std::exception_ptr error;
};

FirstLook first_look(const std::string& path) {
  FirstLook look;
  try {
    look.format = sniff_format(path);
    if (look.format != "json") look.sha256 = sha256_file(path);
  } catch (...) {
    look.error = std::current_exception();
  }
  return look;
}

// One file into a model of its own (documents from d1), not reconciled.
Model read_one(const std::string& path, const FirstLook& look, const ImportOptions& options) {
  Model part;
  if (look.format == "json") {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    append_model(part, read_model_json(text.str(), display_path(options, path)));
    return part;
  }
  ExtractedDocument doc = extract_document(path, options, look.sha256);
  doc.path = display_path(options, path);
  const std::string doc_id = "d1";
  GenreOptions genre;
  genre.genre = options.genre;
  genre.profiles = options.profiles;
  for (auto d : doc.diagnostics) {
    d.where.doc = doc_id;
    part.diagnostics.push_back(std::move(d));
  }
  // A table row gives at most one indicator or node in the layouts read so
  // far: room for them up front, so that a large sheet's entities are not
  // held twice while their vector doubles (at 50,000 indicators, 33 MB more
  // at the peak). Room never written to is never resident.
  std::size_t rows = 0;
  for (const auto& t : doc.tables) rows += static_cast<std::size_t>(t.n_rows);
  part.indicators.reserve(rows);
  part.nodes.reserve(rows);
  import_document(doc, doc_id, genre, part);
  warn_if_nothing_recognised(part, doc_id, options.genre);
  return part;
}

// --corrections: cells a person fixed, applied before anything reads the
// values (app/corrections.hpp).
void apply_corrections_file(Model& model, const ImportOptions& options) {
  if (options.corrections) apply_corrections(model, read_corrections(*options.corrections), *options.corrections);
}

void throw_if_strict(const Model& model, const ImportOptions& options) {
  if (!options.strict) return;
  for (const auto& d : model.diagnostics) {
    if (d.severity != Severity::info) {
      throw ImportError("strict." + d.code, d.where.doc, d.text.empty() ? LocalMessage(d.message) : d.text,
                        LocalMessage(N_("--strict turns warnings into errors")));
    }
  }
}

}  // namespace

Model import_files(const std::vector<std::string>& paths, const ImportOptions& given, Model start) {
  if (paths.empty() && start.documents.empty()) {
    throw UsageError(tr(N_("no input files; give one or more PDF, XLSX, ODS, XLS or CSV files")));
  }
  ImportOptions options = given;
  options.page_threads = jobs_per_file(options.jobs, paths.size());
  Model model = std::move(start);
  // Format and hash first, in the order given: the same bytes given twice are
  // read once, and the first of them is the one kept.
  std::vector<FirstLook> looks(paths.size());
  for_each_parallel(paths.size(), options.jobs, [&](std::size_t i) { looks[i] = first_look(paths[i]); });
  std::vector<std::string> duplicate_note(paths.size());
  {
    std::map<std::string, std::pair<std::string, std::string>> seen;  // sha256 -> path, id (or "")
    for (const auto& d : model.documents)
      if (!d.sha256.empty()) seen.emplace(d.sha256, std::make_pair(d.path, d.id));
    for (std::size_t i = 0; i < paths.size(); ++i) {
      if (looks[i].error || looks[i].sha256.empty()) continue;
      auto [it, fresh] = seen.emplace(looks[i].sha256, std::make_pair(display_path(options, paths[i]), std::string()));
      if (!fresh) duplicate_note[i] = it->second.first;
    }
  }
  // Each file is read on its own (in parallel with --jobs), then the parts
  // join the model in the order given.
  std::vector<Model> parts(paths.size());
  std::vector<std::exception_ptr> errors(paths.size());
  std::mutex callbacks;
  for_each_parallel(paths.size(), options.jobs, [&](std::size_t i) {
    if (!duplicate_note[i].empty()) return;
    if (options.on_file) {
      std::lock_guard<std::mutex> lock(callbacks);
      options.on_file(i, paths[i]);
    }
    try {
      if (looks[i].error) std::rethrow_exception(looks[i].error);
      parts[i] = read_one(paths[i], looks[i], options);
    } catch (...) {
      errors[i] = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(callbacks);
    if (options.on_file_done) options.on_file_done(i, paths[i]);
    if (errors[i] && options.on_failure) {
      try {
        std::rethrow_exception(errors[i]);
      } catch (const ImportError& e) {
        options.on_failure(paths[i], failure_message(options, paths[i], e));
      } catch (const UsageError& e) {
        options.on_failure(paths[i], failure_message(options, paths[i], e));
      } catch (...) {
        // Not a reading error: a bug, raised below whatever the mode.
      }
    }
  });
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (errors[i]) {
      bool reported = false;
      try {
        std::rethrow_exception(errors[i]);
      } catch (const ImportError& e) {
        reported = static_cast<bool>(options.on_failure);
        // A copy of standard input or of a device is named as the user gave
        // it ('-', /dev/stdin), not by its temporary file.
        if (!reported && e.file() == paths[i] && display_path(options, paths[i]) != paths[i])
          throw ImportError(e.code(), display_path(options, paths[i]), e.message_text(), e.hint_text(), e.where());
      } catch (const UsageError&) {
        reported = static_cast<bool>(options.on_failure);
      } catch (...) {
      }
      if (!reported) std::rethrow_exception(errors[i]);
      continue;
    }
    if (!duplicate_note[i].empty()) {
      const Document* same = find_same_bytes(model, looks[i].sha256);
      // The same bytes twice would double every finding about them.
      note(model, Severity::warning, "input.duplicate", same ? same->id : std::string(),
           LocalMessage(N_("{path} has the same content (sha256) as {other}; it was read once. Give each document "
                           "once."))
               .set("path", display_path(options, paths[i]))
               .set("other", duplicate_note[i] + (same ? " (" + same->id + ")" : std::string())));
      continue;
    }
    append_model(model, std::move(parts[i]));
  }
  check_references(model);
  apply_corrections_file(model, options);
  throw_if_strict(model, options);
  reconcile(model);
  if (options.audit) model.findings = audit(model, options.audit_options);
  return model;
}

StoreBatchResult import_into_store(const std::vector<std::string>& paths, const ImportOptions& given,
                                   const std::string& db_path, bool replace, bool keep_models) {
  if (paths.empty()) throw UsageError(tr(N_("no input files; give one or more PDF, XLSX, ODS, XLS or CSV files")));
  ImportOptions options = given;
  options.page_threads = jobs_per_file(options.jobs, paths.size());
  // A store that cannot be used stops the batch before any file is read.
  prepare_store(db_path);
  const std::map<std::string, std::string> stored = replace ? std::map<std::string, std::string>{} : stored_sha256(db_path);
  // Read once: a document already stored is read again when the corrections
  // that name it are not those stored with it (added, changed or removed
  // lines), so that a correction lasts on every import.
  const std::vector<CorrectionLine> corrections =
      options.corrections ? read_corrections(*options.corrections) : std::vector<CorrectionLine>{};
  enum class Outcome { imported, warned, skipped, failed };
  std::vector<Outcome> outcomes(paths.size(), Outcome::failed);
  std::vector<std::string> messages(paths.size());
  std::vector<Model> kept(keep_models ? paths.size() : 0);
  std::set<std::string> claimed;  // sha256 taken by this batch: a copy given twice is read once
  std::mutex lock, store_lock;
  for_each_parallel(paths.size(), options.jobs, [&](std::size_t i) {
    const std::string& path = paths[i];
    if (options.on_file) {
      std::lock_guard<std::mutex> guard(lock);
      options.on_file(i, path);
    }
    try {
      const FirstLook look = first_look(path);
      if (look.error) std::rethrow_exception(look.error);
      bool skip = false;
      if (!look.sha256.empty()) {
        std::lock_guard<std::mutex> guard(lock);
        const auto it = stored.find(look.sha256);
        const bool same_corrections =
            it != stored.end() &&
            (!options.corrections ||
             it->second == corrections_digest(corrections, *options.corrections, display_path(options, path), look.sha256));
        skip = same_corrections || !claimed.insert(look.sha256).second;
      }
      if (skip) {
        outcomes[i] = Outcome::skipped;
      } else {
        Model part = read_one(path, look, options);
        check_references(part);
        if (options.corrections) apply_corrections(part, corrections, *options.corrections);
        throw_if_strict(part, options);
        reconcile(part);
        if (options.audit) part.findings = audit(part, options.audit_options);
        {
          // One writer of this process at a time: SQLite's busy handler
          // would make the others sleep and poll for the lock.
          std::lock_guard<std::mutex> writing(store_lock);
          store_model(db_path, part);
        }
        outcomes[i] = Outcome::imported;
        for (const auto& d : part.diagnostics)
          if (d.severity != Severity::info) outcomes[i] = Outcome::warned;
        if (keep_models) kept[i] = std::move(part);
      }
    } catch (const ImportError& e) {
      messages[i] = failure_message(options, path, e);
    } catch (const UsageError& e) {
      messages[i] = failure_message(options, path, e);
    } catch (const std::exception& e) {
      // One bad file must not cost the batch: the others are still stored.
      messages[i] = display_path(options, path) + ": internal error: " + e.what() +
                    " (a bug in allegato; please report it with this file)";
    }
    std::lock_guard<std::mutex> guard(lock);
    if (options.on_file_done) options.on_file_done(i, path);
    if (outcomes[i] == Outcome::failed && options.on_failure) options.on_failure(path, messages[i]);
  });
  StoreBatchResult result;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    switch (outcomes[i]) {
      case Outcome::warned: ++result.warned; [[fallthrough]];
      case Outcome::imported:
        ++result.imported;
        if (keep_models) append_model(result.imported_model, std::move(kept[i]), true);
        break;
      case Outcome::skipped: ++result.skipped; break;
      case Outcome::failed: result.failed.emplace_back(display_path(options, paths[i]), messages[i]); break;
    }
  }
  return result;
}

}  // namespace allegato
