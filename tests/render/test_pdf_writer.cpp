// The PDF writer's parts on their own: font faces read from their tables, TrueType subsets,
// the file syntax (numbers, strings, cross-reference offsets) and the page canvas (text as
// glyphs with ToUnicode, /ActualText where they do not show their characters, Type 3 outlines
// for fonts without TrueType outlines). Judged with poppler and qpdf like the whole PDFs.
#include "font_face.h"
#include "font_subset.h"
#include "fonts.h"
#include "pdf_file.h"
#include "pdf_writer.h"
#include "render_test_support.h"

#include <vitae/render/canvas.h>
#include <vitae/render/layout.h>

#include <QPainterPath>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <set>

namespace vitae {
namespace {

using render::detail::FontFace;
using render::detail::PdfWriter;
using render::detail::readI16;
using render::detail::readU16;
using render::detail::readU32;

const QString kDejaVuSans = QStringLiteral(VITAE_FONT_DIR "/DejaVuSans.ttf");

QRawFont dejaVuSans(double pixelSize = 12) {
    QRawFont font(kDejaVuSans, pixelSize, QFont::PreferNoHinting);
    EXPECT_TRUE(font.isValid()) << kDejaVuSans.toStdString();
    return font;
}

quint32 glyphOf(const QRawFont& font, QChar c) {
    const QList<quint32> glyphs = font.glyphIndexesForString(QString(c));
    return glyphs.isEmpty() ? 0 : glyphs.front();
}

// The tables of an sfnt font program, by tag.
FontFace::TableReader tablesOf(const QByteArray& sfnt) {
    return [sfnt](const char* tag) {
        const quint16 count = readU16(sfnt, 4);
        for (quint16 i = 0; i < count; ++i) {
            const qsizetype entry = 12 + 16 * qsizetype{i};
            if (sfnt.mid(entry, 4) == QByteArray(tag, 4))
                return sfnt.mid(readU32(sfnt, entry + 8), readU32(sfnt, entry + 12));
        }
        return QByteArray();
    };
}

// The first composite glyph of the face (made of other glyphs, as many accented letters).
quint32 firstCompositeGlyph(const FontFace& face) {
    for (int glyph = 1; glyph < face.glyphCount(); ++glyph) {
        const QByteArrayView data = face.glyphData(static_cast<quint32>(glyph));
        if (data.size() >= 10 && readI16(data, 0) < 0)
            return static_cast<quint32>(glyph);
    }
    return 0;
}

void expectSameOutline(const QPainterPath& expected, const QPainterPath& actual,
                       const std::string& what) {
    ASSERT_EQ(actual.elementCount(), expected.elementCount()) << what;
    for (int i = 0; i < expected.elementCount(); ++i) {
        EXPECT_NEAR(actual.elementAt(i).x, expected.elementAt(i).x, 1e-3) << what << " point " << i;
        EXPECT_NEAR(actual.elementAt(i).y, expected.elementAt(i).y, 1e-3) << what << " point " << i;
    }
}

// --- Font faces and subsets ------------------------------------------------------------------

TEST(FontFace, ReadsTheFacesNameMetricsAndCharacters) {
    const QRawFont raw = dejaVuSans();
    const std::shared_ptr<const FontFace> face = FontFace::of(raw);
    EXPECT_EQ(face->postScriptName(), QByteArray("DejaVuSans"));
    EXPECT_EQ(face->unitsPerEm(), 2048);
    EXPECT_TRUE(face->hasTrueTypeOutlines());
    EXPECT_FALSE(face->isBold());
    EXPECT_EQ(face->character(glyphOf(raw, QLatin1Char('A'))), U'A');
    // The same face at another size is the same object: read once per process.
    EXPECT_EQ(FontFace::of(dejaVuSans(30)).get(), face.get());
}

// A cmap format 4 subtable (Windows, Unicode BMP) mapping each (character, glyph) pair.
QByteArray cmapOf(const std::vector<std::pair<char16_t, quint16>>& pairs) {
    const auto u16 = [](QByteArray& out, quint32 value) {
        out.append(static_cast<char>((value >> 8) & 0xFF));
        out.append(static_cast<char>(value & 0xFF));
    };
    const auto segments = static_cast<quint16>(pairs.size() + 1); // and the final 0xFFFF one
    QByteArray table;
    u16(table, 0); // version
    u16(table, 1); // one subtable
    u16(table, 3); // Windows
    u16(table, 1); // Unicode BMP
    u16(table, 0);
    u16(table, 12); // its offset (32 bits)
    QByteArray subtable;
    u16(subtable, 4);
    u16(subtable, 16 + 8 * segments); // length
    u16(subtable, 0);
    u16(subtable, 2 * segments);
    u16(subtable, 0); // searchRange and the rest: unused by readers of this table
    u16(subtable, 0);
    u16(subtable, 0);
    for (const auto& [c, glyph] : pairs)
        u16(subtable, c); // endCode
    u16(subtable, 0xFFFF);
    u16(subtable, 0); // reservedPad
    for (const auto& [c, glyph] : pairs)
        u16(subtable, c); // startCode
    u16(subtable, 0xFFFF);
    for (const auto& [c, glyph] : pairs)
        u16(subtable, (glyph - c) & 0xFFFF); // idDelta
    u16(subtable, 1);
    for (size_t i = 0; i <= pairs.size(); ++i)
        u16(subtable, 0); // idRangeOffset
    return table + subtable;
}

// Several characters can map to one glyph: the text layer should say the plain one, not a
// presentation form, a compatibility ligature or a private-use code.
TEST(FontFace, AGlyphReadsAsItsPlainCharacter) {
    const QByteArray maxp = QByteArray::fromHex("00005000000a"); // version 0.5, 10 glyphs
    const QByteArray cmap = cmapOf({{u' ', 3},
                                    {u'A', 5},
                                    {u'\u00a0', 3},
                                    {u'\u0628', 7},
                                    {u'\ue000', 5},
                                    {u'\ufb01', 6},
                                    {u'\ufe8f', 7},
                                    {u'\ufe90', 8}});
    const FontFace face = FontFace::read(
        [&](const char* tag) {
            return QByteArrayView(tag) == "cmap"   ? cmap
                   : QByteArrayView(tag) == "maxp" ? maxp
                                                   : QByteArray();
        },
        "Made");
    EXPECT_EQ(face.character(3), U' ');      // not the no-break space
    EXPECT_EQ(face.character(5), U'A');      // not the private-use code
    EXPECT_EQ(face.character(6), U'\ufb01'); // nothing plainer
    EXPECT_EQ(face.character(7), U'\u0628'); // beh, not its isolated form
    EXPECT_EQ(face.character(8), U'\ufe90'); // a final form alone
    EXPECT_EQ(face.character(9), U'\0');
}

TEST(FontSubset, HoldsTheGlyphsAskedForAndTheirPartsAndDrawsThemAsTheFaceDoes) {
    const QRawFont raw = dejaVuSans(100);
    const std::shared_ptr<const FontFace> face = FontFace::of(raw);
    const quint32 a = glyphOf(raw, QLatin1Char('A'));
    const quint32 composite = firstCompositeGlyph(*face);
    ASSERT_NE(composite, 0u);
    const render::detail::FontSubset subset =
        render::detail::subsetTrueType(*face, {0, a, composite});

    // .notdef, A, the composite glyph, then the glyphs it is made of, and nothing else.
    ASSERT_GE(subset.glyphs.size(), 4u);
    EXPECT_EQ(subset.glyphs[0], 0u);
    EXPECT_EQ(subset.glyphs[1], a);
    EXPECT_EQ(subset.glyphs[2], composite);
    EXPECT_EQ(std::set<quint32>(subset.glyphs.begin(), subset.glyphs.end()).size(),
              subset.glyphs.size());
    EXPECT_LT(subset.glyphs.size(), 8u);
    const QRawFont program(subset.fontProgram, 100, QFont::PreferNoHinting);
    ASSERT_TRUE(program.isValid());
    EXPECT_EQ(readU16(program.fontTable("maxp"), 4), subset.glyphs.size());
    for (size_t id = 1; id < subset.glyphs.size(); ++id) {
        expectSameOutline(raw.pathForGlyph(subset.glyphs[id]),
                          program.pathForGlyph(static_cast<quint32>(id)),
                          "glyph " + std::to_string(id));
        EXPECT_NEAR(program.advancesForGlyphIndexes({static_cast<quint32>(id)}).front().x(),
                    raw.advancesForGlyphIndexes({subset.glyphs[id]}).front().x(), 1e-3);
    }
}

// Hinting instructions only matter to a rasteriser at small pixel sizes; the PDF's glyphs are
// outlines as designed, like the preview's, so the subset leaves them out.
TEST(FontSubset, LeavesTheHintingInstructionsOut) {
    const QRawFont raw = dejaVuSans();
    const std::shared_ptr<const FontFace> face = FontFace::of(raw);
    const quint32 a = glyphOf(raw, QLatin1Char('a'));
    const QByteArrayView original = face->glyphData(a);
    const qsizetype lengthAt = 10 + 2 * qsizetype{readI16(original, 0)};
    ASSERT_GT(readU16(original, lengthAt), 0) << "the face's glyph has instructions";
    const auto subset = render::detail::subsetTrueType(*face, {0, a, firstCompositeGlyph(*face)});
    const FontFace subsetFace = FontFace::read(tablesOf(subset.fontProgram), "Subset");
    EXPECT_TRUE(subsetFace.hasTrueTypeOutlines());
    EXPECT_EQ(readU16(subsetFace.glyphData(1), lengthAt), 0);
    // The composite glyph asks for no instructions of its own either.
    const QByteArrayView composite = subsetFace.glyphData(2);
    ASSERT_LT(readI16(composite, 0), 0);
    for (qsizetype at = 10; at + 4 <= composite.size();) {
        const quint16 flags = readU16(composite, at);
        EXPECT_EQ(flags & 0x0100, 0) << "WE_HAVE_INSTRUCTIONS";
        if ((flags & 0x0020) == 0)
            break;
        at += 4 + ((flags & 1) != 0 ? 4 : 2) +
              ((flags & 0x8) != 0    ? 2
               : (flags & 0x40) != 0 ? 4
               : (flags & 0x80) != 0 ? 8
                                     : 0);
    }
}

// A face whose glyph data is cut short (a broken font file) still gives a font program: the
// glyphs that cannot be read are empty, nothing is read out of bounds.
TEST(FontSubset, BrokenGlyphDataGivesEmptyGlyphsNotACrash) {
    const QRawFont raw = dejaVuSans();
    const FontFace face = FontFace::read(
        [&raw](const char* tag) {
            const QByteArray table = raw.fontTable(tag);
            return QByteArrayView(tag) == "glyf" ? table.left(table.size() / 50) : table;
        },
        "Broken");
    ASSERT_TRUE(face.hasTrueTypeOutlines());
    std::vector<quint32> glyphs;
    for (quint32 glyph = 0; glyph < 400; ++glyph)
        glyphs.push_back(glyph);
    const auto subset = render::detail::subsetTrueType(face, glyphs);
    const FontFace read = FontFace::read(tablesOf(subset.fontProgram), "Subset");
    EXPECT_EQ(read.glyphCount(), 400);
    EXPECT_TRUE(read.glyphData(399).isEmpty());
    EXPECT_FALSE(read.glyphData(36).isEmpty()) << "a glyph in the part that is there";
}

TEST(FontFace, MissingTablesMeanNoOutlinesToSubset) {
    const FontFace face = FontFace::read([](const char*) { return QByteArray(); }, "Nothing");
    EXPECT_FALSE(face.hasTrueTypeOutlines());
    EXPECT_EQ(face.postScriptName(), QByteArray("Nothing"));
    EXPECT_EQ(face.character(5), U'\0');
    EXPECT_TRUE(face.glyphData(5).isEmpty());
}

// --- Fonts loaded on demand -------------------------------------------------------------------

TEST(Fonts, CjkTextIsTheTextThatNeedsTheCjkFont) {
    using render::detail::needsCjkFont;
    EXPECT_FALSE(needsCjkFont(u"Senior Engineer, \u00c9cole \u2013 \u0645\u0647\u0646\u062f\u0633 "
                              u"\u05e9\u05dc\u05d5\u05dd \u0391\u03b8\u03ae\u03bd\u03b1"));
    for (const char16_t* text : {u"\u738b\u6653\u660e", u"\u30bd\u30d5\u30c8", u"\u3072\u3089",
                                 u"\ud55c\uad6d\uc5b4", u"\u3001", u"\uff0c"})
        EXPECT_TRUE(needsCjkFont(text)) << QString::fromUtf16(text).toStdString();
}

// The CJK fallback is the largest font file: a resume without CJK text does not load it.
// (Run alone, as ctest runs each case, so that no earlier case has loaded it.)
TEST(Fonts, TheCjkFontIsLoadedOnlyWhenTheTextNeedsIt) {
    if (render::detail::cjkFontLoaded())
        GTEST_SKIP() << "an earlier test in this process loaded it";
    core::Resume resume = test::syntheticResume(2, 2);
    render::layoutResume(resume);
    EXPECT_FALSE(render::detail::cjkFontLoaded());
    resume.basics->label = QStringLiteral("\u9ad8\u7ea7\u524d\u7aef\u5de5\u7a0b\u5e08");
    const render::Document document = render::layoutResume(resume);
    EXPECT_TRUE(render::detail::cjkFontLoaded());
    int label = -1;
    for (size_t b = 0; b < document.blocks.size(); ++b) {
        if (document.blocks[b].plainText() == *resume.basics->label)
            label = static_cast<int>(b);
    }
    ASSERT_GE(label, 0);
    for (const QGlyphRun& run : document.layouts[static_cast<size_t>(label)]->glyphRuns())
        EXPECT_EQ(run.rawFont().familyName(), QStringLiteral("WenQuanYi Micro Hei"));
}

// --- The file syntax --------------------------------------------------------------------------

TEST(PdfSyntax, NumbersAreShortAndExact) {
    using render::detail::pdfNumber;
    EXPECT_EQ(pdfNumber(0), QByteArray("0"));
    EXPECT_EQ(pdfNumber(-0.0001), QByteArray("0"));
    EXPECT_EQ(pdfNumber(1.5), QByteArray("1.5"));
    EXPECT_EQ(pdfNumber(2.0004), QByteArray("2"));
    EXPECT_EQ(pdfNumber(-3.14159), QByteArray("-3.142"));
    EXPECT_EQ(pdfNumber(841.8898, 2), QByteArray("841.89"));
    EXPECT_EQ(pdfNumber(0.05, 2), QByteArray("0.05"));
    EXPECT_EQ(pdfNumber(12.3456, 0), QByteArray("12"));
    EXPECT_EQ(pdfNumber(1e300), QByteArray("1000000000")); // no exponent, ever
    EXPECT_EQ(pdfNumber(std::numeric_limits<double>::quiet_NaN()), QByteArray("0"));
}

TEST(PdfSyntax, StringsAreEscapedOrHex) {
    using render::detail::pdfTextString;
    EXPECT_EQ(pdfTextString(u"a (b) \\c"), QByteArray("(a \\(b\\) \\\\c)"));
    EXPECT_EQ(pdfTextString(u"\u00e9"), QByteArray("<FEFF00E9>"));
    EXPECT_EQ(pdfTextString(u"line\nbreak"),
              QByteArray("<FEFF006C0069006E0065000A0062007200650061006B>"));
}

TEST(PdfSyntax, CrossReferenceOffsetsPointAtTheirObjects) {
    render::detail::PdfFile file;
    const int catalog = file.reserve();
    const int pages = file.reserve();
    const int info = file.reserve();
    const int unused = file.reserve();
    file.addStream(file.reserve(), " /Type /Test", QByteArray(5000, 'x'), true);
    file.add(pages, "<< /Type /Pages /Kids [] /Count 0 >>");
    file.add(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R >>");
    file.add(info, "<< /Producer (test) >>");
    const QByteArray pdf = file.finish(catalog, info);
    const qsizetype xref =
        pdf.mid(pdf.lastIndexOf("startxref") + 10).trimmed().split('\n').front().toLongLong();
    ASSERT_TRUE(pdf.mid(xref).startsWith("xref\n0 6\n0000000000 65535 f \n"));
    for (int object = 1; object <= 5; ++object) {
        const qsizetype offset = pdf.mid(xref + 9 + 20 * object, 10).toLongLong();
        EXPECT_TRUE(pdf.mid(offset).startsWith(QByteArray(QByteArray::number(object) + " 0 obj\n")))
            << "object " << object;
    }
    EXPECT_TRUE(pdf.contains(QByteArray(QByteArray::number(unused) + " 0 obj\nnull\nendobj")));
    EXPECT_TRUE(pdf.contains("/Filter /FlateDecode")) << "5000 x deflate well";
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("f.pdf"), pdf);
    EXPECT_EQ(test::runTool(QStringLiteral(VITAE_QPDF), {QStringLiteral("--check"), path}).exitCode,
              0);
}

// --- The page canvas ---------------------------------------------------------------------------

// A span of `shaped` as QTextLayout shapes it in DejaVu Sans, saying it shows `text`.
render::TextSpan span(const QString& shaped, const QString& text, QPointF origin = {72, 72}) {
    render::TextStyle style;
    style.family = QStringLiteral("DejaVu Sans");
    style.sizePt = 12;
    QTextLayout layout(shaped, render::detail::layoutFont(style));
    QTextOption option;
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    layout.createLine().setLineWidth(500);
    layout.endLayout();
    render::TextSpan result;
    result.glyphRuns = layout.lineAt(0).glyphRuns();
    result.origin = origin;
    result.color = Qt::black;
    result.text = text;
    return result;
}

QByteArray writePdf(const std::vector<render::TextSpan>& spans,
                    render::detail::PdfWriterOptions options = {}) {
    PdfWriter writer(QSizeF(595, 842), options);
    render::PageCanvas& canvas = writer.newPage();
    for (const render::TextSpan& s : spans)
        canvas.drawText(s);
    render::detail::PdfInfo info;
    info.creator = QStringLiteral("test");
    info.creationDate = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    QString error;
    const QByteArray pdf = writer.finish(info, &error);
    EXPECT_FALSE(pdf.isEmpty()) << error.toStdString();
    return pdf;
}

// The file with its streams inflated, to read the page content.
QByteArray inflated(QTemporaryDir& dir, const QByteArray& pdf) {
    const QString in = test::writeFile(dir, QStringLiteral("in.pdf"), pdf);
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    test::runTool(QStringLiteral(VITAE_QPDF),
                  {QStringLiteral("--stream-data=uncompress"), in, out});
    QFile file(out);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The glyph codes the content shows, in order (hex strings of TJ arrays, 4 digits each).
QStringList shownCodes(const QByteArray& content) {
    QStringList codes;
    static const QRegularExpression hex(QStringLiteral("<([0-9A-F]+)>"));
    static const QRegularExpression array(QStringLiteral("\\[(.*?)\\] TJ"));
    for (const auto& tj : array.globalMatch(QString::fromLatin1(content))) {
        for (const auto& string : hex.globalMatch(tj.captured(1))) {
            for (qsizetype i = 0; i + 4 <= string.captured(1).size(); i += 4)
                codes.append(string.captured(1).mid(i, 4));
        }
    }
    return codes;
}

QString textOf(QTemporaryDir& dir, const QByteArray& pdf) {
    return test::pdfText(test::writeFile(dir, QStringLiteral("t.pdf"), pdf)).trimmed();
}

TEST(PdfCanvas, GlyphsThatShowTheirTextNeedNoActualText) {
    QTemporaryDir dir;
    const QByteArray pdf =
        writePdf({span(QStringLiteral("Hello world"), QStringLiteral("Hello world"))});
    EXPECT_FALSE(inflated(dir, pdf).contains("/ActualText"));
    EXPECT_EQ(textOf(dir, pdf), QStringLiteral("Hello world"));
}

// Characters the glyphs cannot say through ToUnicode (here glyphs of other letters; in life a
// glyph without a character, or one the font shares between two) reach the text layer as
// /ActualText.
TEST(PdfCanvas, GlyphsThatDoNotShowTheirTextCarryItAsActualText) {
    QTemporaryDir dir;
    const QByteArray pdf = writePdf({span(QStringLiteral("Hello"), QStringLiteral("Hallo"))});
    EXPECT_TRUE(inflated(dir, pdf).contains("/Span <</ActualText (Hallo)>> BDC"));
    EXPECT_EQ(textOf(dir, pdf), QStringLiteral("Hallo"));
}

// A decomposed source (e + combining acute) drawn with the composed glyph is the same text.
TEST(PdfCanvas, ComposedGlyphsOfDecomposedTextNeedNoActualText) {
    QTemporaryDir dir;
    const QString decomposed = QStringLiteral("Cafe\u0301");
    const QByteArray pdf = writePdf({span(decomposed, decomposed)});
    EXPECT_FALSE(inflated(dir, pdf).contains("/ActualText"));
    EXPECT_EQ(textOf(dir, pdf).normalized(QString::NormalizationForm_C),
              QStringLiteral("Caf\u00e9"));
}

// Where the layout lets a ligature form (it breaks Latin ones, a theme's font may have others),
// the ligature glyph reads as its letters.
TEST(PdfCanvas, ALigatureGlyphReadsAsItsLetters) {
    QTemporaryDir dir;
    const QByteArray pdf = writePdf({span(QStringLiteral("file"), QStringLiteral("file"))});
    const QByteArray content = inflated(dir, pdf);
    EXPECT_EQ(shownCodes(content).size(), 3) << "fi, l, e";
    EXPECT_FALSE(content.contains("/ActualText"));
    EXPECT_EQ(textOf(dir, pdf), QStringLiteral("file"));
}

// The joiners the layout inserts are shaped as zero-width spaces; drawn, they would read as
// word breaks ("of fice").
TEST(PdfCanvas, ZeroWidthControlsLeaveNoGlyph) {
    QTemporaryDir dir;
    const QString shaped = QStringLiteral("of\u200Cf\u200Cice well\u2060-known");
    const QByteArray pdf = writePdf({span(shaped, shaped)});
    EXPECT_EQ(shownCodes(inflated(dir, pdf)).size(), 6 + 1 + 10);
    EXPECT_EQ(textOf(dir, pdf), QStringLiteral("office well-known"));
}

TEST(PdfCanvas, EachFaceIsOneSubsetFontWithOnlyTheGlyphsDrawn) {
    QTemporaryDir dir;
    const QByteArray pdf =
        writePdf({span(QStringLiteral("abba"), QStringLiteral("abba")),
                  span(QStringLiteral("cab"), QStringLiteral("cab"), {72, 100})});
    const QString path = test::writeFile(dir, QStringLiteral("s.pdf"), pdf);
    const std::vector<test::FontRow> fonts = test::pdfFonts(path);
    ASSERT_EQ(fonts.size(), 1u);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+DejaVuSans$"))
                    .match(fonts.front().name)
                    .hasMatch());
    // CIDs in order of first use: a=1, b=2, c=3; 0 is .notdef.
    EXPECT_EQ(shownCodes(inflated(dir, pdf)),
              (QStringList{QStringLiteral("0001"), QStringLiteral("0002"), QStringLiteral("0002"),
                           QStringLiteral("0001"), QStringLiteral("0003"), QStringLiteral("0001"),
                           QStringLiteral("0002")}));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("/W \\[ ?0 \\[ ?\\d+ \\d+ \\d+ \\d+ ?\\] ?\\]"))
                    .match(QString::fromLatin1(inflated(dir, pdf)))
                    .hasMatch())
        << "widths of the four CIDs";
    EXPECT_EQ(test::runTool(QStringLiteral(VITAE_QPDF), {QStringLiteral("--check"), path}).exitCode,
              0);
}

