// Finding codes, messages and JSON pointers: the contract every front end relies on.
#include "test_support.h"

#include <vitae/core/finding.h>

#include <QSet>

#include <gtest/gtest.h>

namespace vitae::core {
namespace {

constexpr int kCodeCount = static_cast<int>(FindingCode::FieldRequired) + 1;

TEST(FindingCodes, NamesAreUniqueDottedAndParseBack) {
    QSet<QString> names;
    for (int i = 0; i < kCodeCount; ++i) {
        const auto code = static_cast<FindingCode>(i);
        const QString name = codeName(code);
        EXPECT_TRUE(name.contains(QLatin1Char('.'))) << name.toStdString();
        EXPECT_FALSE(names.contains(name)) << "duplicate " << name.toStdString();
        names.insert(name);
        EXPECT_EQ(codeFromName(name), code);
    }
    EXPECT_FALSE(codeFromName(u"no.such_code").has_value());
}

TEST(FindingCodes, NamesAreStable) {
    // Clients and stored data rely on these strings; changing one is a breaking change.
    EXPECT_EQ(codeName(FindingCode::JsonMalformed), QStringLiteral("json.malformed"));
    EXPECT_EQ(codeName(FindingCode::DateInvalid), QStringLiteral("date.invalid"));
    EXPECT_EQ(codeName(FindingCode::ResumeTooManySections),
              QStringLiteral("resume.too_many_sections"));
    EXPECT_EQ(codeName(FindingCode::TemplateSectionMissing),
              QStringLiteral("template.section_missing"));
    EXPECT_EQ(codeName(FindingCode::FieldRequired), QStringLiteral("field.required"));
}

TEST(FindingMessages, QuoteTheirParams) {
    const Finding tooLong{FindingCode::TextTooLong,
                          Severity::Error,
                          QStringLiteral("/basics/name"),
                          {{QStringLiteral("length"), 250}, {QStringLiteral("limit"), 200}}};
    EXPECT_EQ(message(tooLong),
              QStringLiteral("This text has 250 characters; at most 200 are allowed."));
    const Finding reversed{FindingCode::DateRangeReversed,
                           Severity::Error,
                           QString(),
                           {{QStringLiteral("start"), QStringLiteral("2021")},
                            {QStringLiteral("end"), QStringLiteral("2019")}}};
    EXPECT_EQ(message(reversed),
              QStringLiteral("The end date 2019 is before the start date 2021."));
}

TEST(FindingMessages, EveryCodeHasOneWithoutLeftoverPlaceholders) {
    for (int i = 0; i < kCodeCount; ++i) {
        const Finding finding{static_cast<FindingCode>(i), Severity::Error, QString(), {}};
        const QString text = message(finding);
        EXPECT_FALSE(text.isEmpty());
        EXPECT_FALSE(text.contains(QStringLiteral("%1"))) << text.toStdString();
    }
}

TEST(FindingJson, HasTheDocumentedShape) {
    const Finding finding{
        FindingCode::UrlEmpty, Severity::Warning, QStringLiteral("/basics/url"), {}};
    const QJsonObject json = toJson(finding);
    EXPECT_EQ(json.value(QStringLiteral("code")).toString(), QStringLiteral("url.empty"));
    EXPECT_EQ(json.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    EXPECT_EQ(json.value(QStringLiteral("path")).toString(), QStringLiteral("/basics/url"));
    EXPECT_FALSE(json.value(QStringLiteral("message")).toString().isEmpty());
    EXPECT_FALSE(json.contains(QStringLiteral("params")));
}

TEST(FindingSeverity, OnlyErrorsCount) {
    const Finding warning{FindingCode::UrlEmpty, Severity::Warning, QString(), {}};
    const Finding error{FindingCode::UrlInvalid, Severity::Error, QString(), {}};
    EXPECT_FALSE(hasErrors({}));
    EXPECT_FALSE(hasErrors({warning, warning}));
    EXPECT_TRUE(hasErrors({warning, error}));
}

TEST(JsonPointer, EscapesTildeAndSlash) {
    EXPECT_EQ(appendPointer(QString(), u"work"), QStringLiteral("/work"));
    EXPECT_EQ(appendPointer(QStringLiteral("/work"), 3), QStringLiteral("/work/3"));
    EXPECT_EQ(appendPointer(QString(), u"a/b"), QStringLiteral("/a~1b"));
    EXPECT_EQ(appendPointer(QString(), u"m~n"), QStringLiteral("/m~0n"));
    EXPECT_EQ(appendPointer(QString(), u"~/"), QStringLiteral("/~0~1"));
    EXPECT_EQ(appendPointer(QString(), u""), QStringLiteral("/"));
}

} // namespace
} // namespace vitae::core
