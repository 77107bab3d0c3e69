// The editor driven as a user would: typing, undo, findings as you type, entries,
// section order and visibility, the live preview and PDF export.
#include "dialog_answers.h"
#include "preview_pane.h"
#include "reorder_drag.h"
#include "section_form.h"
#include "section_list.h"
#include "temporary_library.h"
#include "window_helpers.h"

#include <vitae/core/json_resume.h>
#include <vitae/core/sections.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/resume_document.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace vitae::desktop {
namespace {

class EditorWindowTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(library_.isOpen());
        id_ = library_.addSample();
        ASSERT_FALSE(id_.isEmpty());
        editor_ = std::make_unique<EditorWindow>(library_.store(), id_);
        ASSERT_TRUE(editor_->isValid());
        // Active, not only shown: keys go to the active window, and focus is only had there
        // (on a platform that activates windows later than it shows them, such as X11).
        ASSERT_TRUE(test::showActive(*editor_));
    }

    void TearDown() override { editor_.reset(); }

    QLineEdit* lineEdit(const QString& pointer) const {
        return qobject_cast<QLineEdit*>(editor_->currentForm()->widgetFor(pointer));
    }

    const core::Resume& resume() const { return editor_->document()->resume(); }

    bool findingListed(const QString& path) const {
        for (int row = 0; row < editor_->findingList()->count(); ++row) {
            if (editor_->findingList()->item(row)->toolTip() == path)
                return true;
        }
        return false;
    }

    test::TemporaryLibrary library_;
    QString id_;
    std::unique_ptr<EditorWindow> editor_;
};

TEST_F(EditorWindowTest, ListsBasicsAndEverySection) {
    ASSERT_EQ(editor_->sectionList()->count(), 1 + 11 + 1); // basics, standard, one custom
    EXPECT_EQ(editor_->sectionList()->item(0)->text(), QStringLiteral("Basics"));
    EXPECT_EQ(editor_->sectionList()->item(1)->text(), QStringLiteral("Work"));
}

// Closing saves; a save that fails must not lose the edits without the user's word.
class EditorCloseTest : public EditorWindowTest {
protected:
    void SetUp() override {
        EditorWindowTest::SetUp();
        // The resume goes from under the editor (deleted in the library): saves fail.
        ASSERT_TRUE(library_.store().remove(id_));
        editor_->document()->setText(QStringLiteral("/basics/name"), QStringLiteral("Amira H."));
    }

    QString storedName() const {
        return library_.storedResume(id_).basics->name.value_or(QString());
    }
};

TEST_F(EditorCloseTest, CancelKeepsTheWindowAndTheEdits) {
    test::MessageBoxAnswers answers({QMessageBox::Cancel});
    EXPECT_FALSE(editor_->close());
    ASSERT_EQ(answers.asked().size(), 1);
    EXPECT_TRUE(
        answers.asked().front().startsWith(QStringLiteral("Your changes could not be saved")))
        << answers.asked().front().toStdString();
    QStringList buttons = answers.buttons().front().split(QLatin1Char('|'));
    buttons.sort(); // their order is the platform's
    EXPECT_EQ(buttons, (QStringList{QStringLiteral("&Discard Changes"), QStringLiteral("Cancel"),
                                    QStringLiteral("Retry")}));
    EXPECT_TRUE(editor_->isVisible());
    EXPECT_EQ(resume().basics->name, QStringLiteral("Amira H."));
    EXPECT_EQ(storedName(), QStringLiteral("Amira Haddad"));
}

TEST_F(EditorCloseTest, RetrySavesOnceTheCauseIsGone) {
    test::MessageBoxAnswers answers({QMessageBox::Retry});
    answers.beforeAnswering([this] { ASSERT_TRUE(library_.store().restore(id_)); });
    EXPECT_TRUE(editor_->close());
    EXPECT_EQ(answers.asked().size(), 1);
    EXPECT_FALSE(editor_->isVisible());
    EXPECT_EQ(storedName(), QStringLiteral("Amira H."));
}