// A font without TrueType outlines (CFF, bitmaps) cannot be subset by copying glyf entries;
// its glyphs become Type 3 outlines, 256 to a font.
TEST(PdfCanvas, FontsWithoutTrueTypeOutlinesBecomeType3Outlines) {
    QString many;
    for (char16_t c = 0x100; c < 0x17F; ++c) // Latin Extended-A
        many.append(QChar(c));
    for (char16_t c = 0x410; c < 0x450; ++c) // Cyrillic
        many.append(QChar(c));
    for (char16_t c = 0x180; c < 0x1C0; ++c) // Latin Extended-B
        many.append(QChar(c));
    for (char16_t c = 0x391; c < 0x3CA; ++c) // Greek
        if (c != 0x3A2)
            many.append(QChar(c));
    ASSERT_GT(many.size(), 256);
    QTemporaryDir dir;
    render::detail::PdfWriterOptions options;
    options.outlineFontsOnly = true;
    const QString word = QStringLiteral("Outlines");
    std::vector<render::TextSpan> spans{span(word, word)};
    for (qsizetype at = 0; at < many.size(); at += 40) // lines that fit the page
        spans.push_back(span(many.mid(at, 40), many.mid(at, 40), {20, 100 + 2.0 * at}));
    const QByteArray pdf = writePdf(spans, options);
    const QString path = test::writeFile(dir, QStringLiteral("t3.pdf"), pdf);
    const test::ToolRun fonts = test::runTool(QStringLiteral(VITAE_PDFFONTS), {path});
    EXPECT_EQ(QString::fromUtf8(fonts.out).count(QStringLiteral("Type 3")), 2)
        << fonts.out.toStdString();
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(word)) << text.toStdString();
    EXPECT_TRUE(text.simplified().remove(QLatin1Char(' ')).contains(many)) << text.toStdString();
    EXPECT_EQ(test::runTool(QStringLiteral(VITAE_QPDF), {QStringLiteral("--check"), path}).exitCode,
              0);
}

