// vitae: the desktop editor. Opens the user's local store and shows the library.
#include <vitae/desktop/library_window.h>
#include <vitae/desktop/local_store.h>

#include <QApplication>
#include <QFile>
#include <QMessageBox>

#include <cstdio>

namespace {

// Without a display Qt would abort with a long message; say what to do instead.
bool hasDisplay() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// The first start shows a filled-in resume to learn from, not an empty window.
void addSampleOnFirstRun(vitae::desktop::LocalStore& store) {
    const QString key = QStringLiteral("firstRunDone");
    if (store.setting(key))
        return;
    QFile sample(QStringLiteral(":/vitae/samples/sample-resume.json"));
    if (store.list(true).isEmpty() && sample.open(QIODevice::ReadOnly))
        store.create({QCoreApplication::translate("main", "Sample resume"),
                      QStringLiteral("classic"), sample.readAll(), QString()});
    store.setSetting(key, QStringLiteral("1"));
}

} // namespace

int main(int argc, char** argv) {
    if (!hasDisplay()) {
        std::fprintf(stderr, "vitae: no display (DISPLAY and WAYLAND_DISPLAY are unset); "
                             "try ./scripts/run server or vitae-cli --help\n");
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vitae"));
    QApplication::setApplicationName(QStringLiteral("vitae"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vitae"));
    QApplication::setApplicationVersion(QStringLiteral(VITAE_VERSION));

    const vitae::core::SystemClock clock;
    QString error;
    const auto store =
        vitae::desktop::LocalStore::open(vitae::desktop::LocalStore::defaultPath(), clock, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QStringLiteral("Vitae"), error);
        return 1;
    }
    addSampleOnFirstRun(*store);
    vitae::desktop::LibraryWindow window(*store);
    window.show();
    // Where the user left off: the resume last opened, if it is still there.
    const auto last = store->setting(QStringLiteral("lastOpened"));
    if (last && store->find(*last) && !store->find(*last)->deletedAt)
        window.openEditor(*last);
    return QApplication::exec();
}
