// Routes for what compliance needs: the price list, the limitations disclosure and its
// acknowledgements (47 CFR 9.11), and the append-only audit log.
#pragma once

class Router;
struct ServerContext;

void registerComplianceRoutes(Router &router, ServerContext &ctx);
