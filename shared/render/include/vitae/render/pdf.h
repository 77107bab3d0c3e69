// PDF output: Vitae's own writer (src/pdf_writer.cpp) draws every page and finishes the file
// (author, subset fonts, fixed creation date; PDF/A-1b metadata on request), so the file is
// clean for applicant tracking systems and, when asked, for archives.
#pragma once

#include <vitae/core/resume.h>
#include <vitae/render/layout.h>

#include <QByteArray>
#include <QString>

namespace vitae::render {

// The laid-out document as PDF bytes; empty with `error` set on failure.
QByteArray renderPdf(const Document& document, const RenderOptions& options,
                     QString* error = nullptr);
// Layout and PDF in one call.
QByteArray renderPdf(const core::Resume& resume, const RenderOptions& options,
                     QString* error = nullptr);

} // namespace vitae::render
