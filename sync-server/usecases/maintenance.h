// Housekeeping the server does on a timer: expired sessions and login failures that no longer
// count are deleted, the sync change log and the operators' event log are pruned to their
// retention, and what was done goes to the operators' event log (SystemEventLog).
#pragma once

#include "domain/user.h"
#include "usecases/auth.h"
#include "usecases/ports.h"

#include <chrono>
#include <cstdint>

namespace vitae::server {

struct MaintenanceSettings {
    // The login throttle's window: failures older than it no longer count.
    std::chrono::seconds loginWindow = LoginLimits{}.window;
    // VITAE_CHANGE_LOG_RETENTION_DAYS: how long a device may stay away and still continue its
    // sync from its cursor.
    std::chrono::days changeLogRetention{90};
    // VITAE_SYSTEM_LOG_RETENTION_DAYS
    std::chrono::days systemLogRetention{30};
};

struct CleanupReport {
    std::int64_t sessions = 0;
    std::int64_t loginAttempts = 0;
    std::int64_t changeLogEntries = 0;
    std::int64_t systemLogs = 0;

    bool operator==(const CleanupReport&) const = default;
};

class CleanUpExpiredRecords {
public:
    CleanUpExpiredRecords(ExpiredRecords& records, SystemEventLog& events, const Clock& clock,
                          MaintenanceSettings settings);
    // Deletes what has expired and records what it did: "sessions_cleaned",
    // "change_log_pruned", "system_logs_pruned" (each only when it deleted something).
    // Throws ServiceUnavailable when PostgreSQL cannot be reached (the next run catches up).
    CleanupReport run();

private:
    ExpiredRecords& records_;
    SystemEventLog& events_;
    const Clock& clock_;
    MaintenanceSettings settings_;
};

} // namespace vitae::server
