// Routes for a tenant's emergency calling policy (issue 9, Kari's Law notification): who is told
// when someone dials 911, and how. Every tenant has exactly one; it is read and replaced.
#pragma once

class Router;
struct ServerContext;

void registerEmergencyPolicyRoutes(Router &router, ServerContext &ctx);
