// Routes for the Teams emergency location of a tenant's numbers as last read from a Teams export
// (issue 17): what Get-CsPhoneNumberAssignment said each number's LocationId / CivicAddressId
// was. One reading per tenant, replaced whole by a later one; the app judges each number's
// registration against it.
#pragma once

class Router;
struct ServerContext;

void registerTeamsNumberLocationRoutes(Router &router, ServerContext &ctx);
