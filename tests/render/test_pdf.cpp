// The PDF of the sample resume, checked with the tools an ATS pipeline would resemble:
// poppler's pdftotext, pdffonts and pdfinfo, and qpdf --check.
#include "render_test_support.h"
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/render/paint.h>
#include <vitae/render/pdf.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace vitae {
namespace {

const QDateTime kFixedDate(QDate(2024, 5, 1), QTime(12, 30, 0), QTimeZone::utc());

QJsonObject sampleJson() {
    return test::readJsonObject(
        test::sourcePath(QStringLiteral("resources/samples/sample-resume.json")));
}

core::Resume sample() {
    const core::ImportResult imported = core::importJsonResume(sampleJson());
    EXPECT_TRUE(imported.parsed);
    return imported.resume;
}

render::RenderOptions fixedOptions() {
    render::RenderOptions options;
    options.fixedCreationDate = kFixedDate;
    return options;
}

// The sample rendered once per test program, written to a temporary file for the tools.
class SamplePdf : public testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new QTemporaryDir;
        QString error;
        bytes_ = new QByteArray(render::renderPdf(sample(), fixedOptions(), &error));
        ASSERT_FALSE(bytes_->isEmpty()) << error.toStdString();
        path_ = new QString(dir_->filePath(QStringLiteral("sample.pdf")));
        QFile file(*path_);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(*bytes_);
    }
    static void TearDownTestSuite() {
        delete bytes_;
        delete path_;
        delete dir_;
    }
    static QString text(const QStringList& extra = {}) {
        const test::ToolRun run = test::runTool(QStringLiteral(VITAE_PDFTOTEXT),
                                                extra + QStringList{*path_, QStringLiteral("-")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QString::fromUtf8(run.out);
    }
    static QTemporaryDir* dir_;
    static QByteArray* bytes_;
    static QString* path_;
};
QTemporaryDir* SamplePdf::dir_ = nullptr;
QByteArray* SamplePdf::bytes_ = nullptr;
QString* SamplePdf::path_ = nullptr;

// Whitespace as one space; a line that ends in "-" or "/" (a URL or compound broken at the
// line end) joins the next without one.
QString normalised(QString text) {
    text.replace(QRegularExpression(QStringLiteral("([-/])\\n")), QStringLiteral("\\1"));
    return text.simplified();
}

// The sample's strings the resume shows, each as the user typed it. Left out, by design:
// the schema URL, Vitae's layout data, the region (same as the city here) and profile user
// names (the profile URL, which contains them, is shown instead).
void collectShown(const QJsonValue& value, const QString& path, QStringList& out) {
    static const QRegularExpression hidden(QStringLiteral(
        "^(/\\$schema|/basics/location/region|/basics/profiles/\\d+/username|/vitae/templateId"
        "|/vitae/sections/.*|/vitae/customSections/\\d+/id)$"));
    if (hidden.match(path).hasMatch())
        return;
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectShown(array.at(i), path + QLatin1Char('/') + QString::number(i), out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectShown(it.value(), path + QLatin1Char('/') + it.key(), out);
    }
}

TEST_F(SamplePdf, EveryShownStringIsInTheTextLayerAsOftenAsInTheSource) {
    const QString extracted = normalised(text());
    QStringList shown;
    collectShown(sampleJson(), QString(), shown);
    ASSERT_GT(shown.size(), 50);
    const QString source = shown.join(QChar(0x1F)); // a separator no string contains
    for (const QString& s : shown) {
        EXPECT_EQ(extracted.count(s), source.count(s))
            << "\"" << s.toStdString() << "\" in text: " << extracted.toStdString();
    }
}

TEST_F(SamplePdf, TextLayerIsInReadingOrder) {
    const QString extracted = normalised(text());
    const QStringList order = {
        QStringLiteral("Amira Haddad"),
        QStringLiteral("Senior Backend Engineer"),
        QStringLiteral("amira.haddad@example.com"),
        QStringLiteral("Backend engineer with"),
        QStringLiteral("Experience"),
        QStringLiteral("Parcelwise GmbH"),
        QStringLiteral("Cut the nightly"),
        QStringLiteral("Mentored five"),
        QStringLiteral("Kasse Payments"),
        QStringLiteral("Research Assistant"),
        QStringLiteral("Projects"),
        QStringLiteral("pg-slowlog"),
        QStringLiteral("Skills"),
        QStringLiteral("Operations"),
        QStringLiteral("Education"),
        QStringLiteral("Master of Science"),
        QStringLiteral("Talks"),
        QStringLiteral("Queues in PostgreSQL"),
        QStringLiteral("Certificates"),
        QStringLiteral("Languages"),
        QStringLiteral("Arabic"),
        QStringLiteral("English"),
    };
    qsizetype at = 0;
    for (const QString& s : order) {
        const qsizetype found = extracted.indexOf(s, at);
        EXPECT_GE(found, 0) << s.toStdString() << " missing or out of order";
        if (found >= 0)
            at = found + s.size();
    }
}

TEST_F(SamplePdf, LayoutModeTextHasNoLigatureCharacters) {
    for (const QStringList& mode : {QStringList{}, QStringList{QStringLiteral("-layout")}}) {
        const QString extracted = text(mode);
        for (QChar c : extracted)
            EXPECT_FALSE(c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
                << "ligature U+" << std::hex << int(c.unicode());
        EXPECT_FALSE(extracted.contains(QChar(0x200C)));
        EXPECT_TRUE(extracted.contains(QStringLiteral("first year")));
    }
}

TEST_F(SamplePdf, AllFontsEmbeddedAsSubsets) {
    const test::ToolRun run = test::runTool(QStringLiteral(VITAE_PDFFONTS), {*path_});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2) << "no fonts listed";
    for (const QString& line : lines.mid(2)) {
        // name type... encoding emb sub uni object-id: the three flags precede the id.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        const qsizetype n = columns.size();
        EXPECT_EQ(columns[n - 5], QStringLiteral("yes")) << "not embedded: " << line.toStdString();
        EXPECT_EQ(columns[n - 4], QStringLiteral("yes")) << "not a subset: " << line.toStdString();
        EXPECT_EQ(columns[n - 3], QStringLiteral("yes")) << "no ToUnicode: " << line.toStdString();
        EXPECT_TRUE(
            QRegularExpression(QStringLiteral("^[A-Z]{6}\\+DejaVu")).match(columns[0]).hasMatch())
            << line.toStdString();
    }
}

TEST_F(SamplePdf, InfoHasTitleAuthorCreatorAndTheFixedDate) {
    const test::ToolRun run =
        test::runTool(QStringLiteral(VITAE_PDFINFO), {QStringLiteral("-isodates"), *path_});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString info = QString::fromUtf8(run.out);
    const auto field = [&](const char* name) {
        const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(QLatin1StringView(name)),
                                    QRegularExpression::MultilineOption);
        return re.match(info).captured(1).trimmed();
    };
    EXPECT_EQ(field("Title"), QStringLiteral("Amira Haddad \u2013 Senior Backend Engineer"));
    EXPECT_EQ(field("Author"), QStringLiteral("Amira Haddad"));
    EXPECT_EQ(field("Creator"), QStringLiteral("Vitae " VITAE_VERSION));
    EXPECT_EQ(field("CreationDate"), QStringLiteral("2024-05-01T12:30:00Z"));
    EXPECT_EQ(field("Page size"), QStringLiteral("595 x 842 pts (A4)"));
}

