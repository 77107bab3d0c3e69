#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vitae::desktop::detail {

// QSqlDatabase::transaction() would issue a deferred BEGIN; the SQLite driver keeps no
// transaction state of its own, so the statements are run as plain queries.
WriteTransaction::WriteTransaction(const QSqlDatabase& database)
    : database_(database) {
    open_ = run(QStringLiteral("BEGIN IMMEDIATE"));
}

WriteTransaction::~WriteTransaction() {
    if (open_)
        run(QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::commit() {
    if (!open_ || !run(QStringLiteral("COMMIT")))
        return false; // a failed COMMIT leaves it open: destruction rolls it back
    open_ = false;
    return true;
}

bool WriteTransaction::run(const QString& statement) {
    QSqlQuery query(database_);
    if (query.exec(statement))
        return true;
    error_ = query.lastError().text();
    return false;
}

} // namespace vitae::desktop::detail
