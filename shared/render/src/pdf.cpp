#include "fonts.h"
#include "pdf_postprocess.h"

#include <vitae/render/paint.h>
#include <vitae/render/pdf.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace vitae::render {

QByteArray renderPdf(const Document& document, const RenderOptions& options, QString* error) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(72); // one device unit is one point, as in the layout
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Vitae " VITAE_VERSION));
        const QPageSize size(document.theme.pageSize == core::PageSize::Letter ? QPageSize::Letter
                                                                               : QPageSize::A4);
        writer.setPageLayout(
            QPageLayout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = QCoreApplication::translate("vitae::render", "cannot start the PDF");
            return {};
        }
        for (int page = 0; page < document.pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, document, page);
        }
        painter.end();
    }
    const auto finished = detail::finishPdf(
        buffer.data(), {document.author, options.fixedCreationDate, options.pdfA}, error);
    return finished ? *finished : QByteArray();
}

QByteArray renderPdf(const core::Resume& resume, const RenderOptions& options, QString* error) {
    const QString fontError = detail::ensureFontsLoaded();
    if (!fontError.isEmpty()) {
        if (error)
            *error = fontError;
        return {};
    }
    return renderPdf(layoutResume(resume, options), options, error);
}

} // namespace vitae::render
