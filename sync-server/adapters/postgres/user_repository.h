// Accounts in PostgreSQL (table users, and the free plan's subscription a new account gets).
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

class PgUserRepository : public UserRepository {
public:
    explicit PgUserRepository(ConnectionPool& pool);
    Result<User> create(const std::string& email, const std::string& passwordHash) override;
    std::optional<StoredCredentials> findCredentials(const std::string& email) override;
    std::optional<User> setRole(const std::string& email, Role role) override;

private:
    ConnectionPool& pool_;
};

} // namespace vitae::server::pg
