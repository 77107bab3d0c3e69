#include "preview_pane.h"

#include <vitae/render/layout.h>
#include <vitae/render/paint.h>

#include <QLabel>
#include <QVBoxLayout>

namespace vitae::desktop::detail {

PreviewPane::PreviewPane(QWidget* parent)
    : QScrollArea(parent)
    , pages_(new QWidget(this))
    , layout_(new QVBoxLayout(pages_)) {
    setAccessibleName(tr("Preview"));
    setWidgetResizable(true);
    setWidget(pages_);
    layout_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    pages_->setBackgroundRole(QPalette::Dark);
    pages_->setAutoFillBackground(true);
    pending_.setSingleShot(true);
    pending_.setInterval(0);
    connect(&pending_, &QTimer::timeout, this, &PreviewPane::renderNow);
}

void PreviewPane::show(const core::Resume& resume) {
    resume_ = resume;
    pending_.start();
}

QImage PreviewPane::pageImage(int page) const {
    QLayoutItem* item = page >= 0 && page < pageCount_ ? layout_->itemAt(page) : nullptr;
    const auto* label = item != nullptr ? qobject_cast<QLabel*>(item->widget()) : nullptr;
    return label != nullptr ? label->pixmap().toImage() : QImage();
}

void PreviewPane::renderNow() {
    pending_.stop();
    const render::Document document = render::layoutResume(resume_, options_);
    const qreal ratio = devicePixelRatioF();
    constexpr int kPreviewDpi = 80;
    while (layout_->count() > document.pageCount()) {
        QLayoutItem* item = layout_->takeAt(layout_->count() - 1);
        delete item->widget();
        delete item;
    }
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page >= layout_->count()) {
            auto* label = new QLabel(pages_);
            label->setAccessibleName(tr("Page %1").arg(page + 1));
            layout_->addWidget(label);
        }
        QImage image = render::renderPageImage(document, page, qRound(kPreviewDpi * ratio));
        image.setDevicePixelRatio(ratio);
        static_cast<QLabel*>(layout_->itemAt(page)->widget())->setPixmap(QPixmap::fromImage(image));
    }
    pageCount_ = document.pageCount();
    Q_EMIT rendered(pageCount_);
}

} // namespace vitae::desktop::detail
