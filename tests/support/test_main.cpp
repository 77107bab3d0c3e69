// main() for every GoogleTest executable: a QCoreApplication exists, as in the products,
// so translation and resources behave as they do there.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
