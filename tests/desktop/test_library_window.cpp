// The library window driven as a user would: actions, shortcuts, undo and redo.
#include "dialog_answers.h"
#include "temporary_library.h"
#include "window_helpers.h"

#include <vitae/core/finding.h>
#include <vitae/core/library_rules.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/library_window.h>
#include <vitae/desktop/resume_document.h>
#include <vitae/desktop/resume_list_model.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace vitae::desktop {
namespace {

// While it lives, the library file refuses to save a resume's document (as a full disk
// would), through a trigger added by a second connection; renaming and deleting still work.
class RefusedSaves {
public:
    explicit RefusedSaves(const QString& path) {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        database.setDatabaseName(path);
        EXPECT_TRUE(database.open()) << database.lastError().text().toStdString();
        run(QStringLiteral("CREATE TRIGGER refuse_saves BEFORE UPDATE OF data ON resumes "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    }
    ~RefusedSaves() {
        run(QStringLiteral("DROP TRIGGER refuse_saves"));
        QSqlDatabase::database(kConnection).close();
        QSqlDatabase::removeDatabase(kConnection);
    }
    RefusedSaves(const RefusedSaves&) = delete;
    RefusedSaves& operator=(const RefusedSaves&) = delete;

private:
    static void run(const QString& statement) {
        QSqlQuery query(QSqlDatabase::database(kConnection));
        EXPECT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
    }
    static constexpr QLatin1StringView kConnection{"refused-saves"};
};

class LibraryWindowTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(library_.isOpen());
        store_ = &library_.store();
        window_ = std::make_unique<LibraryWindow>(*store_);
        // Active, not only shown: keys go to the active window, and focus is only had there
        // (on a platform that activates windows later than it shows them, such as X11).
        ASSERT_TRUE(test::showActive(*window_));
    }

    void TearDown() override {
        window_.reset();
        // Editors closed by a test are deleted later: before the store goes, not after.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    int rows() const { return window_->model()->rowCount(); }

    QString cell(const QString& id, int column) const {
        const QModelIndex index = window_->model()->indexOfId(id);
        return window_->model()->index(index.row(), column).data().toString();
    }

    QString defaultId() const {
        const auto found = store_->defaultResume();
        return found ? found->id : QString();
    }

    void tick() { library_.clock().advanceMs(1000); }

    QString writeFile(const QString& name, const QByteArray& bytes) const {
        QFile file(library_.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    // The editor windows on screen.
    static QList<EditorWindow*> shownEditors() {
        QList<EditorWindow*> editors;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* editor = qobject_cast<EditorWindow*>(widget); editor && editor->isVisible())
                editors.append(editor);
        }
        return editors;
    }

    test::TemporaryLibrary library_;
    LocalStore* store_ = nullptr;
    std::unique_ptr<LibraryWindow> window_;
};

TEST_F(LibraryWindowTest, NewResumeIsAddedSelectedAndTheFirstIsDefault) {
    EXPECT_EQ(rows(), 0);
    window_->newBlankAction()->trigger();
    ASSERT_EQ(rows(), 1);
    const QString id = window_->selectedId();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(defaultId(), id);
    EXPECT_EQ(cell(id, ResumeListModel::Default), QStringLiteral("Default"));
    EXPECT_EQ(cell(id, ResumeListModel::Template), QStringLiteral("Classic"));
    const QJsonObject document = QJsonDocument::fromJson(store_->find(id)->data).object();
    EXPECT_EQ(
        document.value(QStringLiteral("vitae")).toObject().value(QStringLiteral("templateId")),
        QStringLiteral("classic"));
}

TEST_F(LibraryWindowTest, CreateFromTemplateUsesIt) {
    const QString id =
        window_->createResume(QStringLiteral("modern"), QStringLiteral("Modern one"));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(store_->find(id)->templateId, QStringLiteral("modern"));
    EXPECT_EQ(cell(id, ResumeListModel::Template), QStringLiteral("Modern"));
}

TEST_F(LibraryWindowTest, UndoAndRedoOfCreate) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("A"));
    window_->undoStack()->undo();
    EXPECT_EQ(rows(), 0);
    window_->undoStack()->redo();
    ASSERT_EQ(rows(), 1);
    EXPECT_EQ(window_->model()->idAt(0), id); // the same resume comes back
}

