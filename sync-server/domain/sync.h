// Delta sync over a per-user change log. Every write appends one change per resume it touches
// (the resume's new version, or its deletion) under the user's next counter value; a cursor is
// the counter of the last change a client has applied, bound to its account and handed out as
// an opaque string so that clients never build one.
//
// Retention prunes old deletions (and changes a later change supersedes, which hide nothing).
// A cursor can continue unless a deletion it has not seen was pruned: one after its counter,
// pruned after the cursor was issued. A cursor issued when the log was already pruned through
// P comes from pages read without those deletions, so it owes nothing for them: a sync from
// scratch after a prune must not be told to start again, for ever.
#pragma once

#include "domain/resume.h"
#include "domain/user.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitae::server {

struct SyncCursor {
    UserId user;
    std::int64_t counter = 0;    // changes up to and including this one are applied
    std::int64_t prunedSeen = 0; // the account's prunedThrough when this cursor was issued

    // False when the log has since lost a deletion this cursor's holder has not applied.
    bool canContinueAfter(std::int64_t prunedThrough) const {
        return prunedThrough <= std::max(counter, prunedSeen);
    }

    bool operator==(const SyncCursor&) const = default;
};

std::string encodeCursor(const SyncCursor& cursor);
// Nothing for text no server wrote.
std::optional<SyncCursor> decodeCursor(std::string_view text);

// Where a user's log stands: the last counter handed out, and the highest counter of a pruned
// deletion (see SyncCursor::canContinueAfter).
struct ChangeLogState {
    std::int64_t counter = 0;
    std::int64_t prunedThrough = 0;
};

// The latest change of one resume: its live copy, or its deletion.
struct ResumeChange {
    std::int64_t counter = 0;
    ResumeId id;
    std::int64_t version = 0;
    bool deleted = false;
    std::optional<StoredResume> resume; // the resume at `version`; absent for deletions
};

// One read of an account's log: where it stands and the page after a counter, seen in one
// snapshot, so that a cursor checked against `state` cannot lose changes to a prune that
// commits between two reads.
struct ChangeLogRead {
    ChangeLogState state;
    std::vector<ResumeChange> changes; // in counter order
};

struct ChangePage {
    std::vector<ResumeChange> changes; // in counter order
    SyncCursor cursor;                 // where the next page starts
    bool hasMore = false;
};

} // namespace vitae::server
