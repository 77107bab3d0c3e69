// The one paint path: a laid-out page drawn with QPainter onto any paint device (PDF
// writer, printer, image). Coordinates are points; the painter is scaled to the device.
#pragma once

#include <vitae/render/layout.h>

#include <QImage>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace vitae::render {

// Paints page `pageIndex` with the painter's current transform mapping points to the device
// (scale it first for a device whose resolution is not 72 dpi).
void paintPage(QPainter& painter, const Document& document, int pageIndex);

// The page as an image at `dpi` (white background), for previews and golden images.
QImage renderPageImage(const Document& document, int pageIndex, int dpi);

} // namespace vitae::render
