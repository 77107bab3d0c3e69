// Sections as the user sees them: the eleven JSON Resume lists and the custom
// sections, in the order and visibility the resume's layout asks for. Basics is
// the header of every resume, not a section: it is neither ordered nor counted.
#pragma once

#include <vitae/core/resume.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace vitae::core {

// The standard section keys in their default order.
const QStringList& standardSectionKeys();
bool isStandardSectionKey(QStringView key);

// "custom:<id>" for a custom section id, and back ("" when the key is not custom).
QString customSectionKey(QStringView id);
QString customSectionId(QStringView key);

struct ResolvedSection {
    QString key;
    QString customTitle; // custom sections only
    qsizetype entryCount = 0;
    bool visible = true;
    bool keepEntriesTogether = false;
    bool startOnNewPage = false;

    bool shown() const { return visible && entryCount > 0; }
};

// Every section of the resume, each once: first those the layout lists (unknown or
// repeated keys skipped), then the rest in default order, custom sections last.
std::vector<ResolvedSection> resolveSections(const Resume& resume);

// Sections that count against VITAE_MAX_RESUME_SECTIONS: visible and non-empty.
int countShownSections(const Resume& resume);

} // namespace vitae::core
