// Keyboard-only use and screen readers: the Tab key reaches every control of the editor
// and each has a name an assistive technology can read; the common commands use the
// platform's standard keys with no key bound twice; the library is usable with keys alone.
#include "preview_pane.h"
#include "section_form.h"
#include "temporary_library.h"
#include "window_helpers.h"

#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/library_window.h>
#include <vitae/desktop/resume_document.h>
#include <vitae/desktop/resume_list_model.h>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <set>

namespace vitae::desktop {
namespace {

QWidget* focused() {
    return QApplication::focusWidget();
}

// Keys go where a keyboard sends them: to the focused control, else the active window.
QWidget* keyboardTarget() {
    QWidget* target = focused() != nullptr ? focused() : QApplication::activeWindow();
    if (target == nullptr)
        ADD_FAILURE() << "no window takes keys";
    return target;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    if (QWidget* target = keyboardTarget())
        QTest::keyClick(target, key, modifiers);
}

void press(QKeySequence::StandardKey key) {
    if (QWidget* target = keyboardTarget())
        QTest::keySequence(target, QKeySequence(key));
}

// What a screen reader announces for the widget: its accessible name, else its label
// (a QLabel buddy) or text, as Qt's accessibility bridge reports it.
QString spokenName(QWidget* widget) {
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible != nullptr ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget* widget) {
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// Presses Tab from the focused control until the focus comes back to it; the controls
// in the order reached. A control that keeps the Tab key for itself ends the walk.
QList<QWidget*> tabWalk() {
    QWidget* start = focused();
    QList<QWidget*> reached;
    if (start == nullptr) {
        ADD_FAILURE() << "nothing has the focus";
        return reached;
    }
    reached.append(start);
    constexpr int kMostControls = 1000;
    for (int step = 0; step < kMostControls; ++step) {
        press(Qt::Key_Tab);
        QWidget* now = focused();
        if (now == start)
            return reached;
        if (reached.contains(now)) {
            ADD_FAILURE() << "Tab goes round without coming back, caught at "
                          << describe(now).toStdString();
            return reached;
        }
        reached.append(now);
    }
    ADD_FAILURE() << "Tab never comes back to where it started";
    return reached;
}

// Every control of `window` a user could reach with Tab: visible, enabled, taking focus
// by Tab, in the window's focus chain.
QList<QWidget*> tabStops(QWidget* window) {
    QList<QWidget*> stops;
    for (QWidget* widget = window->nextInFocusChain(); widget != window;
         widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) != 0 && widget->isVisible() &&
            widget->isEnabled() && widget->window() == window)
            stops.append(widget);
    }
    return stops;
}

// Runs `answer` from inside a modal dialog's event loop once the dialog is up and holds
// the focus, as a user types into it; closes the dialog if that never happens, so the
// test fails instead of hanging.
void answerDialog(std::function<void()> answer) {
    auto* poll = new QTimer;
    auto attempts = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, attempts, answer = std::move(answer)] {
        QWidget* dialog = QApplication::activeModalWidget();
        const bool ready =
            dialog != nullptr && focused() != nullptr && dialog->isAncestorOf(focused());
        constexpr int kMostAttempts = 500;
        if (ready || ++*attempts > kMostAttempts) {
            poll->deleteLater();
            poll->stop();
            if (ready)
                answer();
            else if (dialog != nullptr)
                dialog->close();
        }
    });
    poll->start(10);
}

// The action of the window's menus with this text (mnemonic included), or nullptr.
QAction* menuAction(QMainWindow& window, const QString& text) {
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == text || action->text().startsWith(text + QLatin1Char(' ')))
                return action;
        }
    }
    return nullptr;
}

