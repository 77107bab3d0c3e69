#include "reorder_drag.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

namespace vitae::desktop::detail {

QString moveMimeType() {
    return QStringLiteral("application/x-vitae-move");
}

QString sectionScope() {
    return QStringLiteral("#sections"); // never a JSON pointer, so never an entry list
}

QMimeData* encodeMove(const MovePayload& payload) {
    const QJsonObject object{
        {QStringLiteral("document"), payload.documentId},
        {QStringLiteral("scope"), payload.scope},
        {QStringLiteral("index"), static_cast<qint64>(payload.index)},
    };
    auto* mime = new QMimeData;
    mime->setData(moveMimeType(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    return mime;
}

std::optional<MovePayload> decodeMove(const QMimeData* mime) {
    if (mime == nullptr || !mime->hasFormat(moveMimeType()))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(mime->data(moveMimeType())).object();
    const QJsonValue index = object.value(QStringLiteral("index"));
    if (!index.isDouble() || index.toInteger(-1) < 0)
        return std::nullopt;
    return MovePayload{object.value(QStringLiteral("document")).toString(),
                       object.value(QStringLiteral("scope")).toString(), index.toInteger()};
}

qsizetype moveTarget(qsizetype from, qsizetype onto, bool after) {
    const qsizetype slot = onto + (after ? 1 : 0); // the gap the item goes into
    return slot > from ? slot - 1 : slot;          // taking it out closes its own gap
}

Grip::Grip(QWidget* parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::OpenHandCursor);
    // Fixed: a form squeezed to its minimum height would otherwise squeeze it away.
    setFixedSize(12, 18);
}

bool isDragDistance(QPoint from, QPoint to) {
    return (to - from).manhattanLength() >= QApplication::startDragDistance();
}

void Grip::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        pressedAt_ = event->position().toPoint();
}

void Grip::mouseMoveEvent(QMouseEvent* event) {
    if (pressedAt_ && event->buttons().testFlag(Qt::LeftButton) &&
        isDragDistance(*pressedAt_, event->position().toPoint())) {
        pressedAt_.reset();
        Q_EMIT dragRequested();
    }
}

void Grip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::WindowText));
    constexpr qreal kDot = 2.5;
    const qreal left = (width() - 3 * kDot) / 2;
    const qreal top = (height() - 5 * kDot) / 2;
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 2; ++column)
            painter.drawEllipse(QRectF(left + column * 2 * kDot, top + row * 2 * kDot, kDot, kDot));
    }
}

} // namespace vitae::desktop::detail
