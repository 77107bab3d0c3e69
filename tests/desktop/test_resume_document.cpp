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
