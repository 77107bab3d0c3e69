// `vitae-cli import`, called in process (runImport): a JSON Resume file becomes a Vitae
// resume, the same JSON with the "vitae" extension and a template; nothing else changes.
#include "render_command.h"
#include "render_test_support.h"
#include "test_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

namespace vitae {
namespace {

struct ImportRun {
    int exitCode = -1;
    QString out, err;
};

ImportRun import(const QStringList& arguments) {
    ImportRun run;
    QTextStream out(&run.out), err(&run.err);
    run.exitCode = cli::runImport(arguments, {out, err});
    out.flush();
    err.flush();
    return run;
}

// A JSON Resume file without Vitae's extension, with a property Vitae does not know.
QString writeJsonResume(QTemporaryDir& dir, QJsonObject json = {}) {
    if (json.isEmpty()) {
        json = test::readJsonObject(
            test::sourcePath(QStringLiteral("resources/samples/sample-resume.json")));
        json.remove(QStringLiteral("vitae"));
        json.insert(QStringLiteral("x-favourite-colour"), QStringLiteral("teal"));
    }
    return test::writeFile(dir, QStringLiteral("in.json"), QJsonDocument(json).toJson());
}

QJsonObject readOutput(const QString& path) {
    return test::readJsonObject(path);
}

TEST(CliImport, AddsTheExtensionWithTheChosenTemplateAndKeepsTheRest) {
    QTemporaryDir dir;
    const QString in = writeJsonResume(dir);
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const ImportRun run = import(
        {in, QStringLiteral("-o"), out, QStringLiteral("--template"), QStringLiteral("modern")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = readOutput(out);
    EXPECT_EQ(result.value(QStringLiteral("vitae")).toObject().value(QStringLiteral("templateId")),
              QStringLiteral("modern"));
    // Everything else is the input as it was.
    QJsonObject withoutExtension = result;
    withoutExtension.remove(QStringLiteral("vitae"));
    EXPECT_EQ(withoutExtension, test::readJsonObject(in));
}

TEST(CliImport, DefaultTemplateIsTheFilesOwnElseTheCatalogueDefault) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    ASSERT_EQ(import({writeJsonResume(dir), QStringLiteral("-o"), out}).exitCode, 0);
    EXPECT_EQ(readOutput(out)[QStringLiteral("vitae")][QStringLiteral("templateId")],
              QStringLiteral("classic"));

    QJsonObject own = test::readJsonObject(
        test::sourcePath(QStringLiteral("resources/samples/sample-resume.json")));
    QJsonObject vitae = own.value(QStringLiteral("vitae")).toObject();
    vitae.insert(QStringLiteral("templateId"), QStringLiteral("compact"));
    own.insert(QStringLiteral("vitae"), vitae);
    ASSERT_EQ(import({writeJsonResume(dir, own), QStringLiteral("-o"), out}).exitCode, 0);
    const QJsonObject result = readOutput(out);
    EXPECT_EQ(result[QStringLiteral("vitae")][QStringLiteral("templateId")],
              QStringLiteral("compact"));
    // The file's section layout survives too.
    EXPECT_EQ(result[QStringLiteral("vitae")][QStringLiteral("sections")],
              vitae.value(QStringLiteral("sections")));
}

TEST(CliImport, SaysWhatTheTemplateNeedsAndTheResumeLacks) {
    QTemporaryDir dir;
    QJsonObject json{
        {QStringLiteral("basics"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")}}}};
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const ImportRun run = import({writeJsonResume(dir, json), QStringLiteral("-o"), out,
                                  QStringLiteral("--template"), QStringLiteral("modern")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("template.section_missing")))
        << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
}

TEST(CliImport, BadInputGivesClearErrorsAndExitCodes) {
    QTemporaryDir dir;
    const QString in = writeJsonResume(dir);
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const QString notJson = test::writeFile(dir, QStringLiteral("bad.json"), "not json");
    const struct {
        QStringList arguments;
        int exitCode;
        const char* message;
    } cases[] = {
        {{in}, 2, "missing -o"},
        {{QStringLiteral("-o"), out}, 2, "expected one FILE"},
        {{in, QStringLiteral("-o"), out, QStringLiteral("--template"), QStringLiteral("fancy")},
         2,
         "unknown template \"fancy\"; one of: classic, modern, compact"},
        {{dir.filePath(QStringLiteral("missing.json")), QStringLiteral("-o"), out},
         3,
         "cannot read"},
        {{notJson, QStringLiteral("-o"), out}, 1, "error"},
        {{in, QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/x.json")}, 3, "cannot write"},
    };
    for (const auto& c : cases) {
        const ImportRun run = import(c.arguments);
        EXPECT_EQ(run.exitCode, c.exitCode) << c.arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1StringView(c.message))) << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST(CliImport, HelpNamesTheCommandAndItsOptions) {
    const ImportRun run = import({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("vitae-cli import"))) << run.out.toStdString();
    for (const char* option : {"--template", "-o"})
        EXPECT_TRUE(run.out.contains(QLatin1StringView(option))) << option;
}

} // namespace
} // namespace vitae
