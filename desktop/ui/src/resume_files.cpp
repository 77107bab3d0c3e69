#include <vitae/core/json_resume.h>
#include <vitae/core/library_rules.h>
#include <vitae/core/template_catalogue.h>
#include <vitae/core/validation.h>
#include <vitae/desktop/resume_files.h>
#include <vitae/render/layout.h>
#include <vitae/render/paint.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPrinter>
#include <QSaveFile>
#include <QStringList>

namespace vitae::desktop {
namespace {

// This file's messages, under one translation context that lupdate also sees.
struct ResumeFiles {
    Q_DECLARE_TR_FUNCTIONS(vitae::desktop::ResumeFiles)
};

// The title an imported resume gets in the library: its name and label, else its name,
// else the file's name, the first that makes a title (line breaks read as spaces, cut to a
// title's length); a generic one when none does.
QString titleFor(const core::Resume& resume, const QString& path) {
    const auto& basics = resume.basics;
    const QString name = basics && basics->name ? basics->name->simplified() : QString();
    const QString label = basics && basics->label ? basics->label->simplified() : QString();
    QStringList candidates;
    if (!name.isEmpty() && !label.isEmpty())
        candidates.append(name + QStringLiteral(" – ") + label);
    candidates.append(name);
    candidates.append(QFileInfo(path).completeBaseName().simplified());
    for (const QString& candidate : std::as_const(candidates)) {
        // What does not fit goes from the end: the label before the name.
        QString title = core::titleWithSuffix(candidate, QString());
        if (core::titleFindings(title).isEmpty())
            return title;
    }
    return ResumeFiles::tr("Imported resume");
}

} // namespace

ImportedFile readResumeFile(const QString& path) {
    ImportedFile read;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.error = ResumeFiles::tr("Cannot read %1: %2").arg(path, file.errorString());
        return read;
    }
    const QByteArray bytes = file.read(16 * core::limits::maxDocumentBytes + 1);
    const core::ImportResult imported = core::importJsonResume(bytes);
    read.findings = imported.findings;
    if (!imported.parsed) {
        read.error =
            ResumeFiles::tr("%1 is not a JSON Resume file.").arg(QFileInfo(path).fileName());
        return read;
    }
    read.findings += core::validate(imported.resume);
    const QString templateId = imported.resume.vitae && imported.resume.vitae->templateId
                                   ? *imported.resume.vitae->templateId
                                   : core::TemplateCatalogue::builtin().defaultTemplate().id;
    read.resume = NewResume{titleFor(imported.resume, path), templateId, bytes, QString()};
    return read;
}

ImportOutcome importResumeFile(LocalStore& store, const QString& path) {
    ImportedFile read = readResumeFile(path);
    ImportOutcome outcome{std::nullopt, std::move(read.findings), std::move(read.error)};
    if (!read.resume)
        return outcome;
    outcome.resume = store.create(*read.resume);
    if (!outcome.resume)
        outcome.error = store.lastError();
    return outcome;
}

bool exportResumeFile(const core::Resume& resume, const QString& path, QString* error) {
    const QByteArray bytes = core::exportJsonResumeBytes(resume);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error != nullptr)
        *error = file.errorString();
    return false;
}

bool printResume(const core::Resume& resume, QPrinter& printer, QString* error,
                 const render::RenderOptions& options) {
    const render::Document document = render::layoutResume(resume, options);
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(document.pageSizePt, QPageSize::Point));
    printer.setDocName(document.title);
    QPainter painter;
    if (!painter.begin(&printer)) {
        if (error != nullptr)
            *error = ResumeFiles::tr("The printer could not be started.");
        return false;
    }
    // The renderer paints in points; the printer's device has its own resolution.
    const qreal scale = printer.resolution() / 72.0;
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0 && !printer.newPage()) {
            if (error != nullptr)
                *error = ResumeFiles::tr("The printer refused a new page.");
            return false;
        }
        painter.save();
        painter.scale(scale, scale);
        render::paintPage(painter, document, page);
        painter.restore();
    }
    return painter.end();
}

} // namespace vitae::desktop
