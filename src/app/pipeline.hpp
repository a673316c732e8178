#pragma once
/// The import pipeline shared by every command: sniff the format, extract
/// tables (PDF layout engine or workbook reader), recognise the genre and fill
/// the model, then reconcile and audit across all files given together.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "core/limits.hpp"
#include "genres/profile.hpp"
#include "model/model.hpp"
#include "tables/table.hpp"

namespace allegato {

struct ImportOptions {
  std::optional<std::string> password;   ///< --password (PDF)
  std::vector<std::string> sheets;       ///< --sheet (workbooks)
  std::optional<std::string> genre;      ///< --genre (a profile's name)
  std::vector<genres::Profile> profiles; ///< --profile FILE (the user's layout profiles)
  std::optional<std::string> debug_dir;  ///< --debug (PDF pictures)
  bool audit = true;                     ///< --no-audit turns it off
  bool strict = false;                   ///< --strict: warnings become errors
  std::optional<std::string> corrections;  ///< --corrections FILE (app/corrections.hpp), applied before the audit
  AuditOptions audit_options;
  Limits limits;
  /// Files read side by side (--jobs); 1 reads them one after another.
  unsigned jobs = 1;
  /// Pages of one PDF read side by side (jobs_per_file): the jobs a batch of
  /// fewer files than jobs leaves idle.
  unsigned page_threads = 1;
  /// Called before each file is read (index from 0), e.g. to show progress.
  /// With jobs > 1 the callbacks come from several threads, one at a time.
  std::function<void(std::size_t index, const std::string& path)> on_file;
  /// Called after each file was read, or failed.
  std::function<void(std::size_t index, const std::string& path)> on_file_done;
  /// When set, a file that cannot be read is reported here (with the message
  /// for the user) and the other files are imported; when unset, the first
  /// such error is thrown after all files were tried.
  std::function<void(const std::string& path, const std::string& message)> on_failure;
  /// Names shown and stored for paths that are temporary copies (`-`, pipes).
  std::map<std::string, std::string> labels;
};

/// "pdf", "xlsx", "ods", "xls", "csv", "tsv", or "json" (an allegato model),
/// from the file's first bytes, then its extension. Throws ImportError
/// ("input.missing", "input.empty", "input.unknown_format") with a hint.
std::string sniff_format(const std::string& path);

/// Lowercase hex sha256 of the file's bytes.
std::string sha256_file(const std::string& path);

/// Tables and free lines of one PDF or workbook (not JSON). `sha256` may
/// pass the file's hash when the caller already has it.
ExtractedDocument extract_document(const std::string& path, const ImportOptions& options,
                                   const std::string& sha256 = {});

/// Imports every file into one model (documents d1, d2, ... in the order
/// given; a JSON model's documents are renumbered after them), then
/// reconciles and, unless options.audit is false, audits. `start` holds
/// documents already read (a store): the files' documents follow them, and
/// reconcile and audit see them all. Throws UsageError when there is
/// nothing to import.
Model import_files(const std::vector<std::string>& paths, const ImportOptions& options, Model start = {});

/// The name shown for `path` (options.labels, else the path itself).
std::string display_path(const ImportOptions& options, const std::string& path);

/// What became of each file of import_into_store.
struct StoreBatchResult {
  std::size_t imported = 0;
  std::size_t skipped = 0;  ///< same sha256 already stored
  std::size_t warned = 0;   ///< imported, with warnings while reading
  std::vector<std::pair<std::string, std::string>> failed;  ///< path shown, message
  Model imported_model;     ///< with keep_models: the documents stored, with their findings
};

/// Imports each file on its own (side by side with options.jobs), audits it
/// alone, and stores it in the store at `db_path` in one transaction of its
/// own, so that a batch stopped midway keeps what it stored and a second run
/// reads only what is missing. A file whose sha256 is already stored is
/// skipped unless `replace`. A file that cannot be read is reported through
/// options.on_failure (or listed in the result) and the others go on.
/// Findings across documents are left to 'allegato audit --db'.
/// Throws ImportError("store.*") when the store itself cannot be used.
StoreBatchResult import_into_store(const std::vector<std::string>& paths, const ImportOptions& options,
                                   const std::string& db_path, bool replace, bool keep_models);

}  // namespace allegato
