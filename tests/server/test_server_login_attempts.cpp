// The login throttle's record in PostgreSQL (PgLoginAttemptLog): what a failed login writes
// and what it leaves to maintenance.
#include "adapters/postgres/login_attempt_repository.h"
#include "postgres_test.h"

#include <chrono>

namespace vitae::test {
namespace {

using namespace std::chrono_literals;
using server::pg::ConnectionPool;
using server::pg::PgLoginAttemptLog;

class LoginAttempts : public MigratedPostgresTest {
protected:
    std::int64_t count(const std::string& sql) { return db->query(sql).integer(0, 0); }
};

// Deleting old failures is maintenance's work, in batches (PgExpiredRecords): a failed login
// that also swept the whole table would make every wrong password a table-wide DELETE.
TEST_F(LoginAttempts, RecordingAFailureLeavesOldFailuresToMaintenance) {
    db->query("INSERT INTO login_attempts (account_key, client_address, attempted_at) "
              "VALUES ('old@example.com', '192.0.2.1', now() - interval '2 days')");
    ConnectionPool pool({conninfo(), 1, 2000ms});
    PgLoginAttemptLog attempts(pool);

    attempts.recordFailure("Ada@example.com", "192.0.2.2", std::chrono::system_clock::now());

    EXPECT_EQ(count("SELECT count(*) FROM login_attempts"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM login_attempts WHERE account_key = 'ada@example.com'"),
              1);
}

} // namespace
} // namespace vitae::test
