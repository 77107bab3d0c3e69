#include "fonts.h"

#include <vitae/render/layout.h>
#include <vitae/render/pagination.h>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageSize>
#include <QTextLayout>

#include <algorithm>

namespace vitae::render {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

const TextStyle& styleOf(const Theme& theme, TextRole role, Column column) {
    if (column == Column::Sidebar)
        return role == TextRole::SectionHeading ? theme.sidebar.heading : theme.sidebar.text;
    switch (role) {
    case TextRole::Name:
        return theme.name;
    case TextRole::Label:
        return theme.label;
    case TextRole::Contact:
        return theme.contact;
    case TextRole::SectionHeading:
        return theme.sectionHeading;
    case TextRole::EntryTitle:
        return theme.entryTitle;
    case TextRole::EntryMeta:
        return theme.entryMeta;
    case TextRole::PageNumber:
        return theme.pageNumber;
    case TextRole::Body:
        break;
    }
    return theme.body;
}

QSizeF pageSizePoints(core::PageSize size) {
    const QPageSize page(size == core::PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
    return QSizeF(page.sizePoints()); // what QPdfWriter writes as the MediaBox
}

// The block's text and formats (font, colour, link per run), ready for QTextLayout.
struct Shaped {
    QString text;
    QList<QTextLayout::FormatRange> formats;
    QFont baseFont;           // the layout's font, on the point device
    bool rightToLeft = false; // the direction of its first line
};

// Bidi isolates around a line after a line break: its own first strong character decides its
// direction (an entry's Latin dates under an Arabic title stay "2020-01 – present").
const QChar kFirstStrongIsolate(0x2068);
const QChar kPopDirectionalIsolate(0x2069);

// Scripts without italics: slanting Arabic, Hebrew or CJK is poor typography, and the
// oblique DejaVu faces have no Arabic or Hebrew glyphs, so an italic style would draw boxes.
bool hasNoItalics(QChar::Script script) {
    switch (script) {
    case QChar::Script_Arabic:
    case QChar::Script_Hebrew:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

// Overrides the italic of `text` (at `start` in the block) to upright for each stretch of a
// script without italics; later format ranges win where they overlap.
void keepScriptsUpright(const QString& text, int start, QList<QTextLayout::FormatRange>& formats) {
    QTextCharFormat upright;
    upright.setFontItalic(false);
    for (int i = 0; i < text.size();) {
        if (!hasNoItalics(text.at(i).script())) {
            ++i;
            continue;
        }
        // The stretch runs on over spaces and punctuation only up to its script's last letter.
        int end = i + 1;
        for (int j = end; j < text.size(); ++j) {
            const QChar::Script script = text.at(j).script();
            if (hasNoItalics(script))
                end = j + 1;
            else if (script != QChar::Script_Common && script != QChar::Script_Inherited)
                break;
        }
        formats.append({start + i, end - i, upright});
        i = end;
    }
}

Shaped shape(const Block& block, const Theme& theme) {
    Shaped shaped;
    bool isolated = false;
    const TextStyle* baseStyle = nullptr; // the first run's: the layout's own font
    bool baseStrong = false;
    for (size_t i = 0; i < block.runs.size(); ++i) {
        const TextRun& run = block.runs[i];
        const TextStyle& style = styleOf(theme, run.role, block.column);
        if (run.text == QLatin1StringView("\n")) {
            if (isolated)
                shaped.text += kPopDirectionalIsolate;
            shaped.text += QChar(QChar::LineSeparator);
            shaped.text += kFirstStrongIsolate;
            isolated = true;
            continue;
        }
        QString text = style.uppercase ? run.text.toUpper() : run.text;
        text = detail::keepHyphenatedWords(detail::breakLigatures(text));
        QTextCharFormat format;
        if (baseStyle == nullptr) {
            baseStyle = &style;
            baseStrong = run.strong;
            shaped.baseFont = detail::layoutFont(style, run.strong);
        }
        // A run in the layout's own font names none: QTextLayout then uses that QFont, whose
        // engines are resolved already, instead of looking a font up per item.
        if (style != *baseStyle || run.strong != baseStrong)
            format.setFont(detail::fontFor(style, run.strong));
        format.setForeground(run.href.isEmpty() ? style.color : theme.accent);
        if (!run.href.isEmpty()) {
            // QPdfEngine turns an anchor's text item into a /Link annotation with a URI action.
            format.setAnchor(true);
            format.setAnchorHref(run.href);
        }
        const int start = static_cast<int>(shaped.text.size());
        shaped.formats.append({start, static_cast<int>(text.size()), format});
        if (style.italic)
            keepScriptsUpright(text, start, shaped.formats);
        shaped.text += text;
    }
    if (isolated)
        shaped.text += kPopDirectionalIsolate;
    if (baseStyle == nullptr)
        shaped.baseFont = QFont(QFont(), &detail::pointDevice());
    // The paragraph's direction comes from its first strong character, as in UAX #9.
    shaped.rightToLeft = shaped.text.isRightToLeft();
    return shaped;
}

struct BlockLines {
    std::vector<double> heights;
};

// Lines are `width` wide minus the indent; a right-to-left paragraph is indented (bullets
// included) from the right and aligned right. `centred` is for page numbers.
BlockLines layOut(QTextLayout& layout, const Block& block, const Theme& theme, double width,
                  bool centred = false) {
    const Shaped shaped = shape(block, theme);
    layout.setText(shaped.text);
    layout.setFont(shaped.baseFont);
    layout.setFormats(shaped.formats);
    // QTextLayout aligns by the absolute flag only: "leading" must be made left or right here.
    QTextOption option(centred ? Qt::AlignHCenter
                               : (shaped.rightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    option.setTextDirection(shaped.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);

    double hanging = block.hangingIndentPt;
    if (hanging < 0) { // the width of the first run: a bullet and its space
        hanging = block.runs.empty() ? 0
                                     : QFontMetricsF(shaped.baseFont, &detail::pointDevice())
                                           .horizontalAdvance(block.runs.front().text);
    }
    BlockLines lines;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const double indent = block.indentPt + (line.lineNumber() == 0 ? 0 : hanging);
        line.setLineWidth(std::max(1.0, width - indent));
        const double natural = line.ascent() + line.descent();
        const double advance = natural * (block.column == Column::Sidebar ? theme.sidebar.lineHeight
                                                                          : theme.lineHeight);
        // Extra line height is shared above and below the glyphs.
        line.setPosition(QPointF(shaped.rightToLeft ? 0 : indent, (advance - natural) / 2));
        lines.heights.push_back(advance);
    }
    layout.endLayout();
    return lines;
}

void raise(Keep& keep, Keep to) {
    keep = std::max(keep, to);
}

// Where the columns are, in points: the whole content width, or a sidebar on the trailing
// side (its background bleeds to the page edges) and the main column beside it. Extractors
// read a right-to-left page from the right, so the sidebar's side follows the direction and
// is read after the main column either way.
struct ColumnBox {
    double x = 0, width = 0;
};
struct Geometry {
    ColumnBox main, sidebar;
    double top = 0, height = 0;
    QRectF sidebarBackground;
};

Geometry geometryOf(const Theme& theme, QSizeF page, bool rightToLeft) {
    Geometry g;
    g.top = theme.margins.topMm * kPointsPerMm;
    g.height = page.height() - g.top - theme.margins.bottomMm * kPointsPerMm;
    const double left = theme.margins.leftMm * kPointsPerMm;
    const double right = page.width() - theme.margins.rightMm * kPointsPerMm;
    if (!theme.sidebar.enabled()) {
        g.main = {left, right - left};
        return g;
    }
    const double edge = theme.sidebar.widthMm * kPointsPerMm;
    const double padding = theme.sidebar.paddingMm * kPointsPerMm;
    const double gap = theme.sidebar.gapMm * kPointsPerMm;
    const double sidebarText = std::max(1.0, edge - 2 * padding);
    if (rightToLeft) {
        g.sidebarBackground = QRectF(0, 0, edge, page.height());
        g.sidebar = {padding, sidebarText};
        g.main = {edge + gap, std::max(1.0, right - edge - gap)};
    } else {
        g.sidebarBackground = QRectF(page.width() - edge, 0, edge, page.height());
        g.sidebar = {page.width() - edge + padding, sidebarText};
        g.main = {left, std::max(1.0, page.width() - edge - gap - left)};
    }
    return g;
}

// True when most strong characters are right to left (Arabic, Hebrew): how poppler decides
// a page's primary direction, and so which column it reads first.
bool mostlyRightToLeft(const std::vector<Block>& blocks) {
    qsizetype balance = 0;
    for (const Block& block : blocks) {
        for (const TextRun& run : block.runs) {
            for (const QChar c : run.text) {
                const QChar::Direction d = c.direction();
                balance += d == QChar::DirL ? 1 : (d == QChar::DirR || d == QChar::DirAL ? -1 : 0);
            }
        }
    }
    return balance < 0;
}

// The lines of one column as the paginator sees them, and which block line each one is.
struct Flow {
    std::vector<FlowLine> lines;
    std::vector<std::pair<int, int>> at; // (block, line)
};

// Each line's own rules: headings and entry headers stay whole, no orphan or widow line.
void addBlockLines(Flow& flow, const Block& block, int blockIndex,
                   const std::vector<double>& heights) {
    const int n = static_cast<int>(heights.size());
    const bool textBlock = block.kind == BlockKind::Paragraph || block.kind == BlockKind::Bullet;
    for (int l = 0; l < n; ++l) {
        FlowLine line;
        line.heightPt = heights[static_cast<size_t>(l)];
        if (l == 0) {
            line.spaceBeforePt = block.spaceBeforePt;
            line.breakBefore = block.startOnNewPage;
        }
        if (l < n - 1) {
            if (!textBlock || (block.avoidWidowsOrphans && (l == 0 || l == n - 2)))
                line.keepAfter = Keep::Rule;
        } else if (block.keepWithNext || block.kind == BlockKind::Name) {
            line.keepAfter = Keep::Rule;
        }
        flow.lines.push_back(line);
        flow.at.emplace_back(blockIndex, l);
    }
}

bool sameEntry(const Block& a, const Block& b) {
    return a.sectionKey == b.sectionKey && a.entryIndex == b.entryIndex;
}

// An entry header stays with the first lines that follow it in its entry.
void keepHeadersWithLines(Flow& flow, const std::vector<Block>& blocks) {
    for (size_t i = 0; i < flow.lines.size(); ++i) {
        const auto [b, l] = flow.at[i];
        const Block& block = blocks[static_cast<size_t>(b)];
        const bool lastLine = i + 1 == flow.lines.size() || flow.at[i + 1].first != b;
        if (block.keepWithFollowingLines <= 0 || !lastLine)
            continue;
        for (size_t k = 0; k < static_cast<size_t>(block.keepWithFollowingLines); ++k) {
            const size_t gap = i + k; // the gap after this flow line
            if (gap + 1 >= flow.lines.size() ||
                !sameEntry(blocks[static_cast<size_t>(flow.at[gap + 1].first)], block))
                break;
            raise(flow.lines[gap].keepAfter, Keep::Rule);
        }
    }
}

// Entries of a keep-together section: no break inside one that fits on a page.
void keepEntriesTogether(Flow& flow, const std::vector<Block>& blocks, double height) {
    for (size_t start = 0; start < flow.lines.size();) {
        const Block& block = blocks[static_cast<size_t>(flow.at[start].first)];
        size_t end = start + 1;
        while (end < flow.lines.size() &&
               sameEntry(blocks[static_cast<size_t>(flow.at[end].first)], block))
            ++end;
        if (block.keepEntryTogether && block.entryIndex >= 0) {
            double total = 0;
            for (size_t i = start; i < end; ++i)
                total += flow.lines[i].heightPt + (i == start ? 0 : flow.lines[i].spaceBeforePt);
            if (total <= height) {
                for (size_t i = start; i + 1 < end; ++i)
                    raise(flow.lines[i].keepAfter, Keep::Together);
            }
        }
        start = end;
    }
}

// Caps the space above each sidebar line so consecutive baselines stay within 1.45 text sizes
// (poppler joins lines up to 1.5): the sidebar is then one text block and is not read as a
// table together with the main column (see Sidebar in theme.h).
void tightenSidebar(Flow& flow, const Document& document) {
    const double maxBaselineGap = 1.45 * document.theme.sidebar.text.sizePt;
    double belowPrevious = 0; // from the previous line's baseline to its box's bottom
    for (size_t i = 0; i < flow.lines.size(); ++i) {
        const auto [b, l] = flow.at[i];
        const QTextLine line = document.layouts[static_cast<size_t>(b)]->lineAt(l);
        const double baseline = line.y() + line.ascent(); // from the top of the line box
        FlowLine& flowLine = flow.lines[i];
        if (i > 0) {
            const double room = maxBaselineGap - belowPrevious - baseline;
            flowLine.spaceBeforePt = std::clamp(room, 0.0, flowLine.spaceBeforePt);
        }
        belowPrevious = flowLine.heightPt - baseline;
    }
}

// Shapes the column's blocks at its width, paginates them and places their lines; a column
// that runs longer than the other adds pages.
void placeColumn(Document& document, Column column, const ColumnBox& box, const Geometry& g) {
    Flow flow;
    for (size_t b = 0; b < document.blocks.size(); ++b) {
        const Block& block = document.blocks[b];
        if (block.column != column)
            continue;
        const BlockLines lines = layOut(*document.layouts[b], block, document.theme, box.width);
        addBlockLines(flow, block, static_cast<int>(b), lines.heights);
    }
    if (column == Column::Sidebar)
        tightenSidebar(flow, document);
    keepHeadersWithLines(flow, document.blocks);
    keepEntriesTogether(flow, document.blocks, g.height);
    const std::vector<FlowPlacement> placements = paginate(flow.lines, g.height);
    for (size_t i = 0; i < placements.size(); ++i) {
        const auto page = static_cast<size_t>(placements[i].page);
        if (page >= document.pages.size())
            document.pages.resize(page + 1);
        document.pages[page].lines.push_back({flow.at[i].first, flow.at[i].second,
                                              QPointF(box.x, g.top + placements[i].yPt),
                                              flow.lines[i].heightPt, box.width});
    }
}

// Page numbers, centred under the main column in the bottom margin, on more than one page.
// Not under a sidebar: pdftotext would then stretch the main column's last blocks across to
// the number and read the sidebar in the middle of the main column (see Sidebar in theme.h).
void addPageNumbers(Document& document, const ColumnBox& box) {
    const Theme& theme = document.theme;
    const int count = document.pageCount();
    if (!theme.pageNumbers || count < 2)
        return;
    for (int p = 0; p < count; ++p) {
        Block number;
        number.kind = BlockKind::PageNumber;
        number.avoidWidowsOrphans = false;
        number.runs.push_back(
            {QCoreApplication::translate("vitae::render", "%1 / %2").arg(p + 1).arg(count),
             TextRole::PageNumber});
        auto layout = std::make_shared<QTextLayout>();
        const BlockLines lines = layOut(*layout, number, theme, box.width, true);
        const double lineHeight = lines.heights.empty() ? 0 : lines.heights.front();
        const double y = document.pageSizePt.height() - theme.margins.bottomMm * kPointsPerMm / 2 -
                         lineHeight / 2;
        document.blocks.push_back(std::move(number));
        document.layouts.push_back(layout);
        document.pages[static_cast<size_t>(p)].lines.push_back(
            {static_cast<int>(document.blocks.size()) - 1, 0, QPointF(box.x, y), lineHeight,
             box.width});
    }
}

} // namespace

int Document::pageOf(int block, int line) const {
    for (size_t p = 0; p < pages.size(); ++p) {
        for (const PlacedLine& placed : pages[p].lines) {
            if (placed.block == block && placed.line == line)
                return static_cast<int>(p);
        }
    }
    return -1;
}

int Document::findBlock(BlockKind kind, QStringView sectionKey, int entryIndex, int nth) const {
    for (size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.kind == kind && (sectionKey.isNull() || b.sectionKey == sectionKey) &&
            (entryIndex < 0 || b.entryIndex == entryIndex) && nth-- == 0)
            return static_cast<int>(i);
    }
    return -1;
}

int Document::lineCount(int block) const {
    if (block < 0 || static_cast<size_t>(block) >= layouts.size())
        return 0;
    return layouts[static_cast<size_t>(block)]->lineCount();
}

Theme resolveTheme(const core::Resume& resume, const RenderOptions& options) {
    Theme theme;
    if (options.theme) {
        theme = *options.theme;
    } else {
        QString id = options.templateId;
        if (id.isEmpty() && resume.vitae && resume.vitae->templateId)
            id = *resume.vitae->templateId;
        theme = Theme::builtin(id);
    }
    if (options.pageSize)
        theme.pageSize = *options.pageSize;
    if (options.pageNumbers)
        theme.pageNumbers = *options.pageNumbers;
    return theme;
}

Document layoutResume(const core::Resume& resume, const RenderOptions& options) {
    const Theme theme = resolveTheme(resume, options);
    Document document = layoutBlocks(buildBlocks(resume, theme), theme);
    if (resume.basics) {
        const QString name = resume.basics->name.value_or(QString()).trimmed();
        const QString label = resume.basics->label.value_or(QString()).trimmed();
        document.author = name;
        document.title = name.isEmpty() || label.isEmpty()
                             ? QString(name + label)
                             : QString(name + QStringLiteral(" \u2013 ") + label);
    }
    return document;
}

Document layoutBlocks(std::vector<Block> blocks, const Theme& theme) {
    detail::ensureFontsLoaded();
    if (std::any_of(blocks.begin(), blocks.end(), [](const Block& block) {
            return std::any_of(block.runs.begin(), block.runs.end(),
                               [](const TextRun& run) { return detail::needsCjkFont(run.text); });
        }))
        detail::ensureCjkFontLoaded();
    Document document;
    document.theme = theme;
    document.pageSizePt = pageSizePoints(theme.pageSize);
    document.blocks = std::move(blocks);
    document.rightToLeft = mostlyRightToLeft(document.blocks);
    const Geometry geometry = geometryOf(theme, document.pageSizePt, document.rightToLeft);
    document.sidebarPt = geometry.sidebarBackground;
    for (size_t b = 0; b < document.blocks.size(); ++b)
        document.layouts.push_back(std::make_shared<QTextLayout>());
    // Without a sidebar every block is laid out in the main column, whatever it says.
    if (!theme.sidebar.enabled()) {
        for (Block& block : document.blocks)
            block.column = Column::Main;
    }
    placeColumn(document, Column::Main, geometry.main, geometry);
    placeColumn(document, Column::Sidebar, geometry.sidebar, geometry);
    if (document.pages.empty())
        document.pages.emplace_back();
    addPageNumbers(document, geometry.main);
    return document;
}

} // namespace vitae::render
