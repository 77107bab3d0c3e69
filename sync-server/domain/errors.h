// The errors the server's rules can answer with: a kind (which decides the HTTP status in the
// adapter), a stable code clients may switch on, a message for people and structured details.
#pragma once

#include <QJsonObject>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace vitae::server {

enum class ErrorKind {
    BadRequest,
    MalformedJson,
    ValidationFailed,
    Unauthorized,
    InvalidCredentials,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    Gone,
    EmailTaken,
    LengthRequired,
    PreconditionFailed,
    PreconditionRequired,
    PayloadTooLarge,
    UnsupportedMediaType,
    RateLimited,
    Internal,
    Unavailable,
};

// "malformed_json", "email_taken", ...: the default code of each kind, stable in the API.
std::string_view kindCode(ErrorKind kind);

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    std::string message;
    QJsonObject details = {};
    // A more precise stable code than the kind's ("plan.resume_limit_reached"); empty: the kind's.
    std::string code = {};

    std::string_view effectiveCode() const { return code.empty() ? kindCode(kind) : code; }
};

// The value of a use case, or why there is none.
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : state_(std::move(value)) {}
    Result(Error error)
        : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(state_); }
    const T& value() const { return std::get<0>(state_); }
    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

struct Done {};

// Thrown by adapters when a service the server depends on (PostgreSQL) cannot be reached;
// the HTTP layer answers 503 and the request can be retried. Exceptions, not Results,
// because any repository call may meet it and no use case can do anything about it.
class ServiceUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace vitae::server
