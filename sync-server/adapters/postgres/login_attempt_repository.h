// Failed logins in PostgreSQL (table login_attempts), shared by every server process.
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

class PgLoginAttemptLog : public LoginAttemptLog {
public:
    explicit PgLoginAttemptLog(ConnectionPool& pool);
    std::optional<TimePoint> nthRecentAccountFailure(const std::string& email, TimePoint since,
                                                     int n) override;
    std::optional<TimePoint> nthRecentAddressFailure(const std::string& address, TimePoint since,
                                                     int n) override;
    void recordFailure(const std::string& email, const std::string& address, TimePoint at) override;
    void clearAccount(const std::string& email) override;

private:
    std::optional<TimePoint> nth(const Statement& statement, const std::string& key,
                                 TimePoint since, int n);
    ConnectionPool& pool_;
};

} // namespace vitae::server::pg
