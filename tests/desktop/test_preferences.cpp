// Preferences: the typed settings table (defaults, refused values, unusable stored values,
// persistence), how the language is chosen, and the dialog driven by keyboard and mouse,
// whose choices are stored and applied to the open windows at once.
#include "preview_pane.h"
#include "test_support.h"
#include "window_size.h"

#include <vitae/core/template_catalogue.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/library_window.h>
#include <vitae/desktop/preferences_dialog.h>
#include <vitae/desktop/resume_list_model.h>
#include <vitae/desktop/settings.h>
#include <vitae/desktop/translations.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace vitae::desktop {
namespace {

class PreferencesTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        Settings::useFile(settingsPath());
        QString error;
        store_ = LocalStore::open(dir_.filePath(QStringLiteral("library.sqlite")), clock_, &error);
        ASSERT_NE(store_, nullptr) << error.toStdString();
    }

    void TearDown() override { installLanguage(QStringLiteral("en")); }

    QString settingsPath() const { return dir_.filePath(QStringLiteral("settings.ini")); }
    Settings& settings() { return Settings::instance(); }

    // What another process would read from the file.
    QVariant storedValue(const char* key) const {
        return QSettings(settingsPath(), QSettings::IniFormat).value(QLatin1StringView(key));
    }

    QTemporaryDir dir_;
    core::ManualClock clock_{QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<LocalStore> store_;
};

TEST_F(PreferencesTest, UnsetKeysReadAsTheirDefaults) {
    EXPECT_EQ(settings().value(setting::language), QString()); // follow the system
    EXPECT_EQ(settings().value(setting::defaultTemplate),
              core::TemplateCatalogue::builtin().defaultTemplate().id);
    EXPECT_EQ(settings().value(setting::paperSize), QString());
    EXPECT_EQ(settings().paperSize(), std::nullopt);
    EXPECT_TRUE(settings().value(setting::libraryGeometry).isEmpty());
}

TEST_F(PreferencesTest, ValuesOutsideTheTableAreRefusedAndNotStored) {
    EXPECT_FALSE(settings().setValue(setting::language, QStringLiteral("tlh")));
    EXPECT_FALSE(settings().setValue(setting::defaultTemplate, QStringLiteral("no-such")));
    EXPECT_FALSE(settings().setValue(setting::paperSize, QStringLiteral("A5")));
    settings().flush();
    EXPECT_FALSE(storedValue(setting::language.name).isValid());
    EXPECT_FALSE(storedValue(setting::defaultTemplate.name).isValid());
    EXPECT_FALSE(storedValue(setting::paperSize.name).isValid());
}

TEST_F(PreferencesTest, UnusableStoredValuesReadAsDefaults) {
    {
        // A hand-edited file, or one from a version with other languages and templates.
        QSettings file(settingsPath(), QSettings::IniFormat);
        file.setValue(QLatin1StringView(setting::language.name), QStringLiteral("tlh"));
        file.setValue(QLatin1StringView(setting::defaultTemplate.name), QStringLiteral("retired"));
        file.setValue(QLatin1StringView(setting::paperSize.name), QStringLiteral("B5"));
    }
    Settings::useFile(settingsPath());
    EXPECT_EQ(settings().value(setting::language), QString());
    EXPECT_EQ(settings().value(setting::defaultTemplate),
              core::TemplateCatalogue::builtin().defaultTemplate().id);
    EXPECT_EQ(settings().paperSize(), std::nullopt);
}

TEST_F(PreferencesTest, ValuesPersistAndAnnounceTheirKey) {
    QSignalSpy changed(&settings(), &Settings::changed);
    EXPECT_TRUE(settings().setValue(setting::language, QStringLiteral("fr")));
    EXPECT_TRUE(settings().setValue(setting::paperSize, QStringLiteral("Letter")));
    EXPECT_TRUE(settings().setValue(setting::paperSize, QStringLiteral("Letter"))); // no change
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed[0][0].toString(), QLatin1StringView(setting::language.name));
    EXPECT_EQ(changed[1][0].toString(), QLatin1StringView(setting::paperSize.name));
    ASSERT_TRUE(settings().flush());
    EXPECT_EQ(storedValue(setting::language.name).toString(), QStringLiteral("fr"));
    Settings::useFile(settingsPath()); // as at the next start
    EXPECT_EQ(settings().value(setting::language), QStringLiteral("fr"));
    EXPECT_EQ(settings().paperSize(), core::PageSize::Letter);
}

