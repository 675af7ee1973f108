// Routes for places (issue 9): the building, floor and room inside an emergency address that
// network elements and 933 test calls point at. A place in use by network elements cannot be
// deleted.
#pragma once

class Router;
struct ServerContext;

void registerPlaceRoutes(Router &router, ServerContext &ctx);
