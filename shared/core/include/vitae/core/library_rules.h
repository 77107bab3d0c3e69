// The rules of a user's resume library that the desktop store and the server must
// apply alike: which resume is the default after a create, a delete or a change, and what
// a resume's title may be.
#pragma once

#include <vitae/core/finding.h>

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

// What is wrong with a resume's title, the name it has in the library (not the name in the
// document): it is required, and it is one line of text, held to the rules of one
// (length, characters). The findings' paths are "": each caller says where its title is.
Findings titleFindings(const QString& title);

// `base` and `suffix` as one title within the length of one, `base` shortened (with an
// ellipsis) when both do not fit: the titles the library makes itself, a copy's or an
// import's, so that they are never refused.
QString titleWithSuffix(const QString& base, const QString& suffix);

} // namespace vitae::core
