#pragma once
/// The embedded SQLite store (`--db plans.sqlite`): documents, nodes,
/// indicators, targets, findings and provenance in tables with a documented
/// schema (docs/store.md). Several chambers and years live side by side.
#include <map>
#include <string>

#include "model/model.hpp"

namespace allegato {

/// Saves every document of `model` with its entities into the store at
/// `db_path` (created if missing). A document whose sha256 is already stored
/// is replaced, never duplicated. Findings are stored as given.
/// Throws ImportError("store.*") with a hint on a locked/corrupt database.
void store_model(const std::string& db_path, const Model& model);

/// Creates the store at `db_path` (or brings an older one to this build's
/// schema). Safe when several processes do it at once: the schema is
/// checked again inside the write transaction.
void prepare_store(const std::string& db_path);

/// The sha256 of every document stored, each with the digest of the
/// corrections applied to it ("" when none; Document::corrections_digest).
/// Empty when there is no such file.
std::map<std::string, std::string> stored_sha256(const std::string& db_path);

/// Everything stored, as one model (documents renumbered d1..dn in the order
/// they were first stored). Findings are not loaded: callers re-audit.
Model load_store(const std::string& db_path);

/// What load_store reads besides documents, nodes, indicators, unassigned
/// text, diagnostics and links (extension).
struct StoreReadOptions {
  bool findings = false;  ///< also the findings stored with each document
};

/// load_store with options. Throws ImportError "store.missing" (no file),
/// "store.foreign" (not an allegato store), "store.newer", "store.corrupt".
Model load_store(const std::string& db_path, const StoreReadOptions& options);

}  // namespace allegato
