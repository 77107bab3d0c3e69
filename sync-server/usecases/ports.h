// The ports of the use cases: what they need from the world (storage, time, hashing,
// randomness), as interfaces. Adapters implement them (adapters/postgres, adapters/crypto);
// tests may pass fakes.
#pragma once

#include "domain/errors.h"
#include "domain/plan.h"
#include "domain/resume.h"
#include "domain/sync.h"
#include "domain/user.h"

#include <vitae/core/library_rules.h>

#include <QJsonObject>
#include <QList>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// A login attempt as the throttle sees it: who, from where, when, and the limits to hold it to.
struct LoginAttempt {
    std::string email;
    std::string address; // the client's
    TimePoint at;
    TimePoint since; // failures after it count
    int accountLimit;
    int addressLimit;
};

// What the throttle made of an attempt: admitted (recorded as a failure under `id` until the
// login succeeds), or refused because the account or the address has reached its limit.
struct LoginAdmission {
    std::optional<std::int64_t> id; // set when admitted
    // The n-th most recent failure counted (n the limit); either one refuses the attempt.
    std::optional<TimePoint> nthAccountFailure;
    std::optional<TimePoint> nthAddressFailure;
};

// Failed logins, kept where every server process sees them (many processes share a database).
class LoginAttemptLog {
public:
    virtual ~LoginAttemptLog() = default;
    // Counts the failures after `since` of this account (the address, case-insensitive) and of
    // this client address; when both are below their limits, records the attempt as a failure
    // at `at`. Counting and recording are one step that concurrent attempts on the same
    // account or address take in turn, in every process: parallel guesses cannot all pass.
    // Failures outside every window stay until maintenance deletes them
    // (ExpiredRecords::deleteLoginAttemptsBefore), in batches, off the login path.
    virtual LoginAdmission admit(const LoginAttempt& attempt) = 0;
    // Takes back an admitted attempt whose password was never checked.
    virtual void withdraw(std::int64_t id) = 0;
    // Forgets the account's failures (a successful login's own attempt among them).
    virtual void clearAccount(const std::string& email) = 0;
};

// One write transaction on one account's resumes. The account's row stays locked until it
// ends, so writers of one library take turns (and counts, defaults and versions read inside
// it cannot change underneath); every change it makes is appended to the account's change log
// in the same transaction.
class LibraryTransaction {
public:
    virtual ~LibraryTransaction() = default;
    // This account's live resume, locked until the transaction ends.
    virtual std::optional<StoredResume> findLive(const ResumeId& id) = 0;
    // Every live resume of the account, as the shared library rules see them.
    virtual QList<core::LibraryEntry> liveEntries() = 0;
    // A new resume at version 1, with the given id or a fresh one; nothing when the id is
    // taken already (by any account, live or deleted).
    virtual std::optional<StoredResume> insert(const std::optional<ResumeId>& id,
                                               const ResumeContent& content, bool isDefault,
                                               TimePoint now) = 0;
    // These three act on a live resume of this account (found first) and raise its version.
    virtual StoredResume replaceContent(const ResumeId& id, const ResumeContent& content,
                                        TimePoint now) = 0;
    virtual StoredResume setDefault(const ResumeId& id, bool isDefault) = 0;
    // Keeps a tombstone (never the default) for sync.
    virtual void markDeleted(const ResumeId& id, TimePoint now) = 0;
};

class ResumeRepository {
public:
    // Returns Done to commit; an Error (or an exception) rolls everything back.
    using Work = std::function<Result<Done>(LibraryTransaction&)>;

    virtual ~ResumeRepository() = default;
    // Live resumes, most recently updated first.
    virtual std::vector<ResumeSummary> listLive(const UserId& user) = 0;
    virtual std::vector<StoredResume> listLiveWithData(const UserId& user) = 0;
    virtual std::optional<StoredResume> findLive(const UserId& user, const ResumeId& id) = 0;
    virtual std::int64_t countLive(const UserId& user) = 0;
    virtual Result<Done> write(const UserId& user, const Work& work) = 0;
};

// The read side of the per-account change log that LibraryTransaction writes.
class ChangeLog {
public:
    virtual ~ChangeLog() = default;
    // The log's state and the latest change of each resume changed after `afterCounter`, in
    // counter order, at most `limit` of them (a resume changed again later appears only
    // there), read in one snapshot.
    virtual ChangeLogRead readAfter(const UserId& user, std::int64_t afterCounter, int limit) = 0;
};

class PlanRepository {
public:
    virtual ~PlanRepository() = default;
    // Every plan with its limits, by code.
    virtual std::vector<Plan> all() = 0;
    // The plan of the account's subscription (free without one).
    virtual Plan planOf(const UserId& user) = 0;
};

// An account's daily counters (exports, uploads, bulk applications), one row per UTC day.
class UsageCounters {
public:
    virtual ~UsageCounters() = default;
    // The counters of `utcDay` ("2025-01-31"); zeros for a day with nothing counted.
    virtual DailyUsage on(const UserId& user, const std::string& utcDay) = 0;
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

enum class EventLevel { Info, Warning, Error };

// Something an operator needs to find after the fact: "server_started", "migrations_applied",
// "sessions_cleaned", ... (stable names), with the facts behind it.
struct SystemEvent {
    EventLevel level = EventLevel::Info;
    std::string name;
    QJsonObject details = {};
    std::optional<UserId> userId = std::nullopt; // the account it concerns, if one
};

// Where those events are kept, beyond the process's stdout. Recording never throws: losing an
// event must not fail the work it describes.
class SystemEventLog {
public:
    virtual ~SystemEventLog() = default;
    virtual void record(const SystemEvent& event) = 0;
};

// Bulk deletion of rows that mean nothing any more. Safe to run from many server processes
// at once: each row is deleted by exactly one of them, and rows still in use stay.
class ExpiredRecords {
public:
    virtual ~ExpiredRecords() = default;
    // Sessions whose expiry is at or before `now` (they no longer authenticate); the count.
    virtual std::int64_t deleteExpiredSessions(TimePoint now) = 0;
    // Failed logins older than `cutoff` (outside every throttling window); the count.
    virtual std::int64_t deleteLoginAttemptsBefore(TimePoint cutoff) = 0;
    // Change-log entries written before `cutoff` that a sync from scratch does not need: those
    // a later change of the same resume supersedes, and deletions. Each account's are removed
    // in one transaction that raises its changes_pruned_through to the highest counter removed,
    // so older cursors answer resync_required; every live resume keeps its latest change.
    // The count.
    virtual std::int64_t pruneChangeLogBefore(TimePoint cutoff) = 0;
    // Operator events (system_logs) logged before `cutoff`; the count.
    virtual std::int64_t deleteSystemLogsBefore(TimePoint cutoff) = 0;
};

} // namespace vitae::server
