// GET /api/plans and GET /api/templates (public; templates say whether the caller's plan
// includes each when a bearer token comes along) and GET /api/users/me/plan-usage.
#pragma once

#include "adapters/http/http_server.h"
#include "usecases/auth.h"
#include "usecases/plans.h"

namespace vitae::server::http {

struct PlanUseCases {
    Authenticate& authenticate;
    ListPlans& listPlans;
    ListTemplates& listTemplates;
    GetPlanUsage& planUsage;
};

void addPlanRoutes(HttpServer& server, PlanUseCases useCases);

} // namespace vitae::server::http
