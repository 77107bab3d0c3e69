#include "adapters/http/health_routes.h"

namespace vitae::server::http {

void addHealthRoutes(HttpServer& server, ReadinessProbe probe) {
    server.route(Method::Get, "/healthz", [](Request&) {
        return Response::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    server.route(Method::Get, "/readyz", [probe = std::move(probe)](Request& request) {
        const Readiness readiness = probe();
        const QJsonObject checks{
            {QStringLiteral("database"),
             readiness.databaseReachable ? QStringLiteral("ok") : QStringLiteral("unreachable")},
            {QStringLiteral("migrations"),
             readiness.migrationsCurrent ? QStringLiteral("current") : QStringLiteral("pending")}};
        if (readiness.ready())
            return Response::json(200, {{QStringLiteral("status"), QStringLiteral("ready")},
                                        {QStringLiteral("checks"), checks}});
        return errorResponse(Error{ErrorKind::Unavailable, "Not ready: " + readiness.reason,
                                   QJsonObject{{QStringLiteral("checks"), checks}}, "not_ready"},
                             request.requestId);
    });
}

} // namespace vitae::server::http
