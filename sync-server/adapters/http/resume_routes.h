// The resume endpoints: GET and POST /api/resumes, GET, PUT and DELETE /api/resumes/{id},
// PATCH /api/resumes/{id}/default. Each handler authenticates, parses, calls one use case and
// maps its result (ETag and Location headers; 412 bodies carry the current copy).
#pragma once

#include "adapters/http/http_server.h"
#include "usecases/auth.h"
#include "usecases/resumes.h"

namespace vitae::server::http {

struct ResumeUseCases {
    Authenticate& authenticate;
    ListResumes& list;
    GetResume& get;
    CreateResume& create;
    UpdateResume& update;
    DeleteResume& remove;
    MakeDefaultResume& makeDefault;
};

void addResumeRoutes(HttpServer& server, ResumeUseCases useCases);

} // namespace vitae::server::http
