// A GoogleTest fixture with a PostgreSQL database of its own (test_<random>), created in
// SetUp and dropped in TearDown, on the server the PG* variables name. Without PGHOST the test
// skips with a reason, or fails when VITAE_REQUIRE_POSTGRES is set (CI must never skip).
#pragma once

#include "adapters/postgres/connection.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace vitae::test {

class PostgresTest : public testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // "dbname=test_..." (host, port, user and password come from the PG* variables).
    const std::string& conninfo() const { return conninfo_; }
    const std::string& databaseName() const { return name_; }
    // A new connection to the test database, connected.
    std::unique_ptr<server::pg::Connection> connect() const;
    // The database with every migration applied.
    void migrate() const;

private:
    std::string name_;
    std::string conninfo_;
};

// A PostgresTest whose database has every migration applied, with a connection to it.
class MigratedPostgresTest : public PostgresTest {
protected:
    void SetUp() override;

    // A user with this address (and a password hash no password matches); its id.
    std::string newUser(const std::string& email) const;

    std::unique_ptr<server::pg::Connection> db;
};

// A connection to the cluster's maintenance database, for CREATE/DROP DATABASE and
// pg_terminate_backend.
std::unique_ptr<server::pg::Connection> connectToMaintenanceDatabase();

// The SQLSTATE of the QueryError `statement` throws, or "" when it succeeds.
template <class Statement>
std::string sqlstateOf(Statement&& statement) {
    try {
        statement();
    } catch (const server::pg::QueryError& error) {
        return error.sqlstate();
    }
    return {};
}

} // namespace vitae::test
