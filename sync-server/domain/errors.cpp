#include "domain/errors.h"

namespace vitae::server {

std::string_view kindCode(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::BadRequest:
        return "bad_request";
    case ErrorKind::MalformedJson:
        return "malformed_json";
    case ErrorKind::ValidationFailed:
        return "validation_failed";
    case ErrorKind::Unauthorized:
        return "unauthorized";
    case ErrorKind::InvalidCredentials:
        return "invalid_credentials";
    case ErrorKind::Forbidden:
        return "forbidden";
    case ErrorKind::NotFound:
        return "not_found";
    case ErrorKind::MethodNotAllowed:
        return "method_not_allowed";
    case ErrorKind::Conflict:
        return "conflict";
    case ErrorKind::Gone:
        return "gone";
    case ErrorKind::EmailTaken:
        return "email_taken";
    case ErrorKind::LengthRequired:
        return "length_required";
    case ErrorKind::PreconditionFailed:
        return "precondition_failed";
    case ErrorKind::PreconditionRequired:
        return "precondition_required";
    case ErrorKind::PayloadTooLarge:
        return "payload_too_large";
    case ErrorKind::UnsupportedMediaType:
        return "unsupported_media_type";
    case ErrorKind::RateLimited:
        return "rate_limited";
    case ErrorKind::Internal:
        return "internal_error";
    case ErrorKind::Unavailable:
        return "service_unavailable";
    }
    return "internal_error";
}

} // namespace vitae::server
