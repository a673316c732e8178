#pragma once
/// A thin RAII layer over the sqlite3 C API for the store: one connection,
/// prepared statements with positional binding, errors as ImportError.
#include <cstdint>
#include <optional>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace allegato {

class SqliteStatement;

class SqliteDb {
 public:
  /// Opens `path`. With `create` false a missing file is an error
  /// ("store.missing"); a file that is not SQLite is "store.corrupt".
  SqliteDb(const std::string& path, bool create, bool read_only);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  /// Runs one or more statements without results. Throws ImportError.
  void exec(const std::string& sql);
  SqliteStatement prepare(const std::string& sql);
  std::int64_t last_insert_id() const;
  int user_version();
  const std::string& path() const { return path_; }
  /// Throws ImportError("store.*") for the current error of the connection,
  /// with a hint chosen from the error code (locked, corrupt, read-only).
  [[noreturn]] void fail(const std::string& doing) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

/// A prepared statement; bind() is 1-based like sqlite3_bind_*.
class SqliteStatement {
 public:
  SqliteStatement(SqliteDb& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
  ~SqliteStatement();
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  SqliteStatement& operator=(SqliteStatement&&) = delete;

  SqliteStatement& bind(int index, const std::string& text);
  SqliteStatement& bind(int index, const std::optional<std::string>& text);  ///< nullopt -> NULL
  SqliteStatement& bind(int index, std::int64_t value);
  SqliteStatement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  SqliteStatement& bind(int index, double value);
  SqliteStatement& bind_null(int index);
  /// Steps once: true while a row is available. Throws ImportError.
  bool step();
  /// Steps to completion and resets, keeping bindings cleared for reuse.
  void run();
  void reset();

  bool is_null(int column) const;
  std::string text(int column) const;          ///< NULL -> ""
  std::optional<std::string> opt_text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;

 private:
  SqliteDb* db_;
  sqlite3_stmt* stmt_;
};

}  // namespace allegato
