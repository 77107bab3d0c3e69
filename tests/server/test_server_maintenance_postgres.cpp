// Operations against a real PostgreSQL: the clean-up's deletions (only what expired, in
// batches, shared out between concurrent cleaners of several server processes), the operators'
// event log in system_logs (and on stdout when the table cannot be written), and a running
// server that records its start, migrations and stop and cleans up on its timer.
#include "adapters/log/json_log.h"
#include "adapters/postgres/maintenance_repository.h"
#include "adapters/postgres/system_log.h"
#include "app/application.h"
#include "postgres_test.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <latch>
#include <mutex>
#include <thread>
#include <vector>

namespace vitae::test {
namespace {

using namespace std::chrono_literals;
using server::pg::ConnectionPool;
using server::pg::PgExpiredRecords;

// Collects the JSON lines a JsonLog writes.
class CapturedLog {
public:
    server::JsonLog log{[this](std::string_view line) {
        const std::lock_guard lock(mutex_);
        lines_.push_back(
            QJsonDocument::fromJson(QByteArray(line.data(), qsizetype(line.size()))).object());
    }};

    std::vector<QJsonObject> events(const QString& name) {
        const std::lock_guard lock(mutex_);
        std::vector<QJsonObject> found;
        for (const QJsonObject& line : lines_) {
            if (line.value(QStringLiteral("event")).toString() == name)
                found.push_back(line);
        }
        return found;
    }

private:
    std::mutex mutex_;
    std::vector<QJsonObject> lines_;
};

class Maintenance : public MigratedPostgresTest {
protected:
    void SetUp() override {
        MigratedPostgresTest::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        userId = newUser("ada@example.com");
    }

    // `count` sessions expiring `offset` from now (negative: already expired).
    void addSessions(int count, const std::string& offset, const std::string& tag) {
        db->query("INSERT INTO sessions (token_hash, user_id, expires_at) "
                  "SELECT sha256(convert_to($3 || i, 'UTF8')), $1, now() + $2::interval "
                  "FROM generate_series(1, $4::int) i",
                  {userId, offset, tag, std::to_string(count)});
    }

    void addLoginFailures(int count, const std::string& offset) {
        db->query("INSERT INTO login_attempts (account_key, client_address, attempted_at) "
                  "SELECT 'ada@example.com', '192.0.2.1', now() + $1::interval "
                  "FROM generate_series(1, $2::int)",
                  {offset, std::to_string(count)});
    }

    std::int64_t count(const std::string& sql) { return db->query(sql).integer(0, 0); }

