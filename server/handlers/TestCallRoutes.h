// Routes for 933 test calls (issue 9): an append-only log of calls to the test number, each
// remembering the address (and its version) it proved. A wrong record is corrected by recording
// another, so there is no edit or delete.
#pragma once

class Router;
struct ServerContext;

void registerTestCallRoutes(Router &router, ServerContext &ctx);
