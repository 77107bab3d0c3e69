// Housekeeping the server does on a timer: expired sessions and login failures that no longer
// count are deleted, and what was done goes to the operators' event log (SystemEventLog).
#pragma once

#include "domain/user.h"
#include "usecases/ports.h"

#include <chrono>
#include <cstdint>

namespace vitae::server {

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