TEST_F(SamplePdf, QpdfFindsNothingWrong) {
    const test::ToolRun run =
        test::runTool(QStringLiteral(VITAE_QPDF), {QStringLiteral("--check"), *path_});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("No syntax or stream encoding errors")) << run.out.toStdString();
}

TEST_F(SamplePdf, EveryLinkIsAUriAnnotation) {
    const QStringList expected = {
        QStringLiteral("mailto:amira.haddad@example.com"),
        QStringLiteral("https://amira.example.com"),
        QStringLiteral("https://github.com/ahaddad"),
        QStringLiteral("https://www.linkedin.com/in/amira-haddad"),
        QStringLiteral("https://parcelwise.example.com"),
        QStringLiteral("https://github.com/ahaddad/pg-slowlog"),
        QStringLiteral("https://pgconf.example.com/talks/queues"),
    };
    // Annotations are uncompressed dictionaries in QPdfWriter's output.
    EXPECT_EQ(bytes_->count("/Subtype /Link"), expected.size());
    for (const QString& uri : expected)
        EXPECT_TRUE(bytes_->contains(QByteArray("/URI (" + uri.toLatin1() + ')')))
            << uri.toStdString();
}

TEST_F(SamplePdf, SameInputAndDateGiveTheSameBytes) {
    const QByteArray again = render::renderPdf(sample(), fixedOptions());
    EXPECT_EQ(again, *bytes_);
}

TEST(Pdf, LigaturesAreNotFormedButTheWordsRemain) {
    core::Resume resume = test::syntheticResume(1, 0);
    resume.basics->summary = QStringLiteral("office affluent fifty flow efficient Waffle");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lig.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(render::renderPdf(resume, fixedOptions()));
    file.close();
    const test::ToolRun run =
        test::runTool(QStringLiteral(VITAE_PDFTOTEXT), {path, QStringLiteral("-")});
    EXPECT_TRUE(QString::fromUtf8(run.out).simplified().contains(
        QStringLiteral("office affluent fifty flow efficient Waffle")))
        << run.out.toStdString();
}

TEST(PageImage, PreviewIsThePageAtTheAskedResolution) {
    const render::Document doc = render::layoutResume(sample());
    const QImage image = render::renderPageImage(doc, 0, 96);
    EXPECT_EQ(image.width(), qRound(595 * 96 / 72.0));
    EXPECT_EQ(image.height(), qRound(842 * 96 / 72.0));
    // Something is drawn: not every pixel is white.
    qsizetype ink = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            ink += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    EXPECT_GT(ink, 500);
}

} // namespace
} // namespace vitae
