// The editor's list of sections: basics first and fixed, then the resume's sections in
// their order, each with a visibility check box. Sections are reordered by dragging
// them or with Alt+Up / Alt+Down; the list only asks, the editor makes the change.
#pragma once

#include "reorder_drag.h"

#include <QListWidget>

#include <optional>

namespace vitae::desktop::detail {

class SectionList : public QListWidget {
    Q_OBJECT

public:
    explicit SectionList(QWidget* parent = nullptr);

    // The resume whose sections these are; drags from other editors are refused.
    void setDocumentId(const QString& id) { documentId_ = id; }
    // Rows before this one (basics) are not sections: they neither move nor take drops.
    static constexpr int kFirstSectionRow = 1;
    // The section index of a row, or -1 for basics.
    static qsizetype sectionIndex(int row) { return row - kFirstSectionRow; }

Q_SIGNALS:
    // Section `from` (an index into core::resolveSections) should move to index `to`.
    void sectionMoveRequested(qsizetype from, qsizetype to);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct DropPlace {
        qsizetype onto = 0; // section index
        bool after = false;
    };
    // Where a drop at `position` (viewport coordinates) goes.
    DropPlace dropPlace(QPoint position) const;
    std::optional<qsizetype> draggedSection(const QDropEvent* event) const;
    qsizetype sectionCount() const { return count() - kFirstSectionRow; }

    QString documentId_;
    std::optional<int> dropLineY_; // the drop indicator, in viewport coordinates
};

} // namespace vitae::desktop::detail
