// The library's changes as undoable commands. Each talks to the store and then asks
// the window to reload; an undo puts the library back as it was, default included.
#pragma once

#include <vitae/desktop/local_store.h>

#include <QUndoCommand>

#include <functional>

namespace vitae::desktop::detail {

// Told after every change whether it took; reloads views and selects `selectId`.
using Refresh = std::function<void(bool ok, const QString& selectId)>;
// Asked before a resume leaves the library: closes its editor, if one is open, saving its
// edits first. False when the editor stays open (its save failed and the user kept it);
// the resume stays then too, as an editor cannot save a deleted resume.
using CloseEditor = std::function<bool(const QString& id)>;

// Common to all: the store and the refresh hook. QUndoStack cannot refuse a command,
// so one whose change failed marks itself obsolete and the stack drops it.
class LibraryCommand : public QUndoCommand {
public:
    LibraryCommand(LocalStore& store, Refresh refresh, const QString& text);

protected:
    void finish(bool ok, const QString& selectId);
    LocalStore& store_;

private:
    Refresh refresh_;
};

// Creates a resume the first time; undo deletes it, redo brings the same one back.
class CreateResumeCommand : public LibraryCommand {
public:
    CreateResumeCommand(LocalStore& store, Refresh refresh, CloseEditor closeEditor,
                        NewResume resume, const QString& text);
    void redo() override;
    void undo() override;

private:
    CloseEditor closeEditor_;
    NewResume resume_;
    QString id_;
};

class DeleteResumeCommand : public LibraryCommand {
public:
    DeleteResumeCommand(LocalStore& store, Refresh refresh, CloseEditor closeEditor,
                        const QString& id);
    void redo() override;
    void undo() override;

private:
    CloseEditor closeEditor_;
    QString id_;
    bool wasDefault_ = false;
};

class RenameResumeCommand : public LibraryCommand {
public:
    RenameResumeCommand(LocalStore& store, Refresh refresh, const QString& id,
                        const QString& newTitle);
    void redo() override;
    void undo() override;

private:
    QString id_;
    QString oldTitle_;
    QString newTitle_;
};

class MakeDefaultCommand : public LibraryCommand {
public:
    MakeDefaultCommand(LocalStore& store, Refresh refresh, const QString& id);
    void redo() override;
    void undo() override;

private:
    QString id_;
    QString previousDefault_;
};

} // namespace vitae::desktop::detail
