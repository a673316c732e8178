#include "outputs/store_schema.hpp"

#include <string>

#include "core/diagnostics.hpp"
#include "outputs/sqlite_db.hpp"

namespace allegato {
namespace {

// Version 1. Exact decimals are TEXT (`*_value`, as in the JSON contract);
// the `*_real` columns are a convenience for ORDER BY and arithmetic in SQL,
// derived from the text by SQLite's CAST, and never read back by allegato.
// Ids are stored without their document prefix ("1.1" for "d3/1.1") because
// document ids are renumbered on load.
constexpr const char* kSchemaV1 = R"SQL(
CREATE TABLE documents (
  document_id   INTEGER PRIMARY KEY,
  sha256        TEXT NOT NULL,
  model_id      TEXT NOT NULL,
  path          TEXT NOT NULL,
  format        TEXT NOT NULL,
  kind          TEXT NOT NULL,
  organisation  TEXT NOT NULL,
  title         TEXT NOT NULL,
  years         TEXT NOT NULL,
  pages         INTEGER NOT NULL,
  genre_score   REAL NOT NULL,
  stored_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX documents_sha256 ON documents(sha256) WHERE sha256 <> '';

CREATE TABLE sources (
  source_id        INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  ref_document_id  INTEGER REFERENCES documents ON DELETE SET NULL,
  ref_doc          TEXT,
  page             INTEGER NOT NULL,
  x0 REAL, y0 REAL, x1 REAL, y1 REAL,
  sheet            TEXT NOT NULL,
  cell             TEXT NOT NULL
);
CREATE INDEX sources_document ON sources(document_id);

CREATE TABLE nodes (
  node_id         INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  seq             INTEGER NOT NULL,
  local_id        TEXT NOT NULL,
  code            TEXT NOT NULL,
  level           TEXT NOT NULL,
  title           TEXT NOT NULL,
  description     TEXT NOT NULL,
  parent_local_id TEXT,
  weight_raw      TEXT,
  weight_value    TEXT,
  weight_unit     TEXT,
  weight_real     REAL,
  mission         TEXT NOT NULL,
  programme       TEXT NOT NULL,
  owners          TEXT NOT NULL,
  notes           TEXT NOT NULL,
  unit            TEXT NOT NULL,
  source_id       INTEGER REFERENCES sources ON DELETE SET NULL
);
CREATE INDEX nodes_document ON nodes(document_id, local_id);

CREATE TABLE indicators (
  indicator_id    INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  seq             INTEGER NOT NULL,
  local_id        TEXT NOT NULL,
  node_local_id   TEXT NOT NULL,
  code            TEXT NOT NULL,
  name            TEXT NOT NULL,
  description     TEXT NOT NULL,
  formula         TEXT NOT NULL,
  variables       TEXT NOT NULL,
  unit            TEXT,
  type            TEXT NOT NULL,
  polarity        TEXT NOT NULL,
  weight_raw      TEXT,
  weight_value    TEXT,
  weight_unit     TEXT,
  weight_real     REAL,
  owners          TEXT NOT NULL,
  notes           TEXT NOT NULL,
  source_id       INTEGER REFERENCES sources ON DELETE SET NULL
);
CREATE INDEX indicators_document ON indicators(document_id, local_id);
CREATE INDEX indicators_code ON indicators(code);

CREATE TABLE targets (
  target_id     INTEGER PRIMARY KEY,
  indicator_id  INTEGER NOT NULL REFERENCES indicators ON DELETE CASCADE,
  series        TEXT NOT NULL CHECK (series IN ('baseline', 'target', 'result')),
  seq           INTEGER NOT NULL,
  year          INTEGER,
  raw           TEXT NOT NULL,
  op            TEXT,
  value         TEXT,
  value2        TEXT,
  unit          TEXT,
  kind          TEXT NOT NULL,
  status        TEXT NOT NULL,
  label         TEXT,
  value_real    REAL
);
CREATE INDEX targets_indicator ON targets(indicator_id, series, year);

CREATE TABLE numbers (
  number_id     INTEGER PRIMARY KEY,
  node_id       INTEGER REFERENCES nodes ON DELETE CASCADE,
  indicator_id  INTEGER REFERENCES indicators ON DELETE CASCADE,
  series        TEXT NOT NULL CHECK (series IN ('achievement', 'resources')),
  seq           INTEGER NOT NULL,
  year          INTEGER,
  raw           TEXT NOT NULL,
  value         TEXT,
  unit          TEXT,
  value_real    REAL,
  CHECK ((node_id IS NULL) <> (indicator_id IS NULL))
);
CREATE INDEX numbers_node ON numbers(node_id);
CREATE INDEX numbers_indicator ON numbers(indicator_id);

CREATE TABLE findings (
  finding_id          INTEGER PRIMARY KEY,
  document_id         INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  seq                 INTEGER NOT NULL,
  rule                TEXT NOT NULL,
  severity            TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  subject_document_id INTEGER REFERENCES documents ON DELETE SET NULL,
  subject_local_id    TEXT NOT NULL,
  message             TEXT NOT NULL,
  expected            TEXT,
  actual              TEXT
);
CREATE INDEX findings_document ON findings(document_id);

CREATE TABLE finding_sources (
  finding_id  INTEGER NOT NULL REFERENCES findings ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  source_id   INTEGER NOT NULL REFERENCES sources ON DELETE CASCADE,
  PRIMARY KEY (finding_id, seq)
);

CREATE TABLE unassigned (
  unassigned_id  INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  text           TEXT NOT NULL,
  role           TEXT NOT NULL,
  source_id      INTEGER REFERENCES sources ON DELETE SET NULL
);
CREATE INDEX unassigned_document ON unassigned(document_id);

CREATE TABLE diagnostics (
  diagnostic_id  INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  severity       TEXT NOT NULL,
  code           TEXT NOT NULL,
  message        TEXT NOT NULL,
  source_id      INTEGER REFERENCES sources ON DELETE SET NULL
);

CREATE TABLE links (
  link_id        INTEGER PRIMARY KEY,
  a_document_id  INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  a_local_id     TEXT NOT NULL,
  b_document_id  INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  b_local_id     TEXT NOT NULL,
  method         TEXT NOT NULL,
  confidence     REAL NOT NULL
);
)SQL";

// Version 2: the plan genre's extensions (an objective's split between its
// own indicators and its operational objectives; the formula in words).
constexpr const char* kMigrationV2 = R"SQL(
ALTER TABLE nodes ADD COLUMN indicators_share_raw TEXT;
ALTER TABLE nodes ADD COLUMN indicators_share_value TEXT;
ALTER TABLE nodes ADD COLUMN indicators_share_unit TEXT;
ALTER TABLE nodes ADD COLUMN operational_share_raw TEXT;
ALTER TABLE nodes ADD COLUMN operational_share_value TEXT;
ALTER TABLE nodes ADD COLUMN operational_share_unit TEXT;
ALTER TABLE indicators ADD COLUMN formula_text TEXT NOT NULL DEFAULT '';
)SQL";

// Version 3: totals a document prints for itself (TOTALE GENERALE).
constexpr const char* kMigrationV3 = R"SQL(
CREATE TABLE totals (
  total_id      INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  label         TEXT NOT NULL,
  field         TEXT NOT NULL,
  raw           TEXT NOT NULL,
  value         TEXT,
  unit          TEXT,
  value_real    REAL
);
CREATE INDEX totals_document ON totals(document_id);
)SQL";

