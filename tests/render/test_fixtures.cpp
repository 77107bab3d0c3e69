// Every template with every fixture (the JSON Resume sample; long, short, right-to-left, CJK,
// Cyrillic and Greek resumes), judged with the tools an ATS pipeline resembles: page count,
// pdffonts (all embedded as subsets), pdftotext (each source string as often as drawn, in
// the order drawn) and qpdf --check.
#include "render_test_support.h"
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/render/pdf.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <ostream>

namespace vitae {
namespace {

using test::Compare;

struct Case {
    std::string name; // "<fixture>_<template>"
    QString fixture;  // "sample" or a file of tests/fixtures/render without ".json"
    QString templateId;
    int minPages = 1, maxPages = 1;
    Compare compare = Compare::Words;
};

// Page counts as laid out today, with room for small changes of spacing but not of kind:
// the short and script fixtures fit one page, compact keeps the sample on one page, the long
// resume runs to four pages and more everywhere.
std::vector<Case> cases() {
    struct Fixture {
        const char* name;
        Compare compare;
        int pages[3][2]; // classic, modern, compact: min, max
    };
    const Fixture fixtures[] = {
        {"sample", Compare::Words, {{2, 2}, {1, 1}, {1, 1}}},
        {"short", Compare::Words, {{1, 1}, {1, 1}, {1, 1}}},
        {"long", Compare::Words, {{6, 8}, {6, 8}, {4, 5}}},
        {"rtl-arabic", Compare::LettersAndDigits, {{1, 1}, {1, 1}, {1, 1}}},
        {"rtl-hebrew", Compare::LettersAndDigits, {{1, 1}, {1, 1}, {1, 1}}},
        {"cjk", Compare::Words, {{1, 1}, {1, 1}, {1, 1}}},
        {"cyrillic-greek", Compare::Words, {{1, 1}, {1, 1}, {1, 1}}},
    };
    const char* templates[] = {"classic", "modern", "compact"};
    std::vector<Case> out;
    for (const Fixture& f : fixtures) {
        for (int t = 0; t < 3; ++t) {
            std::string name = std::string(f.name) + '_' + templates[t];
            std::replace(name.begin(), name.end(), '-', '_');
            out.push_back({name, QString::fromLatin1(f.name), QString::fromLatin1(templates[t]),
                           f.pages[t][0], f.pages[t][1], f.compare});
        }
    }
    return out;
}

// GoogleTest names a case by its name, not its bytes.
void PrintTo(const Case& c, std::ostream* out) {
    *out << c.name;
}

// Within a line of a right-to-left page, pdftotext orders Latin and digit runs by their
// place on the line (a date range under an Arabic title reads end date first, as the eye
// meets it from the right), so only right-to-left words have a reading order to check.
bool hasReadingOrder(const QString& s, Compare mode) {
    if (mode == Compare::Words)
        return true;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
    });
}

QJsonObject fixtureJson(const QString& fixture) {
    return test::readJsonObject(
        fixture == u"sample"
            ? test::sourcePath(QStringLiteral("resources/samples/sample-resume.json"))
            : test::fixturePath(QStringLiteral("render/%1.json").arg(fixture)));
}

// One case rendered: the layout, and the PDF written for the tools.
class TemplateTimesFixture : public testing::TestWithParam<Case> {
protected:
    void SetUp() override {
        json_ = fixtureJson(GetParam().fixture);
        const core::ImportResult imported = core::importJsonResume(json_);
        ASSERT_TRUE(imported.parsed);
        render::RenderOptions options;
        options.templateId = GetParam().templateId;
        options.fixedCreationDate = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
        document_ = render::layoutResume(imported.resume, options);
        QString error;
        const QByteArray pdf = render::renderPdf(document_, options, &error);
        ASSERT_FALSE(pdf.isEmpty()) << error.toStdString();
        path_ = test::writeFile(dir_, QStringLiteral("case.pdf"), pdf);
    }

    QString comparable(const QString& text) const {
        return test::comparable(text, GetParam().compare);
    }

