// Migrations on a real PostgreSQL: applied once and in order, idempotent, serialised by the
// advisory lock when two servers migrate at once, refusing edited or unknown migrations, and
// the backfill of plan_limits for plans that lack them.
#include "adapters/postgres/migrator.h"
#include "postgres_test.h"

#include <atomic>
#include <future>
#include <latch>
#include <thread>

namespace vitae::test {
namespace {

using server::pg::Migration;
using server::pg::MigrationError;
using server::pg::Migrator;

// The versions of the built-in migrations from `first` on: each new migration extends them.
std::vector<int> versionsFrom(int first) {
    std::vector<int> versions;
    for (const Migration& migration : server::pg::builtInMigrations()) {
        if (migration.version >= first)
            versions.push_back(migration.version);
    }
    return versions;
}

std::int64_t latestVersion() {
    return static_cast<std::int64_t>(server::pg::builtInMigrations().size());
}

class Migrations : public PostgresTest {
protected:
    std::int64_t count(const std::string& sql) const { return connect()->query(sql).integer(0, 0); }
};

TEST_F(Migrations, BuiltInMigrationsAreNumberedFromOne) {
    const std::vector<Migration> migrations = server::pg::builtInMigrations();
    ASSERT_GE(migrations.size(), 4u);
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations[i].version, static_cast<int>(i) + 1) << migrations[i].name;
        EXPECT_FALSE(migrations[i].sql.empty());
        EXPECT_EQ(migrations[i].checksum.size(), 64u);
    }
}

TEST_F(Migrations, AppliesEachOnceInOrder) {
    Migrator migrator;
    auto connection = connect();
    EXPECT_FALSE(migrator.status(*connection).current());
    EXPECT_EQ(migrator.migrate(*connection), versionsFrom(1));
    EXPECT_TRUE(migrator.status(*connection).current());
    EXPECT_EQ(migrator.migrate(*connection), std::vector<int>{});
    EXPECT_EQ(count("SELECT count(*) FROM schema_migrations"), latestVersion());
    EXPECT_EQ(count("SELECT count(*) FROM schema_migrations WHERE name LIKE '0001_%.sql'"), 1);
}

TEST_F(Migrations, MigratesUpToAVersion) {
    Migrator migrator;
    auto connection = connect();
    EXPECT_EQ(migrator.migrate(*connection, 2), (std::vector<int>{1, 2}));
    EXPECT_EQ(migrator.status(*connection).applied, 2);
    EXPECT_EQ(migrator.migrate(*connection), versionsFrom(3));
}

TEST_F(Migrations, TwoServersMigratingAtOnceApplyEachMigrationOnce) {
    std::latch ready(2);
    const auto migrateTogether = [&] {
        auto connection = connect();
        ready.arrive_and_wait();
        return Migrator().migrate(*connection);
    };
    auto first = std::async(std::launch::async, migrateTogether);
    auto second = std::async(std::launch::async, migrateTogether);
    std::vector<int> applied = first.get();
    const std::vector<int> others = second.get();
    applied.insert(applied.end(), others.begin(), others.end());
    std::sort(applied.begin(), applied.end());
    EXPECT_EQ(applied, versionsFrom(1));
    EXPECT_EQ(count("SELECT count(*) FROM schema_migrations"), latestVersion());
}

TEST_F(Migrations, WaitForTheAdvisoryLock) {
    auto holder = connect();
    holder->query("SELECT pg_advisory_lock($1)", {std::string(server::pg::kMigrationLockKey)});
    std::atomic<bool> finished = false;
    std::thread migrating([&] {
        auto connection = connect();
        Migrator().migrate(*connection);
        finished = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_FALSE(finished);
    EXPECT_EQ(count("SELECT count(*) FROM pg_class WHERE relname = 'schema_migrations'"), 0);
    holder->query("SELECT pg_advisory_unlock($1)", {std::string(server::pg::kMigrationLockKey)});
    migrating.join();
    EXPECT_TRUE(finished);
    EXPECT_EQ(count("SELECT count(*) FROM schema_migrations"), latestVersion());
}

TEST_F(Migrations, RefuseAMigrationEditedAfterItWasApplied) {
    auto connection = connect();
    Migrator().migrate(*connection);
    std::vector<Migration> edited = server::pg::builtInMigrations();
    edited[1].sql += "\n-- an afterthought\n";
    edited[1].checksum = std::string(64, '0');
    EXPECT_THROW(Migrator(edited).migrate(*connection), MigrationError);
}

TEST_F(Migrations, RefuseADatabaseNewerThanTheServer) {
    auto connection = connect();
    Migrator().migrate(*connection);
    connection->query("INSERT INTO schema_migrations (version, name, checksum) "
                      "VALUES (999, '0999_future.sql', 'x')");
    EXPECT_THROW(Migrator().migrate(*connection), MigrationError);
}

TEST_F(Migrations, AFailingMigrationLeavesNoTrace) {
    std::vector<Migration> migrations = server::pg::builtInMigrations();
    migrations.push_back({static_cast<int>(migrations.size()) + 1, "9999_broken.sql",
                          "CREATE TABLE half_done (id int); SELECT no_such_function();", "c"});
    auto connection = connect();
    EXPECT_THROW(Migrator(migrations).migrate(*connection), server::pg::QueryError);
    EXPECT_EQ(count("SELECT count(*) FROM pg_class WHERE relname = 'half_done'"), 0);
    EXPECT_EQ(count("SELECT max(version) FROM schema_migrations"), latestVersion());
}

TEST_F(Migrations, BackfillGivesPlansWithoutLimitsTheFreePlansLimits) {
    auto connection = connect();
    Migrator migrator;
    migrator.migrate(*connection, 3);
    connection->query("INSERT INTO plans (code, name) VALUES ('legacy', 'Legacy')");
    migrator.migrate(*connection);
    const auto limits = connection->query(
        "SELECT l.max_resumes, l.max_exports_per_day, array_to_string(l.allowed_templates, ',') "
        "FROM plan_limits l WHERE plan_code = 'legacy'");
    ASSERT_EQ(limits.rows(), 1);
    EXPECT_EQ(limits.integer(0, 0), 3);
    EXPECT_EQ(limits.integer(0, 1), 5);
    EXPECT_EQ(limits.text(0, 2), "classic,modern");
}

TEST_F(Migrations, BackfillWithoutAFreePlanAllowsNothing) {
    auto connection = connect();
    Migrator migrator;
    migrator.migrate(*connection, 3);
    connection->script("DELETE FROM plans WHERE code = 'free';"
                       "INSERT INTO plans (code, name) VALUES ('legacy', 'Legacy')");
    migrator.migrate(*connection);
    EXPECT_EQ(connection->query("SELECT max_resumes FROM plan_limits WHERE plan_code = 'legacy'")
                  .integer(0, 0),
              0);
}

} // namespace
} // namespace vitae::test
