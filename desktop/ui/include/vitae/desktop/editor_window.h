// The editor of one resume: sections on the left (order and visibility), the form of
// the chosen section in the middle, the live preview on the right and the findings
// below. Every edit is undoable and saved automatically.
#pragma once

#include <vitae/core/resume.h>
#include <vitae/desktop/local_store.h>
#include <vitae/render/layout.h>

#include <QMainWindow>
#include <QMessageBox>

class QComboBox;
class QDockWidget;
class QListWidget;
class QScrollArea;
class QToolBar;

namespace vitae::desktop {

class ResumeDocument;
namespace detail {
class EntryFrame;
class PreviewPane;
class SectionForm;
class SectionList;
class UndoActions;
} // namespace detail

class EditorWindow : public QMainWindow {
    Q_OBJECT

public:
    EditorWindow(LocalStore& store, const QString& resumeId, QWidget* parent = nullptr);
    ~EditorWindow() override;

    bool isValid() const;
    ResumeDocument* document() const { return document_; }
    detail::PreviewPane* preview() const { return preview_; }
    QListWidget* sectionList() const;
    QListWidget* findingList() const { return findings_; }
    detail::SectionForm* currentForm() const { return form_; }
    QComboBox* templateBox() const { return templates_; }
    QAction* preferencesAction() const { return preferences_; }

    // Shows the section's form; "basics", a section key or "custom:<id>".
    void showSection(const QString& key);
    // Shows the section holding `pointer` and puts the cursor in that field.
    void focusField(const QString& pointer);
    // Moves the current section one place up (-1) or down (+1) in the resume's order.
    void moveCurrentSection(int delta);
    // Moves the entry holding the keyboard focus one place up (-1) or down (+1).
    void moveFocusedEntry(int delta);
    bool exportPdf(const QString& path, QString* error = nullptr);
    // What preview, print and PDF are drawn with: the paper chosen in the preferences.
    render::RenderOptions renderOptions() const;

Q_SIGNALS:
    // The window accepted a close: its edits are saved (or the user chose to drop them).
    void closed();

protected:
    void closeEvent(class QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    // Names every action, menu and label in the current language (at start and on a switch).
    void retranslate();
    void onSettingChanged(const QString& key);
    // Saves the edits before the window closes; when that fails, asks whether to retry,
    // to close without them or to keep the window open. True when the window may close.
    bool saveBeforeClosing();
    QMessageBox::StandardButton askAboutUnsavedEdits(const QString& reason);
    void onChanged(bool structural);
    // Entries and sections change shape through these: one undoable step each, with the
    // keyboard focus following the entry it was on.
    void addEntry(const QString& list);
    void moveEntry(const QString& list, qsizetype from, qsizetype to);
    void removeEntry(const QString& list, qsizetype index);
    void moveSection(qsizetype from, qsizetype to);
    QString entryListTitle(const QString& list) const;
    detail::EntryFrame* focusedEntry() const;
    QString focusedControlName() const;
    void updateMoveActions();
    void placeInTabOrder(QWidget* form);
    void fillSections();
    void fillFindings();
    void setSectionVisible(const QString& key, bool visible);
    QString currentSectionKey() const;

    LocalStore& store_;
    ResumeDocument* document_;
    detail::SectionList* sections_;
    QScrollArea* formArea_;
    detail::SectionForm* form_ = nullptr;
    detail::PreviewPane* preview_;
    QListWidget* findings_;
    QComboBox* templates_;
    QDockWidget* findingsDock_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* sectionMenu_ = nullptr;
    QToolBar* toolbar_ = nullptr;
    QAction* exportPdf_ = nullptr;
    QAction* exportJson_ = nullptr;
    QAction* print_ = nullptr;
    QAction* close_ = nullptr;
    QAction* moveUp_ = nullptr;
    QAction* moveDown_ = nullptr;
    QAction* moveEntryUp_ = nullptr;
    QAction* moveEntryDown_ = nullptr;
    QAction* preferences_ = nullptr;
    detail::UndoActions* undoActions_ = nullptr;
    bool filling_ = false;
    QString focusAfterChange_; // the control a move or add sends the focus to
};

// The section a JSON pointer belongs to: "basics", "work", "custom:<id>"; empty if none.
QString sectionOfPointer(const core::Resume& resume, const QString& pointer);

} // namespace vitae::desktop
