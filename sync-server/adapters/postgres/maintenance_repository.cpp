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

// Failures older than the throttle window count for nothing; only this removes them.
constexpr Statement kDeleteOldLoginAttempts{"maintenance_delete_old_login_attempts", R"sql(
    DELETE FROM login_attempts
    WHERE id IN (
        SELECT id FROM login_attempts
        WHERE attempted_at < to_timestamp($1::bigint / 1000.0)
        LIMIT $2
        FOR UPDATE SKIP LOCKED)
)sql"};

constexpr Statement kDeleteOldSystemLogs{"maintenance_delete_old_system_logs", R"sql(
    DELETE FROM system_logs
    WHERE id IN (
        SELECT id FROM system_logs
        WHERE logged_at < to_timestamp($1::bigint / 1000.0)
        LIMIT $2
        FOR UPDATE SKIP LOCKED)
)sql"};

// Accounts with change-log entries a sync from scratch does not need: written before the
// cutoff, and either a deletion or superseded by a later change of the same resume (the delta
// query returns only each resume's latest change). Found by age on
// resume_changes_changed_at_idx.
constexpr Statement kAccountsWithPrunableChanges{"maintenance_accounts_with_prunable_changes",
                                                 R"sql(
    SELECT DISTINCT c.user_id::text
    FROM resume_changes c
    WHERE c.changed_at < to_timestamp($1::bigint / 1000.0)
      AND (c.deleted OR EXISTS (SELECT 1 FROM resume_changes later
                                WHERE later.user_id = c.user_id
                                  AND later.resume_id = c.resume_id
                                  AND later.counter > c.counter))
    LIMIT $2
)sql"};

// One account's prunable entries (the same condition as above) deleted, and its
// changes_pruned_through raised to the highest deletion deleted, in one statement and so one
// transaction: a sync page reads both in one snapshot and sees the prune whole or not at all.
// A superseded change does not raise it: its later change is still in the log, after it, so
// no cursor misses anything (domain/sync.h).
// The account's row is locked first, as every write to its library does; an account being
// written or pruned by another process right now is skipped until the next run.
constexpr Statement kPruneAccountChanges{"maintenance_prune_account_changes", R"sql(
    WITH account AS (
        SELECT id FROM users WHERE id = $1 FOR NO KEY UPDATE SKIP LOCKED
    ), pruned AS (
        DELETE FROM resume_changes c
        USING account
        WHERE c.user_id = account.id
          AND c.changed_at < to_timestamp($2::bigint / 1000.0)
          AND (c.deleted OR EXISTS (SELECT 1 FROM resume_changes later
                                    WHERE later.user_id = c.user_id
                                      AND later.resume_id = c.resume_id
                                      AND later.counter > c.counter))
        RETURNING c.counter, c.deleted
    ), raised AS (
        UPDATE users u
        SET changes_pruned_through = greatest(u.changes_pruned_through,
                                              (SELECT max(counter) FROM pruned WHERE deleted))
        FROM account
        WHERE u.id = account.id AND EXISTS (SELECT 1 FROM pruned WHERE deleted)
    )
    SELECT count(*) FROM pruned
)sql"};

constexpr int kAccountsPerRound = 500;

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

std::int64_t PgExpiredRecords::deleteSystemLogsBefore(TimePoint cutoff) {
    return deleteInBatches(kDeleteOldSystemLogs, cutoff);
}

// Rounds of accounts until a round finds none or prunes nothing (its accounts were all busy:
// the next run comes back for them). Pruning is idempotent, so a statement is retried after a
// lost connection.
std::int64_t PgExpiredRecords::pruneChangeLogBefore(TimePoint cutoff) {
    const std::string cutoffParam = epochMillis(cutoff);
    const std::string limitParam = std::to_string(kAccountsPerRound);
    std::int64_t total = 0;
    for (;;) {
        const std::vector<std::string> accounts = pool_.run(
            [&](Connection& connection) {
                return connection.exec(kAccountsWithPrunableChanges, {cutoffParam, limitParam})
                    .map([](const Rows& rows, int row) { return std::string(rows.text(row, 0)); });
            },
            Retry::Once);
        std::int64_t round = 0;
        for (const std::string& account : accounts)
            round += pruneAccountLog(account, cutoffParam);
        total += round;
        if (accounts.size() < static_cast<std::size_t>(kAccountsPerRound) || round == 0)
            return total;
    }
}

std::int64_t PgExpiredRecords::pruneAccountLog(const std::string& user, const std::string& cutoff) {
    return pool_.run(
        [&](Connection& connection) {
            return connection.exec(kPruneAccountChanges, {user, cutoff}).integer(0, 0);
        },
        Retry::Once);
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
