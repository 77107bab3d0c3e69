// Housekeeping the server does on a timer, and the operators' event log it reports to:
// expired sessions and login failures that no longer count are deleted, and what was done is
// kept where every server process and every operator can read it later (system_logs).
#pragma once

#include "domain/user.h"
#include "usecases/ports.h"

#include <QJsonObject>

#include <chrono>
#include <cstdint>
#include <string>

namespace vitae::server {

enum class EventLevel { Info, Warning, Error };

// Something an operator needs to find after the fact: "server_started", "migrations_applied",
// "sessions_cleaned", ... (stable names), with the facts behind it.
struct SystemEvent {
    EventLevel level = EventLevel::Info;
    std::string name;
    QJsonObject details = {};
};

// Where those events are kept. Recording never throws: losing an event must not fail the
// work it describes.
class SystemEventLog {
public:
    virtual ~SystemEventLog() = default;
    virtual void record(const SystemEvent& event) = 0;
};

// Bulk deletion of rows that mean nothing any more. Safe to run from many server processes
// at once: each row is deleted by exactly one of them, and rows still in use stay.
class ExpiredRecords {
public:
    virtual ~ExpiredRecords() = default;
    // Sessions whose expiry is at or before `now` (they no longer authenticate); the count.
    virtual std::int64_t deleteExpiredSessions(TimePoint now) = 0;
    // Failed logins older than `cutoff` (outside every throttling window); the count.
    virtual std::int64_t deleteLoginAttemptsBefore(TimePoint cutoff) = 0;
};

struct CleanupReport {
    std::int64_t sessions = 0;
    std::int64_t loginAttempts = 0;

    bool operator==(const CleanupReport&) const = default;
};

class CleanUpExpiredRecords {
public:
    // `loginWindow` is the throttle's window: failures older than it no longer count.
    CleanUpExpiredRecords(ExpiredRecords& records, SystemEventLog& events, const Clock& clock,
                          std::chrono::seconds loginWindow);
    // Deletes what has expired and records "sessions_cleaned" when anything was deleted.
    // Throws ServiceUnavailable when PostgreSQL cannot be reached (the next run catches up).
    CleanupReport run();

private:
    ExpiredRecords& records_;
    SystemEventLog& events_;
    const Clock& clock_;
    std::chrono::seconds loginWindow_;
};

} // namespace vitae::server
