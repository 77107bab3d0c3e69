#include "adapters/http/error_mapping.h"

namespace vitae::server::http {

int statusOf(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::BadRequest:
    case ErrorKind::MalformedJson:
        return 400;
    case ErrorKind::Unauthorized:
    case ErrorKind::InvalidCredentials:
        return 401;
    case ErrorKind::Forbidden:
        return 403;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::MethodNotAllowed:
        return 405;
    case ErrorKind::Conflict:
    case ErrorKind::EmailTaken:
        return 409;
    case ErrorKind::Gone:
        return 410;
    case ErrorKind::LengthRequired:
        return 411;
    case ErrorKind::PreconditionFailed:
        return 412;
    case ErrorKind::PreconditionRequired:
        return 428;
    case ErrorKind::PayloadTooLarge:
        return 413;
    case ErrorKind::UnsupportedMediaType:
        return 415;
    case ErrorKind::ValidationFailed:
        return 422;
    case ErrorKind::RateLimited:
        return 429;
    case ErrorKind::Internal:
        return 500;
    case ErrorKind::Unavailable:
        return 503;
    }
    return 500;
}

QJsonObject errorBody(const Error& error, const std::string& requestId) {
    const std::string_view code = error.effectiveCode();
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"),
                          QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()))},
                         {QStringLiteral("message"), QString::fromStdString(error.message)},
                         {QStringLiteral("details"), error.details},
                         {QStringLiteral("requestId"), QString::fromStdString(requestId)}}}};
}

Error errorForStatus(int status) {
    switch (status) {
    case 404:
        return {ErrorKind::NotFound, "No such resource."};
    case 405:
        return {ErrorKind::MethodNotAllowed, "The resource does not support this method."};
    case 411:
        return {ErrorKind::LengthRequired, "Send the body with a Content-Length."};
    case 413:
        return {ErrorKind::PayloadTooLarge, "The request body is larger than the server accepts."};
    case 500:
        return {ErrorKind::Internal, "Internal error; quote the request id when reporting it."};
    case 503:
        return {ErrorKind::Unavailable, "The service is unavailable; try again shortly."};
    default:
        break;
    }
    if (status >= 500)
        return {ErrorKind::Internal, "Internal error; quote the request id when reporting it."};
    return {ErrorKind::BadRequest,
            "The request is not valid HTTP for this server.",
            {},
            status == 400 ? std::string() : "http_" + std::to_string(status)};
}

} // namespace vitae::server::http
