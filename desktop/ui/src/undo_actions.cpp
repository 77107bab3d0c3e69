#include "undo_actions.h"

#include <QAction>
#include <QUndoStack>

namespace vitae::desktop::detail {
namespace {

// The platform's redo keys, and Ctrl+Shift+Z in every scheme: Windows binds only Ctrl+Y,
// and people who come from other systems press the other.
QList<QKeySequence> redoKeys() {
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence shiftUndo(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!keys.contains(shiftUndo))
        keys.append(shiftUndo);
    return keys;
}

} // namespace

UndoActions::UndoActions(QUndoStack* stack, QObject* parent)
    : QObject(parent)
    , stack_(stack)
    , undo_(new QAction(parent))
    , redo_(new QAction(parent)) {
    // Every key the platform binds, not only its first (Alt+Backspace too on Windows).
    undo_->setShortcuts(QKeySequence::Undo);
    redo_->setShortcuts(redoKeys());
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
