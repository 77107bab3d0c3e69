// Reading a JSON request body: 415 unless it is declared application/json, 400 when it does
// not parse or is not an object, and typed access to its members with 400 on a wrong type.
#pragma once

#include "adapters/http/http_types.h"
#include "domain/errors.h"

#include <QJsonObject>

#include <string>

namespace vitae::server::http {

Result<QJsonObject> jsonObjectBody(const Request& request);

// The member as a string; BadRequest naming it when it is missing or not a string.
Result<std::string> requiredString(const QJsonObject& object, const char* name);

} // namespace vitae::server::http
