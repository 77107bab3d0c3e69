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

QString normalised(const QString& text) {
    return test::comparable(text, test::Compare::Words);
}

TEST_F(SamplePdf, EveryShownStringIsInTheTextLayerAsOftenAsInTheSource) {
    const QString extracted = normalised(text());
    QStringList shown;
    for (const test::Shown& s : test::shownStrings(sampleJson()))
        shown.append(s.text);
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
        // The invisible characters the layout inserts (non-joiner, word joiner, isolates)
        // shape to nothing and stay out of the text layer.
        for (char16_t invisible : {u'\u200C', u'\u2060', u'\u2068', u'\u2069'})
            EXPECT_FALSE(extracted.contains(QChar(invisible))) << int(invisible);
        EXPECT_TRUE(extracted.contains(QStringLiteral("first year")));
    }
}

TEST_F(SamplePdf, AllFontsEmbeddedAsSubsets) {
    const std::vector<test::FontRow> fonts = test::pdfFonts(*path_);
    ASSERT_FALSE(fonts.empty()) << "no fonts listed";
    for (const test::FontRow& font : fonts) {
        EXPECT_TRUE(font.embedded) << "not embedded: " << font.name.toStdString();
        EXPECT_TRUE(font.subset) << "not a subset: " << font.name.toStdString();
        EXPECT_TRUE(font.unicode) << "no ToUnicode: " << font.name.toStdString();
        EXPECT_TRUE(
            QRegularExpression(QStringLiteral("^[A-Z]{6}\\+DejaVu")).match(font.name).hasMatch())
            << font.name.toStdString();
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
    // Annotations are uncompressed dictionaries.
    EXPECT_EQ(bytes_->count("/Subtype /Link"), expected.size());
    for (const QString& uri : expected)
        EXPECT_TRUE(bytes_->contains(QByteArray("/URI (" + uri.toLatin1() + ')')))
            << uri.toStdString();
}

// Each link's area is where its text is drawn: the word pdftotext finds for the address (or
// e-mail) lies inside the annotation's rectangle.
TEST_F(SamplePdf, EveryLinkCoversItsText) {
    const test::ToolRun run = test::runTool(QStringLiteral(VITAE_PDFTOTEXT),
                                            {QStringLiteral("-bbox"), *path_, QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString words = QString::fromUtf8(run.out);
    static const QRegularExpression link(QStringLiteral(
        "/Rect \\[([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+)\\][^>]*?/URI \\((.*?)\\) >>"));
    int checked = 0;
    for (const auto& match : link.globalMatch(QString::fromLatin1(*bytes_))) {
        QString shown = match.captured(5);
        shown.remove(QStringLiteral("mailto:"));
        const QRegularExpression word(
            QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                           "yMax=\"([\\d.]+)\">%1</word>")
                .arg(QRegularExpression::escape(shown)));
        const QRegularExpressionMatch box = word.match(words);
        if (!box.hasMatch())
            continue; // a link whose text is not its address (a profile's network name)
        const double pageHeight = 842;
        const double centreX = (box.captured(1).toDouble() + box.captured(3).toDouble()) / 2;
        const double centreY =
            pageHeight - (box.captured(2).toDouble() + box.captured(4).toDouble()) / 2;
        EXPECT_GT(centreX, match.captured(1).toDouble()) << shown.toStdString();
        EXPECT_LT(centreX, match.captured(3).toDouble()) << shown.toStdString();
        EXPECT_GT(centreY, match.captured(2).toDouble()) << shown.toStdString();
        EXPECT_LT(centreY, match.captured(4).toDouble()) << shown.toStdString();
        // And the rectangle is no wider than the text and a little room.
        EXPECT_LT(match.captured(3).toDouble() - match.captured(1).toDouble(),
                  box.captured(3).toDouble() - box.captured(1).toDouble() + 6)
            << shown.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 5);
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

// --- PDF/A-1b ---------------------------------------------------------------------------------
// veraPDF is not in Debian, so these check what PDF/A-1b asks of a file like ours: the
// identification in XMP, XMP equal to the Info dictionary, an output intent with an ICC
// profile, embedded fonts with a CIDSet, printable annotations, a file ID; and that the bytes
// stay reproducible.

QByteArray pdfA(const core::Resume& resume) {
    render::RenderOptions options = fixedOptions();
    options.pdfA = true;
    QString error;
    const QByteArray bytes = render::renderPdf(resume, options, &error);
    EXPECT_FALSE(bytes.isEmpty()) << error.toStdString();
    return bytes;
}

QString field(const QString& info, const char* name) {
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(QLatin1StringView(name)),
                                QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

TEST(PdfA, PdfinfoReportsPdfA1bAndQpdfFindsNothingWrong) {
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("a.pdf"), pdfA(sample()));
    const QString info =
        QString::fromUtf8(test::runTool(QStringLiteral(VITAE_PDFINFO), {path}).out);
    EXPECT_EQ(field(info, "PDF subtype"), QStringLiteral("PDF/A-1b:2005"));
    EXPECT_EQ(field(info, "    Conformance"), QStringLiteral("Level B, Basic"));
    const test::ToolRun check =
        test::runTool(QStringLiteral(VITAE_QPDF), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    for (const test::FontRow& font : test::pdfFonts(path))
        EXPECT_TRUE(font.embedded && font.subset) << font.name.toStdString();
}

TEST(PdfA, XmpSaysWhatTheInfoDictionarySays) {
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("a.pdf"), pdfA(sample()));
    const QString xmp = QString::fromUtf8(
        test::runTool(QStringLiteral(VITAE_PDFINFO), {QStringLiteral("-meta"), path}).out);
    EXPECT_TRUE(xmp.contains(QStringLiteral("pdfaid:part=\"1\" pdfaid:conformance=\"B\"")));
    EXPECT_TRUE(xmp.contains(QStringLiteral("xmp:CreateDate=\"2024-05-01T12:30:00Z\"")));
    EXPECT_TRUE(xmp.contains(QStringLiteral("xmp:ModifyDate=\"2024-05-01T12:30:00Z\"")));
    EXPECT_TRUE(xmp.contains(QStringLiteral("xmp:CreatorTool=\"Vitae " VITAE_VERSION "\"")));
    EXPECT_TRUE(xmp.contains(QStringLiteral(
        "<dc:creator><rdf:Seq><rdf:li>Amira Haddad</rdf:li></rdf:Seq></dc:creator>")));
    EXPECT_TRUE(xmp.contains(QStringLiteral(
        "<rdf:li xml:lang=\"x-default\">Amira Haddad \u2013 Senior Backend Engineer</rdf:li>")));
    const QString info = QString::fromUtf8(
        test::runTool(QStringLiteral(VITAE_PDFINFO), {QStringLiteral("-isodates"), path}).out);
    EXPECT_EQ(field(info, "CreationDate"), QStringLiteral("2024-05-01T12:30:00Z"));
    EXPECT_EQ(field(info, "Author"), QStringLiteral("Amira Haddad"));
}

TEST(PdfA, AuthorIsEscapedInXmp) {
    core::Resume resume = test::syntheticResume(1, 1);
    resume.basics->name = QStringLiteral("Tom & <Jerry>");
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("a.pdf"), pdfA(resume));
    const QString xmp = QString::fromUtf8(
        test::runTool(QStringLiteral(VITAE_PDFINFO), {QStringLiteral("-meta"), path}).out);
    EXPECT_TRUE(xmp.contains(QStringLiteral("<rdf:li>Tom &amp; &lt;Jerry&gt;</rdf:li>")));
    EXPECT_EQ(test::runTool(QStringLiteral(VITAE_QPDF), {QStringLiteral("--check"), path}).exitCode,
              0);
}

// PDF/A-1b asks for the output intent with its ICC profile, a CIDSet per subset font and links
// that print (/F 4).
TEST(PdfA, HasAnOutputIntentAndPrintableLinks) {
    const QByteArray bytes = pdfA(sample());
    EXPECT_TRUE(bytes.contains("/S/GTS_PDFA1"));
    EXPECT_TRUE(bytes.contains("/DestOutputProfile"));
    EXPECT_TRUE(bytes.contains("/CIDSet"));
    const qsizetype links = bytes.count("/Subtype /Link");
    EXPECT_EQ(links, 7);
    EXPECT_EQ(bytes.count("/Subtype /Link\n/F 4"), links);
}

// The file ID is the MD5 of the content, so it does not change the bytes from run to run.
TEST(PdfA, SameInputGivesTheSameBytesAndAnotherResumeAnotherId) {
    const QByteArray first = pdfA(sample());
    EXPECT_EQ(pdfA(sample()), first);
    const QRegularExpression id(QStringLiteral("/ID \\[ <([0-9a-f]{32})> <\\1> \\]"));
    const QString idOfFirst = id.match(QString::fromLatin1(first)).captured(1);
    ASSERT_FALSE(idOfFirst.isEmpty());
    EXPECT_NE(idOfFirst, QString(32, QLatin1Char('0')));
    const QString idOfOther =
        id.match(QString::fromLatin1(pdfA(test::syntheticResume(1, 1)))).captured(1);
    EXPECT_NE(idOfOther, idOfFirst);
}

TEST(PdfA, OnlyWhenAsked) {
    const QByteArray plain = render::renderPdf(sample(), fixedOptions());
    EXPECT_FALSE(plain.contains("/Type /Metadata"));
    EXPECT_FALSE(plain.contains("GTS_PDFA1"));
    EXPECT_FALSE(plain.contains("/F 4"));
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
