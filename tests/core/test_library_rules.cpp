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

} // namespace
} // namespace vitae::core
