// JSON Resume import and export: lossless round trips, tolerant and strict import,
// and bad bytes that must become findings rather than crashes.
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/core/limits.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace vitae::core {
namespace {

using test::describe;
using test::hasFinding;

QJsonObject parseObject(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

QJsonObject roundTrip(const QByteArray& json) {
    const ImportResult imported = importJsonResume(json);
    EXPECT_TRUE(imported.parsed) << describe(imported.findings);
    return exportJsonResume(imported.resume);
}

TEST(JsonResumeImport, ReadsEveryModelledField) {
    const ImportResult imported = importJsonResume(
        test::readFile(test::sourcePath(QStringLiteral("resources/samples/sample-resume.json"))));
    ASSERT_TRUE(imported.parsed);
    EXPECT_TRUE(imported.findings.isEmpty()) << describe(imported.findings);
    const Resume& resume = imported.resume;
    ASSERT_TRUE(resume.basics);
    EXPECT_EQ(resume.basics->name, QStringLiteral("Amira Haddad"));
    EXPECT_EQ(resume.basics->location->countryCode, QStringLiteral("DE"));
    EXPECT_EQ(resume.basics->profiles->size(), 2u);
    ASSERT_EQ(resume.work->size(), 3u);
    EXPECT_EQ((*resume.work)[1].endDate, QStringLiteral("2021-02"));
    EXPECT_EQ((*resume.work)[0].highlights->size(), 3);
    EXPECT_EQ((*resume.education)[0].courses->size(), 3);
    EXPECT_EQ((*resume.projects)[0].roles,
              (QStringList{QStringLiteral("Author"), QStringLiteral("Maintainer")}));
    ASSERT_TRUE(resume.vitae);
    EXPECT_EQ(resume.vitae->templateId, QStringLiteral("classic"));
    EXPECT_EQ(resume.vitae->sections->size(), 7u);
    ASSERT_EQ(resume.vitae->customSections->size(), 1u);
    EXPECT_EQ((*resume.vitae->customSections)[0].title, QStringLiteral("Talks"));
    EXPECT_EQ((*(*resume.vitae->customSections)[0].entries)[0].subtitle,
              QStringLiteral("PGConf.EU"));
}

TEST(JsonResumeRoundTrip, SampleIsUnchanged) {
    const QByteArray bytes =
        test::readFile(test::sourcePath(QStringLiteral("resources/samples/sample-resume.json")));
    EXPECT_EQ(roundTrip(bytes), parseObject(bytes));
}

TEST(JsonResumeRoundTrip, UnknownPropertiesAreKeptAtEveryLevel) {
    const QByteArray json = R"({
        "x-root": {"nested": [1, 2.5, true, null, {"deep": "yes"}]},
        "basics": {"name": "Jo", "pronouns": "they/them",
                   "location": {"city": "Oslo", "geo": [59.9, 10.7]},
                   "profiles": [{"network": "Mastodon", "instance": "example.social"}]},
        "work": [{"name": "Acme", "team": "Platform", "highlights": ["Shipped"]}],
        "skills": [{"name": "C++", "years": 12}],
        "meta": {"version": "v1.0.0", "theme": "elegant"},
        "vitae": {"templateId": "classic", "futureSetting": {"a": 1},
                  "sections": [{"key": "work", "color": "#123456"}],
                  "customSections": [{"id": "t", "title": "T", "icon": "mic",
                                      "entries": [{"title": "A", "rating": 5}]}]}
    })";
    EXPECT_EQ(roundTrip(json), parseObject(json));
}

TEST(JsonResumeRoundTrip, AbsentAndEmptyStayDistinct) {
    const QByteArray json = R"({"basics": {"name": "", "profiles": []}, "work": [],
        "education": [{"courses": []}], "awards": [{}]})";
    const ImportResult imported = importJsonResume(json);
    ASSERT_TRUE(imported.resume.basics);
    EXPECT_EQ(imported.resume.basics->name, QString());
    EXPECT_TRUE(imported.resume.basics->name.has_value());
    EXPECT_FALSE(imported.resume.basics->label.has_value());
    EXPECT_TRUE(imported.resume.work.has_value());
    EXPECT_FALSE(imported.resume.volunteer.has_value());
    EXPECT_EQ(exportJsonResume(imported.resume), parseObject(json));
}

