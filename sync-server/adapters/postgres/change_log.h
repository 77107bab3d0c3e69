// The per-account change log in PostgreSQL (table resume_changes, counters in users): the
// append a write makes inside its own transaction, and the delta query sync pages read.
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

// Appends one change under the account's next counter, taken with
// UPDATE users SET change_counter = change_counter + 1 ... RETURNING: the account's row stays
// locked until the caller's transaction ends, so counters become visible in order and a
// cursor never skips a change that commits later.
void appendChange(Connection& connection, const UserId& user, const ResumeId& resume,
                  std::int64_t version, bool deleted);

// The delta query (for EXPLAIN in tests): parameters user, after counter, limit.
const Statement& changesPageStatement();

class PgChangeLog : public ChangeLog {
public:
    explicit PgChangeLog(ConnectionPool& pool);
    ChangeLogRead readAfter(const UserId& user, std::int64_t afterCounter, int limit) override;

private:
    ConnectionPool& pool_;
};

} // namespace vitae::server::pg
