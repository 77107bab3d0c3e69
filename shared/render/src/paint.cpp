#include <vitae/render/canvas.h>
#include <vitae/render/paint.h>

#include <QPainter>
#include <QPen>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace vitae::render {
namespace {

// How far a sidebar heading's band reaches past the text on either side.
constexpr double kBandOverhangPt = 4;

// A stretch of a block's text with one colour and link: its format ranges flattened (later
// ranges win where they overlap, as in QTextLayout).
struct Stretch {
    int start = 0, end = 0;
    QColor color = Qt::black;
    QString href;
    bool formatted = false; // some format range covers it
};

bool sameLook(const Stretch& a, const Stretch& b) {
    return a.color == b.color && a.href == b.href && a.formatted == b.formatted;
}

std::vector<Stretch> stretchesOf(const QTextLayout& layout) {
    const QList<QTextLayout::FormatRange> formats = layout.formats();
    const int length = static_cast<int>(layout.text().size());
    std::vector<int> cuts{0, length};
    for (const QTextLayout::FormatRange& range : formats) {
        cuts.push_back(std::clamp(range.start, 0, length));
        cuts.push_back(std::clamp(range.start + range.length, 0, length));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<Stretch> stretches;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        Stretch stretch;
        stretch.start = cuts[i];
        stretch.end = cuts[i + 1];
        for (const QTextLayout::FormatRange& range : formats) {
            if (range.start > stretch.start || range.start + range.length < stretch.end)
                continue;
            stretch.formatted = true;
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                stretch.color = range.format.foreground().color();
            if (range.format.isAnchor())
                stretch.href = range.format.anchorHref();
        }
        if (!stretches.empty() && stretches.back().end == stretch.start &&
            sameLook(stretches.back(), stretch))
            stretches.back().end = stretch.end;
        else
            stretches.push_back(stretch);
    }
    return stretches;
}

// Bidi isolates and the joiners the layout inserts draw nothing.
bool drawsNothing(QStringView text) {
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Format || c.isSpace(); });
}

void drawLine(PageCanvas& canvas, const QTextLayout& layout, const std::vector<Stretch>& stretches,
              const PlacedLine& placed) {
    const QTextLine line = layout.lineAt(placed.line);
    const int lineStart = line.textStart();
    const int lineEnd = lineStart + line.textLength();
    for (const Stretch& stretch : stretches) {
        const int start = std::max(stretch.start, lineStart);
        const int end = std::min(stretch.end, lineEnd);
        if (start >= end)
            continue;
        TextSpan span;
        span.text = layout.text().mid(start, end - start);
        if (!stretch.formatted && drawsNothing(span.text))
            continue;
        span.glyphRuns = line.glyphRuns(start, end - start);
        if (span.glyphRuns.isEmpty())
            continue;
        span.origin = placed.origin;
        span.color = stretch.color;
        span.href = stretch.href;
        if (!span.href.isEmpty()) {
            const double from = line.cursorToX(start);
            const double to = line.cursorToX(end);
            span.linkArea =
                QRectF(placed.origin.x() + std::min(from, to), placed.origin.y() + line.y(),
                       std::abs(to - from), line.ascent() + line.descent());
        }
        canvas.drawText(span);
    }
}

// QPainter as a canvas: preview images, printing.
class PainterCanvas final : public PageCanvas {
public:
    explicit PainterCanvas(QPainter& painter)
        : painter_(painter) {}

    void fillRect(const QRectF& rect, const QColor& color) override {
        painter_.fillRect(rect, color);
    }
    void drawRule(QPointF from, QPointF to, double widthPt, const QColor& color) override {
        painter_.setPen(QPen(color, widthPt, Qt::SolidLine, Qt::FlatCap));
        painter_.drawLine(from, to);
    }
    void drawText(const TextSpan& span) override {
        painter_.setPen(span.color);
        for (const QGlyphRun& run : span.glyphRuns)
            painter_.drawGlyphRun(span.origin, run);
    }

private:
    QPainter& painter_;
};

} // namespace

void drawPage(PageCanvas& canvas, const Document& document, int pageIndex) {
    if (pageIndex < 0 || pageIndex >= document.pageCount())
        return;
    const Theme& theme = document.theme;
    if (!document.sidebarPt.isEmpty())
        canvas.fillRect(document.sidebarPt, theme.sidebar.background);
    int stretchesBlock = -1;
    std::vector<Stretch> stretches;
    for (const PlacedLine& placed : document.pages[static_cast<size_t>(pageIndex)].lines) {
        const QTextLayout& layout = *document.layouts[static_cast<size_t>(placed.block)];
        if (!layout.lineAt(placed.line).isValid())
            continue;
        const Block& block = document.blocks[static_cast<size_t>(placed.block)];
        const bool heading = block.kind == BlockKind::SectionHeading;
        const bool band =
            heading && block.column == Column::Sidebar && theme.sidebar.headingBand.isValid();
        if (band) // behind the text, a little wider than the column
            canvas.fillRect(QRectF(placed.origin.x() - kBandOverhangPt, placed.origin.y(),
                                   placed.widthPt + 2 * kBandOverhangPt, placed.heightPt),
                            theme.sidebar.headingBand);
        if (placed.block != stretchesBlock) {
            stretches = stretchesOf(layout);
            stretchesBlock = placed.block;
        }
        drawLine(canvas, layout, stretches, placed);
        if (heading && !band && theme.headingRulePt > 0 && placed.line == layout.lineCount() - 1) {
            const double y = placed.origin.y() + placed.heightPt + theme.headingRulePt / 2 + 0.5;
            canvas.drawRule(QPointF(placed.origin.x(), y),
                            QPointF(placed.origin.x() + placed.widthPt, y), theme.headingRulePt,
                            theme.ruleColor);
        }
    }
}

void paintPage(QPainter& painter, const Document& document, int pageIndex) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    PainterCanvas canvas(painter);
    drawPage(canvas, document, pageIndex);
    painter.restore();
}

QImage renderPageImage(const Document& document, int pageIndex, int dpi) {
    const double scale = dpi / 72.0;
    QImage image(qRound(document.pageSizePt.width() * scale),
                 qRound(document.pageSizePt.height() * scale), QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(painter, document, pageIndex);
    painter.end();
    return image;
}

} // namespace vitae::render
