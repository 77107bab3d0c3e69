#include "adapters/http/auth_routes.h"

#include "adapters/http/json_body.h"
#include "adapters/log/json_log.h"

namespace vitae::server::http {
namespace {

struct Credentials {
    std::string email;
    std::string password;
};

Result<Credentials> credentialsFrom(const Request& request) {
    auto body = jsonObjectBody(request);
    if (!body)
        return body.error();
    auto email = requiredString(body.value(), "email");
    if (!email)
        return email.error();
    auto password = requiredString(body.value(), "password");
    if (!password)
        return password.error();
    return Credentials{std::move(email.value()), std::move(password.value())};
}

std::string bearerToken(const Request& request) {
    const auto header = request.header("Authorization");
    constexpr std::string_view scheme = "Bearer ";
    if (!header || header->size() <= scheme.size() ||
        !equalsIgnoringCase(header->substr(0, scheme.size()), scheme))
        return {};
    return std::string(header->substr(scheme.size()));
}

Response registerUser(Request& request, RegisterUser& useCase) {
    auto credentials = credentialsFrom(request);
    if (!credentials)
        return errorResponse(credentials.error(), request.requestId);
    auto user = useCase.run(credentials.value().email, credentials.value().password);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    request.userId = user.value().id;
    return Response::json(201, {{QStringLiteral("user"), userJson(user.value())}});
}

Response logIn(Request& request, LogIn& useCase) {
    auto credentials = credentialsFrom(request);
    if (!credentials)
        return errorResponse(credentials.error(), request.requestId);
    auto session = useCase.run({std::move(credentials.value().email),
                                std::move(credentials.value().password), request.remoteAddress});
    if (!session)
        return errorResponse(session.error(), request.requestId);
    const IssuedSession& issued = session.value();
    request.userId = issued.user.id;
    return Response::json(200, {{QStringLiteral("token"), QString::fromStdString(issued.token)},
                                {QStringLiteral("expiresAt"), isoUtc(issued.expiresAt)},
                                {QStringLiteral("user"), userJson(issued.user)}});
}

Response logOut(Request& request, AuthUseCases& useCases) {
    auto user = requireUser(request, useCases.authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    useCases.logOut.run(bearerToken(request));
    return Response::noContent();
}

Response me(Request& request, Authenticate& authenticate) {
    auto user = requireUser(request, authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    return Response::json(200, {{QStringLiteral("user"), userJson(user.value())}});
}

} // namespace

Result<User> requireUser(Request& request, Authenticate& authenticate) {
    auto user = authenticate.run(bearerToken(request));
    if (user)
        request.userId = user.value().id;
    return user;
}

QJsonObject userJson(const User& user) {
    const std::string_view role = roleName(user.role);
    return {{QStringLiteral("id"), QString::fromStdString(user.id)},
            {QStringLiteral("email"), QString::fromStdString(user.email)},
            {QStringLiteral("role"), QString::fromUtf8(role.data(), qsizetype(role.size()))},
            {QStringLiteral("createdAt"), isoUtc(user.createdAt)}};
}

void addAuthRoutes(HttpServer& server, AuthUseCases useCases) {
    server.route(Method::Post, "/api/auth/register",
                 [useCases](Request& r) { return registerUser(r, useCases.registerUser); });
    server.route(Method::Post, "/api/auth/login",
                 [useCases](Request& r) { return logIn(r, useCases.logIn); });
    server.route(Method::Post, "/api/auth/logout",
                 [useCases](Request& r) mutable { return logOut(r, useCases); });
    server.route(Method::Get, "/api/users/me",
                 [useCases](Request& r) { return me(r, useCases.authenticate); });
}

} // namespace vitae::server::http
