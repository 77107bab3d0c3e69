#include "adapters/http/resume_json.h"

#include "adapters/http/json_body.h"
#include "adapters/log/json_log.h"

#include <vitae/core/finding.h>
#include <vitae/core/json_resume.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>

namespace vitae::server::http {
namespace {

// The shared finding's code and message, at a pointer into the request body.
QJsonObject wrongType(const QString& name, const QJsonValue& value, const QString& expected) {
    const QString pointer = QLatin1Char('/') + name;
    const core::Finding finding = core::typeMismatch(pointer, value, expected);
    return fieldProblem(pointer, core::codeName(finding.code), core::message(finding),
                        finding.params);
}

QJsonObject missing(const QString& name) {
    return fieldProblem(QLatin1Char('/') + name, QStringLiteral("field.required"),
                        QStringLiteral("This member is required."));
}

// Text PostgreSQL cannot store (U+0000, half of a surrogate pair: JSON can escape both) is
// refused, never replaced.
std::optional<std::string> storableText(const QString& name, const QString& text,
                                        QJsonArray& fields) {
    const qsizetype position = firstUnstorableCharacter(text);
    if (position < 0)
        return text.toStdString();
    const QString pointer = QLatin1Char('/') + name;
    const core::Finding finding{core::FindingCode::TextInvalidCharacters,
                                core::Severity::Error,
                                pointer,
                                {{QStringLiteral("position"), qint64{position}}}};
    fields.append(fieldProblem(pointer, core::codeName(finding.code), core::message(finding),
                               finding.params));
    return std::nullopt;
}

// A string member that may be absent or null.
std::optional<std::string> optionalMember(const QJsonObject& body, const QString& name,
                                          QJsonArray& fields) {
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fields.append(wrongType(name, value, QStringLiteral("string")));
        return std::nullopt;
    }
    return storableText(name, value.toString(), fields);
}

std::optional<std::int64_t> strongTagVersion(std::string_view tag) {
    if (tag.size() < 3 || tag.front() != '"' || tag.back() != '"')
        return std::nullopt;
    const std::string_view digits = tag.substr(1, tag.size() - 2);
    std::int64_t version = 0;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), version);
    if (error != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return version;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

namespace {

void writeSummaryMembers(JsonWriter& json, const ResumeSummary& summary) {
    json.key("id").string(summary.id);
    json.key("title").string(summary.title);
    json.key("templateId").optionalString(summary.templateId);
    json.key("isDefault").boolean(summary.isDefault);
    json.key("version").integer(summary.version);
    json.key("createdAt").string(isoUtcText(summary.createdAt));
    json.key("updatedAt").string(isoUtcText(summary.updatedAt));
}

} // namespace

void writeSummary(JsonWriter& json, const ResumeSummary& summary) {
    json.beginObject();
    writeSummaryMembers(json, summary);
    json.endObject();
}

void writeResume(JsonWriter& json, const StoredResume& resume) {
    json.beginObject();
    writeSummaryMembers(json, resume.summary);
    json.key("data").raw(resume.data.jsonText());
    json.endObject();
}

std::string resumeJsonText(const StoredResume& resume) {
    constexpr std::size_t kEnvelopeBytes = 256; // the summary's members, but a long title
    JsonWriter json(resume.data.jsonText().size() + resume.summary.title.size() + kEnvelopeBytes);
    writeResume(json, resume);
    return json.take();
}

QJsonObject resumeJson(const StoredResume& resume) {
    const std::string text = resumeJsonText(resume);
    return QJsonDocument::fromJson(
               QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())))
        .object();
}

std::string etagOf(std::int64_t version) {
    return "\"" + std::to_string(version) + "\"";
}

std::optional<VersionPrecondition> ifMatchOf(const Request& request) {
    const std::optional<std::string_view> header = request.header("If-Match");
    if (!header)
        return std::nullopt;
    VersionPrecondition precondition;
    std::string_view rest = *header;
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view tag = trimmed(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        if (tag == "*")
            precondition.anyVersion = true;
        else if (const auto version = strongTagVersion(tag))
            precondition.versions.push_back(*version);
    }
    return precondition;
}

Result<ResumeDraft> draftFrom(const Request& request, DraftId id) {
    const Result<QJsonObject> body = jsonObjectBody(request);
    if (!body)
        return body.error();
    const QJsonObject& object = body.value();
    QJsonArray fields;
    ResumeDraft draft;
    if (id == DraftId::Accepted)
        draft.id = optionalMember(object, QStringLiteral("id"), fields);
    const QJsonValue title = object.value(QStringLiteral("title"));
    if (title.isUndefined())
        fields.append(missing(QStringLiteral("title")));
    else if (!title.isString())
        fields.append(wrongType(QStringLiteral("title"), title, QStringLiteral("string")));
    else
        draft.title = storableText(QStringLiteral("title"), title.toString(), fields).value_or("");
    draft.templateId = optionalMember(object, QStringLiteral("templateId"), fields);
    const QJsonValue data = object.value(QStringLiteral("data"));
    if (data.isUndefined())
        fields.append(missing(QStringLiteral("data")));
    else if (!data.isObject())
        fields.append(wrongType(QStringLiteral("data"), data, QStringLiteral("object")));
    else
        draft.data = data.toObject();
    if (!fields.isEmpty())
        return invalidFields(fields);
    return draft;
}

} // namespace vitae::server::http
