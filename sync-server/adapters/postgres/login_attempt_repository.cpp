#include "adapters/postgres/login_attempt_repository.h"

namespace vitae::server::pg {
namespace {

constexpr Statement kNthForAccount{"login_attempts_nth_for_account", R"sql(
    SELECT (extract(epoch FROM attempted_at) * 1000)::bigint
    FROM login_attempts
    WHERE account_key = lower($1)
      AND attempted_at > to_timestamp($2::bigint / 1000.0)
    ORDER BY attempted_at DESC
    OFFSET $3 LIMIT 1
)sql"};

constexpr Statement kNthForAddress{"login_attempts_nth_for_address", R"sql(
    SELECT (extract(epoch FROM attempted_at) * 1000)::bigint
    FROM login_attempts
    WHERE client_address = $1
      AND attempted_at > to_timestamp($2::bigint / 1000.0)
    ORDER BY attempted_at DESC
    OFFSET $3 LIMIT 1
)sql"};

constexpr Statement kRecord{"login_attempts_record", R"sql(
    INSERT INTO login_attempts (account_key, client_address, attempted_at)
    VALUES (lower($1), $2, to_timestamp($3::bigint / 1000.0))
)sql"};

constexpr Statement kClearAccount{"login_attempts_clear_account", R"sql(
    DELETE FROM login_attempts WHERE account_key = lower($1)
)sql"};

} // namespace

PgLoginAttemptLog::PgLoginAttemptLog(ConnectionPool& pool)
    : pool_(pool) {}

std::optional<TimePoint> PgLoginAttemptLog::nth(const Statement& statement, const std::string& key,
                                                TimePoint since, int n) {
    return pool_.run(
        [&](Connection& connection) -> std::optional<TimePoint> {
            const Rows rows =
                connection.exec(statement, {key, epochMillis(since), std::to_string(n - 1)});
            if (rows.rows() == 0)
                return std::nullopt;
            return fromEpochMillis(rows.integer(0, 0));
        },
        Retry::Once);
}

std::optional<TimePoint> PgLoginAttemptLog::nthRecentAccountFailure(const std::string& email,
                                                                    TimePoint since, int n) {
    return nth(kNthForAccount, email, since, n);
}

std::optional<TimePoint> PgLoginAttemptLog::nthRecentAddressFailure(const std::string& address,
                                                                    TimePoint since, int n) {
    return nth(kNthForAddress, address, since, n);
}

void PgLoginAttemptLog::recordFailure(const std::string& email, const std::string& address,
                                      TimePoint at) {
    pool_.run([&](Connection& connection) {
        connection.exec(kRecord, {email, address, epochMillis(at)});
    });
}

void PgLoginAttemptLog::clearAccount(const std::string& email) {
    pool_.run([&](Connection& connection) { connection.exec(kClearAccount, {email}); },
              Retry::Once);
}

} // namespace vitae::server::pg
