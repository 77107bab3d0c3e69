// Undo and redo actions for a QUndoStack whose text follows the language and which take
// every key the platform binds to undo and redo (plus Ctrl+Shift+Z). The stack's own
// createUndoAction() keeps the prefix it was made with, so after a language switch it
// would go on saying "Undo" in the old language.
#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace vitae::desktop::detail {

class UndoActions : public QObject {
    Q_OBJECT

public:
    UndoActions(QUndoStack* stack, QObject* parent);

    QAction* undo() const { return undo_; }
    QAction* redo() const { return redo_; }
    // Names both in the current language: "&Undo Rename to "CV"".
    void retranslate();

private:
    QUndoStack* stack_;
    QAction* undo_;
    QAction* redo_;
};

} // namespace vitae::desktop::detail
