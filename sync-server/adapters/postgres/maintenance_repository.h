// Deleting expired sessions, stale login failures and old operator events in PostgreSQL, in
// small batches that concurrent server processes share out between them (FOR UPDATE SKIP
// LOCKED), so a large backlog never holds long locks and two cleaners never wait on each other;
// and pruning the sync change log one account at a time (see pruneChangeLogBefore()).
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

class PgExpiredRecords : public ExpiredRecords {
public:
    explicit PgExpiredRecords(ConnectionPool& pool, int batchSize = 5000);
    std::int64_t deleteExpiredSessions(TimePoint now) override;
    std::int64_t deleteLoginAttemptsBefore(TimePoint cutoff) override;
    std::int64_t pruneChangeLogBefore(TimePoint cutoff) override;
    std::int64_t deleteSystemLogsBefore(TimePoint cutoff) override;

private:
    std::int64_t deleteInBatches(const Statement& statement, TimePoint time);
    std::int64_t pruneAccountLog(const std::string& user, const std::string& cutoff);

    ConnectionPool& pool_;
    int batchSize_;
};

} // namespace vitae::server::pg
