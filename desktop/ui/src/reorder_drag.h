// Moving things by drag and drop inside one editor: what a drag carries (a MIME type of
// our own, so text or files dropped from elsewhere are refused), where a drop lands, and
// the grip that shows where to take hold.
#pragma once

#include <QString>
#include <QWidget>

#include <optional>

class QMimeData;

namespace vitae::desktop::detail {

// The MIME type of a move inside the editor.
QString moveMimeType();

// The scope of the section list's moves; entry lists use their JSON pointer ("/work").
QString sectionScope();

// What is being moved: item `index` of the list `scope` in the resume `documentId`.
// A drop is taken only where all three match, so entries never jump between lists,
// sections or windows.
struct MovePayload {
    QString documentId;
    QString scope;
    qsizetype index = -1;

    bool operator==(const MovePayload&) const = default;
};

QMimeData* encodeMove(const MovePayload& payload);
// Nothing when the data is not a move of ours or is malformed.
std::optional<MovePayload> decodeMove(const QMimeData* mime);

// The index item `from` ends at when dropped before item `onto` (or after it, when
// `after`), for a move that takes the item out and puts it back: in [A, B, C], A
// dropped after B ends at 1.
qsizetype moveTarget(qsizetype from, qsizetype onto, bool after);

// Six dots in the palette's text colour: the sign for "take hold here and drag". Asks
// for a drag once pressed and moved past the platform's drag distance; not focusable,
// since keyboard users move with the buttons and Alt+Up / Alt+Down instead.
class Grip : public QWidget {
    Q_OBJECT

public:
    explicit Grip(QWidget* parent = nullptr);

Q_SIGNALS:
    void dragRequested();

protected:
    void paintEvent(class QPaintEvent* event) override;
    void mousePressEvent(class QMouseEvent* event) override;
    void mouseMoveEvent(class QMouseEvent* event) override;

private:
    std::optional<QPoint> pressedAt_;
};

// True once a press at `from` has moved far enough to be a drag, not a click.
bool isDragDistance(QPoint from, QPoint to);

} // namespace vitae::desktop::detail
