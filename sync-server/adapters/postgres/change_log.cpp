#include "adapters/postgres/change_log.h"

#include "adapters/postgres/resume_repository_rows.h"

namespace vitae::server::pg {
namespace {

constexpr Statement kAppend{"changes_append", R"sql(
    WITH next AS (
        UPDATE users SET change_counter = change_counter + 1
        WHERE id = $1
        RETURNING change_counter
    )
    INSERT INTO resume_changes (user_id, counter, resume_id, version, deleted)
    SELECT $1, change_counter, $2, $3, $4::boolean FROM next
)sql"};

constexpr Statement kState{"changes_state", R"sql(
    SELECT change_counter, changes_pruned_through FROM users WHERE id = $1
)sql"};

// Reads the account's log after the cursor on the (user_id, counter) primary key and keeps each
// resume's latest change only. Both sides of "is there a later change of this resume?" are
// bounded by the cursor, so the cost follows the changes after it, never the whole log or the
// number of resumes. The resume's row is joined for live resumes: a latest change and its row
// were written in one transaction, so the row is at the change's version.
constexpr Statement kLatestAfter{"changes_latest_after", R"sql(
    SELECT c.counter, c.resume_id::text, c.version, c.deleted OR r.id IS NULL,
           r.id::text, r.title, r.template_id, r.is_default, r.version,
           (extract(epoch FROM r.created_at) * 1000)::bigint,
           (extract(epoch FROM r.updated_at) * 1000)::bigint,
           r.data::text
    FROM resume_changes c
    LEFT JOIN resumes r
           ON NOT c.deleted AND r.id = c.resume_id AND r.user_id = c.user_id
              AND r.deleted_at IS NULL
    WHERE c.user_id = $1
      AND c.counter > $2
      AND NOT EXISTS (SELECT 1 FROM resume_changes later
                      WHERE later.user_id = $1
                        AND later.counter > $2
                        AND later.resume_id = c.resume_id
                        AND later.counter > c.counter)
    ORDER BY c.counter
    LIMIT $3
)sql"};

ResumeChange changeAt(const Rows& rows, int row) {
    constexpr int kResumeColumn = 4;
    ResumeChange change;
    change.counter = rows.integer(row, 0);
    change.id = std::string(rows.text(row, 1));
    change.version = rows.integer(row, 2);
    change.deleted = rows.boolean(row, 3);
    if (!change.deleted)
        change.resume = resumeAt(rows, row, kResumeColumn);
    return change;
}

} // namespace

void appendChange(Connection& connection, const UserId& user, const ResumeId& resume,
                  std::int64_t version, bool deleted) {
    connection.exec(kAppend, {user, resume, std::to_string(version), deleted ? "true" : "false"});
}

const Statement& latestChangesStatement() {
    return kLatestAfter;
}

PgChangeLog::PgChangeLog(ConnectionPool& pool)
    : pool_(pool) {}

ChangeLogState PgChangeLog::stateOf(const UserId& user) {
    return pool_.run(
        [&](Connection& connection) {
            const Rows rows = connection.exec(kState, {user});
            if (rows.rows() == 0)
                return ChangeLogState{};
            return ChangeLogState{rows.integer(0, 0), rows.integer(0, 1)};
        },
        Retry::Once);
}

std::vector<ResumeChange> PgChangeLog::latestChangesAfter(const UserId& user,
                                                          std::int64_t afterCounter, int limit) {
    return pool_.run(
        [&](Connection& connection) {
            const Rows rows = connection.exec(
                kLatestAfter, {user, std::to_string(afterCounter), std::to_string(limit)});
            std::vector<ResumeChange> changes;
            changes.reserve(static_cast<std::size_t>(rows.rows()));
            for (int row = 0; row < rows.rows(); ++row)
                changes.push_back(changeAt(rows, row));
            return changes;
        },
        Retry::Once);
}

} // namespace vitae::server::pg
