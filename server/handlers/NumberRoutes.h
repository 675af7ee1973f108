// Routes for tenants and their numbers: lists, single resources, the E911 switch and bulk E911.
#pragma once

class Router;
struct ServerContext;

void registerTenantRoutes(Router &router, ServerContext &ctx);
void registerNumberRoutes(Router &router, ServerContext &ctx);
