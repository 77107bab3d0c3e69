// Reordering in the editor as users do it: entries of every list and the sections
// themselves, by keyboard (Alt+Up / Alt+Down, the move buttons, the context menu) and by
// drag and drop. Each move is one undoable step, the focus stays with the moved entry,
// the preview follows and the store holds the order. The offscreen platform cannot run
// a drag to its end, so drops are delivered as the events a real drag sends.
#include "entry_frame.h"
#include "preview_pane.h"
#include "reorder_drag.h"
#include "section_form.h"
#include "section_list.h"
#include "temporary_library.h"
#include "window_helpers.h"

#include <vitae/core/sections.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/resume_document.h>

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace vitae::desktop {
namespace {

using detail::EntryFrame;
using detail::MovePayload;

const QStringList kSampleWork{QStringLiteral("Parcelwise GmbH"), QStringLiteral("Kasse Payments"),
                              QStringLiteral("Universität Hamburg")};

// Delivers a drag of `mime` onto `target` at `position` the way Qt does during a drag:
// enter, move, drop. Takes `data`; true when the target took the drop.
bool drop(QWidget* target, QMimeData* data, QPoint position) {
    const std::unique_ptr<QMimeData> owned(data);
    const QMimeData* mime = owned.get();
    QDragEnterEvent enter(position, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(position, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    move.ignore();
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent dropped(position, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    dropped.ignore();
    QApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

QPoint upperHalf(const QWidget* widget) {
    return {widget->width() / 2, 4};
}

QPoint lowerHalf(const QWidget* widget) {
    return {widget->width() / 2, widget->height() - 4};
}

class ReorderTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(library_.isOpen());
        id_ = library_.addSample();
        editor_ = std::make_unique<EditorWindow>(library_.store(), id_);
        ASSERT_TRUE(editor_->isValid());
        ASSERT_TRUE(test::showActive(*editor_));
    }

    void TearDown() override { editor_.reset(); }

    const core::Resume& resume() const { return editor_->document()->resume(); }
    QUndoStack* undoStack() const { return editor_->document()->undoStack(); }

    QStringList workNames() const {
        QStringList names;
        for (const core::Work& work : resume().work.value_or(std::vector<core::Work>{}))
            names.append(work.name.value_or(QString()));
        return names;
    }

    QStringList sectionOrder() const {
        QStringList keys;
        for (const core::ResolvedSection& section : core::resolveSections(resume()))
            keys.append(section.key);
        return keys;
    }

    template <class T = QWidget>
    T* control(const QString& name) const {
        return editor_->currentForm()->findChild<T*>(name);
    }

    QString focusName() const {
        const QWidget* focused = QApplication::focusWidget();
        return focused != nullptr ? focused->objectName() : QString();
    }

    void focus(const QString& name) const {
        QWidget* widget = control(name);
        ASSERT_NE(widget, nullptr) << name.toStdString();
        widget->setFocus();
        ASSERT_TRUE(widget->hasFocus()) << name.toStdString();
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }

    // What the store holds once the editor has written its pending change.
    core::Resume saved() {
        EXPECT_TRUE(editor_->document()->saveNow());
        return library_.storedResume(id_);
    }

    // Presses on `widget` at `at` and moves past the drag distance, as a user starting a
    // drag does; the drag `entry` started, or nullptr. The offscreen platform ends a drag
    // at once; X11 runs it until the real button comes up, which synthesised events never
    // do, so an Escape queued now (sent from inside QDrag::exec's event loop) ends it
    // there. Qt deletes the QDrag on a later turn of the event loop: it can be read here.
    static const QDrag* startDrag(QWidget* widget, QPoint at, const EntryFrame* entry) {
        QTimer letGo;
        letGo.setSingleShot(true);
        QObject::connect(&letGo, &QTimer::timeout, widget,
                         [widget] { QTest::keyClick(widget, Qt::Key_Escape); });
        letGo.start(0);
        QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseMove(widget, at + QPoint(0, QApplication::startDragDistance() + 2));
        return entry->findChild<QDrag*>();
    }

    QMimeData* entryDrag(const QString& list, qsizetype index) const {
        return detail::encodeMove({id_, list, index});
    }

    test::TemporaryLibrary library_;
    QString id_;
    std::unique_ptr<EditorWindow> editor_;
};

TEST_F(ReorderTest, AltUpAndAltDownMoveTheFocusedEntryAndTheFocusGoesWithIt) {
    editor_->showSection(QStringLiteral("work"));
    focus(QStringLiteral("/work/1/name"));
    press(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[1], kSampleWork[0], kSampleWork[2]}));
    ASSERT_EQ(focusName(), QStringLiteral("/work/0/name"));
    EXPECT_EQ(qobject_cast<QLineEdit*>(QApplication::focusWidget())->text(), kSampleWork[1]);
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Move Work entry"));

    press(Qt::Key_Down, Qt::AltModifier);
    press(Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[0], kSampleWork[2], kSampleWork[1]}));
    EXPECT_EQ(focusName(), QStringLiteral("/work/2/name"));
    EXPECT_EQ(undoStack()->count(), 3); // one step per move

    press(Qt::Key_Down, Qt::AltModifier); // already last: nothing to do
    EXPECT_EQ(undoStack()->count(), 3);
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[0], kSampleWork[2], kSampleWork[1]}));

    // From a multi-line field too: the text box leaves Alt+Up to the editor.
    focus(QStringLiteral("/work/1/summary"));
    press(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[2], kSampleWork[0], kSampleWork[1]}));
    EXPECT_EQ(focusName(), QStringLiteral("/work/0/summary"));
}