TEST_F(LibraryWindowTest, RenameWithUndo) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Old"));
    window_->renameSelected(QStringLiteral("New title"));
    EXPECT_EQ(cell(id, ResumeListModel::Title), QStringLiteral("New title"));
    window_->undoStack()->undo();
    EXPECT_EQ(cell(id, ResumeListModel::Title), QStringLiteral("Old"));
    window_->undoStack()->redo();
    EXPECT_EQ(store_->find(id)->title, QStringLiteral("New title"));
}

TEST_F(LibraryWindowTest, RenameAsksForTheTitle) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Old"));
    test::InputDialogAnswers titles({QStringLiteral("  New title ")});
    window_->renameAction()->trigger();
    EXPECT_EQ(titles.shown(), QStringList{QStringLiteral("Old")});
    EXPECT_EQ(store_->find(id)->title, QStringLiteral("New title"));
}

// A title is one line of at most 200 characters (the server refuses any other with 422):
// the dialog says why a title cannot be used, asks again with it, and keeps the old one.
TEST_F(LibraryWindowTest, RenameRefusesATitleTooLongOrOfMoreThanOneLine) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Old"));
    const QString tooLong(201, QLatin1Char('t'));
    const QString twoLines = QStringLiteral("New\ntitle");
    for (const QString& title : {tooLong, twoLines}) {
        SCOPED_TRACE(title.toStdString());
        test::InputDialogAnswers titles({title});
        test::MessageBoxAnswers answers({QMessageBox::Ok});
        window_->renameAction()->trigger();
        ASSERT_EQ(answers.asked().size(), 1);
        const core::Findings findings = core::titleFindings(title);
        ASSERT_EQ(findings.size(), 1);
        EXPECT_TRUE(answers.asked().front().contains(core::message(findings.front())))
            << answers.asked().front().toStdString();
        EXPECT_EQ(titles.shown(), (QStringList{QStringLiteral("Old"), title})); // asked again
        EXPECT_EQ(store_->find(id)->title, QStringLiteral("Old"));
        EXPECT_EQ(cell(id, ResumeListModel::Title), QStringLiteral("Old"));
    }
    EXPECT_FALSE(window_->renameSelected(tooLong));
    EXPECT_FALSE(window_->renameSelected(twoLines));
    EXPECT_EQ(store_->find(id)->title, QStringLiteral("Old"));
    EXPECT_EQ(window_->undoStack()->count(), 1); // the create alone
}

TEST_F(LibraryWindowTest, RenameTakesTheTitleCorrectedAfterARefusal) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Old"));
    test::InputDialogAnswers titles({QStringLiteral("   "), QStringLiteral("Corrected")});
    test::MessageBoxAnswers answers({QMessageBox::Ok});
    window_->renameAction()->trigger();
    ASSERT_EQ(answers.asked().size(), 1);
    EXPECT_TRUE(answers.asked().front().contains(core::message(
        core::Finding{core::FindingCode::FieldRequired, core::Severity::Error, {}, {}})))
        << answers.asked().front().toStdString();
    EXPECT_EQ(store_->find(id)->title, QStringLiteral("Corrected"));
}

TEST_F(LibraryWindowTest, DeletingTheDefaultPromotesAndUndoRestoresBoth) {
    const QString first = window_->createResume(QStringLiteral("classic"), QStringLiteral("First"));
    tick();
    const QString second =
        window_->createResume(QStringLiteral("classic"), QStringLiteral("Second"));
    window_->view()->selectRow(window_->model()->indexOfId(first).row());
    window_->deleteSelected();
    EXPECT_EQ(rows(), 1);
    EXPECT_EQ(defaultId(), second);
    window_->undoStack()->undo();
    EXPECT_EQ(rows(), 2);
    EXPECT_EQ(defaultId(), first);
}

TEST_F(LibraryWindowTest, MakeDefaultWithUndo) {
    const QString first = window_->createResume(QStringLiteral("classic"), QStringLiteral("First"));
    const QString second =
        window_->createResume(QStringLiteral("classic"), QStringLiteral("Second"));
    window_->makeDefaultAction()->trigger(); // the new one is selected
    EXPECT_EQ(defaultId(), second);
    EXPECT_EQ(cell(first, ResumeListModel::Default), QString());
    window_->undoStack()->undo();
    EXPECT_EQ(defaultId(), first);
}

