// vitae: the desktop editor. Opens the user's local store and shows the library, in the
// language chosen in the preferences or the system's.
#include <vitae/desktop/library_window.h>
#include <vitae/desktop/local_store.h>
#include <vitae/desktop/resume_list_model.h>
#include <vitae/desktop/translations.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// --help and --version print text: they need no display.
bool onlyPrints(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

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
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (!hasDisplay() && !onlyPrints(argc, argv)) {
        std::fprintf(stderr, "vitae: no display (DISPLAY and WAYLAND_DISPLAY are unset); "
                             "try ./scripts/run server or vitae-cli --help\n");
        return 2;
    }
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen"); // only --help or --version get here
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vitae"));
    QApplication::setApplicationName(QStringLiteral("vitae"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vitae"));
    QApplication::setApplicationVersion(QStringLiteral(VITAE_VERSION));
    // Before anything shows text, --help included; needs the names above (QSettings).
    vitae::desktop::installPreferredLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The Vitae resume editor."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QApplication::translate("main", "Use this library file."),
        QStringLiteral("FILE"), vitae::desktop::LocalStore::defaultPath());
    // For start-up measurements and smoke tests: print the milliseconds from process start
    // to an interactive library window, then quit.
    const QCommandLineOption exitWhenReady(
        QStringLiteral("exit-when-ready"),
        QApplication::translate("main", "Print the start-up time in ms once the library is "
                                        "ready, then quit."));
    parser.addOptions({storeOption, exitWhenReady});
    parser.process(app);

    const vitae::core::SystemClock clock;
    QString error;
    const auto store = vitae::desktop::LocalStore::open(parser.value(storeOption), clock, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QStringLiteral("Vitae"), error);
        return 1;
    }
    addSampleOnFirstRun(*store);
    vitae::desktop::LibraryWindow window(*store);
    window.show();
    if (parser.isSet(exitWhenReady)) {
        // A zero timer fires once the window's first events (show, layout, paint) are done.
        QTimer::singleShot(0, &app, [&] {
            std::printf("ready_ms %lld rows %d\n", static_cast<long long>(sinceStart.elapsed()),
                        window.model()->rowCount());
            QApplication::quit();
        });
        return QApplication::exec();
    }
    // Where the user left off: the resume last opened, if it is still there.
    const auto last = store->setting(QStringLiteral("lastOpened"));
    if (last && store->find(*last) && !store->find(*last)->deletedAt)
        window.openEditor(*last);
    return QApplication::exec();
}
