#include "usecases/auth.h"

#include "usecases/credentials.h"

#include <QJsonArray>

#include <algorithm>

namespace vitae::server {
namespace {

Error unauthorized() {
    return {ErrorKind::Unauthorized, "A valid bearer token is required."};
}

// The n-th most recent failure in the window blocks until it leaves the window; with both
// limits reached, the later end decides.
TimePoint blockEnd(const LoginAdmission& refusal, std::chrono::seconds window, TimePoint now) {
    TimePoint end = now;
    for (const auto& nth : {refusal.nthAccountFailure, refusal.nthAddressFailure}) {
        if (nth)
            end = std::max(end, *nth + window);
    }
    return end;
}

Error rateLimited(TimePoint until, TimePoint now) {
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(until - now).count();
    return Error{ErrorKind::RateLimited, "Too many failed logins; try again later.",
                 QJsonObject{{QStringLiteral("retryAfterSeconds"),
                              static_cast<qint64>(std::max<std::int64_t>(seconds, 1))}}};
}

} // namespace

RegisterUser::RegisterUser(UserRepository& users, PasswordHasher& hasher)
    : users_(users)
    , hasher_(hasher) {}

Result<User> RegisterUser::run(const std::string& email, const std::string& password) {
    const QJsonArray problems = credentialProblems(email, password);
    if (!problems.isEmpty())
        return Error{ErrorKind::ValidationFailed, "The e-mail address or password is not accepted.",
                     QJsonObject{{QStringLiteral("fields"), problems}}};
    return users_.create(email, hasher_.hash(password));
}

LogIn::LogIn(UserRepository& users, SessionRepository& sessions, LoginAttemptLog& attempts,
             PasswordHasher& hasher, TokenGenerator& tokens, const Clock& clock,
             AuthSettings settings)
    : users_(users)
    , sessions_(sessions)
    , attempts_(attempts)
    , hasher_(hasher)
    , tokens_(tokens)
    , clock_(clock)
    , settings_(settings) {}

bool LogIn::passwordMatches(const std::optional<StoredCredentials>& stored,
                            const std::string& password) {
    if (stored)
        return hasher_.verify(stored->passwordHash, password);
    std::call_once(dummyOnce_, [this] { dummyHash_ = hasher_.hash("not a password of anyone"); });
    hasher_.verify(dummyHash_, password);
    return false;
}

// The attempt counts as a failure from the moment it is admitted, before the slow password
// check: parallel guesses at one account meet each other's failures, and only a success takes
// its own back (with the account's others).
Result<IssuedSession> LogIn::run(const LoginRequest& request) {
    const TimePoint now = clock_.now();
    const LoginLimits& limits = settings_.loginLimits;
    const LoginAdmission admission =
        attempts_.admit({request.email, request.clientAddress, now, now - limits.window,
                         limits.failuresPerAccount, limits.failuresPerAddress});
    if (!admission.id)
        return rateLimited(blockEnd(admission, limits.window, now), now);
    std::optional<StoredCredentials> stored;
    bool matches = false;
    try {
        stored = users_.findCredentials(request.email);
        matches = passwordMatches(stored, request.password);
    } catch (...) {
        // Unchecked (no database, no hashing slot): no guess was made, so none is counted.
        attempts_.withdraw(*admission.id);
        throw;
    }
    if (!matches)
        return Error{ErrorKind::InvalidCredentials, "The e-mail address or password is wrong."};
    attempts_.clearAccount(request.email);
    IssuedSession session{tokens_.newToken(), now + settings_.sessionLifetime, stored->user};
    sessions_.create(tokens_.hashOf(session.token), stored->user.id, session.expiresAt);
    return session;
}

LogOut::LogOut(SessionRepository& sessions, TokenGenerator& tokens)
    : sessions_(sessions)
    , tokens_(tokens) {}

void LogOut::run(const std::string& token) {
    sessions_.remove(tokens_.hashOf(token));
}

Authenticate::Authenticate(SessionRepository& sessions, TokenGenerator& tokens, const Clock& clock)
    : sessions_(sessions)
    , tokens_(tokens)
    , clock_(clock) {}

Result<User> Authenticate::run(const std::string& token) {
    if (token.empty())
        return unauthorized();
    auto user = sessions_.userForToken(tokens_.hashOf(token), clock_.now());
    if (!user)
        return unauthorized();
    return std::move(*user);
}

} // namespace vitae::server
