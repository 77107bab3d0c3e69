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

class Maintenance : public PostgresTest {
protected:
    void SetUp() override {
        PostgresTest::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        migrate();
        db = connect();
        userId = std::string(
            db->query("INSERT INTO users (email, password_hash) VALUES ('ada@example.com', 'x') "
                      "RETURNING id")
                .text(0, 0));
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

    std::unique_ptr<server::pg::Connection> db;
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
