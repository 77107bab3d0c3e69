#include "undo_actions.h"

#include <QAction>
#include <QUndoStack>

namespace vitae::desktop::detail {

UndoActions::UndoActions(QUndoStack* stack, QObject* parent)
    : QObject(parent)
    , stack_(stack)
    , undo_(new QAction(parent))
    , redo_(new QAction(parent)) {
    undo_->setShortcut(QKeySequence::Undo);
    redo_->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    undo_->setEnabled(stack->canUndo());
    redo_->setEnabled(stack->canRedo());
    connect(undo_, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo_, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo_, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo_, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoActions::retranslate);
    connect(stack, &QUndoStack::redoTextChanged, this, &UndoActions::retranslate);
    retranslate();
}

void UndoActions::retranslate() {
    const QString undoText = stack_->undoText();
    const QString redoText = stack_->redoText();
    undo_->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    redo_->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

} // namespace vitae::desktop::detail
