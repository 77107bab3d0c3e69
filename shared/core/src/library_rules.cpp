#include <vitae/core/library_rules.h>

#include <algorithm>

namespace vitae::core {

bool becomesDefaultOnCreate(qsizetype liveResumesBefore) {
    return liveResumesBefore == 0;
}

std::optional<QString> defaultAfterDeleting(const QList<LibraryEntry>& live,
                                            const QString& deletedId) {
    const auto deleted = std::find_if(live.begin(), live.end(),
                                      [&](const LibraryEntry& e) { return e.id == deletedId; });
    if (deleted == live.end() || !deleted->isDefault)
        return std::nullopt;
    const LibraryEntry* successor = nullptr;
    for (const LibraryEntry& entry : live) {
        if (entry.id == deletedId)
            continue;
        const bool better = successor == nullptr || entry.updatedAt > successor->updatedAt ||
                            (entry.updatedAt == successor->updatedAt && entry.id < successor->id);
        if (better)
            successor = &entry;
    }
    return successor != nullptr ? std::optional<QString>(successor->id) : std::nullopt;
}

} // namespace vitae::core