TEST_F(ReorderTest, TheEntryMoveActionsFollowTheFocus) {
    editor_->showSection(QStringLiteral("work"));
    const auto actionNamed = [&](const QString& text) -> QAction* {
        for (QAction* action : editor_->findChildren<QAction*>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    };
    QAction* up = actionNamed(QStringLiteral("Move Entry &Up"));
    QAction* down = actionNamed(QStringLiteral("Move Entry &Down"));
    ASSERT_NE(up, nullptr);
    ASSERT_NE(down, nullptr);
    focus(QStringLiteral("/work/0/position"));
    EXPECT_FALSE(up->isEnabled()); // the first entry cannot go up
    EXPECT_TRUE(down->isEnabled());
    editor_->sectionList()->setFocus();
    EXPECT_FALSE(up->isEnabled()); // no entry has the focus
    EXPECT_FALSE(down->isEnabled());
}

TEST_F(ReorderTest, UndoAndRedoRestoreTheOrderInTheEditorAndTheStore) {
    editor_->showSection(QStringLiteral("work"));
    focus(QStringLiteral("/work/2/position"));
    press(Qt::Key_Up, Qt::AltModifier);
    press(Qt::Key_Up, Qt::AltModifier);
    const QStringList moved{kSampleWork[2], kSampleWork[0], kSampleWork[1]};
    EXPECT_EQ(workNames(), moved);
    EXPECT_EQ(saved(), resume());

    undoStack()->undo();
    undoStack()->undo();
    EXPECT_EQ(workNames(), kSampleWork);
    const core::Resume original = saved();
    EXPECT_EQ(original, resume());
    EXPECT_EQ(original.work, library_.storedResume(id_).work);
    // The form shows the restored order too.
    EXPECT_EQ(control<QLineEdit>(QStringLiteral("/work/0/name"))->text(), kSampleWork[0]);

    undoStack()->redo();
    undoStack()->redo();
    EXPECT_EQ(workNames(), moved);
    EXPECT_EQ(saved().work, resume().work);
    EXPECT_EQ(control<QLineEdit>(QStringLiteral("/work/0/name"))->text(), kSampleWork[2]);
}

TEST_F(ReorderTest, MoveButtonsHaveNamesAndKeepTheFocusOnTheEntry) {
    editor_->showSection(QStringLiteral("work"));
    auto* up = control<QPushButton>(QStringLiteral("/work/2/up"));
    ASSERT_NE(up, nullptr);
    EXPECT_EQ(up->accessibleName(), QStringLiteral("Move entry 3 up"));
    focus(QStringLiteral("/work/2/up"));
    press(Qt::Key_Space);
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[0], kSampleWork[2], kSampleWork[1]}));
    EXPECT_EQ(focusName(), QStringLiteral("/work/1/up"));
    press(Qt::Key_Space);
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[2], kSampleWork[0], kSampleWork[1]}));
    // At the top "Move up" is disabled: the focus lands on the same entry's "Move down".
    EXPECT_FALSE(control(QStringLiteral("/work/0/up"))->isEnabled());
    EXPECT_EQ(focusName(), QStringLiteral("/work/0/down"));
}

