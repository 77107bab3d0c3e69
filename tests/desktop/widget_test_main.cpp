// main() for widget tests: a QApplication on the offscreen platform, and Qt's test mode
// for standard paths so settings and stores never touch the user's real ones.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VitaeTests"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
