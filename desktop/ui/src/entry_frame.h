// One entry of a list in a section form ("/work/2"): its fields in a box with a grip to
// drag it by, and buttons and a context menu to move or remove it. Entries of the same
// list dropped on it land above or below it, as the drop indicator shows.
#pragma once

#include "reorder_drag.h"

#include <QGroupBox>

#include <optional>

class QFormLayout;
class QVBoxLayout;

namespace vitae::desktop::detail {

class EntryFrame : public QGroupBox {
    Q_OBJECT

public:
    // `place`: the resume, the list's JSON pointer and this entry's index in it;
    // `count`: how many entries the list has.
    EntryFrame(const MovePayload& place, qsizetype count, QWidget* parent = nullptr);

    const MovePayload& place() const { return place_; }
    qsizetype index() const { return place_.index; }
    qsizetype count() const { return count_; }
    // The entry's own pointer, "/work/2"; also its object name.
    QString pointer() const;
    // Where the entry's fields go.
    QFormLayout* fields() const { return fields_; }
    // Adds the move and remove buttons below the fields, so Tab reaches them last.
    void addButtons();
    // Titles the box (and names it for screen readers) by the entry's content, "Engineer —
    // Parcelwise GmbH"; an empty `heading` gives "<list> entry N" with `listTitle`.
    void setHeading(const QString& heading, const QString& listTitle);
    // Puts the cursor in the entry's first enabled control.
    void focusFirstControl();
    // The entry that holds `widget` (or is it), or nullptr.
    static EntryFrame* containing(QWidget* widget);

Q_SIGNALS:
    void moveRequested(qsizetype from, qsizetype to);
    void removeRequested(qsizetype index);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void startDrag();
    // The sibling a drop would move, or nothing when the drop is not ours to take.
    std::optional<qsizetype> droppedIndex(const QDropEvent* event) const;
    bool isLowerHalf(const QDropEvent* event) const;
    void requestMove(qsizetype from, qsizetype to);

    MovePayload place_;
    qsizetype count_;
    QVBoxLayout* layout_;
    QFormLayout* fields_;
    Grip* grip_;
    std::optional<QPoint> pressedAt_;
    std::optional<bool> dropBelow_; // where the drop indicator is drawn, while dragged over
    bool lifted_ = false;           // drawn faded while it is itself being dragged
};

} // namespace vitae::desktop::detail
