// Default-resume rules shared by the desktop store and the server.
#include "test_support.h"

#include <vitae/core/library_rules.h>

#include <gtest/gtest.h>

namespace vitae::core {
namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

TEST(LibraryRules, FirstResumeBecomesDefault) {
    EXPECT_TRUE(becomesDefaultOnCreate(0));
    EXPECT_FALSE(becomesDefaultOnCreate(1));
    EXPECT_FALSE(becomesDefaultOnCreate(7));
}

TEST(LibraryRules, DeletingTheDefaultPromotesTheMostRecentlyUpdated) {
    const QList<LibraryEntry> live = {{QStringLiteral("a"), kT0, true},
                                      {QStringLiteral("b"), kT0.addDays(2), false},
                                      {QStringLiteral("c"), kT0.addDays(1), false}};
    EXPECT_EQ(defaultAfterDeleting(live, QStringLiteral("a")), QStringLiteral("b"));
}

TEST(LibraryRules, TiesGoToTheSmallerId) {
    const QList<LibraryEntry> live = {{QStringLiteral("a"), kT0, true},
                                      {QStringLiteral("z"), kT0.addDays(1), false},
                                      {QStringLiteral("m"), kT0.addDays(1), false}};
    EXPECT_EQ(defaultAfterDeleting(live, QStringLiteral("a")), QStringLiteral("m"));
}

TEST(LibraryRules, DeletingAnotherResumeChangesNothing) {
    const QList<LibraryEntry> live = {{QStringLiteral("a"), kT0, true},
                                      {QStringLiteral("b"), kT0.addDays(2), false}};
    EXPECT_EQ(defaultAfterDeleting(live, QStringLiteral("b")), std::nullopt);
    EXPECT_EQ(defaultAfterDeleting(live, QStringLiteral("unknown")), std::nullopt);
}

TEST(LibraryRules, DeletingTheLastLeavesNone) {
    const QList<LibraryEntry> live = {{QStringLiteral("a"), kT0, true}};
    EXPECT_EQ(defaultAfterDeleting(live, QStringLiteral("a")), std::nullopt);
}

TEST(ResumeTitles, AreRequired) {
    for (const QString& blank : {QString(), QStringLiteral("   "), QStringLiteral("\t")}) {
        const Findings findings = titleFindings(blank);
        ASSERT_EQ(findings.size(), 1);
        EXPECT_EQ(findings[0].code, FindingCode::FieldRequired);
        EXPECT_EQ(findings[0].severity, Severity::Error);
        EXPECT_EQ(findings[0].path, QString());
    }
}

TEST(ResumeTitles, AreOneLineAsANameIs) {
    EXPECT_TRUE(titleFindings(QStringLiteral("Backend engineer – Berlin")).isEmpty());
    EXPECT_TRUE(titleFindings(QString(200, QLatin1Char('x'))).isEmpty());
    const Findings tooLong = titleFindings(QString(201, QLatin1Char('x')));
    ASSERT_EQ(tooLong.size(), 1);
    EXPECT_EQ(tooLong[0].code, FindingCode::TextTooLong);
    EXPECT_EQ(tooLong[0].params.value(QStringLiteral("limit")).toInteger(), 200);
    const Findings twoLines = titleFindings(QStringLiteral("Backend\nengineer"));
    ASSERT_EQ(twoLines.size(), 1);
    EXPECT_EQ(twoLines[0].code, FindingCode::TextInvalidCharacters);
    EXPECT_EQ(twoLines[0].params.value(QStringLiteral("position")).toInteger(), 7);
}

TEST(ResumeTitles, MadeWithASuffixAlwaysFit) {
    EXPECT_EQ(titleWithSuffix(QStringLiteral("CV"), QStringLiteral(" (copy)")),
              QStringLiteral("CV (copy)"));
    const QString longest(200, QLatin1Char('x'));
    const QString copy = titleWithSuffix(longest, QStringLiteral(" (copy)"));
    EXPECT_EQ(copy.size(), 200);
    EXPECT_TRUE(copy.endsWith(QStringLiteral("\u2026 (copy)")));
    EXPECT_TRUE(titleFindings(copy).isEmpty());
    // A character outside the BMP where the cut falls is dropped whole, never halved.
    QString emoji = QString(191, QLatin1Char('x'));
    emoji += QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("yyyy");
    const QString cut = titleWithSuffix(emoji, QStringLiteral(" (copy)"));
    EXPECT_TRUE(titleFindings(cut).isEmpty()) << cut.toStdString();
}

} // namespace
} // namespace vitae::core
