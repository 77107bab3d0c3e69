// One resume open in the editor: the model, its undo history, its findings, and its
// autosave to the local store. Every change goes through edit(), so each one is
// undoable, validated and saved, whichever widget made it.
#pragma once

#include <vitae/core/finding.h>
#include <vitae/core/resume.h>
#include <vitae/core/resume_paths.h>
#include <vitae/desktop/local_store.h>

#include <QObject>
#include <QTimer>

#include <functional>

class QUndoStack;

namespace vitae::desktop {

class ResumeDocument : public QObject {
    Q_OBJECT

public:
    // Loads resume `id` from the store; isValid() is false when it cannot be read.
    ResumeDocument(LocalStore& store, const QString& id, QObject* parent = nullptr);
    // Saves what is pending; a failure then is not signalled (its listeners are going too).
    ~ResumeDocument() override;

    bool isValid() const { return valid_; }
    QString id() const { return id_; }
    const core::Resume& resume() const { return resume_; }
    // The shared rules' findings, and what reading the document back as saved reports (a
    // value of the wrong type, kept and written back; a document over the size limit).
    const core::Findings& findings() const { return findings_; }
    QUndoStack* undoStack() const { return undoStack_; }

    // Applies `change` as one undoable step named `text`. Steps with the same non-empty
    // `mergeKey` in a row (typing into one field) merge into one undo step. Returns false
    // when `change` changed nothing (no step is recorded then).
    bool edit(const QString& text, const std::function<void(core::Resume&)>& change,
              const QString& mergeKey = {});
    // Sets the text at a JSON pointer (made if absent); empty text removes the field.
    // `fieldName` is what the undo step calls the field ("Edit Position"); the pointer
    // stands in when it is empty.
    void setText(const QString& pointer, const QString& value, const QString& fieldName = {});
    void setTextList(const QString& pointer, const QStringList& items,
                     const QString& fieldName = {});
    // The entries of the list at `list` ("/work", "/basics/profiles"), each one undoable
    // step named `text`. They return false when nothing changed (an index out of range,
    // a move onto itself).
    bool addEntry(const QString& list, const QString& text);
    bool moveEntry(const QString& list, qsizetype from, qsizetype to, const QString& text);
    bool removeEntry(const QString& list, qsizetype index, const QString& text);
    // How many entries the list at `list` has (0 when there is no such list).
    qsizetype entryCount(const QString& list) const;

    // Writes pending changes now (autosave otherwise waits a moment after typing stops).
    bool saveNow();
    // Drops the changes not saved yet, which the user gave up (their save failed): neither
    // autosave nor the destructor writes them later, and the store keeps what it has. For
    // a document about to go with its window: resume() still holds them, so a further
    // edit would save them along with it.
    void discardUnsavedChanges();

Q_SIGNALS:
    // After every change, undo and redo. `structural` for every change but typing into
    // a field (entries added, removed or moved, sections, template): forms are rebuilt
    // rather than refreshed, so no widget keeps showing a value that moved elsewhere.
    void changed(bool structural);
    void saveFailed(const QString& reason);

private:
    friend class SnapshotCommand;
    // `typedField`: the text field a typing step changed, and nothing else; empty for any
    // other change.
    bool push(const QString& text, const std::function<void(core::Resume&)>& change,
              const QString& mergeKey, const QString& typedField);
    void replace(const core::Resume& resume, bool structural, const QString& typedField);
    // What reading the saved document back reports (values of the wrong type, kept in
    // `extra` and written back; its size), as reopening it would.
    void readBack();
    bool editEntries(const QString& text, const QString& list,
                     const std::function<void(const core::EntryListRef&)>& change,
                     bool create = false);

    LocalStore& store_;
    QString id_;
    core::Resume resume_;
    core::Findings findings_;
    // The findings of reading the document back, and its size as saved (-1: not known yet,
    // as the store may hold the bytes another way than the editor writes them).
    core::Findings importFindings_;
    qsizetype savedSize_ = -1;
    QUndoStack* undoStack_;
    QTimer autosave_;
    bool valid_ = false;
    bool dirty_ = false;
};

} // namespace vitae::desktop
