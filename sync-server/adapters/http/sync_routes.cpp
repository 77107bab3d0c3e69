#include "adapters/http/sync_routes.h"

#include "adapters/http/auth_routes.h"
#include "adapters/http/resume_json.h"

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

void writeChange(JsonWriter& json, const ResumeChange& change) {
    json.beginObject();
    json.key("id").string(change.id);
    json.key("version").integer(change.version);
    json.key("deleted").boolean(change.deleted);
    if (change.resume)
        writeResume(json.key("resume"), *change.resume);
    json.endObject();
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
    JsonWriter json;
    json.beginObject().key("changes").beginArray();
    for (const ResumeChange& change : page.value().changes)
        writeChange(json, change);
    json.endArray();
    json.key("cursor").string(encodeCursor(page.value().cursor));
    json.key("hasMore").boolean(page.value().hasMore);
    json.endObject();
    return Response::jsonText(200, json.take());
}

} // namespace

void addSyncRoutes(HttpServer& server, SyncUseCases useCases) {
    server.route(Method::Get, "/api/sync/changes",
                 [useCases](Request& r) mutable { return changes(r, useCases); });
}

} // namespace vitae::server::http
