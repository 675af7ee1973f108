// Routes for emergency addresses: validation, and a tenant's addresses (create, read, edit,
// delete). Creating or editing validates; editing one in use re-registers its numbers.
#pragma once

class Router;
struct ServerContext;

void registerAddressRoutes(Router &router, ServerContext &ctx);
