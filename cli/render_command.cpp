#include "render_command.h"

#include <vitae/core/json_resume.h>
#include <vitae/core/template_catalogue.h>
#include <vitae/core/validation.h>
#include <vitae/render/layout.h>
#include <vitae/render/paint.h>
#include <vitae/render/pdf.h>
#include <vitae/render/theme.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>
#include <optional>

namespace vitae::cli {
namespace {

// vitae-cli's messages under one context that lupdate also sees (a free tr() function
// leaves lupdate guessing it from the namespace). The tool installs no translation.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(vitae::cli)
};

const QString kCommand = QStringLiteral("render");
const QString kImport = QStringLiteral("import");

int usageError(Streams streams, const QString& message, const QString& command = kCommand) {
    streams.err << "vitae-cli " << command << ": " << message << '\n';
    return UsageError;
}

int unknownTemplate(const QString& command, const QString& id, Streams streams) {
    QStringList ids;
    for (const core::TemplateInfo& info : core::TemplateCatalogue::builtin().templates())
        ids.append(info.id);
    return usageError(
        streams,
        Cli::tr("unknown template \"%1\"; one of: %2").arg(id, ids.join(QStringLiteral(", "))),
        command);
}

// Qt names the program by its path in the help; name the command as the user types it.
QString helpText(const QCommandLineParser& parser, const QString& command) {
    QString text = parser.helpText();
    const qsizetype start = text.indexOf(QLatin1Char(' ')) + 1;
    text.replace(start, text.indexOf(QLatin1Char(' '), start) - start,
                 QStringLiteral("vitae-cli ") + command);
    return text;
}

void printFindings(const core::Findings& findings, QTextStream& out) {
    for (const core::Finding& finding : findings) {
        out << core::severityName(finding.severity) << ' '
            << (finding.path.isEmpty() ? QStringLiteral("(document)") : finding.path) << ' '
            << core::codeName(finding.code) << ": " << core::message(finding) << '\n';
    }
}

std::optional<QByteArray> readFile(const QString& path, qint64 limit, Streams streams) {
    QFile file(path);
    const bool opened = path == QLatin1StringView("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : file.open(QIODevice::ReadOnly);
    if (!opened) {
        streams.err << "vitae-cli: " << Cli::tr("cannot read %1: %2").arg(path, file.errorString())
                    << '\n';
        return std::nullopt;
    }
    return file.read(limit);
}

bool writeFile(const QString& path, const QByteArray& bytes, Streams streams) {
    if (path == QLatin1StringView("-")) {
        streams.out.flush();
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size() &&
            out.flush())
            return true;
        streams.err << "vitae-cli: " << Cli::tr("cannot write to standard output") << '\n';
        return false;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    streams.err << "vitae-cli: " << Cli::tr("cannot write %1: %2").arg(path, file.errorString())
                << '\n';
    return false;
}

// SOURCE_DATE_EPOCH (reproducible-builds.org) fixes the PDF's creation date.
std::optional<QDateTime> sourceDateEpoch(Streams streams, bool* bad) {
    const QByteArray value = qgetenv("SOURCE_DATE_EPOCH");
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (!ok || seconds < 0) {
        streams.err << "vitae-cli render: "
                    << Cli::tr("SOURCE_DATE_EPOCH must be seconds since 1970, not \"%1\"")
                           .arg(QString::fromLocal8Bit(value))
                    << '\n';
        *bad = true;
        return std::nullopt;
    }
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

} // namespace

bool commandNeedsGui(const QString& command) {
    return command == kCommand;
}

int runRender(const QStringList& arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(Cli::tr(
        "Draws a resume as PDF (and page images) with one of the templates.\n"
        "SOURCE_DATE_EPOCH, when set, fixes the PDF's creation date so the same input gives\n"
        "the same bytes."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("The resume (- for standard input)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The PDF to write (- for standard output)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption templateId(
        QStringLiteral("template"),
        Cli::tr("Template id (see vitae-cli templates); default: the resume's own, else classic."),
        QStringLiteral("T"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        Cli::tr("A JSON theme file overriding fonts, colours and spacing."), QStringLiteral("F"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   Cli::tr("Paper size: a4 or letter (default: the template's)."),
                                   QStringLiteral("SIZE"));
    const QCommandLineOption png(QStringLiteral("png"),
                                 Cli::tr("Also write each page as DIR/page-N.png."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 Cli::tr("Resolution of the page images (default 150)."),
                                 QStringLiteral("N"), QStringLiteral("150"));
    const QCommandLineOption noPageNumbers(QStringLiteral("no-page-numbers"),
                                           Cli::tr("Leave out the page numbers."));
    const QCommandLineOption pdfA(
        QStringLiteral("pdfa"), Cli::tr("Write PDF/A-1b, the archival PDF some portals ask for."));
    parser.addOptions({help, output, templateId, theme, paper, png, dpi, noPageNumbers, pdfA});

    if (!parser.parse(QStringList{kCommand} + arguments))
        return usageError(streams, parser.errorText());
    if (parser.isSet(help)) {
        streams.out << helpText(parser, kCommand);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(streams, Cli::tr("expected one FILE argument; see --help"));
    if (!parser.isSet(output) && !parser.isSet(png))
        return usageError(streams, Cli::tr("missing -o OUT.pdf or --png DIR; see --help"));

    render::RenderOptions options;
    if (parser.isSet(templateId)) {
        options.templateId = parser.value(templateId);
        if (!core::TemplateCatalogue::builtin().find(options.templateId))
            return unknownTemplate(kCommand, options.templateId, streams);
    }
    if (parser.isSet(paper)) {
        const QString value = parser.value(paper).toLower();
        if (value == QLatin1StringView("a4"))
            options.pageSize = core::PageSize::A4;
        else if (value == QLatin1StringView("letter"))
            options.pageSize = core::PageSize::Letter;
        else
            return usageError(
                streams,
                Cli::tr("--paper must be a4 or letter, not \"%1\"").arg(parser.value(paper)));
    }
    bool ok = false;
    const int imageDpi = parser.value(dpi).toInt(&ok);
    if (!ok || imageDpi < 36 || imageDpi > 1200)
        return usageError(streams, Cli::tr("--dpi must be a number from 36 to 1200"));
    if (parser.isSet(noPageNumbers))
        options.pageNumbers = false;
    options.pdfA = parser.isSet(pdfA);
    bool badEpoch = false;
    options.fixedCreationDate = sourceDateEpoch(streams, &badEpoch);
    if (badEpoch)
        return UsageError;

    const auto bytes =
        readFile(positional.front(), 16 * core::limits::maxDocumentBytes + 1, streams);
    if (!bytes)
        return IoError;
    const core::ImportResult imported = core::importJsonResume(*bytes);
    const core::Findings findings =
        imported.parsed ? imported.findings + core::validate(imported.resume) : imported.findings;
    if (!imported.parsed || core::hasErrors(findings)) {
        core::Findings errors;
        for (const core::Finding& finding : findings) {
            if (finding.severity == core::Severity::Error)
                errors.append(finding);
        }
        printFindings(errors, streams.err);
        streams.err << "vitae-cli render: "
                    << Cli::tr("the resume has errors; fix them (vitae-cli validate) to render it")
                    << '\n';
        return ResumeHasErrors;
    }

    if (parser.isSet(theme)) {
        const auto themeBytes = readFile(parser.value(theme), qint64{1024} * 1024, streams);
        if (!themeBytes)
            return IoError;
        QString themeError;
        const render::Theme base = render::resolveTheme(imported.resume, options);
        options.theme = render::Theme::fromJson(*themeBytes, base, &themeError);
        if (!options.theme) {
            return usageError(
                streams, Cli::tr("bad theme file %1: %2").arg(parser.value(theme), themeError));
        }
    }

    const render::Document document = render::layoutResume(imported.resume, options);
    if (parser.isSet(output)) {
        QString error;
        const QByteArray pdf = render::renderPdf(document, options, &error);
        if (pdf.isEmpty()) {
            streams.err << "vitae-cli render: " << error << '\n';
            return IoError;
        }
        if (!writeFile(parser.value(output), pdf, streams))
            return IoError;
    }
    if (parser.isSet(png)) {
        const QString dir = parser.value(png);
        if (!QDir().mkpath(dir)) {
            streams.err << "vitae-cli: " << Cli::tr("cannot create directory %1").arg(dir) << '\n';
            return IoError;
        }
        for (int page = 0; page < document.pageCount(); ++page) {
            const QString path = QDir(dir).filePath(QStringLiteral("page-%1.png").arg(page + 1));
            if (!render::renderPageImage(document, page, imageDpi).save(path, "PNG")) {
                streams.err << "vitae-cli: " << Cli::tr("cannot write %1").arg(path) << '\n';
                return IoError;
            }
        }
    }
    if (parser.value(output) != QLatin1StringView("-")) {
        streams.out << Cli::tr("%n page(s)", nullptr, document.pageCount()) << '\n';
    }
    return Success;
}

int runImport(const QStringList& arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        Cli::tr("Reads a JSON Resume file and writes it as a Vitae resume: the same JSON with\n"
                "Vitae's extension (\"vitae\") and the template to draw it with."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("The resume (- for standard input)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Where to write (- for standard output)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption templateId(
        QStringLiteral("template"),
        Cli::tr("Template id (see vitae-cli templates); default: the file's own, else classic."),
        QStringLiteral("T"));
    parser.addOptions({help, output, templateId});
    if (!parser.parse(QStringList{kImport} + arguments))
        return usageError(streams, parser.errorText(), kImport);
    if (parser.isSet(help)) {
        streams.out << helpText(parser, kImport);
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(streams, Cli::tr("expected one FILE argument; see --help"), kImport);
    if (!parser.isSet(output))
        return usageError(streams, Cli::tr("missing -o OUT; see --help"), kImport);
    if (parser.isSet(templateId) &&
        !core::TemplateCatalogue::builtin().find(parser.value(templateId)))
        return unknownTemplate(kImport, parser.value(templateId), streams);

    const auto bytes = readFile(parser.positionalArguments().front(),
                                16 * core::limits::maxDocumentBytes + 1, streams);
    if (!bytes)
        return IoError;
    core::ImportResult imported = core::importJsonResume(*bytes);
    if (!imported.parsed) {
        printFindings(imported.findings, streams.err);
        return ResumeHasErrors;
    }
    core::Resume& resume = imported.resume;
    if (!resume.vitae)
        resume.vitae = core::VitaeExtension{};
    const core::TemplateCatalogue& catalogue = core::TemplateCatalogue::builtin();
    if (parser.isSet(templateId))
        resume.vitae->templateId = parser.value(templateId);
    else if (!resume.vitae->templateId || !catalogue.find(*resume.vitae->templateId))
        resume.vitae->templateId = catalogue.defaultTemplate().id;
    if (!writeFile(parser.value(output), core::exportJsonResumeBytes(resume), streams))
        return IoError;
    // What the editor will ask to fix, including what the template needs and lacks.
    printFindings(imported.findings + core::validate(resume), streams.err);
    return Success;
}

} // namespace vitae::cli
