#include "adapters/postgres/maintenance_repository.h"

namespace vitae::server::pg {
namespace {

// A session authenticates while expires_at > now (session_repository.cpp): the rest go.
constexpr Statement kDeleteExpiredSessions{"maintenance_delete_expired_sessions", R"sql(
    DELETE FROM sessions
    WHERE token_hash IN (
        SELECT token_hash FROM sessions
        WHERE expires_at <= to_timestamp($1::bigint / 1000.0)
        LIMIT $2
        FOR UPDATE SKIP LOCKED)
)sql"};

// The same boundary as the forgetting in login_attempt_repository.cpp.
constexpr Statement kDeleteOldLoginAttempts{"maintenance_delete_old_login_attempts", R"sql(
    DELETE FROM login_attempts
    WHERE id IN (
        SELECT id FROM login_attempts
        WHERE attempted_at < to_timestamp($1::bigint / 1000.0)
        LIMIT $2
        FOR UPDATE SKIP LOCKED)
)sql"};

} // namespace

PgExpiredRecords::PgExpiredRecords(ConnectionPool& pool, int batchSize)
    : pool_(pool)
    , batchSize_(batchSize) {}

std::int64_t PgExpiredRecords::deleteExpiredSessions(TimePoint now) {
    return deleteInBatches(kDeleteExpiredSessions, now);
}

std::int64_t PgExpiredRecords::deleteLoginAttemptsBefore(TimePoint cutoff) {
    return deleteInBatches(kDeleteOldLoginAttempts, cutoff);
}

// Each batch commits on its own; deleting an expired row twice deletes it once, so a batch
// is retried after a lost connection.
std::int64_t PgExpiredRecords::deleteInBatches(const Statement& statement, TimePoint time) {
    const std::string timeParam = epochMillis(time);
    const std::string limitParam = std::to_string(batchSize_);
    std::int64_t total = 0;
    for (;;) {
        const int deleted = pool_.run(
            [&](Connection& connection) {
                return connection.exec(statement, {timeParam, limitParam}).affectedRows();
            },
            Retry::Once);
        total += deleted;
        if (deleted < batchSize_)
            return total;
    }
}

} // namespace vitae::server::pg
