// Sessions in PostgreSQL: the SHA-256 of each bearer token, its account and its expiry.
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

class PgSessionRepository : public SessionRepository {
public:
    explicit PgSessionRepository(ConnectionPool& pool);
    void create(const std::string& tokenHash, const UserId& user, TimePoint expiresAt) override;
    std::optional<User> userForToken(const std::string& tokenHash, TimePoint now) override;
    void remove(const std::string& tokenHash) override;

private:
    ConnectionPool& pool_;
};

} // namespace vitae::server::pg
