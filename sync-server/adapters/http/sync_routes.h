// GET /api/sync/changes?cursor=C&limit=N: a page of the account's changes after a cursor,
// {changes:[{id, version, deleted, resume?}], cursor, hasMore}.
#pragma once

#include "adapters/http/http_server.h"
#include "usecases/auth.h"
#include "usecases/sync.h"

namespace vitae::server::http {

struct SyncUseCases {
    Authenticate& authenticate;
    ListChanges& listChanges;
};

void addSyncRoutes(HttpServer& server, SyncUseCases useCases);

} // namespace vitae::server::http
