// main() for the renderer's tests: a QGuiApplication (fonts need one), headless. The QHash
// seed stays random: the PDF's bytes must not depend on it (test_render_cli compares them with
// vitae-cli's, whose seed is fixed).
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // also while ctest lists the tests
    QGuiApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
