// The account endpoints: POST /api/auth/register, /api/auth/login, /api/auth/logout and
// GET /api/users/me. Each handler parses, calls one use case and maps its result.
#pragma once

#include "adapters/http/http_server.h"
#include "usecases/auth.h"

#include <QJsonObject>

namespace vitae::server::http {

struct AuthUseCases {
    RegisterUser& registerUser;
    LogIn& logIn;
    LogOut& logOut;
    Authenticate& authenticate;
};

void addAuthRoutes(HttpServer& server, AuthUseCases useCases);

// The account behind "Authorization: Bearer <token>", recorded on the request for the log;
// Unauthorized otherwise. Every authenticated route starts with it.
Result<User> requireUser(Request& request, Authenticate& authenticate);

// {"id","email","role","createdAt"}
QJsonObject userJson(const User& user);

} // namespace vitae::server::http
