#pragma once
/// The first column of the first row a query returns from a store, read
/// only (-1 when no row): how tests look into what allegato wrote.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <string>

namespace allegato::testing {

inline long long query_number(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  // Another process may still be writing (batch tests): wait for it.
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt* stmt = nullptr;
  INFO(sql);
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
  long long n = -1;
  if (sqlite3_step(stmt) == SQLITE_ROW) n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

}  // namespace allegato::testing
