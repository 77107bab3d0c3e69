#include "fonts.h"
#include "pdf_writer.h"

#include <vitae/render/canvas.h>
#include <vitae/render/pdf.h>

#include <algorithm>

namespace vitae::render {

QByteArray renderPdf(const Document& document, const RenderOptions& options, QString* error) {
    detail::PdfWriter writer(document.pageSizePt);
    for (int page = 0; page < document.pageCount(); ++page)
        drawPage(writer.newPage(), document, page);
    detail::PdfInfo info;
    info.title = document.title;
    info.author = document.author;
    info.creator = QStringLiteral("Vitae " VITAE_VERSION);
    info.creationDate = options.fixedCreationDate.value_or(QDateTime::currentDateTimeUtc());
    info.pdfA = options.pdfA;
    return writer.finish(info, error);
}

QByteArray renderPdf(const core::Resume& resume, const RenderOptions& options, QString* error) {
    QString fontError = detail::ensureFontsLoaded();
    const Document document = fontError.isEmpty() ? layoutResume(resume, options) : Document();
    // The layout loaded the CJK font if the text needs it; a failure to is reported now.
    if (fontError.isEmpty() &&
        std::any_of(document.blocks.begin(), document.blocks.end(),
                    [](const Block& block) { return detail::needsCjkFont(block.plainText()); }))
        fontError = detail::ensureCjkFontLoaded();
    if (!fontError.isEmpty()) {
        if (error)
            *error = fontError;
        return {};
    }
    return renderPdf(document, options, error);
}

} // namespace vitae::render
