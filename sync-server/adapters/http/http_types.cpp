#include "adapters/http/http_types.h"

#include "adapters/http/error_mapping.h"

#include <QJsonDocument>

#include <algorithm>

namespace vitae::server::http {
namespace {

char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

std::string_view methodName(Method method) {
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

std::optional<std::string_view> Request::header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (equalsIgnoringCase(key, name))
            return value;
    }
    return std::nullopt;
}

std::optional<std::string_view> Request::queryValue(std::string_view name) const {
    const auto it = query.find(name);
    if (it == query.end())
        return std::nullopt;
    return it->second;
}

Response Response::json(int status, const QJsonObject& body) {
    return {status,
            QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
            "application/json",
            {}};
}

Response Response::jsonText(int status, std::string body) {
    return {status, std::move(body), "application/json", {}};
}

Response Response::noContent() {
    return {204, {}, {}, {}};
}

void Response::setHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
}

Response errorResponse(const Error& error, const std::string& requestId) {
    Response response = Response::json(statusOf(error.kind), errorBody(error, requestId));
    if (error.kind == ErrorKind::RateLimited) {
        const qint64 seconds =
            error.details.value(QStringLiteral("retryAfterSeconds")).toInteger(1);
        response.setHeader("Retry-After", std::to_string(seconds));
    }
    // Unavailable is a passing state (PostgreSQL restarting, every connection or every
    // password-hashing turn busy): say when to come back, so clients back off alike.
    if (error.kind == ErrorKind::Unavailable)
        response.setHeader("Retry-After", std::to_string(kUnavailableRetrySeconds));
    if (error.kind == ErrorKind::Unauthorized)
        response.setHeader("WWW-Authenticate", "Bearer");
    return response;
}

} // namespace vitae::server::http
