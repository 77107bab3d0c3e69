// A process that writes to a store, for test_local_store's tests across processes.
//
//   store_writer_process STORE
//     saves one resume over and over until it is killed, printing "saved N" after each
//     commit; the test kills it mid-save and checks what survives: a whole document with a
//     counter at least the last one printed.
//   store_writer_process STORE --library-changes N
//     N times: creates a resume, deletes it, restores it, makes it the default; each change
//     reads the library before it writes. Exits 0 when all succeeded, else prints the
//     store's error and exits 1. Two of these at once check that writers wait for each
//     other instead of failing.
#include <vitae/desktop/local_store.h>

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace {

using vitae::desktop::LocalStore;

int failed(const LocalStore& store, const char* what) {
    std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(store.lastError()));
    return 1;
}

[[noreturn]] void saveUntilKilled(LocalStore& store) {
    const auto created = store.create({QStringLiteral("0"), QStringLiteral("classic"),
                                       QByteArray(R"({"counter":0})"), QString()});
    if (!created)
        std::exit(failed(store, "create"));
    // A large payload makes each transaction long enough to be killed inside it.
    const QByteArray padding(qsizetype{256} * 1024, 'x');
    for (qint64 counter = 1;; ++counter) {
        const QByteArray data =
            R"({"counter":)" + QByteArray::number(counter) + R"(,"padding":")" + padding + R"("})";
        if (!store.saveData(created->id, data))
            std::exit(failed(store, "save"));
        std::printf("saved %lld\n", static_cast<long long>(counter));
        std::fflush(stdout);
    }
}

int changeTheLibrary(LocalStore& store, int rounds) {
    for (int round = 0; round < rounds; ++round) {
        const auto created = store.create(
            {QString::number(round), QStringLiteral("classic"), QByteArray("{}"), QString()});
        if (!created)
            return failed(store, "create");
        if (!store.remove(created->id))
            return failed(store, "remove");
        if (!store.restore(created->id))
            return failed(store, "restore");
        if (!store.makeDefault(created->id))
            return failed(store, "make default");
    }
    std::printf("done\n");
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const bool changes =
        arguments.size() == 4 && arguments[2] == QLatin1StringView("--library-changes");
    if (arguments.size() != 2 && !changes) {
        std::fprintf(stderr, "usage: store_writer_process STORE [--library-changes N]\n");
        return 2;
    }
    const vitae::core::SystemClock clock;
    QString error;
    auto store = LocalStore::open(arguments[1], clock, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (changes)
        return changeTheLibrary(*store, arguments[3].toInt());
    saveUntilKilled(*store);
}
