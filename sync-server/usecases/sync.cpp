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

Result<std::int64_t> ListChanges::startingPoint(const UserId& user,
                                                const std::optional<std::string>& cursor) {
    if (!cursor)
        return std::int64_t{0};
    const std::optional<SyncCursor> decoded = decodeCursor(*cursor);
    if (!decoded)
        return resyncRequired("it is not a cursor this server issued");
    if (decoded->user != user)
        return resyncRequired("it belongs to another account");
    const ChangeLogState state = log_.stateOf(user);
    if (decoded->counter > state.counter)
        return resyncRequired("it is ahead of this account's changes");
    if (decoded->counter < state.prunedThrough)
        return resyncRequired("the changes after it have expired");
    return decoded->counter;
}

Result<ChangePage> ListChanges::run(const UserId& user, const std::optional<std::string>& cursor,
                                    std::int64_t limit) {
    if (limit < 1 || limit > kMaxChangesPerPage)
        return Error{ErrorKind::BadRequest,
                     "limit must be a whole number from 1 to " +
                         std::to_string(kMaxChangesPerPage) + ".",
                     QJsonObject{{QStringLiteral("parameter"), QStringLiteral("limit")}}};
    const Result<std::int64_t> after = startingPoint(user, cursor);
    if (!after)
        return after.error();
    // One more than asked tells whether another page follows.
    std::vector<ResumeChange> changes =
        log_.latestChangesAfter(user, after.value(), static_cast<int>(limit) + 1);
    const bool hasMore = changes.size() > static_cast<std::size_t>(limit);
    if (hasMore)
        changes.resize(static_cast<std::size_t>(limit));
    const std::int64_t next = changes.empty() ? after.value() : changes.back().counter;
    return ChangePage{std::move(changes), SyncCursor{user, next}, hasMore};
}

} // namespace vitae::server
