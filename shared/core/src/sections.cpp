#include <vitae/core/sections.h>

#include <QSet>

namespace vitae::core {
namespace {

const QLatin1StringView kCustomPrefix("custom:");

template <class T>
qsizetype countOf(const Entries<T>& entries) {
    return entries ? static_cast<qsizetype>(entries->size()) : 0;
}

qsizetype standardEntryCount(const Resume& resume, QStringView key) {
    // Follows standardSectionKeys(); a key not in it has no entries.
    if (key == u"work")
        return countOf(resume.work);
    if (key == u"volunteer")
        return countOf(resume.volunteer);
    if (key == u"education")
        return countOf(resume.education);
    if (key == u"awards")
        return countOf(resume.awards);
    if (key == u"certificates")
        return countOf(resume.certificates);
    if (key == u"publications")
        return countOf(resume.publications);
    if (key == u"skills")
        return countOf(resume.skills);
    if (key == u"languages")
        return countOf(resume.languages);
    if (key == u"interests")
        return countOf(resume.interests);
    if (key == u"references")
        return countOf(resume.references);
    if (key == u"projects")
        return countOf(resume.projects);
    return 0;
}

const std::vector<CustomSection>& customSections(const Resume& resume) {
    static const std::vector<CustomSection> none;
    return resume.vitae && resume.vitae->customSections ? *resume.vitae->customSections : none;
}

const std::vector<SectionLayout>& layoutOf(const Resume& resume) {
    static const std::vector<SectionLayout> none;
    return resume.vitae && resume.vitae->sections ? *resume.vitae->sections : none;
}

} // namespace

const QStringList& standardSectionKeys() {
    static const QStringList keys = {
        QStringLiteral("work"),         QStringLiteral("volunteer"),
        QStringLiteral("education"),    QStringLiteral("awards"),
        QStringLiteral("certificates"), QStringLiteral("publications"),
        QStringLiteral("skills"),       QStringLiteral("languages"),
        QStringLiteral("interests"),    QStringLiteral("references"),
        QStringLiteral("projects"),
    };
    return keys;
}

bool isStandardSectionKey(QStringView key) {
    return standardSectionKeys().contains(key);
}

QString customSectionKey(QStringView id) {
    return kCustomPrefix + id;
}

QString customSectionId(QStringView key) {
    return key.startsWith(kCustomPrefix) ? key.sliced(kCustomPrefix.size()).toString() : QString();
}

std::vector<ResolvedSection> resolveSections(const Resume& resume) {
    std::vector<ResolvedSection> all;
    for (const QString& key : standardSectionKeys())
        all.push_back({key, QString(), standardEntryCount(resume, key)});
    QSet<QString> customIds;
    for (const CustomSection& custom : customSections(resume)) {
        const QString id = custom.id.value_or(QString());
        if (id.isEmpty() || customIds.contains(id))
            continue; // validation reports it; an unusable id cannot be placed
        customIds.insert(id);
        all.push_back(
            {customSectionKey(id), custom.title.value_or(QString()), countOf(custom.entries)});
    }

    std::vector<ResolvedSection> ordered;
    ordered.reserve(all.size());
    for (const SectionLayout& layout : layoutOf(resume)) {
        const auto found = std::find_if(all.begin(), all.end(), [&](const ResolvedSection& s) {
            return layout.key && s.key == *layout.key;
        });
        if (found == all.end() || found->key.isEmpty())
            continue; // unknown or already placed
        ResolvedSection section = *found;
        section.visible = layout.visible.value_or(true);
        section.keepEntriesTogether = layout.keepEntriesTogether.value_or(false);
        section.startOnNewPage = layout.startOnNewPage.value_or(false);
        ordered.push_back(std::move(section));
        found->key.clear(); // marks it placed
    }
    for (ResolvedSection& section : all) {
        if (!section.key.isEmpty())
            ordered.push_back(std::move(section));
    }
    return ordered;
}

int countShownSections(const Resume& resume) {
    int count = 0;
    for (const ResolvedSection& section : resolveSections(resume))
        count += section.shown() ? 1 : 0;
    return count;
}

} // namespace vitae::core
