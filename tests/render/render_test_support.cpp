#include "render_test_support.h"

#include <QProcess>

#include <gtest/gtest.h>

#include <algorithm>

namespace vitae::test {

QString words(int count, const QString& word) {
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(word);
    return list.join(QLatin1Char(' '));
}

core::Resume syntheticResume(int workEntries, int highlights, int summaryWords) {
    core::Resume resume;
    resume.basics = core::Basics{};
    resume.basics->name = QStringLiteral("Test Person");
    resume.work = std::vector<core::Work>{};
    for (int w = 0; w < workEntries; ++w) {
        core::Work work;
        work.position = QStringLiteral("Engineer %1").arg(w + 1);
        work.name = QStringLiteral("Company %1").arg(w + 1);
        work.startDate = QStringLiteral("2020-01");
        if (summaryWords > 0)
            work.summary = words(summaryWords);
        QStringList items;
        for (int h = 0; h < highlights; ++h)
            items.append(QStringLiteral("Highlight %1 of entry %2").arg(h + 1).arg(w + 1));
        work.highlights = items;
        resume.work->push_back(work);
    }
    core::Education education;
    education.institution = QStringLiteral("Some University");
    education.area = QStringLiteral("Physics");
    education.startDate = QStringLiteral("2010");
    education.endDate = QStringLiteral("2014");
    resume.education = std::vector<core::Education>{education};
    return resume;
}

Where where(const render::Document& document, int block, int line) {
    for (size_t p = 0; p < document.pages.size(); ++p) {
        for (const render::PlacedLine& placed : document.pages[p].lines) {
            if (placed.block == block && placed.line == line)
                return {static_cast<int>(p), placed.origin.y(),
                        placed.origin.y() + placed.heightPt};
        }
    }
    return {};
}

double contentBottom(const render::Document& document) {
    return document.pageSizePt.height() - document.theme.margins.bottomMm * 72.0 / 25.4;
}

double usedBottom(const render::Document& document, int page) {
    double bottom = 0;
    for (const render::PlacedLine& placed : document.pages[static_cast<size_t>(page)].lines) {
        if (document.blocks[static_cast<size_t>(placed.block)].kind !=
            render::BlockKind::PageNumber)
            bottom = std::max(bottom, placed.origin.y() + placed.heightPt);
    }
    return bottom;
}

bool firstOnPage(const render::Document& document, int block, int line) {
    const Where w = where(document, block, line);
    if (w.page < 0)
        return false;
    const auto& lines = document.pages[static_cast<size_t>(w.page)].lines;
    return !lines.empty() && lines.front().block == block && lines.front().line == line;
}

std::vector<std::pair<int, int>> flowOrder(const render::Document& document) {
    std::vector<std::pair<int, int>> order;
    for (const render::Page& page : document.pages) {
        for (const render::PlacedLine& placed : page.lines) {
            if (document.blocks[static_cast<size_t>(placed.block)].kind !=
                render::BlockKind::PageNumber)
                order.emplace_back(placed.block, placed.line);
        }
    }
    return order;
}

ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input) {
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForStarted()) << program.toStdString();
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60'000)) << program.toStdString();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace vitae::test