// Each key sequence of the window's actions, once: a key bound to two actions does
// nothing at all in Qt (an "ambiguous shortcut").
void expectNoKeyBoundTwice(QWidget& window) {
    std::set<QAction*> actions;
    for (QAction* action : window.findChildren<QAction*>())
        actions.insert(action);
    for (QAction* action : window.actions())
        actions.insert(action);
    QHash<QString, QString> owner;
    for (QAction* action : actions) {
        for (const QKeySequence& key : action->shortcuts()) {
            const QString name = key.toString(QKeySequence::PortableText);
            EXPECT_FALSE(owner.contains(name))
                << name.toStdString() << " is bound to \"" << owner.value(name).toStdString()
                << "\" and \"" << action->text().toStdString() << "\"";
            owner.insert(name, action->text());
        }
    }
}

// The menu item has a key, and it is the platform's own for this command when the
// platform has one (its first: the one menus show).
void expectStandardKey(QMainWindow& window, const QString& text, QKeySequence::StandardKey key) {
    QAction* action = menuAction(window, text);
    ASSERT_NE(action, nullptr) << "no menu item " << text.toStdString();
    EXPECT_FALSE(action->shortcuts().isEmpty()) << text.toStdString() << " has no key";
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    if (!bindings.isEmpty()) {
        EXPECT_TRUE(action->shortcuts().contains(bindings.front()))
            << text.toStdString() << " lacks " << bindings.front().toString().toStdString();
    }
}

QString keyNames(const QList<QKeySequence>& keys) {
    QStringList names;
    for (const QKeySequence& key : keys)
        names.append(key.toString(QKeySequence::PortableText));
    return names.join(QStringLiteral(", "));
}

// Undo and redo take every key the platform binds to them (Ctrl+Z and Alt+Backspace in
// the Windows scheme), and Ctrl+Shift+Z redoes in every scheme, Windows' included.
void expectEveryUndoAndRedoKey(QMainWindow& window) {
    QAction* undo = menuAction(window, QStringLiteral("&Undo"));
    QAction* redo = menuAction(window, QStringLiteral("&Redo"));
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Undo))
        EXPECT_TRUE(undo->shortcuts().contains(key))
            << "Undo lacks " << key.toString().toStdString() << "; it has "
            << keyNames(undo->shortcuts()).toStdString();
    for (const QKeySequence& key : std::as_const(redoKeys))
        EXPECT_TRUE(redo->shortcuts().contains(key))
            << "Redo lacks " << key.toString().toStdString() << "; it has "
            << keyNames(redo->shortcuts()).toStdString();
}

class EditorAccessibilityTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(library_.isOpen());
        editor_ = std::make_unique<EditorWindow>(library_.store(), library_.addSample());
        ASSERT_TRUE(test::showActive(*editor_));
    }

    test::TemporaryLibrary library_;
    std::unique_ptr<EditorWindow> editor_;
};

TEST_F(EditorAccessibilityTest, TabReachesEveryControlOfEverySectionAndEachHasAName) {
    for (const QString& section : {QStringLiteral("basics"), QStringLiteral("work"),
                                   QStringLiteral("skills"), QStringLiteral("custom:talks")}) {
        SCOPED_TRACE(section.toStdString());
        editor_->showSection(section);
        editor_->sectionList()->setFocus();
        const QList<QWidget*> reached = tabWalk();
        for (QWidget* stop : tabStops(editor_.get()))
            EXPECT_TRUE(reached.contains(stop))
                << "Tab never reaches " << describe(stop).toStdString();
        for (QWidget* control : reached)
            EXPECT_FALSE(spokenName(control).isEmpty())
                << describe(control).toStdString() << " has no name";
        // In the order they sit: from the section list into the form, then the preview.
        ASSERT_GT(reached.size(), 2);
        EXPECT_EQ(reached[0], editor_->sectionList());
        EXPECT_TRUE(editor_->currentForm()->isAncestorOf(reached[1]))
            << describe(reached[1]).toStdString();
        const auto preview = std::find(reached.begin(), reached.end(), editor_->preview());
        ASSERT_NE(preview, reached.end());
        EXPECT_TRUE(editor_->currentForm()->isAncestorOf(*(preview - 1)));
        // The parts a keyboard user needs are on the way.
        EXPECT_TRUE(reached.contains(static_cast<QWidget*>(editor_->findingList())));
        EXPECT_TRUE(reached.contains(static_cast<QWidget*>(editor_->templateBox())));
        EXPECT_GT(reached.size(), 8);
    }
}

