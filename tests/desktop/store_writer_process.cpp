// A process that saves one resume over and over until it is killed, printing
// "saved N" after each commit. test_local_store kills it mid-save and checks what
// survives: a whole document with a counter at least the last one printed.
#include <vitae/desktop/local_store.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_writer_process STORE\n");
        return 2;
    }
    const vitae::core::SystemClock clock;
    QString error;
    auto store = vitae::desktop::LocalStore::open(QString::fromLocal8Bit(argv[1]), clock, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto created = store->create({QStringLiteral("0"), QStringLiteral("classic"),
                                        QByteArray(R"({"counter":0})"), QString()});
    if (!created)
        return 1;
    // A large payload makes each transaction long enough to be killed inside it.
    const QByteArray padding(256 * 1024, 'x');
    for (qint64 counter = 1;; ++counter) {
        const QByteArray data =
            R"({"counter":)" + QByteArray::number(counter) + R"(,"padding":")" + padding + R"("})";
        if (!store->saveData(created->id, data))
            return 1;
        std::printf("saved %lld\n", static_cast<long long>(counter));
        std::fflush(stdout);
    }
}
