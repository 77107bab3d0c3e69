#include "adapters/http/json_body.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cctype>

namespace vitae::server::http {
namespace {

// "application/json", any case, optionally with parameters such as "; charset=utf-8".
bool declaresJson(std::string_view contentType) {
    std::string mediaType(contentType.substr(0, contentType.find(';')));
    mediaType.erase(std::remove_if(mediaType.begin(), mediaType.end(),
                                   [](unsigned char c) { return std::isspace(c) != 0; }),
                    mediaType.end());
    return equalsIgnoringCase(mediaType, "application/json");
}

} // namespace

Result<QJsonObject> jsonObjectBody(const Request& request) {
    const auto contentType = request.header("Content-Type");
    if (!contentType || !declaresJson(*contentType))
        return Error{ErrorKind::UnsupportedMediaType, "Send the body as application/json.",
                     QJsonObject{{QStringLiteral("contentType"),
                                  QString::fromStdString(std::string(contentType.value_or("")))}}};
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorKind::MalformedJson, "The body is not valid JSON.",
                     QJsonObject{{QStringLiteral("offset"), parseError.offset},
                                 {QStringLiteral("reason"), parseError.errorString()}}};
    if (!document.isObject())
        return Error{ErrorKind::BadRequest, "The body must be a JSON object."};
    return document.object();
}

Result<std::string> requiredString(const QJsonObject& object, const char* name) {
    const QJsonValue value = object.value(QLatin1StringView(name));
    if (!value.isString())
        return Error{ErrorKind::BadRequest,
                     std::string("The body needs \"") + name + "\" as a string.",
                     QJsonObject{{QStringLiteral("pointer"),
                                  QString(QStringLiteral("/") + QLatin1StringView(name))}}};
    return value.toString().toStdString();
}

} // namespace vitae::server::http