// Glyph runs no font can draw (an invalid raw font, a glyph id beyond 16 bits) leave a valid file:
// the first is skipped, the second drawn as .notdef (CID 0).
TEST(PdfCanvas, GlyphsItCannotDrawLeaveAValidFile) {
    render::TextSpan broken = span(QStringLiteral("ok"), QStringLiteral("ok"));
    QGlyphRun invalid;
    invalid.setGlyphIndexes({1, 2});
    invalid.setPositions({QPointF(0, 10), QPointF(5, 10)});
    QGlyphRun outOfRange;
    outOfRange.setRawFont(dejaVuSans());
    outOfRange.setGlyphIndexes({70000});
    outOfRange.setPositions({QPointF(20, 10)});
    broken.glyphRuns.append(invalid);
    broken.glyphRuns.append(outOfRange);
    QTemporaryDir dir;
    const QByteArray pdf = writePdf({broken});
    EXPECT_EQ(
        shownCodes(inflated(dir, pdf)),
        (QStringList{QStringLiteral("0001"), QStringLiteral("0002"), QStringLiteral("0000")}));
    EXPECT_EQ(test::runTool(
                  QStringLiteral(VITAE_QPDF),
                  {QStringLiteral("--check"), test::writeFile(dir, QStringLiteral("b.pdf"), pdf)})
                  .exitCode,
              0);
}

