// The layout engine: blocks shaped and broken into lines with QTextLayout, then placed on
// pages by the paginator. A Document is what every paint device draws, so preview == PDF.
#pragma once

#include <vitae/core/resume.h>
#include <vitae/render/blocks.h>
#include <vitae/render/theme.h>

#include <QDateTime>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QTextLayout;
QT_END_NAMESPACE

namespace vitae::render {

struct RenderOptions {
    // The catalogue template; empty = the resume's own (vitae.templateId), else the default.
    QString templateId;
    // Replaces the template's built-in theme when set (Theme::fromJson over builtin()).
    std::optional<Theme> theme;
    std::optional<core::PageSize> pageSize; // overrides the theme's
    std::optional<bool> pageNumbers;        // overrides the theme's
    // PDF only: written as CreationDate instead of "now", so the same input gives the same
    // bytes.
    std::optional<QDateTime> fixedCreationDate;
    // PDF only: PDF/A-1b for archives and portals that ask for it (sRGB output intent, XMP
    // metadata equal to the Info dictionary, a file ID derived from the content).
    bool pdfA = false;
};

// One line of one block, where it goes. Units are PDF points (1/72 in) from the page's top
// left corner.
struct PlacedLine {
    int block = 0;
    int line = 0;   // line index within the block's QTextLayout
    QPointF origin; // top left of the line box (its column's left edge)
    double heightPt = 0;
    double widthPt = 0; // its column's width (a heading's rule spans it)
};

// A page's lines: the main column's in reading order, then the sidebar's.
struct Page {
    std::vector<PlacedLine> lines;
};

struct Document {
    Theme theme;
    QSizeF pageSizePt;
    QRectF sidebarPt;         // the sidebar's background on every page; empty without a sidebar
    bool rightToLeft = false; // most of the text is; a sidebar then goes on the left
    QString title;            // "name – label": the PDF title
    QString author;           // the person's name
    std::vector<Block> blocks;
    std::vector<std::shared_ptr<QTextLayout>> layouts; // one per block, same index
    std::vector<Page> pages;

    int pageCount() const { return static_cast<int>(pages.size()); }
    // The page a line of a block is on, -1 when it is not placed.
    int pageOf(int block, int line = 0) const;
    // Index of the first block matching, -1 when none. `entryIndex` -1 matches any.
    int findBlock(BlockKind kind, QStringView sectionKey = {}, int entryIndex = -1,
                  int nth = 0) const;
    int lineCount(int block) const;
};

// Theme the options ask for (template, theme file, paper, page numbers) for this resume.
Theme resolveTheme(const core::Resume& resume, const RenderOptions& options);

// Lays out a resume. Needs a QGuiApplication (fonts); safe to call headless (offscreen).
Document layoutResume(const core::Resume& resume, const RenderOptions& options = {});
// Lays out blocks you built yourself (tests, previews of one section).
Document layoutBlocks(std::vector<Block> blocks, const Theme& theme);

} // namespace vitae::render
