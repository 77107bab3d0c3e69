// Pagination rules: the paginator on measured lines, then the whole layout on synthetic
// resumes swept across sizes so that every rule meets the page boundary at least once.
#include "render_test_support.h"

#include <vitae/render/layout.h>
#include <vitae/render/pagination.h>

#include <gtest/gtest.h>

#include <set>

namespace vitae {
namespace {

using render::BlockKind;
using render::FlowLine;
using render::Keep;

std::vector<FlowLine> lines(int count, double height = 10, Keep keep = Keep::Free) {
    return std::vector<FlowLine>(static_cast<size_t>(count), FlowLine{height, 0, keep, false});
}

std::vector<int> pagesOf(const std::vector<render::FlowPlacement>& placements) {
    std::vector<int> pages;
    for (const auto& p : placements)
        pages.push_back(p.page);
    return pages;
}

// --- The paginator alone -------------------------------------------------------------------

TEST(Paginate, FillsPagesLineByLine) {
    const auto placed = render::paginate(lines(25), 100);
    EXPECT_EQ(placed[9].page, 0);
    EXPECT_EQ(placed[10].page, 1);
    EXPECT_DOUBLE_EQ(placed[10].yPt, 0);
    EXPECT_EQ(placed[24].page, 2);
}

TEST(Paginate, KeptGapMovesTheLineBeforeItToTheNextPage) {
    auto flow = lines(12);
    flow[9].keepAfter = Keep::Rule; // line 9 (e.g. a heading) stays with line 10
    const auto placed = render::paginate(flow, 100);
    EXPECT_EQ(placed[8].page, 0);
    EXPECT_EQ(placed[9].page, 1);
    EXPECT_EQ(placed[10].page, 1);
}

TEST(Paginate, SpaceBeforeIsDroppedAtTheTopOfAPage) {
    auto flow = lines(12);
    flow[10].spaceBeforePt = 30;
    const auto placed = render::paginate(flow, 100);
    EXPECT_EQ(placed[10].page, 1);
    EXPECT_DOUBLE_EQ(placed[10].yPt, 0);
}

TEST(Paginate, UnitLongerThanAPageSplitsBetweenLines) {
    // 35 lines that all want to stay together: the rules give way, lines never split.
    auto flow = lines(35, 10, Keep::Rule);
    const auto placed = render::paginate(flow, 100);
    EXPECT_EQ(pagesOf(placed)[9], 0);
    EXPECT_EQ(pagesOf(placed)[10], 1);
    EXPECT_EQ(pagesOf(placed)[34], 3);
}

TEST(Paginate, KeepTogetherGivesWayBeforeLineRules) {
    // A keep-together run longer than the page: break at the together gap, not the rule gap.
    auto flow = lines(16, 10, Keep::Together);
    flow[8].keepAfter = Keep::Rule;
    flow[9].keepAfter = Keep::Rule;
    const auto placed = render::paginate(flow, 100);
    EXPECT_EQ(placed[7].page, 0);
    EXPECT_EQ(placed[8].page, 1); // the break fell after line 7, the last free-enough gap
}

TEST(Paginate, BreakBeforeStartsANewPageUnlessThePageIsEmpty) {
    auto flow = lines(4);
    flow[0].breakBefore = true;
    flow[2].breakBefore = true;
    const auto placed = render::paginate(flow, 100);
    EXPECT_EQ(pagesOf(placed), (std::vector<int>{0, 0, 1, 1}));
}

TEST(Paginate, LineTallerThanThePageGoesAloneOnItsPage) {
    auto flow = lines(3);
    flow[1].heightPt = 250;
    const auto placed = render::paginate(flow, 100);
    EXPECT_EQ(pagesOf(placed), (std::vector<int>{0, 1, 2}));
}

// --- The whole layout ------------------------------------------------------------------------

// Checks what must hold on every laid-out document: each line placed once, in reading order,
// inside the content area.
void expectWellFormed(const render::Document& doc) {
    std::set<std::pair<int, int>> seen;
    size_t expected = 0;
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
        if (doc.blocks[b].kind != BlockKind::PageNumber)
            expected += static_cast<size_t>(doc.lineCount(static_cast<int>(b)));
    }
    const auto order = test::flowOrder(doc);
    EXPECT_EQ(order.size(), expected);
    for (size_t i = 0; i < order.size(); ++i) {
        EXPECT_TRUE(seen.insert(order[i]).second) << "line placed twice";
        if (i > 0) {
            EXPECT_LT(order[i - 1], order[i]) << "lines out of reading order";
        }
        const test::Where w = test::where(doc, order[i].first, order[i].second);
        EXPECT_LE(w.bottom, test::contentBottom(doc) + 0.01) << "line below the bottom margin";
    }
}

// Line `k` after the last line of `block`, following the flow: (block, line), or (-1,-1).
std::pair<int, int> lineAfter(const render::Document& doc, int block, int k) {
    const auto order = test::flowOrder(doc);
    const auto last = std::make_pair(block, doc.lineCount(block) - 1);
    for (size_t i = 0; i < order.size(); ++i) {
        if (order[i] == last)
            return i + static_cast<size_t>(k) < order.size() ? order[i + static_cast<size_t>(k)]
                                                             : std::make_pair(-1, -1);
    }
    return {-1, -1};
}

TEST(Layout, SampleSizedResumeIsWellFormed) {
    const auto doc = render::layoutResume(test::syntheticResume(3, 4, 30));
    ASSERT_GE(doc.pageCount(), 1);
    expectWellFormed(doc);
}

TEST(Layout, HeadingAtTheBottomOfAPageMovesToTheNextPage) {
    // More and more highlights push the "Education" heading down page one; at some size the
    // heading alone would still fit, and it must go to page two with its entry instead.
    bool sawMove = false;
    for (int highlights = 20; highlights <= 60; ++highlights) {
        const auto doc = render::layoutResume(test::syntheticResume(1, highlights));
        expectWellFormed(doc);
        const int heading = doc.findBlock(BlockKind::SectionHeading, u"education");
        ASSERT_GE(heading, 0);
        const auto next = lineAfter(doc, heading, 1);
        ASSERT_GE(next.first, 0);
        EXPECT_EQ(test::where(doc, heading, 0).page, test::where(doc, next.first, next.second).page)
            << "heading ended a page with " << highlights << " highlights";
        const test::Where h = test::where(doc, heading, 0);
        if (h.page == 1 && test::firstOnPage(doc, heading, 0)) {
            const double room = test::contentBottom(doc) - test::usedBottom(doc, 0);
            sawMove |= room >= h.bottom - h.top + doc.blocks[size_t(heading)].spaceBeforePt;
        }
    }
    EXPECT_TRUE(sawMove) << "no size put the heading where it alone would have fitted";
}

TEST(Layout, EntryHeaderIsNeverTheLastThingOnAPage) {
    // Entries of two highlights: the header must stay with its first two lines.
    bool sawMove = false;
    // A summary of growing length shifts where the identical entries meet the page end.
    const int entries = 16;
    for (int words = 0; words <= 160; words += 6) {
        auto resume = test::syntheticResume(entries, 2);
        resume.basics->summary = test::words(words);
        const auto doc = render::layoutResume(resume);
        expectWellFormed(doc);
        for (int e = 0; e < entries; ++e) {
            const int header = doc.findBlock(BlockKind::EntryHeader, u"work", e);
            ASSERT_GE(header, 0);
            const int last = doc.lineCount(header) - 1;
            const int page = test::where(doc, header, 0).page;
            EXPECT_EQ(test::where(doc, header, last).page, page);
            for (int k = 1; k <= 2; ++k) {
                const auto after = lineAfter(doc, header, k);
                EXPECT_EQ(test::where(doc, after.first, after.second).page, page)
                    << "entry " << e << " of " << entries << ": line " << k
                    << " after the header is on another page";
            }
            if (page > 0 && test::firstOnPage(doc, header, 0)) {
                const double room = test::contentBottom(doc) - test::usedBottom(doc, page - 1);
                const test::Where w = test::where(doc, header, last);
                sawMove |= room >= w.bottom - test::where(doc, header, 0).top;
            }
        }
    }
    EXPECT_TRUE(sawMove) << "no size put a header where it alone would have fitted";
}

TEST(Layout, ParagraphsLeaveNoSingleLineWidowOrOrphan) {
    // A long summary per entry, swept so its lines straddle the page break at every offset.
    std::set<int> splitAt;
    for (int entries = 2; entries <= 7; ++entries) {
        for (int filler = 0; filler <= 10; ++filler) {
            auto resume = test::syntheticResume(entries, filler, 160);
            const auto doc = render::layoutResume(resume);
            expectWellFormed(doc);
            for (size_t b = 0; b < doc.blocks.size(); ++b) {
                if (doc.blocks[b].kind != BlockKind::Paragraph)
                    continue;
                const int block = static_cast<int>(b);
                const int n = doc.lineCount(block);
                if (n < 2)
                    continue;
                EXPECT_EQ(test::where(doc, block, 0).page, test::where(doc, block, 1).page)
                    << "orphan: first line alone";
                EXPECT_EQ(test::where(doc, block, n - 2).page, test::where(doc, block, n - 1).page)
                    << "widow: last line alone";
                for (int l = 1; l < n; ++l) {
                    if (test::where(doc, block, l).page != test::where(doc, block, l - 1).page)
                        splitAt.insert(l);
                }
            }
        }
    }
    EXPECT_GE(splitAt.size(), 2u) << "no paragraph split across pages: the sweep proves nothing";
}

TEST(Layout, LongEntrySplitsBetweenLines) {
    const auto doc = render::layoutResume(test::syntheticResume(1, 150));
    expectWellFormed(doc);
    ASSERT_GE(doc.pageCount(), 3);
    const int first = doc.findBlock(BlockKind::Bullet, u"work", 0, 0);
    const int last = doc.findBlock(BlockKind::Bullet, u"work", 0, 149);
    ASSERT_GE(last, 0);
    EXPECT_EQ(test::where(doc, first, 0).page, 0);
    EXPECT_GE(test::where(doc, last, 0).page, 2);
    // Page one is used to its bottom: the entry was not pushed away whole.
    EXPECT_GT(test::usedBottom(doc, 0), test::contentBottom(doc) - 20);
}

TEST(Layout, StartOnNewPageSection) {
    auto resume = test::syntheticResume(1, 2);
    resume.vitae = core::VitaeExtension{};
    core::SectionLayout education;
    education.key = QStringLiteral("education");
    education.startOnNewPage = true;
    core::SectionLayout work;
    work.key = QStringLiteral("work");
    resume.vitae->sections = std::vector<core::SectionLayout>{work, education};
    // One short job: education would fit on page one, but starts page two.
    const auto forced = render::layoutResume(resume);
    expectWellFormed(forced);
    const int moved = forced.findBlock(BlockKind::SectionHeading, u"education");
    EXPECT_EQ(test::where(forced, moved, 0).page, 1);
    EXPECT_TRUE(test::firstOnPage(forced, moved, 0));
    EXPECT_EQ(forced.pageCount(), 2);
}

TEST(Layout, KeepEntriesTogether) {
    bool sawSplitWithout = false;
    for (int entries = 4; entries <= 12; ++entries) {
        auto resume = test::syntheticResume(entries, 6);
        const auto loose = render::layoutResume(resume);
        resume.vitae = core::VitaeExtension{};
        core::SectionLayout work;
        work.key = QStringLiteral("work");
        work.keepEntriesTogether = true;
        resume.vitae->sections = std::vector<core::SectionLayout>{work};
        const auto kept = render::layoutResume(resume);
        expectWellFormed(kept);
        for (int e = 0; e < entries; ++e) {
            std::set<int> pagesKept, pagesLoose;
            for (size_t b = 0; b < kept.blocks.size(); ++b) {
                if (kept.blocks[b].sectionKey != u"work" || kept.blocks[b].entryIndex != e)
                    continue;
                for (int l = 0; l < kept.lineCount(int(b)); ++l) {
                    pagesKept.insert(test::where(kept, int(b), l).page);
                    pagesLoose.insert(test::where(loose, int(b), l).page);
                }
            }
            EXPECT_EQ(pagesKept.size(), 1u) << "entry " << e << " of " << entries << " split";
            sawSplitWithout |= pagesLoose.size() > 1;
        }
    }
    EXPECT_TRUE(sawSplitWithout) << "no entry split without the rule: the sweep proves nothing";
}

TEST(Layout, PageNumbersOnlyWhenAskedAndOnMoreThanOnePage) {
    render::RenderOptions options;
    const auto longDoc = render::layoutResume(test::syntheticResume(1, 80), options);
    ASSERT_GE(longDoc.pageCount(), 2);
    for (int p = 0; p < longDoc.pageCount(); ++p) {
        const int number = longDoc.findBlock(BlockKind::PageNumber, {}, -1, p);
        ASSERT_GE(number, 0);
        EXPECT_EQ(longDoc.pageOf(number), p);
        EXPECT_EQ(longDoc.blocks[size_t(number)].plainText(),
                  QStringLiteral("%1 / %2").arg(p + 1).arg(longDoc.pageCount()));
    }
    options.pageNumbers = false;
    const auto without = render::layoutResume(test::syntheticResume(1, 80), options);
    EXPECT_EQ(without.findBlock(BlockKind::PageNumber), -1);
    const auto shortDoc = render::layoutResume(test::syntheticResume(1, 2));
    EXPECT_EQ(shortDoc.findBlock(BlockKind::PageNumber), -1);
}

} // namespace
} // namespace vitae
