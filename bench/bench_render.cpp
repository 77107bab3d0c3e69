// In-process, warm rendering of a resume to PDF: the work a server's export worker repeats
// for every request, measured render by render. One render is the whole job from the JSON
// Resume bytes to the PDF bytes: importJsonResume + validate + layoutResume (blocks,
// QTextLayout shaping and line breaking, pagination) + renderPdf (the page walk into Vitae's
// own PDF writer: content streams, font subsets, ToUnicode maps). Nothing is cached by input
// between renders; what Qt and Vitae keep per process (the font database, loaded font
// engines, the font faces' tables) is what "warm" means. Every render must give the same
// bytes as the first (fixed creation date), which also shows that each one did the whole job.
//
//   bench_render [--resume FILE] [--renders N] [--warmup N] [--phase-renders N]
//                [--expect-pages N] [--json FILE] [--pdf FILE]
//
// Prints median and p95 of the wall time per PDF (and of the thread's CPU time), the first
// render of the process apart, the time of each phase alone, and the process's peak
// resident memory (VmHWM) and how much of it rendering added to what the QGuiApplication
// already held. --json writes all samples (milliseconds) for bench/render/compare.py.
// The default resume is bench/render/two-page-resume.json, two A4 pages in "classic".
#include <vitae/core/finding.h>
#include <vitae/core/json_resume.h>
#include <vitae/core/validation.h>
#include <vitae/render/layout.h>
#include <vitae/render/pdf.h>

#include <QByteArray>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <sys/resource.h>
#include <vector>

namespace {

using namespace vitae;

// Milliseconds of wall time and of this thread's CPU time.
struct Sample {
    double wallMs = 0;
    double cpuMs = 0;
};

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

template <class F>
Sample timed(F&& work) {
    const double cpu = threadCpuMs();
    const auto start = std::chrono::steady_clock::now();
    work();
    const auto end = std::chrono::steady_clock::now();
    return {std::chrono::duration<double, std::milli>(end - start).count(), threadCpuMs() - cpu};
}

// Median (mean of the middle two for an even count) and p95 (nearest rank).
struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> values) {
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    const auto rank = static_cast<size_t>(std::ceil(0.95 * static_cast<double>(n)));
    return {median, values[std::max<size_t>(rank, 1) - 1]};
}

std::vector<double> wall(const std::vector<Sample>& samples) {
    std::vector<double> out;
    for (const Sample& s : samples)
        out.push_back(s.wallMs);
    return out;
}

std::vector<double> cpu(const std::vector<Sample>& samples) {
    std::vector<double> out;
    for (const Sample& s : samples)
        out.push_back(s.cpuMs);
    return out;
}

