#include "library_commands.h"
#include "undo_actions.h"
#include "window_size.h"

#include <vitae/core/library_rules.h>
#include <vitae/core/template_catalogue.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/library_window.h>
#include <vitae/desktop/preferences_dialog.h>
#include <vitae/desktop/resume_files.h>
#include <vitae/desktop/resume_list_model.h>
#include <vitae/desktop/settings.h>
#include <vitae/desktop/translations.h>

#include <QCloseEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStringList>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace vitae::desktop {

namespace {

// Why `title` cannot be a resume's title, the shared rule's messages in one text; empty when
// it can be one.
QString titleProblems(const QString& title) {
    QStringList problems;
    for (const core::Finding& finding : core::titleFindings(title))
        problems.append(core::message(finding));
    return problems.join(QLatin1Char(' '));
}

// A duplicate's title: the original's in the translated "%1 (copy)", the original shortened
// when both would not fit in a title.
QString copyTitle(const QString& original) {
    const QString pattern = LibraryWindow::tr("%1 (copy)");
    const qsizetype at = pattern.indexOf(QStringLiteral("%1"));
    if (at < 0) // a translation that lost its place marker: the words after the title
        return core::titleWithSuffix(original, QLatin1Char(' ') + pattern);
    // What comes before the original stays, as the shortening cuts at the end.
    return core::titleWithSuffix(pattern.left(at) + original, pattern.mid(at + 2));
}

} // namespace

QByteArray blankResumeDocument(const QString& templateId) {
    const QJsonObject document{
        {QStringLiteral("basics"), QJsonObject{{QStringLiteral("name"), QString()}}},
        {QStringLiteral("vitae"), QJsonObject{{QStringLiteral("templateId"), templateId}}},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

LibraryWindow::LibraryWindow(LocalStore& store, QWidget* parent)
    : QMainWindow(parent)
    , store_(store)
    , model_(new ResumeListModel(store, this))
    , view_(new QTableView(this))
    , undoStack_(new QUndoStack(this)) {
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->horizontalHeader()->setSectionResizeMode(ResumeListModel::Title, QHeaderView::Stretch);
    view_->setWordWrap(false); // a date broken after its day reads badly
    view_->verticalHeader()->hide();
    setCentralWidget(view_);
    buildActions();
    buildMenus();
    retranslate();
    connect(view_, &QTableView::activated, this,
            [this](const QModelIndex& index) { openEditor(model_->idAt(index.row())); });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryWindow::updateActions);
    detail::restoreOrFitGeometry(*this, Settings::instance().value(setting::libraryGeometry),
                                 detail::kLibraryOpeningSize);
    refresh(QString());
}

LibraryWindow::~LibraryWindow() {
    // An editor works on the store the library was given, which may go with the library.
    for (const QPointer<EditorWindow>& editor : std::as_const(editors_)) {
        if (editor) {
            editor->disconnect(this);
            delete editor.data(); // saves what it has not saved yet
        }
    }
}

void LibraryWindow::closeEvent(QCloseEvent* event) {
    Settings::instance().setValue(setting::libraryGeometry, saveGeometry());
    event->accept();
}

void LibraryWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(QString()); // the list's headers, template names and count
    }
    QMainWindow::changeEvent(event);
}

void LibraryWindow::buildActions() {
    newBlank_ = new QAction(this);
    newBlank_->setShortcut(QKeySequence::New);
    connect(newBlank_, &QAction::triggered, this, [this] {
        createResume(Settings::instance().value(setting::defaultTemplate), tr("Untitled resume"));
    });
    open_ = new QAction(this);
    open_->setShortcuts(QKeySequence::Open);
    connect(open_, &QAction::triggered, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            openEditor(id);
    });
    duplicate_ = new QAction(this);
    duplicate_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(duplicate_, &QAction::triggered, this, &LibraryWindow::duplicateSelected);
    rename_ = new QAction(this);
    rename_->setShortcut(QKeySequence(Qt::Key_F2));
    connect(rename_, &QAction::triggered, this, &LibraryWindow::askRename);
    delete_ = new QAction(this);
    delete_->setShortcut(QKeySequence::Delete);
    connect(delete_, &QAction::triggered, this, &LibraryWindow::deleteSelected);
    makeDefault_ = new QAction(this);
    connect(makeDefault_, &QAction::triggered, this, &LibraryWindow::makeSelectedDefault);
    import_ = new QAction(this);
    import_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import JSON Resume"), QString(),
                                                          tr("JSON Resume (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    quit_ = new QAction(this);
    quit_->setShortcuts(QKeySequence::Quit);
    if (quit_->shortcuts().isEmpty()) // Windows has no standard key for it
        quit_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit_, &QAction::triggered, this, &LibraryWindow::quit);
    preferences_ = new QAction(this);
    preferences_->setShortcut(QKeySequence::Preferences);
    preferences_->setMenuRole(QAction::PreferencesRole);
    connect(preferences_, &QAction::triggered, this, [this] { showPreferences(this); });
    undoActions_ = new detail::UndoActions(undoStack_, this);
    for (QAction* action : {newBlank_, open_, duplicate_, rename_, delete_, makeDefault_})
        addAction(action); // shortcuts work without the menu open
}