TEST_F(EditorCloseTest, RetryAsksAgainWhileSavingFailsAndDiscardCloses) {
    test::MessageBoxAnswers answers({QMessageBox::Retry, QMessageBox::Discard});
    EXPECT_TRUE(editor_->close());
    EXPECT_EQ(answers.asked().size(), 2);
    EXPECT_FALSE(editor_->isVisible());
    EXPECT_EQ(storedName(), QStringLiteral("Amira Haddad"));
}

TEST_F(EditorCloseTest, DiscardedEditsAreNotSavedWhenTheStoreWorksAgain) {
    test::MessageBoxAnswers answers({QMessageBox::Discard});
    EXPECT_TRUE(editor_->close());
    EXPECT_EQ(answers.asked().size(), 1);
    // Saving would work again before the window and its document go.
    ASSERT_TRUE(library_.store().restore(id_));
    editor_.reset();
    EXPECT_EQ(storedName(), QStringLiteral("Amira Haddad"));
}

TEST_F(EditorWindowTest, TypingChangesTheResumeAndUndoRestoresIt) {
    QLineEdit* name = lineEdit(QStringLiteral("/basics/name"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(), QStringLiteral("Amira Haddad"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Amira H."));
    EXPECT_EQ(resume().basics->name, QStringLiteral("Amira H."));
    // A run of keystrokes in one field is one undo step, named after the field.
    EXPECT_EQ(editor_->document()->undoStack()->count(), 1);
    EXPECT_EQ(editor_->document()->undoStack()->undoText(), QStringLiteral("Edit Name"));
    name->clearFocus();
    editor_->document()->undoStack()->undo();
    EXPECT_EQ(resume().basics->name, QStringLiteral("Amira Haddad"));
    EXPECT_EQ(name->text(), QStringLiteral("Amira Haddad"));
    editor_->document()->undoStack()->redo();
    EXPECT_EQ(name->text(), QStringLiteral("Amira H."));
}

TEST_F(EditorWindowTest, EditsAreSavedToTheStore) {
    QLineEdit* label = lineEdit(QStringLiteral("/basics/label"));
    ASSERT_NE(label, nullptr);
    label->setFocus();
    label->selectAll();
    QTest::keyClicks(label, QStringLiteral("Staff Engineer"));
    ASSERT_TRUE(editor_->document()->saveNow());
    const core::Resume saved = library_.storedResume(id_);
    EXPECT_EQ(saved.basics->label, QStringLiteral("Staff Engineer"));
    EXPECT_EQ(saved.vitae, resume().vitae); // everything else kept
}

TEST_F(EditorWindowTest, FindingsAppearAndClearAsYouType) {
    QLineEdit* email = lineEdit(QStringLiteral("/basics/email"));
    ASSERT_NE(email, nullptr);
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("amira@"));
    EXPECT_TRUE(findingListed(QStringLiteral("/basics/email")));
    EXPECT_FALSE(email->toolTip().isEmpty());
    QTest::keyClicks(email, QStringLiteral("example.com"));
    EXPECT_FALSE(findingListed(QStringLiteral("/basics/email")));
    EXPECT_TRUE(email->toolTip().isEmpty());
}

TEST_F(EditorWindowTest, FindingJumpsToItsField) {
    editor_->document()->setText(QStringLiteral("/work/1/endDate"), QStringLiteral("2021-13"));
    ASSERT_TRUE(findingListed(QStringLiteral("/work/1/endDate")));
    editor_->focusField(QStringLiteral("/work/1/endDate"));
    EXPECT_EQ(editor_->currentForm()->sectionKey(), QStringLiteral("work"));
    QWidget* field = editor_->currentForm()->widgetFor(QStringLiteral("/work/1/endDate"));
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->hasFocus());
}

TEST_F(EditorWindowTest, AddMoveAndRemoveEntriesWithUndo) {
    editor_->showSection(QStringLiteral("work"));
    auto* add = editor_->currentForm()->findChild<QPushButton*>(QStringLiteral("/work/add"));
    ASSERT_NE(add, nullptr);
    add->click();
    ASSERT_EQ(resume().work->size(), 4u);
    EXPECT_NE(editor_->currentForm()->widgetFor(QStringLiteral("/work/3/name")), nullptr);
    auto* up = editor_->currentForm()->findChild<QPushButton*>(QStringLiteral("/work/1/up"));
    ASSERT_NE(up, nullptr);
    up->click();
    EXPECT_EQ((*resume().work)[0].name, QStringLiteral("Kasse Payments"));
    auto* remove =
        editor_->currentForm()->findChild<QPushButton*>(QStringLiteral("/work/0/remove"));
    ASSERT_NE(remove, nullptr);
    remove->click();
    EXPECT_EQ(resume().work->size(), 3u);
    editor_->document()->undoStack()->undo();
    editor_->document()->undoStack()->undo();
    editor_->document()->undoStack()->undo();
    EXPECT_EQ(resume().work->size(), 3u);
    EXPECT_EQ((*resume().work)[0].name, QStringLiteral("Parcelwise GmbH"));
}

TEST_F(EditorWindowTest, EntriesAreTitledByTheirContentAsYouType) {
    editor_->showSection(QStringLiteral("work"));
    auto* entry = editor_->currentForm()->findChild<QGroupBox*>(QStringLiteral("/work/0"));
    ASSERT_NE(entry, nullptr);
    const core::Work job = (*resume().work)[0];
    ASSERT_TRUE(job.position && job.name);
    EXPECT_EQ(entry->title(), *job.position + QStringLiteral(" — ") + *job.name);
    EXPECT_EQ(entry->accessibleName(), entry->title());

    QLineEdit* position = lineEdit(QStringLiteral("/work/0/position"));
    ASSERT_NE(position, nullptr);
    position->setFocus();
    position->selectAll();
    QTest::keyClicks(position, QStringLiteral("CTO"));
    EXPECT_EQ(entry->title(), QStringLiteral("CTO — ") + *job.name);
    EXPECT_EQ(entry->accessibleName(), entry->title());
    auto* grip = entry->findChild<detail::Grip*>();
    ASSERT_NE(grip, nullptr);
    EXPECT_EQ(grip->accessibleName(), QStringLiteral("Drag handle of CTO — ") + *job.name);

    // With neither a position nor a company the entry is named by its place in the list.
    position->selectAll();
    QTest::keyClick(position, Qt::Key_Delete);
    QLineEdit* company = lineEdit(QStringLiteral("/work/0/name"));
    ASSERT_NE(company, nullptr);
    company->setFocus();
    company->selectAll();
    QTest::keyClick(company, Qt::Key_Delete);
    EXPECT_EQ(entry->title(), QStringLiteral("Work entry 1"));
}

TEST_F(EditorWindowTest, EducationEntriesAreTitledByStudyAreaAndInstitution) {
    editor_->showSection(QStringLiteral("education"));
    auto* entry = editor_->currentForm()->findChild<QGroupBox*>(QStringLiteral("/education/0"));
    ASSERT_NE(entry, nullptr);
    const core::Education study = (*resume().education)[0];
    ASSERT_TRUE(study.studyType && study.area && study.institution);
    EXPECT_EQ(entry->title(), *study.studyType + QStringLiteral(" in ") + *study.area +
                                  QStringLiteral(" — ") + *study.institution);
}

TEST_F(EditorWindowTest, OtherEntriesAreTitledByTheirName) {
    editor_->showSection(QStringLiteral("skills"));
    auto* entry = editor_->currentForm()->findChild<QGroupBox*>(QStringLiteral("/skills/0"));
    ASSERT_NE(entry, nullptr);
    ASSERT_TRUE((*resume().skills)[0].name);
    EXPECT_EQ(entry->title(), *(*resume().skills)[0].name);
}

TEST_F(EditorWindowTest, BasicsHeadsItsProfilesAndLocation) {
    editor_->showSection(QStringLiteral("basics"));
    const auto boxTitled = [this](const QString& title) -> QGroupBox* {
        for (QGroupBox* box : editor_->currentForm()->findChildren<QGroupBox*>()) {
            if (box->title() == title)
                return box;
        }
        return nullptr;
    };
    QGroupBox* profiles = boxTitled(QStringLiteral("Profiles"));
    ASSERT_NE(profiles, nullptr);
    EXPECT_TRUE(profiles->isAncestorOf(
        editor_->currentForm()->widgetFor(QStringLiteral("/basics/profiles/0/network"))));
    EXPECT_TRUE(profiles->isAncestorOf(
        editor_->currentForm()->findChild<QPushButton*>(QStringLiteral("/basics/profiles/add"))));
    QGroupBox* location = boxTitled(QStringLiteral("Location"));
    ASSERT_NE(location, nullptr);
    EXPECT_TRUE(location->isAncestorOf(
        editor_->currentForm()->widgetFor(QStringLiteral("/basics/location/city"))));
}

TEST_F(EditorWindowTest, FindingsSayWhenThereAreNone) {
    const QString none = QStringLiteral("No problems found");
    QListWidget* list = editor_->findingList();
    const auto showsEmptyState = [list, &none] {
        return list->count() == 1 && list->item(0)->text() == none &&
               !list->item(0)->flags().testFlag(Qt::ItemIsSelectable);
    };
    ASSERT_TRUE(editor_->document()->findings().empty()) << "the sample is clean";
    EXPECT_TRUE(showsEmptyState());

    QLineEdit* email = lineEdit(QStringLiteral("/basics/email"));
    ASSERT_NE(email, nullptr);
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("amira@"));
    EXPECT_TRUE(findingListed(QStringLiteral("/basics/email")));
    for (int row = 0; row < list->count(); ++row)
        EXPECT_NE(list->item(row)->text(), none);

    QTest::keyClicks(email, QStringLiteral("example.com"));
    EXPECT_TRUE(showsEmptyState());
}

