// Deleting expired sessions and stale login failures in PostgreSQL, in small batches that
// concurrent server processes share out between them (FOR UPDATE SKIP LOCKED), so a large
// backlog never holds long locks and two cleaners never wait on each other.
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

class PgExpiredRecords : public ExpiredRecords {
public:
    explicit PgExpiredRecords(ConnectionPool& pool, int batchSize = 5000);
    std::int64_t deleteExpiredSessions(TimePoint now) override;
    std::int64_t deleteLoginAttemptsBefore(TimePoint cutoff) override;

private:
    std::int64_t deleteInBatches(const Statement& statement, TimePoint time);

    ConnectionPool& pool_;
    int batchSize_;
};

} // namespace vitae::server::pg
