// Helpers for the renderer's tests: synthetic resumes, placement queries, external tools.
#pragma once

#include <vitae/core/resume.h>
#include <vitae/render/layout.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace vitae::test {

// "word word word ..." of `words` words: a paragraph of predictable length.
QString words(int count, const QString& word = QStringLiteral("lorem"));

// A resume with a name, `workEntries` jobs of `highlights` one-line highlights each (and a
// summary of `summaryWords` words), then one education entry.
core::Resume syntheticResume(int workEntries, int highlights, int summaryWords = 0);

// Placement facts of a laid-out document.
struct Where {
    int page = -1;
    double top = 0, bottom = 0; // points from the page top
};
Where where(const render::Document& document, int block, int line);
// Bottom of the content area, in points from the page top.
double contentBottom(const render::Document& document);
// Lowest bottom of any text line on the page (page numbers excluded).
double usedBottom(const render::Document& document, int page);
// True when (block, line) is the first line placed on its page.
bool firstOnPage(const render::Document& document, int block, int line);
// Each block line in reading order, as (block, line); page numbers excluded.
std::vector<std::pair<int, int>> flowOrder(const render::Document& document);

struct ToolRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {});

} // namespace vitae::test
