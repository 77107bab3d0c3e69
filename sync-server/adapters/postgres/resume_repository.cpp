#include "adapters/postgres/resume_repository.h"

#include "adapters/postgres/change_log.h"
#include "adapters/postgres/resume_repository_rows.h"

#include <stdexcept>

namespace vitae::server::pg {
namespace {

constexpr Statement kListLive{"resumes_list_live", R"sql(
    SELECT id::text, title, template_id, is_default, version,
           (extract(epoch FROM created_at) * 1000)::bigint,
           (extract(epoch FROM updated_at) * 1000)::bigint
    FROM resumes
    WHERE user_id = $1 AND deleted_at IS NULL
    ORDER BY updated_at DESC, id
)sql"};

constexpr Statement kListLiveWithData{"resumes_list_live_with_data", R"sql(
    SELECT id::text, title, template_id, is_default, version,
           (extract(epoch FROM created_at) * 1000)::bigint,
           (extract(epoch FROM updated_at) * 1000)::bigint, data::text
    FROM resumes
    WHERE user_id = $1 AND deleted_at IS NULL
    ORDER BY updated_at DESC, id
)sql"};

constexpr Statement kFindLive{"resumes_find_live", R"sql(
    SELECT id::text, title, template_id, is_default, version,
           (extract(epoch FROM created_at) * 1000)::bigint,
           (extract(epoch FROM updated_at) * 1000)::bigint, data::text
    FROM resumes
    WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL
)sql"};

constexpr Statement kCountLive{"resumes_count_live", R"sql(
    SELECT count(*) FROM resumes WHERE user_id = $1 AND deleted_at IS NULL
)sql"};

// Taken first by every write: the account's row, held until commit (see change_log.h). NO KEY
// UPDATE is the lock the change counter's UPDATE takes anyway; unlike FOR UPDATE it lets other
// tables' foreign keys to the account (a login's new session) through.
constexpr Statement kLockLibrary{"resumes_lock_library", R"sql(
    SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE
)sql"};

constexpr Statement kFindLiveForUpdate{"resumes_find_live_for_update", R"sql(
    SELECT id::text, title, template_id, is_default, version,
           (extract(epoch FROM created_at) * 1000)::bigint,
           (extract(epoch FROM updated_at) * 1000)::bigint, data::text
    FROM resumes
    WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL
    FOR UPDATE
)sql"};

constexpr Statement kLiveEntries{"resumes_live_entries", R"sql(
    SELECT id::text, (extract(epoch FROM updated_at) * 1000)::bigint, is_default
    FROM resumes
    WHERE user_id = $1 AND deleted_at IS NULL
)sql"};

// An id taken by anyone (another account, a tombstone) inserts nothing.
constexpr Statement kInsert{"resumes_insert", R"sql(
    INSERT INTO resumes (id, user_id, title, template_id, data, is_default, created_at,
                         updated_at)
    VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5::jsonb, $6::boolean,
            to_timestamp($7::bigint / 1000.0), to_timestamp($7::bigint / 1000.0))
    ON CONFLICT (id) DO NOTHING
    RETURNING id::text, title, template_id, is_default, version,
              (extract(epoch FROM created_at) * 1000)::bigint,
              (extract(epoch FROM updated_at) * 1000)::bigint
)sql"};

constexpr Statement kReplaceContent{"resumes_replace_content", R"sql(
    UPDATE resumes
    SET title = $3, template_id = $4, data = $5::jsonb, version = version + 1,
        updated_at = to_timestamp($6::bigint / 1000.0)
    WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL
    RETURNING id::text, title, template_id, is_default, version,
              (extract(epoch FROM created_at) * 1000)::bigint,
              (extract(epoch FROM updated_at) * 1000)::bigint
)sql"};

// The flag is part of the resume clients see, so its version (the ETag) moves; updated_at,
// which orders the library, follows content changes only.
constexpr Statement kSetDefault{"resumes_set_default", R"sql(
    UPDATE resumes
    SET is_default = $3::boolean, version = version + 1
    WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL
    RETURNING id::text, title, template_id, is_default, version,
              (extract(epoch FROM created_at) * 1000)::bigint,
              (extract(epoch FROM updated_at) * 1000)::bigint, data::text
)sql"};

constexpr Statement kMarkDeleted{"resumes_mark_deleted", R"sql(
    UPDATE resumes
    SET deleted_at = to_timestamp($3::bigint / 1000.0), is_default = false,
        version = version + 1
    WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL
    RETURNING version
)sql"};

Param optionalText(const std::optional<std::string>& value) {
    return value ? Param(*value) : std::nullopt;
}

const char* boolText(bool value) {
    return value ? "true" : "false";
}

// The use cases find a resume before they change it, under the library lock: a row that is
// not there any more is a defect, not a client error.
void requireOneRow(const Rows& rows, const char* what) {
    if (rows.rows() != 1)
        throw std::logic_error(std::string(what) + ": the resume is not live in this library");
}

class PgLibraryTransaction : public LibraryTransaction {
public:
    PgLibraryTransaction(Connection& connection, UserId user)
        : connection_(connection)
        , user_(std::move(user)) {}