TEST_F(LibraryWindowTest, DuplicateCopiesTheDocument) {
    const QString id = window_->createResume(QStringLiteral("compact"), QStringLiteral("Mine"));
    ASSERT_TRUE(store_->saveData(id, R"({"basics":{"name":"Jo"}})"));
    window_->duplicateAction()->trigger();
    ASSERT_EQ(rows(), 2);
    const QString copy = window_->selectedId();
    EXPECT_NE(copy, id);
    EXPECT_EQ(store_->find(copy)->data, QByteArray(R"({"basics":{"name":"Jo"}})"));
    EXPECT_EQ(store_->find(copy)->title, QStringLiteral("Mine (copy)"));
    EXPECT_EQ(store_->find(copy)->templateId, QStringLiteral("compact"));
}

TEST_F(LibraryWindowTest, ACopyOfALongTitledResumeGetsATitleThatFits) {
    const QString title(200, QLatin1Char('t'));
    ASSERT_FALSE(window_->createResume(QStringLiteral("classic"), title).isEmpty());
    window_->duplicateAction()->trigger();
    ASSERT_EQ(rows(), 2);
    const QString copyTitle = store_->find(window_->selectedId())->title;
    EXPECT_TRUE(core::titleFindings(copyTitle).isEmpty()) << copyTitle.size();
    EXPECT_TRUE(copyTitle.startsWith(QStringLiteral("ttt"))) << copyTitle.toStdString();
    EXPECT_TRUE(copyTitle.endsWith(QStringLiteral("\u2026 (copy)"))) << copyTitle.toStdString();
}

TEST_F(LibraryWindowTest, OpeningAnOpenResumeBringsItsEditorForward) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Mine"));
    EditorWindow* editor = window_->openEditor(id);
    ASSERT_TRUE(test::showActive(*editor));
    ASSERT_TRUE(test::showActive(*window_)); // the user goes back to the library
    window_->openAction()->trigger();
    EXPECT_EQ(window_->openEditor(id), editor);
    EXPECT_EQ(shownEditors(), QList<EditorWindow*>{editor});
    EXPECT_TRUE(QTest::qWaitForWindowActive(editor));
    // Once closed, the resume opens in a new editor.
    ASSERT_TRUE(editor->close());
    EditorWindow* reopened = window_->openEditor(id);
    EXPECT_NE(reopened, editor);
    EXPECT_EQ(shownEditors(), QList<EditorWindow*>{reopened});
    reopened->close();
}

TEST_F(LibraryWindowTest, AnEditorGoesWithTheLibraryWhoseStoreItUses) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Mine"));
    const QPointer<EditorWindow> editor = window_->openEditor(id);
    editor->document()->setText(QStringLiteral("/basics/name"), QStringLiteral("Jo"));
    window_.reset();
    EXPECT_TRUE(editor.isNull());
    EXPECT_EQ(library_.storedResume(id).basics->name, QStringLiteral("Jo"));
}

TEST_F(LibraryWindowTest, DeletingAnOpenResumeSavesAndClosesItsEditorFirst) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Mine"));
    const QPointer<EditorWindow> editor = window_->openEditor(id);
    editor->document()->setText(QStringLiteral("/basics/name"), QStringLiteral("Jo"));
    window_->deleteAction()->trigger();
    EXPECT_EQ(rows(), 0);
    EXPECT_TRUE(editor.isNull() || !editor->isVisible());
    EXPECT_EQ(window_->editorFor(id), nullptr);
    window_->undoStack()->undo();
    ASSERT_EQ(rows(), 1);
    EXPECT_EQ(library_.storedResume(id).basics->name, QStringLiteral("Jo"));
    // Redoing the delete does the same.
    const QPointer<EditorWindow> again = window_->openEditor(id);
    again->document()->setText(QStringLiteral("/basics/name"), QStringLiteral("Jo B."));
    window_->undoStack()->redo();
    EXPECT_EQ(rows(), 0);
    EXPECT_TRUE(again.isNull() || !again->isVisible());
    window_->undoStack()->undo();
    EXPECT_EQ(library_.storedResume(id).basics->name, QStringLiteral("Jo B."));
}

