#include "text_checks.h"

#include <vitae/core/library_rules.h>
#include <vitae/core/limits.h>

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

Findings titleFindings(const QString& title) {
    if (title.trimmed().isEmpty())
        return {Finding{FindingCode::FieldRequired, Severity::Error, {}, {}}};
    Findings findings;
    const qsizetype limit = limits::maxLength(TextKind::Line);
    if (title.size() > limit)
        findings.append({FindingCode::TextTooLong,
                         Severity::Error,
                         {},
                         {{QStringLiteral("length"), static_cast<qint64>(title.size())},
                          {QStringLiteral("limit"), static_cast<qint64>(limit)}}});
    const qsizetype bad = text::firstInvalidCharacter(title, false);
    if (bad >= 0)
        findings.append({FindingCode::TextInvalidCharacters,
                         Severity::Error,
                         {},
                         {{QStringLiteral("position"), static_cast<qint64>(bad)}}});
    return findings;
}

QString titleWithSuffix(const QString& base, const QString& suffix) {
    const qsizetype limit = limits::maxLength(TextKind::Line);
    if (base.size() + suffix.size() <= limit)
        return base + suffix;
    const QChar ellipsis(0x2026);
    qsizetype keep = std::max<qsizetype>(0, limit - suffix.size() - 1);
    // Never cut a surrogate pair in two: half a character is an invalid one.
    if (keep > 0 && keep < base.size() && base.at(keep).isLowSurrogate())
        --keep;
    const QString title = base.left(keep).trimmed() + ellipsis + suffix;
    return title.left(limit); // a suffix longer than a title is cut too
}

} // namespace vitae::core
