// Routes for a tenant's emergency-call feed (issue 16): which Teams tenant and which emergency
// calling policies the backend subscribes to in Microsoft Graph for it, and the state of each
// subscription. Every tenant has a feed; until it is set, it names none.
#pragma once

class Router;
struct ServerContext;

void registerEmergencyCallFeedRoutes(Router &router, ServerContext &ctx);
