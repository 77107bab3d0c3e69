#include "usecases/maintenance.h"

namespace vitae::server {

CleanUpExpiredRecords::CleanUpExpiredRecords(ExpiredRecords& records, SystemEventLog& events,
                                             const Clock& clock, std::chrono::seconds loginWindow)
    : records_(records)
    , events_(events)
    , clock_(clock)
    , loginWindow_(loginWindow) {}

CleanupReport CleanUpExpiredRecords::run() {
    const TimePoint now = clock_.now();
    CleanupReport report;
    report.sessions = records_.deleteExpiredSessions(now);
    report.loginAttempts = records_.deleteLoginAttemptsBefore(now - loginWindow_);
    // A quiet run is not worth a row: operators look for what changed.
    if (report != CleanupReport{})
        events_.record({EventLevel::Info,
                        "sessions_cleaned",
                        {{QStringLiteral("expiredSessions"), qint64{report.sessions}},
                         {QStringLiteral("loginAttempts"), qint64{report.loginAttempts}}}});
    return report;
}

} // namespace vitae::server
