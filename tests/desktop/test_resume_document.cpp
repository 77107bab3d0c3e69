// The open document on its own and in the editor: the findings of the file it came from,
// what its undo steps hold, its last save, and undo from the toolbar while a field is
// being typed in.
#include "section_form.h"
#include "temporary_library.h"
#include "test_support.h"
#include "window_helpers.h"

#include <vitae/core/finding.h>
#include <vitae/core/limits.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/resume_document.h>

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextCursor>
#include <QToolBar>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace vitae::desktop {
namespace {

bool hasFinding(const ResumeDocument& document, core::FindingCode code, const QString& path) {
    for (const core::Finding& finding : document.findings()) {
        if (finding.code == code && finding.path == path)
            return true;
    }
    return false;
}

class ResumeDocumentTest : public testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(library_.isOpen()); }

    // Stores `data` as it came from a file, not as the editor would write it.
    QString addDocument(const QByteArray& data) {
        const auto stored = library_.store().create(
            {QStringLiteral("Imported"), QStringLiteral("classic"), data, {}});
        EXPECT_TRUE(stored.has_value()) << qPrintable(library_.store().lastError());
        return stored ? stored->id : QString();
    }

    // A resume whose e-mail is a number: the importer keeps the number and reports it.
    QString addWrongTypedEmail() {
        return addDocument(
            R"({"basics": {"name": "Amira Haddad", "email": 42}, "work": [{"name": "Kasse"}]})");
    }

    test::TemporaryLibrary library_;
};

TEST_F(ResumeDocumentTest, WrongTypeFromTheFileStaysListedAfterOtherEdits) {
    ResumeDocument document(library_.store(), addWrongTypedEmail());
    ASSERT_TRUE(document.isValid());
    const QString email = QStringLiteral("/basics/email");
    ASSERT_TRUE(hasFinding(document, core::FindingCode::TypeMismatch, email));

    // Typing in another field, character by character, then a change of shape.
    document.setText(QStringLiteral("/basics/label"), QStringLiteral("S"));
    EXPECT_TRUE(hasFinding(document, core::FindingCode::TypeMismatch, email));
    document.setText(QStringLiteral("/basics/label"), QStringLiteral("St"));
    EXPECT_TRUE(hasFinding(document, core::FindingCode::TypeMismatch, email));
    document.addEntry(QStringLiteral("/work"), QStringLiteral("Add entry"));
    EXPECT_TRUE(hasFinding(document, core::FindingCode::TypeMismatch, email));

    // Reopened, the saved document says the same.
    ASSERT_TRUE(document.saveNow());
    const ResumeDocument reopened(library_.store(), document.id());
    EXPECT_EQ(reopened.findings(), document.findings());
}

TEST_F(ResumeDocumentTest, TypingIntoTheWrongTypedFieldReplacesItsValue) {
    ResumeDocument document(library_.store(), addWrongTypedEmail());
    const QString email = QStringLiteral("/basics/email");
    document.setText(email, QStringLiteral("a"));
    EXPECT_FALSE(hasFinding(document, core::FindingCode::TypeMismatch, email));
    document.setText(email, QStringLiteral("amira@example.com"));
    EXPECT_FALSE(hasFinding(document, core::FindingCode::TypeMismatch, email));
    // Cleared, the number the file had is what would be saved again.
    document.setText(email, QString());
    EXPECT_TRUE(hasFinding(document, core::FindingCode::TypeMismatch, email));
    document.setText(email, QStringLiteral("amira@example.com"));
    document.undoStack()->undo();
    EXPECT_TRUE(hasFinding(document, core::FindingCode::TypeMismatch, email));
    document.undoStack()->redo();
    EXPECT_FALSE(hasFinding(document, core::FindingCode::TypeMismatch, email));
}

TEST_F(ResumeDocumentTest, WrongTypeFollowsItsEntryWhenEntriesMove) {
    ResumeDocument document(
        library_.store(),
        addDocument(R"({"work": [{"name": "First"}, {"name": "Second", "startDate": 2019}]})"));
    ASSERT_TRUE(
        hasFinding(document, core::FindingCode::TypeMismatch, QStringLiteral("/work/1/startDate")));
    ASSERT_TRUE(document.moveEntry(QStringLiteral("/work"), 1, 0, QStringLiteral("Move")));
    EXPECT_TRUE(
        hasFinding(document, core::FindingCode::TypeMismatch, QStringLiteral("/work/0/startDate")));
    EXPECT_FALSE(
        hasFinding(document, core::FindingCode::TypeMismatch, QStringLiteral("/work/1/startDate")));
}

