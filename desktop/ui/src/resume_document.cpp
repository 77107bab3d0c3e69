#include <vitae/core/json_resume.h>
#include <vitae/core/limits.h>
#include <vitae/core/validation.h>
#include <vitae/desktop/resume_document.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalBlocker>
#include <QUndoCommand>
#include <QUndoStack>

namespace vitae::desktop {
namespace {

constexpr int kAutosaveDelayMs = 400;

// The bytes the text field at `pointer` adds to the saved (compact) document, give or take
// a constant for its kind; nothing when the field is absent or `pointer` names no text.
std::optional<qsizetype> savedSizeOf(core::Resume& resume, const QString& pointer) {
    if (pointer.isEmpty())
        return std::nullopt;
    const core::FieldRef field = core::fieldAt(resume, pointer);
    QJsonArray value;
    if (field.text != nullptr && *field.text)
        value.append(**field.text);
    else if (field.textList != nullptr && *field.textList)
        value = QJsonArray::fromStringList(**field.textList);
    else
        return std::nullopt;
    return QJsonDocument(value).toJson(QJsonDocument::Compact).size();
}

} // namespace

// The whole resume before and after: simple, exact undo for every kind of change. A step
// with a merge key is typing into one field; any other step reshapes the forms. A step
// with a typed field changed that text field and nothing else.
class SnapshotCommand : public QUndoCommand {
public:
    SnapshotCommand(ResumeDocument& document, core::Resume before, core::Resume after,
                    const QString& text, const QString& mergeKey, const QString& typedField)
        : QUndoCommand(text)
        , document_(document)
        , before_(std::move(before))
        , after_(std::move(after))
        , mergeKey_(mergeKey)
        , typedField_(typedField) {}

