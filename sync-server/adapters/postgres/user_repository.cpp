#include "adapters/postgres/user_repository.h"

namespace vitae::server::pg {
namespace {

constexpr const char* kUniqueViolation = "23505";

// One statement, so the account and its subscription exist together or not at all.
constexpr Statement kCreate{"users_create", R"sql(
    WITH new_user AS (
        INSERT INTO users (email, password_hash)
        VALUES ($1, $2)
        RETURNING id, email, role, created_at
    ), subscription AS (
        INSERT INTO subscriptions (user_id, plan_code)
        SELECT id, 'free' FROM new_user
    )
    SELECT id, email, role, (extract(epoch FROM created_at) * 1000)::bigint
    FROM new_user
)sql"};

constexpr Statement kFindCredentials{"users_find_credentials", R"sql(
    SELECT id, email, role, (extract(epoch FROM created_at) * 1000)::bigint, password_hash
    FROM users
    WHERE lower(email) = lower($1)
)sql"};

constexpr Statement kSetRole{"users_set_role", R"sql(
    UPDATE users
    SET role = $2, updated_at = now()
    WHERE lower(email) = lower($1)
    RETURNING id, email, role, (extract(epoch FROM created_at) * 1000)::bigint
)sql"};

// Columns id, email, role, created_at (ms) of a users row.
User userAt(const Rows& rows, int row) {
    return {std::string(rows.text(row, 0)), std::string(rows.text(row, 1)),
            roleFromName(rows.text(row, 2)).value_or(Role::User),
            fromEpochMillis(rows.integer(row, 3))};
}

} // namespace

PgUserRepository::PgUserRepository(ConnectionPool& pool)
    : pool_(pool) {}

Result<User> PgUserRepository::create(const std::string& email, const std::string& passwordHash) {
    return pool_.run([&](Connection& connection) -> Result<User> {
        try {
            return userAt(connection.exec(kCreate, {email, passwordHash}), 0);
        } catch (const QueryError& error) {
            if (error.sqlstate() != kUniqueViolation)
                throw;
            return Error{ErrorKind::EmailTaken, "An account with this e-mail address exists."};
        }
    });
}

std::optional<StoredCredentials> PgUserRepository::findCredentials(const std::string& email) {
    return pool_.run(
        [&](Connection& connection) -> std::optional<StoredCredentials> {
            const Rows rows = connection.exec(kFindCredentials, {email});
            if (rows.rows() == 0)
                return std::nullopt;
            return StoredCredentials{userAt(rows, 0), std::string(rows.text(0, 4))};
        },
        Retry::Once);
}

std::optional<User> PgUserRepository::setRole(const std::string& email, Role role) {
    return pool_.run(
        [&](Connection& connection) -> std::optional<User> {
            const Rows rows = connection.exec(kSetRole, {email, std::string(roleName(role))});
            if (rows.rows() == 0)
                return std::nullopt;
            return userAt(rows, 0);
        },
        Retry::Once); // setting the same role twice is harmless
}

} // namespace vitae::server::pg
