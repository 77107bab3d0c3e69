// vitae-cli end to end: each test starts the real executable.
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace vitae {
namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments, const QByteArray& input = {},
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VITAE_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForStarted()) << process.errorString().toStdString();
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(30'000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString sample() {
    return test::sourcePath(QStringLiteral("resources/samples/sample-resume.json"));
}

TEST(CliValidate, ValidResumeExitsZero) {
    const CliRun run = runCli({QStringLiteral("validate"), sample()});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("0 error(s)")) << run.out.toStdString();
}

TEST(CliValidate, ErrorsExitOneAndNameCodeAndPath) {
    const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("-")},
                              R"({"work":[{"startDate":"2020-13"}]})");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains("error /work/0/startDate date.not_on_calendar"))
        << run.out.toStdString();
}

TEST(CliValidate, WarningsAloneExitZero) {
    const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("-")},
                              R"({"basics":{"url":""},"work":[{}],"education":[{}]})");
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("warning /basics/url url.empty")) << run.out.toStdString();
}

TEST(CliValidate, JsonOutputHasTheDocumentedShape) {
    const CliRun run =
        runCli({QStringLiteral("validate"), QStringLiteral("-"), QStringLiteral("--json")},
               R"({"basics":{"email":"nope"}})");
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    ASSERT_FALSE(findings.isEmpty()) << run.out.toStdString();
    bool sawEmail = false;
    for (const QJsonValue value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char* key : {"code", "severity", "path", "message"})
            EXPECT_TRUE(finding.value(QLatin1StringView(key)).isString()) << key;
        sawEmail |=
            finding.value(QStringLiteral("code")).toString() == QStringLiteral("email.invalid") &&
            finding.value(QStringLiteral("path")).toString() == QStringLiteral("/basics/email");
    }
    EXPECT_TRUE(sawEmail) << run.out.toStdString();
}

TEST(CliValidate, MalformedJsonIsAFindingNotACrash) {
    const CliRun run =
        runCli({QStringLiteral("validate"), QStringLiteral("-"), QStringLiteral("--json")},
               "{\"basics\": ");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains("json.malformed")) << run.out.toStdString();
}

TEST(CliValidate, MaxSectionsComesFromTheEnvironment) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VITAE_MAX_RESUME_SECTIONS"), QStringLiteral("3"));
    const CliRun limited = runCli({QStringLiteral("validate"), sample()}, {}, environment);
    EXPECT_EQ(limited.exitCode, 1);
    EXPECT_TRUE(limited.out.contains("resume.too_many_sections")) << limited.out.toStdString();

    environment.insert(QStringLiteral("VITAE_MAX_RESUME_SECTIONS"), QStringLiteral("zero"));
    const CliRun invalid = runCli({QStringLiteral("validate"), sample()}, {}, environment);
    EXPECT_EQ(invalid.exitCode, 2);
    EXPECT_TRUE(invalid.err.contains("VITAE_MAX_RESUME_SECTIONS")) << invalid.err.toStdString();
}

TEST(CliValidate, MissingFileExitsThree) {
    const CliRun run =
        runCli({QStringLiteral("validate"), QStringLiteral("/nonexistent/resume.json")});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains("/nonexistent/resume.json")) << run.err.toStdString();
}

TEST(CliExport, WritesTheSameDocumentBack) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliRun run = runCli({QStringLiteral("export"), sample(), QStringLiteral("-o"), out});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(test::readJsonObject(out), test::readJsonObject(sample()));
}

TEST(CliExport, KeepsUnknownPropertiesAndWritesToStdout) {
    const QByteArray input = R"({"basics":{"name":"Jo","nickname":"J"},"x":[1,{"y":null}]})";
    const CliRun run = runCli(
        {QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("-o"), QStringLiteral("-")},
        input);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object(), QJsonDocument::fromJson(input).object());
}

TEST(CliExport, UnreadableInputWritesNothing) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliRun run = runCli(
        {QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("-o"), out}, "not json");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(run.err.contains("json.malformed")) << run.err.toStdString();
}

TEST(CliExport, UnwritableTargetExitsThree) {
    const CliRun run = runCli({QStringLiteral("export"), sample(), QStringLiteral("-o"),
                               QStringLiteral("/nonexistent/dir/out.json")});
    EXPECT_EQ(run.exitCode, 3);
}

TEST(CliExport, MissingOutputIsAUsageError) {
    const CliRun run = runCli({QStringLiteral("export"), sample()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("-o")) << run.err.toStdString();
}

TEST(CliImport, AddsVitaeDataAndKeepsTheRest) {
    const QByteArray input = R"({"basics":{"name":"Jo","x-custom":1},"work":[{"name":"A"}]})";
    const CliRun run =
        runCli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("-o"),
                QStringLiteral("-"), QStringLiteral("--template"), QStringLiteral("compact")},
               input);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject output = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(output.value(QStringLiteral("vitae")).toObject().value(QStringLiteral("templateId")),
              QStringLiteral("compact"));
    QJsonObject withoutVitae = output;
    withoutVitae.remove(QStringLiteral("vitae"));
    EXPECT_EQ(withoutVitae, QJsonDocument::fromJson(input).object());
}

TEST(CliImport, UnknownTemplateIsAUsageError) {
    const CliRun run =
        runCli({QStringLiteral("import"), sample(), QStringLiteral("-o"), QStringLiteral("-"),
                QStringLiteral("--template"), QStringLiteral("baroque")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("baroque")) << run.err.toStdString();
}

TEST(CliTemplates, ListsTheCatalogue) {
    const CliRun run = runCli({QStringLiteral("templates"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0);
    const QJsonArray templates =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("templates")).toArray();
    EXPECT_GE(templates.size(), 3);
    EXPECT_EQ(templates.first().toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("classic"));
}

TEST(CliUsage, HelpForEachCommandAndErrorsForUnknownOnes) {
    for (const char* command : {"validate", "export", "templates", "render", "import"}) {
        const CliRun run = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(run.exitCode, 0) << command;
        EXPECT_TRUE(run.out.contains(QByteArray(QByteArray("Usage: vitae-cli ") + command)))
            << run.out.toStdString();
    }
    EXPECT_EQ(runCli({QStringLiteral("--help")}).exitCode, 0);
    EXPECT_EQ(runCli({}).exitCode, 2);
    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("frobnicate"));
    EXPECT_EQ(runCli({QStringLiteral("validate")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("validate"), sample(), QStringLiteral("--bogus")}).exitCode,
              2);
}

} // namespace
} // namespace vitae
