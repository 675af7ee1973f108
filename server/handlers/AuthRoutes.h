// Routes for signing in and out: the device authorization grant (RFC 8628), token refresh and
// revocation, API tokens for automation, and "who am I".
#pragma once

class Router;
struct ServerContext;

void registerAuthRoutes(Router &router, ServerContext &ctx);
