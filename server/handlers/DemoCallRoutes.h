// POST /v1/demo/emergency-calls, served only with --demo: starts a simulated emergency call for
// one of a tenant's numbers (and ends it after a while), so the desk, the call log and the 933
// checklist can be seen without a Teams tenant. The call goes through the same store and live
// stream as one from Graph, marked "simulated".
#pragma once

class Router;
struct ServerContext;

void registerDemoCallRoutes(Router &router, ServerContext &ctx);
