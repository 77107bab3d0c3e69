// The login throttle in PostgreSQL (PgLoginAttemptLog) and over HTTP: counting and recording
// an attempt are one step, so parallel guesses cannot all pass the count; what a failed login
// leaves to maintenance.
#include "adapters/postgres/login_attempt_repository.h"
#include "api_test.h"
#include "postgres_test.h"

#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <latch>
#include <thread>
#include <vector>

namespace vitae::test {
namespace {

using namespace std::chrono_literals;
using server::LoginAdmission;
using server::pg::ConnectionPool;
using server::pg::PgLoginAttemptLog;

class LoginAttempts : public MigratedPostgresTest {
protected:
    std::int64_t count(const std::string& sql) { return db->query(sql).integer(0, 0); }

    server::LoginAttempt attempt(const std::string& email, const std::string& address) const {
        const auto now = std::chrono::system_clock::now();
        return {email, address, now, now - 600s, 3, 5};
    }
};

// Deleting old failures is maintenance's work, in batches (PgExpiredRecords): a failed login
// that also swept the whole table would make every wrong password a table-wide DELETE.
TEST_F(LoginAttempts, RecordingAFailureLeavesOldFailuresToMaintenance) {
    db->query("INSERT INTO login_attempts (account_key, client_address, attempted_at) "
              "VALUES ('old@example.com', '192.0.2.1', now() - interval '2 days')");
    ConnectionPool pool({conninfo(), 1, 2000ms});
    PgLoginAttemptLog attempts(pool);

    ASSERT_TRUE(attempts.admit(attempt("Ada@example.com", "192.0.2.2")).id);

    EXPECT_EQ(count("SELECT count(*) FROM login_attempts"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM login_attempts WHERE account_key = 'ada@example.com'"),
              1);
}

TEST_F(LoginAttempts, AdmitsUpToEachLimitAndNamesTheFailureThatRefuses) {
    ConnectionPool pool({conninfo(), 1, 2000ms});
    PgLoginAttemptLog attempts(pool);
    std::vector<LoginAdmission> admissions;
    admissions.reserve(4);
    for (int i = 0; i < 4; ++i)
        admissions.push_back(attempts.admit(attempt("ADA@example.com", "192.0.2.1")));
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(admissions[std::size_t(i)].id) << i;
    EXPECT_FALSE(admissions[3].id);
    ASSERT_TRUE(admissions[3].nthAccountFailure);
    EXPECT_FALSE(admissions[3].nthAddressFailure);
    EXPECT_EQ(count("SELECT count(*) FROM login_attempts"), 3); // refusals are not recorded

    attempts.withdraw(*admissions[2].id);
    EXPECT_TRUE(attempts.admit(attempt("ada@example.com", "192.0.2.1")).id);

    // Two more accounts from the address reach its limit of 5.
    EXPECT_TRUE(attempts.admit(attempt("bob@example.com", "192.0.2.1")).id);
    EXPECT_TRUE(attempts.admit(attempt("eve@example.com", "192.0.2.1")).id);
    const LoginAdmission refused = attempts.admit(attempt("joe@example.com", "192.0.2.1"));
    EXPECT_FALSE(refused.id);
    EXPECT_TRUE(refused.nthAddressFailure);
    EXPECT_TRUE(attempts.admit(attempt("joe@example.com", "192.0.2.2")).id);
}

class ParallelLogins : public ApiTest {
protected:
    server::config::ServerConfig config() const override {
        server::config::ServerConfig c = ApiTest::config();
        c.auth.loginLimits = {kPerAccount, 1000, std::chrono::seconds(600)};
        return c;
    }
    static constexpr int kPerAccount = 5;
};

// Each guess takes as long as an Argon2 hash. When the count came before the hash and the
// record after it, every guess in flight passed a count that saw none of the others: a limit
// of 5 let through 5 plus the number of request threads.
TEST_F(ParallelLogins, AtMostTheAccountsLimitOfParallelGuessesAreChecked) {
    signUp("ada@example.com");
    constexpr int kGuesses = 12;
    std::atomic<int> wrong = 0;
    std::atomic<int> throttled = 0;
    std::latch start(kGuesses);
    std::vector<std::thread> guesses;
    guesses.reserve(kGuesses);
    for (int i = 0; i < kGuesses; ++i) {
        guesses.emplace_back([&, i] {
            const auto http = newClient();
            const QJsonObject body{
                {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                {QStringLiteral("password"), QStringLiteral("guess number %1").arg(i)}};
            const std::string text = QJsonDocument(body).toJson().toStdString();
            start.arrive_and_wait();
            const auto result = http->Post("/api/auth/login", text, "application/json");
            if (result && result->status == 401)
                ++wrong;
            else if (result && result->status == 429)
                ++throttled;
        });
    }
    for (std::thread& guess : guesses)
        guess.join();
    EXPECT_EQ(wrong, kPerAccount);
    EXPECT_EQ(throttled, kGuesses - kPerAccount);
}

} // namespace
} // namespace vitae::test