    void redo() override { document_.replace(after_, mergeKey_.isEmpty(), typedField_); }
    void undo() override { document_.replace(before_, mergeKey_.isEmpty(), typedField_); }
    int id() const override { return mergeKey_.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = static_cast<const SnapshotCommand*>(other);
        if (next->mergeKey_ != mergeKey_ || next->typedField_ != typedField_)
            return false;
        after_ = next->after_;
        // Typed back to where it started: an undo step that would do nothing.
        setObsolete(after_ == before_);
        return true;
    }

private:
    ResumeDocument& document_;
    core::Resume before_;
    core::Resume after_;
    QString mergeKey_;
    QString typedField_;
};

ResumeDocument::ResumeDocument(LocalStore& store, const QString& id, QObject* parent)
    : QObject(parent)
    , store_(store)
    , id_(id)
    , undoStack_(new QUndoStack(this)) {
    const auto stored = store.find(id);
    if (stored && !stored->deletedAt) {
        const core::ImportResult imported = core::importJsonResume(stored->data);
        valid_ = imported.parsed;
        resume_ = imported.resume;
        importFindings_ = imported.findings;
        findings_ = importFindings_ + core::validate(resume_);
    }
    autosave_.setSingleShot(true);
    autosave_.setInterval(kAutosaveDelayMs);
    connect(&autosave_, &QTimer::timeout, this, &ResumeDocument::saveNow);
}

ResumeDocument::~ResumeDocument() {
    // The last save, quietly: whoever would hear of a failure (the window that owns this
    // document) is being destroyed itself.
    const QSignalBlocker quiet(this);
    saveNow();
}

bool ResumeDocument::edit(const QString& text, const std::function<void(core::Resume&)>& change,
                          const QString& mergeKey) {
    return push(text, change, mergeKey, {});
}

bool ResumeDocument::push(const QString& text, const std::function<void(core::Resume&)>& change,
                          const QString& mergeKey, const QString& typedField) {
    core::Resume after = resume_;
    change(after);
    if (after == resume_)
        return false;
    undoStack_->push(
        new SnapshotCommand(*this, resume_, std::move(after), text, mergeKey, typedField));
    return true;
}

void ResumeDocument::setText(const QString& pointer, const QString& value,
                             const QString& fieldName) {
    push(
        tr("Edit %1").arg(fieldName.isEmpty() ? pointer : fieldName),
        [&](core::Resume& resume) {
            const core::FieldRef field = core::fieldAt(resume, pointer, true);
            if (field.text != nullptr)
                *field.text = value.isEmpty() ? core::Text() : core::Text(value);
        },
        pointer, pointer);
}

void ResumeDocument::setTextList(const QString& pointer, const QStringList& items,
                                 const QString& fieldName) {
    push(
        tr("Edit %1").arg(fieldName.isEmpty() ? pointer : fieldName),
        [&](core::Resume& resume) {
            const core::FieldRef field = core::fieldAt(resume, pointer, true);
            if (field.textList != nullptr)
                *field.textList = items.isEmpty() ? core::TextList() : core::TextList(items);
        },
        pointer, pointer);
}

bool ResumeDocument::editEntries(const QString& text, const QString& list,
                                 const std::function<void(const core::EntryListRef&)>& change,
                                 bool create) {
    return edit(text, [&](core::Resume& resume) {
        const auto entries = core::fieldAt(resume, list, create).entries;
        if (entries)
            change(*entries);
    });
}

bool ResumeDocument::addEntry(const QString& list, const QString& text) {
    // The first profile of a resume without basics makes them.
    return editEntries(
        text, list, [](const core::EntryListRef& entries) { entries.insertEmpty(entries.count()); },
        true);
}

bool ResumeDocument::moveEntry(const QString& list, qsizetype from, qsizetype to,
                               const QString& text) {
    return editEntries(text, list, [from, to](const core::EntryListRef& entries) {
        const qsizetype count = entries.count();
        if (from >= 0 && to >= 0 && from < count && to < count)
            entries.move(from, to);
    });
}

bool ResumeDocument::removeEntry(const QString& list, qsizetype index, const QString& text) {
    return editEntries(text, list, [index](const core::EntryListRef& entries) {
        if (index >= 0 && index < entries.count())
            entries.remove(index);
    });
}

qsizetype ResumeDocument::entryCount(const QString& list) const {
    core::Resume copy = resume_; // fieldAt() hands out writable references
    const auto entries = core::fieldAt(copy, list).entries;
    return entries ? entries->count() : 0;
}

void ResumeDocument::replace(const core::Resume& resume, bool structural,
                             const QString& typedField) {
    const std::optional<qsizetype> fieldBefore = savedSizeOf(resume_, typedField);
    resume_ = resume;
    const std::optional<qsizetype> fieldAfter = savedSizeOf(resume_, typedField);
    // Typing in a field that stays filled in changes nothing that reading the saved
    // document back reports, but for its size: worked out here, as reading back a large
    // document on every keystroke would be slow (some 50 ms at 1 MiB).
    const qsizetype size = fieldBefore && fieldAfter ? savedSize_ + *fieldAfter - *fieldBefore : -1;
    if (savedSize_ >= 0 && size >= 0 && savedSize_ <= core::limits::maxDocumentBytes &&
        size <= core::limits::maxDocumentBytes)
        savedSize_ = size;
    else
        readBack();
    findings_ = importFindings_ + core::validate(resume_);
    dirty_ = true;
    autosave_.start();
    Q_EMIT changed(structural);
}

void ResumeDocument::readBack() {
    const QByteArray saved = core::exportJsonResumeBytes(resume_, core::JsonStyle::Compact);
    savedSize_ = saved.size();
    importFindings_ = core::importJsonResume(saved).findings;
}

bool ResumeDocument::saveNow() {
    autosave_.stop();
    if (!dirty_)
        return true;
    const QString templateId =
        resume_.vitae && resume_.vitae->templateId ? *resume_.vitae->templateId : QString();
    if (!store_.saveData(id_, core::exportJsonResumeBytes(resume_, core::JsonStyle::Compact),
                         templateId)) {
        Q_EMIT saveFailed(store_.lastError());
        return false;
    }
    dirty_ = false;
    return true;
}

void ResumeDocument::discardUnsavedChanges() {
    autosave_.stop();
    dirty_ = false;
}

} // namespace vitae::desktop