// A document over the size limit, and one that typing takes over it.
TEST_F(ResumeDocumentTest, SizeFindingFollowsTheDocumentAsSaved) {
    const QString root;
    QJsonObject json{
        {QStringLiteral("basics"), QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}},
        {QStringLiteral("padding"), QString(core::limits::maxDocumentBytes, u'x')}};
    ResumeDocument large(library_.store(),
                         addDocument(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    ASSERT_TRUE(hasFinding(large, core::FindingCode::DocumentTooLarge, root));
    large.setText(QStringLiteral("/basics/name"), QStringLiteral("Amira"));
    EXPECT_TRUE(hasFinding(large, core::FindingCode::DocumentTooLarge, root));

    // 20 bytes below the limit once saved.
    json[QStringLiteral("padding")] = QString();
    const qsizetype unpadded = QJsonDocument(json).toJson(QJsonDocument::Compact).size();
    json[QStringLiteral("padding")] = QString(core::limits::maxDocumentBytes - unpadded - 20, u'x');
    ResumeDocument near(library_.store(),
                        addDocument(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    ASSERT_FALSE(hasFinding(near, core::FindingCode::DocumentTooLarge, root));
    const QString name = QStringLiteral("/basics/name");
    near.setText(name, QStringLiteral("A").repeated(10));
    EXPECT_FALSE(hasFinding(near, core::FindingCode::DocumentTooLarge, root));
    near.setText(name, QStringLiteral("A").repeated(30));
    EXPECT_TRUE(hasFinding(near, core::FindingCode::DocumentTooLarge, root));
    near.setText(name, QStringLiteral("A").repeated(10));
    EXPECT_FALSE(hasFinding(near, core::FindingCode::DocumentTooLarge, root));
}

TEST_F(ResumeDocumentTest, TypingAFieldBackToItsValueLeavesNoUndoStep) {
    ResumeDocument document(library_.store(), library_.addSample());
    const QString name = QStringLiteral("/basics/name");
    document.setText(name, QStringLiteral("Amira H"));
    document.setText(name, QStringLiteral("Amira Ha"));
    ASSERT_EQ(document.undoStack()->count(), 1);
    document.setText(name, QStringLiteral("Amira Haddad")); // the sample's own value
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.undoStack()->canUndo());
}

TEST_F(ResumeDocumentTest, LastSaveOnDestructionFailsQuietly) {
    const QString id = library_.addSample();
    auto document = std::make_unique<ResumeDocument>(library_.store(), id);
    int failures = 0;
    QObject::connect(document.get(), &ResumeDocument::saveFailed, [&failures] { ++failures; });
    document->setText(QStringLiteral("/basics/label"), QStringLiteral("Staff Engineer"));
    ASSERT_TRUE(library_.store().remove(id)); // the save has nowhere to go now
    EXPECT_FALSE(document->saveNow());
    ASSERT_EQ(failures, 1);
    document.reset();
    EXPECT_EQ(failures, 1); // the window that would show it is being destroyed
}

TEST_F(ResumeDocumentTest, DiscardedChangesAreWrittenNeitherByAutosaveNorOnDestruction) {
    const QString id = library_.addSample();
    auto document = std::make_unique<ResumeDocument>(library_.store(), id);
    document->setText(QStringLiteral("/basics/label"), QStringLiteral("Staff Engineer"));
    document->discardUnsavedChanges();
    QTest::qWait(800); // twice the autosave delay
    EXPECT_EQ(library_.storedResume(id).basics->label, QStringLiteral("Senior Backend Engineer"));
    document.reset();
    EXPECT_EQ(library_.storedResume(id).basics->label, QStringLiteral("Senior Backend Engineer"));
}

// Undo from the toolbar or the menu leaves the keyboard focus in the field.
class UndoWhileTypingTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(library_.isOpen());
        editor_ = std::make_unique<EditorWindow>(library_.store(), library_.addSample());
        ASSERT_TRUE(editor_->isValid());
        ASSERT_TRUE(test::showActive(*editor_));
        const auto* toolbar = editor_->findChild<QToolBar*>(QStringLiteral("editorToolbar"));
        ASSERT_NE(toolbar, nullptr);
        const QKeySequence undoKey = QKeySequence::keyBindings(QKeySequence::Undo).value(0);
        for (QAction* action : toolbar->actions()) {
            if (action->shortcuts().contains(undoKey))
                undo_ = action;
        }
        ASSERT_NE(undo_, nullptr);
    }

    template <class Widget>
    Widget* field(const QString& pointer) const {
        return qobject_cast<Widget*>(editor_->currentForm()->widgetFor(pointer));
    }

    const core::Resume& resume() const { return editor_->document()->resume(); }

    test::TemporaryLibrary library_;
    std::unique_ptr<EditorWindow> editor_;
    QAction* undo_ = nullptr;
};

