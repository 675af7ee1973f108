// Routes for a tenant's network map (issue 9): subnets, wireless access points, switches, switch
// ports and trusted IPs, one at a time or up to 1000 in one bulk request (the CSV import's
// apply step).
#pragma once

class Router;
struct ServerContext;

void registerNetworkElementRoutes(Router &router, ServerContext &ctx);
