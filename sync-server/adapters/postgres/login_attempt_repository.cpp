#include "adapters/postgres/login_attempt_repository.h"

namespace vitae::server::pg {
namespace {

// Two-key advisory locks of their own classes ("lgac", "lgad"), apart from the migration
// lock's one-key space.
constexpr const char* kAccountLockClass = "1818714467";
constexpr const char* kAddressLockClass = "1818714468";

// Attempts on one account take turns, and so do attempts from one client address, until
// their transactions end, so each counts the failures its predecessors recorded. The account
// is always locked first: two attempts never wait for each other in a circle.
constexpr Statement kLockAccountAndAddress{"login_attempts_lock", R"sql(
    SELECT pg_advisory_xact_lock($3::int, hashtext(lower($1))),
           pg_advisory_xact_lock($4::int, hashtext($2))
)sql"};

// The n-th most recent failure of the account and of the address (OFFSET n - 1); the attempt
// is recorded only when neither exists.
constexpr Statement kAdmit{"login_attempts_admit", R"sql(
    WITH account AS (
        SELECT attempted_at FROM login_attempts
        WHERE account_key = lower($1)
          AND attempted_at > to_timestamp($4::bigint / 1000.0)
        ORDER BY attempted_at DESC
        OFFSET $5 LIMIT 1
    ), address AS (
        SELECT attempted_at FROM login_attempts
        WHERE client_address = $2
          AND attempted_at > to_timestamp($4::bigint / 1000.0)
        ORDER BY attempted_at DESC
        OFFSET $6 LIMIT 1
    ), recorded AS (
        INSERT INTO login_attempts (account_key, client_address, attempted_at)
        SELECT lower($1), $2, to_timestamp($3::bigint / 1000.0)
        WHERE NOT EXISTS (SELECT FROM account) AND NOT EXISTS (SELECT FROM address)
        RETURNING id
    )
    SELECT (SELECT id FROM recorded),
           (SELECT (extract(epoch FROM attempted_at) * 1000)::bigint FROM account),
           (SELECT (extract(epoch FROM attempted_at) * 1000)::bigint FROM address)
)sql"};

constexpr Statement kWithdraw{"login_attempts_withdraw", R"sql(
    DELETE FROM login_attempts WHERE id = $1::bigint
)sql"};

constexpr Statement kClearAccount{"login_attempts_clear_account", R"sql(
    DELETE FROM login_attempts WHERE account_key = lower($1)
)sql"};

std::optional<std::int64_t> optionalInteger(const Rows& rows, int column) {
    if (rows.isNull(0, column))
        return std::nullopt;
    return rows.integer(0, column);
}

std::optional<TimePoint> optionalTime(const Rows& rows, int column) {
    const auto millis = optionalInteger(rows, column);
    return millis ? std::optional(fromEpochMillis(*millis)) : std::nullopt;
}

} // namespace

PgLoginAttemptLog::PgLoginAttemptLog(ConnectionPool& pool)
    : pool_(pool) {}

LoginAdmission PgLoginAttemptLog::admit(const LoginAttempt& attempt) {
    return pool_.run([&](Connection& connection) {
        Transaction transaction(connection);
        connection.exec(kLockAccountAndAddress,
                        {attempt.email, attempt.address, kAccountLockClass, kAddressLockClass});
        const Rows rows = connection.exec(
            kAdmit,
            {attempt.email, attempt.address, epochMillis(attempt.at), epochMillis(attempt.since),
             std::to_string(attempt.accountLimit - 1), std::to_string(attempt.addressLimit - 1)});
        transaction.commit();
        return LoginAdmission{optionalInteger(rows, 0), optionalTime(rows, 1),
                              optionalTime(rows, 2)};
    });
}

void PgLoginAttemptLog::withdraw(std::int64_t id) {
    pool_.run([&](Connection& connection) { connection.exec(kWithdraw, {std::to_string(id)}); },
              Retry::Once);
}

void PgLoginAttemptLog::clearAccount(const std::string& email) {
    pool_.run([&](Connection& connection) { connection.exec(kClearAccount, {email}); },
              Retry::Once);
}

} // namespace vitae::server::pg
