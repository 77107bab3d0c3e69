// Finishing touches QPdfWriter (Qt 6.4) cannot make: the Author entry, subset tags on the
// font names pdffonts reads, a fixed CreationDate, and for PDF/A-1b the XMP metadata kept
// equal to the Info dictionary and a file ID derived from the content. Edits the objects in
// place and rewrites the cross-reference table, so the file stays valid (qpdf --check).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vitae::render::detail {

struct PdfFinish {
    QString author;                        // "" = none
    std::optional<QDateTime> creationDate; // none = keep what QPdfWriter wrote
    bool pdfA = false;                     // the file was written as PDF/A-1b
};

// The finished file; nothing (and why in `error`) when the bytes are not the single-section
// cross-reference layout QPdfWriter writes.
std::optional<QByteArray> finishPdf(const QByteArray& pdf, const PdfFinish& finish,
                                    QString* error = nullptr);

// A PDF text string: UTF-16BE with byte order mark, hex-encoded ("<FEFF...>").
QByteArray pdfTextString(const QString& text);

} // namespace vitae::render::detail
