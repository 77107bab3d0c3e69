// Scripts beyond Latin: fallback fonts (DejaVu for Greek, Cyrillic, Arabic and Hebrew,
// WenQuanYi Micro Hei for CJK), right-to-left paragraphs laid out right-aligned and right to
// left, and what the PDF embeds for them.
#include "render_test_support.h"
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/render/layout.h>
#include <vitae/render/pdf.h>

#include <QGlyphRun>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTextLayout>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace vitae {
namespace {

using render::Block;
using render::BlockKind;
using render::TextRole;

const QString kArabic = QStringLiteral(
    "مهندسة بيانات بخبرة ثماني سنوات في بناء منصات التحليل للمصارف وشركات الاتصالات");

Block paragraph(const QString& text, TextRole role = TextRole::Body) {
    Block block;
    block.kind = BlockKind::Paragraph;
    block.runs.push_back({text, role});
    return block;
}

// A document of the given blocks in the classic theme (serif body, italic meta line).
render::Document layOut(std::vector<Block> blocks) {
    return render::layoutBlocks(std::move(blocks), render::Theme::builtin(u"classic"));
}

double contentWidth(const render::Document& doc) {
    const auto& m = doc.theme.margins;
    return doc.pageSizePt.width() - (m.leftMm + m.rightMm) * 72.0 / 25.4;
}

// Families of the fonts the block's glyphs are drawn with; fails on a missing glyph (a box).
std::set<std::string> drawnFamilies(const render::Document& doc, int block) {
    std::set<std::string> families;
    for (const QGlyphRun& run : doc.layouts[static_cast<size_t>(block)]->glyphRuns()) {
        families.insert(run.rawFont().familyName().toStdString());
        for (quint32 glyph : run.glyphIndexes())
            EXPECT_NE(glyph, 0u) << "missing glyph in " << run.rawFont().familyName().toStdString();
    }
    return families;
}

TEST(Bidi, RightToLeftParagraphIsRightAlignedAndRunsRightToLeft) {
    const render::Document doc = layOut({paragraph(kArabic + QLatin1Char(' ') + kArabic)});
    const QTextLayout& layout = *doc.layouts.front();
    ASSERT_GE(layout.lineCount(), 2);
    EXPECT_EQ(layout.textOption().textDirection(), Qt::RightToLeft);
    for (int l = 0; l < layout.lineCount(); ++l) {
        const QTextLine line = layout.lineAt(l);
        EXPECT_NEAR(line.naturalTextRect().right(), contentWidth(doc), 0.5) << "line " << l;
        // The first character of the line is drawn right of its last.
        EXPECT_GT(line.cursorToX(line.textStart()),
                  line.cursorToX(line.textStart() + line.textLength() - 1));
    }
    // The last line is short and so ends well left of the margin it is aligned to.
    EXPECT_GT(layout.lineAt(layout.lineCount() - 1).naturalTextRect().left(), 50);
}

TEST(Bidi, LeftToRightParagraphStaysLeftAligned) {
    const render::Document doc = layOut({paragraph(test::words(60))});
    const QTextLayout& layout = *doc.layouts.front();
    EXPECT_EQ(layout.textOption().textDirection(), Qt::LeftToRight);
    for (int l = 0; l < layout.lineCount(); ++l)
        EXPECT_NEAR(layout.lineAt(l).naturalTextRect().left(), 0, 0.5);
}

TEST(Bidi, DirectionComesFromTheFirstStrongCharacter) {
    const render::Document doc = layOut({
        paragraph(QStringLiteral("2020 – القاهرة، مصر")),  // digits are not strong
        paragraph(QStringLiteral("C++ و Python للأنظمة")), // Latin first
        paragraph(QStringLiteral("«שלום» עולם, hello")),   // punctuation is not strong
    });
    EXPECT_EQ(doc.layouts[0]->textOption().textDirection(), Qt::RightToLeft);
    EXPECT_EQ(doc.layouts[1]->textOption().textDirection(), Qt::LeftToRight);
    EXPECT_EQ(doc.layouts[2]->textOption().textDirection(), Qt::RightToLeft);
}

TEST(Bidi, RightToLeftBulletIsIndentedFromTheRight) {
    Block bullet;
    bullet.kind = BlockKind::Bullet;
    bullet.runs = {{QStringLiteral("\u2022 "), TextRole::Body},
                   {kArabic + kArabic, TextRole::Body}};
    bullet.indentPt = 5;
    bullet.hangingIndentPt = 8;
    const render::Document doc = layOut({bullet});
    const QTextLayout& layout = *doc.layouts.front();
    ASSERT_GE(layout.lineCount(), 2);
    EXPECT_NEAR(layout.lineAt(0).naturalTextRect().right(), contentWidth(doc) - 5, 0.5);
    EXPECT_NEAR(layout.lineAt(1).naturalTextRect().right(), contentWidth(doc) - 13, 0.5);
}

// An entry under an Arabic title: its Latin meta line keeps left-to-right order inside
// (an isolate), instead of reading "present – 2020-01".
TEST(Bidi, EntryMetaLineKeepsItsOwnDirection) {
    Block header;
    header.kind = BlockKind::EntryHeader;
    header.runs = {{QStringLiteral("مهندسة بيانات, مصرف الخليج"), TextRole::EntryTitle},
                   {QStringLiteral("\n"), TextRole::EntryMeta},
                   {QStringLiteral("2020-01 – present"), TextRole::EntryMeta}};
    const render::Document doc = layOut({header});
    const QTextLayout& layout = *doc.layouts.front();
    ASSERT_EQ(layout.lineCount(), 2);
    EXPECT_EQ(layout.textOption().textDirection(), Qt::RightToLeft);
    const QTextLine meta = layout.lineAt(1);
    const int date = static_cast<int>(layout.text().indexOf(QStringLiteral("2020")));
    const int word = static_cast<int>(layout.text().indexOf(QStringLiteral("present")));
    // Inside each word (at a run's edge the cursor belongs to both directions).
    EXPECT_LT(meta.cursorToX(date + 1), meta.cursorToX(word + 1));
    EXPECT_NEAR(meta.naturalTextRect().right(), contentWidth(doc), 0.5); // still right-aligned
}

TEST(Fonts, EachScriptIsDrawnWithAFontThatHasIt) {
    const struct {
        const char* name;
        QString text;
        TextRole role; // classic: body is DejaVu Serif, meta is DejaVu Sans Oblique
        std::set<std::string> families;
    } cases[] = {
        {"greek", QStringLiteral("Μηχανικός αξιοπιστίας"), TextRole::Body, {"DejaVu Serif"}},
        {"cyrillic", QStringLiteral("Системный инженер"), TextRole::Body, {"DejaVu Serif"}},
        // Letters from DejaVu Sans, the spaces between them from the style's own serif.
        {"arabic in serif", kArabic, TextRole::Body, {"DejaVu Sans", "DejaVu Serif"}},
        {"hebrew in serif",
         QStringLiteral("מפתחת תוכנה בכירה"),
         TextRole::Body,
         {"DejaVu Sans", "DejaVu Serif"}},
        {"arabic in italic", QStringLiteral("دبي"), TextRole::EntryMeta, {"DejaVu Sans"}},
        {"chinese", QStringLiteral("高级前端工程师"), TextRole::Body, {"WenQuanYi Micro Hei"}},
        {"japanese",
         QStringLiteral("ソフトウェアエンジニア、ひらがな"),
         TextRole::Body,
         {"WenQuanYi Micro Hei"}},
        {"mixed",
         QStringLiteral("Lead 高级 Инженер"),
         TextRole::Body,
         {"DejaVu Serif", "WenQuanYi Micro Hei"}},
    };
    for (const auto& c : cases) {
        const render::Document doc = layOut({paragraph(c.text, c.role)});
        EXPECT_EQ(drawnFamilies(doc, 0), c.families) << c.name;
    }
}

TEST(Fonts, CjkPdfEmbedsTheFallbackFont) {
    const QJsonObject json =
        test::readJsonObject(test::fixturePath(QStringLiteral("render/cjk.json")));
    QTemporaryDir dir;
    const QString path = test::writeFile(
        dir, QStringLiteral("cjk.pdf"),
        render::renderPdf(core::importJsonResume(json).resume, render::RenderOptions{}));
    QStringList names;
    for (const test::FontRow& font : test::pdfFonts(path))
        names.append(font.name.mid(7)); // without the subset tag
    names.sort();
    // Classic: serif name, headings and body, sans contact line, oblique dates; the Chinese
    // and Japanese in all of them come from WenQuanYi Micro Hei.
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("DejaVuSans"), QStringLiteral("DejaVuSans-Oblique"),
                           QStringLiteral("DejaVuSerif"), QStringLiteral("DejaVuSerif-Bold"),
                           QStringLiteral("WenQuanYiMicroHei")}));
}

