// The drawing operations a laid-out page is made of, so that one walk over a Document feeds
// every output: QPainter (preview images, printing) and the PDF writer draw the same glyphs at
// the same places.
#pragma once

#include <vitae/render/layout.h>

#include <QColor>
#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace vitae::render {

// A stretch of one line in one colour and with one link target (or none): the glyphs as
// QTextLayout shaped them and the characters they show.
struct TextSpan {
    QList<QGlyphRun> glyphRuns; // glyph positions are relative to `origin`, y at the baseline
    QPointF origin;             // the line's top left on the page, in points
    QColor color;
    QString text;    // the characters, in logical order (may hold invisible controls)
    QString href;    // a link target (mailto:, https:, ...), or empty
    QRectF linkArea; // with `href`: where a click follows it, in points on the page
};

class PageCanvas {
public:
    PageCanvas() = default;
    PageCanvas(const PageCanvas&) = delete;
    PageCanvas& operator=(const PageCanvas&) = delete;
    virtual ~PageCanvas() = default;

    virtual void fillRect(const QRectF& rect, const QColor& color) = 0;
    // A straight rule with flat ends.
    virtual void drawRule(QPointF from, QPointF to, double widthPt, const QColor& color) = 0;
    virtual void drawText(const TextSpan& span) = 0;
};

// Draws page `pageIndex` of the document onto the canvas, in points from the page's top left.
void drawPage(PageCanvas& canvas, const Document& document, int pageIndex);

} // namespace vitae::render