void LibraryWindow::buildMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(newBlank_);
    newFromTemplate_ = fileMenu_->addMenu(QString());
    for (const core::TemplateInfo& info : core::TemplateCatalogue::builtin().templates()) {
        QAction* action = newFromTemplate_->addAction(QString());
        action->setData(info.id);
        connect(action, &QAction::triggered, this,
                [this, info] { createResume(info.id, tr("%1 resume").arg(templateName(info))); });
    }
    fileMenu_->addAction(open_);
    fileMenu_->addAction(import_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quit_);

    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addActions({undoActions_->undo(), undoActions_->redo()});
    editMenu_->addSeparator();
    editMenu_->addActions({duplicate_, rename_, delete_, makeDefault_});
    editMenu_->addSeparator();
    editMenu_->addAction(preferences_);

    toolbar_ = addToolBar(QString());
    toolbar_->setObjectName(QStringLiteral("libraryToolbar"));
    toolbar_->addActions({newBlank_, duplicate_, delete_, makeDefault_});
}

void LibraryWindow::retranslate() {
    setWindowTitle(tr("Vitae — Library"));
    view_->setAccessibleName(tr("Resumes"));
    fileMenu_->setTitle(tr("&File"));
    editMenu_->setTitle(tr("&Edit"));
    newFromTemplate_->setTitle(tr("New from &Template"));
    toolbar_->setWindowTitle(tr("Library"));
    newBlank_->setText(tr("&New Resume"));
    open_->setText(tr("&Open"));
    duplicate_->setText(tr("D&uplicate"));
    rename_->setText(tr("&Rename…"));
    delete_->setText(tr("&Delete"));
    makeDefault_->setText(tr("Make &Default"));
    import_->setText(tr("&Import JSON Resume…"));
    quit_->setText(tr("&Quit"));
    preferences_->setText(tr("&Preferences…"));
    undoActions_->retranslate();
    fitColumns();
    for (QAction* action : newFromTemplate_->actions()) {
        if (const core::TemplateInfo* info =
                core::TemplateCatalogue::builtin().find(action->data().toString())) {
            action->setText(templateName(*info));
            action->setToolTip(templateDescription(*info));
        }
    }
}

void LibraryWindow::fitColumns() {
    // From the texts a column can show, not from its rows: Qt's ResizeToContents shapes
    // the text of every cell in sight at each layout, half the start-up with 1,000 resumes.
    QHeaderView* header = view_->horizontalHeader();
    const QFontMetrics metrics = view_->fontMetrics();
    // What the item delegate puts around a cell's text.
    const int padding =
        2 * (view_->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view_) + 1);
    for (int column = 0; column < ResumeListModel::ColumnCount; ++column) {
        if (column == ResumeListModel::Title)
            continue;
        int width = header->sectionSizeHint(column);
        for (const QString& text : model_->widestTexts(column))
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        header->resizeSection(column, width);
    }
}

ImportOutcome LibraryWindow::importFile(const QString& path) {
    ImportedFile read = readResumeFile(path);
    ImportOutcome outcome{std::nullopt, std::move(read.findings), std::move(read.error)};
    if (!read.resume) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Import JSON Resume"), outcome.error,
                                    QMessageBox::Ok, this);
        QStringList details;
        for (const core::Finding& finding : outcome.findings)
            details.append(finding.path + QStringLiteral(": ") + core::message(finding));
        box->setDetailedText(details.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return outcome;
    }
    // Undoable as New and Duplicate are, and the history before it stays.
    const QString text = tr("Import \"%1\"").arg(read.resume->title);
    if (!push(new detail::CreateResumeCommand(store_, onChange(), editorCloser(),
                                              std::move(*read.resume), text))) {
        outcome.error = store_.lastError(); // push() has told the user
        return outcome;
    }
    outcome.resume = store_.find(selectedId()); // the command selects what it created
    // Tolerated problems show in the editor's findings, next to their fields.
    if (outcome.resume)
        openEditor(outcome.resume->id);
    return outcome;
}