TEST_F(EditorAccessibilityTest, EntryControlsSayWhichEntryTheyActOn) {
    editor_->showSection(QStringLiteral("work"));
    QWidget* down = editor_->currentForm()->findChild<QWidget*>(QStringLiteral("/work/1/down"));
    ASSERT_NE(down, nullptr);
    EXPECT_EQ(spokenName(down), QStringLiteral("Move entry 2 down"));
    QWidget* position = editor_->currentForm()->widgetFor(QStringLiteral("/work/1/position"));
    EXPECT_EQ(spokenName(position), QStringLiteral("Position"));
}

TEST_F(EditorAccessibilityTest, SpaceHidesAndShowsTheCurrentSection) {
    QListWidget* list = editor_->sectionList();
    QListWidgetItem* skills = list->findItems(QStringLiteral("Skills"), Qt::MatchExactly).front();
    list->setCurrentItem(skills);
    list->setFocus();
    press(Qt::Key_Space);
    EXPECT_EQ(list->currentItem()->checkState(), Qt::Unchecked);
    const auto skillsVisible = [&] {
        for (const core::SectionLayout& section : *editor_->document()->resume().vitae->sections) {
            if (section.key == QStringLiteral("skills"))
                return section.visible.value_or(true);
        }
        return true;
    };
    EXPECT_FALSE(skillsVisible());
    press(Qt::Key_Space);
    EXPECT_TRUE(skillsVisible());
}

TEST_F(EditorAccessibilityTest, ReturnOnAFindingPutsTheCursorInItsField) {
    editor_->document()->setText(QStringLiteral("/work/1/endDate"), QStringLiteral("2021-13"));
    QListWidget* findings = editor_->findingList();
    ASSERT_GT(findings->count(), 0);
    findings->setFocus();
    findings->setCurrentRow(0);
    ASSERT_EQ(findings->currentItem()->toolTip(), QStringLiteral("/work/1/endDate"));
    press(Qt::Key_Return);
    ASSERT_NE(focused(), nullptr);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("/work/1/endDate"));
}

TEST_F(EditorAccessibilityTest, CommonCommandsUseTheStandardKeysAndNoKeyIsBoundTwice) {
    expectStandardKey(*editor_, QStringLiteral("&Print…"), QKeySequence::Print);
    expectStandardKey(*editor_, QStringLiteral("Export JSON &Resume…"), QKeySequence::SaveAs);
    expectStandardKey(*editor_, QStringLiteral("&Close"), QKeySequence::Close);
    expectStandardKey(*editor_, QStringLiteral("&Undo"), QKeySequence::Undo);
    expectStandardKey(*editor_, QStringLiteral("&Redo"), QKeySequence::Redo);
    expectNoKeyBoundTwice(*editor_);
}

TEST_F(EditorAccessibilityTest, EveryPlatformKeyForUndoAndRedoWorks) {
    expectEveryUndoAndRedoKey(*editor_);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    const auto name = [&] { return editor_->document()->resume().basics->name; };
    const auto before = name();
    editor_->document()->setText(QStringLiteral("/basics/name"), QStringLiteral("Changed"));
    // From the section list, where no text field claims the keys for its own undo.
    editor_->sectionList()->setFocus();
    for (const QKeySequence& undoKey : QKeySequence::keyBindings(QKeySequence::Undo)) {
        for (const QKeySequence& redoKey : std::as_const(redoKeys)) {
            SCOPED_TRACE(QString(undoKey.toString() + QStringLiteral(" then ") + redoKey.toString())
                             .toStdString());
            QTest::keySequence(keyboardTarget(), undoKey);
            EXPECT_EQ(name(), before);
            QTest::keySequence(keyboardTarget(), redoKey);
            EXPECT_EQ(name(), QStringLiteral("Changed"));
        }
    }
}

