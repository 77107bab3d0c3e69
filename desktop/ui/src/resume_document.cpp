#include <vitae/core/json_resume.h>
#include <vitae/core/resume_paths.h>
#include <vitae/core/sections.h>
#include <vitae/core/validation.h>
#include <vitae/desktop/resume_document.h>

#include <QUndoCommand>
#include <QUndoStack>

namespace vitae::desktop {
namespace {

constexpr int kAutosaveDelayMs = 400;

// Entry counts of every list: when they differ, the forms' shape changed.
QList<qsizetype> shapeOf(const core::Resume& resume) {
    QList<qsizetype> shape;
    for (const core::ResolvedSection& section : core::resolveSections(resume))
        shape.append(section.entryCount);
    shape.append(resume.basics && resume.basics->profiles
                     ? static_cast<qsizetype>(resume.basics->profiles->size())
                     : 0);
    return shape;
}

} // namespace

// The whole resume before and after: simple, exact undo for every kind of change.
class SnapshotCommand : public QUndoCommand {
public:
    SnapshotCommand(ResumeDocument& document, core::Resume before, core::Resume after,
                    const QString& text, const QString& mergeKey)
        : QUndoCommand(text)
        , document_(document)
        , before_(std::move(before))
        , after_(std::move(after))
        , mergeKey_(mergeKey) {}

    void redo() override { document_.replace(after_); }
    void undo() override { document_.replace(before_); }
    int id() const override { return mergeKey_.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = static_cast<const SnapshotCommand*>(other);
        if (next->mergeKey_ != mergeKey_)
            return false;
        after_ = next->after_;
        return true;
    }

private:
    ResumeDocument& document_;
    core::Resume before_;
    core::Resume after_;
    QString mergeKey_;
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
        findings_ = imported.findings + core::validate(resume_);
    }
    autosave_.setSingleShot(true);
    autosave_.setInterval(kAutosaveDelayMs);
    connect(&autosave_, &QTimer::timeout, this, &ResumeDocument::saveNow);
}

ResumeDocument::~ResumeDocument() {
    saveNow();
}

void ResumeDocument::edit(const QString& text, const std::function<void(core::Resume&)>& change,
                          const QString& mergeKey) {
    core::Resume after = resume_;
    change(after);
    if (after == resume_)
        return;
    undoStack_->push(new SnapshotCommand(*this, resume_, std::move(after), text, mergeKey));
}

void ResumeDocument::setText(const QString& pointer, const QString& value) {
    edit(
        tr("Edit %1").arg(pointer),
        [&](core::Resume& resume) {
            const core::FieldRef field = core::fieldAt(resume, pointer, true);
            if (field.text != nullptr)
                *field.text = value.isEmpty() ? core::Text() : core::Text(value);
        },
        pointer);
}

void ResumeDocument::setTextList(const QString& pointer, const QStringList& items) {
    edit(
        tr("Edit %1").arg(pointer),
        [&](core::Resume& resume) {
            const core::FieldRef field = core::fieldAt(resume, pointer, true);
            if (field.textList != nullptr)
                *field.textList = items.isEmpty() ? core::TextList() : core::TextList(items);
        },
        pointer);
}

void ResumeDocument::replace(const core::Resume& resume) {
    const bool structural = shapeOf(resume) != shapeOf(resume_);
    resume_ = resume;
    findings_ = core::validate(resume_);
    dirty_ = true;
    autosave_.start();
    Q_EMIT changed(structural);
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

} // namespace vitae::desktop