QJsonArray toJson(const std::vector<double>& values) {
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

// A "VmRSS:"-style line of /proc/self/status in KiB, -1 when absent.
long long statusKiB(const char* key) {
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            QByteArray value = line.mid(prefix.size()).trimmed();
            if (value.endsWith(" kB"))
                value.chop(3);
            bool ok = false;
            const long long kib = value.trimmed().toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

long long maxRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

[[noreturn]] void fail(const QString& message) {
    std::fprintf(stderr, "bench_render: %s\n", qPrintable(message));
    std::exit(1);
}

struct Rendered {
    QByteArray pdf;
    int pages = 0;
};

// The whole job, from JSON bytes to PDF bytes.
Rendered renderWhole(const QByteArray& json, const render::RenderOptions& options) {
    const core::ImportResult imported = core::importJsonResume(json);
    if (!imported.parsed || core::hasErrors(imported.findings + core::validate(imported.resume)))
        fail(QStringLiteral("the resume does not import and validate cleanly"));
    const render::Document document = render::layoutResume(imported.resume, options);
    QString error;
    Rendered out{render::renderPdf(document, options, &error), document.pageCount()};
    if (out.pdf.isEmpty())
        fail(QStringLiteral("renderPdf failed: %1").arg(error));
    return out;
}

void printStats(const char* name, const std::vector<Sample>& samples) {
    const Stats w = stats(wall(samples));
    const Stats c = stats(cpu(samples));
    std::printf("%-34s %5zu  median %8.2f ms  p95 %8.2f ms  (cpu median %.2f ms, p95 %.2f ms)\n",
                name, samples.size(), w.median, w.p95, c.median, c.p95);
}

} // namespace

int main(int argc, char** argv) {
    // As vitae-cli does: headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Warm in-process resume-to-PDF timing."));
    parser.addHelpOption();
    const QCommandLineOption resumeOption(
        QStringLiteral("resume"), QStringLiteral("The JSON Resume to render."),
        QStringLiteral("FILE"),
        QStringLiteral(VITAE_SOURCE_DIR "/bench/render/two-page-resume.json"));
    const QCommandLineOption rendersOption(QStringLiteral("renders"),
                                           QStringLiteral("Measured renders (default 200)."),
                                           QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Unmeasured renders first (default 5)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption phaseOption(
        QStringLiteral("phase-renders"),
        QStringLiteral("Renders per phase timed alone (default 50; 0 = skip)."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption pagesOption(
        QStringLiteral("expect-pages"),
        QStringLiteral("Fail unless the resume lays out on N pages (default 2; 0 = any)."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the samples as JSON to FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       QStringLiteral("Write the rendered PDF to FILE."),
                                       QStringLiteral("FILE"));
    parser.addOptions({resumeOption, rendersOption, warmupOption, phaseOption, pagesOption,
                       jsonOption, pdfOption});
    parser.process(app);

    const auto count = [&](const QCommandLineOption& option, int min) {
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < min)
            fail(
                QStringLiteral("--%1 must be a number >= %2").arg(option.names().front()).arg(min));
        return n;
    };
    const int renders = count(rendersOption, 1);
    const int warmup = count(warmupOption, 0);
    const int phaseRenders = count(phaseOption, 0);
    const int expectPages = count(pagesOption, 0);

    QFile file(parser.value(resumeOption));
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray json = file.readAll();

    render::RenderOptions options;
    options.fixedCreationDate = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());

    const long long rssBeforeKiB = statusKiB("VmRSS");
    const long long hwmBeforeKiB = statusKiB("VmHWM");

    // The first render of the process loads the fonts and warms Qt's caches.
    Rendered first;
    const Sample firstSample = timed([&] { first = renderWhole(json, options); });
    if (expectPages > 0 && first.pages != expectPages) {
        fail(QStringLiteral("%1 lays out on %2 page(s), not %3")
                 .arg(file.fileName())
                 .arg(first.pages)
                 .arg(expectPages));
    }
    if (!first.pdf.startsWith("%PDF-"))
        fail(QStringLiteral("renderPdf gave no PDF"));
    if (parser.isSet(pdfOption)) {
        QFile out(parser.value(pdfOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(first.pdf) != first.pdf.size())
            fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    }

    for (int i = 0; i < warmup; ++i)
        renderWhole(json, options);

    std::vector<Sample> whole;
    whole.reserve(static_cast<size_t>(renders));
    for (int i = 0; i < renders; ++i) {
        Rendered out;
        whole.push_back(timed([&] { out = renderWhole(json, options); }));
        if (out.pdf != first.pdf) // outside the timing: each render did the whole job
            fail(QStringLiteral("render %1 gave other bytes than the first").arg(i + 1));
    }
    const long long hwmAfterKiB = statusKiB("VmHWM");

    // Each phase alone, to see where the time goes (not part of the targets).
    std::vector<Sample> importPhase, layoutPhase, pdfPhase;
    if (phaseRenders > 0) {
        const core::ImportResult imported = core::importJsonResume(json);
        const render::Document document = render::layoutResume(imported.resume, options);
        for (int i = 0; i < phaseRenders; ++i) {
            importPhase.push_back(timed([&] {
                const core::ImportResult r = core::importJsonResume(json);
                const core::Findings findings = core::validate(r.resume);
                if (core::hasErrors(findings))
                    fail(QStringLiteral("validation failed"));
            }));
            layoutPhase.push_back(timed([&] {
                const render::Document d = render::layoutResume(imported.resume, options);
                if (d.pageCount() != first.pages)
                    fail(QStringLiteral("layout changed its page count"));
            }));
            pdfPhase.push_back(timed([&] {
                if (render::renderPdf(document, options).size() != first.pdf.size())
                    fail(QStringLiteral("renderPdf changed its output"));
            }));
        }
    }

    std::printf("bench_render: %s, %d page(s), %lld bytes of PDF; %d measured renders after %d "
                "warm-up\n",
                qPrintable(file.fileName()), first.pages, static_cast<long long>(first.pdf.size()),
                renders, warmup);
    std::printf("%-34s %5d  %8.2f ms (cpu %.2f ms)\n", "first render in the process", 1,
                firstSample.wallMs, firstSample.cpuMs);
    printStats("warm: JSON -> PDF bytes (whole)", whole);
    if (phaseRenders > 0) {
        printStats("  phase: import + validate", importPhase);
        printStats("  phase: layoutResume", layoutPhase);
        printStats("  phase: renderPdf (paint + PDF)", pdfPhase);
    }
    std::printf("memory: VmHWM %.1f MiB (peak of the whole process); RSS before the first render "
                "%.1f MiB (VmHWM then %.1f MiB); rendering added %.1f MiB\n",
                hwmAfterKiB / 1024.0, rssBeforeKiB / 1024.0, hwmBeforeKiB / 1024.0,
                (hwmAfterKiB - rssBeforeKiB) / 1024.0);

    if (parser.isSet(jsonOption)) {
        const QJsonObject result{
            {QStringLiteral("resume"), file.fileName()},
            {QStringLiteral("pages"), first.pages},
            {QStringLiteral("pdfBytes"), first.pdf.size()},
            {QStringLiteral("warmup"), warmup},
            {QStringLiteral("firstMs"), firstSample.wallMs},
            {QStringLiteral("wallMs"), toJson(wall(whole))},
            {QStringLiteral("cpuMs"), toJson(cpu(whole))},
            {QStringLiteral("importValidateMs"), toJson(wall(importPhase))},
            {QStringLiteral("layoutMs"), toJson(wall(layoutPhase))},
            {QStringLiteral("renderPdfMs"), toJson(wall(pdfPhase))},
            {QStringLiteral("rssBeforeKiB"), rssBeforeKiB},
            {QStringLiteral("hwmBeforeKiB"), hwmBeforeKiB},
            {QStringLiteral("hwmKiB"), hwmAfterKiB},
            {QStringLiteral("maxRssKiB"), maxRssKiB()},
        };
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(QJsonDocument(result).toJson(QJsonDocument::Compact)) < 0)
            fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    }
    return 0;
}