TEST_F(ReorderTest, RemovingAnEntryPutsTheFocusOnTheNextOne) {
    editor_->showSection(QStringLiteral("work"));
    focus(QStringLiteral("/work/1/remove"));
    press(Qt::Key_Space);
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[0], kSampleWork[2]}));
    EXPECT_EQ(focusName(), QStringLiteral("/work/1/name"));
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Remove Work entry"));
}

TEST_F(ReorderTest, TheEntryContextMenuMovesIt) {
    editor_->showSection(QStringLiteral("work"));
    EntryFrame* first = control<EntryFrame>(QStringLiteral("/work/0"));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->contextMenuPolicy(), Qt::ActionsContextMenu);
    const QList<QAction*> menu = first->actions();
    ASSERT_EQ(menu.size(), 3);
    EXPECT_TRUE(menu[0]->text().startsWith(QStringLiteral("Move Up\t")));
    EXPECT_FALSE(menu[0]->isEnabled()); // the first entry
    menu[1]->trigger();                 // Move Down
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[1], kSampleWork[0], kSampleWork[2]}));
    EXPECT_EQ(focusName(), QStringLiteral("/work/1/name"));
}

TEST_F(ReorderTest, DroppingAnEntryOnTheLowerOrUpperHalfOfAnotherPutsItBelowOrAbove) {
    editor_->showSection(QStringLiteral("work"));
    EntryFrame* last = control<EntryFrame>(QStringLiteral("/work/2"));
    ASSERT_NE(last, nullptr);
    ASSERT_TRUE(last->acceptDrops());
    EXPECT_TRUE(drop(last, entryDrag(QStringLiteral("/work"), 0), lowerHalf(last)));
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[1], kSampleWork[2], kSampleWork[0]}));
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Move Work entry"));
    EXPECT_EQ(focusName(), QStringLiteral("/work/2/name")); // the moved entry

    EntryFrame* first = control<EntryFrame>(QStringLiteral("/work/0"));
    EXPECT_TRUE(drop(first, entryDrag(QStringLiteral("/work"), 2), upperHalf(first)));
    EXPECT_EQ(workNames(), kSampleWork);
    EXPECT_EQ(saved().work, resume().work);

    undoStack()->undo();
    EXPECT_EQ(workNames(), (QStringList{kSampleWork[1], kSampleWork[2], kSampleWork[0]}));
    undoStack()->undo();
    EXPECT_EQ(workNames(), kSampleWork);
    EXPECT_EQ(undoStack()->index(), 0);
}

TEST_F(ReorderTest, DropsFromAnotherListOrResumeOrAppAreRefused) {
    editor_->showSection(QStringLiteral("work"));
    EntryFrame* target = control<EntryFrame>(QStringLiteral("/work/1"));
    ASSERT_NE(target, nullptr);
    EXPECT_FALSE(drop(
        target, detail::encodeMove({QStringLiteral("other-resume"), QStringLiteral("/work"), 0}),
        lowerHalf(target)));
    EXPECT_FALSE(drop(target, entryDrag(QStringLiteral("/basics/profiles"), 0), lowerHalf(target)));
    EXPECT_FALSE(drop(target, entryDrag(QStringLiteral("/work"), 7), lowerHalf(target)));
    EXPECT_FALSE(drop(target, entryDrag(detail::sectionScope(), 0), lowerHalf(target)));
    auto* text = new QMimeData;
    text->setText(QStringLiteral("Parcelwise GmbH"));
    EXPECT_FALSE(drop(target, text, lowerHalf(target)));
    auto* malformed = new QMimeData;
    malformed->setData(detail::moveMimeType(), "{not json");
    EXPECT_FALSE(drop(target, malformed, lowerHalf(target)));
    EXPECT_EQ(workNames(), kSampleWork);
    EXPECT_EQ(undoStack()->count(), 0);
}

