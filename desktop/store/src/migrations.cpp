#include "migrations.h"

#include "sql_script.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace vitae::desktop::detail {
namespace {

const QString kMigrationsDir = QStringLiteral(":/vitae/desktop/migrations");

// The compiled-in migrations, from names like 0001_initial.sql; nothing and a reason
// when one cannot be read.
std::optional<Migrations> builtInMigrations(QString* error) {
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    Migrations migrations;
    const QStringList files = QDir(kMigrationsDir).entryList(QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        const QRegularExpressionMatch match = name.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(kMigrationsDir + QLatin1Char('/') + fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read migration %1").arg(file.fileName());
            return std::nullopt;
        }
        migrations.emplace(match.captured(1).toInt(), QString::fromUtf8(file.readAll()));
    }
    return migrations;
}

bool exec(QSqlDatabase& database, const QString& sql, QString* error) {
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

// Runs the script's statements and records the version in one transaction.
bool apply(QSqlDatabase& database, int version, const QString& script, QString* error) {
    // QSqlQuery runs one statement at a time.
    const std::optional<QStringList> statements = sqlStatements(script);
    if (!statements) {
        *error =
            QStringLiteral("migration %1 ends inside a statement, literal or comment").arg(version);
        return false;
    }
    WriteTransaction transaction(database);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    // Another process opening the store may have applied it while this one waited.
    if (schemaVersion(database) >= version)
        return true;
    for (const QString& statement : *statements) {
        if (!exec(database, statement, error)) {
            *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(*error);
            return false;
        }
    }
    if (!exec(database, QStringLiteral("PRAGMA user_version = %1").arg(version), error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace

int schemaVersion(QSqlDatabase& database) {
    QSqlQuery query(database);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

bool migrate(QSqlDatabase& database, QString* error) {
    const std::optional<Migrations> migrations = builtInMigrations(error);
    return migrations && migrate(database, *migrations, error);
}

bool migrate(QSqlDatabase& database, const Migrations& migrations, QString* error) {
    const int current = schemaVersion(database);
    if (current < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    const int latest = migrations.empty() ? 0 : migrations.rbegin()->first;
    if (current > latest) {
        *error = QStringLiteral("the store has schema %1, newer than this Vitae knows (%2)")
                     .arg(current)
                     .arg(latest);
        return false;
    }
    for (const auto& [version, script] : migrations) {
        if (version > current && !apply(database, version, script, error))
            return false;
    }
    return true;
}

} // namespace vitae::desktop::detail
