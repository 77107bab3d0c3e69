#include "adapters/postgres/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace vitae::server::pg {
namespace {

constexpr Statement kCreateTable{"migrations_create_table", R"sql(
    CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        checksum   text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
    )
)sql"};

constexpr Statement kApplied{"migrations_applied", R"sql(
    SELECT version, name, checksum FROM schema_migrations ORDER BY version
)sql"};

constexpr Statement kRecord{"migrations_record", R"sql(
    INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)
)sql"};

constexpr const char* kStatusSql = R"sql(
    SELECT coalesce(max(version), 0) FROM schema_migrations
)sql";

int versionOf(const QString& fileName) {
    bool ok = false;
    const int version = fileName.section(QLatin1Char('_'), 0, 0).toInt(&ok);
    return ok ? version : 0;
}

// Holds the advisory lock for its lifetime; the lock is per session, so a crash releases it.
class AdvisoryLock {
public:
    explicit AdvisoryLock(Connection& connection)
        : connection_(connection) {
        connection_.query("SELECT pg_advisory_lock($1)", {kMigrationLockKey});
    }
    ~AdvisoryLock() {
        try {
            connection_.query("SELECT pg_advisory_unlock($1)", {kMigrationLockKey});
        } catch (const QueryError&) {
            // A lost connection has released the lock already.
        }
    }
    AdvisoryLock(const AdvisoryLock&) = delete;
    AdvisoryLock& operator=(const AdvisoryLock&) = delete;

private:
    Connection& connection_;
};

} // namespace

std::vector<Migration> builtInMigrations() {
    std::vector<Migration> migrations;
    const QDir dir(QStringLiteral(":/vitae-server/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            throw MigrationError("cannot read built-in migration " + fileName.toStdString());
        const QByteArray sql = file.readAll();
        migrations.push_back(
            {versionOf(fileName), fileName.toStdString(), sql.toStdString(),
             QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex().toStdString()});
    }
    return migrations;
}

Migrator::Migrator(std::vector<Migration> migrations)
    : migrations_(std::move(migrations)) {
    std::sort(migrations_.begin(), migrations_.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (std::size_t i = 0; i < migrations_.size(); ++i) {
        if (migrations_[i].version != static_cast<int>(i) + 1)
            throw MigrationError("migrations must be numbered 0001, 0002, ... without gaps: " +
                                 migrations_[i].name);
    }
}

int Migrator::latest() const {
    return migrations_.empty() ? 0 : migrations_.back().version;
}

std::vector<int> Migrator::migrate(Connection& connection, std::optional<int> upTo) {
    const AdvisoryLock lock(connection);
    connection.exec(kCreateTable);
    verifyApplied(connection);
    const int applied = status(connection).applied;
    std::vector<int> done;
    for (const Migration& migration : migrations_) {
        if (migration.version <= applied || (upTo && migration.version > *upTo))
            continue;
        apply(connection, migration);
        done.push_back(migration.version);
    }
    return done;
}

void Migrator::verifyApplied(Connection& connection) const {
    const Rows rows = connection.exec(kApplied);
    for (int row = 0; row < rows.rows(); ++row) {
        const auto version = static_cast<int>(rows.integer(row, 0));
        if (version < 1 || version > latest())
            throw MigrationError("the database has migration " + std::to_string(version) +
                                 ", newer than this server knows (" + std::to_string(latest()) +
                                 "): run a newer vitae-server");
        const Migration& ours = migrations_[static_cast<std::size_t>(version - 1)];
        if (rows.text(row, 2) != ours.checksum)
            throw MigrationError("migration " + ours.name +
                                 " was changed after it was applied; add a new migration instead");
    }
}

void Migrator::apply(Connection& connection, const Migration& migration) const {
    Transaction transaction(connection);
    try {
        connection.script(migration.sql);
    } catch (const QueryError& error) {
        throw QueryError(migration.name + ": " + error.what(), error.sqlstate(),
                         error.connectionLost());
    }
    connection.exec(kRecord,
                    {std::to_string(migration.version), migration.name, migration.checksum});
    transaction.commit();
}

MigrationStatus Migrator::status(Connection& connection) const {
    MigrationStatus status{0, latest()};
    try {
        status.applied = static_cast<int>(connection.query(kStatusSql).integer(0, 0));
    } catch (const QueryError& error) {
        if (error.sqlstate() != "42P01") // undefined_table: nothing applied yet
            throw;
    }
    return status;
}

} // namespace vitae::server::pg