TEST_F(ReorderTest, DraggingTheGripStartsADragOfThatEntry) {
    editor_->showSection(QStringLiteral("work"));
    EntryFrame* entry = control<EntryFrame>(QStringLiteral("/work/1"));
    ASSERT_NE(entry, nullptr);
    auto* grip = entry->findChild<detail::Grip*>();
    ASSERT_NE(grip, nullptr);
    EXPECT_TRUE(grip->isVisible());
    EXPECT_GT(grip->height(), 0); // not squeezed away in a form at its minimum height
    const QDrag* drag = startDrag(grip, grip->rect().center(), entry);
    ASSERT_NE(drag, nullptr);
    EXPECT_EQ(detail::decodeMove(drag->mimeData()), (MovePayload{id_, QStringLiteral("/work"), 1}));
    QTest::mouseRelease(grip, Qt::LeftButton);
    EXPECT_EQ(workNames(), kSampleWork); // a drag dropped nowhere moves nothing
}

TEST_F(ReorderTest, DraggingTheEntrysOwnBoxStartsADragToo) {
    editor_->showSection(QStringLiteral("work"));
    EntryFrame* entry = control<EntryFrame>(QStringLiteral("/work/2"));
    ASSERT_NE(entry, nullptr);
    const QPoint title(entry->width() / 2, 4); // the box's top edge, beside its title
    ASSERT_EQ(entry->childAt(title), nullptr);
    const QDrag* drag = startDrag(entry, title, entry);
    ASSERT_NE(drag, nullptr);
    EXPECT_EQ(detail::decodeMove(drag->mimeData()), (MovePayload{id_, QStringLiteral("/work"), 2}));
    QTest::mouseRelease(entry, Qt::LeftButton);
}

