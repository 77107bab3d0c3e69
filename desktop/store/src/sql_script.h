// Splitting an SQL script into the statements QSqlQuery can run one at a time.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vitae::desktop::detail {

// The statements of `script`, without their closing ";", in order. A statement ends where
// SQLite's sqlite3_complete() would end it: at a ";" outside string literals ('…'), quoted
// names ("…", `…`, […]), comments (-- … and /* … */) and the body of a CREATE TRIGGER
// (whose statements end in ";" up to its closing "END;"). Nothing when the script ends
// inside a statement, a literal or a comment: running its first statements alone would
// apply half of it.
std::optional<QStringList> sqlStatements(const QString& script);

} // namespace vitae::desktop::detail
