#include "outputs/sqlite_db.hpp"

#include <filesystem>

#include <sqlite3.h>

#include "core/diagnostics.hpp"

namespace allegato {

SqliteDb::SqliteDb(const std::string& path, bool create, bool read_only) : path_(path) {
  std::error_code ec;
  if (!create && !std::filesystem::exists(path, ec)) {
    throw ImportError("store.missing", path, LocalMessage(N_("no such database")),
                      LocalMessage(N_("create it with 'allegato import FILE... --db {path}'")).set("path", path));
  }
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw ImportError("store.unreadable", path,
                      LocalMessage(N_("cannot open the database: {reason}")).set("reason", message),
                      LocalMessage(N_("check the path and its permissions")));
  }
  sqlite3_extended_result_codes(db_, 1);
  // Another process (or thread) importing at the same time holds the write
  // lock while it stores one document: wait for our turn rather than fail.
  sqlite3_busy_timeout(db_, 120000);
  try {
    // A file that is not SQLite only shows itself on the first read.
    exec("PRAGMA foreign_keys=ON");
    user_version();
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

SqliteDb::~SqliteDb() { sqlite3_close(db_); }

void SqliteDb::fail(const std::string& doing) const {
  const int code = sqlite3_errcode(db_) & 0xff;
  const std::string message = doing + ": " + sqlite3_errmsg(db_);
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw ImportError("store.locked", path_, message,
                        N_("another process held the database for over two minutes; retry when it ends"));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      throw ImportError("store.corrupt", path_, message,
                        N_("the file is not an allegato store (or is damaged); give a new --db path"));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      throw ImportError("store.unreadable", path_, message, N_("check the file's permissions"));
    case SQLITE_FULL:
    case SQLITE_IOERR:
      throw ImportError("store.io", path_, message, N_("check the free disk space"));
    default:
      throw ImportError("store.error", path_, message);
  }
}

void SqliteDb::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    sqlite3_free(error);
    fail("running '" + sql.substr(0, 40) + "'");
  }
}

SqliteStatement SqliteDb::prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    fail("preparing '" + sql.substr(0, 60) + "'");
  }
  return SqliteStatement(*this, stmt);
}

std::int64_t SqliteDb::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

int SqliteDb::user_version() {
  auto stmt = prepare("PRAGMA user_version");
  return stmt.step() ? static_cast<int>(stmt.integer(0)) : 0;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
  other.stmt_ = nullptr;
}

SqliteStatement& SqliteStatement::bind(int index, const std::string& text) {
  if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
    db_->fail("binding a value");
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::optional<std::string>& text) {
  return text ? bind(index, *text) : bind_null(index);
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) db_->fail("binding a value");
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
  if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) db_->fail("binding a value");
  return *this;
}

SqliteStatement& SqliteStatement::bind_null(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) db_->fail("binding a value");
  return *this;
}

bool SqliteStatement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_->fail("running a statement");
}

void SqliteStatement::run() {
  while (step()) {
  }
  reset();
}

void SqliteStatement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool SqliteStatement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::string SqliteStatement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> SqliteStatement::opt_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::int64_t SqliteStatement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

double SqliteStatement::real(int column) const { return sqlite3_column_double(stmt_, column); }

}  // namespace allegato
