// Routes for emergency calls (issue 16): the call log of a tenant with each call's events, the
// location Teams sent, the registration on file and the verdict; acknowledgement by the desk;
// the endpoint Microsoft Graph delivers notifications to; and, in --demo, simulated calls.
#pragma once

class Router;
struct ServerContext;

void registerEmergencyCallRoutes(Router &router, ServerContext &ctx);
