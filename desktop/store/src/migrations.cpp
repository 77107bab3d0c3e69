#include "migrations.h"

#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace vitae::desktop::detail {
namespace {

const QString kMigrationsDir = QStringLiteral(":/vitae/desktop/migrations");

// Version number → resource path, from names like 0001_initial.sql.
std::map<int, QString> availableMigrations() {
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> migrations;
    const QStringList files = QDir(kMigrationsDir).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = name.match(file);
        if (match.hasMatch())
            migrations.emplace(match.captured(1).toInt(), kMigrationsDir + QLatin1Char('/') + file);
    }
    return migrations;
}

// QSqlQuery runs one statement at a time; a migration file holds several, each ending
// in ";" at the end of a line. Comments are dropped first so a ";" in one cannot split.
QStringList statementsOf(const QString& script) {
    QStringList lines;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const qsizetype comment = line.indexOf(QLatin1StringView("--"));
        lines.append(comment >= 0 ? line.first(comment) : line);
    }
    QStringList statements;
    for (const QString& part : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            statements.append(part.trimmed());
    }
    return statements;
}

bool exec(QSqlDatabase& database, const QString& sql, QString* error) {
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

bool apply(QSqlDatabase& database, int version, const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read migration %1").arg(path);
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
    for (const QString& statement : statementsOf(QString::fromUtf8(file.readAll()))) {
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

int latestSchemaVersion() {
    const auto migrations = availableMigrations();
    return migrations.empty() ? 0 : migrations.rbegin()->first;
}

int schemaVersion(QSqlDatabase& database) {
    QSqlQuery query(database);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

bool migrate(QSqlDatabase& database, QString* error) {
    const int current = schemaVersion(database);
    if (current < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (current > latestSchemaVersion()) {
        *error = QStringLiteral("the store has schema %1, newer than this Vitae knows (%2)")
                     .arg(current)
                     .arg(latestSchemaVersion());
        return false;
    }
    for (const auto& [version, path] : availableMigrations()) {
        if (version > current && !apply(database, version, path, error))
            return false;
    }
    return true;
}

} // namespace vitae::desktop::detail
