#include "section_form.h"

#include "entry_frame.h"
#include "field_labels.h"
#include "finding_colours.h"

#include <vitae/core/finding.h>
#include <vitae/core/resume_paths.h>
#include <vitae/core/sections.h>

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace vitae::desktop::detail {
namespace {

QString placeholderFor(core::TextKind kind) {
    switch (kind) {
    case core::TextKind::Email:
        return QStringLiteral("name@example.com");
    case core::TextKind::Url:
    case core::TextKind::Uri:
        return QStringLiteral("https://");
    case core::TextKind::Date:
        return QCoreApplication::translate("vitae::desktop::fields", "YYYY-MM-DD, YYYY-MM or YYYY");
    case core::TextKind::CountryCode:
        return QStringLiteral("DE");
    default:
        return {};
    }
}

// The items of a list field: one a line, blank lines left out (they are where the next
// item is being typed).
QStringList listItems(const QString& text) {
    QStringList items = text.split(QLatin1Char('\n'));
    items.removeAll(QString());
    return items;
}

// Both keep the cursor where it was, as far as the new text allows: an undo from the
// toolbar changes the field that is being typed in.
void setPlainText(QPlainTextEdit* edit, const QString& text) {
    const int position = edit->textCursor().position();
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(qMin(position, edit->document()->characterCount() - 1));
    edit->setTextCursor(cursor);
}

void setLineText(QLineEdit* edit, const QString& text) {
    const int position = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(static_cast<int>(qMin<qsizetype>(position, edit->text().size())));
}

// "/work/1/up" <-> "/work/1/down"; empty for any other name.
QString oppositeMoveButton(const QString& name) {
    if (name.endsWith(QLatin1StringView("/up")))
        return name.chopped(3) + QStringLiteral("/down");
    if (name.endsWith(QLatin1StringView("/down")))
        return name.chopped(5) + QStringLiteral("/up");
    return {};
}

} // namespace

// Builds the rows of one struct's form by walking its describe() list.
class FormBuilder {
public:
    FormBuilder(SectionForm& form, QFormLayout* layout, QString prefix)
        : form_(form)
        , layout_(layout)
        , prefix_(std::move(prefix)) {}

    template <class T>
    void build(const T& value) {
        T::describe(value, *this);
    }

    void text(QStringView key, const core::Text&, core::TextKind kind) {
        if (kind == core::TextKind::Identifier || kind == core::TextKind::SectionKey)
            return; // ids and layout keys are managed by the editor, not typed
        const QString pointer = core::appendPointer(prefix_, key);
        const QString name = labelForKey(key);
        ResumeDocument& document = form_.document_;
        QWidget* widget = nullptr;
        if (kind == core::TextKind::Paragraph) {
            auto* edit = new QPlainTextEdit;
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(96);
            QObject::connect(edit, &QPlainTextEdit::textChanged, &form_,
                             [form = &form_, &document, edit, pointer, name] {
                                 if (!form->refreshing_)
                                     document.setText(pointer, edit->toPlainText(), name);
                             });
            widget = edit;
        } else {
            auto* edit = new QLineEdit;
            edit->setPlaceholderText(placeholderFor(kind));
            QObject::connect(edit, &QLineEdit::textEdited, &form_,
                             [&document, pointer, name](const QString& t) {
                                 document.setText(pointer, t, name);
                             });
            widget = edit;
        }
        addRow(key, pointer, widget);
    }

    void textList(QStringView key, const core::TextList&) {
        const QString pointer = core::appendPointer(prefix_, key);
        auto* edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(96);
        edit->setPlaceholderText(
            QCoreApplication::translate("vitae::desktop::fields", "One item per line"));
        ResumeDocument& document = form_.document_;
        QObject::connect(edit, &QPlainTextEdit::textChanged, &form_,
                         [form = &form_, &document, edit, pointer, name = labelForKey(key)] {
                             if (!form->refreshing_)
                                 document.setTextList(pointer, listItems(edit->toPlainText()),
                                                      name);
                         });
        addRow(key, pointer, edit);
    }

    void flag(QStringView, const core::Flag&) {}

    template <class T>
    void object(QStringView key, const std::optional<T>& field) {
        const QString pointer = core::appendPointer(prefix_, key);
        auto* box = new QGroupBox(labelForKey(key));
        auto* inner = new QFormLayout(box);
        FormBuilder nested(form_, inner, pointer);
        nested.build(field.value_or(T{}));
        layout_->addRow(box);
    }

    // A list inside an object (the profiles of Basics) sits in a box headed by its name,
    // as the object's other parts (its location) do.
    template <class T>
    void entries(QStringView key, const core::Entries<T>& field) {
        auto* box = new QGroupBox(labelForKey(key));
        auto* inner = new QFormLayout(box);
        FormBuilder nested(form_, inner, prefix_);
        nested.buildEntryList(core::appendPointer(prefix_, key), field);
        layout_->addRow(box);
    }

    // Each entry in a box of its own that can be dragged, moved and removed, then an add
    // button. The form only asks for these changes; the editor makes them and keeps the
    // keyboard focus with the entry.
    template <class T>
    void buildEntryList(const QString& pointer, const core::Entries<T>& field) {
        const qsizetype count = field ? static_cast<qsizetype>(field->size()) : 0;
        SectionForm* form = &form_;
        for (qsizetype i = 0; i < count; ++i) {
            auto* frame = new EntryFrame({form_.document_.id(), pointer, i}, count);
            FormBuilder nested(form_, frame->fields(), frame->pointer());
            nested.build((*field)[static_cast<std::size_t>(i)]);
            frame->addButtons();
            QObject::connect(frame, &EntryFrame::moveRequested, form,
                             [form, pointer](qsizetype from, qsizetype to) {
                                 Q_EMIT form->entryMoveRequested(pointer, from, to);
                             });
            QObject::connect(frame, &EntryFrame::removeRequested, form,
                             [form, pointer](qsizetype index) {
                                 Q_EMIT form->entryRemoveRequested(pointer, index);
                             });
            layout_->addRow(frame);
        }
        auto* add =
            new QPushButton(QCoreApplication::translate("vitae::desktop::fields", "Add entry"));
        add->setObjectName(pointer + QStringLiteral("/add"));
        QObject::connect(add, &QPushButton::clicked, form,
                         [form, pointer] { Q_EMIT form->entryAddRequested(pointer); });
        layout_->addRow(add);
    }

    void dateRange(const core::Text&, QStringView, const core::Text&, QStringView) {}

private:
    void addRow(QStringView key, const QString& pointer, QWidget* widget) {
        widget->setAccessibleName(labelForKey(key));
        widget->setObjectName(pointer);
        layout_->addRow(labelForKey(key), widget);
        form_.fields_.insert(pointer, widget);
    }

    SectionForm& form_;
    QFormLayout* layout_;
    QString prefix_;
};

// Finds the typed entry list at a pointer and has a FormBuilder build it.
class EntriesAt {
public:
    EntriesAt(FormBuilder& builder, QStringList tokens)
        : builder_(builder)
        , tokens_(std::move(tokens)) {}

    template <class T>
    void walk(const T& value) {
        T::describe(value, *this);
    }
    void text(QStringView, const core::Text&, core::TextKind) {}
    void textList(QStringView, const core::TextList&) {}
    void flag(QStringView, const core::Flag&) {}
    void dateRange(const core::Text&, QStringView, const core::Text&, QStringView) {}

    template <class T>
    void object(QStringView key, const std::optional<T>& field) {
        if (at_ + 1 < tokens_.size() && tokens_[at_] == key && field) {
            ++at_;
            walk(*field);
            --at_;
        }
    }

    template <class T>
    void entries(QStringView key, const core::Entries<T>& field) {
        if (at_ >= tokens_.size() || tokens_[at_] != key)
            return;
        if (at_ + 1 == tokens_.size()) {
            builder_.buildEntryList(QLatin1Char('/') + tokens_.join(QLatin1Char('/')), field);
            return;
        }
        const qsizetype index = tokens_[at_ + 1].toLongLong();
        if (field && index >= 0 && index < static_cast<qsizetype>(field->size())) {
            at_ += 2;
            walk((*field)[static_cast<std::size_t>(index)]);
            at_ -= 2;
        }
    }

private:
    FormBuilder& builder_;
    QStringList tokens_;
    qsizetype at_ = 0;
};

QString entriesPointer(const core::Resume& resume, const QString& sectionKey) {
    const QString customId = core::customSectionId(sectionKey);
    if (customId.isEmpty())
        return QLatin1Char('/') + sectionKey;
    const auto& custom = resume.vitae ? resume.vitae->customSections : std::nullopt;
    for (std::size_t i = 0; custom && i < custom->size(); ++i) {
        if ((*custom)[i].id == customId)
            return QStringLiteral("/vitae/customSections/%1/entries").arg(i);
    }
    return {};
}

SectionForm::SectionForm(ResumeDocument& document, const QString& sectionKey,
                         const QString& sectionTitle, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , sectionKey_(sectionKey)
    , sectionTitle_(sectionTitle) {
    build();
    refresh();
}

void SectionForm::build() {
    auto* layout = new QFormLayout(this);
    FormBuilder builder(*this, layout, QString());
    const core::Resume& resume = document_.resume();
    if (sectionKey_ == QLatin1StringView("basics")) {
        FormBuilder basics(*this, layout, QStringLiteral("/basics"));
        basics.build(resume.basics.value_or(core::Basics{}));
        return;
    }
    const QString pointer = entriesPointer(resume, sectionKey_);
    EntriesAt locate(builder,
                     pointer.sliced(qMin<qsizetype>(1, pointer.size())).split(QLatin1Char('/')));
    locate.walk(resume);
}

QWidget* SectionForm::widgetFor(const QString& pointer) const {
    return fields_.value(pointer, nullptr);
}

QString SectionForm::entryHeading(core::Resume& resume, const QString& entry) {
    const auto textOf = [&](QStringView key) {
        const core::FieldRef field = core::fieldAt(resume, core::appendPointer(entry, key));
        return field.text && *field.text ? (*field.text)->trimmed() : QString();
    };
    const auto joined = [](const QString& first, const QString& second, const QString& format) {
        if (first.isEmpty() || second.isEmpty())
            return first.isEmpty() ? second : first;
        return format.arg(first, second);
    };
    // A work entry's "name" is the company; elsewhere it is what the entry is.
    const bool nameIsEmployer =
        core::fieldAt(resume, core::appendPointer(entry, u"position")).text != nullptr;
    QString what = textOf(u"position");
    if (what.isEmpty())
        what = joined(textOf(u"studyType"), textOf(u"area"), tr("%1 in %2"));
    QString where = textOf(u"institution");
    if (where.isEmpty())
        where = textOf(u"organization");
    if (where.isEmpty() && nameIsEmployer)
        where = textOf(u"name");
    if (what.isEmpty() && where.isEmpty()) {
        for (const QStringView key : {u"name", u"title", u"language", u"network"}) {
            what = textOf(key);
            if (!what.isEmpty())
                break;
        }
    }
    return joined(what, where, tr("%1 — %2"));
}

QString SectionForm::listTitle(const QString& list) const {
    if (list == QLatin1StringView("/basics/profiles"))
        return QCoreApplication::translate("vitae::desktop::fields", "Profiles");
    return sectionTitle_;
}

void SectionForm::refresh() {
    core::Resume resume = document_.resume();
    for (EntryFrame* frame : findChildren<EntryFrame*>())
        frame->setHeading(entryHeading(resume, frame->pointer()), listTitle(frame->place().scope));
    // The field being typed in too: an undo from the toolbar or the menu changes it while it
    // keeps the focus. What the user typed already matches the model, so it stays as it is.
    const QScopedValueRollback guard(refreshing_, true);
    for (auto it = fields_.cbegin(); it != fields_.cend(); ++it) {
        const core::FieldRef field = core::fieldAt(resume, it.key());
        const QString text = field.text && *field.text ? **field.text : QString();
        if (auto* line = qobject_cast<QLineEdit*>(it.value())) {
            if (line->text() != text)
                setLineText(line, text);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(it.value())) {
            if (field.textList) {
                const QStringList items = field.textList->value_or(QStringList());
                if (listItems(plain->toPlainText()) != items)
                    setPlainText(plain, items.join(QLatin1Char('\n')));
            } else if (plain->toPlainText() != text)
                setPlainText(plain, text);
        }
    }
}

void SectionForm::showFindings(const core::Findings& findings) {
    for (QWidget* widget : std::as_const(fields_)) {
        widget->setStyleSheet(QString());
        widget->setToolTip(QString());
    }
    for (const core::Finding& finding : findings) {
        QWidget* widget = widgetFor(finding.path);
        if (widget == nullptr)
            continue;
        // The border's colour is chosen against the fields' background, so the mark reads
        // as well in a dark palette as in a light one. The window's palette, which the
        // fields inherit: on a palette change the window hears of it before they do.
        const QColor colour =
            findingColour(finding.severity, window()->palette().color(QPalette::Base));
        widget->setStyleSheet(QStringLiteral("border: 1px solid %1;").arg(colour.name()));
        widget->setToolTip(core::message(finding));
    }
}

QWidget* SectionForm::focusControl(const QString& name) {
    // findChild() with an empty name would match any widget.
    auto* control = name.isEmpty() ? nullptr : findChild<QWidget*>(name);
    if (control == nullptr)
        return nullptr;
    if (auto* entry = qobject_cast<EntryFrame*>(control)) {
        entry->focusFirstControl();
        return entry;
    }
    if (!control->isEnabled()) {
        // A move button at an end of the list: its opposite number, else the entry.
        const QString oppositeName = oppositeMoveButton(name);
        auto* opposite = oppositeName.isEmpty() ? nullptr : findChild<QWidget*>(oppositeName);
        if (opposite != nullptr && opposite->isEnabled())
            control = opposite;
        else if (EntryFrame* entry = EntryFrame::containing(control)) {
            entry->focusFirstControl();
            return entry;
        } else
            return nullptr;
    }
    control->setFocus(Qt::OtherFocusReason);
    return control;
}

} // namespace vitae::desktop::detail
