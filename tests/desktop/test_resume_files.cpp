// JSON Resume files in and out of the library, and printing through the shared renderer.
#include "temporary_library.h"
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/core/library_rules.h>
#include <vitae/desktop/resume_files.h>

#include <QFile>
#include <QJsonDocument>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace vitae::desktop {
namespace {

class ResumeFilesTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(library_.isOpen());
        store_ = &library_.store();
    }

    QString write(const QString& name, const QByteArray& bytes) {
        QFile file(library_.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    test::TemporaryLibrary library_;
    LocalStore* store_ = nullptr;
};

TEST_F(ResumeFilesTest, ImportKeepsTheBytesAndExportGivesTheSameDocument) {
    const QString source = test::sourcePath(QStringLiteral("resources/samples/sample-resume.json"));
    const ImportOutcome outcome = importResumeFile(*store_, source);
    ASSERT_TRUE(outcome.resume) << outcome.error.toStdString();
    EXPECT_EQ(outcome.resume->data, test::readFile(source));
    EXPECT_EQ(outcome.resume->title, QStringLiteral("Amira Haddad – Senior Backend Engineer"));
    EXPECT_EQ(outcome.resume->templateId, QStringLiteral("classic"));
    EXPECT_FALSE(core::hasErrors(outcome.findings)) << test::describe(outcome.findings);

    const QString exported = library_.filePath(QStringLiteral("out.json"));
    const core::Resume resume = core::importJsonResume(outcome.resume->data).resume;
    QString error;
    ASSERT_TRUE(exportResumeFile(resume, exported, &error)) << error.toStdString();
    EXPECT_EQ(test::readJsonObject(exported), test::readJsonObject(source));
}

TEST_F(ResumeFilesTest, TolerableProblemsAreReportedAndTheResumeAdded) {
    const QString path = write(QStringLiteral("jo.json"),
                               R"({"basics":{"name":"Jo","url":"","email":"bad"},"work":[{}]})");
    const ImportOutcome outcome = importResumeFile(*store_, path);
    ASSERT_TRUE(outcome.resume);
    EXPECT_EQ(outcome.resume->title, QStringLiteral("Jo"));
    EXPECT_TRUE(test::hasFinding(outcome.findings, core::FindingCode::UrlEmpty,
                                 QStringLiteral("/basics/url")));
    EXPECT_TRUE(test::hasFinding(outcome.findings, core::FindingCode::EmailInvalid,
                                 QStringLiteral("/basics/email")));
}

TEST_F(ResumeFilesTest, UnreadableOrNonJsonFilesAreRefusedWithNothingAdded) {
    const QString broken = write(QStringLiteral("broken.json"), "{\"basics\": ");
    const ImportOutcome outcome = importResumeFile(*store_, broken);
    EXPECT_FALSE(outcome.resume);
    EXPECT_FALSE(outcome.error.isEmpty());
    EXPECT_TRUE(test::hasFinding(outcome.findings, core::FindingCode::JsonMalformed, QString()));
    const ImportOutcome missing =
        importResumeFile(*store_, library_.filePath(QStringLiteral("nope.json")));
    EXPECT_FALSE(missing.resume);
    EXPECT_TRUE(missing.error.contains(QStringLiteral("nope.json")));
    EXPECT_TRUE(store_->list().isEmpty());
}

TEST_F(ResumeFilesTest, UntitledFilesAreNamedAfterTheFile) {
    const ImportOutcome outcome = importResumeFile(
        *store_, write(QStringLiteral("my-cv.json"), R"({"work":[{"name":"A"}]})"));
    ASSERT_TRUE(outcome.resume);
    EXPECT_EQ(outcome.resume->title, QStringLiteral("my-cv"));
}

// The library refuses a title that is not one line of at most 200 characters (and the server
// answers 422 to one): an import's title always is one, whatever the file holds.
TEST_F(ResumeFilesTest, ImportedTitlesAreShortenedToATitlesLength) {
    const QString name(150, QLatin1Char('N'));
    const QString label(150, QLatin1Char('L'));
    const QString document = QStringLiteral(R"({"basics":{"name":"%1","label":"%2"}})");
    const ImportOutcome named = importResumeFile(
        *store_, write(QStringLiteral("long.json"), document.arg(name, label).toUtf8()));
    ASSERT_TRUE(named.resume) << named.error.toStdString();
    EXPECT_TRUE(core::titleFindings(named.resume->title).isEmpty())
        << test::describe(core::titleFindings(named.resume->title));
    EXPECT_TRUE(named.resume->title.startsWith(name + QStringLiteral(" – L")));
    EXPECT_TRUE(named.resume->title.endsWith(QChar(0x2026)));

    // A file name can be longer than a title too (most file systems allow 255 bytes).
    const QString fileName = QString(240, QLatin1Char('f')) + QStringLiteral(".json");
    const ImportOutcome untitled =
        importResumeFile(*store_, write(fileName, R"({"work":[{"name":"A"}]})"));
    ASSERT_TRUE(untitled.resume) << untitled.error.toStdString();
    EXPECT_TRUE(core::titleFindings(untitled.resume->title).isEmpty())
        << test::describe(core::titleFindings(untitled.resume->title));
    EXPECT_TRUE(untitled.resume->title.startsWith(QStringLiteral("fff")));
}

TEST_F(ResumeFilesTest, ImportedTitlesAreOneLine) {
    const ImportOutcome outcome = importResumeFile(
        *store_, write(QStringLiteral("jo.json"),
                       R"({"basics":{"name":"Jo\nSmith","label":"Chef\tde cuisine"}})"));
    ASSERT_TRUE(outcome.resume) << outcome.error.toStdString();
    EXPECT_EQ(outcome.resume->title, QStringLiteral("Jo Smith – Chef de cuisine"));
    // Characters a title cannot hold at all: the file's name stands in.
    const ImportOutcome control = importResumeFile(
        *store_, write(QStringLiteral("bell.json"), R"({"basics":{"name":"Jo\u0007"}})"));
    ASSERT_TRUE(control.resume) << control.error.toStdString();
    EXPECT_EQ(control.resume->title, QStringLiteral("bell"));
    // Nothing that makes a title: a generic one.
    const ImportOutcome blank =
        importResumeFile(*store_, write(QStringLiteral("   .json"), R"({"basics":{}})"));
    ASSERT_TRUE(blank.resume) << blank.error.toStdString();
    EXPECT_EQ(blank.resume->title, QStringLiteral("Imported resume"));
}

TEST_F(ResumeFilesTest, PrintingPaintsEveryPageThroughTheRenderer) {
    const core::Resume resume =
        core::importJsonResume(test::readFile(test::sourcePath(
                                   QStringLiteral("resources/samples/sample-resume.json"))))
            .resume;
    QPrinter printer(QPrinter::HighResolution);
    const QString pdf = library_.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    QString error;
    ASSERT_TRUE(printResume(resume, printer, &error)) << error.toStdString();
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(30'000));
    const QByteArray details = info.readAllStandardOutput() + info.readAllStandardError();
    EXPECT_TRUE(
        QString::fromUtf8(details).contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))))
        << details.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30'000));
    EXPECT_TRUE(text.readAllStandardOutput().contains("Parcelwise GmbH"));
}

} // namespace
} // namespace vitae::desktop
