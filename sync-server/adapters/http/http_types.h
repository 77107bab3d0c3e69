// The request and response types route handlers see. They are ours, not cpp-httplib's, so
// handlers stay readable and testable and the HTTP library could be swapped without touching
// them (only http_server.cpp and httplib_connections.* know it).
#pragma once

#include "domain/errors.h"

#include <QJsonObject>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vitae::server::http {

enum class Method { Get, Post, Put, Patch, Delete };
std::string_view methodName(Method method);

// Equal when ASCII letters are ignored in case, as HTTP compares header names, media types and
// authentication schemes; other bytes compare as themselves, whatever the locale.
bool equalsIgnoringCase(std::string_view a, std::string_view b);

struct Request {
    Method method = Method::Get;
    std::string path;
    std::string route; // the pattern that matched, "/api/resumes/{id}"
    std::map<std::string, std::string, std::less<>> pathParams;
    std::multimap<std::string, std::string, std::less<>> query;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string remoteAddress;
    std::string requestId;
    // Set by authentication; the request log records it.
    std::optional<std::string> userId;

    // The first header of this name, compared case-insensitively.
    std::optional<std::string_view> header(std::string_view name) const;
    std::optional<std::string_view> queryValue(std::string_view name) const;
};

struct Response {
    int status = 200;
    std::string body;
    std::string contentType;
    std::vector<std::pair<std::string, std::string>> headers;

    static Response json(int status, const QJsonObject& body);
    // A body that is JSON text already (written with JsonWriter).
    static Response jsonText(int status, std::string body);
    static Response noContent();
    void setHeader(std::string name, std::string value);
};

using Handler = std::function<Response(Request&)>;

// The Retry-After of every 503.
constexpr int kUnavailableRetrySeconds = 2;

// The one error shape of the API: {"error":{"code","message","details","requestId"}}, with the
// status of the error's kind (and Retry-After for rate limits, WWW-Authenticate for 401).
Response errorResponse(const Error& error, const std::string& requestId);

} // namespace vitae::server::http
