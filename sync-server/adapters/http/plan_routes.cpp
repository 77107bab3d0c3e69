#include "adapters/http/plan_routes.h"

#include "adapters/http/auth_routes.h"
#include "adapters/log/json_log.h"

#include <QJsonArray>

namespace vitae::server::http {
namespace {

// The shared core writes only the quotas a plan has; on the wire every key is present and
// null means unlimited, so clients need no list of keys. The keys are the core's own: those
// of a value with every member set.
QJsonObject withNulls(QJsonObject json, const QJsonObject& everyKey) {
    for (auto it = everyKey.begin(); it != everyKey.end(); ++it) {
        if (!json.contains(it.key()))
            json.insert(it.key(), QJsonValue::Null);
    }
    return json;
}

QJsonObject limitsJson(const core::PlanLimit& limits) {
    static const QJsonObject everyKey =
        core::toJson(core::PlanLimit{0, 0, 0, 0, 0, 0, QStringList()});
    return withNulls(core::toJson(limits), everyKey);
}

QJsonObject remainingJson(const core::PlanRemaining& remaining) {
    static const QJsonObject everyKey = core::toJson(core::PlanRemaining{0, 0, 0, 0});
    return withNulls(core::toJson(remaining), everyKey);
}

QJsonObject planJson(const Plan& plan) {
    return {{QStringLiteral("code"), QString::fromStdString(plan.code)},
            {QStringLiteral("name"), QString::fromStdString(plan.name)}};
}

QJsonObject templateJson(const TemplateOffer& offer) {
    const core::TemplateInfo& info = offer.info;
    const core::PageMargins& margins = info.margins;
    QJsonObject json{
        {QStringLiteral("id"), info.id},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("description"), info.description},
        {QStringLiteral("layout"), info.layout},
        {QStringLiteral("requiredSections"), QJsonArray::fromStringList(info.requiredSections)},
        {QStringLiteral("pageSize"), core::pageSizeName(info.defaultPageSize)},
        {QStringLiteral("marginsMm"), QJsonObject{{QStringLiteral("top"), margins.topMm},
                                                  {QStringLiteral("right"), margins.rightMm},
                                                  {QStringLiteral("bottom"), margins.bottomMm},
                                                  {QStringLiteral("left"), margins.leftMm}}}};
    if (offer.allowed)
        json.insert(QStringLiteral("allowed"), *offer.allowed);
    return json;
}

Response plans(ListPlans& listPlans) {
    QJsonArray items;
    for (const Plan& plan : listPlans.run()) {
        QJsonObject json = planJson(plan);
        json.insert(QStringLiteral("limits"), limitsJson(plan.limits));
        items.append(json);
    }
    return Response::json(200, {{QStringLiteral("items"), items}});
}

// Public, but a caller who sends a token learns what their plan allows; a bad token is 401
// rather than a silent anonymous answer.
Response templates(Request& request, PlanUseCases& useCases) {
    std::optional<UserId> user;
    if (request.header("Authorization")) {
        const Result<User> signedIn = requireUser(request, useCases.authenticate);
        if (!signedIn)
            return errorResponse(signedIn.error(), request.requestId);
        user = signedIn.value().id;
    }
    QJsonArray items;
    for (const TemplateOffer& offer : useCases.listTemplates.run(user))
        items.append(templateJson(offer));
    return Response::json(200, {{QStringLiteral("items"), items}});
}

Response planUsage(Request& request, PlanUseCases& useCases) {
    const Result<User> user = requireUser(request, useCases.authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    const PlanUsageReport report = useCases.planUsage.run(user.value().id);
    return Response::json(200, {{QStringLiteral("plan"), planJson(report.plan)},
                                {QStringLiteral("limits"), limitsJson(report.plan.limits)},
                                {QStringLiteral("usage"), core::toJson(report.usage)},
                                {QStringLiteral("remaining"), remainingJson(report.remaining)},
                                {QStringLiteral("resetsAt"), isoUtc(report.resetsAt)}});
}

} // namespace

void addPlanRoutes(HttpServer& server, PlanUseCases useCases) {
    server.route(Method::Get, "/api/plans",
                 [useCases](Request&) { return plans(useCases.listPlans); });
    server.route(Method::Get, "/api/templates",
                 [useCases](Request& r) mutable { return templates(r, useCases); });
    server.route(Method::Get, "/api/users/me/plan-usage",
                 [useCases](Request& r) mutable { return planUsage(r, useCases); });
}

} // namespace vitae::server::http
