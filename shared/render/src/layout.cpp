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

const TextStyle& styleOf(const Theme& theme, TextRole role) {
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
    QFont baseFont;
};

Shaped shape(const Block& block, const Theme& theme) {
    Shaped shaped;
    for (size_t i = 0; i < block.runs.size(); ++i) {
        const TextRun& run = block.runs[i];
        const TextStyle& style = styleOf(theme, run.role);
        QString text =
            run.text == QLatin1StringView("\n") ? QString(QChar::LineSeparator) : run.text;
        if (style.uppercase)
            text = text.toUpper();
        text = detail::breakLigatures(text);
        QTextCharFormat format;
        format.setFont(detail::fontFor(style, run.strong));
        format.setForeground(run.href.isEmpty() ? style.color : theme.accent);
        if (!run.href.isEmpty()) {
            // QPdfEngine turns an anchor's text item into a /Link annotation with a URI action.
            format.setAnchor(true);
            format.setAnchorHref(run.href);
        }
        if (i == 0)
            shaped.baseFont = detail::fontFor(style, run.strong);
        shaped.formats.append(
            {static_cast<int>(shaped.text.size()), static_cast<int>(text.size()), format});
        shaped.text += text;
    }
    return shaped;
}

struct BlockLines {
    std::vector<double> heights;
};

BlockLines layOut(QTextLayout& layout, const Block& block, const Theme& theme, double width,
                  Qt::Alignment alignment = Qt::AlignLeading) {
    const Shaped shaped = shape(block, theme);
    layout.setText(shaped.text);
    layout.setFont(QFont(shaped.baseFont, &detail::pointDevice()));
    layout.setFormats(shaped.formats);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    option.setTextDirection(Qt::LayoutDirectionAuto);
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
        const double advance = natural * theme.lineHeight;
        // Extra line height is shared above and below the glyphs.
        line.setPosition(QPointF(indent, (advance - natural) / 2));
        lines.heights.push_back(advance);
    }
    layout.endLayout();
    return lines;
}

