// The library window: every resume of the local store in a table, with create (blank
// or from a template), duplicate, rename, delete and make default, all undoable.
#pragma once

#include <vitae/desktop/local_store.h>
#include <vitae/desktop/resume_files.h>

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QTableView;
class QToolBar;
class QUndoStack;
class QAction;

namespace vitae::desktop {

class EditorWindow;
class ResumeListModel;
namespace detail {
class UndoActions;
} // namespace detail

class LibraryWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit LibraryWindow(LocalStore& store, QWidget* parent = nullptr);
    ~LibraryWindow() override;

    ResumeListModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QUndoStack* undoStack() const { return undoStack_; }
    QString selectedId() const;

    // The actions, named for tests and for keyboard users' menus.
    QAction* newBlankAction() const { return newBlank_; }
    QAction* openAction() const { return open_; }
    QAction* duplicateAction() const { return duplicate_; }
    QAction* renameAction() const { return rename_; }
    QAction* deleteAction() const { return delete_; }
    QAction* makeDefaultAction() const { return makeDefault_; }
    QAction* preferencesAction() const { return preferences_; }
    QAction* quitAction() const { return quit_; }

    // Slots behind the actions; public so tests and the future editor can drive them.
    QString createResume(const QString& templateId, const QString& title);
    void duplicateSelected();
    // Refused (false, nothing changes) when `title` breaks the shared title rule
    // (core::titleFindings) or the store fails.
    bool renameSelected(const QString& title);
    void deleteSelected();
    void makeSelectedDefault();
    // Closes every editor, then the library (the app ends with its last window). An editor
    // that cannot save and is kept open by the user stops it there: false then.
    bool quit();
    // Adds a JSON Resume file, undoably, and opens it; refused files are explained in a message.
    ImportOutcome importFile(const QString& path);
    // Opens the editor of a resume in its own window (Enter or double click on a row). A
    // resume has one editor at most: one already open is brought to the front instead, so
    // two windows never save over each other's edits.
    EditorWindow* openEditor(const QString& id);
    // The open editor of resume `id`, or null.
    EditorWindow* editorFor(const QString& id) const;

Q_SIGNALS:
    void editorOpened(EditorWindow* editor);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    // Names every action, menu and label in the current language (at start and on a switch).
    void retranslate();
    // Sizes the columns beside the title to the widest text they can show, on one line.
    void fitColumns();
    void refresh(const QString& selectId);
    void updateActions();
    void askRename();
    bool push(class QUndoCommand* command);
    std::function<void(bool, const QString&)> onChange();
    // Closes the editor of resume `id` before the resume leaves the library, saving it
    // first; false when the user keeps it open (see detail::CloseEditor).
    bool closeEditor(const QString& id);
    std::function<bool(const QString&)> editorCloser();

    LocalStore& store_;
    ResumeListModel* model_;
    QTableView* view_;
    QUndoStack* undoStack_;
    QAction* newBlank_ = nullptr;
    QAction* open_ = nullptr;
    QAction* duplicate_ = nullptr;
    QAction* rename_ = nullptr;
    QAction* delete_ = nullptr;
    QAction* makeDefault_ = nullptr;
    QAction* import_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* preferences_ = nullptr;
    detail::UndoActions* undoActions_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* newFromTemplate_ = nullptr;
    QToolBar* toolbar_ = nullptr;
    bool lastChangeOk_ = true;
    // The open editors by resume id; an editor leaves when it closes.
    QHash<QString, QPointer<EditorWindow>> editors_;
};

// A new, empty JSON Resume document that uses `templateId`.
QByteArray blankResumeDocument(const QString& templateId);

} // namespace vitae::desktop