TEST_F(ReorderTest, ADragOverAnEntryShowsWhereItWillLand) {
    editor_->showSection(QStringLiteral("work"));
    EntryFrame* target = control<EntryFrame>(QStringLiteral("/work/1"));
    ASSERT_NE(target, nullptr);
    const QColor highlight = target->palette().color(QPalette::Highlight);
    const auto bottomAndTop = [&] {
        const QImage picture = target->grab().toImage();
        const int x = picture.width() / 2;
        return std::pair{picture.pixelColor(x, picture.height() - 1), picture.pixelColor(x, 0)};
    };
    EXPECT_NE(bottomAndTop().first, highlight);
    const std::unique_ptr<QMimeData> mime(entryDrag(QStringLiteral("/work"), 0));
    QDragEnterEvent enter(lowerHalf(target), Qt::MoveAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    ASSERT_TRUE(enter.isAccepted());
    EXPECT_EQ(bottomAndTop().first, highlight); // "below this one"
    EXPECT_NE(bottomAndTop().second, highlight);
    QDragMoveEvent move(upperHalf(target), Qt::MoveAction, mime.get(), Qt::LeftButton,
                        Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    EXPECT_EQ(bottomAndTop().second, highlight); // "above this one"
    EXPECT_NE(bottomAndTop().first, highlight);
    QDragLeaveEvent leave;
    QApplication::sendEvent(target, &leave);
    EXPECT_NE(bottomAndTop().second, highlight);
    EXPECT_EQ(workNames(), kSampleWork); // showing is not moving
}

TEST_F(ReorderTest, ADragOverTheSectionListShowsWhereTheSectionWillLand) {
    auto* list = editor_->sectionList();
    const QColor highlight = list->palette().color(QPalette::Highlight);
    const QRect row = list->visualItemRect(list->item(detail::SectionList::kFirstSectionRow + 2));
    const auto lineAt = [&](int y) {
        return list->viewport()->grab().toImage().pixelColor(list->viewport()->width() - 3, y);
    };
    EXPECT_NE(lineAt(row.bottom()), highlight);
    const std::unique_ptr<QMimeData> mime(detail::encodeMove({id_, detail::sectionScope(), 0}));
    QDragEnterEvent enter(row.center() + QPoint(0, 2), Qt::MoveAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    EXPECT_EQ(lineAt(row.bottom()), highlight);
    QDragLeaveEvent leave;
    QApplication::sendEvent(list->viewport(), &leave);
    EXPECT_NE(lineAt(row.bottom()), highlight);
}

TEST_F(ReorderTest, ProfilesInBasicsMoveLikeEntries) {
    ASSERT_EQ(editor_->currentForm()->sectionKey(), QStringLiteral("basics"));
    const auto networks = [&] {
        QStringList names;
        for (const core::Profile& profile : *resume().basics->profiles)
            names.append(profile.network.value_or(QString()));
        return names;
    };
    const QStringList before = networks();
    ASSERT_EQ(before.size(), 2);
    focus(QStringLiteral("/basics/profiles/1/username"));
    press(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(networks(), (QStringList{before[1], before[0]}));
    EXPECT_EQ(focusName(), QStringLiteral("/basics/profiles/0/username"));
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Move Profiles entry"));
}

TEST_F(ReorderTest, CustomSectionEntriesAreAddedAndMoved) {
    editor_->showSection(QStringLiteral("custom:talks"));
    const QString entries = QStringLiteral("/vitae/customSections/0/entries");
    focus(entries + QStringLiteral("/add"));
    press(Qt::Key_Space);
    // A new entry takes the focus, ready for typing.
    EXPECT_EQ(focusName(), entries + QStringLiteral("/1/title"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lightning talk"));
    press(Qt::Key_Up, Qt::AltModifier);
    const auto& talks = *(*resume().vitae->customSections)[0].entries;
    ASSERT_EQ(talks.size(), 2u);
    EXPECT_EQ(talks[0].title, QStringLiteral("Lightning talk"));
    EXPECT_EQ(talks[1].title, QStringLiteral("Queues in PostgreSQL, done right"));
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Move Talks entry"));
    EXPECT_EQ(focusName(), entries + QStringLiteral("/0/title"));
}

TEST_F(ReorderTest, AltUpInTheSectionListMovesTheSection) {
    auto* list = editor_->sectionList();
    const QList<QListWidgetItem*> skills =
        list->findItems(QStringLiteral("Skills"), Qt::MatchExactly);
    ASSERT_EQ(skills.size(), 1);
    list->setCurrentItem(skills.front());
    list->setFocus();
    const QStringList before = sectionOrder();
    ASSERT_EQ(before.mid(0, 3), (QStringList{QStringLiteral("work"), QStringLiteral("projects"),
                                             QStringLiteral("skills")}));
    press(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(sectionOrder().mid(0, 3),
              (QStringList{QStringLiteral("work"), QStringLiteral("skills"),
                           QStringLiteral("projects")}));
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Move Skills section"));
    // The list keeps the focus and the moved section stays the current one.
    EXPECT_EQ(QApplication::focusWidget(), list);
    EXPECT_EQ(list->currentItem()->text(), QStringLiteral("Skills"));
    EXPECT_EQ(list->currentRow(), detail::SectionList::kFirstSectionRow + 1);
    // The resume's own layout list says so, and so does the store.
    const core::Resume stored = saved();
    const auto& layout = *stored.vitae->sections;
    EXPECT_EQ(layout[1].key, QStringLiteral("skills"));
    EXPECT_EQ(layout[2].key, QStringLiteral("projects"));

    // Alt+Shift+Down moves the current section from anywhere, here from its form.
    focus(QStringLiteral("/skills/0/name"));
    press(Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_EQ(sectionOrder(), before);
    undoStack()->undo();
    undoStack()->undo();
    EXPECT_EQ(sectionOrder(), before);
    EXPECT_EQ(saved().vitae->sections, resume().vitae->sections);
}

TEST_F(ReorderTest, DroppingASectionInTheListMovesIt) {
    auto* list = editor_->sectionList();
    const QStringList before = sectionOrder();
    const qsizetype education = before.indexOf(QStringLiteral("education"));
    ASSERT_GT(education, 0);
    const QRect workRow = list->visualItemRect(list->item(detail::SectionList::kFirstSectionRow));
    QMimeData* drag = detail::encodeMove({id_, detail::sectionScope(), education});
    ASSERT_TRUE(drop(list->viewport(), drag, workRow.topLeft() + QPoint(4, 2)));
    EXPECT_EQ(sectionOrder().front(), QStringLiteral("education"));
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Move Education section"));
    EXPECT_EQ(saved().vitae->sections->front().key, QStringLiteral("education"));

    // Below the last row is the end of the list.
    const QRect lastRow = list->visualItemRect(list->item(list->count() - 1));
    drag = detail::encodeMove({id_, detail::sectionScope(), 0});
    ASSERT_TRUE(drop(list->viewport(), drag, lastRow.bottomLeft() + QPoint(4, 20)));
    EXPECT_EQ(sectionOrder().back(), QStringLiteral("education"));

    undoStack()->undo();
    undoStack()->undo();
    EXPECT_EQ(sectionOrder(), before);
    // Entries are not sections.
    EXPECT_FALSE(drop(list->viewport(), entryDrag(QStringLiteral("/work"), 0),
                      workRow.topLeft() + QPoint(4, 2)));
}

TEST_F(ReorderTest, ThePreviewShowsTheNewOrder) {
    detail::PreviewPane* preview = editor_->preview();
    preview->renderNow();
    const QImage before = preview->pageImage(0);
    ASSERT_FALSE(before.isNull());
    QSignalSpy rendered(preview, &detail::PreviewPane::rendered);
    editor_->showSection(QStringLiteral("work"));
    focus(QStringLiteral("/work/1/name"));
    press(Qt::Key_Up, Qt::AltModifier);
    ASSERT_TRUE(rendered.wait());
    EXPECT_NE(preview->pageImage(0), before);
    undoStack()->undo();
    ASSERT_TRUE(rendered.wait());
    EXPECT_EQ(preview->pageImage(0), before);
}

TEST(MoveTarget, CountsTheGapTheItemLeaves) {
    EXPECT_EQ(detail::moveTarget(0, 1, true), 1);  // [A B C]: A after B -> [B A C]
    EXPECT_EQ(detail::moveTarget(0, 2, false), 1); // A before C -> [B A C]
    EXPECT_EQ(detail::moveTarget(0, 2, true), 2);  // A after C -> [B C A]
    EXPECT_EQ(detail::moveTarget(2, 0, false), 0); // C before A -> [C A B]
    EXPECT_EQ(detail::moveTarget(2, 0, true), 1);  // C after A -> [A C B]
    EXPECT_EQ(detail::moveTarget(1, 1, false), 1); // onto itself: stays
    EXPECT_EQ(detail::moveTarget(1, 0, true), 1);  // just below its upper neighbour: stays
}

TEST(MovePayload, SurvivesTheMimeRoundTrip) {
    const MovePayload payload{QStringLiteral("id-1"), QStringLiteral("/basics/profiles"), 3};
    const std::unique_ptr<QMimeData> mime(detail::encodeMove(payload));
    EXPECT_TRUE(mime->hasFormat(detail::moveMimeType()));
    EXPECT_FALSE(mime->hasText()); // text fields do not take it
    EXPECT_EQ(detail::decodeMove(mime.get()), payload);
    QMimeData negative;
    negative.setData(detail::moveMimeType(), R"({"document":"x","scope":"/work","index":-1})");
    EXPECT_EQ(detail::decodeMove(&negative), std::nullopt);
    EXPECT_EQ(detail::decodeMove(nullptr), std::nullopt);
}

} // namespace
} // namespace vitae::desktop
