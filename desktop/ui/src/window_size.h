// The size a main window opens at the first time, before it has saved geometry of its
// own: roomy enough for its content, never larger than the screen it opens on.
#pragma once

#include <QSize>

class QByteArray;
class QWidget;

namespace vitae::desktop::detail {

// Room for the library's columns, and for the editor's sections, form and a page of
// preview side by side.
inline constexpr QSize kLibraryOpeningSize{900, 560};
inline constexpr QSize kEditorOpeningSize{1400, 900};

// `preferred`, at most nine tenths of `available` in each direction (the window frame,
// and a glimpse of the desktop behind it).
QSize fitToScreen(QSize preferred, QSize available);

// Restores `saved` (QWidget::saveGeometry()); without usable saved geometry, resizes
// `window` to `preferred` fitted to the free area of its screen. Without this a main
// window opens at its size hint: the library's titles elided, the editor's form and
// preview cut off.
void restoreOrFitGeometry(QWidget& window, const QByteArray& saved, QSize preferred);

} // namespace vitae::desktop::detail
