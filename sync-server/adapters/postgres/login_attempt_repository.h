// Failed logins in PostgreSQL (table login_attempts), shared by every server process; advisory
// locks make each account's and each address's count-and-record one step across them.
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

class PgLoginAttemptLog : public LoginAttemptLog {
public:
    explicit PgLoginAttemptLog(ConnectionPool& pool);
    LoginAdmission admit(const LoginAttempt& attempt) override;
    void withdraw(std::int64_t id) override;
    void clearAccount(const std::string& email) override;

private:
    ConnectionPool& pool_;
};

} // namespace vitae::server::pg
