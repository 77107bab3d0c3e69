// The store's write transactions.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace vitae::desktop::detail {

// A write transaction, begun with BEGIN IMMEDIATE: it takes SQLite's write lock at once,
// waiting up to the busy timeout while another process holds it. A plain (deferred) BEGIN
// takes the lock at the first write instead, and a transaction that has read by then
// cannot wait for it: SQLite fails the write at once with SQLITE_BUSY, since the other
// writer's commit would make what was read stale. Every change here reads first (the
// default follows the library), so every change begins this way.
//
// Rolls back on destruction unless committed: an early return or a failed statement can
// never leave half a change in the file.
class WriteTransaction {
public:
    explicit WriteTransaction(const QSqlDatabase& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isOpen() const { return open_; }
    // False when the transaction never began or COMMIT failed.
    bool commit();
    // Why BEGIN or COMMIT failed.
    QString error() const { return error_; }

private:
    bool run(const QString& statement);

    QSqlDatabase database_;
    bool open_ = false;
    QString error_;
};

} // namespace vitae::desktop::detail
