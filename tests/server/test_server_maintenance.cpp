// The clean-up use case over fakes of its ports and a fixed clock: which times it asks the
// storage to delete by, and when it tells the operators' event log. The PostgreSQL side
// (batches, concurrent cleaners, system_logs rows, the timer in a running server) is in
// test_server_maintenance_postgres.cpp.
#include "usecases/maintenance.h"

#include <QJsonObject>

#include <gtest/gtest.h>

#include <optional>
#include <vector>

namespace vitae::server {
namespace {

using namespace std::chrono_literals;

class FixedClock : public Clock {
public:
    explicit FixedClock(TimePoint now)
        : now_(now) {}
    TimePoint now() const override { return now_; }

private:
    TimePoint now_;
};

// Holds expiry times, attempt times, prunable change times and event times; deletes what the
// use case asks for.
class MemoryRecords : public ExpiredRecords {
public:
    std::int64_t deleteExpiredSessions(TimePoint now) override {
        sessionsAskedAt = now;
        return eraseIf(sessionExpiries, [&](TimePoint expiry) { return expiry <= now; });
    }
    std::int64_t deleteLoginAttemptsBefore(TimePoint cutoff) override {
        attemptsAskedBefore = cutoff;
        return eraseIf(attemptTimes, [&](TimePoint at) { return at < cutoff; });
    }
    std::int64_t pruneChangeLogBefore(TimePoint cutoff) override {
        changesAskedBefore = cutoff;
        return eraseIf(changeTimes, [&](TimePoint at) { return at < cutoff; });
    }
    std::int64_t deleteSystemLogsBefore(TimePoint cutoff) override {
        systemLogsAskedBefore = cutoff;
        return eraseIf(systemLogTimes, [&](TimePoint at) { return at < cutoff; });
    }