TEST_F(LibraryWindowTest, UndoingTheCreationOfAnOpenResumeClosesItsEditorAndRedoKeepsTheEdits) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Mine"));
    const QPointer<EditorWindow> editor = window_->openEditor(id);
    editor->document()->setText(QStringLiteral("/basics/name"), QStringLiteral("Jo"));
    window_->undoStack()->undo();
    EXPECT_EQ(rows(), 0);
    EXPECT_TRUE(editor.isNull() || !editor->isVisible());
    window_->undoStack()->redo();
    ASSERT_EQ(rows(), 1);
    EXPECT_EQ(library_.storedResume(id).basics->name, QStringLiteral("Jo"));
}

TEST_F(LibraryWindowTest, AnImportIsUndoneAndKeepsTheHistoryBeforeIt) {
    const QString deleted = window_->createResume(QStringLiteral("classic"), QStringLiteral("Old"));
    window_->deleteAction()->trigger();
    ASSERT_EQ(rows(), 0);
    const ImportOutcome imported =
        window_->importFile(writeFile(QStringLiteral("jo.json"), R"({"basics":{"name":"Jo"}})"));
    ASSERT_TRUE(imported.resume) << imported.error.toStdString();
    ASSERT_EQ(rows(), 1);
    window_->undoStack()->undo(); // the import
    window_->undoStack()->undo(); // the delete
    ASSERT_EQ(rows(), 1);
    EXPECT_EQ(window_->model()->idAt(0), deleted);
    EXPECT_TRUE(store_->find(imported.resume->id)->deletedAt);
}

TEST_F(LibraryWindowTest, UndoingAnImportClosesItsEditorAndRedoBringsItBack) {
    const ImportOutcome imported = window_->importFile(
        writeFile(QStringLiteral("jo.json"), R"({"basics":{"name":"Jo","label":"Baker"}})"));
    ASSERT_TRUE(imported.resume) << imported.error.toStdString();
    const QString id = imported.resume->id;
    const QPointer<EditorWindow> editor = window_->editorFor(id);
    ASSERT_FALSE(editor.isNull());
    window_->undoStack()->undo();
    EXPECT_EQ(rows(), 0);
    EXPECT_TRUE(editor.isNull() || !editor->isVisible());
    EXPECT_EQ(window_->editorFor(id), nullptr);
    window_->undoStack()->redo();
    ASSERT_EQ(rows(), 1);
    EXPECT_EQ(window_->model()->idAt(0), id);
    EXPECT_EQ(cell(id, ResumeListModel::Title), QStringLiteral("Jo – Baker"));
    EXPECT_EQ(library_.storedResume(id).basics->name, QStringLiteral("Jo"));
}

TEST_F(LibraryWindowTest, AResumeWhoseEditorCannotSaveStaysWhileTheEditorIsKeptOpen) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Mine"));
    EditorWindow* editor = window_->openEditor(id);
    {
        const RefusedSaves refused(library_.filePath(QStringLiteral("library.sqlite")));
        editor->document()->setText(QStringLiteral("/basics/name"), QStringLiteral("Jo"));
        test::MessageBoxAnswers answers({QMessageBox::Cancel});
        window_->deleteAction()->trigger();
        EXPECT_EQ(answers.asked().size(), 1);
        EXPECT_EQ(rows(), 1);
        EXPECT_FALSE(store_->find(id)->deletedAt);
        EXPECT_EQ(window_->editorFor(id), editor);
        EXPECT_TRUE(editor->isVisible());
        EXPECT_EQ(editor->document()->resume().basics->name, QStringLiteral("Jo"));
    }
    // Once saving works again, so does the delete, edits saved first.
    window_->deleteAction()->trigger();
    EXPECT_EQ(rows(), 0);
    window_->undoStack()->undo();
    EXPECT_EQ(library_.storedResume(id).basics->name, QStringLiteral("Jo"));
}

TEST_F(LibraryWindowTest, QuitClosesTheEditorsAndTheLibrary) {
    const QStringList ids = library_.addResumes(2);
    const QPointer<EditorWindow> first = window_->openEditor(ids[0]);
    const QPointer<EditorWindow> second = window_->openEditor(ids[1]);
    first->document()->setText(QStringLiteral("/basics/name"), QStringLiteral("Jo"));
    window_->quitAction()->trigger();
    EXPECT_EQ(shownEditors(), QList<EditorWindow*>{});
    EXPECT_FALSE(window_->isVisible());
    EXPECT_EQ(library_.storedResume(ids[0]).basics->name, QStringLiteral("Jo"));
}