    std::string userId;
};

TEST_F(Maintenance, DeletesExpiredSessionsOnlyInBatches) {
    addSessions(5, "-1 hour", "expired");
    addSessions(1, "-1 second", "just expired");
    addSessions(3, "1 hour", "live");
    ConnectionPool pool({conninfo(), 1, 2000ms});
    PgExpiredRecords records(pool, 2); // four batches: 2, 2, 2, 0

    EXPECT_EQ(records.deleteExpiredSessions(std::chrono::system_clock::now()), 6);
    EXPECT_EQ(count("SELECT count(*) FROM sessions"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM sessions WHERE expires_at <= now()"), 0);
    EXPECT_EQ(records.deleteExpiredSessions(std::chrono::system_clock::now()), 0);
}

TEST_F(Maintenance, DeletesLoginFailuresOlderThanTheCutoffOnly) {
    addLoginFailures(4, "-2 hours");
    addLoginFailures(2, "-1 minute");
    ConnectionPool pool({conninfo(), 1, 2000ms});
    PgExpiredRecords records(pool, 3);

    EXPECT_EQ(records.deleteLoginAttemptsBefore(std::chrono::system_clock::now() - 1h), 4);
    EXPECT_EQ(count("SELECT count(*) FROM login_attempts"), 2);
}

// Every server process runs the clean-up on its own timer; they may meet.
TEST_F(Maintenance, ConcurrentCleanersDeleteEachExpiredRowExactlyOnce) {
    constexpr int kExpired = 3000;
    constexpr int kCleaners = 4;
    addSessions(kExpired, "-1 day", "expired");
    addSessions(7, "1 day", "live");
    std::vector<std::int64_t> deleted(kCleaners, 0);
    std::latch ready(kCleaners);
    std::vector<std::thread> cleaners;
    for (int i = 0; i < kCleaners; ++i) {
        cleaners.emplace_back([&, i] {
            ConnectionPool pool({conninfo(), 1, 5000ms});
            PgExpiredRecords records(pool, 100);
            pool.acquire(); // connected before the start line
            ready.arrive_and_wait();
            deleted[static_cast<std::size_t>(i)] =
                records.deleteExpiredSessions(std::chrono::system_clock::now());
        });
    }
    for (std::thread& cleaner : cleaners)
        cleaner.join();

    std::int64_t total = 0;
    for (const std::int64_t each : deleted)
        total += each;
    EXPECT_EQ(total, kExpired);
    EXPECT_EQ(count("SELECT count(*) FROM sessions"), 7);
}

// The change log by hand: entries of `resume` for `user` at counters, `daysAgo` old.
class ChangeLogRetention : public Maintenance {
protected:
    void SetUp() override {
        Maintenance::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        bobId = newUser("bob@example.com");
    }

    void logChange(const std::string& user, std::int64_t counter, const std::string& resume,
                   bool deleted, int daysAgo) {
        db->query("INSERT INTO resume_changes (user_id, counter, resume_id, version, deleted, "
                  "changed_at) VALUES ($1, $2, $3, $2, $4::boolean, now() - $5 * interval '1 day')",
                  {user, std::to_string(counter), resume, deleted ? "true" : "false",
                   std::to_string(daysAgo)});
        db->query("UPDATE users SET change_counter = greatest(change_counter, $2) WHERE id = $1",
                  {user, std::to_string(counter)});
    }

    std::vector<std::int64_t> countersOf(const std::string& user) {
        const auto rows = db->query(
            "SELECT counter FROM resume_changes WHERE user_id = $1 ORDER BY counter", {user});
        std::vector<std::int64_t> counters;
        for (int i = 0; i < rows.rows(); ++i)
            counters.push_back(rows.integer(i, 0));
        return counters;
    }

    std::int64_t prunedThrough(const std::string& user) {
        return db->query("SELECT changes_pruned_through FROM users WHERE id = $1", {user})
            .integer(0, 0);
    }

    static std::chrono::system_clock::time_point daysAgo(int days) {
        return std::chrono::system_clock::now() - std::chrono::days(days);
    }

    std::string bobId;
    const std::string kA = "00000000-0000-4000-8000-00000000000a";
    const std::string kB = "00000000-0000-4000-8000-00000000000b";
    const std::string kC = "00000000-0000-4000-8000-00000000000c";
};

TEST_F(ChangeLogRetention, PrunesOnlyWhatASyncFromScratchDoesNotNeed) {
    logChange(userId, 1, kA, false, 200); // superseded by 4: pruned
    logChange(userId, 2, kB, false, 150); // superseded by 3: pruned
    logChange(userId, 3, kB, true, 120);  // a deletion, old: pruned
    logChange(userId, 4, kA, false, 100); // A's latest, however old: kept
    logChange(userId, 5, kC, false, 80);  // superseded by 6, but not old enough: kept
    logChange(userId, 6, kC, false, 1);
    ConnectionPool pool({conninfo(), 1, 2000ms});
    PgExpiredRecords records(pool);

    EXPECT_EQ(records.pruneChangeLogBefore(daysAgo(90)), 3);
    EXPECT_EQ(countersOf(userId), (std::vector<std::int64_t>{4, 5, 6}));
    EXPECT_EQ(prunedThrough(userId), 3);
    EXPECT_EQ(records.pruneChangeLogBefore(daysAgo(90)), 0);
    EXPECT_EQ(prunedThrough(userId), 3);
    // Later, with 5 old enough too: a superseded change leaves the mark where it was, since
    // the change that supersedes it is still after it (the mark is for deletions).
    EXPECT_EQ(records.pruneChangeLogBefore(daysAgo(0)), 1);
    EXPECT_EQ(countersOf(userId), (std::vector<std::int64_t>{4, 6}));
    EXPECT_EQ(prunedThrough(userId), 3);
}

TEST_F(ChangeLogRetention, EachAccountIsPrunedOnItsOwn) {
    logChange(userId, 1, kA, true, 100); // an old deletion
    logChange(userId, 2, kB, false, 100);
    logChange(bobId, 1, kB, true, 10); // Bob's deletion is recent
    logChange(bobId, 7, kC, false, 100);
    ConnectionPool pool({conninfo(), 1, 2000ms});
    PgExpiredRecords records(pool);

    EXPECT_EQ(records.pruneChangeLogBefore(daysAgo(90)), 1);
    EXPECT_EQ(countersOf(userId), (std::vector<std::int64_t>{2}));
    EXPECT_EQ(prunedThrough(userId), 1);
    EXPECT_EQ(countersOf(bobId), (std::vector<std::int64_t>{1, 7}));
    EXPECT_EQ(prunedThrough(bobId), 0);
}

// An account whose library is being written (its row locked) is left for the next run rather
// than waited for, and nothing of it is pruned meanwhile.
TEST_F(ChangeLogRetention, ABusyAccountIsSkippedAndPrunedNextTime) {
    logChange(userId, 1, kA, false, 100);
    logChange(userId, 2, kA, true, 100);
    logChange(bobId, 1, kB, true, 100);
    auto writer = connect();
    writer->script("BEGIN");
    writer->query("SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE", {userId});
    ConnectionPool pool({conninfo(), 1, 2000ms});
    PgExpiredRecords records(pool);

    EXPECT_EQ(records.pruneChangeLogBefore(daysAgo(90)), 1); // Bob's only
    EXPECT_EQ(countersOf(userId).size(), 2u);
    EXPECT_EQ(prunedThrough(userId), 0);
    writer->script("COMMIT");
    EXPECT_EQ(records.pruneChangeLogBefore(daysAgo(90)), 2);
    EXPECT_TRUE(countersOf(userId).empty());
    EXPECT_EQ(prunedThrough(userId), 2);
}

// Every server process prunes on its own timer; they may meet.
TEST_F(ChangeLogRetention, ConcurrentPrunersRemoveEachEntryOnce) {
    constexpr int kAccounts = 40;
    constexpr int kPruners = 4;
    db->script(R"sql(
        INSERT INTO users (email, password_hash)
        SELECT 'user' || g || '@example.com', 'x' FROM generate_series(1, 40) g;
        -- per account: ten changes of one resume (nine superseded), then one deletion
        INSERT INTO resume_changes (user_id, counter, resume_id, version, deleted, changed_at)
        SELECT u.id, g, '00000000-0000-4000-8000-000000000001', g, false,
               now() - interval '100 days'
        FROM users u CROSS JOIN generate_series(1, 10) g WHERE u.email LIKE 'user%';
        INSERT INTO resume_changes (user_id, counter, resume_id, version, deleted, changed_at)
        SELECT u.id, 11, '00000000-0000-4000-8000-000000000002', 1, true,
               now() - interval '100 days'
        FROM users u WHERE u.email LIKE 'user%';
        UPDATE users SET change_counter = 11 WHERE email LIKE 'user%';
    )sql");
    std::vector<std::int64_t> pruned(kPruners, 0);
    std::latch ready(kPruners);
    std::vector<std::thread> pruners;
    for (int i = 0; i < kPruners; ++i) {
        pruners.emplace_back([&, i] {
            ConnectionPool pool({conninfo(), 1, 5000ms});
            PgExpiredRecords records(pool);
            pool.acquire(); // connected before the start line
            ready.arrive_and_wait();
            pruned[static_cast<std::size_t>(i)] = records.pruneChangeLogBefore(daysAgo(90));
        });
    }
    for (std::thread& pruner : pruners)
        pruner.join();
    // A pruner that met a busy account left it; one more run (the next timer) finishes.
    ConnectionPool pool({conninfo(), 1, 2000ms});
    const std::int64_t rest = PgExpiredRecords(pool).pruneChangeLogBefore(daysAgo(90));

    std::int64_t total = rest;
    for (const std::int64_t each : pruned)
        total += each;
    EXPECT_EQ(total, kAccounts * 10);
    EXPECT_EQ(count("SELECT count(*) FROM resume_changes"), kAccounts);
    EXPECT_EQ(count("SELECT count(*) FROM users WHERE email LIKE 'user%' "
                    "AND changes_pruned_through = 11"),
              kAccounts);
}

TEST_F(Maintenance, DeletesOperatorEventsOlderThanTheCutoffOnly) {
    db->query("INSERT INTO system_logs (level, event, logged_at) "
              "SELECT 'info', 'old', now() - interval '31 days' FROM generate_series(1, 5)");
    db->query("INSERT INTO system_logs (level, event) VALUES ('info', 'recent')");
    ConnectionPool pool({conninfo(), 1, 2000ms});
    PgExpiredRecords records(pool, 2);

    EXPECT_EQ(
        records.deleteSystemLogsBefore(std::chrono::system_clock::now() - std::chrono::days(30)),
        5);
    EXPECT_EQ(count("SELECT count(*) FROM system_logs WHERE event = 'recent'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM system_logs"), 1);
}

TEST_F(Maintenance, SystemLogKeepsEventsInTheDatabaseAndOnStdout) {
    CapturedLog captured;
    ConnectionPool pool({conninfo(), 1, 2000ms});
    server::pg::PgSystemLog systemLog(pool, captured.log);

    systemLog.record(
        {server::EventLevel::Warning, "disk_nearly_full", {{QStringLiteral("freeBytes"), 1024}}});

    const auto row = db->query(
        "SELECT level, event, details->>'freeBytes', logged_at <= now() FROM system_logs");
    ASSERT_EQ(row.rows(), 1);
    EXPECT_EQ(row.text(0, 0), "warning");
    EXPECT_EQ(row.text(0, 1), "disk_nearly_full");
    EXPECT_EQ(row.text(0, 2), "1024");
    EXPECT_TRUE(row.boolean(0, 3));
    const auto lines = captured.events(QStringLiteral("disk_nearly_full"));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines.front().value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    EXPECT_EQ(lines.front().value(QStringLiteral("freeBytes")).toInt(), 1024);
}

TEST_F(Maintenance, AnEventTheDatabaseCannotTakeStillReachesStdout) {
    CapturedLog captured;
    db->script("DROP TABLE system_logs");
    ConnectionPool pool({conninfo(), 1, 2000ms});
    server::pg::PgSystemLog systemLog(pool, captured.log);

    EXPECT_NO_THROW(systemLog.record({server::EventLevel::Info, "server_started"}));

    EXPECT_EQ(captured.events(QStringLiteral("server_started")).size(), 1u);
    const auto failures = captured.events(QStringLiteral("system_log_write_failed"));
    ASSERT_EQ(failures.size(), 1u);
    EXPECT_EQ(failures.front().value(QStringLiteral("failedEvent")).toString(),
              QStringLiteral("server_started"));
    EXPECT_FALSE(failures.front().value(QStringLiteral("reason")).toString().isEmpty());
}

class RunningServer : public Maintenance {
protected:
    server::config::ServerConfig config() const {
        server::config::ServerConfig c;
        c.databaseUrl = conninfo();
        c.httpPort = 0;
        c.httpThreads = 4;
        c.databasePoolSize = 2;
        c.passwordHashCost = server::config::PasswordHashCost::Interactive;
        return c;
    }

    std::vector<std::string> eventsInSystemLogs() {
        const auto rows = db->query("SELECT event FROM system_logs ORDER BY id");
        std::vector<std::string> events;
        for (int i = 0; i < rows.rows(); ++i)
            events.emplace_back(rows.text(i, 0));
        return events;
    }

    CapturedLog captured;
};

TEST_F(RunningServer, RecordsMigrationsStartAndStopInSystemLogs) {
    db->script("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"); // a new database
    {
        server::Application app(config(), captured.log);
        EXPECT_FALSE(app.migrate().empty());
        app.start();
        EXPECT_TRUE(app.migrate().empty()); // nothing to apply: nothing recorded
    }
    EXPECT_EQ(eventsInSystemLogs(),
              (std::vector<std::string>{"migrations_applied", "server_started", "server_stopped"}));
    const auto versions = db->query("SELECT details->'versions'->>0, details->>'latest' "
                                    "FROM system_logs WHERE event = 'migrations_applied'");
    EXPECT_EQ(versions.text(0, 0), "1");
    EXPECT_EQ(versions.text(0, 1), std::to_string(server::pg::Migrator().latest()));
    EXPECT_EQ(captured.events(QStringLiteral("server_started")).size(), 1u);
    EXPECT_EQ(captured.events(QStringLiteral("server_stopped")).size(), 1u);
}

TEST_F(RunningServer, CleansUpOnItsTimerWithoutBeingAsked) {
    addSessions(4, "-1 hour", "expired");
    addSessions(2, "1 hour", "live");
    addLoginFailures(3, "-1 day");
    auto settings = config();
    settings.maintenanceInterval = 1s;
    server::Application app(settings, captured.log);
    app.start();

    // The first run comes one interval after the start; allow for a slow machine.
    const auto deadline = std::chrono::steady_clock::now() + 30s;
    while (count("SELECT count(*) FROM system_logs WHERE event = 'sessions_cleaned'") == 0 &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(100ms);

    EXPECT_EQ(count("SELECT count(*) FROM sessions"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM sessions WHERE expires_at <= now()"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM login_attempts"), 0);
    const auto details = db->query("SELECT details->>'expiredSessions', details->>'loginAttempts' "
                                   "FROM system_logs WHERE event = 'sessions_cleaned'");
    ASSERT_EQ(details.rows(), 1);
    EXPECT_EQ(details.text(0, 0), "4");
    EXPECT_EQ(details.text(0, 1), "3");
}

} // namespace
} // namespace vitae::test