    std::optional<StoredResume> findLive(const ResumeId& id) override {
        const Rows rows = connection_.exec(kFindLiveForUpdate, {id, user_});
        if (rows.rows() == 0)
            return std::nullopt;
        return resumeAt(rows, 0);
    }

    QList<core::LibraryEntry> liveEntries() override {
        const Rows rows = connection_.exec(kLiveEntries, {user_});
        QList<core::LibraryEntry> entries;
        entries.reserve(rows.rows());
        for (int row = 0; row < rows.rows(); ++row) {
            entries.append({QString::fromUtf8(rows.text(row, 0)),
                            QDateTime::fromMSecsSinceEpoch(rows.integer(row, 1), Qt::UTC),
                            rows.boolean(row, 2)});
        }
        return entries;
    }

    std::optional<StoredResume> insert(const std::optional<ResumeId>& id,
                                       const ResumeContent& content, bool isDefault,
                                       TimePoint now) override {
        ResumeDocument document = ResumeDocument::fromObject(content.data);
        const Rows rows = connection_.exec(
            kInsert, {optionalText(id), user_, content.title, optionalText(content.templateId),
                      document.jsonText(), boolText(isDefault), epochMillis(now)});
        if (rows.rows() == 0)
            return std::nullopt;
        StoredResume resume{summaryAt(rows, 0), std::move(document)};
        log(resume.summary.id, resume.summary.version, false);
        return resume;
    }

    StoredResume replaceContent(const ResumeId& id, const ResumeContent& content,
                                TimePoint now) override {
        ResumeDocument document = ResumeDocument::fromObject(content.data);
        const Rows rows = connection_.exec(
            kReplaceContent, {id, user_, content.title, optionalText(content.templateId),
                              document.jsonText(), epochMillis(now)});
        requireOneRow(rows, "replaceContent");
        StoredResume resume{summaryAt(rows, 0), std::move(document)};
        log(id, resume.summary.version, false);
        return resume;
    }

    StoredResume setDefault(const ResumeId& id, bool isDefault) override {
        const Rows rows = connection_.exec(kSetDefault, {id, user_, boolText(isDefault)});
        requireOneRow(rows, "setDefault");
        StoredResume resume = resumeAt(rows, 0);
        log(id, resume.summary.version, false);
        return resume;
    }

    void markDeleted(const ResumeId& id, TimePoint now) override {
        const Rows rows = connection_.exec(kMarkDeleted, {id, user_, epochMillis(now)});
        requireOneRow(rows, "markDeleted");
        log(id, rows.integer(0, 0), true);
    }

private:
    void log(const ResumeId& id, std::int64_t version, bool deleted) {
        appendChange(connection_, user_, id, version, deleted);
    }

    Connection& connection_;
    UserId user_;
};

} // namespace

PgResumeRepository::PgResumeRepository(ConnectionPool& pool)
    : pool_(pool) {}

std::vector<ResumeSummary> PgResumeRepository::listLive(const UserId& user) {
    return pool_.run(
        [&](Connection& connection) {
            return connection.exec(kListLive, {user}).map([](const Rows& rows, int row) {
                return summaryAt(rows, row);
            });
        },
        Retry::Once);
}

std::vector<StoredResume> PgResumeRepository::listLiveWithData(const UserId& user) {
    return pool_.run(
        [&](Connection& connection) {
            return connection.exec(kListLiveWithData, {user}).map([](const Rows& rows, int row) {
                return resumeAt(rows, row);
            });
        },
        Retry::Once);
}

std::optional<StoredResume> PgResumeRepository::findLive(const UserId& user, const ResumeId& id) {
    return pool_.run(
        [&](Connection& connection) -> std::optional<StoredResume> {
            const Rows rows = connection.exec(kFindLive, {id, user});
            if (rows.rows() == 0)
                return std::nullopt;
            return resumeAt(rows, 0);
        },
        Retry::Once);
}

std::int64_t PgResumeRepository::countLive(const UserId& user) {
    return pool_.run(
        [&](Connection& connection) { return connection.exec(kCountLive, {user}).integer(0, 0); },
        Retry::Once);
}

Result<Done> PgResumeRepository::write(const UserId& user, const Work& work) {
    return pool_.run([&](Connection& connection) -> Result<Done> {
        Transaction transaction(connection);
        if (connection.exec(kLockLibrary, {user}).rows() == 0)
            return Error{ErrorKind::NotFound, "The account does not exist any more."};
        PgLibraryTransaction library(connection, user);
        Result<Done> outcome = work(library);
        if (outcome)
            transaction.commit();
        return outcome;
    });
}

} // namespace vitae::server::pg