TEST(PdfCanvas, LinksBecomeUriAnnotationsOverTheirArea) {
    render::TextSpan link = span(QStringLiteral("example"), QStringLiteral("example"));
    link.href = QStringLiteral("https://example.com/a(b)");
    link.linkArea = QRectF(72, 72, 50, 14);
    QTemporaryDir dir;
    const QByteArray pdf = writePdf({link});
    // PDF space: y up from the bottom of the 842 pt page.
    EXPECT_TRUE(pdf.contains("/Rect [72 756 122 770]")) << pdf.toStdString();
    EXPECT_TRUE(pdf.contains("/URI (https://example.com/a\\(b\\))"));
    EXPECT_EQ(test::runTool(
                  QStringLiteral(VITAE_QPDF),
                  {QStringLiteral("--check"), test::writeFile(dir, QStringLiteral("l.pdf"), pdf)})
                  .exitCode,
              0);
}

TEST(PdfCanvas, RectanglesAndRulesAreFilledAndStrokedPaths) {
    PdfWriter writer(QSizeF(200, 100));
    render::PageCanvas& canvas = writer.newPage();
    canvas.fillRect(QRectF(10, 20, 30, 40), QColor(255, 0, 0));
    canvas.drawRule(QPointF(0, 50), QPointF(200, 50), 0.75, QColor(0, 0, 255));
    render::detail::PdfInfo info;
    info.creator = QStringLiteral("test");
    info.creationDate = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    QTemporaryDir dir;
    const QByteArray content = inflated(dir, writer.finish(info));
    EXPECT_TRUE(content.contains("1 0 0 rg\n10 40 30 40 re f\n")) << content.toStdString();
    EXPECT_TRUE(content.contains("0 0 1 RG\n0.75 w\n0 50 m 200 50 l S\n")) << content.toStdString();
}

} // namespace
} // namespace vitae