    QTemporaryDir dir_;
    QJsonObject json_;
    render::Document document_;
    QString path_;
};

TEST_P(TemplateTimesFixture, PageCountIsWithinBounds) {
    const int pages = document_.pageCount();
    EXPECT_GE(pages, GetParam().minPages);
    EXPECT_LE(pages, GetParam().maxPages);
    const test::ToolRun info = test::runTool(QStringLiteral(VITAE_PDFINFO), {path_});
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))
                    .match(QString::fromUtf8(info.out))
                    .hasMatch())
        << info.out.toStdString();
}

TEST_P(TemplateTimesFixture, EveryFontIsEmbeddedAsASubsetWithUnicode) {
    const std::vector<test::FontRow> fonts = test::pdfFonts(path_);
    ASSERT_FALSE(fonts.empty());
    for (const test::FontRow& font : fonts) {
        EXPECT_TRUE(font.embedded) << font.name.toStdString();
        EXPECT_TRUE(font.subset) << font.name.toStdString();
        EXPECT_TRUE(font.unicode) << font.name.toStdString();
        // Only the fonts Vitae ships with: nothing fontconfig picked on this machine.
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+(DejaVu|WenQuanYi)"))
                        .match(font.name)
                        .hasMatch())
            << font.name.toStdString();
    }
}

TEST_P(TemplateTimesFixture, QpdfFindsNothingWrong) {
    const test::ToolRun run =
        test::runTool(QStringLiteral(VITAE_QPDF), {QStringLiteral("--check"), path_});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("No syntax or stream encoding errors")) << run.out.toStdString();
}

// Each source string is drawn at least as often as the source has it, and the text layer
// has it exactly as often as drawn (no duplicate, no loss), in the order drawn.
TEST_P(TemplateTimesFixture, TextLayerHasEverySourceStringInDrawingOrder) {
    const QString extracted = comparable(test::pdfText(path_));
    const QString drawn = comparable(test::drawnText(document_));
    QStringList source;
    for (const test::Shown& shown : test::shownStrings(json_))
        source.append(comparable(shown.text));
    source.removeAll(QString());
    ASSERT_GT(source.size(), 15);
    const QString joined = source.join(QChar(0x1F)); // a separator no string contains
    std::map<qsizetype, QString> uniqueByDrawnPosition;
    for (const QString& s : source) {
        EXPECT_GE(drawn.count(s), joined.count(s)) << "not drawn: " << s.toStdString();
        EXPECT_EQ(extracted.count(s), drawn.count(s))
            << "\"" << s.toStdString() << "\" in: " << extracted.toStdString();
        if (joined.count(s) == 1 && drawn.count(s) == 1 && hasReadingOrder(s, GetParam().compare))
            uniqueByDrawnPosition[drawn.indexOf(s)] = s;
    }
    ASSERT_GT(uniqueByDrawnPosition.size(), 10u);
    qsizetype previous = -1;
    QString previousString;
    for (const auto& [position, s] : uniqueByDrawnPosition) {
        const qsizetype at = extracted.indexOf(s);
        EXPECT_GT(at, previous) << "\"" << s.toStdString() << "\" read before \""
                                << previousString.toStdString() << "\"";
        previous = at;
        previousString = s;
    }
}

INSTANTIATE_TEST_SUITE_P(RenderFixtures, TemplateTimesFixture, testing::ValuesIn(cases()),
                         test::CaseName());

// The sidebar is one text block after the main column: pdftotext (non-layout mode) reads
// every main-column string of page one before the first sidebar string, whichever the
// direction of the script (a right-to-left page puts the sidebar on the left).
class ModernReadingOrder : public testing::TestWithParam<const char*> {};

