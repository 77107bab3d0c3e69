// Schema migrations: the numbered SQL files of sync-server/migrations/, compiled into the
// binary, applied in order, each in its own transaction and recorded in schema_migrations.
// A PostgreSQL advisory lock serialises servers that start at the same moment.
#pragma once

#include "adapters/postgres/connection.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitae::server::pg {

struct Migration {
    int version = 0;  // from the file name's number: 0001_accounts.sql is 1
    std::string name; // the file name
    std::string sql;
    std::string checksum; // SHA-256 of the SQL, hex: an applied file must not change
};

// The advisory lock every server takes while migrating (ASCII "vitaeMIG" as a bigint).
inline constexpr const char* kMigrationLockKey = "8532478930690328903";

// The migrations built into the server, by version.
std::vector<Migration> builtInMigrations();

class MigrationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct MigrationStatus {
    int applied = 0; // highest version recorded; 0 before the first
    int latest = 0;  // highest version known to this server
    bool current() const { return applied >= latest; }
};

class Migrator {
public:
    explicit Migrator(std::vector<Migration> migrations = builtInMigrations());

    // Applies what is pending, up to `upTo` when given; returns the versions applied now.
    // Throws MigrationError when a recorded migration differs from ours, pg::Error otherwise.
    std::vector<int> migrate(Connection& connection, std::optional<int> upTo = std::nullopt);
    // One cheap query: used by /readyz, doubles as a database ping.
    MigrationStatus status(Connection& connection) const;
    int latest() const;

private:
    void verifyApplied(Connection& connection) const;
    void apply(Connection& connection, const Migration& migration) const;

    std::vector<Migration> migrations_;
};

} // namespace vitae::server::pg
