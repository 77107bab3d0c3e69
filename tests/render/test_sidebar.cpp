// The modern template's sidebar: which blocks go there, where the columns are, how the main
// column runs on over pages while the sidebar stays on page one, and the tight line gaps that
// keep the sidebar one text block for extractors.
#include "render_test_support.h"
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/render/layout.h>
#include <vitae/render/paint.h>

#include <QTextLayout>

#include <gtest/gtest.h>

#include <set>

namespace vitae {
namespace {

using render::BlockKind;
using render::Column;

core::Resume fixture(const QString& name) {
    const QString path =
        name == u"sample" ? test::sourcePath(QStringLiteral("resources/samples/sample-resume.json"))
                          : test::fixturePath(QStringLiteral("render/%1.json").arg(name));
    const core::ImportResult imported = core::importJsonResume(test::readJsonObject(path));
    EXPECT_TRUE(imported.parsed) << path.toStdString();
    return imported.resume;
}

render::Document modern(const core::Resume& resume) {
    render::RenderOptions options;
    options.templateId = QStringLiteral("modern");
    return render::layoutResume(resume, options);
}

bool isPageNumber(const render::Document& doc, const render::PlacedLine& placed) {
    return doc.blocks[static_cast<size_t>(placed.block)].kind == BlockKind::PageNumber;
}

Column columnOf(const render::Document& doc, const render::PlacedLine& placed) {
    return doc.blocks[static_cast<size_t>(placed.block)].column;
}

TEST(Sidebar, HoldsContactProfilesAndTheListSections) {
    const render::Document doc = modern(fixture(QStringLiteral("sample")));
    std::set<QString> sidebarSections, mainSections;
    for (const render::Block& block : doc.blocks) {
        if (block.kind == BlockKind::PageNumber)
            continue;
        (block.column == Column::Sidebar ? sidebarSections : mainSections).insert(block.sectionKey);
        const bool nameOrSummary =
            block.sectionKey.isEmpty() &&
            (block.kind == BlockKind::Name || block.kind == BlockKind::Paragraph);
        if (nameOrSummary) {
            EXPECT_EQ(block.column, Column::Main) << block.plainText().toStdString();
        }
    }
    EXPECT_EQ(sidebarSections, (std::set<QString>{QString(), QStringLiteral("skills"),
                                                  QStringLiteral("languages")}));
    for (const char* key : {"work", "projects", "education", "certificates", "custom:talks"})
        EXPECT_TRUE(mainSections.count(QString::fromLatin1(key))) << key;
    // The contact details are one per line under a heading, not joined with " · ".
    const int email = doc.findBlock(BlockKind::HeaderLine);
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
        if (doc.blocks[b].kind == BlockKind::HeaderLine &&
            doc.blocks[b].column == Column::Sidebar) {
            EXPECT_FALSE(doc.blocks[b].plainText().contains(QStringLiteral(" \u00b7 ")));
        }
    }
    EXPECT_GE(email, 0);
}

TEST(Sidebar, SitsOnTheTrailingEdgeBesideTheMainColumn) {
    const render::Document doc = modern(fixture(QStringLiteral("sample")));
    const QRectF sidebar = doc.sidebarPt;
    ASSERT_FALSE(sidebar.isEmpty());
    EXPECT_DOUBLE_EQ(sidebar.right(), doc.pageSizePt.width()); // bleeds to the edges
    EXPECT_DOUBLE_EQ(sidebar.top(), 0);
    EXPECT_DOUBLE_EQ(sidebar.bottom(), doc.pageSizePt.height());
    int sidebarLines = 0, mainLines = 0;
    for (const render::PlacedLine& placed : doc.pages.front().lines) {
        if (columnOf(doc, placed) == Column::Sidebar) {
            ++sidebarLines;
            EXPECT_GT(placed.origin.x(), sidebar.left());
            EXPECT_LT(placed.origin.x() + placed.widthPt, sidebar.right());
        } else {
            ++mainLines;
            EXPECT_LT(placed.origin.x() + placed.widthPt, sidebar.left() - 10);
        }
    }
    EXPECT_GT(sidebarLines, 8);
    EXPECT_GT(mainLines, 30);
}

TEST(Sidebar, RightToLeftResumeHasItOnTheLeft) {
    const render::Document doc = modern(fixture(QStringLiteral("rtl-arabic")));
    EXPECT_TRUE(doc.rightToLeft);
    EXPECT_DOUBLE_EQ(doc.sidebarPt.left(), 0);
    for (const render::PlacedLine& placed : doc.pages.front().lines) {
        if (columnOf(doc, placed) == Column::Main) {
            EXPECT_GT(placed.origin.x(), doc.sidebarPt.right() + 10);
        }
    }
    EXPECT_FALSE(modern(fixture(QStringLiteral("cjk"))).rightToLeft);
}

TEST(Sidebar, MainColumnRunsOnOverPagesWhileTheSidebarStaysOnPageOne) {
    const render::Document doc = modern(fixture(QStringLiteral("long")));
    ASSERT_GE(doc.pageCount(), 4);
    for (int p = 0; p < doc.pageCount(); ++p) {
        int main = 0;
        for (const render::PlacedLine& placed : doc.pages[static_cast<size_t>(p)].lines) {
            if (isPageNumber(doc, placed))
                continue;
            const bool sidebar = columnOf(doc, placed) == Column::Sidebar;
            EXPECT_TRUE(!sidebar || p == 0) << "sidebar line on page " << p + 1;
            main += sidebar ? 0 : 1;
        }
        EXPECT_GT(main, 10) << "page " << p + 1;
    }
    // The background is painted on every page, text or not.
    const QImage last = render::renderPageImage(doc, doc.pageCount() - 1, 36);
    const QPointF inside = doc.sidebarPt.center() * (36 / 72.0);
    EXPECT_EQ(QColor(last.pixel(inside.toPoint())), doc.theme.sidebar.background);
}

TEST(Sidebar, LongerThanAPageContinuesOnTheNextPage) {
    core::Resume resume = test::syntheticResume(1, 2);
    resume.skills = std::vector<core::Skill>{};
    for (int i = 0; i < 90; ++i) {
        core::Skill skill;
        skill.name = QStringLiteral("Skill %1").arg(i + 1);
        resume.skills->push_back(skill);
    }
    const render::Document doc = modern(resume);
    ASSERT_GE(doc.pageCount(), 2);
    const int last = doc.findBlock(BlockKind::Paragraph, u"skills", 89);
    ASSERT_GE(last, 0);
    EXPECT_EQ(doc.pageOf(last), 1);
    EXPECT_EQ(doc.blocks[static_cast<size_t>(last)].column, Column::Sidebar);
}

// pdftotext joins lines into one block while baselines are at most 1.5 font sizes apart;
// the sidebar keeps within that so it is read whole (test_fixtures checks the reading).
TEST(Sidebar, BaselinesStayWithinTheGapExtractorsJoin) {
    for (const char* name : {"sample", "long", "cjk", "rtl-hebrew"}) {
        const render::Document doc = modern(fixture(QString::fromLatin1(name)));
        const double limit = 1.5 * doc.theme.sidebar.text.sizePt;
        double previous = -1;
        int checked = 0;
        for (const render::PlacedLine& placed : doc.pages.front().lines) {
            if (columnOf(doc, placed) != Column::Sidebar)
                continue;
            const QTextLine line =
                doc.layouts[static_cast<size_t>(placed.block)]->lineAt(placed.line);
            const double baseline = placed.origin.y() + line.y() + line.ascent();
            if (previous >= 0) {
                EXPECT_LE(baseline - previous, limit) << name;
                ++checked;
            }
            previous = baseline;
        }
        EXPECT_GT(checked, 5) << name;
    }
}

TEST(Sidebar, SingleColumnTemplatesHaveNone) {
    for (const char* id : {"classic", "compact"}) {
        render::RenderOptions options;
        options.templateId = QString::fromLatin1(id);
        const render::Document doc =
            render::layoutResume(fixture(QStringLiteral("sample")), options);
        EXPECT_TRUE(doc.sidebarPt.isEmpty()) << id;
        for (const render::Block& block : doc.blocks)
            EXPECT_EQ(block.column, Column::Main) << id;
    }
}

TEST(Sidebar, ThemeFileTurnsItOffOrMovesSections) {
    const render::Theme base = render::Theme::builtin(u"modern");
    QString error;
    const auto off = render::Theme::fromJson(R"({"sidebar": {"widthMm": 0}})", base, &error);
    ASSERT_TRUE(off) << error.toStdString();
    render::RenderOptions options;
    options.theme = *off;
    const render::Document single =
        render::layoutResume(fixture(QStringLiteral("sample")), options);
    EXPECT_TRUE(single.sidebarPt.isEmpty());

    const auto moved = render::Theme::fromJson(
        R"({"sidebar": {"sections": ["education", "certificates"], "color": "#eeeeee"}})", base,
        &error);
    ASSERT_TRUE(moved) << error.toStdString();
    options.theme = *moved;
    const render::Document doc = render::layoutResume(fixture(QStringLiteral("sample")), options);
    EXPECT_EQ(doc.blocks[size_t(doc.findBlock(BlockKind::SectionHeading, u"education"))].column,
              Column::Sidebar);
    EXPECT_EQ(doc.blocks[size_t(doc.findBlock(BlockKind::SectionHeading, u"skills"))].column,
              Column::Main);
    EXPECT_EQ(doc.theme.sidebar.background, QColor(0xee, 0xee, 0xee));
}

TEST(Sidebar, PageNumbersAreCentredUnderTheMainColumn) {
    const render::Document doc = modern(fixture(QStringLiteral("long")));
    for (int p = 0; p < doc.pageCount(); ++p) {
        const render::PlacedLine& number = doc.pages[static_cast<size_t>(p)].lines.back();
        ASSERT_TRUE(isPageNumber(doc, number));
        EXPECT_LT(number.origin.x() + number.widthPt, doc.sidebarPt.left());
    }
}

} // namespace
} // namespace vitae
