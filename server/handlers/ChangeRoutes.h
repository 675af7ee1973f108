// Delta sync: GET /v1/changes hands out a change token, and later everything that changed since
// it, with tombstones for deletions. A token older than the retained change log gets 410.
#pragma once

class Router;
struct ServerContext;

void registerChangeRoutes(Router &router, ServerContext &ctx);
