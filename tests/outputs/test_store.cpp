#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <sqlite3.h>

#include "core/diagnostics.hpp"
#include "outputs/store.hpp"
#include "outputs_fixtures.hpp"
#include "sqlite_query.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {

Model with_findings(const std::string& db) { return load_store(db, StoreReadOptions{true}); }

// Diagnostic has no operator==, so models are compared entity by entity and,
// for the rest, through their contract JSON (which also shows a readable diff).
void check_same_model(const Model& actual, const Model& expected) {
  CHECK(actual.documents == expected.documents);
  CHECK(actual.nodes == expected.nodes);
  CHECK(actual.indicators == expected.indicators);
  CHECK(actual.findings == expected.findings);
  CHECK(actual.unassigned == expected.unassigned);
  CHECK(actual.links == expected.links);
  CHECK(write_model_json(actual) == write_model_json(expected));
}

}  // namespace

TEST_CASE("a model stored and loaded back is the same model", "[store]") {
  const Model model = load_fixture("plan_2022.json");
  REQUIRE(model.documents.size() == 2);
  const auto db = (temp_dir("store-roundtrip") / "plans.sqlite").string();
  store_model(db, model);

  check_same_model(with_findings(db), model);
  // The contract's load_store leaves findings to a fresh audit.
  Model without = model;
  without.findings.clear();
  check_same_model(load_store(db), without);
}

TEST_CASE("exact decimals are text, the REAL columns only help SQL", "[store]") {
  const auto db = (temp_dir("store-decimals") / "plans.sqlite").string();
  store_model(db, load_fixture("plan_2022.json"));
  CHECK(query_number(db, "SELECT count(*) FROM nodes WHERE weight_value = '37.50' AND weight_real = 37.5") == 1);
  CHECK(query_number(db, "SELECT count(*) FROM numbers WHERE series = 'resources' AND value = '229447.35'") == 1);
  // Sibling weights sum exactly in SQL too when summed as text decimals by
  // allegato; the REAL sum is for sorting and rough checks only.
  CHECK(query_number(db, "SELECT count(*) FROM targets WHERE kind = 'text' AND value_real IS NOT NULL") == 0);
  CHECK(query_number(db, "PRAGMA user_version") == 4);
  CHECK(query_number(db, "SELECT count(*) FROM sources WHERE sheet = 'Obiettivi' AND cell = 'B4'") == 1);
}

TEST_CASE("re-importing the same file replaces it, several documents live side by side", "[store]") {
  const auto db = (temp_dir("store-reimport") / "plans.sqlite").string();
  const Model model = load_fixture("plan_2022.json");
  store_model(db, model);
  store_model(db, model);
  CHECK(query_number(db, "SELECT count(*) FROM documents") == 2);
  CHECK(query_number(db, "SELECT count(*) FROM indicators") == static_cast<long long>(model.indicators.size()));
  CHECK(query_number(db, "SELECT count(*) FROM findings") == static_cast<long long>(model.findings.size()));
  CHECK(query_number(db, "SELECT count(*) FROM sources WHERE document_id NOT IN (SELECT document_id FROM documents)") == 0);

  // The amended plan is another file (other sha256): it lives beside the first.
  store_model(db, load_fixture("plan_2022_amended.json"));
  CHECK(query_number(db, "SELECT count(*) FROM documents") == 3);
  const Model all = load_store(db);
  REQUIRE(all.documents.size() == 3);
  CHECK(all.documents[2].id == "d3");
  CHECK(all.documents[2].title == "Piano della performance 2022-2024 (aggiornamento)");
  CHECK(all.find_indicator("d3/1.1.1/Nquest_customer") != nullptr);
  CHECK(all.find_indicator("d1/1.1.1/Nquest_customer") != nullptr);

  // Re-storing the first model keeps its documents in their first places.
  store_model(db, model);
  const Model again = load_store(db);
  REQUIRE(again.documents.size() == 3);
  CHECK(again.documents[0].sha256 == model.documents[0].sha256);
  CHECK(again.documents[2].title == "Piano della performance 2022-2024 (aggiornamento)");
}

TEST_CASE("a document imported alone gets its findings replaced with it", "[store]") {
  const auto db = (temp_dir("store-findings") / "plans.sqlite").string();
  Model model = load_fixture("plan_2022_a.json");
  store_model(db, model);
  const auto before = with_findings(db).findings.size();
  CHECK(before == model.findings.size());
  model.findings.pop_back();
  store_model(db, model);
  CHECK(with_findings(db).findings.size() == before - 1);
}

TEST_CASE("a version 1 store is migrated in place", "[store]") {
  const auto db = (temp_dir("store-migrate") / "plans.sqlite").string();
  store_model(db, load_fixture("plan_2022_a.json"));
  {
    // Turn the fresh store back into what version 1 wrote.
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
    for (const char* column : {"indicators_share_raw", "indicators_share_value", "indicators_share_unit",
                               "operational_share_raw", "operational_share_value", "operational_share_unit"}) {
      const std::string sql = std::string("ALTER TABLE nodes DROP COLUMN ") + column;
      REQUIRE(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    REQUIRE(sqlite3_exec(raw,
                         "ALTER TABLE indicators DROP COLUMN formula_text; DROP TABLE totals; DROP TABLE corrections; "
                         "ALTER TABLE documents DROP COLUMN corrections_digest; ALTER TABLE targets DROP COLUMN "
                         "source_id; ALTER TABLE numbers DROP COLUMN source_id; ALTER TABLE nodes DROP COLUMN "
                         "weight_source_id; ALTER TABLE indicators DROP COLUMN weight_source_id; PRAGMA user_version = 1",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
  }
  const Model model = load_fixture("plan_2022.json");
  store_model(db, model);
  CHECK(query_number(db, "PRAGMA user_version") == 4);
  const Model loaded = load_store(db);
  CHECK(loaded.documents.size() == 2);
  CHECK(loaded.nodes == model.nodes);
  CHECK(loaded.indicators == model.indicators);
}

TEST_CASE("store errors say what to do", "[store]") {
  const auto dir = temp_dir("store-errors");
  SECTION("a missing store") {
    try {
      load_store((dir / "none.sqlite").string());
      FAIL("no error");
    } catch (const ImportError& e) {
      CHECK(e.code() == "store.missing");
      CHECK_FALSE(e.hint().empty());
    }
  }
  SECTION("a file that is not SQLite") {
    const auto path = (dir / "junk.sqlite").string();
    write_file(path, std::string(5000, 'x'));
    try {
      load_store(path);
      FAIL("no error");
    } catch (const ImportError& e) {
      CHECK(e.code() == "store.corrupt");
    }
    CHECK_THROWS_AS(store_model(path, load_fixture("plan_2022_a.json")), ImportError);
  }
  SECTION("a SQLite file of someone else") {
    const auto path = (dir / "other.sqlite").string();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    try {
      store_model(path, load_fixture("plan_2022_a.json"));
      FAIL("no error");
    } catch (const ImportError& e) {
      CHECK(e.code() == "store.foreign");
    }
  }
  SECTION("a failed import leaves the store as it was") {
    const auto path = (dir / "plans.sqlite").string();
    store_model(path, load_fixture("plan_2022_a.json"));
    Model bad = load_fixture("plan_2022.json");
    bad.nodes.back().doc = "d9";  // names no document of the model
    CHECK_THROWS_AS(store_model(path, bad), ImportError);
    CHECK(load_store(path).documents.size() == 1);
  }
}