// Version 4: cells a person corrected (--corrections), each with what the
// document printed and the line that corrected it; per document a digest of
// the correction lines applied, so that an import that brings other
// corrections reads the stored document again instead of skipping it; and
// each value's own cell (a target, a number, a weight), so that a report
// made from the store boxes the cells a finding is about. The value cells'
// source ids are plain integers: their rows belong to the same document and
// go with it (a foreign key added by ALTER could not be dropped again).
constexpr const char* kMigrationV4 = R"SQL(
ALTER TABLE documents ADD COLUMN corrections_digest TEXT NOT NULL DEFAULT '';
ALTER TABLE targets ADD COLUMN source_id INTEGER;
ALTER TABLE numbers ADD COLUMN source_id INTEGER;
ALTER TABLE nodes ADD COLUMN weight_source_id INTEGER;
ALTER TABLE indicators ADD COLUMN weight_source_id INTEGER;
CREATE TABLE corrections (
  correction_id     INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  seq               INTEGER NOT NULL,
  subject_local_id  TEXT NOT NULL,
  subject_kind      TEXT NOT NULL CHECK (subject_kind IN ('node', 'indicator')),
  field             TEXT NOT NULL,
  year              INTEGER,
  printed           TEXT NOT NULL,
  value             TEXT NOT NULL,
  file              TEXT NOT NULL,
  line              INTEGER NOT NULL,
  source_id         INTEGER REFERENCES sources ON DELETE SET NULL
);
CREATE INDEX corrections_document ON corrections(document_id);
)SQL";

bool has_tables(SqliteDb& db) {
  auto stmt = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
  return stmt.step() && stmt.integer(0) > 0;
}

}  // namespace

void check_store_schema(SqliteDb& db) {
  const int version = db.user_version();
  if (version > kStoreSchemaVersion) {
    throw ImportError("store.newer", db.path(),
                      LocalMessage(N_("the store has schema version {version}, this allegato reads up to {supported}"))
                          .set("version", std::to_string(version))
                          .set("supported", std::to_string(kStoreSchemaVersion)),
                      LocalMessage(N_("use a newer allegato")));
  }
  if (version == 0) {
    throw ImportError("store.foreign", db.path(), N_("not an allegato store (no schema version)"),
                      N_("create a store with 'allegato import FILE... --db PATH'"));
  }
}

void ensure_store_schema(SqliteDb& db) {
  if (db.user_version() == kStoreSchemaVersion) return;
  // Several processes may create the same new store at once: the version is
  // read again once this one holds the write lock, and only the first
  // creates the tables.
  db.exec("BEGIN IMMEDIATE");
  try {
    const int version = db.user_version();
    if (version == 0 && has_tables(db)) {
      throw ImportError("store.foreign", db.path(), N_("a SQLite database that is not an allegato store"),
                        N_("give a new --db path"));
    }
    if (version > kStoreSchemaVersion) check_store_schema(db);
    // One step per version: a new store runs them all, an old one the rest.
    if (version < 1) db.exec(kSchemaV1);
    if (version < 2) db.exec(kMigrationV2);
    if (version < 3) db.exec(kMigrationV3);
    if (version < 4) db.exec(kMigrationV4);
    if (version != kStoreSchemaVersion) db.exec("PRAGMA user_version = " + std::to_string(kStoreSchemaVersion));
    db.exec("COMMIT");
  } catch (...) {
    try {
      db.exec("ROLLBACK");
    } catch (...) {
    }
    throw;
  }
}

}  // namespace allegato