TEST_F(UndoWhileTypingTest, LineFieldShowsTheUndoneTextAndKeepsIt) {
    auto* name = field<QLineEdit>(QStringLiteral("/basics/name"));
    ASSERT_NE(name, nullptr);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, QStringLiteral(" Jr"));
    ASSERT_EQ(resume().basics->name, QStringLiteral("Amira Haddad Jr"));
    undo_->trigger();
    EXPECT_TRUE(name->hasFocus());
    EXPECT_EQ(resume().basics->name, QStringLiteral("Amira Haddad"));
    EXPECT_EQ(name->text(), QStringLiteral("Amira Haddad"));
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, QStringLiteral("!"));
    EXPECT_EQ(name->text(), QStringLiteral("Amira Haddad!"));
    EXPECT_EQ(resume().basics->name, QStringLiteral("Amira Haddad!"));
}

TEST_F(UndoWhileTypingTest, ParagraphFieldShowsTheUndoneTextAndKeepsIt) {
    auto* summary = field<QPlainTextEdit>(QStringLiteral("/basics/summary"));
    ASSERT_NE(summary, nullptr);
    const QString original = resume().basics->summary.value_or(QString());
    ASSERT_FALSE(original.isEmpty());
    summary->setFocus();
    QTest::keyClick(summary, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(summary, QStringLiteral(" More."));
    ASSERT_EQ(resume().basics->summary, original + QStringLiteral(" More."));
    undo_->trigger();
    EXPECT_TRUE(summary->hasFocus());
    EXPECT_EQ(resume().basics->summary, original);
    EXPECT_EQ(summary->toPlainText(), original);
    QTest::keyClick(summary, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(summary, QStringLiteral("!"));
    EXPECT_EQ(resume().basics->summary, original + QStringLiteral("!"));
}

TEST_F(UndoWhileTypingTest, FieldsKeepTheirCursorThroughAnUndo) {
    auto* name = field<QLineEdit>(QStringLiteral("/basics/name"));
    ASSERT_NE(name, nullptr);
    name->setFocus();
    name->setCursorPosition(5); // "Amira|"
    QTest::keyClicks(name, QStringLiteral("X"));
    undo_->trigger();
    EXPECT_EQ(name->text(), QStringLiteral("Amira Haddad"));
    EXPECT_EQ(name->cursorPosition(), 6);

    auto* summary = field<QPlainTextEdit>(QStringLiteral("/basics/summary"));
    ASSERT_NE(summary, nullptr);
    summary->setFocus();
    QTextCursor cursor = summary->textCursor();
    cursor.setPosition(10);
    summary->setTextCursor(cursor);
    QTest::keyClicks(summary, QStringLiteral("X"));
    undo_->trigger();
    EXPECT_EQ(summary->toPlainText(), resume().basics->summary);
    EXPECT_EQ(summary->textCursor().position(), 11);
}

TEST_F(UndoWhileTypingTest, ListFieldShowsTheUndoneItemsAndKeepsThem) {
    editor_->showSection(QStringLiteral("work"));
    const QString pointer = QStringLiteral("/work/0/highlights");
    auto* highlights = field<QPlainTextEdit>(pointer);
    ASSERT_NE(highlights, nullptr);
    const QStringList original = (*resume().work)[0].highlights.value_or(QStringList());
    ASSERT_FALSE(original.isEmpty());
    highlights->setFocus();
    QTest::keyClick(highlights, Qt::Key_End, Qt::ControlModifier);
    // A new line is kept while its item is still empty.
    QTest::keyClick(highlights, Qt::Key_Return);
    EXPECT_TRUE(highlights->toPlainText().endsWith(QLatin1Char('\n')));
    QTest::keyClicks(highlights, QStringLiteral("Shipped it"));
    ASSERT_EQ((*resume().work)[0].highlights, original + QStringList{QStringLiteral("Shipped it")});
    undo_->trigger();
    EXPECT_EQ((*resume().work)[0].highlights, original);
    EXPECT_EQ(highlights->toPlainText(), original.join(QLatin1Char('\n')));
    QTest::keyClick(highlights, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(highlights, QStringLiteral("!"));
    QStringList expected = original;
    expected.last() += QLatin1Char('!');
    EXPECT_EQ((*resume().work)[0].highlights, expected);
}

} // namespace
} // namespace vitae::desktop
