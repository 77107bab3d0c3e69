#include "window_size.h"

#include <QScreen>
#include <QWidget>

namespace vitae::desktop::detail {

QSize fitToScreen(QSize preferred, QSize available) {
    return preferred.boundedTo(available * 0.9);
}

void restoreOrFitGeometry(QWidget& window, const QByteArray& saved, QSize preferred) {
    if (!saved.isEmpty() && window.restoreGeometry(saved))
        return;
    const QScreen* screen = window.screen();
    window.resize(screen != nullptr ? fitToScreen(preferred, screen->availableGeometry().size())
                                    : preferred);
}

} // namespace vitae::desktop::detail
