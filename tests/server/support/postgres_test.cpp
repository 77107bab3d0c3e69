#include "postgres_test.h"

#include "adapters/postgres/migrator.h"

#include <QByteArray>
#include <QtGlobal>

#include <random>

namespace vitae::test {
namespace {

std::string randomSuffix() {
    std::random_device device;
    std::mt19937_64 random(device());
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string suffix(12, 'x');
    for (char& c : suffix)
        c = alphabet[random() % (sizeof(alphabet) - 1)];
    return suffix;
}

std::unique_ptr<server::pg::Connection> connected(const std::string& conninfo) {
    auto connection = std::make_unique<server::pg::Connection>(conninfo);
    if (!connection->ensureConnected())
        throw std::runtime_error("cannot connect to PostgreSQL (" + conninfo +
                                 "): " + connection->lastError());
    return connection;
}

} // namespace

std::unique_ptr<server::pg::Connection> connectToMaintenanceDatabase() {
    const QByteArray database = qgetenv("PGDATABASE");
    return connected("dbname=" +
                     (database.isEmpty() ? std::string("postgres") : database.toStdString()));
}

void PostgresTest::SetUp() {
    if (qEnvironmentVariableIsEmpty("PGHOST")) {
        if (!qEnvironmentVariableIsEmpty("VITAE_REQUIRE_POSTGRES"))
            FAIL() << "VITAE_REQUIRE_POSTGRES is set but PGHOST is not: no PostgreSQL to test "
                      "against (scripts/test runs ctest inside pg_virtualenv)";
        GTEST_SKIP() << "PostgreSQL tests skipped: PGHOST is unset. Run them with "
                        "scripts/test, or inside `pg_virtualenv -t ctest ...`";
    }
    name_ = "test_" + randomSuffix();
    conninfo_ = "dbname=" + name_;
    connectToMaintenanceDatabase()->script("CREATE DATABASE " + name_);
}

void PostgresTest::TearDown() {
    if (name_.empty())
        return;
    try {
        connectToMaintenanceDatabase()->script("DROP DATABASE IF EXISTS " + name_ +
                                               " WITH (FORCE)");
    } catch (const std::exception& error) {
        ADD_FAILURE() << "cannot drop " << name_ << ": " << error.what();
    }
}

std::unique_ptr<server::pg::Connection> PostgresTest::connect() const {
    return connected(conninfo_);
}

void PostgresTest::migrate() const {
    server::pg::Migrator migrator;
    migrator.migrate(*connect());
}

void MigratedPostgresTest::SetUp() {
    PostgresTest::SetUp();
    if (IsSkipped() || HasFailure())
        return;
    migrate();
    db = connect();
}

std::string MigratedPostgresTest::newUser(const std::string& email) const {
    return std::string(
        db->query("INSERT INTO users (email, password_hash) VALUES ($1, 'x') RETURNING id", {email})
            .text(0, 0));
}

} // namespace vitae::test