EditorWindow* LibraryWindow::openEditor(const QString& id) {
    if (EditorWindow* open = editorFor(id)) {
        open->setWindowState(open->windowState() & ~Qt::WindowMinimized);
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* editor = new EditorWindow(store_, id);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editors_.insert(id, editor);
    // A closed editor is deleted later: from the close on, opening the resume opens anew.
    connect(editor, &EditorWindow::closed, this, [this, id] { editors_.remove(id); });
    // The editor saves as the user types; the list shows it when the editor closes.
    connect(editor, &QObject::destroyed, this, [this, id] { refresh(id); });
    store_.setSetting(QStringLiteral("lastOpened"), id);
    editor->show();
    Q_EMIT editorOpened(editor);
    return editor;
}

EditorWindow* LibraryWindow::editorFor(const QString& id) const {
    return editors_.value(id);
}

QString LibraryWindow::selectedId() const {
    const QModelIndexList rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : model_->idAt(rows.front().row());
}

bool LibraryWindow::push(QUndoCommand* command) {
    lastChangeOk_ = true;
    undoStack_->push(command); // runs redo(), which reports through onChange()
    if (!lastChangeOk_) {
        // Window-modal and non-blocking: the library stays usable, and tests never hang.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Vitae"),
                                    tr("The change could not be saved: %1").arg(store_.lastError()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return lastChangeOk_;
}

detail::Refresh LibraryWindow::onChange() {
    return [this](bool ok, const QString& selectId) {
        lastChangeOk_ = lastChangeOk_ && ok;
        refresh(selectId);
    };
}

QString LibraryWindow::createResume(const QString& templateId, const QString& title) {
    return push(new detail::CreateResumeCommand(
               store_, onChange(), editorCloser(),
               {title, templateId, blankResumeDocument(templateId), QString()}, tr("New resume")))
               ? selectedId()
               : QString();
}

void LibraryWindow::duplicateSelected() {
    const auto source = store_.find(selectedId());
    if (!source)
        return;
    push(new detail::CreateResumeCommand(
        store_, onChange(), editorCloser(),
        {copyTitle(source->title), source->templateId, source->data, QString()},
        tr("Duplicate \"%1\"").arg(source->title)));
}

void LibraryWindow::askRename() {
    const auto resume = store_.find(selectedId());
    if (!resume)
        return;
    // A title that cannot be used is explained, then asked for again as typed, to correct.
    QString title = resume->title;
    for (;;) {
        bool ok = false;
        title = QInputDialog::getText(this, tr("Rename Resume"), tr("Title:"), QLineEdit::Normal,
                                      title, &ok);
        if (!ok)
            return;
        const QString problems = titleProblems(title.trimmed());
        if (problems.isEmpty()) {
            renameSelected(title.trimmed());
            return;
        }
        // Modal and waited for: the question comes back once the user has read why.
        QMessageBox box(QMessageBox::Warning, tr("Rename Resume"),
                        tr("This title cannot be used: %1").arg(problems), QMessageBox::Ok, this);
        box.exec();
    }
}

bool LibraryWindow::renameSelected(const QString& title) {
    const QString id = selectedId();
    return !id.isEmpty() && titleProblems(title).isEmpty() &&
           push(new detail::RenameResumeCommand(store_, onChange(), id, title));
}

void LibraryWindow::deleteSelected() {
    const QString id = selectedId();
    // An editor kept open (its edits unsaved) keeps its resume: nothing to report then.
    if (!id.isEmpty() && closeEditor(id))
        push(new detail::DeleteResumeCommand(store_, onChange(), editorCloser(), id));
}

bool LibraryWindow::quit() {
    // The editors first: each saves, and one the user keeps open stops the quit.
    for (const QPointer<EditorWindow>& editor : editors_.values()) {
        if (editor && !editor->close())
            return false;
    }
    return close();
}

bool LibraryWindow::closeEditor(const QString& id) {
    EditorWindow* editor = editorFor(id);
    return editor == nullptr || editor->close();
}

detail::CloseEditor LibraryWindow::editorCloser() {
    return [this](const QString& id) { return closeEditor(id); };
}

void LibraryWindow::makeSelectedDefault() {
    const QString id = selectedId();
    if (!id.isEmpty())
        push(new detail::MakeDefaultCommand(store_, onChange(), id));
}

void LibraryWindow::refresh(const QString& selectId) {
    const QString keep = selectId.isEmpty() ? selectedId() : selectId;
    model_->reload();
    const QModelIndex index = model_->indexOfId(keep);
    if (index.isValid())
        view_->selectRow(index.row());
    else if (model_->rowCount() > 0)
        view_->selectRow(0);
    statusBar()->showMessage(tr("%n resume(s)", nullptr, model_->rowCount()));
    updateActions();
}

void LibraryWindow::updateActions() {
    const bool hasSelection = !selectedId().isEmpty();
    for (QAction* action : {open_, duplicate_, rename_, delete_, makeDefault_})
        action->setEnabled(hasSelection);
}

} // namespace vitae::desktop
