// Helpers for the renderer's tests: synthetic resumes, placement queries, external tools.
#pragma once

#include <vitae/core/resume.h>
#include <vitae/render/layout.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QTemporaryDir;
QT_END_NAMESPACE

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

// --- Source strings and the text layer ------------------------------------------------------

// A string of a JSON Resume document that the templates draw, with its JSON pointer.
struct Shown {
    QString path;
    QString text;
};
// Every shown string. Left out, by design: the schema URL, Vitae's layout data, the region
// (same as the city in our documents) and profile user names (the profile URL, which
// contains them, is shown instead).
std::vector<Shown> shownStrings(const QJsonObject& json);
// True for what the modern template puts in its sidebar: contact details, profiles, skills,
// languages and interests.
bool inModernSidebar(const QString& path);

// How text is compared with the text layer.
enum class Compare {
    // NFKC (Arabic presentation forms and full-width punctuation become plain letters), bidi
    // controls and invisible joiners removed, whitespace as one space; a line break after
    // "/" or between two CJK characters joins without a space, as a line break there is not a
    // word break.
    Words,
    // Letters and digits only, after NFKC. For right-to-left text: pdftotext returns its
    // words in logical order, but punctuation and Latin runs around them can move (a
    // trailing "." lands before the last word), which says nothing about what an ATS reads.
    LettersAndDigits,
};
QString comparable(const QString& text, Compare mode);

// The text the layout placed, page by page and line by line in paint order (main column,
// then sidebar): what the text layer must read.
QString drawnText(const render::Document& document);

// Writes `bytes` into `dir` as `name` and returns the path.
QString writeFile(QTemporaryDir& dir, const QString& name, const QByteArray& bytes);
// pdftotext of the file (non-layout mode unless `extra` says otherwise); fails the test on
// a tool error.
QString pdfText(const QString& path, const QStringList& extra = {});

// One row of pdffonts.
struct FontRow {
    QString name; // "ABCDEF+DejaVuSans"
    bool embedded = false, subset = false, unicode = false;
};
std::vector<FontRow> pdfFonts(const QString& path);

} // namespace vitae::test
