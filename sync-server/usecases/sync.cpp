#include "usecases/sync.h"

namespace vitae::server {
namespace {

Error resyncRequired(const char* why) {
    return {ErrorKind::Gone,
            std::string("The sync cursor cannot be continued (") + why +
                "); sync again from the start, without a cursor.",
            {},
            "resync_required"};
}

} // namespace

ListChanges::ListChanges(ChangeLog& log)
    : log_(log) {}

// Where a page starts, from what the cursor says alone; whether the log can still continue
// from there is judged with the log's state, read with the page.
Result<SyncCursor> ListChanges::startingPoint(const UserId& user,
                                              const std::optional<std::string>& cursor) {
    if (!cursor)
        return SyncCursor{user, 0, 0};
    const std::optional<SyncCursor> decoded = decodeCursor(*cursor);
    if (!decoded)
        return resyncRequired("it is not a cursor this server issued");
    if (decoded->user != user)
        return resyncRequired("it belongs to another account");
    return *decoded;
}

Result<ChangePage> ListChanges::run(const UserId& user, const std::optional<std::string>& cursor,
                                    std::int64_t limit) {
    if (limit < 1 || limit > kMaxChangesPerPage)
        return Error{ErrorKind::BadRequest,
                     "limit must be a whole number from 1 to " +
                         std::to_string(kMaxChangesPerPage) + ".",
                     QJsonObject{{QStringLiteral("parameter"), QStringLiteral("limit")}}};
    const Result<SyncCursor> start = startingPoint(user, cursor);
    if (!start)
        return start.error();
    const std::int64_t after = start.value().counter;
    // One more than asked tells whether another page follows.
    ChangeLogRead read = log_.readAfter(user, after, static_cast<int>(limit) + 1);
    // Without a cursor the log is read from its start: it keeps every live resume's latest
    // change however old (retention prunes only what a fresh sync does not need).
    if (cursor && after > read.state.counter)
        return resyncRequired("it is ahead of this account's changes");
    if (cursor && !start.value().canContinueAfter(read.state.prunedThrough))
        return resyncRequired("the changes after it have expired");
    std::vector<ResumeChange>& changes = read.changes;
    const bool hasMore = changes.size() > static_cast<std::size_t>(limit);
    if (hasMore)
        changes.resize(static_cast<std::size_t>(limit));
    const std::int64_t next = changes.empty() ? after : changes.back().counter;
    return ChangePage{std::move(changes), SyncCursor{user, next, read.state.prunedThrough},
                      hasMore};
}

} // namespace vitae::server
