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

} // namespace
} // namespace vitae::desktop