TEST(JsonResumeRoundTrip, WronglyTypedValuesAreReportedAndWrittenBack) {
    const QByteArray json = R"({"basics": {"name": 42, "email": null},
        "work": {"not": "an array"},
        "skills": [{"name": "Go"}, "C++"],
        "projects": [{"roles": ["Lead", 7]}],
        "vitae": {"sections": [{"key": "work", "visible": "yes"}]}})";
    const ImportResult imported = importJsonResume(json);
    ASSERT_TRUE(imported.parsed);
    EXPECT_TRUE(
        hasFinding(imported.findings, FindingCode::TypeMismatch, QStringLiteral("/basics/name")));
    EXPECT_TRUE(
        hasFinding(imported.findings, FindingCode::ValueNull, QStringLiteral("/basics/email")));
    EXPECT_TRUE(hasFinding(imported.findings, FindingCode::TypeMismatch, QStringLiteral("/work")));
    EXPECT_TRUE(
        hasFinding(imported.findings, FindingCode::TypeMismatch, QStringLiteral("/skills/1")));
    EXPECT_TRUE(hasFinding(imported.findings, FindingCode::TypeMismatch,
                           QStringLiteral("/projects/0/roles/1")));
    EXPECT_TRUE(hasFinding(imported.findings, FindingCode::TypeMismatch,
                           QStringLiteral("/vitae/sections/0/visible")));
    // Nothing is dropped: the export is the input.
    EXPECT_EQ(exportJsonResume(imported.resume), parseObject(json));
}

TEST(JsonResumeImport, TypeMismatchNamesExpectedAndActual) {
    const ImportResult imported = importJsonResume(QByteArray(R"({"basics": {"name": [1]}})"));
    ASSERT_EQ(imported.findings.size(), 1) << describe(imported.findings);
    EXPECT_EQ(imported.findings[0].params.value(QStringLiteral("expected")).toString(),
              QStringLiteral("string"));
    EXPECT_EQ(imported.findings[0].params.value(QStringLiteral("actual")).toString(),
              QStringLiteral("array"));
    EXPECT_EQ(imported.findings[0].severity, Severity::Error);
}

TEST(JsonResumeImport, EditedFieldWinsOverKeptWrongValue) {
    ImportResult imported = importJsonResume(QByteArray(R"({"basics": {"name": 42}})"));
    imported.resume.basics->name = QStringLiteral("Jo");
    EXPECT_EQ(exportJsonResume(imported.resume).value(QStringLiteral("basics")).toObject(),
              parseObject(R"({"name": "Jo"})"));
}

// --- bytes that are not a resume ------------------------------------------------------

struct BadBytesCase {
    const char* name;
    QByteArray bytes;
    FindingCode code;
};

void PrintTo(const BadBytesCase& c, std::ostream* out) {
    *out << c.name;
}

class JsonResumeBadBytes : public testing::TestWithParam<BadBytesCase> {};

