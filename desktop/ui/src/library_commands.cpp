#include "library_commands.h"

#include <vitae/desktop/library_window.h>

namespace vitae::desktop::detail {

LibraryCommand::LibraryCommand(LocalStore& store, Refresh refresh, const QString& text)
    : QUndoCommand(text)
    , store_(store)
    , refresh_(std::move(refresh)) {}

void LibraryCommand::finish(bool ok, const QString& selectId) {
    if (!ok)
        setObsolete(true); // the stack drops it: nothing to undo
    refresh_(ok, ok ? selectId : QString());
}

CreateResumeCommand::CreateResumeCommand(LocalStore& store, Refresh refresh,
                                         CloseEditor closeEditor, NewResume resume,
                                         const QString& text)
    : LibraryCommand(store, std::move(refresh), text)
    , closeEditor_(std::move(closeEditor))
    , resume_(std::move(resume)) {}

void CreateResumeCommand::redo() {
    if (id_.isEmpty()) {
        const auto created = store_.create(resume_);
        id_ = created ? created->id : QString();
        finish(created.has_value(), id_);
        return;
    }
    finish(store_.restore(id_).has_value(), id_);
}

void CreateResumeCommand::undo() {
    finish(closeEditor_(id_) && store_.remove(id_), QString());
}

DeleteResumeCommand::DeleteResumeCommand(LocalStore& store, Refresh refresh,
                                         CloseEditor closeEditor, const QString& id)
    : LibraryCommand(store, std::move(refresh), QString())
    , closeEditor_(std::move(closeEditor))
    , id_(id) {
    const auto resume = store.find(id);
    wasDefault_ = resume && resume->isDefault;
    setText(LibraryWindow::tr("Delete \"%1\"").arg(resume ? resume->title : id));
}

void DeleteResumeCommand::redo() {
    finish(closeEditor_(id_) && store_.remove(id_), QString());
}

void DeleteResumeCommand::undo() {
    bool ok = store_.restore(id_).has_value();
    if (ok && wasDefault_)
        ok = store_.makeDefault(id_).has_value();
    finish(ok, id_);
}

RenameResumeCommand::RenameResumeCommand(LocalStore& store, Refresh refresh, const QString& id,
                                         const QString& newTitle)
    : LibraryCommand(store, std::move(refresh), LibraryWindow::tr("Rename to \"%1\"").arg(newTitle))
    , id_(id)
    , newTitle_(newTitle) {
    const auto resume = store.find(id);
    oldTitle_ = resume ? resume->title : QString();
}

void RenameResumeCommand::redo() {
    finish(store_.rename(id_, newTitle_).has_value(), id_);
}

void RenameResumeCommand::undo() {
    finish(store_.rename(id_, oldTitle_).has_value(), id_);
}

MakeDefaultCommand::MakeDefaultCommand(LocalStore& store, Refresh refresh, const QString& id)
    : LibraryCommand(store, std::move(refresh), LibraryWindow::tr("Make default"))
    , id_(id) {
    const auto current = store.defaultResume();
    previousDefault_ = current ? current->id : QString();
}

void MakeDefaultCommand::redo() {
    finish(store_.makeDefault(id_).has_value(), id_);
}

void MakeDefaultCommand::undo() {
    // With no default before (an empty library cannot get here), there is nothing to restore.
    finish(previousDefault_.isEmpty() || store_.makeDefault(previousDefault_).has_value(), id_);
}

} // namespace vitae::desktop::detail