// The text layer reads as typed, not only after normalisation: Arabic as its letters (each
// contextual form maps back to its letter), Hebrew and CJK unchanged. Only Arabic's lam-alef
// ligatures keep their presentation form, as one code for two letters that poppler would
// otherwise reverse.
TEST(TextLayer, RightToLeftAndCjkTextReadsAsTyped) {
    for (const char* fixture : {"rtl-arabic", "rtl-hebrew", "cjk"}) {
        const QJsonObject json = test::readJsonObject(
            test::fixturePath(QStringLiteral("render/%1.json").arg(QLatin1StringView(fixture))));
        QTemporaryDir dir;
        const QString path = test::writeFile(
            dir, QStringLiteral("t.pdf"),
            render::renderPdf(core::importJsonResume(json).resume, render::RenderOptions{}));
        QString text = test::pdfText(path);
        text.removeIf([](QChar c) { return c.category() == QChar::Other_Format; }); // bidi marks
        const QJsonObject basics = json.value(QStringLiteral("basics")).toObject();
        for (const char* key : {"name", "label"}) {
            const QString typed = basics.value(QLatin1StringView(key)).toString();
            EXPECT_TRUE(text.contains(typed))
                << fixture << ' ' << typed.toStdString() << " in " << text.left(200).toStdString();
        }
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const bool presentationForm =
                (u >= 0xFB00 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF);
            EXPECT_TRUE(!presentationForm || (u >= 0xFEF5 && u <= 0xFEFC))
                << fixture << ": U+" << std::hex << int(u);
        }
    }
}

} // namespace
} // namespace vitae