TEST_P(JsonResumeBadBytes, GiveOneRootFindingAndNoResume) {
    const ImportResult imported = importJsonResume(GetParam().bytes);
    EXPECT_FALSE(imported.parsed);
    EXPECT_TRUE(hasFinding(imported.findings, GetParam().code, QString()))
        << describe(imported.findings);
    EXPECT_TRUE(hasErrors(imported.findings));
    EXPECT_EQ(imported.resume, Resume{});
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Import, JsonResumeBadBytes, testing::Values(
    BadBytesCase{"empty", QByteArray(), FindingCode::JsonMalformed},
    BadBytesCase{"truncated", QByteArray(R"({"basics": {"name": "Jo")"), FindingCode::JsonMalformed},
    BadBytesCase{"trailing_comma", QByteArray(R"({"work": [1,]})"), FindingCode::JsonMalformed},
    BadBytesCase{"not_json", QByteArray("name: Jo"), FindingCode::JsonMalformed},
    BadBytesCase{"root_array", QByteArray("[]"), FindingCode::TypeMismatch},
    BadBytesCase{"invalid_utf8", QByteArray("{\"name\": \"J\xC3\x28\"}"), FindingCode::Utf8Invalid},
    BadBytesCase{"overlong_utf8", QByteArray("{\"a\": \"\xC0\xAF\"}"), FindingCode::Utf8Invalid},
    BadBytesCase{"utf8_surrogate", QByteArray("{\"a\": \"\xED\xA0\x80\"}"), FindingCode::Utf8Invalid},
    BadBytesCase{"truncated_utf8", QByteArray("{\"a\": \"\xE2\x82"), FindingCode::Utf8Invalid},
    BadBytesCase{"lone_high_surrogate_escape", QByteArray(R"({"a": "x\ud83e"})"), FindingCode::JsonLoneSurrogate},
    BadBytesCase{"lone_low_surrogate_escape", QByteArray(R"({"a": "\uDE00"})"), FindingCode::JsonLoneSurrogate},
    BadBytesCase{"lone_surrogate_in_key", QByteArray(R"({"\ud83e": 1, "\ud83d\ude00": 2})"), FindingCode::JsonLoneSurrogate},
    BadBytesCase{"reversed_surrogate_pair", QByteArray(R"({"a": "\ude00\ud83d"})"), FindingCode::JsonLoneSurrogate},
    BadBytesCase{"nesting_past_parser", QByteArray(5000, '['), FindingCode::JsonTooDeep}
), test::CaseName{});
// clang-format on

TEST(JsonResumeImport, Utf8ErrorGivesTheByteOffset) {
    const ImportResult imported = importJsonResume(QByteArray("{\"a\": \"ok\xFF\"}"));
    ASSERT_EQ(imported.findings.size(), 1);
    EXPECT_EQ(imported.findings[0].params.value(QStringLiteral("offset")).toInt(), 9);
}

TEST(JsonResumeImport, SurrogatePairsAndEscapedBackslashesAreFine) {
    const ImportResult imported =
        importJsonResume(QByteArray(R"({"basics": {"name": "\ud83d\ude00 \\ud800 \\\u00e9"}})"));
    ASSERT_TRUE(imported.parsed) << describe(imported.findings);
    EXPECT_EQ(imported.resume.basics->name,
              QString::fromUtf8("\xF0\x9F\x98\x80 \\ud800 \\\xC3\xA9"));
}

TEST(JsonResumeImport, LoneSurrogateGivesEscapeAndOffset) {
    const ImportResult imported = importJsonResume(QByteArray(R"({"a": "ok\udbff!"})"));
    ASSERT_EQ(imported.findings.size(), 1);
    EXPECT_EQ(imported.findings[0].params.value(QStringLiteral("escape")).toString(),
              QStringLiteral("DBFF"));
    EXPECT_EQ(imported.findings[0].params.value(QStringLiteral("offset")).toInt(), 9);
}

TEST(JsonResumeImport, ByteOrderMarkIsAccepted) {
    const ImportResult imported = importJsonResume(QByteArray("\xEF\xBB\xBF{\"basics\":{}}"));
    EXPECT_TRUE(imported.parsed);
    EXPECT_TRUE(imported.findings.isEmpty()) << describe(imported.findings);
}

TEST(JsonResumeImport, ByteOrderMarksInsideStringsAreKept) {
    // Found by the fuzzer: Qt's parser drops raw U+FEFF bytes inside strings.
    const ImportResult imported = importJsonResume(
        QByteArray("{\"\xEF\xBB\xBFk\": 1, \"basics\": {\"name\": \"a\xEF\xBB\xBF\"}}"));
    ASSERT_TRUE(imported.parsed) << describe(imported.findings);
    EXPECT_EQ(imported.resume.basics->name, QStringLiteral("a\uFEFF"));
    EXPECT_TRUE(imported.resume.extra.contains(QStringLiteral("\uFEFFk")));
    const ImportResult again = importJsonResume(exportJsonResumeBytes(imported.resume));
    EXPECT_EQ(again.resume, imported.resume);
}

