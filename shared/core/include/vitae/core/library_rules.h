// The rules of a user's resume library that the desktop store and the server must
// apply alike: which resume is the default after a create, a delete or a change.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vitae::core {

// One live (not deleted) resume of a library, as the rules need to see it.
struct LibraryEntry {
    QString id;
    QDateTime updatedAt;
    bool isDefault = false;
};

// A library's first resume becomes its default.
bool becomesDefaultOnCreate(qsizetype liveResumesBefore);

// The resume to make default once `deletedId` is deleted from `live` (which still
// holds it): none when the deleted one was not the default or was the last; else the
// most recently updated remaining resume, the smaller id breaking ties so that every
// replica picks the same one.
std::optional<QString> defaultAfterDeleting(const QList<LibraryEntry>& live,
                                            const QString& deletedId);

} // namespace vitae::core