TEST(LanguageChoice, ChosenThenSystemThenEnglish) {
    const QStringList system{QStringLiteral("pt-BR"), QStringLiteral("es-MX"),
                             QStringLiteral("en-US")};
    EXPECT_EQ(resolveLanguage(QStringLiteral("de"), system), QStringLiteral("de"));
    EXPECT_EQ(resolveLanguage(QString(), system), QStringLiteral("es"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("tlh"), {QStringLiteral("fr_CA")}),
              QStringLiteral("fr"));
    EXPECT_EQ(resolveLanguage(QString(), {QStringLiteral("ja-JP")}), QStringLiteral("en"));
    EXPECT_EQ(resolveLanguage(QString(), {}), QStringLiteral("en"));
}

TEST(LanguageChoice, InstallingReplacesTheTranslation) {
    const auto file = [] {
        return QCoreApplication::translate("vitae::desktop::LibraryWindow", "&File");
    };
    ASSERT_TRUE(installLanguage(QStringLiteral("de")));
    EXPECT_EQ(installedLanguage(), QStringLiteral("de"));
    EXPECT_EQ(file(), QStringLiteral("&Datei"));
    EXPECT_EQ(QLocale().language(), QLocale::German); // dates in the library list
    ASSERT_TRUE(installLanguage(QStringLiteral("es")));
    EXPECT_EQ(file(), QStringLiteral("&Archivo"));
    // English has its own file, for the plural forms.
    ASSERT_TRUE(installLanguage(QStringLiteral("en")));
    EXPECT_EQ(
        QCoreApplication::translate("vitae::desktop::LibraryWindow", "%n resume(s)", nullptr, 3),
        QStringLiteral("3 resumes"));
    EXPECT_FALSE(installLanguage(QStringLiteral("tlh")));
    EXPECT_EQ(installedLanguage(), QStringLiteral("en"));
    EXPECT_EQ(file(), QStringLiteral("&File"));
}

TEST_F(PreferencesTest, DialogShowsTheStoredValuesWithAccessibleNamedControls) {
    ASSERT_TRUE(settings().setValue(setting::language, QStringLiteral("es")));
    ASSERT_TRUE(settings().setValue(setting::defaultTemplate, QStringLiteral("compact")));
    ASSERT_TRUE(settings().setValue(setting::paperSize, QStringLiteral("A4")));
    PreferencesDialog dialog;
    EXPECT_EQ(dialog.languageBox()->currentData().toString(), QStringLiteral("es"));
    EXPECT_EQ(dialog.templateBox()->currentData().toString(), QStringLiteral("compact"));
    EXPECT_EQ(dialog.paperBox()->currentData().toString(), QStringLiteral("A4"));
    for (QComboBox* box : {dialog.languageBox(), dialog.templateBox(), dialog.paperBox()})
        EXPECT_FALSE(box->accessibleName().isEmpty()) << box->objectName().toStdString();
    // Every language is offered in its own name, and "follow the system" first.
    EXPECT_EQ(dialog.languageBox()->itemData(0).toString(), QString());
    EXPECT_GE(dialog.languageBox()->findText(QStringLiteral("Deutsch")), 0);
    EXPECT_GE(dialog.languageBox()->findText(QStringLiteral("Français")), 0);
    EXPECT_GE(dialog.languageBox()->findText(QStringLiteral("Español")), 0);
}

TEST_F(PreferencesTest, DialogIsUsableFromTheKeyboard) {
    PreferencesDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    // Each label's mnemonic moves the focus to its box; arrow keys choose.
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.paperBox());
    QTest::keyClick(dialog.paperBox(), Qt::Key_Down);
    QTest::keyClick(dialog.paperBox(), Qt::Key_Down);
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.templateBox());
    QTest::keyClick(dialog.templateBox(), Qt::Key_Down);
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.languageBox());
    QTest::keyClick(&dialog, Qt::Key_Return); // the OK button is the default
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(settings().value(setting::paperSize), QStringLiteral("Letter"));
    EXPECT_EQ(settings().value(setting::defaultTemplate),
              core::TemplateCatalogue::builtin().templates().at(1).id);
}

TEST_F(PreferencesTest, CancelKeepsTheStoredValues) {
    PreferencesDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.paperBox()->setCurrentIndex(dialog.paperBox()->findData(QStringLiteral("Letter")));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(settings().value(setting::paperSize), QString());
    EXPECT_EQ(settings().value(setting::language), QString());
    EXPECT_NE(installedLanguage(), QStringLiteral("fr"));
}

TEST_F(PreferencesTest, BothWindowsOpenTheDialogFromTheEditMenu) {
    LibraryWindow library(*store_);
    library.show();
    const QString id = library.createResume(QStringLiteral("classic"), QStringLiteral("CV"));
    EditorWindow* editor = library.openEditor(id);
    for (QMainWindow* window :
         {static_cast<QMainWindow*>(&library), static_cast<QMainWindow*>(editor)}) {
        QAction* preferences =
            window == editor ? editor->preferencesAction() : library.preferencesAction();
        ASSERT_NE(preferences, nullptr);
        QMenu* edit = window->menuBar()->actions().at(1)->menu();
        EXPECT_TRUE(edit->actions().contains(preferences));
        preferences->trigger();
        auto* dialog = window->findChild<PreferencesDialog*>();
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
        dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_EQ(window->findChild<PreferencesDialog*>(), nullptr); // deleted on close
    }
    editor->close();
}

