#include "adapters/postgres/session_repository.h"

namespace vitae::server::pg {
namespace {

constexpr Statement kCreate{"sessions_create", R"sql(
    INSERT INTO sessions (token_hash, user_id, expires_at)
    VALUES (decode($1, 'hex'), $2, to_timestamp($3::bigint / 1000.0))
)sql"};

constexpr Statement kUserForToken{"sessions_user_for_token", R"sql(
    SELECT u.id, u.email, u.role, (extract(epoch FROM u.created_at) * 1000)::bigint
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = decode($1, 'hex')
      AND s.expires_at > to_timestamp($2::bigint / 1000.0)
)sql"};

constexpr Statement kRemove{"sessions_remove", R"sql(
    DELETE FROM sessions WHERE token_hash = decode($1, 'hex')
)sql"};

} // namespace

PgSessionRepository::PgSessionRepository(ConnectionPool& pool)
    : pool_(pool) {}

void PgSessionRepository::create(const std::string& tokenHash, const UserId& user,
                                 TimePoint expiresAt) {
    pool_.run([&](Connection& connection) {
        connection.exec(kCreate, {tokenHash, user, epochMillis(expiresAt)});
    });
}

std::optional<User> PgSessionRepository::userForToken(const std::string& tokenHash, TimePoint now) {
    return pool_.run(
        [&](Connection& connection) -> std::optional<User> {
            const Rows rows = connection.exec(kUserForToken, {tokenHash, epochMillis(now)});
            if (rows.rows() == 0)
                return std::nullopt;
            return User{std::string(rows.text(0, 0)), std::string(rows.text(0, 1)),
                        roleFromName(rows.text(0, 2)).value_or(Role::User),
                        fromEpochMillis(rows.integer(0, 3))};
        },
        Retry::Once);
}

void PgSessionRepository::remove(const std::string& tokenHash) {
    pool_.run([&](Connection& connection) { connection.exec(kRemove, {tokenHash}); },
              Retry::Once); // deleting twice deletes once
}

} // namespace vitae::server::pg
