#include "adapters/http/sync_routes.h"

#include "adapters/http/auth_routes.h"
#include "adapters/http/resume_json.h"

#include <QJsonArray>

#include <charconv>

namespace vitae::server::http {
namespace {

Result<std::int64_t> limitOf(const Request& request) {
    const std::optional<std::string_view> text = request.queryValue("limit");
    if (!text)
        return kDefaultChangesPerPage;
    std::int64_t limit = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), limit);
    if (error != std::errc() || end != text->data() + text->size())
        return Error{ErrorKind::BadRequest, "limit must be a whole number.",
                     QJsonObject{{QStringLiteral("parameter"), QStringLiteral("limit")}}};
    return limit;
}

// An empty cursor is no cursor: the client starts from the beginning.
std::optional<std::string> cursorOf(const Request& request) {
    const std::optional<std::string_view> text = request.queryValue("cursor");
    if (!text || text->empty())
        return std::nullopt;
    return std::string(*text);
}

QJsonObject changeJson(const ResumeChange& change) {
    QJsonObject json{{QStringLiteral("id"), QString::fromStdString(change.id)},
                     {QStringLiteral("version"), qint64{change.version}},
                     {QStringLiteral("deleted"), change.deleted}};
    if (change.resume)
        json.insert(QStringLiteral("resume"), resumeJson(*change.resume));
    return json;
}

Response changes(Request& request, SyncUseCases& useCases) {
    const Result<User> user = requireUser(request, useCases.authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    const Result<std::int64_t> limit = limitOf(request);
    if (!limit)
        return errorResponse(limit.error(), request.requestId);
    const Result<ChangePage> page =
        useCases.listChanges.run(user.value().id, cursorOf(request), limit.value());
    if (!page)
        return errorResponse(page.error(), request.requestId);
    QJsonArray changes;
    for (const ResumeChange& change : page.value().changes)
        changes.append(changeJson(change));
    return Response::json(
        200, {{QStringLiteral("changes"), changes},
              {QStringLiteral("cursor"), QString::fromStdString(encodeCursor(page.value().cursor))},
              {QStringLiteral("hasMore"), page.value().hasMore}});
}

} // namespace

void addSyncRoutes(HttpServer& server, SyncUseCases useCases) {
    server.route(Method::Get, "/api/sync/changes",
                 [useCases](Request& r) mutable { return changes(r, useCases); });
}

} // namespace vitae::server::http
