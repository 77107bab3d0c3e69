// Step 3's benchmarks: start-up to an interactive library window with 1,000 resumes in
// the store (whole `vitae` processes, against the same start with an empty store),
// keystroke-to-preview latency on a two-page resume (against the 50 ms budget), and
// peak memory of both. Prints a table; exits 1 when a target is missed.
//   bench_desktop VITAE_BINARY SAMPLE_JSON [--runs N] [--keystrokes N]
#include "preview_pane.h"
#include "section_form.h"

#include <vitae/core/clock.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/local_store.h>
#include <vitae/desktop/resume_document.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace {

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats statsOf(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1))];
    };
    return {at(0.5), at(0.95)};
}

long peakRssKiB(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

bool fillStore(const QString& path, const QByteArray& sample, int count) {
    const vitae::core::SystemClock clock;
    auto store = vitae::desktop::LocalStore::open(path, clock);
    if (!store)
        return false;
    store->setSetting(QStringLiteral("firstRunDone"), QStringLiteral("1"));
    for (int i = 0; i < count; ++i) {
        if (!store->create(
                {QStringLiteral("Resume %1").arg(i), QStringLiteral("classic"), sample, {}}))
            return false;
    }
    return true;
}

// Median and p95 of `runs` whole processes' "ready_ms".
Stats measureStartup(const QString& binary, const QString& store, int runs) {
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(binary,
                      {QStringLiteral("--store"), store, QStringLiteral("--exit-when-ready")});
        process.waitForFinished(60'000);
        const QList<QByteArray> words = process.readAllStandardOutput().split(' ');
        if (words.size() >= 2 && words[0] == "ready_ms")
            times.push_back(words[1].toDouble());
    }
    return times.empty() ? Stats{-1, -1} : statsOf(times);
}

// Milliseconds from a key press in the name field to the preview having re-rendered.
Stats measureKeystrokes(const QString& storePath, const QByteArray& sample, int keystrokes) {
    const vitae::core::SystemClock clock;
    auto store = vitae::desktop::LocalStore::open(storePath, clock);
    const auto created =
        store->create({QStringLiteral("Two pages"), QStringLiteral("classic"), sample, {}});
    vitae::desktop::EditorWindow editor(*store, created->id);
    editor.resize(1400, 900);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        return {-1, -1};
    editor.preview()->renderNow();
    auto* name =
        qobject_cast<QLineEdit*>(editor.currentForm()->widgetFor(QStringLiteral("/basics/name")));
    name->setFocus();
    QSignalSpy rendered(editor.preview(), &vitae::desktop::detail::PreviewPane::rendered);
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < keystrokes; ++i) {
        const int before = static_cast<int>(rendered.count());
        timer.start();
        QTest::keyClick(name, i % 2 == 0 ? Qt::Key_A : Qt::Key_Backspace);
        while (rendered.count() == before)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return statsOf(times);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr,
                     "usage: bench_desktop VITAE_BINARY SAMPLE_JSON [--runs N] [--keystrokes N]\n");
        return 2;
    }
    const auto option = [&](const char* name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1StringView(name));
        return at > 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
    };
    const int runs = option("--runs", 10);
    const int keystrokes = option("--keystrokes", 200);
    QFile sampleFile(args[2]);
    if (!sampleFile.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray sample = sampleFile.readAll();

    QTemporaryDir dir;
    const QString full = dir.filePath(QStringLiteral("full.sqlite"));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    if (!fillStore(full, sample, 1000) || !fillStore(empty, sample, 0))
        return 1;
    const Stats withLibrary = measureStartup(args[1], full, runs);
    const Stats reference = measureStartup(args[1], empty, runs);
    const long startupPeakKiB = peakRssKiB(RUSAGE_CHILDREN);
    const Stats typing =
        measureKeystrokes(dir.filePath(QStringLiteral("typing.sqlite")), sample, keystrokes);
    const long inProcessPeakKiB = peakRssKiB(RUSAGE_SELF);

    std::printf("%-44s %10s %10s %10s\n", "measurement", "median", "p95", "ratio");
    std::printf("%-44s %8.1f ms %7.1f ms %9.2fx  (vs empty store)\n",
                "start-up to library, 1,000 resumes", withLibrary.median, withLibrary.p95,
                withLibrary.median / reference.median);
    std::printf("%-44s %8.1f ms %7.1f ms %10s\n", "start-up to library, empty store (reference)",
                reference.median, reference.p95, "1.00x");
    std::printf("%-44s %8.2f ms %7.2f ms %9.2fx  (vs 50 ms budget)\n",
                "keystroke to preview, 2-page resume", typing.median, typing.p95,
                typing.median / 50.0);
    std::printf("%-44s %8.1f MiB\n", "peak memory, vitae process (1,000 resumes)",
                static_cast<double>(startupPeakKiB) / 1024.0);
    std::printf("%-44s %8.1f MiB\n", "peak memory, editor with preview (in-process)",
                static_cast<double>(inProcessPeakKiB) / 1024.0);
    const bool typingOk = typing.median > 0 && typing.median < 50.0;
    std::printf("%s keystroke-to-preview median < 50 ms\n", typingOk ? "PASS" : "FAIL");
    return typingOk && withLibrary.median > 0 ? 0 : 1;
}
