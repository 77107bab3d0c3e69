#include "section_list.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QPainter>

namespace vitae::desktop::detail {

SectionList::SectionList(QWidget* parent)
    : QListWidget(parent) {
    // Drags start and drops land through the overrides below, which ask the editor for
    // one undoable move; Qt's own moving of rows never runs.
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
}

void SectionList::keyPressEvent(QKeyEvent* event) {
    const bool alt = event->modifiers() == Qt::AltModifier;
    const qsizetype current = sectionIndex(currentRow());
    if (alt && current >= 0 && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const qsizetype to = current + (event->key() == Qt::Key_Up ? -1 : 1);
        if (to >= 0 && to < sectionCount())
            Q_EMIT sectionMoveRequested(current, to);
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void SectionList::startDrag(Qt::DropActions) {
    const qsizetype section = sectionIndex(currentRow());
    if (section < 0)
        return;
    // Our own drag rather than QAbstractItemView's, which would remove the row itself.
    auto* drag = new QDrag(this);
    drag->setMimeData(encodeMove({documentId_, sectionScope(), section}));
    drag->setPixmap(viewport()->grab(visualItemRect(currentItem())));
    drag->exec(Qt::MoveAction);
}

std::optional<qsizetype> SectionList::draggedSection(const QDropEvent* event) const {
    const auto payload = decodeMove(event->mimeData());
    if (!payload || payload->documentId != documentId_ || payload->scope != sectionScope() ||
        payload->index >= sectionCount())
        return std::nullopt;
    return payload->index;
}

SectionList::DropPlace SectionList::dropPlace(QPoint position) const {
    const QListWidgetItem* target = itemAt(position);
    if (target == nullptr)
        return {sectionCount() - 1, true}; // below the last row
    const int targetRow = row(target);
    if (targetRow < kFirstSectionRow)
        return {0, false}; // on basics: the first place a section can take
    return {sectionIndex(targetRow), position.y() > visualItemRect(target).center().y()};
}

void SectionList::dragEnterEvent(QDragEnterEvent* event) {
    dragMoveEvent(event);
}

void SectionList::dragMoveEvent(QDragMoveEvent* event) {
    if (!draggedSection(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    const DropPlace place = dropPlace(event->position().toPoint());
    const QRect rect = visualItemRect(item(static_cast<int>(place.onto) + kFirstSectionRow));
    dropLineY_ = place.after ? rect.bottom() : rect.top();
    viewport()->update();
}

void SectionList::dragLeaveEvent(QDragLeaveEvent* event) {
    dropLineY_.reset();
    viewport()->update();
    event->accept();
}

void SectionList::dropEvent(QDropEvent* event) {
    dropLineY_.reset();
    viewport()->update();
    const auto from = draggedSection(event);
    if (!from) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    const DropPlace place = dropPlace(event->position().toPoint());
    const qsizetype to = moveTarget(*from, place.onto, place.after);
    if (to != *from)
        Q_EMIT sectionMoveRequested(*from, to);
}

void SectionList::paintEvent(QPaintEvent* event) {
    QListWidget::paintEvent(event);
    if (!dropLineY_)
        return;
    QPainter painter(viewport());
    constexpr int kLine = 3;
    painter.fillRect(QRect(0, *dropLineY_ - kLine / 2, viewport()->width(), kLine),
                     palette().color(QPalette::Highlight));
}

} // namespace vitae::desktop::detail