void raise(Keep& keep, Keep to) {
    keep = std::max(keep, to);
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
    Document document;
    document.theme = theme;
    document.pageSizePt = pageSizePoints(theme.pageSize);
    document.blocks = std::move(blocks);

    const double left = theme.margins.leftMm * kPointsPerMm;
    const double top = theme.margins.topMm * kPointsPerMm;
    const double width = document.pageSizePt.width() - left - theme.margins.rightMm * kPointsPerMm;
    const double height =
        document.pageSizePt.height() - top - theme.margins.bottomMm * kPointsPerMm;

    // Shape and break every block into lines, then describe the flow for the paginator.
    std::vector<FlowLine> flow;
    std::vector<std::pair<int, int>> flowLine; // (block, line) of each flow entry
    std::vector<int> firstFlow(document.blocks.size());
    for (size_t b = 0; b < document.blocks.size(); ++b) {
        const Block& block = document.blocks[b];
        auto layout = std::make_shared<QTextLayout>();
        const BlockLines lines = layOut(*layout, block, theme, width);
        document.layouts.push_back(layout);
        firstFlow[b] = static_cast<int>(flow.size());
        const int n = static_cast<int>(lines.heights.size());
        for (int l = 0; l < n; ++l) {
            FlowLine line;
            line.heightPt = lines.heights[static_cast<size_t>(l)];
            if (l == 0) {
                line.spaceBeforePt = block.spaceBeforePt;
                line.breakBefore = block.startOnNewPage;
            }
            const bool last = l == n - 1;
            if (!last) {
                const bool textBlock =
                    block.kind == BlockKind::Paragraph || block.kind == BlockKind::Bullet;
                if (!textBlock)
                    line.keepAfter = Keep::Rule; // headings and entry headers stay whole
                else if (block.avoidWidowsOrphans && (l == 0 || l == n - 2))
                    line.keepAfter = Keep::Rule; // no orphan (first) or widow (last) line alone
            } else if (block.keepWithNext || block.kind == BlockKind::Name) {
                line.keepAfter = Keep::Rule;
            }
            flow.push_back(line);
            flowLine.emplace_back(static_cast<int>(b), l);
        }
    }
    // An entry header stays with the first lines that follow it in its entry.
    for (size_t b = 0; b < document.blocks.size(); ++b) {
        const Block& block = document.blocks[b];
        const int lines = document.layouts[b]->lineCount();
        if (block.keepWithFollowingLines <= 0 || lines == 0)
            continue;
        const int lastLine = firstFlow[b] + lines - 1;
        for (int k = 0; k < block.keepWithFollowingLines; ++k) {
            const int gap = lastLine + k; // the gap after this flow line
            if (gap + 1 >= static_cast<int>(flow.size()))
                break;
            const Block& next =
                document.blocks[static_cast<size_t>(flowLine[static_cast<size_t>(gap + 1)].first)];
            if (next.sectionKey != block.sectionKey || next.entryIndex != block.entryIndex)
                break;
            raise(flow[static_cast<size_t>(gap)].keepAfter, Keep::Rule);
        }
    }
    // Entries of a keep-together section: no break inside one that fits on a page.
    for (size_t start = 0; start < flow.size();) {
        const Block& block = document.blocks[static_cast<size_t>(flowLine[start].first)];
        size_t end = start + 1;
        while (end < flow.size()) {
            const Block& other = document.blocks[static_cast<size_t>(flowLine[end].first)];
            if (other.sectionKey != block.sectionKey || other.entryIndex != block.entryIndex)
                break;
            ++end;
        }
        if (block.keepEntryTogether && block.entryIndex >= 0) {
            double total = 0;
            for (size_t i = start; i < end; ++i)
                total += flow[i].heightPt + (i == start ? 0 : flow[i].spaceBeforePt);
            if (total <= height) {
                for (size_t i = start; i + 1 < end; ++i)
                    raise(flow[i].keepAfter, Keep::Together);
            }
        }
        start = end;
    }

    const std::vector<FlowPlacement> placements = paginate(flow, height);
    for (size_t i = 0; i < placements.size(); ++i) {
        const FlowPlacement& placement = placements[i];
        if (static_cast<size_t>(placement.page) >= document.pages.size())
            document.pages.resize(static_cast<size_t>(placement.page) + 1);
        document.pages[static_cast<size_t>(placement.page)].lines.push_back(
            {flowLine[i].first, flowLine[i].second, QPointF(left, top + placement.yPt),
             flow[i].heightPt});
    }
    if (document.pages.empty())
        document.pages.emplace_back();

    // Page numbers, centred in the bottom margin, when there is more than one page.
    if (theme.pageNumbers && document.pages.size() > 1) {
        const int count = static_cast<int>(document.pages.size());
        for (int p = 0; p < count; ++p) {
            Block number;
            number.kind = BlockKind::PageNumber;
            number.avoidWidowsOrphans = false;
            number.runs.push_back(
                {QCoreApplication::translate("vitae::render", "%1 / %2").arg(p + 1).arg(count),
                 TextRole::PageNumber});
            auto layout = std::make_shared<QTextLayout>();
            const BlockLines lines = layOut(*layout, number, theme, width, Qt::AlignHCenter);
            const double lineHeight = lines.heights.empty() ? 0 : lines.heights.front();
            const double y = document.pageSizePt.height() -
                             theme.margins.bottomMm * kPointsPerMm / 2 - lineHeight / 2;
            document.blocks.push_back(std::move(number));
            document.layouts.push_back(layout);
            document.pages[static_cast<size_t>(p)].lines.push_back(
                {static_cast<int>(document.blocks.size()) - 1, 0, QPointF(left, y), lineHeight});
        }
    }
    return document;
}

} // namespace vitae::render
