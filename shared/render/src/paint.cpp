#include <vitae/render/paint.h>

#include <QPainter>
#include <QPen>
#include <QTextLayout>

namespace vitae::render {
namespace {

// How far a sidebar heading's band reaches past the text on either side.
constexpr double kBandOverhangPt = 4;

} // namespace

void paintPage(QPainter& painter, const Document& document, int pageIndex) {
    if (pageIndex < 0 || pageIndex >= document.pageCount())
        return;
    const Theme& theme = document.theme;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!document.sidebarPt.isEmpty())
        painter.fillRect(document.sidebarPt, theme.sidebar.background);
    for (const PlacedLine& placed : document.pages[static_cast<size_t>(pageIndex)].lines) {
        const QTextLayout& layout = *document.layouts[static_cast<size_t>(placed.block)];
        const QTextLine line = layout.lineAt(placed.line);
        if (!line.isValid())
            continue;
        const Block& block = document.blocks[static_cast<size_t>(placed.block)];
        const bool heading = block.kind == BlockKind::SectionHeading;
        const bool band =
            heading && block.column == Column::Sidebar && theme.sidebar.headingBand.isValid();
        if (band) // behind the text, a little wider than the column
            painter.fillRect(QRectF(placed.origin.x() - kBandOverhangPt, placed.origin.y(),
                                    placed.widthPt + 2 * kBandOverhangPt, placed.heightPt),
                             theme.sidebar.headingBand);
        line.draw(&painter, placed.origin);
        if (heading && !band && theme.headingRulePt > 0 && placed.line == layout.lineCount() - 1) {
            const double y = placed.origin.y() + placed.heightPt + theme.headingRulePt / 2 + 0.5;
            painter.setPen(QPen(theme.ruleColor, theme.headingRulePt, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(placed.origin.x(), y),
                             QPointF(placed.origin.x() + placed.widthPt, y));
        }
    }
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
