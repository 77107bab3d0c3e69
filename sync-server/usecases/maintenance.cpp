#include "usecases/maintenance.h"

namespace vitae::server {

CleanUpExpiredRecords::CleanUpExpiredRecords(ExpiredRecords& records, SystemEventLog& events,
                                             const Clock& clock, MaintenanceSettings settings)
    : records_(records)
    , events_(events)
    , clock_(clock)
    , settings_(settings) {}

// A quiet step is not worth a row: operators look for what changed.
CleanupReport CleanUpExpiredRecords::run() {
    const TimePoint now = clock_.now();
    CleanupReport report;
    report.sessions = records_.deleteExpiredSessions(now);
    report.loginAttempts = records_.deleteLoginAttemptsBefore(now - settings_.loginWindow);
    if (report.sessions > 0 || report.loginAttempts > 0)
        events_.record({EventLevel::Info,
                        "sessions_cleaned",
                        {{QStringLiteral("expiredSessions"), qint64{report.sessions}},
                         {QStringLiteral("loginAttempts"), qint64{report.loginAttempts}}}});

    report.changeLogEntries = records_.pruneChangeLogBefore(now - settings_.changeLogRetention);
    if (report.changeLogEntries > 0)
        events_.record(
            {EventLevel::Info,
             "change_log_pruned",
             {{QStringLiteral("entries"), qint64{report.changeLogEntries}},
              {QStringLiteral("retentionDays"), qint64{settings_.changeLogRetention.count()}}}});

    report.systemLogs = records_.deleteSystemLogsBefore(now - settings_.systemLogRetention);
    if (report.systemLogs > 0)
        events_.record(
            {EventLevel::Info,
             "system_logs_pruned",
             {{QStringLiteral("rows"), qint64{report.systemLogs}},
              {QStringLiteral("retentionDays"), qint64{settings_.systemLogRetention.count()}}}});
    return report;
}

} // namespace vitae::server
