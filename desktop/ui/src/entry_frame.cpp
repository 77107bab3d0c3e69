#include "entry_frame.h"

#include <vitae/core/finding.h>

#include <QAction>
#include <QDrag>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitae::desktop::detail {
namespace {

// A context menu shows the key next to its item after a tab; the window's actions own
// the keys themselves, so these menu items only name them.
QString withKeyHint(const QString& text, QKeyCombination key) {
    return text + QLatin1Char('\t') + QKeySequence(key).toString(QKeySequence::NativeText);
}

} // namespace

EntryFrame::EntryFrame(const MovePayload& place, qsizetype count, QWidget* parent)
    : QGroupBox(parent)
    , place_(place)
    , count_(count)
    , layout_(new QVBoxLayout(this))
    , fields_(new QFormLayout)
    , grip_(new Grip) {
    setObjectName(pointer());
    setAcceptDrops(true);
    grip_->setToolTip(tr("Drag to move this entry"));
    connect(grip_, &Grip::dragRequested, this, &EntryFrame::startDrag);
    auto* header = new QHBoxLayout;
    header->addWidget(grip_);
    header->addStretch();
    layout_->addLayout(header);
    layout_->addLayout(fields_);

    auto* up = new QAction(withKeyHint(tr("Move Up"), Qt::ALT | Qt::Key_Up), this);
    up->setEnabled(index() > 0);
    connect(up, &QAction::triggered, this, [this] { requestMove(index(), index() - 1); });
    auto* down = new QAction(withKeyHint(tr("Move Down"), Qt::ALT | Qt::Key_Down), this);
    down->setEnabled(index() + 1 < count_);
    connect(down, &QAction::triggered, this, [this] { requestMove(index(), index() + 1); });
    auto* remove = new QAction(tr("Remove"), this);
    connect(remove, &QAction::triggered, this, [this] { Q_EMIT removeRequested(index()); });
    addActions({up, down, remove});
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString EntryFrame::pointer() const {
    return core::appendPointer(place_.scope, place_.index);
}

void EntryFrame::addButtons() {
    auto* buttons = new QHBoxLayout;
    const auto addButton = [&](const QString& text, const QString& accessibleName,
                               const QString& suffix, bool enabled, auto onClick) {
        auto* button = new QPushButton(text);
        button->setObjectName(pointer() + suffix);
        button->setAccessibleName(accessibleName);
        button->setEnabled(enabled);
        connect(button, &QPushButton::clicked, this, onClick);
        buttons->addWidget(button);
    };
    const qsizetype number = index() + 1;
    addButton(tr("Move up"), tr("Move entry %1 up").arg(number), QStringLiteral("/up"), index() > 0,
              [this] { requestMove(index(), index() - 1); });
    addButton(tr("Move down"), tr("Move entry %1 down").arg(number), QStringLiteral("/down"),
              index() + 1 < count_, [this] { requestMove(index(), index() + 1); });
    addButton(tr("Remove"), tr("Remove entry %1").arg(number), QStringLiteral("/remove"), true,
              [this] { Q_EMIT removeRequested(index()); });
    buttons->addStretch();
    layout_->addLayout(buttons);
}

void EntryFrame::setHeading(const QString& heading, const QString& listTitle) {
    const QString title =
        heading.isEmpty() ? tr("%1 entry %2").arg(listTitle).arg(index() + 1) : heading;
    if (title == this->title())
        return;
    setTitle(title);
    setAccessibleName(title);
    grip_->setAccessibleName(tr("Drag handle of %1").arg(title));
}

void EntryFrame::focusFirstControl() {
    // Children in the order they were added, which is the order they are shown in.
    for (QWidget* widget : findChildren<QWidget*>()) {
        if ((widget->focusPolicy() & Qt::TabFocus) != 0 && widget->isEnabled() &&
            widget->isVisibleTo(this)) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

EntryFrame* EntryFrame::containing(QWidget* widget) {
    for (; widget != nullptr; widget = widget->parentWidget()) {
        if (auto* frame = qobject_cast<EntryFrame*>(widget))
            return frame;
    }
    return nullptr;
}

void EntryFrame::requestMove(qsizetype from, qsizetype to) {
    if (from != to && to >= 0 && to < count_)
        Q_EMIT moveRequested(from, to);
}

// Dragging by the box itself (its title and margins) works like dragging by the grip.
void EntryFrame::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        pressedAt_ = event->position().toPoint();
    QGroupBox::mousePressEvent(event);
}

void EntryFrame::mouseMoveEvent(QMouseEvent* event) {
    if (pressedAt_ && event->buttons().testFlag(Qt::LeftButton) &&
        isDragDistance(*pressedAt_, event->position().toPoint())) {
        pressedAt_.reset();
        startDrag();
        return;
    }
    QGroupBox::mouseMoveEvent(event);
}

void EntryFrame::startDrag() {
    // Qt owns the drag and deletes it later; the form is rebuilt after the drop with
    // deleteLater(), so this frame outlives exec() either way.
    auto* drag = new QDrag(this);
    drag->setMimeData(encodeMove(place_));
    const QPixmap picture = grab();
    drag->setPixmap(picture.scaledToWidth(qMin(picture.width(), 320), Qt::SmoothTransformation));
    lifted_ = true;
    update();
    drag->exec(Qt::MoveAction);
    lifted_ = false;
    update();
}

std::optional<qsizetype> EntryFrame::droppedIndex(const QDropEvent* event) const {
    const auto payload = decodeMove(event->mimeData());
    if (!payload || payload->documentId != place_.documentId || payload->scope != place_.scope ||
        payload->index >= count_ || payload->index == index())
        return std::nullopt;
    return payload->index;
}

bool EntryFrame::isLowerHalf(const QDropEvent* event) const {
    return event->position().y() > height() / 2.0;
}

void EntryFrame::dragEnterEvent(QDragEnterEvent* event) {
    dragMoveEvent(event);
}

void EntryFrame::dragMoveEvent(QDragMoveEvent* event) {
    if (!droppedIndex(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    dropBelow_ = isLowerHalf(event);
    update();
}

void EntryFrame::dragLeaveEvent(QDragLeaveEvent* event) {
    dropBelow_.reset();
    update();
    QGroupBox::dragLeaveEvent(event);
}

void EntryFrame::dropEvent(QDropEvent* event) {
    dropBelow_.reset();
    update();
    const auto from = droppedIndex(event);
    if (!from) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    requestMove(*from, moveTarget(*from, index(), isLowerHalf(event)));
}

void EntryFrame::paintEvent(QPaintEvent* event) {
    QGroupBox::paintEvent(event);
    QPainter painter(this);
    if (lifted_) {
        QColor veil = palette().color(QPalette::Window);
        veil.setAlpha(160);
        painter.fillRect(rect(), veil);
    }
    if (dropBelow_) {
        constexpr int kLine = 3;
        const int y = *dropBelow_ ? height() - kLine : 0;
        painter.fillRect(QRect(0, y, width(), kLine), palette().color(QPalette::Highlight));
    }
}

} // namespace vitae::desktop::detail
