// libFuzzer target for the renderer. Whatever resume import accepts, errors included (the
// desktop previews a resume as it is typed), layout and the PDF writer must not crash, the
// file must be whole, and the same resume must give the same bytes.
#include <vitae/core/json_resume.h>
#include <vitae/render/pdf.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QGuiApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

[[noreturn]] void fail(const char* property, const QString& detail) {
    std::fprintf(stderr, "fuzz_render: %s: %s\n", property, qPrintable(detail));
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // Text needs a QGuiApplication for its fonts; offscreen needs no display. Never destroyed
    // (at exit, Qt's thread storage is gone before static objects are), and held by a static
    // pointer, so LeakSanitizer sees it reachable.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static const QGuiApplication* const app = new QGuiApplication(*argc, *argv);
    Q_UNUSED(app);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const vitae::core::ImportResult imported = vitae::core::importJsonResume(input);
    if (!imported.parsed)
        return 0;

    vitae::render::RenderOptions options;
    options.fixedCreationDate = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    options.pdfA = size % 2 == 1; // both kinds of file, without a byte of the input spent on it
    QString error;
    const QByteArray pdf = vitae::render::renderPdf(imported.resume, options, &error);
    if (pdf.isEmpty())
        fail("no PDF", error);
    if (!pdf.startsWith("%PDF-") || !pdf.trimmed().endsWith("%%EOF"))
        fail("the PDF is not whole", QString::number(pdf.size()) + QStringLiteral(" bytes"));
    if (vitae::render::renderPdf(imported.resume, options) != pdf)
        fail("the same resume gave other bytes", QString());
    return 0;
}