TEST_F(PreferencesTest, OkAppliesEveryChoiceToTheOpenWindows) {
    installLanguage(QStringLiteral("en"));
    LibraryWindow library(*store_);
    library.show();
    const QString first = library.createResume(QStringLiteral("classic"), QStringLiteral("CV"));
    EditorWindow* editor = library.openEditor(first);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    ASSERT_EQ(library.menuBar()->actions().at(0)->text(), QStringLiteral("&File"));

    PreferencesDialog* dialog = showPreferences(&library);
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
    dialog->templateBox()->setCurrentIndex(
        dialog->templateBox()->findData(QStringLiteral("modern")));
    dialog->paperBox()->setCurrentIndex(dialog->paperBox()->findData(QStringLiteral("Letter")));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCoreApplication::processEvents(); // the language change reaches every window

    // Stored, as the next start will read them.
    ASSERT_TRUE(settings().flush());
    EXPECT_EQ(storedValue(setting::language.name).toString(), QStringLiteral("de"));
    EXPECT_EQ(storedValue(setting::defaultTemplate.name).toString(), QStringLiteral("modern"));
    EXPECT_EQ(storedValue(setting::paperSize.name).toString(), QStringLiteral("Letter"));

    // The language: both windows retranslated themselves, no restart.
    EXPECT_EQ(library.menuBar()->actions().at(0)->text(), QStringLiteral("&Datei"));
    EXPECT_EQ(library.model()->headerData(ResumeListModel::Template, Qt::Horizontal).toString(),
              QStringLiteral("Vorlage"));
    EXPECT_EQ(editor->menuBar()->actions().at(0)->text(), QStringLiteral("&Datei"));
    EXPECT_EQ(editor->sectionList()->item(0)->text(), QStringLiteral("Grunddaten"));

    // The template of File > New Resume.
    library.newBlankAction()->trigger();
    ASSERT_EQ(store_->find(library.selectedId())->templateId, QStringLiteral("modern"));

    // The paper: the preview and the PDF are US Letter (612 × 792 pt).
    editor->preview()->renderNow();
    EXPECT_EQ(editor->renderOptions().pageSize, core::PageSize::Letter);
    const QString pdf = dir_.filePath(QStringLiteral("letter.pdf"));
    QString error;
    ASSERT_TRUE(editor->exportPdf(pdf, &error)) << error.toStdString();
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(30'000));
    EXPECT_TRUE(info.readAllStandardOutput().contains("612 x 792 pts"));
    editor->close();
}

TEST(WindowSize, ThePreferredSizeKeepsATenthOfTheScreenFree) {
    using detail::fitToScreen;
    EXPECT_EQ(fitToScreen({1400, 900}, {1920, 1080}), QSize(1400, 900));
    EXPECT_EQ(fitToScreen({1400, 900}, {1366, 740}), QSize(1229, 666));
    EXPECT_EQ(fitToScreen({900, 560}, {800, 600}), QSize(720, 540));
}

TEST_F(PreferencesTest, WindowsOpenRoomyOnTheScreenTheFirstTime) {
    ASSERT_TRUE(settings().value(setting::libraryGeometry).isEmpty());
    LibraryWindow library(*store_);
    const QSize screen = library.screen()->availableGeometry().size();
    EXPECT_EQ(library.size(), detail::fitToScreen(detail::kLibraryOpeningSize, screen));
    // Not the cramped size hint it would otherwise open at.
    EXPECT_GT(library.width(), library.sizeHint().width());
    const auto created = store_->create({QStringLiteral("CV"),
                                         QStringLiteral("classic"),
                                         QByteArray(R"({"basics":{"name":"Jo"}})"),
                                         {}});
    ASSERT_TRUE(created);
    EditorWindow editor(*store_, created->id);
    EXPECT_EQ(editor.size(), detail::fitToScreen(detail::kEditorOpeningSize, screen));
    EXPECT_GT(editor.width(), editor.sizeHint().width());
}

TEST_F(PreferencesTest, WindowGeometryIsRememberedThroughTheTable) {
    {
        LibraryWindow library(*store_);
        library.show();
        library.resize(640, 420);
        library.close();
    }
    EXPECT_FALSE(settings().value(setting::libraryGeometry).isEmpty());
    LibraryWindow again(*store_);
    EXPECT_EQ(again.size(), QSize(640, 420));
}

} // namespace
} // namespace vitae::desktop
