// Reaching and changing fields by JSON pointer, as the editor does.
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/core/resume_paths.h>

#include <gtest/gtest.h>

namespace vitae::core {
namespace {

Resume sample() {
    return importJsonResume(QByteArray(R"({"basics":{"name":"Jo","profiles":[{"network":"GitHub"}]},
        "work":[{"name":"A","highlights":["x"]},{"name":"B"}],
        "vitae":{"sections":[{"key":"work","visible":true}]},"meta":{"a/b":{"c":1}}})"))
        .resume;
}

TEST(ResumePaths, FindsTextFieldsWithTheirKind) {
    Resume resume = sample();
    FieldRef name = fieldAt(resume, u"/basics/name");
    ASSERT_NE(name.text, nullptr);
    EXPECT_EQ(*name.text, QStringLiteral("Jo"));
    EXPECT_EQ(name.kind, TextKind::Line);
    *name.text = QStringLiteral("Jo Doe");
    EXPECT_EQ(resume.basics->name, QStringLiteral("Jo Doe"));
    EXPECT_EQ(fieldAt(resume, u"/work/1/url").kind, TextKind::Url);
    EXPECT_EQ(fieldAt(resume, u"/basics/profiles/0/network").text,
              &(*resume.basics->profiles)[0].network);
}

TEST(ResumePaths, FindsListsAndFlags) {
    Resume resume = sample();
    ASSERT_NE(fieldAt(resume, u"/work/0/highlights").textList, nullptr);
    EXPECT_EQ(fieldAt(resume, u"/work/0/highlights").textList->value(),
              QStringList{QStringLiteral("x")});
    FieldRef visible = fieldAt(resume, u"/vitae/sections/0/visible");
    ASSERT_NE(visible.flag, nullptr);
    *visible.flag = false;
    EXPECT_EQ((*resume.vitae->sections)[0].visible, false);
}

TEST(ResumePaths, UnknownOrOutOfRangePathsFindNothing) {
    Resume resume = sample();
    for (const char16_t* path :
         {u"", u"basics", u"/nope", u"/basics", u"/work/2/name", u"/work/x/name", u"/work/-1/name",
          u"/basics/name/extra", u"/volunteer/0/position"})
        EXPECT_FALSE(fieldAt(resume, path).found()) << QString::fromUtf16(path).toStdString();
}

TEST(ResumePaths, CreateMakesMissingObjectsOnly) {
    Resume resume;
    EXPECT_FALSE(fieldAt(resume, u"/basics/location/city").found());
    EXPECT_FALSE(resume.basics); // looking does not change anything
    FieldRef city = fieldAt(resume, u"/basics/location/city", true);
    ASSERT_NE(city.text, nullptr);
    *city.text = QStringLiteral("Oslo");
    EXPECT_EQ(resume.basics->location->city, QStringLiteral("Oslo"));
    EXPECT_FALSE(fieldAt(resume, u"/work/0/name", true).found()); // entries are never implied
}

TEST(ResumePaths, EntryListsInsertRemoveAndMove) {
    Resume resume = sample();
    FieldRef work = fieldAt(resume, u"/work");
    ASSERT_TRUE(work.entries);
    EXPECT_EQ(work.entries->count(), 2);
    work.entries->insertEmpty(1);
    EXPECT_EQ(resume.work->size(), 3u);
    EXPECT_FALSE((*resume.work)[1].name);
    work.entries->move(0, 2);
    EXPECT_EQ((*resume.work)[2].name, QStringLiteral("A"));
    work.entries->remove(0);
    EXPECT_EQ((*resume.work)[0].name, QStringLiteral("B")); // [A, -, B] → [-, B, A] → [B, A]
    EXPECT_EQ(resume.work->size(), 2u);
}

TEST(ResumePaths, InsertingIntoAnAbsentListMakesIt) {
    Resume resume;
    FieldRef awards = fieldAt(resume, u"/awards");
    ASSERT_TRUE(awards.entries);
    EXPECT_EQ(awards.entries->count(), 0);
    awards.entries->insertEmpty(0);
    ASSERT_TRUE(resume.awards);
    EXPECT_EQ(resume.awards->size(), 1u);
}

TEST(ResumePaths, CustomSectionEntriesAreReachable) {
    Resume resume =
        importJsonResume(
            QByteArray(
                R"({"vitae":{"customSections":[{"id":"t","title":"Talks","entries":[{"title":"A"}]}]}})"))
            .resume;
    FieldRef title = fieldAt(resume, u"/vitae/customSections/0/entries/0/title");
    ASSERT_NE(title.text, nullptr);
    EXPECT_EQ(*title.text, QStringLiteral("A"));
}

} // namespace
} // namespace vitae::core
