#include "window_helpers.h"

#include <QDir>
#include <QGuiApplication>
#include <QTest>
#include <QWidget>

namespace vitae::test {

bool showActive(QWidget& window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowExposed(&window) && QTest::qWaitForWindowActive(&window);
}

QString screenshotPath(const QString& fileName) {
    QDir folder(QStringLiteral(VITAE_SCREENSHOT_DIR));
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1StringView("offscreen"))
        folder.setPath(folder.filePath(platform));
    folder.mkpath(QStringLiteral("."));
    return folder.filePath(fileName);
}

} // namespace vitae::test