TEST_P(ModernReadingOrder, SidebarIsReadWholeAfterTheMainColumn) {
    const QString fixture = QString::fromLatin1(GetParam());
    const QJsonObject json = fixtureJson(fixture);
    const core::ImportResult imported = core::importJsonResume(json);
    render::RenderOptions options;
    options.templateId = QStringLiteral("modern");
    QTemporaryDir dir;
    const QString path =
        test::writeFile(dir, QStringLiteral("m.pdf"), render::renderPdf(imported.resume, options));
    const Compare mode = fixture.startsWith(u"rtl") ? Compare::LettersAndDigits : Compare::Words;
    const QString page1 =
        test::comparable(test::pdfText(path, {QStringLiteral("-f"), QStringLiteral("1"),
                                              QStringLiteral("-l"), QStringLiteral("1")}),
                         mode);
    qsizetype lastMain = -1, firstSidebar = page1.size();
    int sidebarStrings = 0;
    for (const test::Shown& shown : test::shownStrings(json)) {
        const QString s = test::comparable(shown.text, mode);
        if (s.size() < 3 || page1.count(s) != 1)
            continue; // only strings that say where they are
        const qsizetype at = page1.indexOf(s);
        if (test::inModernSidebar(shown.path)) {
            firstSidebar = std::min(firstSidebar, at);
            ++sidebarStrings;
        } else {
            lastMain = std::max(lastMain, at);
        }
    }
    EXPECT_GE(sidebarStrings, 4);
    EXPECT_LT(lastMain, firstSidebar) << page1.toStdString();
}

std::string fixtureName(const testing::TestParamInfo<const char*>& param) {
    std::string name = param.param;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(RenderFixtures, ModernReadingOrder,
                         testing::Values("sample", "short", "long", "rtl-arabic", "rtl-hebrew",
                                         "cjk", "cyrillic-greek"),
                         fixtureName);

// The footer: "n / N" at the bottom of every page of a multi-page PDF, below the content
// area and last in the page's main-column text; none when the option turns it off.
TEST(PageNumberFooter, EveryPageSaysItsNumberOfTheTotalAfterItsText) {
    const core::Resume resume = core::importJsonResume(fixtureJson(QStringLiteral("long"))).resume;
    for (const char* id : {"classic", "modern", "compact"}) {
        render::RenderOptions options;
        options.templateId = QString::fromLatin1(id);
        const render::Document doc = render::layoutResume(resume, options);
        QTemporaryDir dir;
        const QString path =
            test::writeFile(dir, QStringLiteral("p.pdf"), render::renderPdf(doc, options));
        const int pages = doc.pageCount();
        ASSERT_GE(pages, 4) << id;
        for (int p = 1; p <= pages; ++p) {
            const QString number = QString::number(p);
            QString text =
                test::pdfText(path, {QStringLiteral("-f"), number, QStringLiteral("-l"), number})
                    .simplified();
            // Under the main column, the number is read after it and before the sidebar.
            if (doc.theme.sidebar.enabled() && p == 1)
                text.truncate(text.indexOf(QStringLiteral(" CONTACT")));
            // pdftotext drops the narrow spaces around the slash at this size: "1/7".
            const QRegularExpression footer(QStringLiteral("\\b%1 ?/ ?%2$").arg(p).arg(pages));
            EXPECT_TRUE(footer.match(text).hasMatch())
                << id << " page " << p << ": ..." << text.right(60).toStdString();
        }
        const auto bottom = doc.pageSizePt.height() - doc.theme.margins.bottomMm * 72.0 / 25.4;
        for (const render::Page& page : doc.pages) {
            const render::PlacedLine& last = page.lines.back();
            EXPECT_EQ(doc.blocks[static_cast<size_t>(last.block)].kind,
                      render::BlockKind::PageNumber);
            EXPECT_GE(last.origin.y(), bottom) << id;
        }
        options.pageNumbers = false;
        const QString without =
            test::writeFile(dir, QStringLiteral("n.pdf"), render::renderPdf(resume, options));
        EXPECT_FALSE(QRegularExpression(QStringLiteral("\\b1 ?/ ?%1\\b").arg(pages))
                         .match(test::pdfText(without))
                         .hasMatch())
            << id;
    }
}

} // namespace
} // namespace vitae
