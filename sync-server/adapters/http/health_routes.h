// GET /healthz (the process answers) and GET /readyz (PostgreSQL reachable and the schema at
// this server's latest migration): what a load balancer and an orchestrator poll.
#pragma once

#include "adapters/http/http_server.h"

#include <functional>
#include <string>

namespace vitae::server::http {

struct Readiness {
    bool databaseReachable = false;
    bool migrationsCurrent = false;
    std::string reason; // why not, for people
    bool ready() const { return databaseReachable && migrationsCurrent; }
};

using ReadinessProbe = std::function<Readiness()>;

void addHealthRoutes(HttpServer& server, ReadinessProbe probe);

} // namespace vitae::server::http
