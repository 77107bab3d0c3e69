// `vitae-cli render` as a user runs it: a real process, its exit codes, files and messages.
#include "render_test_support.h"
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/render/pdf.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace vitae {
namespace {

struct CliRun {
    int exitCode = -1;
    QString out, err;
};

CliRun render(const QStringList& arguments, const QByteArray& input = {},
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VITAE_CLI_PATH),
                  QStringList{QStringLiteral("render")} + arguments);
    EXPECT_TRUE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60'000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString sample() {
    return test::sourcePath(QStringLiteral("resources/samples/sample-resume.json"));
}

TEST(CliRender, WritesPdfAndPageImages) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const QString png = dir.filePath(QStringLiteral("pages"));
    const CliRun run = render({sample(), QStringLiteral("-o"), pdf, QStringLiteral("--png"), png,
                               QStringLiteral("--dpi"), QStringLiteral("72")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    EXPECT_TRUE(QFile::exists(QDir(png).filePath(QStringLiteral("page-1.png"))));
    EXPECT_TRUE(run.out.contains(QStringLiteral("page"))) << run.out.toStdString();
}

TEST(CliRender, RunsWithoutADisplay) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QTemporaryDir dir;
    const CliRun run = render(
        {sample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("a.pdf"))}, {}, environment);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST(CliRender, SourceDateEpochGivesTheSameBytesAcrossProcesses) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1700000000"));
    QTemporaryDir dir;
    QByteArray bytes[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = dir.filePath(QStringLiteral("r%1.pdf").arg(i));
        const CliRun run = render({sample(), QStringLiteral("-o"), path}, {}, environment);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        bytes[i] = test::readFile(path);
    }
    EXPECT_FALSE(bytes[0].isEmpty());
    EXPECT_TRUE(bytes[0] == bytes[1]);
}

// The bytes depend on the input and the date only: this test process, whose QHash seed is
// random (vitae-cli fixes its own), renders the same file in process.
TEST(CliRender, TheSameFileInAProcessWithAnotherHashSeed) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1700000000"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.pdf"));
    const CliRun run = render({sample(), QStringLiteral("-o"), path}, {}, environment);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    render::RenderOptions options;
    options.fixedCreationDate = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    const QByteArray inProcess =
        render::renderPdf(core::importJsonResume(test::readJsonObject(sample())).resume, options);
    EXPECT_FALSE(inProcess.isEmpty());
    EXPECT_TRUE(test::readFile(path) == inProcess);
}

TEST(CliRender, TemplatesAndPaperChangeThePage) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
    ASSERT_EQ(render({sample(), QStringLiteral("-o"), pdf, QStringLiteral("--template"),
                      QStringLiteral("compact")})
                  .exitCode,
              0);
    const test::ToolRun info = test::runTool(QStringLiteral(VITAE_PDFINFO), {pdf});
    EXPECT_TRUE(info.out.contains("612 x 792 pts (letter)")) << info.out.toStdString();
    ASSERT_EQ(render({sample(), QStringLiteral("-o"), pdf, QStringLiteral("--template"),
                      QStringLiteral("compact"), QStringLiteral("--paper"), QStringLiteral("a4")})
                  .exitCode,
              0);
    EXPECT_TRUE(test::runTool(QStringLiteral(VITAE_PDFINFO), {pdf}).out.contains("(A4)"));
}

TEST(CliRender, ThemeFileIsApplied) {
    QTemporaryDir dir;
    const QString theme = dir.filePath(QStringLiteral("theme.json"));
    QFile file(theme);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"pageSize": "Letter"})");
    file.close();
    const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    ASSERT_EQ(
        render({sample(), QStringLiteral("-o"), pdf, QStringLiteral("--theme"), theme}).exitCode,
        0);
    EXPECT_TRUE(test::runTool(QStringLiteral(VITAE_PDFINFO), {pdf}).out.contains("(letter)"));
}

TEST(CliRender, PdfaOptionWritesPdfA1b) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
    ASSERT_EQ(render({sample(), QStringLiteral("-o"), pdf, QStringLiteral("--pdfa")}).exitCode, 0);
    const test::ToolRun info = test::runTool(QStringLiteral(VITAE_PDFINFO), {pdf});
    EXPECT_TRUE(info.out.contains("PDF subtype:    PDF/A-1b")) << info.out.toStdString();
    ASSERT_EQ(render({sample(), QStringLiteral("-o"), pdf}).exitCode, 0);
    EXPECT_FALSE(test::runTool(QStringLiteral(VITAE_PDFINFO), {pdf}).out.contains("PDF/A"));
}

TEST(CliRender, BadInputGivesClearErrorsAndExitCodes) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.pdf"));
    const struct {
        QStringList arguments;
        QByteArray input;
        int exitCode;
        const char* message;
    } cases[] = {
        {{sample()}, {}, 2, "missing -o"},
        {{sample(), QStringLiteral("-o"), out, QStringLiteral("--paper"), QStringLiteral("a5")},
         {},
         2,
         "a4 or letter"},
        {{sample(), QStringLiteral("-o"), out, QStringLiteral("--template"),
          QStringLiteral("fancy")},
         {},
         2,
         "unknown template"},
        {{dir.filePath(QStringLiteral("missing.json")), QStringLiteral("-o"), out},
         {},
         3,
         "cannot read"},
        {{sample(), QStringLiteral("-o"), out, QStringLiteral("--theme"),
          dir.filePath(QStringLiteral("none.json"))},
         {},
         3,
         "cannot read"},
        {{QStringLiteral("-"), QStringLiteral("-o"), out},
         R"({"work":[{"startDate":"2020-13"}]})",
         1,
         "date.not_on_calendar"},
        {{QStringLiteral("-"), QStringLiteral("-o"), out}, "not json", 1, "has errors"},
        {{sample(), QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/x.pdf")},
         {},
         3,
         "cannot write"},
    };
    for (const auto& c : cases) {
        const CliRun run = render(c.arguments, c.input);
        EXPECT_EQ(run.exitCode, c.exitCode)
            << c.arguments.join(QLatin1Char(' ')).toStdString() << "\n"
            << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1StringView(c.message))) << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST(CliRender, HelpListsTheOptions) {
    const CliRun run = render({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    for (const char* option : {"--template", "--theme", "--paper", "--png", "--pdfa", "-o"})
        EXPECT_TRUE(run.out.contains(QLatin1StringView(option))) << option;
}

} // namespace
} // namespace vitae
