// main() for the renderer's tests: a QGuiApplication (fonts need one), headless, and a
// deterministic QHash seed so PDF bytes are reproducible as in vitae-cli.
#include <QGuiApplication>
#include <QHashFunctions>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // also while ctest lists the tests
    QHashSeed::setDeterministicGlobalSeed();
    QGuiApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
