// How the domain's errors look on the wire: the HTTP status of each kind and the JSON
// envelope, plus the reverse for statuses cpp-httplib produces by itself (413, 400, ...).
#pragma once

#include "domain/errors.h"

#include <QJsonObject>

#include <string>

namespace vitae::server::http {

int statusOf(ErrorKind kind);
// {"error":{"code","message","details","requestId"}}
QJsonObject errorBody(const Error& error, const std::string& requestId);
// The error for a status the HTTP library answered without a handler.
Error errorForStatus(int status);

} // namespace vitae::server::http
