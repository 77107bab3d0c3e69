// Finishing touches QPdfWriter (Qt 6.4) cannot make: the Author entry, subset tags on the
// font names pdffonts reads, and a fixed CreationDate. Edits the object dictionaries in place
// and rewrites the cross-reference table, so the file stays valid (qpdf --check).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vitae::render::detail {

struct PdfFinish {
    QString author;                        // "" = none
    std::optional<QDateTime> creationDate; // none = keep what QPdfWriter wrote
};

// The finished file; nothing (and why in `error`) when the bytes are not the single-section
// cross-reference layout QPdfWriter writes.
std::optional<QByteArray> finishPdf(const QByteArray& pdf, const PdfFinish& finish,
                                    QString* error = nullptr);

// A PDF text string: UTF-16BE with byte order mark, hex-encoded ("<FEFF...>").
QByteArray pdfTextString(const QString& text);

} // namespace vitae::render::detail