TEST_F(EditorAccessibilityTest, CloseWithTheKeyboardSavesTheTyping) {
    editor_->showSection(QStringLiteral("basics"));
    auto* label = qobject_cast<QLineEdit*>(
        editor_->currentForm()->widgetFor(QStringLiteral("/basics/label")));
    ASSERT_NE(label, nullptr);
    label->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(label, QStringLiteral("Typed by keyboard"));
    editor_->setAttribute(Qt::WA_DeleteOnClose, false);
    press(QKeySequence::Close);
    EXPECT_FALSE(editor_->isVisible());
    const QString id = editor_->document()->id();
    EXPECT_EQ(library_.storedResume(id).basics->label, QStringLiteral("Typed by keyboard"));
}

class LibraryAccessibilityTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(library_.isOpen());
        window_ = std::make_unique<LibraryWindow>(library_.store());
        ASSERT_TRUE(test::showActive(*window_));
    }

    int rows() const { return window_->model()->rowCount(); }

    QString selectedTitle() const {
        const QString id = window_->selectedId();
        return id.isEmpty() ? QString() : library_.store().find(id)->title;
    }

    test::TemporaryLibrary library_;
    std::unique_ptr<LibraryWindow> window_;
};

TEST_F(LibraryAccessibilityTest, CreateRenameOpenAndDeleteWithKeysAlone) {
    // The list has the focus from the start: no mouse needed to begin.
    EXPECT_EQ(focused(), window_->view());
    EXPECT_FALSE(spokenName(window_->view()).isEmpty());

    press(QKeySequence::New);
    press(QKeySequence::New);
    ASSERT_EQ(rows(), 2);

    // F2 asks for the title in a dialog that is typed into and confirmed with Return.
    bool renamed = false;
    answerDialog([&] {
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), QStringLiteral("Keyboard CV"));
        press(Qt::Key_Return);
        renamed = true;
    });
    press(Qt::Key_F2);
    ASSERT_TRUE(renamed) << "F2 opened no dialog that took the keyboard";
    EXPECT_EQ(selectedTitle(), QStringLiteral("Keyboard CV"));

    // Return opens the selected resume, and so does the Open key; the editor's Close key
    // closes it again. (Without a window manager the test hands the focus back.)
    QSignalSpy opened(window_.get(), &LibraryWindow::editorOpened);
    ASSERT_TRUE(test::showActive(*window_));
    EXPECT_EQ(focused(), window_->view());
    press(Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    opened.front().front().value<EditorWindow*>()->close();
    ASSERT_TRUE(test::showActive(*window_));
    press(QKeySequence::Open);
    ASSERT_EQ(opened.count(), 2);
    auto* editor = opened.back().front().value<EditorWindow*>();
    ASSERT_TRUE(test::showActive(*editor));
    QSignalSpy closed(editor, &QObject::destroyed);
    press(QKeySequence::Close);
    EXPECT_TRUE(closed.count() == 1 || closed.wait());

    ASSERT_TRUE(test::showActive(*window_));
    window_->view()->setFocus();
    press(QKeySequence::Delete);
    EXPECT_EQ(rows(), 1);
    press(QKeySequence::Undo);
    EXPECT_EQ(rows(), 2);
}

TEST_F(LibraryAccessibilityTest, CommonCommandsUseTheStandardKeysAndNoKeyIsBoundTwice) {
    expectStandardKey(*window_, QStringLiteral("&New Resume"), QKeySequence::New);
    expectStandardKey(*window_, QStringLiteral("&Open"), QKeySequence::Open);
    expectStandardKey(*window_, QStringLiteral("&Quit"), QKeySequence::Quit);
    expectStandardKey(*window_, QStringLiteral("&Undo"), QKeySequence::Undo);
    expectStandardKey(*window_, QStringLiteral("&Redo"), QKeySequence::Redo);
    expectEveryUndoAndRedoKey(*window_);
    expectNoKeyBoundTwice(*window_);
}

} // namespace
} // namespace vitae::desktop
