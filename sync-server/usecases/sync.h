// Delta sync: a page of the latest changes after a client's cursor. A cursor the server cannot
// serve from (not one of ours, another account's, ahead of the log, or older than what was
// pruned) answers Gone (resync_required): the client starts again without a cursor.
#pragma once

#include "domain/errors.h"
#include "domain/sync.h"
#include "usecases/ports.h"

#include <cstdint>
#include <optional>
#include <string>

namespace vitae::server {

constexpr std::int64_t kDefaultChangesPerPage = 100;
constexpr std::int64_t kMaxChangesPerPage = 500;

class ListChanges {
public:
    explicit ListChanges(ChangeLog& log);
    // BadRequest for a limit outside 1..kMaxChangesPerPage; Gone for a cursor the log cannot
    // continue; else up to `limit` changes, each resume once with its latest version.
    Result<ChangePage> run(const UserId& user, const std::optional<std::string>& cursor,
                           std::int64_t limit = kDefaultChangesPerPage);

private:
    static Result<SyncCursor> startingPoint(const UserId& user,
                                            const std::optional<std::string>& cursor);

    ChangeLog& log_;
};

} // namespace vitae::server