TEST_F(LibraryWindowTest, AnEditorKeptOpenStopsTheQuit) {
    const QString id = window_->createResume(QStringLiteral("classic"), QStringLiteral("Mine"));
    EditorWindow* editor = window_->openEditor(id);
    const RefusedSaves refused(library_.filePath(QStringLiteral("library.sqlite")));
    editor->document()->setText(QStringLiteral("/basics/name"), QStringLiteral("Jo"));
    {
        test::MessageBoxAnswers answers({QMessageBox::Cancel});
        window_->quitAction()->trigger();
        EXPECT_EQ(answers.asked().size(), 1);
        EXPECT_TRUE(editor->isVisible());
        EXPECT_TRUE(window_->isVisible());
        EXPECT_EQ(editor->document()->resume().basics->name, QStringLiteral("Jo"));
    }
    // Dropping the edits lets it go on.
    test::MessageBoxAnswers answers({QMessageBox::Discard});
    EXPECT_TRUE(window_->quit());
    EXPECT_EQ(answers.asked().size(), 1);
    EXPECT_FALSE(editor->isVisible());
    EXPECT_FALSE(window_->isVisible());
}

TEST_F(LibraryWindowTest, KeyboardOnly) {
    QTest::keySequence(window_.get(), QKeySequence::New);
    QTest::keySequence(window_.get(), QKeySequence::New);
    EXPECT_EQ(rows(), 2);
    QTest::keySequence(window_.get(), QKeySequence::Delete);
    EXPECT_EQ(rows(), 1);
    QTest::keySequence(window_.get(), QKeySequence::Undo);
    EXPECT_EQ(rows(), 2);
    QTest::keySequence(window_.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    EXPECT_EQ(rows(), 1);
}

TEST_F(LibraryWindowTest, ActionsNeedASelection) {
    EXPECT_FALSE(window_->deleteAction()->isEnabled());
    EXPECT_FALSE(window_->renameAction()->isEnabled());
    window_->newBlankAction()->trigger();
    EXPECT_TRUE(window_->deleteAction()->isEnabled());
    EXPECT_TRUE(window_->makeDefaultAction()->isEnabled());
}

TEST_F(LibraryWindowTest, TitlesTakeTheRoomAndTheOtherColumnsShowTheirTextOnOneLine) {
    const QString id = window_->createResume(QStringLiteral("modern"), QStringLiteral("Mine"));
    ASSERT_FALSE(id.isEmpty());
    window_->resize(900, 500);
    QHeaderView* header = window_->view()->horizontalHeader();
    EXPECT_FALSE(window_->view()->wordWrap());
    const QFontMetrics metrics = window_->view()->fontMetrics();
    for (const int column :
         {ResumeListModel::Template, ResumeListModel::Updated, ResumeListModel::Default}) {
        SCOPED_TRACE(column);
        EXPECT_GE(header->sectionSize(column), metrics.horizontalAdvance(cell(id, column)));
        EXPECT_GT(header->sectionSize(ResumeListModel::Title), header->sectionSize(column));
    }
}

TEST_F(LibraryWindowTest, ScreenshotForReview) {
    window_->createResume(QStringLiteral("classic"), QStringLiteral("Backend engineer"));
    window_->createResume(QStringLiteral("modern"), QStringLiteral("Engineering manager"));
    window_->createResume(QStringLiteral("compact"), QStringLiteral("One-pager"));
    window_->resize(900, 500);
    const QImage shot = window_->grab().toImage();
    EXPECT_FALSE(shot.isNull());
    EXPECT_TRUE(shot.save(test::screenshotPath(QStringLiteral("library.png"))));
}

TEST_F(LibraryWindowTest, ControlsHaveAccessibleNames) {
    EXPECT_FALSE(window_->view()->accessibleName().isEmpty());
    for (QAction* action : window_->actions())
        EXPECT_FALSE(action->text().isEmpty());
}

} // namespace
} // namespace vitae::desktop
