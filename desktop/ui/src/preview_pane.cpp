#include "preview_pane.h"

#include <vitae/render/layout.h>
#include <vitae/render/paint.h>

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace vitae::desktop::detail {
namespace {

// Below this text is too small to read; above it a page image costs more to draw on
// every keystroke than a sharper picture is worth.
constexpr int kLeastDpi = 36;
constexpr int kMostDpi = 96;
constexpr double kPointsPerInch = 72.0;

} // namespace

PreviewPane::PreviewPane(QWidget* parent)
    : QScrollArea(parent)
    , pages_(new QWidget(this))
    , layout_(new QVBoxLayout(pages_)) {
    setAccessibleName(tr("Preview"));
    setWidgetResizable(true);
    setWidget(pages_);
    // Always there, so the width a page is drawn for does not change when it appears.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    layout_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    pages_->setBackgroundRole(QPalette::Dark);
    pages_->setAutoFillBackground(true);
    pending_.setSingleShot(true);
    pending_.setInterval(0);
    connect(&pending_, &QTimer::timeout, this, &PreviewPane::renderNow);
    repaint_.setSingleShot(true);
    repaint_.setInterval(0);
    connect(&repaint_, &QTimer::timeout, this, &PreviewPane::paintPages);
}

void PreviewPane::scheduleRender(const core::Resume& resume) {
    resume_ = resume;
    pending_.start();
}

QImage PreviewPane::pageImage(int page) const {
    QLayoutItem* item = page >= 0 && page < pageCount_ ? layout_->itemAt(page) : nullptr;
    const auto* label = item != nullptr ? qobject_cast<QLabel*>(item->widget()) : nullptr;
    return label != nullptr ? label->pixmap().toImage() : QImage();
}

int PreviewPane::pageDpi() const {
    const qreal pageWidthPt = document_.pageSizePt.width();
    if (pageWidthPt <= 0)
        return kMostDpi;
    const QMargins margins = layout_->contentsMargins();
    const int room = viewport()->width() - margins.left() - margins.right();
    const int fitting = static_cast<int>(std::floor(room * kPointsPerInch / pageWidthPt));
    return std::clamp(fitting, kLeastDpi, kMostDpi);
}

void PreviewPane::resizeEvent(QResizeEvent* event) {
    QScrollArea::resizeEvent(event);
    if (pageCount_ > 0 && pageDpi() != paintedDpi_)
        repaint_.start(); // once for a run of resizes (a splitter being dragged)
}

void PreviewPane::renderNow() {
    pending_.stop();
    document_ = render::layoutResume(resume_, options_);
    paintPages();
}

void PreviewPane::paintPages() {
    repaint_.stop();
    const qreal ratio = devicePixelRatioF();
    const int dpi = pageDpi();
    while (layout_->count() > document_.pageCount()) {
        QLayoutItem* item = layout_->takeAt(layout_->count() - 1);
        delete item->widget();
        delete item;
    }
    for (int page = 0; page < document_.pageCount(); ++page) {
        if (page >= layout_->count()) {
            auto* label = new QLabel(pages_);
            label->setAccessibleName(tr("Page %1").arg(page + 1));
            layout_->addWidget(label);
        }
        QImage image = render::renderPageImage(document_, page, qRound(dpi * ratio));
        image.setDevicePixelRatio(ratio);
        static_cast<QLabel*>(layout_->itemAt(page)->widget())->setPixmap(QPixmap::fromImage(image));
    }
    pageCount_ = document_.pageCount();
    paintedDpi_ = dpi;
    Q_EMIT rendered(pageCount_);
}

} // namespace vitae::desktop::detail
