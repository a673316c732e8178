#pragma once
/// The import pipeline shared by every command: sniff the format, extract
/// tables (PDF layout engine or workbook reader), recognise the genre and fill
/// the model, then reconcile and audit across all files given together.
#include <functional>
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
  AuditOptions audit_options;
  Limits limits;
  /// Called before each file is read (index from 0), e.g. to show progress.
  std::function<void(std::size_t index, const std::string& path)> on_file;
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

}  // namespace allegato
