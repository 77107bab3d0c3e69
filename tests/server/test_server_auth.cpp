// The account use cases over in-memory ports and a settable clock: throttling arithmetic
// (per account, per address, Retry-After), session expiry, and what registration accepts; and
// the password hasher's memory budget. PostgreSQL-backed behaviour is covered by
// test_server_http and test_server_login_attempts.
#include "adapters/crypto/sodium.h"
#include "usecases/admin.h"
#include "usecases/auth.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <latch>
#include <map>
#include <thread>
#include <vector>

namespace vitae::server {
namespace {

using namespace std::chrono_literals;

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

class FakeClock : public Clock {
public:
    TimePoint now() const override { return now_; }
    void advance(std::chrono::seconds by) { now_ += by; }

private:
    TimePoint now_ = TimePoint(std::chrono::seconds(1'700'000'000));
};

class MemoryUsers : public UserRepository {
public:
    Result<User> create(const std::string& email, const std::string& hash) override {
        if (byEmail_.contains(lower(email)))
            return Error{ErrorKind::EmailTaken, "taken"};
        User user{"user-" + std::to_string(byEmail_.size() + 1), email, Role::User, {}};
        byEmail_[lower(email)] = {user, hash};
        return user;
    }
    std::optional<StoredCredentials> findCredentials(const std::string& email) override {
        const auto it = byEmail_.find(lower(email));
        return it == byEmail_.end() ? std::nullopt : std::optional(it->second);
    }
    std::optional<User> setRole(const std::string& email, Role role) override {
        const auto it = byEmail_.find(lower(email));
        if (it == byEmail_.end())
            return std::nullopt;
        it->second.user.role = role;
        return it->second.user;
    }

private:
    std::map<std::string, StoredCredentials> byEmail_;
};

class MemorySessions : public SessionRepository {
public:
    void create(const std::string& hash, const UserId& user, TimePoint expiresAt) override {
        sessions[hash] = {user, expiresAt};
    }
    std::optional<User> userForToken(const std::string& hash, TimePoint now) override {
        const auto it = sessions.find(hash);
        if (it == sessions.end() || it->second.second <= now)
            return std::nullopt;
        return User{it->second.first, "someone@example.com", Role::User, {}};
    }
    void remove(const std::string& hash) override { sessions.erase(hash); }

    std::map<std::string, std::pair<UserId, TimePoint>> sessions;
};

class MemoryAttempts : public LoginAttemptLog {
public:
    LoginAdmission admit(const LoginAttempt& attempt) override {
        LoginAdmission admission;
        admission.nthAccountFailure =
            nth([&](const Attempt& a) { return a.account == lower(attempt.email); }, attempt.since,
                attempt.accountLimit);
        admission.nthAddressFailure =
            nth([&](const Attempt& a) { return a.address == attempt.address; }, attempt.since,
                attempt.addressLimit);
        if (!admission.nthAccountFailure && !admission.nthAddressFailure) {
            admission.id = ++lastId_;
            attempts.push_back({*admission.id, lower(attempt.email), attempt.address, attempt.at});
        }
        return admission;
    }
    void withdraw(std::int64_t id) override {
        std::erase_if(attempts, [&](const Attempt& a) { return a.id == id; });
    }
    void clearAccount(const std::string& email) override {
        std::erase_if(attempts, [&](const Attempt& a) { return a.account == lower(email); });
    }

    struct Attempt {
        std::int64_t id;
        std::string account;
        std::string address;
        TimePoint at;
    };
    std::vector<Attempt> attempts;

private:
    template <class Match>
    std::optional<TimePoint> nth(Match match, TimePoint since, int n) {
        std::vector<TimePoint> times;
        for (const Attempt& attempt : attempts) {
            if (match(attempt) && attempt.at > since)
                times.push_back(attempt.at);
        }
        std::sort(times.rbegin(), times.rend());
        if (static_cast<int>(times.size()) < n)
            return std::nullopt;
        return times[static_cast<std::size_t>(n - 1)];
    }

    std::int64_t lastId_ = 0;
};

// Hashing is the adapter's business; here a readable stand-in that can watch each check.
class PlainHasher : public PasswordHasher {
public:
    std::string hash(std::string_view password) override {
        return "hashed:" + std::string(password);
    }
    bool verify(const std::string& hash, std::string_view password) override {
        if (duringVerify)
            duringVerify();
        return hash == "hashed:" + std::string(password);
    }

    std::function<void()> duringVerify;
};

class CountingTokens : public TokenGenerator {
public:
    std::string newToken() override { return "token-" + std::to_string(++count_); }
    std::string hashOf(std::string_view token) override { return "h(" + std::string(token) + ")"; }

private:
    int count_ = 0;
};

class AuthUseCases : public testing::Test {
protected:
    AuthSettings settings() const {
        AuthSettings s;
        s.sessionLifetime = 1h;
        s.loginLimits = {3, 5, 600s};
        return s;
    }

    Result<IssuedSession> login(const std::string& email, const std::string& password,
                                const std::string& address = "10.0.0.1") {
        return logIn.run({email, password, address});
    }

    void failTimes(int times, const std::string& email, const std::string& address = "10.0.0.1") {
        for (int i = 0; i < times; ++i) {
            ASSERT_EQ(login(email, "wrong password", address).error().kind,
                      ErrorKind::InvalidCredentials);
            clock.advance(10s);
        }
    }

    FakeClock clock;
    MemoryUsers users;
    MemorySessions sessions;
    MemoryAttempts attempts;
    PlainHasher hasher;
    CountingTokens tokens;
    RegisterUser registerUser{users, hasher};
    LogIn logIn{users, sessions, attempts, hasher, tokens, clock, settings()};
    Authenticate authenticate{sessions, tokens, clock};
    LogOut logOut{sessions, tokens};

    void SetUp() override { ASSERT_TRUE(registerUser.run("Ada@example.com", "analytical engine")); }
};

TEST_F(AuthUseCases, RegistrationChecksAddressAndPassword) {
    const Result<User> bad = registerUser.run("not an address", "short");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ErrorKind::ValidationFailed);
    const QJsonArray fields = bad.error().details.value(QStringLiteral("fields")).toArray();
    ASSERT_EQ(fields.size(), 2);
    EXPECT_EQ(fields[0].toObject().value(QStringLiteral("pointer")).toString(),
              QStringLiteral("/email"));
    EXPECT_EQ(fields[0].toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("email.invalid"));
    EXPECT_EQ(fields[1].toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("password.too_short"));
    EXPECT_EQ(registerUser.run("", "long enough password").error().kind,
              ErrorKind::ValidationFailed);
    EXPECT_EQ(registerUser.run("ada@EXAMPLE.com", "another password").error().kind,
              ErrorKind::EmailTaken);
}

TEST_F(AuthUseCases, PasswordLengthCountsCharactersNotBytes) {
    EXPECT_TRUE(registerUser.run("u1@example.com", "ééééééééé")); // 9 characters
    EXPECT_EQ(registerUser.run("u2@example.com", "éééé").error().kind,
              ErrorKind::ValidationFailed); // 8 bytes, 4 characters
    EXPECT_EQ(registerUser.run("u3@example.com", std::string(1025, 'x')).error().kind,
              ErrorKind::ValidationFailed);
}

TEST_F(AuthUseCases, LoginIssuesASessionThatExpires) {
    const Result<IssuedSession> session = login("ADA@example.com", "analytical engine");
    ASSERT_TRUE(session);
    EXPECT_EQ(session.value().expiresAt, clock.now() + 1h);
    EXPECT_TRUE(sessions.sessions.contains("h(" + session.value().token + ")"));
    EXPECT_TRUE(authenticate.run(session.value().token));
    clock.advance(3599s);
    EXPECT_TRUE(authenticate.run(session.value().token));
    clock.advance(1s);
    EXPECT_EQ(authenticate.run(session.value().token).error().kind, ErrorKind::Unauthorized);
}

TEST_F(AuthUseCases, LogoutEndsTheSession) {
    const std::string token = login("ada@example.com", "analytical engine").value().token;
    logOut.run(token);
    EXPECT_EQ(authenticate.run(token).error().kind, ErrorKind::Unauthorized);
    EXPECT_EQ(authenticate.run("").error().kind, ErrorKind::Unauthorized);
}

TEST_F(AuthUseCases, AccountIsThrottledUntilTheOldestCountedFailureLeavesTheWindow) {
    failTimes(3, "ada@example.com"); // at t0, t0+10, t0+20; now t0+30
    const Result<IssuedSession> blocked = login("ada@example.com", "analytical engine");
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().kind, ErrorKind::RateLimited);
    // The third most recent failure (t0) leaves the 600 s window at t0+600: 570 s from now.
    EXPECT_EQ(blocked.error().details.value(QStringLiteral("retryAfterSeconds")).toInteger(), 570);
    clock.advance(569s);
    EXPECT_EQ(login("ada@example.com", "analytical engine").error().kind, ErrorKind::RateLimited);
    clock.advance(1s);
    EXPECT_TRUE(login("ada@example.com", "analytical engine"));
}

TEST_F(AuthUseCases, SuccessClearsTheAccountsFailures) {
    failTimes(2, "ada@example.com");
    ASSERT_TRUE(login("ada@example.com", "analytical engine"));
    failTimes(2, "ada@example.com"); // would be 4 without the reset
    EXPECT_TRUE(login("ada@example.com", "analytical engine"));
}

TEST_F(AuthUseCases, AddressIsThrottledAcrossAccounts) {
    for (int i = 0; i < 5; ++i)
        failTimes(1, "nobody" + std::to_string(i) + "@example.com", "192.0.2.7");
    EXPECT_EQ(login("ada@example.com", "analytical engine", "192.0.2.7").error().kind,
              ErrorKind::RateLimited);
    EXPECT_TRUE(login("ada@example.com", "analytical engine", "192.0.2.8"));
}

TEST_F(AuthUseCases, UnknownAddressesFailLikeWrongPasswordsAndCount) {
    EXPECT_EQ(login("ghost@example.com", "whatever it is").error().kind,
              ErrorKind::InvalidCredentials);
    EXPECT_EQ(attempts.attempts.size(), 1u);
}

// Parallel guesses at one account each take as long as a hash: the throttle must have counted
// a guess before its check starts, or every guess in flight passes a check that saw none.
TEST_F(AuthUseCases, AGuessCountsBeforeItsPasswordIsChecked) {
    std::size_t recordedWhileChecking = 0;
    hasher.duringVerify = [&] { recordedWhileChecking = attempts.attempts.size(); };
    EXPECT_EQ(login("ada@example.com", "wrong password").error().kind,
              ErrorKind::InvalidCredentials);
    EXPECT_EQ(recordedWhileChecking, 1u);
    EXPECT_EQ(attempts.attempts.size(), 1u);
    EXPECT_TRUE(login("ada@example.com", "analytical engine"));
    EXPECT_TRUE(attempts.attempts.empty()); // the success took its own attempt back too
}

TEST_F(AuthUseCases, AGuessThatCouldNotBeCheckedDoesNotCount) {
    failTimes(1, "ada@example.com");
    hasher.duringVerify = [] { throw ServiceUnavailable("no hashing slot free"); };
    EXPECT_THROW(static_cast<void>(login("ada@example.com", "wrong password")), ServiceUnavailable);
    EXPECT_EQ(attempts.attempts.size(), 1u);
}

class RecordedEvents : public SystemEventLog {
public:
    void record(const SystemEvent& event) override { events.push_back(event); }
    std::vector<SystemEvent> events;
};

TEST_F(AuthUseCases, GrantAdminNeedsAnExistingAccountAndRecordsEachGrant) {
    RecordedEvents events;
    GrantAdmin grant(users, events);
    const Result<User> granted = grant.run("ADA@example.com");
    ASSERT_TRUE(granted);
    EXPECT_EQ(granted.value().role, Role::Admin);
    ASSERT_EQ(events.events.size(), 1u);
    EXPECT_EQ(events.events[0].name, "admin_granted");
    EXPECT_EQ(events.events[0].level, EventLevel::Info);
    EXPECT_EQ(events.events[0].userId, granted.value().id);
    EXPECT_EQ(events.events[0].details.value(QStringLiteral("email")).toString().toStdString(),
              granted.value().email);

    EXPECT_EQ(grant.run("ghost@example.com").error().kind, ErrorKind::NotFound);
    EXPECT_EQ(events.events.size(), 1u); // nothing granted, nothing recorded
}

constexpr std::size_t kMiB = std::size_t{1024} * 1024;

// Each Argon2id call holds its cost's memory: the budget divided by it runs at once.
TEST(PasswordHashing, TheMemoryBudgetDecidesHowManyHashesRunAtOnce) {
    EXPECT_EQ(crypto::concurrentHashes(1024 * kMiB, crypto::moderateCost()), 4);
    EXPECT_EQ(crypto::concurrentHashes(1024 * kMiB, crypto::interactiveCost()), 16);
    EXPECT_EQ(crypto::concurrentHashes(1024 * kMiB, crypto::sensitiveCost()), 1);
    EXPECT_EQ(crypto::concurrentHashes(100 * kMiB, crypto::moderateCost()), 1); // at least one
    EXPECT_EQ(crypto::SodiumPasswordHasher(crypto::moderateCost()).slots().count(), 4);
}

// Registering and logging in need no account: without a cap, every request thread could hash
// at once (32 threads at 256 MiB: 8 GiB). Beyond the budget a hash waits for a turn, and
// after a bounded wait fails as ServiceUnavailable (503) instead of claiming more memory.
TEST(PasswordHashing, AHashBeyondTheBudgetWaitsForATurnThen503s) {
    crypto::initialize();
    crypto::SodiumPasswordHasher hasher(crypto::interactiveCost(), {64 * kMiB, 200ms});
    ASSERT_EQ(hasher.slots().count(), 1);
    const std::string stored = hasher.hash("correct horse");
    {
        const crypto::Slots::Turn busy = hasher.slots().take(); // another request hashing
        const auto start = std::chrono::steady_clock::now();
        EXPECT_THROW(hasher.hash("another password"), ServiceUnavailable);
        EXPECT_THROW(hasher.verify(stored, "correct horse"), ServiceUnavailable);
        EXPECT_GE(std::chrono::steady_clock::now() - start, 400ms);
        EXPECT_EQ(hasher.slots().inUse(), 1);
    }
    EXPECT_EQ(hasher.slots().inUse(), 0);

    // A turn given back within the wait goes to the waiting request.
    crypto::SodiumPasswordHasher patient(crypto::interactiveCost(), {64 * kMiB, 10s});
    std::latch held(1);
    std::thread other([&] {
        const crypto::Slots::Turn turn = patient.slots().take();
        held.count_down();
        std::this_thread::sleep_for(100ms);
    });
    held.wait();
    const auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(patient.verify(stored, "correct horse"));
    EXPECT_GE(std::chrono::steady_clock::now() - start, 90ms);
    other.join();
}

} // namespace
} // namespace vitae::server
