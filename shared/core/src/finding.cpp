#include <vitae/core/finding.h>

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <array>

namespace vitae::core {
namespace {

// One row per code: its stable name, its message (a source string for the
// translators) and the params the message quotes, in placeholder order.
struct CodeInfo {
    FindingCode code;
    const char* name;
    const char* message;
    std::array<const char*, 3> params;
};

constexpr const char* kContext = "vitae::Finding";

// clang-format off
constexpr std::array kCodes = {
    CodeInfo{FindingCode::JsonMalformed, "json.malformed",
             QT_TRANSLATE_NOOP("vitae::Finding", "The file is not valid JSON (%1 at byte %2)."),
             {"reason", "offset"}},
    CodeInfo{FindingCode::JsonTooDeep, "json.too_deep",
             QT_TRANSLATE_NOOP("vitae::Finding", "The document nests deeper than %1 levels."),
             {"limit"}},
    CodeInfo{FindingCode::Utf8Invalid, "text.invalid_utf8",
             QT_TRANSLATE_NOOP("vitae::Finding", "The file is not valid UTF-8 (at byte %1)."),
             {"offset"}},
    CodeInfo{FindingCode::JsonLoneSurrogate, "json.lone_surrogate",
             QT_TRANSLATE_NOOP("vitae::Finding", "The file escapes half of a character (\\u%1 at byte %2); such text cannot be kept."),
             {"escape", "offset"}},
    CodeInfo{FindingCode::DocumentTooLarge, "document.too_large",
             QT_TRANSLATE_NOOP("vitae::Finding", "The file has %1 bytes; at most %2 are allowed."),
             {"bytes", "limit"}},
    CodeInfo{FindingCode::TypeMismatch, "type.mismatch",
             QT_TRANSLATE_NOOP("vitae::Finding", "Expected %1 here, found %2."),
             {"expected", "actual"}},
    CodeInfo{FindingCode::ValueNull, "value.null",
             QT_TRANSLATE_NOOP("vitae::Finding", "This value is null; it is kept but ignored."),
             {}},
    CodeInfo{FindingCode::TextTooLong, "text.too_long",
             QT_TRANSLATE_NOOP("vitae::Finding", "This text has %1 characters; at most %2 are allowed."),
             {"length", "limit"}},
    CodeInfo{FindingCode::TextInvalidCharacters, "text.invalid_characters",
             QT_TRANSLATE_NOOP("vitae::Finding", "This text contains a control or invalid character at position %1."),
             {"position"}},
    CodeInfo{FindingCode::EmailEmpty, "email.empty",
             QT_TRANSLATE_NOOP("vitae::Finding", "The e-mail address is empty."),
             {}},
    CodeInfo{FindingCode::EmailInvalid, "email.invalid",
             QT_TRANSLATE_NOOP("vitae::Finding", "\"%1\" is not an e-mail address."),
             {"value"}},
    CodeInfo{FindingCode::UrlEmpty, "url.empty",
             QT_TRANSLATE_NOOP("vitae::Finding", "The address is empty."),
             {}},
    CodeInfo{FindingCode::UrlInvalid, "url.invalid",
             QT_TRANSLATE_NOOP("vitae::Finding", "\"%1\" is not a web address (it must start with http:// or https:// and name a host)."),
             {"value"}},
    CodeInfo{FindingCode::DateEmpty, "date.empty",
             QT_TRANSLATE_NOOP("vitae::Finding", "The date is empty."),
             {}},
    CodeInfo{FindingCode::DateInvalid, "date.invalid",
             QT_TRANSLATE_NOOP("vitae::Finding", "\"%1\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD."),
             {"value"}},
    CodeInfo{FindingCode::DateNotOnCalendar, "date.not_on_calendar",
             QT_TRANSLATE_NOOP("vitae::Finding", "%1 does not exist on the calendar."),
             {"value"}},
    CodeInfo{FindingCode::DateRangeReversed, "date.range_reversed",
             QT_TRANSLATE_NOOP("vitae::Finding", "The end date %2 is before the start date %1."),
             {"start", "end"}},
    CodeInfo{FindingCode::CountryCodeInvalid, "country_code.invalid",
             QT_TRANSLATE_NOOP("vitae::Finding", "\"%1\" is not a two-letter country code such as DE or US."),
             {"value"}},
    CodeInfo{FindingCode::IdentifierInvalid, "identifier.invalid",
             QT_TRANSLATE_NOOP("vitae::Finding", "\"%1\" is not a valid identifier (letters, digits, '-' and '_')."),
             {"value"}},
    CodeInfo{FindingCode::ListTooLong, "list.too_long",
             QT_TRANSLATE_NOOP("vitae::Finding", "This list has %1 items; at most %2 are allowed."),
             {"count", "limit"}},
    CodeInfo{FindingCode::SectionUnknown, "section.unknown",
             QT_TRANSLATE_NOOP("vitae::Finding", "There is no section \"%1\"."),
             {"key"}},
    CodeInfo{FindingCode::SectionDuplicate, "section.duplicate",
             QT_TRANSLATE_NOOP("vitae::Finding", "The section \"%1\" is listed twice."),
             {"key"}},
    CodeInfo{FindingCode::ResumeTooManySections, "resume.too_many_sections",
             QT_TRANSLATE_NOOP("vitae::Finding", "The resume shows %1 sections; at most %2 are allowed."),
             {"count", "limit"}},
    CodeInfo{FindingCode::ResumeTooMuchText, "resume.too_much_text",
             QT_TRANSLATE_NOOP("vitae::Finding", "The resume holds %1 characters of text; at most %2 are allowed."),
             {"length", "limit"}},
    CodeInfo{FindingCode::TemplateUnknown, "template.unknown",
             QT_TRANSLATE_NOOP("vitae::Finding", "There is no template \"%1\"."),
             {"templateId"}},
    CodeInfo{FindingCode::TemplateSectionMissing, "template.section_missing",
             QT_TRANSLATE_NOOP("vitae::Finding", "The template \"%2\" needs the section \"%1\" to be shown and filled in."),
             {"section", "templateId"}},
    CodeInfo{FindingCode::FieldRequired, "field.required",
             QT_TRANSLATE_NOOP("vitae::Finding", "A value is required here."),
             {}},
};
// clang-format on

const CodeInfo& infoFor(FindingCode code) {
    return kCodes[static_cast<std::size_t>(code)];
}

// The table is indexed by the enum: each row must sit at its code's position.
constexpr bool tableMatchesEnum() {
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (static_cast<std::size_t>(kCodes[i].code) != i)
            return false;
    }
    return true;
}
static_assert(tableMatchesEnum(), "kCodes must list the codes in FindingCode order");
static_assert(kCodes.size() == static_cast<std::size_t>(FindingCode::FieldRequired) + 1,
              "every FindingCode needs a row in kCodes");

QString paramText(const QJsonValue& value) {
    if (value.isDouble())
        return QString::number(value.toInteger(static_cast<qint64>(value.toDouble())));
    return value.toString();
}

} // namespace

