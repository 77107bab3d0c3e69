#include "window_helpers.h"

#include <QTest>
#include <QWidget>

namespace vitae::test {

bool showActive(QWidget& window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowExposed(&window) && QTest::qWaitForWindowActive(&window);
}

} // namespace vitae::test
