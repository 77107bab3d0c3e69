// The PDF a laid-out document becomes, written by us: each page drawn through PageCanvas into
// a content stream; fonts embedded as subsets (Type 0 / CIDFontType2, Identity-H) with widths
// and a ToUnicode map, /ActualText where glyphs do not map one to one onto the characters;
// link annotations; the Info dictionary; on request PDF/A-1b.
#pragma once

#include <vitae/render/canvas.h>

#include <QByteArray>
#include <QDateTime>
#include <QSizeF>
#include <QString>

#include <memory>

namespace vitae::render::detail {

struct PdfInfo {
    QString title;  // "" = none
    QString author; // "" = none
    QString creator;
    QDateTime creationDate;
    bool pdfA = false; // PDF/A-1b: XMP metadata, sRGB output intent, CIDSets, printable links
};

struct PdfWriterOptions {
    // Every font drawn as Type 3 outlines, as fonts without TrueType outlines are; for tests.
    bool outlineFontsOnly = false;
};

class PdfWriter {
public:
    explicit PdfWriter(QSizeF pageSizePt, PdfWriterOptions options = {});
    PdfWriter(const PdfWriter&) = delete;
    PdfWriter& operator=(const PdfWriter&) = delete;
    ~PdfWriter();

    // The canvas of a new page, valid until the next call or finish().
    PageCanvas& newPage();
    // The file; empty, and why in `error`, when it cannot be made.
    QByteArray finish(const PdfInfo& info, QString* error = nullptr);

    struct Document; // the pages and fonts so far (pdf_writer.cpp)

private:
    std::unique_ptr<Document> document_;
};

} // namespace vitae::render::detail
