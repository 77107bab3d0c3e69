// Accounts and sessions: register, log in (throttled per account and per client address),
// log out, and turn a bearer token back into its account. Plain classes over the ports.
#pragma once

#include "domain/errors.h"
#include "domain/session.h"
#include "domain/user.h"
#include "usecases/ports.h"

#include <chrono>
#include <mutex>
#include <string>

namespace vitae::server {

// How many failed logins in `window` block further attempts, counted per account and per
// client address (an attacker spraying many accounts from one address meets the second).
struct LoginLimits {
    int failuresPerAccount = 5;
    int failuresPerAddress = 20;
    std::chrono::seconds window{15 * 60};
};

struct AuthSettings {
    std::chrono::seconds sessionLifetime{30 * 24 * 3600};
    LoginLimits loginLimits;
};

class RegisterUser {
public:
    RegisterUser(UserRepository& users, PasswordHasher& hasher);
    // ValidationFailed (details.fields) or EmailTaken, else the new account.
    Result<User> run(const std::string& email, const std::string& password);

private:
    UserRepository& users_;
    PasswordHasher& hasher_;
};

struct LoginRequest {
    std::string email;
    std::string password;
    std::string clientAddress;
};

class LogIn {
public:
    LogIn(UserRepository& users, SessionRepository& sessions, LoginAttemptLog& attempts,
          PasswordHasher& hasher, TokenGenerator& tokens, const Clock& clock,
          AuthSettings settings);
    // RateLimited (details.retryAfterSeconds), InvalidCredentials, or a new session.
    Result<IssuedSession> run(const LoginRequest& request);

private:
    bool passwordMatches(const std::optional<StoredCredentials>& stored,
                         const std::string& password);

    UserRepository& users_;
    SessionRepository& sessions_;
    LoginAttemptLog& attempts_;
    PasswordHasher& hasher_;
    TokenGenerator& tokens_;
    const Clock& clock_;
    AuthSettings settings_;
    std::once_flag dummyOnce_;
    std::string dummyHash_; // verified against for unknown addresses, so timing tells nothing
};

class LogOut {
public:
    LogOut(SessionRepository& sessions, TokenGenerator& tokens);
    void run(const std::string& token);

private:
    SessionRepository& sessions_;
    TokenGenerator& tokens_;
};

class Authenticate {
public:
    Authenticate(SessionRepository& sessions, TokenGenerator& tokens, const Clock& clock);
    // Unauthorized unless the token belongs to an unexpired session.
    Result<User> run(const std::string& token);

private:
    SessionRepository& sessions_;
    TokenGenerator& tokens_;
    const Clock& clock_;
};

} // namespace vitae::server