QString codeName(FindingCode code) {
    return QString::fromLatin1(infoFor(code).name);
}

std::optional<FindingCode> codeFromName(QStringView name) {
    const auto found = std::find_if(kCodes.begin(), kCodes.end(), [&](const CodeInfo& info) {
        return name == QLatin1StringView(info.name);
    });
    if (found == kCodes.end())
        return std::nullopt;
    return found->code;
}

QString severityName(Severity severity) {
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString message(const Finding& finding) {
    const CodeInfo& info = infoFor(finding.code);
    QString text = QCoreApplication::translate(kContext, info.message);
    for (const char* param : info.params) {
        if (param != nullptr)
            text = text.arg(paramText(finding.params.value(QLatin1StringView(param))));
    }
    return text;
}

QJsonObject toJson(const Finding& finding) {
    QJsonObject json{
        {QStringLiteral("code"), codeName(finding.code)},
        {QStringLiteral("severity"), severityName(finding.severity)},
        {QStringLiteral("path"), finding.path},
        {QStringLiteral("message"), message(finding)},
    };
    if (!finding.params.isEmpty())
        json.insert(QStringLiteral("params"), finding.params);
    return json;
}

bool hasErrors(const Findings& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& finding) { return finding.severity == Severity::Error; });
}

QString appendPointer(const QString& pointer, QStringView token) {
    QString escaped = token.toString();
    escaped.replace(QLatin1Char('~'), QLatin1StringView("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1StringView("~1"));
    return pointer + QLatin1Char('/') + escaped;
}

QString appendPointer(const QString& pointer, qsizetype index) {
    return pointer + QLatin1Char('/') + QString::number(index);
}

} // namespace vitae::core
