#pragma once
/// The SQLite store's schema (docs/store.md explains every table) and its
/// migrations, keyed by `PRAGMA user_version`.
namespace allegato {

class SqliteDb;

/// The schema version this build writes and reads.
inline constexpr int kStoreSchemaVersion = 4;

/// Brings the database at `db` to kStoreSchemaVersion: creates the tables
/// in an empty file, runs migrations on an older store. Throws ImportError
/// "store.foreign" for a SQLite file with tables that are not ours and
/// "store.newer" for a store written by a newer allegato.
void ensure_store_schema(SqliteDb& db);

/// Checks that `db` is an allegato store this build can read (read-only).
void check_store_schema(SqliteDb& db);

}  // namespace allegato
