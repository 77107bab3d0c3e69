// Conformance with the published JSON Resume schema (@jsonresume/schema, pinned in
// scripts/fetch-jsonresume-schema):
//
//   - the package's sample resume and examples import, export to the very same JSON and
//     validate without errors;
//   - every fixture in tests/fixtures/jsonresume/invalid/ (each of which the official
//     schema rejects at exactly one JSON pointer, checked by check_fixtures_against_schema.js)
//     gets a finding at that pointer;
//   - every fixture in tests/fixtures/jsonresume/valid/ (each accepted by the schema)
//     imports and validates without errors and round-trips exactly.
//
// Only paths and severities are asserted here, never finding codes.
#include "test_support.h"

#include <vitae/core/finding.h>
#include <vitae/core/json_resume.h>
#include <vitae/core/validation.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace {

using vitae::core::Finding;
using vitae::core::Findings;
using vitae::core::Severity;

// ---------------------------------------------------------------------------------------
// Helpers

std::string toStd(const QString& text) {
    return text.toStdString();
}

std::string pretty(const QJsonValue& value) {
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented).toStdString();
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented).toStdString();
    }
    if (value.isUndefined()) {
        return "(absent)";
    }
    // A scalar: wrap it so QJsonDocument can print it, then unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2).toStdString();
}

// Every JSON pointer at which `actual` differs from `expected`, one per line.
void collectDifferences(const QJsonValue& expected, const QJsonValue& actual,
                        const QString& pointer, std::string& out) {
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject got = actual.toObject();
        QStringList keys = want.keys();
        for (const QString& key : got.keys()) {
            if (!want.contains(key)) {
                keys.append(key);
            }
        }
        for (const QString& key : keys) {
            collectDifferences(want.value(key), got.value(key),
                               vitae::core::appendPointer(pointer, key), out);
        }
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray got = actual.toArray();
        const qsizetype count = std::max(want.size(), got.size());
        for (qsizetype i = 0; i < count; ++i) {
            collectDifferences(i < want.size() ? want.at(i) : QJsonValue(QJsonValue::Undefined),
                               i < got.size() ? got.at(i) : QJsonValue(QJsonValue::Undefined),
                               vitae::core::appendPointer(pointer, i), out);
        }
        return;
    }
    if (expected != actual || expected.type() != actual.type()) {
        out += "  at '" + toStd(pointer) + "': expected " + pretty(expected) + ", exported " +
               pretty(actual) + '\n';
    }
}

std::string differences(const QJsonObject& expected, const QJsonObject& actual) {
    std::string out;
    collectDifferences(expected, actual, QString(), out);
    return out.empty() ? std::string("  (no difference found by the walk)\n") : out;
}

Findings errorsOf(const Findings& findings) {
    Findings errors;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(errors),
                 [](const Finding& finding) { return finding.severity == Severity::Error; });
    return errors;
}

Findings warningsOf(const Findings& findings) {
    Findings warnings;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(warnings),
                 [](const Finding& finding) { return finding.severity == Severity::Warning; });
    return warnings;
}

// What a document yields when imported and then validated, as the products do.
struct Checked {
    vitae::core::ImportResult imported;
    Findings validation;

    Findings all() const { return imported.findings + validation; }
};

Checked importAndValidate(const QByteArray& bytes) {
    Checked checked;
    checked.imported = vitae::core::importJsonResume(QByteArrayView(bytes));
    checked.validation = vitae::core::validate(checked.imported.resume);
    return checked;
}

QJsonObject parseObject(const QByteArray& bytes, const std::string& what) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    EXPECT_TRUE(document.isObject())
        << what << " is not a JSON object: " << toStd(error.errorString());
    return document.object();
}