    std::vector<TimePoint> sessionExpiries;
    std::vector<TimePoint> attemptTimes;
    std::vector<TimePoint> changeTimes;
    std::vector<TimePoint> systemLogTimes;
    std::optional<TimePoint> sessionsAskedAt;
    std::optional<TimePoint> attemptsAskedBefore;
    std::optional<TimePoint> changesAskedBefore;
    std::optional<TimePoint> systemLogsAskedBefore;

private:
    template <class Predicate>
    static std::int64_t eraseIf(std::vector<TimePoint>& times, Predicate predicate) {
        return static_cast<std::int64_t>(std::erase_if(times, predicate));
    }
};

class RecordedEvents : public SystemEventLog {
public:
    void record(const SystemEvent& event) override { events.push_back(event); }
    std::vector<SystemEvent> events;
};

class Unreachable : public ExpiredRecords {
public:
    std::int64_t deleteExpiredSessions(TimePoint) override {
        throw ServiceUnavailable("PostgreSQL is down");
    }
    std::int64_t deleteLoginAttemptsBefore(TimePoint) override { return 0; }
    std::int64_t pruneChangeLogBefore(TimePoint) override { return 0; }
    std::int64_t deleteSystemLogsBefore(TimePoint) override { return 0; }
};

const TimePoint kNow = TimePoint(std::chrono::seconds(1'800'000'000));
constexpr std::chrono::seconds kLoginWindow = 900s;
constexpr std::chrono::days kChangeLogRetention{90};
constexpr std::chrono::days kSystemLogRetention{30};
const MaintenanceSettings kSettings{kLoginWindow, kChangeLogRetention, kSystemLogRetention};

class CleanUp : public testing::Test {
protected:
    MemoryRecords records;
    RecordedEvents events;
    FixedClock clock{kNow};
    CleanUpExpiredRecords cleanUp{records, events, clock, kSettings};
};

TEST_F(CleanUp, DeletesSessionsExpiredByNowAndFailuresOutsideTheLoginWindow) {
    records.sessionExpiries = {kNow - 1h, kNow, kNow + 1s, kNow + 24h};
    records.attemptTimes = {kNow - kLoginWindow - 1s, kNow - kLoginWindow, kNow - 1s};

    const CleanupReport report = cleanUp.run();

    EXPECT_EQ(records.sessionsAskedAt, kNow);
    EXPECT_EQ(records.attemptsAskedBefore, kNow - kLoginWindow);
    EXPECT_EQ(report, (CleanupReport{2, 1, 0, 0}));
    EXPECT_EQ(records.sessionExpiries, (std::vector<TimePoint>{kNow + 1s, kNow + 24h}));
    EXPECT_EQ(records.attemptTimes, (std::vector<TimePoint>{kNow - kLoginWindow, kNow - 1s}));
}

TEST_F(CleanUp, TellsTheOperatorsWhatItDeleted) {
    records.sessionExpiries = {kNow - 1h, kNow - 2h, kNow - 3h};
    records.attemptTimes = {kNow - 2 * kLoginWindow};

    cleanUp.run();

    ASSERT_EQ(events.events.size(), 1u);
    const SystemEvent& event = events.events.front();
    EXPECT_EQ(event.name, "sessions_cleaned");
    EXPECT_EQ(event.level, EventLevel::Info);
    EXPECT_EQ(event.details.value(QStringLiteral("expiredSessions")).toInteger(), 3);
    EXPECT_EQ(event.details.value(QStringLiteral("loginAttempts")).toInteger(), 1);
}

TEST_F(CleanUp, AQuietRunLeavesNoEvent) {
    records.sessionExpiries = {kNow + 1h};
    records.attemptTimes = {kNow - 1s};
    records.changeTimes = {kNow - 1h};
    records.systemLogTimes = {kNow - 1h};

    EXPECT_EQ(cleanUp.run(), CleanupReport{});
    EXPECT_TRUE(events.events.empty());
    EXPECT_EQ(records.sessionExpiries.size(), 1u);
    EXPECT_EQ(records.attemptTimes.size(), 1u);
}

TEST_F(CleanUp, PrunesTheChangeLogAndTheEventLogToTheirRetention) {
    records.changeTimes = {kNow - kChangeLogRetention - 1ms, kNow - kChangeLogRetention - 24h,
                           kNow - kChangeLogRetention, kNow - 1h};
    records.systemLogTimes = {kNow - kSystemLogRetention - 1s, kNow - kSystemLogRetention};

    const CleanupReport report = cleanUp.run();

    EXPECT_EQ(records.changesAskedBefore, kNow - kChangeLogRetention);
    EXPECT_EQ(records.systemLogsAskedBefore, kNow - kSystemLogRetention);
    EXPECT_EQ(report, (CleanupReport{0, 0, 2, 1}));
    ASSERT_EQ(events.events.size(), 2u);
    EXPECT_EQ(events.events[0].name, "change_log_pruned");
    EXPECT_EQ(events.events[0].details,
              (QJsonObject{{QStringLiteral("entries"), 2}, {QStringLiteral("retentionDays"), 90}}));
    EXPECT_EQ(events.events[1].name, "system_logs_pruned");
    EXPECT_EQ(events.events[1].details,
              (QJsonObject{{QStringLiteral("rows"), 1}, {QStringLiteral("retentionDays"), 30}}));
}

TEST(CleanUpSettings, RetentionsComeFromTheSettings) {
    MemoryRecords records;
    RecordedEvents events;
    FixedClock clock{kNow};
    CleanUpExpiredRecords cleanUp{
        records, events, clock, {kLoginWindow, std::chrono::days(7), std::chrono::days(1)}};
    cleanUp.run();
    EXPECT_EQ(records.changesAskedBefore, kNow - std::chrono::days(7));
    EXPECT_EQ(records.systemLogsAskedBefore, kNow - std::chrono::days(1));
}

TEST(CleanUpWithoutDatabase, LetsServiceUnavailableThroughAndRecordsNothing) {
    Unreachable records;
    RecordedEvents events;
    FixedClock clock{kNow};
    CleanUpExpiredRecords cleanUp{records, events, clock, kSettings};
    EXPECT_THROW(cleanUp.run(), ServiceUnavailable);
    EXPECT_TRUE(events.events.empty());
}

} // namespace
} // namespace vitae::server
