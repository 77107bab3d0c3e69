// The form of one section: a field per modelled property, built from the model's own
// describe() lists, so every section (custom ones included) gets a complete form with
// no per-section widget code. Widgets are registered by JSON pointer, the same names
// findings use.
#pragma once

#include <vitae/desktop/resume_document.h>

#include <QHash>
#include <QWidget>

namespace vitae::desktop::detail {

class SectionForm : public QWidget {
    Q_OBJECT

public:
    // `sectionKey`: "basics", a standard section key, or "custom:<id>"; `sectionTitle`, its
    // name as the section list shows it, titles entries that have no content yet.
    SectionForm(ResumeDocument& document, const QString& sectionKey,
                const QString& sectionTitle = QString(), QWidget* parent = nullptr);

    // Copies the model's values into the widgets whose text differs (the focused one too,
    // keeping its cursor), and titles each entry by its content.
    void refresh();
    // Marks fields that have findings and clears the others.
    void showFindings(const core::Findings& findings);
    // The widget of a field, or nullptr when this form has none.
    QWidget* widgetFor(const QString& pointer) const;
    QString sectionKey() const { return sectionKey_; }
    // Gives the keyboard focus to the control named `name` (a field's pointer, an entry's
    // pointer for its first control, or a button such as "/work/1/up"); returns it, or
    // nullptr when the form has no such control.
    QWidget* focusControl(const QString& name);

Q_SIGNALS:
    // `list` is the entries' JSON pointer: "/work", "/basics/profiles".
    void entryAddRequested(const QString& list);
    void entryMoveRequested(const QString& list, qsizetype from, qsizetype to);
    void entryRemoveRequested(const QString& list, qsizetype index);

private:
    friend class FormBuilder;
    void build();
    // What an entry is called by its content: "Position — Company", "Study type in Area —
    // Institution", else its name or title; empty when it has none of these.
    static QString entryHeading(core::Resume& resume, const QString& entry);
    QString listTitle(const QString& list) const;

    ResumeDocument& document_;
    QString sectionKey_;
    QString sectionTitle_;
    QHash<QString, QWidget*> fields_;
    // Set while refresh() writes into the fields: their change signals are not the user's.
    bool refreshing_ = false;
};

// Where a section's entries live in the document: "/work", "/vitae/customSections/2/entries".
QString entriesPointer(const core::Resume& resume, const QString& sectionKey);

} // namespace vitae::desktop::detail
