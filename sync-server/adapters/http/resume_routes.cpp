#include "adapters/http/resume_routes.h"

#include "adapters/http/auth_routes.h"
#include "adapters/http/resume_json.h"

namespace vitae::server::http {
namespace {

// ?include=data (a comma-separated list; "data" is the only member so far).
Result<bool> includesData(const Request& request) {
    const std::optional<std::string_view> include = request.queryValue("include");
    bool data = false;
    std::string_view rest = include.value_or("");
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        if (item != "data")
            return Error{ErrorKind::BadRequest,
                         "include accepts \"data\" only, not \"" + std::string(item) + "\".",
                         QJsonObject{{QStringLiteral("parameter"), QStringLiteral("include")}}};
        data = true;
    }
    return data;
}

Response withResume(int status, const StoredResume& resume) {
    Response response = Response::jsonText(status, resumeJsonText(resume));
    response.setHeader("ETag", etagOf(resume.summary.version));
    return response;
}

// A 412 shows the server's copy, so the client can merge without another request.
template <class T>
Response guardedError(const GuardedWrite<T>& write, const Request& request) {
    Error error = write.result.error();
    if (write.current)
        error.details.insert(QStringLiteral("current"), resumeJson(*write.current));
    return errorResponse(error, request.requestId);
}

Response list(Request& request, ResumeUseCases& useCases) {
    const Result<User> user = requireUser(request, useCases.authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    const Result<bool> withData = includesData(request);
    if (!withData)
        return errorResponse(withData.error(), request.requestId);
    JsonWriter json;
    json.beginObject().key("items").beginArray();
    if (withData.value()) {
        for (const StoredResume& resume : useCases.list.runWithData(user.value().id))
            writeResume(json, resume);
    } else {
        for (const ResumeSummary& summary : useCases.list.run(user.value().id))
            writeSummary(json, summary);
    }
    json.endArray().endObject();
    return Response::jsonText(200, json.take());
}

Response create(Request& request, ResumeUseCases& useCases) {
    const Result<User> user = requireUser(request, useCases.authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    const Result<ResumeDraft> draft = draftFrom(request, DraftId::Accepted);
    if (!draft)
        return errorResponse(draft.error(), request.requestId);
    const Result<CreatedResume> created = useCases.create.run(user.value().id, draft.value());
    if (!created)
        return errorResponse(created.error(), request.requestId);
    const StoredResume& resume = created.value().resume;
    Response response = withResume(created.value().created ? 201 : 200, resume);
    response.setHeader("Location", "/api/resumes/" + resume.summary.id);
    return response;
}

Response get(Request& request, ResumeUseCases& useCases) {
    const Result<User> user = requireUser(request, useCases.authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    const Result<StoredResume> resume =
        useCases.get.run(user.value().id, request.pathParams.at("id"));
    if (!resume)
        return errorResponse(resume.error(), request.requestId);
    return withResume(200, resume.value());
}

Response replace(Request& request, ResumeUseCases& useCases) {
    const Result<User> user = requireUser(request, useCases.authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    const Result<ResumeDraft> draft = draftFrom(request, DraftId::Ignored);
    if (!draft)
        return errorResponse(draft.error(), request.requestId);
    const GuardedWrite<StoredResume> updated = useCases.update.run(
        user.value().id, request.pathParams.at("id"), ifMatchOf(request), draft.value());
    if (!updated.result)
        return guardedError(updated, request);
    return withResume(200, updated.result.value());
}

Response remove(Request& request, ResumeUseCases& useCases) {
    const Result<User> user = requireUser(request, useCases.authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    const GuardedWrite<Done> deleted =
        useCases.remove.run(user.value().id, request.pathParams.at("id"), ifMatchOf(request));
    if (!deleted.result)
        return guardedError(deleted, request);
    return Response::noContent();
}

Response makeDefault(Request& request, ResumeUseCases& useCases) {
    const Result<User> user = requireUser(request, useCases.authenticate);
    if (!user)
        return errorResponse(user.error(), request.requestId);
    const Result<StoredResume> resume =
        useCases.makeDefault.run(user.value().id, request.pathParams.at("id"));
    if (!resume)
        return errorResponse(resume.error(), request.requestId);
    return withResume(200, resume.value());
}

} // namespace

void addResumeRoutes(HttpServer& server, ResumeUseCases useCases) {
    server.route(Method::Get, "/api/resumes",
                 [useCases](Request& r) mutable { return list(r, useCases); });
    server.route(Method::Post, "/api/resumes",
                 [useCases](Request& r) mutable { return create(r, useCases); });
    server.route(Method::Get, "/api/resumes/{id}",
                 [useCases](Request& r) mutable { return get(r, useCases); });
    server.route(Method::Put, "/api/resumes/{id}",
                 [useCases](Request& r) mutable { return replace(r, useCases); });
    server.route(Method::Delete, "/api/resumes/{id}",
                 [useCases](Request& r) mutable { return remove(r, useCases); });
    server.route(Method::Patch, "/api/resumes/{id}/default",
                 [useCases](Request& r) mutable { return makeDefault(r, useCases); });
}

} // namespace vitae::server::http
