// Section order, visibility and counting, as the renderer and the limits see them.
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/core/sections.h>

#include <gtest/gtest.h>

namespace vitae::core {
namespace {

Resume parse(const char* json) {
    const ImportResult imported = importJsonResume(QByteArray(json));
    EXPECT_TRUE(imported.parsed) << test::describe(imported.findings);
    return imported.resume;
}

QStringList keysOf(const std::vector<ResolvedSection>& sections) {
    QStringList keys;
    for (const ResolvedSection& section : sections)
        keys.append(section.key);
    return keys;
}

TEST(Sections, DefaultOrderIsTheStandardOne) {
    EXPECT_EQ(keysOf(resolveSections(Resume{})), standardSectionKeys());
    EXPECT_EQ(standardSectionKeys().size(), 11);
}

TEST(Sections, LayoutOrderComesFirstThenTheRest) {
    const Resume resume = parse(R"({"vitae": {
        "customSections": [{"id": "talks", "title": "Talks", "entries": [{"title": "A"}]},
                           {"id": "patents", "title": "Patents"}],
        "sections": [{"key": "skills"}, {"key": "custom:talks"}, {"key": "work"}]}})");
    const QStringList keys = keysOf(resolveSections(resume));
    ASSERT_EQ(keys.size(), 13);
    EXPECT_EQ(keys.mid(0, 3), (QStringList{QStringLiteral("skills"), QStringLiteral("custom:talks"),
                                           QStringLiteral("work")}));
    EXPECT_EQ(keys.mid(3, 1), QStringList{QStringLiteral("volunteer")});
    EXPECT_EQ(keys.back(), QStringLiteral("custom:patents"));
}

TEST(Sections, UnknownAndRepeatedLayoutKeysAreSkipped) {
    const Resume resume = parse(R"({"vitae": {"sections": [
        {"key": "work", "visible": false}, {"key": "hobbies"}, {"key": "work"}, {}]}})");
    const auto sections = resolveSections(resume);
    EXPECT_EQ(sections.size(), 11u);
    EXPECT_EQ(sections[0].key, QStringLiteral("work"));
    EXPECT_FALSE(sections[0].visible); // the first mention decides
}

TEST(Sections, CarryLayoutFlagsAndCounts) {
    const Resume resume = parse(R"({"education": [{}, {}], "vitae": {"sections": [
        {"key": "education", "keepEntriesTogether": true, "startOnNewPage": true}]}})");
    const ResolvedSection education = resolveSections(resume).front();
    EXPECT_EQ(education.entryCount, 2);
    EXPECT_TRUE(education.keepEntriesTogether);
    EXPECT_TRUE(education.startOnNewPage);
    EXPECT_TRUE(education.visible);
}

TEST(Sections, ShownMeansVisibleAndNonEmpty) {
    const Resume resume = parse(R"({"work": [{}], "skills": [{}], "awards": [],
        "vitae": {"customSections": [{"id": "a", "title": "A", "entries": [{}]},
                                     {"id": "b", "title": "B", "entries": []}],
                  "sections": [{"key": "skills", "visible": false}]}})");
    EXPECT_EQ(countShownSections(resume), 2); // work and custom:a
}

TEST(Sections, CustomKeysRoundTrip) {
    EXPECT_EQ(customSectionKey(u"talks"), QStringLiteral("custom:talks"));
    EXPECT_EQ(customSectionId(u"custom:talks"), QStringLiteral("talks"));
    EXPECT_EQ(customSectionId(u"work"), QString());
    EXPECT_TRUE(isStandardSectionKey(u"publications"));
    EXPECT_FALSE(isStandardSectionKey(u"basics"));
}

TEST(Sections, CustomSectionsWithoutUsableIdAreNotPlaced) {
    const Resume resume = parse(R"({"vitae": {"customSections": [
        {"title": "No id", "entries": [{}]}, {"id": "a", "entries": [{}]}, {"id": "a"}]}})");
    const QStringList keys = keysOf(resolveSections(resume));
    EXPECT_EQ(keys.count(QStringLiteral("custom:a")), 1);
    EXPECT_EQ(keys.size(), 12);
}

} // namespace
} // namespace vitae::core