TEST_F(EditorWindowTest, CustomSectionsGetAForm) {
    editor_->showSection(QStringLiteral("custom:talks"));
    EXPECT_NE(editor_->currentForm()->widgetFor(
                  QStringLiteral("/vitae/customSections/0/entries/0/title")),
              nullptr);
}

TEST_F(EditorWindowTest, SectionsMoveAndHide) {
    editor_->showSection(QStringLiteral("skills"));
    const auto positionOf = [&](const QString& key) {
        const auto order = core::resolveSections(resume());
        return std::find_if(order.begin(), order.end(),
                            [&](const core::ResolvedSection& s) { return s.key == key; }) -
               order.begin();
    };
    const auto before = positionOf(QStringLiteral("skills"));
    QTest::keyClick(editor_.get(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_EQ(positionOf(QStringLiteral("skills")), before - 1);
    QListWidgetItem* item =
        editor_->sectionList()->findItems(QStringLiteral("Skills"), Qt::MatchExactly).front();
    item->setCheckState(Qt::Unchecked);
    const auto order = core::resolveSections(resume());
    EXPECT_FALSE(order[static_cast<std::size_t>(positionOf(QStringLiteral("skills")))].visible);
    editor_->document()->undoStack()->undo();
    editor_->document()->undoStack()->undo();
    EXPECT_EQ(positionOf(QStringLiteral("skills")), before);
}

TEST_F(EditorWindowTest, TemplateChoiceIsAnUndoableEdit) {
    QComboBox* box = editor_->templateBox();
    EXPECT_EQ(box->currentData().toString(), QStringLiteral("classic"));
    const int modern = box->findData(QStringLiteral("modern"));
    box->setCurrentIndex(modern);
    Q_EMIT box->activated(modern);
    EXPECT_EQ(resume().vitae->templateId, QStringLiteral("modern"));
    ASSERT_TRUE(editor_->document()->saveNow());
    EXPECT_EQ(library_.store().find(id_)->templateId,
              QStringLiteral("modern")); // the list shows it
    editor_->document()->undoStack()->undo();
    EXPECT_EQ(resume().vitae->templateId, QStringLiteral("classic"));
    EXPECT_EQ(box->currentData().toString(), QStringLiteral("classic"));
}

TEST_F(EditorWindowTest, PreviewShowsThePages) {
    editor_->preview()->renderNow();
    EXPECT_EQ(editor_->preview()->pageCount(), 2);
}

TEST_F(EditorWindowTest, ThePreviewShowsAPageAsWideAsThePaneAndFollowsItsWidth) {
    detail::PreviewPane* preview = editor_->preview();
    const auto pageWidth = [&] { return preview->pageImage(0).deviceIndependentSize().width(); };
    const auto paneWidth = [&] { return preview->viewport()->width(); };
    QSignalSpy rendered(preview, &detail::PreviewPane::rendered);
    editor_->resize(1400, 900);
    preview->renderNow();
    // The whole width of the page is in sight, and the pane is not wasted on margins.
    EXPECT_LE(pageWidth(), paneWidth());
    EXPECT_GE(pageWidth(), 0.85 * paneWidth());
    const qreal wide = pageWidth();
    // A narrower window (or a splitter dragged) draws the page narrower; no new layout.
    editor_->resize(1000, 900);
    ASSERT_TRUE(rendered.wait()) << "the preview was not drawn again for the narrower pane";
    EXPECT_LT(pageWidth(), wide);
    EXPECT_LE(pageWidth(), paneWidth());
    EXPECT_GE(pageWidth(), 0.85 * paneWidth());
    EXPECT_EQ(preview->pageCount(), 2);
}

TEST_F(EditorWindowTest, ExportsAPdfWithTheResumeText) {
    const QString path = library_.filePath(QStringLiteral("out.pdf"));
    QString error;
    ASSERT_TRUE(editor_->exportPdf(path, &error)) << error.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30'000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(extracted.contains(QStringLiteral("Amira Haddad")));
    EXPECT_TRUE(extracted.contains(QStringLiteral("Parcelwise GmbH")));
}

// Saves pictures of the real windows for people to review (build/.../screenshots/).
TEST_F(EditorWindowTest, ScreenshotsForReview) {
    editor_->resize(1400, 900);
    editor_->showSection(QStringLiteral("work"));
    editor_->preview()->renderNow();
    QApplication::processEvents();
    const QImage shot = editor_->grab().toImage();
    EXPECT_EQ(shot.size(), editor_->size() * editor_->devicePixelRatio());
    EXPECT_TRUE(shot.save(test::screenshotPath(QStringLiteral("editor.png"))));
}

TEST(SectionOfPointer, MapsPathsToSections) {
    const core::Resume resume =
        core::importJsonResume(
            QByteArray(R"({"vitae":{"customSections":[{"id":"talks","title":"Talks"}]}})"))
            .resume;
    EXPECT_EQ(sectionOfPointer(resume, QStringLiteral("/basics/email")), QStringLiteral("basics"));
    EXPECT_EQ(sectionOfPointer(resume, QStringLiteral("/work/0/name")), QStringLiteral("work"));
    EXPECT_EQ(sectionOfPointer(resume, QStringLiteral("/vitae/customSections/0/entries/0/title")),
              QStringLiteral("custom:talks"));
    EXPECT_EQ(sectionOfPointer(resume, QStringLiteral("/vitae/templateId")), QString());
    EXPECT_EQ(sectionOfPointer(resume, QString()), QString());
}

} // namespace
} // namespace vitae::desktop
