#include "cli_commands.h"

#include "render_command.h"

#include <vitae/core/json_resume.h>
#include <vitae/core/template_catalogue.h>
#include <vitae/core/validation.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

namespace vitae::cli {
namespace {

// vitae-cli's messages under one context that lupdate also sees (a free tr() function
// leaves lupdate guessing it from the namespace). The tool installs no translation.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(vitae::cli)
};

const QString kUsage = QStringLiteral(
    "Usage: vitae-cli COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  validate FILE [--json]   check a JSON Resume file and list its findings\n"
    "  export FILE -o OUT       write the resume back as JSON Resume\n"
    "  templates [--json]       list the templates\n"
    "  render FILE -o OUT.pdf   draw the resume as PDF [--template T] [--theme F] [--png DIR]\n"
    "                           [--paper a4|letter] [--pdfa]\n"
    "  import FILE -o OUT       add Vitae's data (template, layout) to a JSON Resume file\n"
    "\n"
    "FILE may be - for standard input, OUT - for standard output.\n"
    "Run vitae-cli COMMAND --help for a command's options.\n"
    "Exit codes: 0 ok, 1 the resume has errors, 2 usage, 3 a file could not be read or written.\n");

// Parses a command's arguments; on --help or a usage error it has already
// printed what to print and returns the exit code in `exit`.
struct Parsed {
    QStringList positional;
    std::optional<int> exit;
};

Parsed parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
             int positionalCount, Streams streams) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    Parsed parsed;
    if (!parser.parse(QStringList{command} + arguments)) {
        streams.err << "vitae-cli " << command << ": " << parser.errorText() << '\n';
        parsed.exit = UsageError;
        return parsed;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; name the command as the user types it.
        QString text = parser.helpText();
        const qsizetype start = text.indexOf(QLatin1Char(' ')) + 1;
        text.replace(start, text.indexOf(QLatin1Char(' '), start) - start,
                     QStringLiteral("vitae-cli ") + command);
        streams.out << text;
        parsed.exit = Success;
        return parsed;
    }
    parsed.positional = parser.positionalArguments();
    if (parsed.positional.size() != positionalCount) {
        streams.err << "vitae-cli " << command << ": "
                    << Cli::tr("expected %n file argument(s); see --help", nullptr, positionalCount)
                    << '\n';
        parsed.exit = UsageError;
    }
    return parsed;
}

std::optional<QByteArray> readInput(const QString& path, Streams streams) {
    QFile file(path);
    const bool opened = path == QLatin1StringView("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : file.open(QIODevice::ReadOnly);
    // Read one byte past the parse ceiling at most: a larger file is refused by
    // import anyway, and reading it whole could exhaust memory.
    constexpr qint64 kReadCeiling = 16 * core::limits::maxDocumentBytes + 1;
    if (!opened) {
        streams.err << "vitae-cli: " << Cli::tr("cannot read %1: %2").arg(path, file.errorString())
                    << '\n';
        return std::nullopt;
    }
    return file.read(kReadCeiling);
}

bool writeOutput(const QString& path, const QByteArray& bytes, Streams streams) {
    if (path == QLatin1StringView("-")) {
        streams.out << QString::fromUtf8(bytes);
        return true;
    }
    // QSaveFile writes beside the target and renames: a failed write leaves the old file.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    streams.err << "vitae-cli: " << Cli::tr("cannot write %1: %2").arg(path, file.errorString())
                << '\n';
    return false;
}

void printFindingsAsText(const core::Findings& findings, QTextStream& out) {
    qsizetype errors = 0;
    for (const core::Finding& finding : findings) {
        errors += finding.severity == core::Severity::Error ? 1 : 0;
        out << core::severityName(finding.severity) << ' '
            << (finding.path.isEmpty() ? QStringLiteral("(document)") : finding.path) << ' '
            << core::codeName(finding.code) << ": " << core::message(finding) << '\n';
    }
    out << Cli::tr("%n error(s)", nullptr, int(errors)) << ", "
        << Cli::tr("%n warning(s)", nullptr, int(findings.size() - errors)) << '\n';
}

void printFindingsAsJson(const core::Findings& findings, QTextStream& out) {
    QJsonArray array;
    for (const core::Finding& finding : findings)
        array.append(core::toJson(finding));
    out << QJsonDocument(QJsonObject{{QStringLiteral("findings"), array}}).toJson();
}

} // namespace