std::vector<std::string> jsonFilesIn(const std::filesystem::path& directory,
                                     const std::string& except = {}) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && entry.path().extension() == ".json" && name != except) {
            names.push_back(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

// A fixture name as a GoogleTest parameter name: letters, digits and '_' only.
std::string parameterName(const testing::TestParamInfo<std::string>& info) {
    std::string name = info.param.substr(0, info.param.size() - std::string(".json").size());
    std::replace_if(
        name.begin(), name.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

const std::filesystem::path fixtureRoot = std::filesystem::path(VITAE_FIXTURES_DIR) / "jsonresume";

// ---------------------------------------------------------------------------------------
// The published package: sample.resume.json and examples/*.resume.json

// The package directory: $VITAE_JSONRESUME_DIR, else what the fetch script (ctest test
// jsonresume_schema_fetch) wrote into the build tree.
QString packageDirectory() {
    const QString fromEnvironment = qEnvironmentVariable("VITAE_JSONRESUME_DIR");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    QFile file(QStringLiteral(VITAE_JSONRESUME_DIR_FILE));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "the JSON Resume schema package has not been fetched: "
                      << VITAE_JSONRESUME_DIR_FILE
                      << " is missing. Run the ctest test jsonresume_schema_fetch (ctest pulls it "
                         "in as a fixture) or set VITAE_JSONRESUME_DIR to the package directory.";
        return {};
    }
    return QString::fromUtf8(file.readLine()).trimmed();
}

// Paths relative to the package directory of the documents the package publishes.
QStringList packageDocuments(const QString& packageDir) {
    QStringList documents{QStringLiteral("sample.resume.json")};
    const QDir examples(packageDir + QStringLiteral("/examples"));
    const QStringList names =
        examples.entryList({QStringLiteral("*.resume.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        documents.append(QStringLiteral("examples/") + name);
    }
    return documents;
}

class JsonResumePackage : public testing::Test {
protected:
    void SetUp() override {
        packageDir_ = packageDirectory();
        ASSERT_FALSE(packageDir_.isEmpty());
        ASSERT_TRUE(QFile::exists(packageDir_ + QStringLiteral("/schema.json")))
            << toStd(packageDir_) << " holds no schema.json";
        documents_ = packageDocuments(packageDir_);
    }

    QByteArray read(const QString& document) const {
        return vitae::test::readFile(packageDir_ + QLatin1Char('/') + document);
    }

    QString packageDir_;
    QStringList documents_;
};

TEST_F(JsonResumePackage, PublishesASampleAndExamples) {
    ASSERT_TRUE(QFile::exists(packageDir_ + QStringLiteral("/sample.resume.json")));
    // @jsonresume/schema 1.3.1 ships three examples; fewer means the loops below prove less.
    EXPECT_GE(documents_.size(), 4) << "documents found: " << toStd(documents_.join(u", "));
}

TEST_F(JsonResumePackage, DocumentsImportAndValidateWithoutErrors) {
    for (const QString& document : std::as_const(documents_)) {
        SCOPED_TRACE(toStd(document));
        const Checked checked = importAndValidate(read(document));
        EXPECT_TRUE(checked.imported.parsed);
        const Findings errors = errorsOf(checked.all());
        EXPECT_TRUE(errors.isEmpty())
            << toStd(document) << " is accepted by the official schema, yet Vitae reports:\n"
            << vitae::test::describe(errors);
        const Findings warnings = warningsOf(checked.all());
        if (!warnings.isEmpty()) {
            std::cout << "[ warnings ] " << toStd(document) << ":\n"
                      << vitae::test::describe(warnings);
        }
    }
}

TEST_F(JsonResumePackage, DocumentsRoundTripExactly) {
    for (const QString& document : std::as_const(documents_)) {
        SCOPED_TRACE(toStd(document));
        const QByteArray bytes = read(document);
        const QJsonObject original = parseObject(bytes, toStd(document));
        const vitae::core::ImportResult imported =
            vitae::core::importJsonResume(QByteArrayView(bytes));
        ASSERT_TRUE(imported.parsed);
        const QJsonObject exported = vitae::core::exportJsonResume(imported.resume);
        EXPECT_TRUE(exported == original)
            << toStd(document) << " does not survive import and export. Differences:\n"
            << differences(original, exported) << "original:\n"
            << pretty(original) << "\nexported:\n"
            << pretty(exported);
    }
}

// Importing the exported document gives the same resume again (export is stable).
TEST_F(JsonResumePackage, ExportIsAFixedPoint) {
    for (const QString& document : std::as_const(documents_)) {
        SCOPED_TRACE(toStd(document));
        const vitae::core::ImportResult first =
            vitae::core::importJsonResume(QByteArrayView(read(document)));
        const QByteArray exported = vitae::core::exportJsonResumeBytes(first.resume);
        const vitae::core::ImportResult second =
            vitae::core::importJsonResume(QByteArrayView(exported));
        ASSERT_TRUE(second.parsed);
        EXPECT_TRUE(second.resume == first.resume);
        EXPECT_TRUE(vitae::core::exportJsonResume(second.resume) ==
                    vitae::core::exportJsonResume(first.resume));
    }
}

// ---------------------------------------------------------------------------------------
// Fixtures the official schema accepts (tests/fixtures/jsonresume/valid/)

class JsonResumeValidFixture : public testing::TestWithParam<std::string> {
protected:
    QByteArray read() const {
        return vitae::test::readFile(vitae::test::fixturePath(QStringLiteral("jsonresume/valid/") +
                                                              QString::fromStdString(GetParam())));
    }
};

TEST_P(JsonResumeValidFixture, HasNoErrors) {
    const Checked checked = importAndValidate(read());
    EXPECT_TRUE(checked.imported.parsed);
    const Findings errors = errorsOf(checked.all());
    EXPECT_TRUE(errors.isEmpty()) << "valid/" << GetParam()
                                  << " is accepted by the official schema, yet Vitae reports:\n"
                                  << vitae::test::describe(errors);
    const Findings warnings = warningsOf(checked.all());
    if (!warnings.isEmpty()) {
        std::cout << "[ warnings ] valid/" << GetParam() << ":\n"
                  << vitae::test::describe(warnings);
    }
}

TEST_P(JsonResumeValidFixture, RoundTripsExactly) {
    const QByteArray bytes = read();
    const QJsonObject original = parseObject(bytes, "valid/" + GetParam());
    const vitae::core::ImportResult imported = vitae::core::importJsonResume(QByteArrayView(bytes));
    ASSERT_TRUE(imported.parsed);
    const QJsonObject exported = vitae::core::exportJsonResume(imported.resume);
    EXPECT_TRUE(exported == original)
        << "valid/" << GetParam() << " does not survive import and export. Differences:\n"
        << differences(original, exported) << "original:\n"
        << pretty(original) << "\nexported:\n"
        << pretty(exported);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, JsonResumeValidFixture,
                         testing::ValuesIn(jsonFilesIn(fixtureRoot / "valid")), parameterName);

// ---------------------------------------------------------------------------------------
// Fixtures the official schema rejects (tests/fixtures/jsonresume/invalid/), each at the
// JSON pointer invalid/expected.json names

QJsonObject expectedPointers() {
    return vitae::test::readJsonObject(
        vitae::test::fixturePath(QStringLiteral("jsonresume/invalid/expected.json")));
}

class JsonResumeInvalidFixture : public testing::TestWithParam<std::string> {};

TEST_P(JsonResumeInvalidFixture, IsReportedAtTheFieldTheSchemaRejects) {
    const QString name = QString::fromStdString(GetParam());
    const QJsonValue expected = expectedPointers().value(name);
    ASSERT_TRUE(expected.isString()) << "invalid/expected.json names no pointer for " << GetParam();
    const QString pointer = expected.toString();

    const QByteArray bytes = vitae::test::readFile(
        vitae::test::fixturePath(QStringLiteral("jsonresume/invalid/") + name));
    const Checked checked = importAndValidate(bytes);
    const Findings findings = checked.all();
    const auto at = std::find_if(findings.begin(), findings.end(),
                                 [&](const Finding& finding) { return finding.path == pointer; });
    EXPECT_TRUE(at != findings.end())
        << "invalid/" << GetParam() << ": the official schema rejects it at '" << toStd(pointer)
        << "', but Vitae has no finding there (parsed: " << (checked.imported.parsed ? "yes" : "no")
        << "). Vitae's findings:\n"
        << vitae::test::describe(findings) << "document:\n"
        << bytes.toStdString();
    if (at != findings.end()) {
        const bool anError = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
            return f.path == pointer && f.severity == Severity::Error;
        });
        if (!anError) {
            std::cout << "[ note ] invalid/" << GetParam() << ": only warnings at '"
                      << toStd(pointer) << "':\n"
                      << vitae::test::describe(findings);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, JsonResumeInvalidFixture,
                         testing::ValuesIn(jsonFilesIn(fixtureRoot / "invalid", "expected.json")),
                         parameterName);

// The manifest and the fixture files name the same documents, so no fixture goes unchecked.
TEST(JsonResumeFixtures, ManifestListsExactlyTheInvalidFixtures) {
    const QJsonObject manifest = expectedPointers();
    const std::vector<std::string> files = jsonFilesIn(fixtureRoot / "invalid", "expected.json");
    EXPECT_GE(files.size(), 40u);
    EXPECT_GE(jsonFilesIn(fixtureRoot / "valid").size(), 16u);
    for (const std::string& file : files) {
        EXPECT_TRUE(manifest.value(QString::fromStdString(file)).isString())
            << file << " has no expected pointer in invalid/expected.json";
    }
    for (const QString& listed : manifest.keys()) {
        EXPECT_NE(std::find(files.begin(), files.end(), listed.toStdString()), files.end())
            << "invalid/expected.json lists " << toStd(listed) << ", which does not exist";
    }
}

} // namespace
