// A finding is one thing import or validation has to say about a resume: a stable
// code, a severity, the JSON pointer of the field it concerns and the numbers behind
// it. Codes are the contract between desktop, server and CLI; messages are derived
// from them and translated, never parsed.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vitae::core {

enum class Severity {
    Warning, // informs; the resume can still be saved everywhere
    Error,   // the server refuses to save the resume
};

enum class FindingCode {
    JsonMalformed,
    JsonTooDeep,
    Utf8Invalid,
    JsonLoneSurrogate,
    DocumentTooLarge,
    TypeMismatch,
    ValueNull,
    TextTooLong,
    TextInvalidCharacters,
    EmailEmpty,
    EmailInvalid,
    UrlEmpty,
    UrlInvalid,
    DateEmpty,
    DateInvalid,
    DateNotOnCalendar,
    DateRangeReversed,
    CountryCodeInvalid,
    IdentifierInvalid,
    ListTooLong,
    SectionUnknown,
    SectionDuplicate,
    ResumeTooManySections,
    ResumeTooMuchText,
    TemplateUnknown,
    TemplateSectionMissing,
    FieldRequired,
};

struct Finding {
    FindingCode code;
    Severity severity;
    QString path;       // JSON pointer (RFC 6901) into the JSON Resume document; "" is the root
    QJsonObject params; // the numbers and names the message quotes

    bool operator==(const Finding&) const = default;
};

using Findings = QList<Finding>;

// "json.malformed", "date.invalid", ...: the stable name used in JSON and logs.
QString codeName(FindingCode code);
std::optional<FindingCode> codeFromName(QStringView name);
QString severityName(Severity severity);

// The finding in the user's language (QCoreApplication's installed translators).
QString message(const Finding& finding);

// {"code","severity","path","message","params"} as the CLI and the server print it.
QJsonObject toJson(const Finding& finding);

bool hasErrors(const Findings& findings);

// Appends a token to a JSON pointer, escaping '~' and '/' as RFC 6901 asks.
QString appendPointer(const QString& pointer, QStringView token);
QString appendPointer(const QString& pointer, qsizetype index);

} // namespace vitae::core
