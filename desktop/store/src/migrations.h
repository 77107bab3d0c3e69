// Schema migrations of the local store: numbered SQL files compiled in as resources
// (:/vitae/desktop/migrations/NNNN_name.sql), applied in order, each in a transaction,
// the version recorded in SQLite's user_version.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <map>

namespace vitae::desktop::detail {

// Schema version → the SQL script that brings the previous version to it.
using Migrations = std::map<int, QString>;

// Applies what is missing; false and a reason when a migration fails (that migration
// is rolled back, earlier ones stay) or the file is newer than this build.
bool migrate(QSqlDatabase& database, QString* error);
// The same with other migrations than those compiled in (tests).
bool migrate(QSqlDatabase& database, const Migrations& migrations, QString* error);

int schemaVersion(QSqlDatabase& database);

} // namespace vitae::desktop::detail
