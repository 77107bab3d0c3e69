// The ports of the use cases: what they need from the world (storage, time, hashing,
// randomness), as interfaces. Adapters implement them (adapters/postgres, adapters/crypto);
// tests may pass fakes.
#pragma once

#include "domain/errors.h"
#include "domain/user.h"

#include <optional>
#include <string>
#include <string_view>

namespace vitae::server {

struct StoredCredentials {
    User user;
    std::string passwordHash;
};

class UserRepository {
public:
    virtual ~UserRepository() = default;
    // Creates the account on the free plan; EmailTaken when the address is in use in any case.
    virtual Result<User> create(const std::string& email, const std::string& passwordHash) = 0;
    // Looks the address up case-insensitively.
    virtual std::optional<StoredCredentials> findCredentials(const std::string& email) = 0;
    // The updated account, or nothing when no account has this address.
    virtual std::optional<User> setRole(const std::string& email, Role role) = 0;
};

class SessionRepository {
public:
    virtual ~SessionRepository() = default;
    virtual void create(const std::string& tokenHash, const UserId& user, TimePoint expiresAt) = 0;
    // The account of an unexpired session.
    virtual std::optional<User> userForToken(const std::string& tokenHash, TimePoint now) = 0;
    virtual void remove(const std::string& tokenHash) = 0;
};

// Failed logins, kept where every server process sees them (many processes share a database).
class LoginAttemptLog {
public:
    virtual ~LoginAttemptLog() = default;
    // The time of the n-th most recent failure (n >= 1) after `since` for this account
    // (the address, case-insensitive) or for this client address; nothing when fewer.
    virtual std::optional<TimePoint> nthRecentAccountFailure(const std::string& email,
                                                             TimePoint since, int n) = 0;
    virtual std::optional<TimePoint> nthRecentAddressFailure(const std::string& address,
                                                             TimePoint since, int n) = 0;
    // Records a failure; may forget failures older than `forgetBefore`.
    virtual void recordFailure(const std::string& email, const std::string& address, TimePoint at,
                               TimePoint forgetBefore) = 0;
    virtual void clearAccount(const std::string& email) = 0;
};

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class PasswordHasher {
public:
    virtual ~PasswordHasher() = default;
    virtual std::string hash(std::string_view password) = 0;
    virtual bool verify(const std::string& hash, std::string_view password) = 0;
};

class TokenGenerator {
public:
    virtual ~TokenGenerator() = default;
    // A new unguessable bearer token, printable.
    virtual std::string newToken() = 0;
    // What is stored in its place: a one-way hash, as lower-case hex.
    virtual std::string hashOf(std::string_view token) = 0;
};

} // namespace vitae::server
