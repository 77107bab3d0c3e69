// The size rules of a resume in one table: how long a field may be, how many
// entries a list may hold, how much text a whole resume may carry. Validation,
// import, the editor's input masks and the server's body cap all read them here.
#pragma once

#include <vitae/core/resume.h>

#include <QtGlobal>

namespace vitae::core::limits {

// Characters (UTF-16 code units) a text field of each kind may hold.
constexpr qsizetype maxLength(TextKind kind) {
    switch (kind) {
    case TextKind::Line:
        return 200;
    case TextKind::Paragraph:
        return 5000;
    case TextKind::ListItem:
        return 1000;
    case TextKind::Email:
        return 254; // RFC 5321's path limit
    case TextKind::Url:
    case TextKind::Uri:
        return 2048;
    case TextKind::Date:
        return 10;
    case TextKind::CountryCode:
        return 2;
    case TextKind::Identifier:
        return 64;
    case TextKind::SectionKey:
        return 71; // "custom:" and an identifier
    }
    return 0;
}

// Entries one section (or a custom section, or the profile list) may hold.
constexpr qsizetype maxEntriesPerSection = 100;
// Publications lists of academic CVs run long.
constexpr qsizetype maxPublications = 400;
// Items in one highlights, keywords, courses or roles list.
constexpr qsizetype maxListItems = 50;
// Custom sections a resume may define (visible or not).
constexpr qsizetype maxCustomSections = 20;
// All text of a resume together, in characters: some 60 dense pages.
constexpr qsizetype maxTotalText = 200'000;
// A JSON Resume file, in bytes, as imported or sent to the server.
constexpr qsizetype maxDocumentBytes = qsizetype{1024} * 1024;
// Nesting of arrays and objects in a document, ours or unknown properties.
constexpr int maxNestingDepth = 64;
// Default of VITAE_MAX_RESUME_SECTIONS: visible, non-empty sections a resume may show.
constexpr int defaultMaxResumeSections = 20;

} // namespace vitae::core::limits