int runValidate(const QStringList& arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks a JSON Resume file against Vitae's rules and lists the findings.\n"
                "VITAE_MAX_RESUME_SECTIONS sets how many sections a resume may show."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("The resume (- for standard input)."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the findings as JSON."));
    parser.addOption(json);
    const Parsed parsed = parse(parser, QStringLiteral("validate"), arguments, 1, streams);
    if (parsed.exit)
        return *parsed.exit;

    QString configError;
    core::ValidationOptions options;
    options.maxResumeSections = core::maxResumeSectionsFromEnvironment(&configError);
    if (!configError.isEmpty()) {
        streams.err << "vitae-cli: " << configError << '\n';
        return UsageError;
    }
    const auto bytes = readInput(parsed.positional.front(), streams);
    if (!bytes)
        return IoError;
    core::ImportResult imported = core::importJsonResume(*bytes);
    core::Findings findings = imported.findings;
    if (imported.parsed)
        findings += core::validate(imported.resume, options);

    if (parser.isSet(json))
        printFindingsAsJson(findings, streams.out);
    else
        printFindingsAsText(findings, streams.out);
    return core::hasErrors(findings) ? ResumeHasErrors : Success;
}

int runExport(const QStringList& arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Reads a resume and writes it back as JSON Resume, Vitae's own data included.\n"
                "Properties Vitae does not know are kept as they were."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("The resume (- for standard input)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Where to write (- for standard output)."),
                                    QStringLiteral("OUT"));
    parser.addOption(output);
    const Parsed parsed = parse(parser, QStringLiteral("export"), arguments, 1, streams);
    if (parsed.exit)
        return *parsed.exit;
    if (!parser.isSet(output)) {
        streams.err << "vitae-cli export: " << Cli::tr("missing -o OUT; see --help") << '\n';
        return UsageError;
    }

    const auto bytes = readInput(parsed.positional.front(), streams);
    if (!bytes)
        return IoError;
    const core::ImportResult imported = core::importJsonResume(*bytes);
    if (!imported.parsed) {
        printFindingsAsText(imported.findings, streams.err);
        return ResumeHasErrors;
    }
    if (!writeOutput(parser.value(output), core::exportJsonResumeBytes(imported.resume), streams))
        return IoError;
    // The export is lossless even for a resume with errors; say so, and say why.
    const core::Findings findings = imported.findings + core::validate(imported.resume);
    if (core::hasErrors(findings))
        printFindingsAsText(findings, streams.err);
    return Success;
}

int runTemplates(const QStringList& arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the templates a resume can be drawn with."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the list as JSON."));
    parser.addOption(json);
    const Parsed parsed = parse(parser, QStringLiteral("templates"), arguments, 0, streams);
    if (parsed.exit)
        return *parsed.exit;

    const auto& templates = core::TemplateCatalogue::builtin().templates();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::TemplateInfo& info : templates) {
            array.append(QJsonObject{
                {QStringLiteral("id"), info.id},
                {QStringLiteral("name"), info.name},
                {QStringLiteral("description"), info.description},
                {QStringLiteral("layout"), info.layout},
                {QStringLiteral("requiredSections"),
                 QJsonArray::fromStringList(info.requiredSections)},
                {QStringLiteral("pageSize"), core::pageSizeName(info.defaultPageSize)},
            });
        }
        streams.out << QJsonDocument(QJsonObject{{QStringLiteral("templates"), array}}).toJson();
        return Success;
    }
    for (const core::TemplateInfo& info : templates) {
        streams.out << info.id << '\t' << info.name << '\t'
                    << core::pageSizeName(info.defaultPageSize) << '\t'
                    << Cli::tr("needs: %1").arg(info.requiredSections.join(QStringLiteral(", ")))
                    << '\n';
    }
    return Success;
}

int run(const QStringList& arguments, Streams streams) {
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1StringView("validate"))
        return runValidate(rest, streams);
    if (command == QLatin1StringView("export"))
        return runExport(rest, streams);
    if (command == QLatin1StringView("templates"))
        return runTemplates(rest, streams);
    if (command == QLatin1StringView("render"))
        return runRender(rest, streams);
    if (command == QLatin1StringView("import"))
        return runImport(rest, streams);
    if (command == QLatin1StringView("--version")) {
        streams.out << "vitae-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command.isEmpty() || command == QLatin1StringView("help") ||
        command == QLatin1StringView("--help") || command == QLatin1StringView("-h")) {
        streams.out << kUsage;
        return command.isEmpty() ? UsageError : Success;
    }
    streams.err << "vitae-cli: " << Cli::tr("unknown command \"%1\"").arg(command) << "\n\n"
                << kUsage;
    return UsageError;
}

} // namespace vitae::cli
