#include "adapters/postgres/change_log.h"

#include "adapters/postgres/resume_repository_rows.h"

#include <stdexcept>

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

// The account's counters and, beside them in the same snapshot, the log after the cursor read
// on the (user_id, counter) primary key, keeping each resume's latest change only. Both sides
// of "is there a later change of this resume?" are bounded by the cursor, so the cost follows
// the changes after it, never the whole log or the number of resumes. The resume's row is
// joined for live resumes: a latest change and its row were written in one transaction, so the
// row is at the change's version. An account with no changes after the cursor is one row of
// counters with nulls beside them.
constexpr Statement kPageAfter{"changes_page_after", R"sql(
    SELECT u.change_counter, u.changes_pruned_through,
           p.counter, p.resume_id, p.version, p.deleted,
           p.live_id, p.title, p.template_id, p.is_default, p.live_version, p.created_ms,
           p.updated_ms, p.data
    FROM users u
    LEFT JOIN LATERAL (
        SELECT c.counter, c.resume_id::text AS resume_id, c.version,
               c.deleted OR r.id IS NULL AS deleted,
               r.id::text AS live_id, r.title, r.template_id, r.is_default,
               r.version AS live_version,
               (extract(epoch FROM r.created_at) * 1000)::bigint AS created_ms,
               (extract(epoch FROM r.updated_at) * 1000)::bigint AS updated_ms,
               r.data::text AS data
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
    ) p ON true
    WHERE u.id = $1
    ORDER BY p.counter
)sql"};

constexpr int kChangeColumn = 2;
constexpr int kResumeColumn = 6;

ResumeChange changeAt(const Rows& rows, int row) {
    ResumeChange change;
    change.counter = rows.integer(row, kChangeColumn);
    change.id = std::string(rows.text(row, kChangeColumn + 1));
    change.version = rows.integer(row, kChangeColumn + 2);
    change.deleted = rows.boolean(row, kChangeColumn + 3);
    if (!change.deleted)
        change.resume = resumeAt(rows, row, kResumeColumn);
    return change;
}

} // namespace

void appendChange(Connection& connection, const UserId& user, const ResumeId& resume,
                  std::int64_t version, bool deleted) {
    const Rows appended = connection.exec(
        kAppend, {user, resume, std::to_string(version), deleted ? "true" : "false"});
    // Without the account's row the INSERT selects nothing: a change nobody could ever sync.
    // Throwing rolls the whole write back.
    if (appended.affectedRows() != 1)
        throw std::logic_error("changes_append: no account " + user + " to log a change for");
}

const Statement& changesPageStatement() {
    return kPageAfter;
}

PgChangeLog::PgChangeLog(ConnectionPool& pool)
    : pool_(pool) {}

ChangeLogRead PgChangeLog::readAfter(const UserId& user, std::int64_t afterCounter, int limit) {
    return pool_.run(
        [&](Connection& connection) {
            const Rows rows = connection.exec(
                kPageAfter, {user, std::to_string(afterCounter), std::to_string(limit)});
            ChangeLogRead read;
            if (rows.rows() == 0)
                return read; // no such account: nothing logged
            read.state = {rows.integer(0, 0), rows.integer(0, 1)};
            read.changes.reserve(static_cast<std::size_t>(rows.rows()));
            for (int row = 0; row < rows.rows() && !rows.isNull(row, kChangeColumn); ++row)
                read.changes.push_back(changeAt(rows, row));
            return read;
        },
        Retry::Once);
}

} // namespace vitae::server::pg
