// The block model: a resume turned into a flat list of blocks (header, section heading,
// entry header, paragraph, bullet), each with its text runs and the keep rules it obeys.
#pragma once

#include <vitae/core/resume.h>
#include <vitae/render/theme.h>

#include <QString>

#include <utility>
#include <vector>

namespace vitae::render {

enum class BlockKind {
    Name,           // the person's name, top of page one
    HeaderLine,     // label, contact details, profiles
    SectionHeading, // "Experience", a custom section's title, ...
    EntryHeader,    // an entry's title line and its meta line (dates, place, URL)
    Paragraph,      // a summary, a description, a skill's keywords, ...
    Bullet,         // one highlight
    PageNumber,     // added by the layout, not by buildBlocks()
};

enum class TextRole {
    Name,
    Label,
    Contact,
    SectionHeading,
    EntryTitle,
    EntryMeta,
    Body,
    PageNumber
};

// Where a block goes on the page: the one column, or the main column or the sidebar of a
// sidebar theme (Theme::sidebar).
enum class Column { Main, Sidebar };

// A piece of text in one role; with `href` it is a link (mailto:, https:, ...).
struct TextRun {
    TextRun() = default;
    TextRun(QString runText, TextRole runRole = TextRole::Body, QString link = {})
        : text(std::move(runText))
        , role(runRole)
        , href(std::move(link)) {}

    QString text;
    TextRole role = TextRole::Body;
    QString href;
    bool strong = false; // bold within body text (a skill's name)
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<TextRun> runs; // a run "\n" breaks the line (entry header: title, then meta)
    QString sectionKey;        // "" for the header
    Column column = Column::Main;
    int entryIndex = -1;        // entry within the section; -1 for header and headings
    double spaceBeforePt = 0;   // dropped at the top of a page
    double indentPt = 0;        // left indent of every line
    double hangingIndentPt = 0; // further indent of the second and later lines (bullets)
    // Keep rules, read by the paginator.
    bool keepWithNext = false;      // heading: never the last thing on a page
    int keepWithFollowingLines = 0; // entry header: stays with this many lines after it
    bool avoidWidowsOrphans = true; // no single first or last line of it alone on a page
    bool keepEntryTogether = false; // the section asks to keep each entry on one page
    bool startOnNewPage = false;    // the section starts on a new page

    QString plainText() const; // the runs' text, "\n" kept
};

// The resume as blocks, in reading order, for the given theme (spacing, bullet, headings).
// With a sidebar theme, the main column's blocks come first, then the sidebar's: the order
// a reader (and pdftotext) takes them in.
std::vector<Block> buildBlocks(const core::Resume& resume, const Theme& theme);

// The heading a standard section is shown under ("Experience" for "work"), translated.
QString sectionTitle(QStringView key);

} // namespace vitae::render