TEST(JsonResumeImport, EscapedAndPlainKeysGiveTheSameResume) {
    // Found by the fuzzer: Qt orders escaped keys by UTF-16 unit and plain ones by
    // code point, so U+E83E and U+1F600 came back swapped after an export.
    const QByteArray escaped(
        R"({"\ue83e": 1, "\ud83d\ude00": 2, "basics": {"\ue83e": {"\ud83d\ude00": [{"\ue83e": 3, "\ud83d\ude01": 4}]}, "\ud83d\ude00": 5}})");
    const QByteArray plain = QJsonDocument::fromJson(escaped).toJson();
    const ImportResult fromEscaped = importJsonResume(escaped);
    const ImportResult fromPlain = importJsonResume(plain);
    ASSERT_TRUE(fromEscaped.parsed) << describe(fromEscaped.findings);
    ASSERT_TRUE(fromPlain.parsed) << describe(fromPlain.findings);
    EXPECT_EQ(fromEscaped.resume, fromPlain.resume);
    EXPECT_EQ(exportJsonResumeBytes(fromEscaped.resume), exportJsonResumeBytes(fromPlain.resume));
    EXPECT_EQ(fromPlain.resume.extra.value(QStringLiteral("\uE83E")).toInt(), 1);
}

TEST(JsonResumeImport, DeepUnknownNestingIsAnErrorButKept) {
    QByteArray json = R"({"basics": {"name": "Jo"}, "x": )";
    json +=
        QByteArray(limits::maxNestingDepth + 5, '[') + QByteArray(limits::maxNestingDepth + 5, ']');
    json += '}';
    const ImportResult imported = importJsonResume(json);
    ASSERT_TRUE(imported.parsed);
    EXPECT_TRUE(hasFinding(imported.findings, FindingCode::JsonTooDeep, QString()));
    EXPECT_EQ(exportJsonResume(imported.resume), parseObject(json));
}

TEST(JsonResumeImport, OversizedDocumentIsReportedWithItsSize) {
    QByteArray json = R"({"basics": {"summary": ")";
    json += QByteArray(limits::maxDocumentBytes, 'a');
    json += "\"}}";
    const ImportResult imported = importJsonResume(json);
    EXPECT_TRUE(imported.parsed); // still read, so every other finding shows too
    ASSERT_TRUE(hasFinding(imported.findings, FindingCode::DocumentTooLarge, QString()));
    EXPECT_EQ(imported.findings[0].params.value(QStringLiteral("bytes")).toInteger(), json.size());
}

TEST(JsonResumeImport, FarTooLargeDocumentIsNotParsed) {
    const QByteArray json(16 * limits::maxDocumentBytes + 1, ' ');
    const ImportResult imported = importJsonResume(json);
    EXPECT_FALSE(imported.parsed);
    EXPECT_TRUE(hasFinding(imported.findings, FindingCode::DocumentTooLarge, QString()));
}

TEST(JsonResumeImport, HugeStringIsKeptWhole) {
    const QString huge(200'000, QChar(0x00E9));
    const QByteArray json =
        QJsonDocument(
            QJsonObject{{QStringLiteral("basics"), QJsonObject{{QStringLiteral("summary"), huge}}}})
            .toJson();
    const ImportResult imported = importJsonResume(json);
    ASSERT_TRUE(imported.parsed);
    EXPECT_EQ(imported.resume.basics->summary->size(), huge.size()); // no silent truncation
}

TEST(JsonResumeExport, BytesParseBackToTheSameResume) {
    const ImportResult imported = importJsonResume(
        test::readFile(test::sourcePath(QStringLiteral("resources/samples/sample-resume.json"))));
    for (const JsonStyle style : {JsonStyle::Indented, JsonStyle::Compact}) {
        const ImportResult again = importJsonResume(exportJsonResumeBytes(imported.resume, style));
        EXPECT_EQ(again.resume, imported.resume);
    }
    EXPECT_FALSE(exportJsonResumeBytes(imported.resume, JsonStyle::Compact).contains('\n'));
}

} // namespace
} // namespace vitae::core
