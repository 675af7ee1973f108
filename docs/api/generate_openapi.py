#!/usr/bin/env python3
# Generates docs/api/openapi.json: python3 docs/api/generate_openapi.py > docs/api/openapi.json
import json, re, sys
from collections import OrderedDict as O

def ref(kind, name):
    return {"$ref": f"#/components/{kind}/{name}"}
def sref(name): return ref("schemas", name)
def nullable(schema, desc=None):
    s = {"oneOf": [schema, {"type": "null"}]}
    if desc: s["description"] = desc
    return s

SLUGS = O([
    ("bad-request", "400: the request is malformed (bad query parameter, bad cursor, bad path parameter)."),
    ("malformed-json", "400: the body is not valid JSON (or not a JSON object)."),
    ("invalid-field", "422: a field has the wrong type, format or length, or a value the field cannot take; `errors` names each one."),
    ("unknown-field", "400: the body has a field this operation does not know; `errors` names each one."),
    ("unauthorized", "401: the bearer token is missing, unknown, expired or revoked."),
    ("forbidden", "403: the role may not do this (an auditor writing, an admin using a staff-only route)."),
    ("not-found", "404: no such resource, or a tenant the caller may not see."),
    ("method-not-allowed", "405: the path exists but not for this method (`Allow` lists the methods)."),
    ("precondition-required", "428: `If-Match` is missing."),
    ("precondition-failed", "412: `If-Match` does not match the current ETag; `current` holds the current representation."),
    ("idempotency-key-required", "428: `Idempotency-Key` is missing (or not a UUID)."),
    ("idempotency-key-reused", "422: the key was used with another payload or on another route."),
    ("idempotency-key-in-flight", "409: the first request with this key is still being processed."),
    ("address-in-use", "409: the address is used by numbers or places; `usedBy` lists the numbers, `usedByPlaces` the places."),
    ("place-in-use", "409: network elements point at the place; `usedBy.networkElements` counts them."),
    ("duplicate-element", "409: the tenant already has a network element of this kind with this value; `existingId` names it."),
    ("not-eligible", "422: the number or address cannot be registered for E911 (or, for a 933 test call, the number has no E911 address); `detail` says why."),
    ("validation-failed", "422: the request is well-formed but breaks a rule; `errors` says which."),
    ("change-token-expired", "410: the delta token is older than the server's change retention; resync in full."),
    ("payload-too-large", "413: the body is larger than 4 MiB."),
    ("rate-limited", "429: too many requests; wait `Retry-After` seconds."),
    ("injected-unavailable", "503: a fault injected by the reference server (`--fault-5xx-rate`); retry after `Retry-After`."),
    ("unavailable", "503: the server could not read or save its data; nothing was changed; retry (`correlationId` names the failure in the server's log)."),
    # Added with issues 16 and 17, after the others, so the enum's order stays as clients know it.
    ("teams-tenant-in-use", "409: another tenant's emergency-call feed already names this Teams tenant; Graph sends its calls to one place only."),
    ("teams-id-in-use", "409: another address (place) of the tenant already has this Teams id; `existingId` names it."),
    ("newer-reading", "409: a Teams export read later is already on record for the tenant; nothing changed."),
])

ROLES_ANY = ["admin", "staff", "auditor"]
ROLES_WRITE = ["admin", "staff"]
ROLES_STAFF = ["staff"]
ROLES_PUBLIC = []

E164 = r"^\+[1-9][0-9]{1,14}$"
ETAG_PATTERN = r'^"[\x21\x23-\x7E]+"$'

schemas = O()

schemas["Problem"] = {
    "type": "object",
    "description": "RFC 9457 problem details, sent as `application/problem+json` for every error except the OAuth form endpoints (which answer with `OAuthError`). Clients ignore members they do not know.",
    "required": ["type", "title", "status"],
    "properties": O([
        ("type", {"type": "string", "enum": [f"urn:dispatchable:problem:{s}" for s in SLUGS],
                  "description": "`urn:dispatchable:problem:<slug>`.\n\n" + "\n".join(f"- `{s}`: {d}" for s, d in SLUGS.items())}),
        ("title", {"type": "string", "description": "A short summary of the problem type; the same for every occurrence of the type."}),
        ("status", {"type": "integer", "minimum": 400, "maximum": 599, "description": "The HTTP status code of this answer."}),
        ("detail", {"type": "string", "description": "This occurrence in one or two sentences for a person."}),
        ("errors", {"type": "array", "items": sref("FieldProblem"), "description": "One entry per offending field (`invalid-field`, `unknown-field`, `validation-failed`)."}),
        ("current", {"description": "Only with `precondition-failed` (412): the current representation of the resource (a `Did`, `EmergencyAddress`, `Place`, `NetworkElement`, `EmergencyPolicy` or `EmergencyCallFeed`: the schema the operation's 412 names), so the client can show both versions."}),
        ("usedBy", {"description": "With `address-in-use` (409): the numbers (E.164) that use the address (an array, possibly empty). With `place-in-use` (409): `{networkElements: n}`.",
                    "oneOf": [{"type": "array", "items": {"type": "string", "pattern": E164}},
                              {"type": "object", "required": ["networkElements"], "properties": {"networkElements": {"type": "integer", "minimum": 1}}}]}),
        ("usedByPlaces", {"type": "array", "items": {"type": "string"}, "description": "Only with `address-in-use` (409): the ids of the places inside the address."}),
        ("existingId", {"type": "string", "description": "With `duplicate-element` (409): the id of the element that already has this kind and value. With `teams-id-in-use` (409): the id of the address or place that already has this Teams id."}),
        ("correlationId", {"type": "string", "description": "Only with `unavailable` (503): a fresh id for this failure, also sent as `X-Correlation-Id`; the server logs it with the error."}),
    ]),
}
schemas["FieldProblem"] = {
    "type": "object", "required": ["field", "code", "detail"],
    "properties": O([
        ("field", {"type": "string", "description": "The field, as a dotted path from the body root, e.g. `civic.postalCode` or `numbers[3]`.", "examples": ["civic.postalCode"]}),
        ("code", {"type": "string", "description": "A stable machine code, snake_case, e.g. `required`, `unknown_field`, `invalid`, `too_long`, `unknown` (an id of nothing in this tenant), `zip_state_mismatch`, `po_box`, `military_address`, `not_public`, `inside_wildcard`, `immutable`, `in_future`.", "examples": ["zip_state_mismatch"]}),
        ("detail", {"type": "string", "description": "What to fix, in one sentence for a person."}),
    ]),
}
schemas["Etag"] = {"type": "string", "pattern": ETAG_PATTERN,
    "description": "A strong entity tag exactly as in the `ETag` header, quotes included (e.g. `\"v7\"`), so it can be sent back in `If-Match` unchanged.",
    "examples": ['"v7"']}
schemas["Timestamp"] = {"type": "string", "format": "date-time", "description": "RFC 3339, UTC.", "examples": ["2025-01-31T14:05:00Z"]}
schemas["TenantId"] = {"type": "string", "format": "uuid", "description": "The Microsoft Teams (Entra ID) tenant GUID."}
schemas["E164"] = {"type": "string", "pattern": E164, "description": "A phone number in E.164 with its leading `+`.", "examples": ["+14255550100"]}

schemas["Tenant"] = {
    "type": "object", "required": ["id", "name", "serviceType", "counts", "etag", "updatedAt"],
    "properties": O([
        ("id", sref("TenantId")),
        ("name", {"type": "string"}),
        ("serviceType", {"type": "string", "enum": ["direct_routing", "operator_connect"]}),
        ("counts", {"type": "object", "description": "Derived from the tenant's numbers at read time.",
                    "required": ["total", "basic", "pending", "registered", "failed", "deregistering"],
                    "properties": O((k, {"type": "integer", "minimum": 0}) for k in ["total", "basic", "pending", "registered", "failed", "deregistering"])}),
        ("etag", sref("Etag")),
        ("updatedAt", sref("Timestamp")),
    ]),
}
schemas["E911State"] = {"type": "string", "enum": ["basic", "pending", "registered", "failed", "deregistering"],
    "description": "`basic`: no E911 (free basic 911). `pending`: registration asked of the 911 provider. `registered`: the provider accepted it. `failed`: the provider refused it (`reason` says why). `deregistering`: being switched off; ends in `basic`."}
schemas["E911Status"] = {
    "type": "object", "required": ["state", "addressId", "reason", "since", "verifiedAt"],
    "properties": O([
        ("state", sref("E911State")),
        ("addressId", nullable({"type": "string"}, "The emergency address the number is (being) registered at; null in `basic`.")),
        ("reason", nullable({"type": "string"}, "The 911 provider's reason when `failed`; otherwise null. (The reason a person gave for switching off is in the audit log.)")),
        ("since", {"allOf": [sref("Timestamp")], "description": "When the number entered its current state."}),
        ("verifiedAt", nullable(sref("Timestamp"), "When a 933 test call last verified the registration; null if never. Read-only: no v1 route sets it.")),
    ]),
}
schemas["Money"] = {
    "type": "object", "required": ["amountMinor", "currency"], "additionalProperties": False,
    "description": "Money as integer minor units plus an ISO 4217 currency; never a float.",
    "properties": O([
        ("amountMinor", {"type": "integer", "description": "Amount in the currency's minor unit (cents for USD).", "examples": [150]}),
        ("currency", {"type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 4217 code.", "examples": ["USD"]}),
    ]),
}
schemas["AssignedUser"] = {"type": "object", "required": ["upn", "displayName"],
    "properties": O([("upn", {"type": "string", "description": "User principal name.", "examples": ["ana@contoso.com"]}), ("displayName", {"type": "string"})])}
schemas["Did"] = {
    "type": "object",
    "required": ["number", "tenantId", "assignedUser", "usage", "country", "tollFree", "e911", "monthlyFee", "etag", "updatedAt"],
    "properties": O([
        ("number", sref("E164")),
        ("tenantId", sref("TenantId")),
        ("assignedUser", nullable(sref("AssignedUser"))),
        ("usage", {"type": "string", "enum": ["user", "common_area", "conference", "auto_attendant", "call_queue", "unassigned"]}),
        ("country", {"type": "string", "pattern": "^[A-Z]{2}$", "description": "The number's ISO 3166-1 region as libphonenumber decides it (e.g. `US`, `PR`, `CA`, `GB`); never inferred from the country code alone.", "examples": ["US"]}),
        ("tollFree", {"type": "boolean"}),
        ("e911", sref("E911Status")),
        ("monthlyFee", nullable(sref("Money"), "The recurring E911 fee; set in every state but `basic`, where it is null.")),
        ("etag", sref("Etag")),
        ("updatedAt", sref("Timestamp")),
    ]),
}

CLDXF = [
    ("addNumPre", "AddNum_Pre", "HNP", None), ("addNumber", "Add_Number", "HNO", "1"), ("addNumSuf", "AddNum_Suf", "HNS", "1/2"),
    ("stPreMod", "St_PreMod", "PRM", "OLD"), ("stPreDir", "St_PreDir", "PRD", "N"), ("stPreTyp", "St_PreTyp", "STP", None),
    ("stPreSep", "St_PreSep", None, None), ("stName", "St_Name", "RD", "MICROSOFT"), ("stPosTyp", "St_PosTyp", "STS", "WAY"),
    ("stPosDir", "St_PosDir", "POD", "NE"), ("stPosMod", "St_PosMod", "POM", None), ("building", "Building", "BLD", "92"),
    ("floor", "Floor", "FLR", "3"), ("unit", "Unit", "UNIT", "STE 300"), ("room", "Room", "ROOM", "3120"), ("seat", "Seat", "SEAT", None),
    ("additionalLocation", "Additional Location", "LOC", None), ("postalCommunity", "Postal Community", "A3", "REDMOND"),
    ("state", "State", "A1", "WA"), ("postalCode", "Postal Code", "PC", "98052"), ("country", "Country", "country", "US"),
]
civic_props = O()
for name, cldxf, pidf, ex in CLDXF:
    d = f"CLDXF `{cldxf}`" + (f"; PIDF-LO `{pidf}`." if pidf else "; no PIDF-LO element.")
    if name == "country":
        d += " ISO 3166-1 alpha-2 (`US` or `CA`)."
    if name == "state":
        d += " USPS state/territory code, or a Canadian province/territory code."
    p = {"type": "string", "description": d}
    if ex: p["examples"] = [ex]
    civic_props[name] = p
schemas["CivicAddress"] = {
    "type": "object", "additionalProperties": False,
    "description": "A civic address in NENA CLDXF (NENA-STA-004) element names, camelCase, mapped to PIDF-LO (RFC 5139). An absent field and an empty string mean the same. Missing required fields (number, street name, community, state, postal code, country) are validation problems, not schema errors. Unknown fields are refused (400 `unknown-field`).",
    "properties": civic_props,
    "examples": [{"addNumber": "1", "stName": "MICROSOFT", "stPosTyp": "WAY", "building": "92", "floor": "3", "unit": "STE 300", "postalCommunity": "REDMOND", "state": "WA", "postalCode": "98052", "country": "US"}],
}
schemas["Geocode"] = {
    "type": "object", "required": ["latitude", "longitude", "precision"],
    "properties": O([
        ("latitude", {"type": "number", "minimum": -90, "maximum": 90}),
        ("longitude", {"type": "number", "minimum": -180, "maximum": 180}),
        ("precision", {"type": "string", "enum": ["postal_code", "rooftop", "user_override"],
                       "description": "`postal_code`: the ZIP (or Canadian FSA) centroid, which is what the reference server computes; `rooftop`: a provider's rooftop geocode (never claimed by the reference server); `user_override`: coordinates a person entered."}),
    ]),
}
schemas["GeocodeOverride"] = {
    "type": "object", "required": ["latitude", "longitude"], "additionalProperties": False,
    "description": "Coordinates a person enters for an address; stored with precision `user_override`.",
    "properties": O([("latitude", {"type": "number", "minimum": -90, "maximum": 90}), ("longitude", {"type": "number", "minimum": -180, "maximum": 180})]),
}
schemas["AddressValidation"] = {
    "type": "object", "required": ["status", "normalized", "problems", "geocode"],
    "description": "The result of validating the address when it was created or last edited.",
    "properties": O([
        ("status", {"type": "string", "enum": ["unvalidated", "valid", "invalid"]}),
        ("normalized", nullable(sref("CivicAddress"), "The USPS Publication 28 form; null unless validated.")),
        ("problems", {"type": "array", "items": sref("FieldProblem")}),
        ("geocode", nullable(sref("Geocode"))),
    ]),
}
schemas["EmergencyAddress"] = {
    "type": "object", "required": ["id", "tenantId", "companyName", "civic", "locationNote", "teamsCivicAddressId", "validation", "usage", "etag", "updatedAt"],
    "properties": O([
        ("id", {"type": "string"}),
        ("tenantId", sref("TenantId")),
        ("companyName", {"type": "string"}),
        ("civic", {"allOf": [sref("CivicAddress")], "description": "As entered."}),
        ("locationNote", {"type": "string", "description": "Free text for responders (e.g. \"enter by the loading dock\"); empty if none."}),
        ("teamsCivicAddressId", nullable(sref("TeamsId"), "Teams's `CivicAddressId` for this address (`Get-CsOnlineLisCivicAddress`), so a Teams export is matched and a script names the existing Teams address; null when none is known. Unique within the tenant.")),
        ("validation", sref("AddressValidation")),
        ("usage", {"type": "object", "required": ["dids"], "properties": {"dids": {"type": "integer", "minimum": 0, "description": "How many numbers have E911 pointing at this address."}}}),
        ("etag", sref("Etag")),
        ("updatedAt", sref("Timestamp")),
    ]),
}
schemas["EmergencyAddressInput"] = {
    "type": "object", "required": ["civic"], "additionalProperties": False,
    "description": "The body of address create (`POST`) and edit (`PUT`, a full replacement, except that a left-out `teamsCivicAddressId` keeps the stored one).",
    "properties": O([
        ("companyName", {"type": "string", "default": "", "maxLength": 100}),
        ("civic", sref("CivicAddress")),
        ("locationNote", {"type": "string", "default": ""}),
        ("geocode", {"allOf": [sref("GeocodeOverride")], "description": "Optional coordinates entered by a person; the stored geocode then has precision `user_override` instead of the postal-code centroid."}),
        ("teamsCivicAddressId", nullable(sref("TeamsIdInput"), "Teams's `CivicAddressId`. Left out: none on `POST`, kept on `PUT`; null clears it. An id another address of the tenant has is 409 `teams-id-in-use` with `existingId`.")),
    ]),
}
schemas["AddressValidationRequest"] = {
    "type": "object", "required": ["civic"], "additionalProperties": False,
    "properties": {"civic": sref("CivicAddress")},
}
schemas["AddressValidationResult"] = {
    "type": "object", "required": ["valid", "normalized", "problems", "warnings", "geocode"],
    "properties": O([
        ("valid", {"type": "boolean"}),
        ("normalized", nullable(sref("CivicAddress"), "The USPS Publication 28 form (upper case, no punctuation, standard suffixes, directionals and unit designators); null when the address is too broken to normalize.")),
        ("problems", {"type": "array", "items": sref("FieldProblem"), "description": "Empty when valid."}),
        ("warnings", {"type": "array", "items": sref("FieldProblem"), "description": "Advice that leaves the address valid: `location_detail_missing` (no building, floor, unit or room: a multi-storey building needs them for a dispatchable location, 47 CFR 9.16(b)), `geocode_unavailable`."}),
        ("geocode", nullable(sref("Geocode"), "The ZIP or FSA centroid with precision `postal_code`; null when the postal code is unknown.")),
    ]),
}
schemas["PriceList"] = {
    "type": "object", "required": ["currency", "e911MonthlyFee", "effectiveFrom"],
    "properties": O([
        ("currency", {"type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD"]}),
        ("e911MonthlyFee", sref("Money")),
        ("effectiveFrom", sref("Timestamp")),
    ]),
    "examples": [{"currency": "USD", "e911MonthlyFee": {"amountMinor": 150, "currency": "USD"}, "effectiveFrom": "2025-01-01T00:00:00Z"}],
}
schemas["DisclosureItem"] = {"type": "object", "required": ["id", "title", "text"],
    "properties": O([("id", {"type": "string"}), ("title", {"type": "string"}), ("text", {"type": "string"})])}
schemas["Disclosure"] = {
    "type": "object", "required": ["version", "publishedAt", "items"],
    "description": "The current VoIP 911 limitations text (47 CFR 9.11).",
    "properties": O([("version", {"type": "string"}), ("publishedAt", sref("Timestamp")), ("items", {"type": "array", "items": sref("DisclosureItem")})]),
}
schemas["PersonRef"] = {"type": "object", "required": ["id", "email"], "properties": O([("id", {"type": "string"}), ("email", {"type": "string", "format": "email"})])}
schemas["Acknowledgement"] = {
    "type": "object", "required": ["id", "tenantId", "disclosureVersion", "acknowledgedBy", "acknowledgedAt"],
    "description": "An affirmative acknowledgement of the limitations disclosure by a tenant (47 CFR 9.11). Immutable.",
    "properties": O([("id", {"type": "string"}), ("tenantId", sref("TenantId")), ("disclosureVersion", {"type": "string"}),
                     ("acknowledgedBy", sref("PersonRef")), ("acknowledgedAt", sref("Timestamp"))]),
}
schemas["AcknowledgementRequest"] = {"type": "object", "required": ["disclosureVersion"], "additionalProperties": False,
    "properties": {"disclosureVersion": {"type": "string", "minLength": 1, "description": "Must be the current version (`GET /v1/disclosures/current`); another is 422 `validation-failed`."}}}
schemas["Role"] = {"type": "string", "enum": ["admin", "staff", "auditor"]}
schemas["AuditActor"] = {"type": "object", "required": ["id", "email", "role"],
    "properties": O([("id", {"type": "string"}), ("email", {"type": "string", "format": "email"}), ("role", sref("Role"))])}
schemas["AuditEntry"] = {
    "type": "object", "required": ["id", "at", "actor", "action", "tenantId", "target", "before", "after", "reason", "requestId"],
    "description": "One write, recorded in the same transaction as the change. Append-only.",
    "properties": O([
        ("id", {"type": "string"}),
        ("at", sref("Timestamp")),
        ("actor", sref("AuditActor")),
        ("action", {"type": "string", "description": "What was done, `<resource>.<verb>`: `e911.enable`, `e911.repoint` (a `pending` or `registered` number moved to another address), `e911.disable`, `e911.registered`, `e911.failed`, `e911.deregistered` (the last three by the provisioning system, actor `provisioning@carrier.example`), `address.create`, `address.update`, `address.delete`, `acknowledgement.create`, `apitoken.create`, `apitoken.revoke`, `place.create`, `place.update`, `place.delete`, `network.create`, `network.update`, `network.delete`, `testcall.record`, `policy.update`, `emergency_call_feed.update`, `emergency_call.acknowledge`.", "examples": ["e911.enable"]}),
        ("tenantId", nullable(sref("TenantId"), "Null for writes that belong to no tenant (API tokens).")),
        ("target", {"type": "string", "description": "The id of the written resource: the E.164 number, the address, acknowledgement, API token, place, network element, test call or emergency call id, or the tenant id for the emergency policy and the emergency-call feed.", "examples": ["+14255550100"]}),
        ("before", nullable({"type": "object"}, "What the write changed, as it was: the resource's representation, except `{state, addressId}` for `e911.enable`, `e911.repoint` and `e911.disable`, `{state}` for the provisioning system's `e911.*` entries, and the civic address for `address.update` and `address.delete`. Null for a create, `testcall.record`, `emergency_call.acknowledge` and the API token actions.")),
        ("after", nullable({"type": "object"}, "What the write changed, as it is now, in the same form as `before` (the civic address for `address.create` and `address.update`); `{disclosureVersion}` for `acknowledgement.create`, `{label, userId}` for `apitoken.create`. Null for a delete and `apitoken.revoke`.")),
        ("reason", nullable({"type": "string"}, "The reason the caller gave (`e911.disable`), the 911 provider's reason (`e911.failed`), or how many numbers an `address.update` re-registered; otherwise null.")),
        ("requestId", {"type": "string", "description": "The `X-Request-Id` of the request that made the change; empty for the provisioning system's `e911.registered`, `e911.failed` and `e911.deregistered`."}),
    ]),
}

# ---- Issue 9: the LIS network map, 933 test calls, the emergency calling policy ----
schemas["Place"] = {
    "type": "object", "required": ["id", "tenantId", "addressId", "building", "floor", "room", "description", "teamsLocationId", "etag", "updatedAt"],
    "description": "A place inside an emergency address (Teams calls it a location): the building, floor and room or wing that make the address a dispatchable location (47 CFR 9.16(b)). Unset parts are empty strings; at least one of building, floor and room is set. The address need not be validated (the app flags such places).",
    "properties": O([
        ("id", {"type": "string"}), ("tenantId", sref("TenantId")), ("addressId", {"type": "string"}),
        ("building", {"type": "string", "maxLength": 60, "examples": ["Building 2"]}),
        ("floor", {"type": "string", "maxLength": 60, "examples": ["3"]}),
        ("room", {"type": "string", "maxLength": 60, "description": "Room or wing.", "examples": ["301"]}),
        ("description", {"type": "string", "maxLength": 200}),
        ("teamsLocationId", nullable(sref("TeamsId"), "Teams's `LocationId` for this place (`Get-CsOnlineLisLocation`), so a Teams export is matched and a script names the existing Teams location; null when none is known. Unique within the tenant.")),
        ("etag", sref("Etag")), ("updatedAt", sref("Timestamp")),
    ]),
}
schemas["PlaceInput"] = {
    "type": "object", "required": ["addressId"], "additionalProperties": False,
    "description": "The body of place create (`POST`) and edit (`PUT`, a full replacement, except that a left-out `teamsLocationId` keeps the stored one; the address may change). Values are trimmed. At least one of building, floor and room must be non-empty (422 `invalid-field`, field `building`); `addressId` must be an address of the tenant (422, code `unknown`).",
    "properties": O([
        ("addressId", {"type": "string"}),
        ("building", {"type": "string", "maxLength": 60, "default": ""}),
        ("floor", {"type": "string", "maxLength": 60, "default": ""}),
        ("room", {"type": "string", "maxLength": 60, "default": ""}),
        ("description", {"type": "string", "maxLength": 200, "default": ""}),
        ("teamsLocationId", nullable(sref("TeamsIdInput"), "Teams's `LocationId`. Left out: none on `POST`, kept on `PUT`; null clears it. An id another place of the tenant has is 409 `teams-id-in-use` with `existingId`.")),
    ]),
}
schemas["NetworkElementKind"] = {"type": "string", "enum": ["subnet", "wap", "switch", "port", "trusted_ip"],
    "description": "`subnet`: a CIDR network (`subnet`). `wap`: a wireless access point (`bssid`). `switch`: a switch (`chassisId`). `port`: a switch port (`chassisId` + `portId`). `trusted_ip`: a public egress address or range of the tenant (`subnet`, no place): Teams uses dynamic emergency calling only for calls from one of them."}
ELEMENT_RULES = ("Rules (422 `invalid-field`, `errors[].field` naming the field): `subnet` is an IPv4 or IPv6 CIDR; host bits are cleared (`10.10.10.150/25` is stored as `10.10.10.128/25`) and a plain address means /32 or /128. "
    "A `trusted_ip` must be public (private, shared 100.64.0.0/10, loopback, link-local, multicast, reserved, fc00::/7, fe80::/10: code `not_public`; documentation ranges are accepted). "
    "`bssid` is six hex pairs (`-` or `:` between them, stored as `AA-BB-CC-DD-EE-FF`); `*` may stand only for the last one or two characters (`AA-BB-CC-DD-EE-F*`, `AA-BB-CC-DD-EE-*`). A BSSID inside a wildcard of the tenant, or a wildcard covering one, is code `inside_wildcard` (Teams rejects both). "
    "`chassisId` and `portId` are non-empty and at most 64 characters; a MAC chassis ID is normalised like a BSSID. `placeId` is required except for `trusted_ip` (which has none) and must be a place of the tenant (code `unknown`). "
    "Identifying fields the kind does not use must be empty. The same kind and value twice in a tenant is 409 `duplicate-element` with `existingId`; overlapping but different subnets are allowed.")
schemas["NetworkElement"] = {
    "type": "object", "required": ["id", "tenantId", "kind", "placeId", "subnet", "bssid", "chassisId", "portId", "description", "etag", "updatedAt"],
    "description": "One entry of the tenant's network map (Teams' Location Information Service), with its identifying values normalised. Unused identifying fields are empty strings, never missing.",
    "properties": O([
        ("id", {"type": "string"}), ("tenantId", sref("TenantId")), ("kind", sref("NetworkElementKind")),
        ("placeId", {"type": "string", "description": "The place callers on this element are in; empty for `trusted_ip`."}),
        ("subnet", {"type": "string", "examples": ["10.10.10.128/25"]}),
        ("bssid", {"type": "string", "examples": ["AA-BB-CC-DD-EE-F*"]}),
        ("chassisId", {"type": "string", "examples": ["00-11-22-AA-BB-CC"]}),
        ("portId", {"type": "string", "examples": ["Gi1/0/24"]}),
        ("description", {"type": "string", "maxLength": 200}),
        ("etag", sref("Etag")), ("updatedAt", sref("Timestamp")),
    ]),
}
schemas["NetworkElementInput"] = {
    "type": "object", "required": ["kind"], "additionalProperties": False,
    "description": "The body of element create and edit (`PUT` is a full replacement; `kind` cannot change: 422 code `immutable`), and one item of the bulk request. " + ELEMENT_RULES,
    "properties": O([
        ("kind", sref("NetworkElementKind")),
        ("placeId", {"type": "string"}), ("subnet", {"type": "string"}), ("bssid", {"type": "string"}),
        ("chassisId", {"type": "string", "maxLength": 64}), ("portId", {"type": "string", "maxLength": 64}),
        ("description", {"type": "string", "maxLength": 200, "default": ""}),
    ]),
}
schemas["BulkNetworkElementsRequest"] = {
    "type": "object", "required": ["elements"], "additionalProperties": False,
    "properties": {"elements": {"type": "array", "minItems": 1, "maxItems": 1000, "items": sref("NetworkElementInput"),
                                "description": "1 to 1000 elements; none or more than 1000 is 422 `invalid-field`."}},
}
schemas["BulkNetworkElementItem"] = {
    "type": "object", "required": ["index", "outcome"],
    "properties": O([
        ("index", {"type": "integer", "minimum": 0, "description": "The item's position in `elements`."}),
        ("outcome", {"type": "string", "enum": ["created", "unchanged", "rejected"],
                     "description": "`created`: written. `unchanged`: an element with the same kind, value, place and description already exists (also one created by an earlier item). `rejected`: see `problem`; nothing was written for this item."}),
        ("element", {"allOf": [sref("NetworkElement")], "description": "With `created` and `unchanged`."}),
        ("problem", {"allOf": [sref("Problem")], "description": "With `rejected`: the problem a single write of this item would have got (`invalid-field`, `unknown-field`, `duplicate-element`)."}),
    ]),
}
schemas["BulkNetworkElementsResult"] = {"type": "object", "required": ["results"],
    "properties": {"results": {"type": "array", "items": sref("BulkNetworkElementItem"), "description": "One entry per item, in request order."}}}
schemas["TestCall"] = {
    "type": "object", "required": ["id", "tenantId", "placeId", "number", "addressId", "addressEtag", "calledBy", "calledAt", "readBack", "result", "note", "recordedBy", "recordedAt", "source"],
    "description": "A recorded 933 test call. Immutable: a wrong record is corrected by recording another. A place or E911-registered number is tested when its latest call passed and that call's `addressId` and `addressEtag` are its address's current id and ETag; an edit of the address makes it untested again.",
    "properties": O([
        ("id", {"type": "string"}), ("tenantId", sref("TenantId")),
        ("placeId", {"type": "string", "description": "The place called from; empty when only a number was tested."}),
        ("number", {"type": "string", "description": "The E.164 number that dialled 933; empty for a place-only test."}),
        ("addressId", {"type": "string", "description": "Filled by the server: the place's address, or else the number's E911 address."}),
        ("addressEtag", {"allOf": [sref("Etag")], "description": "Filled by the server: that address's ETag when the call was recorded."}),
        ("calledBy", {"type": "string"}), ("calledAt", sref("Timestamp")),
        ("readBack", {"type": "string", "description": "The address the 933 service read back, as heard."}),
        ("result", {"type": "string", "enum": ["pass", "fail"]}),
        ("note", {"type": "string"}),
        ("recordedBy", sref("PersonRef")), ("recordedAt", sref("Timestamp")),
        ("source", {"type": "string", "enum": ["manual", "teams"],
                    "description": "`manual` for a call recorded by a person; `teams` for one the server recorded from the 933 call's emergency-call event in Microsoft Graph (its result is `pass` when the location Teams sent matches the number's registration)."}),
    ]),
}
schemas["TestCallInput"] = {
    "type": "object", "required": ["calledBy", "calledAt", "readBack", "result"], "additionalProperties": False,
    "description": "At least one of `placeId` and `number` (422 field `placeId`, code `required`). `placeId` must be a place of the tenant and `number` a number of the tenant (422, code `unknown`); with only a number, the number must have an E911 address (422 `not-eligible`). `calledAt` may not be more than 5 minutes in the future (code `in_future`).",
    "properties": O([
        ("placeId", {"type": "string"}), ("number", sref("E164")),
        ("calledBy", {"type": "string", "minLength": 1, "maxLength": 200}),
        ("calledAt", sref("Timestamp")),
        ("readBack", {"type": "string", "maxLength": 1000}),
        ("result", {"type": "string", "enum": ["pass", "fail"]}),
        ("note", {"type": "string", "maxLength": 1000, "default": ""}),
    ]),
}
schemas["NotificationMode"] = {"type": "string", "enum": ["notification_only", "conference_muted", "conference_unmuted"],
    "description": "Teams' `-NotificationMode`: a notification only, or also joining the emergency call muted or unmuted."}
schemas["EmergencyPolicy"] = {
    "type": "object", "required": ["tenantId", "notificationMode", "notificationGroup", "notificationDialOutNumber", "etag", "updatedAt"],
    "description": "The tenant's emergency calling policy (Kari's Law notification, 47 CFR 9.16(a)(2)). Every tenant has one; the default is `notification_only` with an empty group.",
    "properties": O([
        ("tenantId", sref("TenantId")), ("notificationMode", sref("NotificationMode")),
        ("notificationGroup", {"type": "array", "maxItems": 50, "items": {"type": "string", "format": "email"}, "description": "E-mail addresses or UPNs of the people or groups told when someone dials 911."}),
        ("notificationDialOutNumber", {"type": "string", "description": "E.164, or empty: a phone also called when someone dials 911."}),
        ("etag", sref("Etag")), ("updatedAt", sref("Timestamp")),
    ]),
}
schemas["EmergencyPolicyInput"] = {
    "type": "object", "required": ["notificationMode"], "additionalProperties": False,
    "description": "A full replacement. Group entries must look like an e-mail address or UPN (422 field `notificationGroup[i]`); at most 50 (422). The dial-out number is E.164 or empty.",
    "properties": O([
        ("notificationMode", sref("NotificationMode")),
        ("notificationGroup", {"type": "array", "maxItems": 50, "items": {"type": "string", "maxLength": 320}, "default": []}),
        ("notificationDialOutNumber", {"type": "string", "default": ""}),
    ]),
}

schemas["TeamsNumberLocation"] = {
    "type": "object", "required": ["number", "civicAddressId", "locationId"], "additionalProperties": False,
    "description": "What one Teams export (`Get-CsPhoneNumberAssignment`, with the civic addresses and locations exported beside it) said of one number of the tenant.",
    "properties": O([
        ("number", sref("E164")),
        ("civicAddressId", nullable(sref("TeamsId"), "The Teams address of the number's emergency location (its `CivicAddressId`, else its location's); null when Teams gives it none. Described once in `teamsAddresses`.")),
        ("locationId", nullable(sref("TeamsId"), "The number's Teams `LocationId`; null when none.")),
    ]),
}
schemas["TeamsAddressSeen"] = {
    "type": "object", "required": ["civicAddressId", "address", "addressIds"], "additionalProperties": False,
    "description": "A Teams address some numbers' locations lie at, once however many numbers lie there.",
    "properties": O([
        ("civicAddressId", sref("TeamsId")),
        ("address", {"type": "string", "maxLength": 400, "description": "The Teams address in words when it was read; empty when the export did not hold it."}),
        ("addressIds", {"type": "array", "maxItems": 1000, "items": {"type": "string"}, "description": "The Dispatchable addresses it matched (or might match) when it was read."}),
    ]),
}
schemas["TeamsNumberLocations"] = {
    "type": "object", "required": ["tenantId", "readAt", "numbers", "teamsAddresses", "etag", "updatedAt"],
    "description": "The tenant's latest reading of the Teams emergency location on each of its numbers (issue 17). A tenant with none recorded answers `readAt: null`, no numbers, version 1. The app flags a number whose registered address is not where Teams locates it.",
    "properties": O([
        ("tenantId", sref("TenantId")),
        ("readAt", nullable(sref("Timestamp"), "When the export was made (as near as its files tell); null when nothing was ever recorded.")),
        ("numbers", {"type": "array", "items": sref("TeamsNumberLocation")}),
        ("teamsAddresses", {"type": "array", "items": sref("TeamsAddressSeen")}),
        ("etag", sref("Etag")), ("updatedAt", sref("Timestamp")),
    ]),
}
schemas["TeamsNumberLocationsInput"] = {
    "type": "object", "required": ["readAt", "numbers"], "additionalProperties": False,
    "description": "A whole reading (at most 32 MiB, larger than other requests); it replaces the one on record. Every number must be the tenant's and listed once (422 field `numbers[i].number`), each Teams address once (`teamsAddresses[i].civicAddressId`); ids are GUIDs in any case, braced or not, kept in lower case. `readAt` has its offset and is not in the future.",
    "properties": O([
        ("readAt", sref("Timestamp")),
        ("numbers", {"type": "array", "maxItems": 100000, "items": {
            "type": "object", "required": ["number"], "additionalProperties": False,
            "properties": O([
                ("number", sref("E164")),
                ("civicAddressId", nullable(sref("TeamsIdInput"))),
                ("locationId", nullable(sref("TeamsIdInput"))),
            ])}}),
        ("teamsAddresses", {"type": "array", "maxItems": 100000, "default": [], "items": {
            "type": "object", "required": ["civicAddressId"], "additionalProperties": False,
            "properties": O([
                ("civicAddressId", sref("TeamsIdInput")),
                ("address", {"type": "string", "maxLength": 400, "default": ""}),
                ("addressIds", {"type": "array", "maxItems": 1000, "items": {"type": "string"}, "default": []}),
            ])}}),
    ]),
}

def page(item, name, order=""):
    schemas[name] = {"type": "object", "required": ["items", "nextCursor"],
        "description": f"A page of `{item}`{order}. Pass `nextCursor` as `cursor` to get the next page; null on the last page.",
        "properties": O([("items", {"type": "array", "items": sref(item)}), ("nextCursor", nullable({"type": "string"}))])}
page("Tenant", "TenantPage"); page("Did", "DidPage"); page("EmergencyAddress", "EmergencyAddressPage")
page("Acknowledgement", "AcknowledgementPage"); page("AuditEntry", "AuditPage")
page("Place", "PlacePage"); page("NetworkElement", "NetworkElementPage"); page("TestCall", "TestCallPage")

schemas["ChangesStart"] = {"type": "object", "required": ["nextToken"], "additionalProperties": False,
    "description": "The answer without `since`: the token for \"now\".", "properties": {"nextToken": {"type": "string"}}}
CHANGE_KINDS = [("tenant", "Tenant"), ("did", "Did"), ("address", "EmergencyAddress"), ("acknowledgement", "Acknowledgement"),
                ("place", "Place"), ("network_element", "NetworkElement"), ("test_call", "TestCall"), ("emergency_policy", "EmergencyPolicy"),
                ("emergency_call", "EmergencyCall"), ("teams_number_locations", "TeamsNumberLocations")]
CHANGE_SCHEMAS = [f"`{n}`" for _, n in CHANGE_KINDS]
schemas["Change"] = {
    "type": "object", "required": ["kind", "id", "tenantId", "deleted"],
    "description": "The current representation of a resource changed after the token, or a tombstone (`deleted: true`, no `data`). A resource changed several times appears once.",
    "properties": O([
        ("kind", {"type": "string", "enum": [k for k, _ in CHANGE_KINDS]}),
        ("id", {"type": "string", "description": "The resource's id (the E.164 number for a `did`, the tenant id for an `emergency_policy`)."}),
        ("tenantId", sref("TenantId")),
        ("deleted", {"type": "boolean"}),
        ("data", {"description": "Present exactly when `deleted` is false: a " + ", ".join(CHANGE_SCHEMAS[:-1]) + " or " + CHANGE_SCHEMAS[-1] + " according to `kind`. Places and network elements leave tombstones when deleted.",
                  "oneOf": [sref(n) for _, n in CHANGE_KINDS]}),
    ]),
}
schemas["Changes"] = {
    "type": "object", "required": ["changes", "nextToken", "hasMore"],
    "properties": O([
        ("changes", {"type": "array", "items": sref("Change")}),
        ("nextToken", {"type": "string", "description": "Pass as `since` next time (immediately if `hasMore`)."}),
        ("hasMore", {"type": "boolean", "description": "More changes are waiting: ask again with `nextToken` right away."}),
    ]),
}
schemas["E911Enable"] = {"type": "object", "required": ["enabled", "addressId"], "additionalProperties": False,
    "properties": O([("enabled", {"const": True}), ("addressId", {"type": "string", "minLength": 1})])}
schemas["E911Disable"] = {"type": "object", "required": ["enabled", "reason"], "additionalProperties": False,
    "properties": O([("enabled", {"const": False}), ("reason", {"type": "string", "minLength": 1, "pattern": "\\S", "description": "Why E911 is switched off; must not be empty or blank."})])}
schemas["E911Request"] = {"description": "The desired E911 state of a number.", "oneOf": [sref("E911Enable"), sref("E911Disable")]}
schemas["BulkE911Request"] = {
    "type": "object", "required": ["enabled", "numbers"], "additionalProperties": False,
    "description": "`addressId` is required when `enabled` is true and not allowed otherwise; `reason` (non-blank) is required when `enabled` is false and not allowed otherwise.",
    "properties": O([
        ("enabled", {"type": "boolean"}),
        ("addressId", {"type": "string", "minLength": 1}),
        ("reason", {"type": "string", "minLength": 1, "pattern": "\\S"}),
        ("numbers", {"type": "array", "minItems": 1, "maxItems": 1000, "uniqueItems": True, "items": sref("E164"),
                     "description": "1 to 1000 distinct numbers of this tenant. More than 1000, none or a repeated number is 422 `invalid-field`."}),
    ]),
    "oneOf": [
        {"properties": {"enabled": {"const": True}}, "required": ["addressId"], "not": {"required": ["reason"]}},
        {"properties": {"enabled": {"const": False}}, "required": ["reason"], "not": {"required": ["addressId"]}},
    ],
}
schemas["BulkE911Item"] = {
    "type": "object", "required": ["number", "outcome"],
    "properties": O([
        ("number", sref("E164")),
        ("outcome", {"type": "string", "enum": ["accepted", "unchanged", "rejected"],
                     "description": "`accepted`: the number is now `pending` or `deregistering`; `unchanged`: it already was in the desired state (nothing billed); `rejected`: see `problem`, nothing changed for this number."}),
        ("problem", {"allOf": [sref("Problem")], "description": "Only when `rejected`: why (e.g. `not-eligible` for a non-US or toll-free number, `not-found` for a number not in this tenant)."}),
    ]),
}
schemas["BulkE911Result"] = {"type": "object", "required": ["results"],
    "properties": {"results": {"type": "array", "items": sref("BulkE911Item"), "description": "One entry per requested number, in request order."}}}

schemas["DeviceAuthorizationRequest"] = {
    "type": "object", "required": ["client_id"],
    "properties": O([("client_id", {"type": "string", "examples": ["dispatchable-desktop"]}),
                     ("scope", {"type": "string", "description": "Optional, space-delimited (RFC 6749 §3.3). v1 defines no scopes: the token carries the person's role; the value is accepted and ignored."})]),
}
schemas["DeviceAuthorization"] = {
    "type": "object", "required": ["device_code", "user_code", "verification_uri", "verification_uri_complete", "expires_in", "interval"],
    "description": "RFC 8628 §3.2 device authorization response.",
    "properties": O([
        ("device_code", {"type": "string"}),
        ("user_code", {"type": "string", "pattern": "^[A-Z]{4}-[A-Z]{4}$", "examples": ["BCDF-GHJK"], "description": "8 letters shown as `ABCD-EFGH`. Compared case-insensitively, the hyphen optional."}),
        ("verification_uri", {"type": "string", "format": "uri"}),
        ("verification_uri_complete", {"type": "string", "format": "uri"}),
        ("expires_in", {"type": "integer", "examples": [600], "description": "Seconds until `device_code` and `user_code` expire (600)."}),
        ("interval", {"type": "integer", "examples": [5], "description": "Seconds to wait between polls of the token endpoint (5)."}),
    ]),
}
schemas["DeviceCodeTokenRequest"] = {
    "type": "object", "required": ["grant_type", "device_code", "client_id"],
    "properties": O([("grant_type", {"const": "urn:ietf:params:oauth:grant-type:device_code"}), ("device_code", {"type": "string"}), ("client_id", {"type": "string"})]),
}
schemas["RefreshTokenRequest"] = {
    "type": "object", "required": ["grant_type", "refresh_token"],
    "properties": O([("grant_type", {"const": "refresh_token"}), ("refresh_token", {"type": "string"}), ("client_id", {"type": "string"})]),
}
schemas["TokenRequest"] = {"oneOf": [sref("DeviceCodeTokenRequest"), sref("RefreshTokenRequest")]}
schemas["TokenResponse"] = {
    "type": "object", "required": ["access_token", "token_type", "expires_in", "refresh_token"],
    "description": "RFC 6749 §5.1. Refresh tokens rotate: each refresh returns a new `refresh_token` and retires the old one.",
    "properties": O([
        ("access_token", {"type": "string"}),
        ("token_type", {"const": "Bearer"}),
        ("expires_in", {"type": "integer", "description": "Access token lifetime in seconds (3600 by default)."}),
        ("refresh_token", {"type": "string"}),
    ]),
}
schemas["OAuthError"] = {
    "type": "object", "required": ["error"],
    "description": "RFC 6749 §5.2 / RFC 8628 §3.5 / RFC 7009 §2.2.1 error, sent as `application/json` with 400.",
    "properties": O([
        ("error", {"type": "string", "enum": ["invalid_request", "invalid_client", "invalid_grant", "unsupported_grant_type", "unsupported_token_type",
                                              "authorization_pending", "slow_down", "expired_token", "access_denied"],
                   "description": "`authorization_pending`: keep polling. `slow_down`: keep polling and add 5 s to the interval. `expired_token`: the device code expired; start over. `access_denied`: the person declined. `invalid_grant`: unknown, used or retired code or refresh token (replaying a retired refresh token also revokes its whole family, RFC 6819 §5.2.2.3). `invalid_request`: a parameter is missing or repeated. `invalid_client`: unknown `client_id`. `unsupported_grant_type`, `unsupported_token_type`: as named."}),
        ("error_description", {"type": "string"}),
    ]),
}
schemas["RevokeRequest"] = {
    "type": "object", "required": ["token"],
    "properties": O([("token", {"type": "string"}), ("token_type_hint", {"type": "string", "enum": ["access_token", "refresh_token"]}), ("client_id", {"type": "string"})]),
}
schemas["DeviceApproval"] = {
    "type": "object", "required": ["userCode", "approve"], "additionalProperties": False,
    "properties": O([("userCode", {"type": "string", "description": "The code the device shows, e.g. `ABCD-EFGH` (case-insensitive, hyphen optional).", "examples": ["BCDF-GHJK"]}),
                     ("approve", {"type": "boolean", "description": "true grants the device a token for the approving person; false declines (the device then gets `access_denied`)."})]),
}
schemas["Me"] = {
    "type": "object", "required": ["id", "email", "displayName", "role", "tenantIds"],
    "properties": O([("id", {"type": "string"}), ("email", {"type": "string", "format": "email"}), ("displayName", {"type": "string"}), ("role", sref("Role")),
                     ("tenantIds", {"type": "array", "items": sref("TenantId"), "description": "For an admin, the tenants they may read and write. Empty for staff and auditors, who see every tenant."})]),
}
schemas["ApiTokenCreate"] = {
    "type": "object", "required": ["label"], "additionalProperties": False,
    "properties": O([
        ("label", {"type": "string", "minLength": 1, "maxLength": 100, "description": "What the token is for, e.g. \"nightly CSV sync\"."}),
        ("userId", {"type": "string", "description": "The user the token acts as (a service account); default: the caller. The token carries that user's role and tenants."}),
    ]),
}
schemas["ApiToken"] = {
    "type": "object", "required": ["id", "label", "userId"],
    "description": "An automation token. The secret is only in the create answer (`ApiTokenCreated`); the server keeps only its SHA-256.",
    "properties": O([
        ("id", {"type": "string"}), ("label", {"type": "string"}), ("userId", {"type": "string"}),
    ]),
}
schemas["ApiTokenCreated"] = {
    "allOf": [sref("ApiToken"), {"type": "object", "required": ["token"], "properties": {"token": {"type": "string", "pattern": "^dsp_[A-Za-z0-9_-]+$", "description": "The bearer secret, shown this once."}}}],
}
schemas["Health"] = {"type": "object", "required": ["status"], "properties": {"status": {"const": "ok"}}}

# ---- Issue 16: emergency calls Teams reports through Microsoft Graph ----
CALL_VERDICTS = ["matches", "differs", "no_location_sent", "not_registered", "cannot_compare"]
CALL_KINDS = ["emergency", "test"]
CALL_STATES = ["active", "ended"]
schemas["SentLocation"] = {
    "type": "object",
    "description": "The location Teams sent with the call (Graph's `callerInfo.location`): the civic address as Teams holds it and, when known, coordinates.",
    "properties": O([(k, {"type": "string"}) for k in ["houseNumber", "street", "streetSuffix", "city", "state", "postalCode", "country", "companyName", "additionalInfo"]]
                    + [("displayName", {"type": "string", "description": "`location.displayName`: the name of the Teams location the call came from (a place's label), when Teams sent one."})]
                    + [("latitude", {"type": "number"}), ("longitude", {"type": "number"})]),
}
schemas["LocationVerdict"] = {
    "type": "object", "required": ["verdict", "differences"],
    "description": "The location Teams sent compared with the number's registration when the call started, both in USPS / Canada Post standard form. `matches`: same house, street, community, state, ZIP (5 digits) and country, and coordinates (when both sides have them) within 250 m. `differs`: `differences` lists each field (CLDXF names, or `coordinates`). `no_location_sent`: Teams sent none. `not_registered`: the number has no E911 address on file. `cannot_compare`: only coordinates were sent and the address on file has none.",
    "properties": O([
        ("verdict", {"type": "string", "enum": CALL_VERDICTS}),
        ("differences", {"type": "array", "items": {"type": "object", "required": ["field", "sent", "registered"],
                                                    "properties": O((k, {"type": "string"}) for k in ["field", "sent", "registered"])}}),
        ("distanceMeters", {"type": "number", "description": "Between the sent and the registered coordinates, when both are known."}),
    ]),
}
schemas["CallPlace"] = {
    "type": "object", "required": ["placeId", "label", "addressId", "addressEtag", "verdict", "differences"],
    "description": "The place the call came from: of the tenant's places whose label is the location name Teams sent (`locationSent.displayName`; case and spaces ignored), the one at the address sent, else the only one, else the one at the caller's registered address. The address Teams sent is judged against the place's address as for `location`: `matches` or `differs` (Teams holds the place at another address), or `cannot_compare`.",
    "properties": O([
        ("placeId", {"type": "string"}), ("label", {"type": "string"}),
        ("addressId", {"type": "string"}), ("addressEtag", sref("Etag")),
        ("verdict", {"type": "string", "enum": CALL_VERDICTS}),
        ("differences", {"type": "array", "items": {"type": "object", "required": ["field", "sent", "registered"],
                                                    "properties": O((k, {"type": "string"}) for k in ["field", "sent", "registered"])}}),
        ("distanceMeters", {"type": "number"}),
    ]),
}
schemas["EmergencyCallEvent"] = {
    "type": "object", "required": ["id", "type", "at", "receivedAt", "seq"],
    "properties": O([
        ("id", {"type": "string", "description": "Graph's event id: the de-duplication key."}),
        ("type", {"type": "string", "enum": ["callStarted", "rosterUpdated", "callEnded", "acknowledged"],
                  "description": "Graph's event types, and `acknowledged` for the desk's acknowledgement."}),
        ("at", sref("Timestamp")), ("receivedAt", sref("Timestamp")),
        ("seq", {"type": "integer", "description": "Order of arrival on this server."}),
    ]),
}
schemas["EmergencyCall"] = {
    "type": "object",
    "required": ["id", "tenantId", "kind", "dialed", "policyName", "number", "caller", "startedAt", "endedAt", "state", "locationSent", "registered", "location", "acknowledgement", "testCallId", "simulated", "lastEventSeq", "place", "events"],
    "description": "A call to an emergency number, built from Graph's events. Events join the caller's open call to the same number (Graph gives no call id); a call open for more than 4 hours is not joined.",
    "properties": O([
        ("id", {"type": "string"}), ("tenantId", sref("TenantId")),
        ("kind", {"type": "string", "enum": CALL_KINDS, "description": "`test` for 933: it raises no alert and becomes a test-call record."}),
        ("dialed", {"type": "string"}),
        ("policyName", {"type": "string", "description": "The Teams emergency calling policy that reported it."}),
        ("number", nullable(sref("E164"))),
        ("caller", {"type": "object", "required": ["displayName", "upn"], "properties": O([("displayName", {"type": "string"}), ("upn", {"type": "string"})])}),
        ("startedAt", sref("Timestamp")), ("endedAt", nullable(sref("Timestamp"))),
        ("state", {"type": "string", "enum": CALL_STATES}),
        ("locationSent", nullable(sref("SentLocation"))),
        ("registered", nullable({"type": "object", "required": ["addressId", "addressEtag", "e911State", "civic"],
                                 "description": "The number's E911 address when the call started.",
                                 "properties": O([("addressId", {"type": "string"}), ("addressEtag", sref("Etag")), ("e911State", {"type": "string"}),
                                                  ("civic", {"type": "object"}), ("latitude", {"type": "number"}), ("longitude", {"type": "number"})])})),
        ("location", sref("LocationVerdict")),
        ("acknowledgement", nullable({"type": "object", "required": ["by", "at"],
                                      "properties": O([("by", {"type": "string", "description": "E-mail of who acknowledged it first."}), ("at", sref("Timestamp"))])})),
        ("testCallId", nullable({"type": "string"})),
        ("simulated", {"type": "boolean", "description": "Made by the demo, not by Teams."}),
        ("lastEventSeq", {"type": "integer"}),
        ("place", nullable(sref("CallPlace"))),
        ("events", {"type": "array", "items": sref("EmergencyCallEvent")}),
    ]),
}
page("EmergencyCall", "EmergencyCallPage", ", newest first")
schemas["EmergencyCallFeed"] = {
    "type": "object", "required": ["tenantId", "teamsTenantId", "policyNames", "graphConnected", "subscriptions", "etag", "updatedAt"],
    "description": "Which Teams tenant and emergency calling policies the backend subscribes to in Microsoft Graph for this tenant, and the state of each subscription (one per policy, as Graph requires).",
    "properties": O([
        ("tenantId", sref("TenantId")),
        ("teamsTenantId", nullable({"type": "string"})),
        ("policyNames", {"type": "array", "items": {"type": "string"}}),
        ("graphConnected", {"type": "boolean", "description": "Whether this server is configured to reach Graph (`--graph-client-id`); without it no subscription is made."}),
        ("subscriptions", {"type": "array", "items": {"type": "object", "required": ["policyName", "state", "expiresAt", "lastError"],
            "properties": O([("policyName", {"type": "string"}), ("state", {"type": "string", "enum": ["pending", "active", "failed", "removing"]}),
                             ("expiresAt", nullable(sref("Timestamp"))), ("lastError", {"type": "string"})])}}),
        ("etag", sref("Etag")), ("updatedAt", sref("Timestamp")),
    ]),
}
schemas["EmergencyCallFeedInput"] = {
    "type": "object", "required": ["policyNames"], "additionalProperties": False,
    "description": "`teamsTenantId` is a GUID (422 `invalid-field`, code `invalid`), required when `policyNames` is not empty (code `required`); at most 20 names of 1–256 characters (422 `invalid-field`; a repeated name is kept once). A Teams tenant feeds one tenant only (409 `teams-tenant-in-use`). An empty list switches the feed off and deletes its subscriptions; `teamsTenantId` may then be left out or `null`.",
    "properties": O([("teamsTenantId", nullable({"type": "string"})), ("policyNames", {"type": "array", "items": {"type": "string"}, "maxItems": 20})]),
}
schemas["DemoEmergencyCallInput"] = {
    "type": "object", "required": ["tenantId", "number"], "additionalProperties": False,
    "properties": O([
        ("tenantId", sref("TenantId")), ("number", sref("E164")),
        ("dialed", {"type": "string", "enum": ["911", "933"]}),
        ("location", {"type": "string", "enum": ["registered", "elsewhere", "wrong-place", "none"], "description": "What Teams is made to send: the registration (named as the first place at the address, if any), another address, the first place at the number's address with another address (as when Teams holds the place at the wrong building; 422 when the address has no place), or nothing."}),
        ("durationSeconds", {"type": "integer", "minimum": 0, "maximum": 3600, "description": "The call ends after this long; 0 never. Default 60."}),
    ]),
}
schemas["GraphNotificationCollection"] = {
    "type": "object", "required": ["value"],
    "description": "Microsoft Graph's changeNotificationCollection (rich notifications with `encryptedContent`), as documented by Microsoft.",
    "properties": O([("value", {"type": "array", "maxItems": 1000, "items": {"type": "object"}}), ("validationTokens", {"type": "array", "items": {"type": "string"}})]),
}

# ---- Issue 17: Teams's own ids for addresses (CivicAddressId) and places (LocationId) ----
schemas["TeamsId"] = {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    "description": "A Teams object id (a GUID) in canonical form: lower case, 36 characters, no braces. Unique within a tenant for its kind of object; not checked against Teams, which Dispatchable cannot reach.",
    "examples": ["5aa884e8-d548-4b8e-a289-52bfd5265a6e"]}
schemas["TeamsIdInput"] = {"type": "string", "pattern": "^(\\{[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\\}|[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12})$",
    "description": "A Teams object id as a client may write it: a GUID in either case, bare or in braces, as PowerShell prints it (`{5AA884E8-…}`). Stored and answered in canonical form (`TeamsId`). The nil GUID and any other text are 422 `invalid-field` (code `invalid`; `wrong_type` when not a string).",
    "examples": ["5AA884E8-D548-4B8E-A289-52BFD5265A6E"]}

# ---- headers ----
headers = O()
headers["X-Request-Id"] = {"description": "Identifies this request; shown behind \"Details\" in the app and recorded in the audit log.", "required": True, "schema": {"type": "string"}}
headers["ETag"] = {"description": "The strong entity tag of the resource in the answer (also its `etag` field).", "required": True, "schema": sref("Etag")}
headers["Retry-After"] = {"description": "Seconds to wait before the next request (RFC 9110 §10.2.3). Clients also accept an HTTP date.", "schema": {"type": "integer", "minimum": 0}}
headers["Idempotent-Replayed"] = {"description": "`true` when this answer is the stored answer to an earlier request with the same `Idempotency-Key` (nothing was changed this time).", "schema": {"type": "string", "enum": ["true"]}}
headers["WWW-Authenticate"] = {"description": "`Bearer error=\"invalid_token\"` (RFC 6750 §3).", "required": True, "schema": {"type": "string"}}
headers["Location"] = {"description": "The URL of the created resource.", "required": True, "schema": {"type": "string", "format": "uri-reference"}}
headers["Cache-Control"] = {"description": "`no-store` (RFC 6749 §5.1).", "schema": {"type": "string"}}
headers["X-Correlation-Id"] = {"description": "With a 503 `unavailable`: the id of this failure in the server's log (the same as the problem's `correlationId`).", "schema": {"type": "string"}}

RID = {"X-Request-Id": ref("headers", "X-Request-Id")}

def problem_content(schema=None, slugs=None):
    schema = schema or sref("Problem")
    if slugs:
        # The problem types this answer can carry, so a type sent with the wrong status is caught.
        schema = {"allOf": [schema, {"properties": {"type": {"enum": [f"urn:dispatchable:problem:{s}" for s in slugs]}}}]}
    return {"application/problem+json": {"schema": schema}}

responses = O()
def err(name, status, desc, extra_headers=None, schema=None, slugs=None):
    h = dict(RID)
    if extra_headers: h.update(extra_headers)
    if slugs is None and status != 503:
        # The slugs the description names are the ones this answer may carry (503 is left open).
        slugs = [s for s in re.findall(r"`([a-z-]+)`", desc) if s in SLUGS]
    responses[name] = {"description": desc, "headers": h, "content": problem_content(schema, slugs)}
err("BadRequest", 400, "`bad-request`, `malformed-json` or `unknown-field`.")
err("Unauthorized", 401, "`unauthorized`: the bearer token is missing, unknown, expired or revoked.", {"WWW-Authenticate": ref("headers", "WWW-Authenticate")})
err("Forbidden", 403, "`forbidden`: the caller's role may not do this (every write by an auditor; staff-only routes for others).")
err("NotFound", 404, "`not-found`: no such resource, or one in a tenant the caller may not see (its existence is not revealed).")
err("Conflict", 409, "`idempotency-key-in-flight`: the first request with this key is still being processed.")
err("AddressInUseOrConflict", 409, "`address-in-use` (with `usedBy` and `usedByPlaces`), or `idempotency-key-in-flight`.")
err("ChangeTokenExpired", 410, "`change-token-expired`: the token is older than the server's change retention. Resync in full and keep the outbox.")
err("PreconditionFailedDid", 412, "`precondition-failed`: `If-Match` is stale; `current` is the number as it is now.",
    {"ETag": ref("headers", "ETag")},
    {"allOf": [sref("Problem"), {"type": "object", "required": ["current"], "properties": {"current": sref("Did")}}]})
err("PreconditionFailedAddress", 412, "`precondition-failed`: `If-Match` is stale; `current` is the address as it is now.",
    {"ETag": ref("headers", "ETag")},
    {"allOf": [sref("Problem"), {"type": "object", "required": ["current"], "properties": {"current": sref("EmergencyAddress")}}]})
def precondition_failed(name, schema, what):
    err(name, 412, f"`precondition-failed`: `If-Match` is stale; `current` is the {what} as it is now.",
        {"ETag": ref("headers", "ETag")},
        {"allOf": [sref("Problem"), {"type": "object", "required": ["current"], "properties": {"current": sref(schema)}}]})
precondition_failed("PreconditionFailedPlace", "Place", "place")
precondition_failed("PreconditionFailedNetworkElement", "NetworkElement", "network element")
precondition_failed("PreconditionFailedEmergencyPolicy", "EmergencyPolicy", "policy")
err("PlaceInUseOrConflict", 409, "`place-in-use` (with `usedBy.networkElements`), or `idempotency-key-in-flight`.")
err("DuplicateElementOrConflict", 409, "`duplicate-element` (with `existingId`), or `idempotency-key-in-flight`.")
err("PayloadTooLarge", 413, "`payload-too-large`: the body is larger than 4 MiB.")
err("UnprocessableEntity", 422, "`invalid-field`, `validation-failed`, `not-eligible` or `idempotency-key-reused`.")
err("PreconditionRequired", 428, "`precondition-required` (no `If-Match`) or `idempotency-key-required` (no `Idempotency-Key`).")
err("TooManyRequests", 429, "`rate-limited`: wait at least `Retry-After` seconds.", {"Retry-After": ref("headers", "Retry-After")})
err("ServiceUnavailable", 503, "Temporarily unavailable; may carry `Retry-After`. `unavailable`: the server could not read or save its data (a database failure); the whole request was rolled back (nothing billed, provisioned or recorded, an `Idempotency-Key` is free for the retry), so retrying is safe. `correlationId` (also in `X-Correlation-Id`) finds the error in the server's log. `injected-unavailable`: the reference server's fault injection.",
    {"Retry-After": ref("headers", "Retry-After"), "X-Correlation-Id": ref("headers", "X-Correlation-Id")})
responses["OAuthError"] = {"description": "RFC 6749 §5.2 error (`application/json`, not problem+json).", "headers": dict(RID, **{"Cache-Control": ref("headers", "Cache-Control")}),
                           "content": {"application/json": {"schema": sref("OAuthError")}}}
# Issue 16
err("TeamsTenantInUse", 409, "`teams-tenant-in-use`: another tenant's feed already names this Teams tenant; Graph sends its calls to one place only.")
precondition_failed("PreconditionFailedEmergencyCallFeed", "EmergencyCallFeed", "feed")
err("NotificationTooLarge", 413, "`payload-too-large`: the body is larger than 1 MiB (Graph's deliveries are a few kilobytes).")
# Issue 17
err("TeamsIdInUseOrConflict", 409, "`teams-id-in-use` (with `existingId`): another address or place of the tenant already has this Teams id; or `idempotency-key-in-flight`.")
err("NewerReading", 409, "`newer-reading`: a Teams export read later is already on record; nothing changed.")
err("TeamsIdInUse", 409, "`teams-id-in-use` (with `existingId`): another address or place of the tenant already has this Teams id.")

# ---- parameters ----
parameters = O()
parameters["tenantId"] = {"name": "tenantId", "in": "path", "required": True, "schema": sref("TenantId")}
parameters["number"] = {"name": "number", "in": "path", "required": True, "description": "E.164 with its `+`; `%2B` works too.", "schema": sref("E164")}
parameters["addressId"] = {"name": "addressId", "in": "path", "required": True, "schema": {"type": "string"}}
parameters["placeId"] = {"name": "placeId", "in": "path", "required": True, "schema": {"type": "string"}}
parameters["elementId"] = {"name": "elementId", "in": "path", "required": True, "schema": {"type": "string"}}
parameters["tokenId"] = {"name": "tokenId", "in": "path", "required": True, "schema": {"type": "string"}}
parameters["limit"] = {"name": "limit", "in": "query", "required": False, "description": "Page size, 1 to 1000; anything else is 400 `bad-request`.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}
parameters["cursor"] = {"name": "cursor", "in": "query", "required": False, "description": "Opaque; the previous page's `nextCursor`. An unknown or malformed cursor is 400 `bad-request`.", "schema": {"type": "string"}}
parameters["If-Match"] = {"name": "If-Match", "in": "header", "required": True, "description": "The resource's current strong ETag. Without it 428 `precondition-required`; stale 412 `precondition-failed`.", "schema": sref("Etag")}
parameters["Idempotency-Key"] = {"name": "Idempotency-Key", "in": "header", "required": True,
    "description": "A UUID chosen by the client per logical operation. Without it, or when it is not a UUID, 428 `idempotency-key-required`. Kept 24 hours per caller: the same key with the same payload replays the first answer (`Idempotent-Replayed: true`); with another payload or route 422 `idempotency-key-reused`; while the first is still running 409 `idempotency-key-in-flight`.",
    "schema": {"type": "string", "format": "uuid"}}
def q(name, schema, desc=None):
    parameters[name] = {"name": name.split(".")[-1], "in": "query", "required": False}
    if desc: parameters[name]["description"] = desc
    parameters[name]["schema"] = schema
q("e911State", sref("E911State"), "Only numbers in this E911 state.")
q("usage", {"type": "string", "enum": ["user", "common_area", "conference", "auto_attendant", "call_queue", "unassigned"]}, "Only numbers with this usage.")
q("country", {"type": "string", "pattern": "^[A-Z]{2}$"}, "Only numbers of this ISO 3166-1 region (e.g. `US`, `PR`).")
q("audit.tenantId", sref("TenantId"), "Only entries of this tenant (an admin naming a tenant they may not see gets 404).")
q("audit.actor", {"type": "string"}, "Only entries by this actor: their id or their email (exact, case-insensitive).")
q("audit.number", sref("E164"), "Only entries whose target is this number.")
q("audit.action", {"type": "string"}, "Only entries with this action, e.g. `e911.enable`.")
q("audit.since", sref("Timestamp"), "Only entries at or after this instant.")
q("audit.until", sref("Timestamp"), "Only entries before this instant.")
q("places.addressId", {"type": "string"}, "Only places inside this address.")
q("elements.kind", sref("NetworkElementKind"), "Only elements of this kind.")
q("elements.placeId", {"type": "string"}, "Only elements at this place.")
q("testCalls.placeId", {"type": "string"}, "Only test calls made from this place.")
q("testCalls.number", sref("E164"), "Only test calls made from this number (`+` written as `%2B`).")
q("changes.since", {"type": "string"}, "A token from an earlier answer's `nextToken`. Without it the answer is `{nextToken}` only.")
q("emergencyCalls.kind", {"type": "string", "enum": CALL_KINDS})
q("emergencyCalls.verdict", {"type": "string", "enum": CALL_VERDICTS})
q("emergencyCalls.state", {"type": "string", "enum": CALL_STATES})
q("emergencyCalls.number", sref("E164"), "Only calls from this number (`+` written as `%2B`).")
q("emergencyCalls.since", sref("Timestamp"), "Only calls that started at or after this time.")
parameters["callId"] = {"name": "callId", "in": "path", "required": True, "schema": {"type": "string"}}

# ---- operations ----
paths = O()
def P(name): return ref("parameters", name)
def R(name): return ref("responses", name)

def ok(desc, schema=None, status_headers=(), ctype="application/json"):
    h = dict(RID)
    for name in status_headers: h[name] = ref("headers", name)
    r = {"description": desc, "headers": h}
    if schema is not None:
        r["content"] = {ctype: {"schema": schema}}
    return r

def op(method, path, opid, summary, roles, description=None, params=(), body=None, body_type="application/json",
       ok_responses=None, errors=(), tags=(), public=False, body_required=True, sort_responses=True):
    o = O()
    o["operationId"] = opid
    o["summary"] = summary
    if description: o["description"] = description
    if tags: o["tags"] = list(tags)
    o["x-required-role"] = roles
    if public: o["security"] = []
    if params: o["parameters"] = [p if isinstance(p, dict) else P(p) for p in params]
    if body is not None:
        o["requestBody"] = {"required": body_required, "content": {body_type: {"schema": body}}}
    resp = O()
    for code, r in ok_responses.items(): resp[code] = r
    names = {"400": "BadRequest", "401": "Unauthorized", "403": "Forbidden", "404": "NotFound", "409": "Conflict",
             "413": "PayloadTooLarge", "422": "UnprocessableEntity", "428": "PreconditionRequired",
             "429": "TooManyRequests", "503": "ServiceUnavailable"}
    for e in errors:
        if isinstance(e, tuple): resp[e[0]] = e[1] if isinstance(e[1], dict) else R(e[1])
        else: resp[e] = R(names[e])
    o["responses"] = O(sorted(resp.items())) if sort_responses else resp
    paths.setdefault(path, O())[method] = o

READ_ERR = ["400", "401", "404", "429", "503"]
READ_ERR_NO404 = ["400", "401", "429", "503"]

op("get", "/v1/health", "getHealth", "Liveness check", ROLES_PUBLIC, tags=["health"], public=True,
   ok_responses={"200": ok("The server is up.", sref("Health"))}, errors=["429", "503"])

# OAuth
FORM = "application/x-www-form-urlencoded"
op("post", "/v1/oauth/device_authorization", "startDeviceAuthorization", "Start a device authorization (RFC 8628 §3.1)", ROLES_PUBLIC, tags=["auth"], public=True,
   description="Form body (RFC 6749 §3.1: unknown form parameters are ignored). The device shows `user_code` and `verification_uri` and polls the token endpoint every `interval` seconds.",
   body=sref("DeviceAuthorizationRequest"), body_type=FORM,
   ok_responses={"200": ok("The device and user codes.", sref("DeviceAuthorization"), ["Cache-Control"]), "400": R("OAuthError")},
   errors=["413", "429", "503"])
op("post", "/v1/oauth/token", "requestToken", "Get tokens: device code grant or refresh", ROLES_PUBLIC, tags=["auth"], public=True,
   description="Form body. With `grant_type=urn:ietf:params:oauth:grant-type:device_code` the device polls until the person approves (RFC 8628 §3.4); errors `authorization_pending`, `slow_down` (add 5 s to the interval), `expired_token`, `access_denied`, `invalid_grant`. With `grant_type=refresh_token` (RFC 6749 §6) the refresh token rotates: the answer has a new one and the old one is retired; replaying a retired one is `invalid_grant` and revokes the whole token family (RFC 6819 §5.2.2.3). Errors are RFC 6749 §5.2 JSON, not problem+json.",
   body=sref("TokenRequest"), body_type=FORM,
   ok_responses={"200": ok("Tokens (RFC 6749 §5.1).", sref("TokenResponse"), ["Cache-Control"]), "400": R("OAuthError")},
   errors=["413", "429", "503"])
op("post", "/v1/oauth/device/approve", "approveDevice", "Approve or decline a device sign-in", ROLES_ANY, tags=["auth"],
   description="The API form of the verification page: the signed-in person approves (or declines) the device showing `userCode`. Approving grants the device tokens for the approving person with their role; any role may approve its own sign-in (it is not a data write, so auditors may too). The code is compared case-insensitively with or without its hyphen. An unknown, expired or already decided code is 404 `not-found`; a missing `userCode` or `approve`, or one of the wrong type, is 422 `invalid-field`.",
   body=sref("DeviceApproval"),
   ok_responses={"204": ok("Recorded; the device's next poll gets tokens (or `access_denied`).")},
   errors=["400", "401", "404", "413", "422", "429", "503"])
op("post", "/v1/oauth/revoke", "revokeToken", "Sign out: revoke a token (RFC 7009)", ROLES_PUBLIC, tags=["auth"], public=True,
   description="Form body. Revokes a refresh token (and its whole family with the access tokens issued from it) or an access token. Answers 200 also for an unknown or already revoked token (RFC 7009 §2.2). Errors are RFC 6749 §5.2 JSON.",
   body=sref("RevokeRequest"), body_type=FORM,
   ok_responses={"200": ok("Revoked (or nothing to revoke); the body is an empty JSON object.", {"type": "object", "maxProperties": 0}), "400": R("OAuthError")},
   errors=["413", "429", "503"])
op("get", "/v1/me", "getMe", "Who the token belongs to", ROLES_ANY, tags=["auth"],
   ok_responses={"200": ok("The signed-in person.", sref("Me"))}, errors=READ_ERR_NO404)
op("post", "/v1/api-tokens", "createApiToken", "Create an API token for automation", ROLES_STAFF, tags=["auth"],
   description="A long-lived bearer token (`dsp_…`) acting as `userId` (default: the caller). The secret is in this answer only; the server keeps only its SHA-256. An unknown `userId` is 404.",
   body=sref("ApiTokenCreate"),
   ok_responses={"201": ok("Created.", sref("ApiTokenCreated"))},
   errors=["400", "401", "403", "404", "413", "422", "429", "503"])
op("delete", "/v1/api-tokens/{tokenId}", "revokeApiToken", "Revoke an API token", ROLES_STAFF, tags=["auth"],
   params=["tokenId"],
   ok_responses={"204": ok("Revoked.")}, errors=["401", "403", "404", "429", "503"])

# Tenants
op("get", "/v1/tenants", "listTenants", "List tenants", ROLES_ANY, tags=["tenants"],
   description="Ordered by id. Admins see only their own tenants.",
   params=["limit", "cursor"], ok_responses={"200": ok("A page of tenants.", sref("TenantPage"))}, errors=READ_ERR_NO404)
op("get", "/v1/tenants/{tenantId}", "getTenant", "Get a tenant", ROLES_ANY, tags=["tenants"],
   params=["tenantId"], ok_responses={"200": ok("The tenant.", sref("Tenant"), ["ETag"])}, errors=READ_ERR)

# DIDs
op("get", "/v1/tenants/{tenantId}/dids", "listDids", "List a tenant's numbers", ROLES_ANY, tags=["numbers"],
   description="Ordered by E.164.",
   params=["tenantId", "limit", "cursor", "e911State", "usage", "country"],
   ok_responses={"200": ok("A page of numbers.", sref("DidPage"))}, errors=READ_ERR)
op("get", "/v1/tenants/{tenantId}/dids/{number}", "getDid", "Get a number", ROLES_ANY, tags=["numbers"],
   params=["tenantId", "number"], ok_responses={"200": ok("The number.", sref("Did"), ["ETag"])}, errors=READ_ERR)
op("put", "/v1/tenants/{tenantId}/dids/{number}/e911", "setDidE911", "Switch E911 on or off (desired state)", ROLES_WRITE, tags=["numbers"],
   description="A desired-state write. Switching on moves a `basic` number to `pending` and records one billing event (an activation); retrying a `failed` number or re-pointing a `pending`/`registered` one to another address also moves it to `pending` but is not a new activation. Switching off needs a non-blank `reason` and moves any other state to `deregistering`. When the number already is in the desired state (on: `pending` or `registered` at the same address; off: `basic` or `deregistering`) the answer is 200 and nothing changes or is billed. Refused with 422 `not-eligible`: a number outside the US and its territories, a toll-free number, an address that is not validated, not a US address, or of another tenant (an unknown `addressId` is also `not-eligible`).",
   params=["tenantId", "number", "If-Match", "Idempotency-Key"], body=sref("E911Request"),
   ok_responses={"200": ok("Already in the desired state; nothing changed or billed.", sref("Did"), ["ETag", "Idempotent-Replayed"]),
                 "202": ok("Accepted: the number is now `pending` or `deregistering`; follow it by delta sync or by reading it.", sref("Did"), ["ETag", "Idempotent-Replayed"])},
   errors=["400", "401", "403", "404", "409", ("412", "PreconditionFailedDid"), "413", "422", "428", "429", "503"])
op("post", "/v1/tenants/{tenantId}/e911-bulk", "bulkSetE911", "Switch E911 on or off for up to 1000 numbers", ROLES_WRITE, tags=["numbers"],
   description="Each item is a desired-state write (no `If-Match`), with the same rules and billing as `setDidE911`. Problems with a single number (not in the tenant, not US, toll-free) reject that item only; a problem with the request as a whole (address not validated, not US, of another tenant or unknown; more than 1000 numbers) is 422 and changes nothing.",
   params=["tenantId", "Idempotency-Key"], body=sref("BulkE911Request"),
   ok_responses={"200": ok("One result per number.", sref("BulkE911Result"), ["Idempotent-Replayed"])},
   errors=["400", "401", "403", "404", "409", "413", "422", "428", "429", "503"])

# Addresses
op("get", "/v1/tenants/{tenantId}/addresses", "listAddresses", "List a tenant's emergency addresses", ROLES_ANY, tags=["addresses"],
   description="Ordered by id.", params=["tenantId", "limit", "cursor"],
   ok_responses={"200": ok("A page of addresses.", sref("EmergencyAddressPage"))}, errors=READ_ERR)
op("post", "/v1/tenants/{tenantId}/addresses", "createAddress", "Create an emergency address", ROLES_WRITE, tags=["addresses"],
   description="Validates the address and stores it with the result in `validation`, also when it is invalid (an invalid address can be fixed later but not used for E911).",
   params=["tenantId", "Idempotency-Key"], body=sref("EmergencyAddressInput"),
   ok_responses={"201": ok("Created.", sref("EmergencyAddress"), ["ETag", "Location", "Idempotent-Replayed"])},
   errors=["400", "401", "403", "404", ("409", "TeamsIdInUseOrConflict"), "413", "422", "428", "429", "503"])
op("get", "/v1/tenants/{tenantId}/addresses/{addressId}", "getAddress", "Get an emergency address", ROLES_ANY, tags=["addresses"],
   params=["tenantId", "addressId"], ok_responses={"200": ok("The address.", sref("EmergencyAddress"), ["ETag"])}, errors=READ_ERR)
op("put", "/v1/tenants/{tenantId}/addresses/{addressId}", "updateAddress", "Edit an emergency address", ROLES_WRITE, tags=["addresses"],
   description="A full replacement, validated like a new address; a left-out `teamsCivicAddressId` keeps the stored one (null clears it). Numbers that use the address are re-registered (back to `pending`, no new fee) when the edit changes civic, companyName, locationNote, the validated form or the pin; setting or clearing `teamsCivicAddressId` alone leaves them as they are. An edit that would make an address in use invalid is refused with 422 `validation-failed` and changes nothing.",
   params=["tenantId", "addressId", "If-Match"], body=sref("EmergencyAddressInput"),
   ok_responses={"200": ok("The edited address.", sref("EmergencyAddress"), ["ETag"])},
   errors=["400", "401", "403", "404", ("409", "TeamsIdInUse"), ("412", "PreconditionFailedAddress"), "413", "422", "428", "429", "503"])
op("delete", "/v1/tenants/{tenantId}/addresses/{addressId}", "deleteAddress", "Delete an emergency address", ROLES_WRITE, tags=["addresses"],
   description="An address that numbers use is 409 `address-in-use` with the numbers in `usedBy`: re-point them first.",
   params=["tenantId", "addressId", "If-Match"],
   ok_responses={"204": ok("Deleted.")},
   errors=["401", "403", "404", ("409", "AddressInUseOrConflict"), ("412", "PreconditionFailedAddress"), "428", "429", "503"])
op("post", "/v1/address-validations", "validateAddress", "Validate and normalize a civic address", ROLES_ANY, tags=["addresses"],
   description="Stores nothing, so every role may call it. Normalization follows USPS Publication 28 (upper case, no punctuation, street suffixes from appendix C1, directionals, secondary unit designators from appendix C2). Checks required fields, state and province codes, ZIP / ZIP+4 and Canadian `A1A 1A1` formats and ZIP-to-state consistency; PO boxes and military addresses (APO/FPO/DPO, states AA/AE/AP) are invalid. The geocode is the ZIP or FSA centroid (`postal_code`). A Canadian address can be valid, but E911 registration with it is refused. An invalid address is a 200 answer with `valid: false` and `problems`; a body the validator cannot read (`civic` missing or not an object, a field that is not a string or too long) is 422 `invalid-field`.",
   body=sref("AddressValidationRequest"),
   ok_responses={"200": ok("The validation result.", sref("AddressValidationResult"))},
   errors=["400", "401", "413", "422", "429", "503"])

# Places, the network map, 933 test calls, the emergency calling policy (issue 9)
op("get", "/v1/tenants/{tenantId}/places", "listPlaces", "List a tenant's places", ROLES_ANY, tags=["network-map"],
   description="Ordered by id.", params=["tenantId", "limit", "cursor", "places.addressId"],
   ok_responses={"200": ok("A page of places.", sref("PlacePage"))}, errors=READ_ERR)
op("post", "/v1/tenants/{tenantId}/places", "createPlace", "Create a place inside an address", ROLES_WRITE, tags=["network-map"],
   params=["tenantId", "Idempotency-Key"], body=sref("PlaceInput"),
   ok_responses={"201": ok("Created.", sref("Place"), ["ETag", "Location", "Idempotent-Replayed"])},
   errors=["400", "401", "403", "404", ("409", "TeamsIdInUseOrConflict"), "413", "422", "428", "429", "503"])
op("get", "/v1/tenants/{tenantId}/places/{placeId}", "getPlace", "Get a place", ROLES_ANY, tags=["network-map"],
   params=["tenantId", "placeId"], ok_responses={"200": ok("The place.", sref("Place"), ["ETag"])}, errors=READ_ERR)
op("put", "/v1/tenants/{tenantId}/places/{placeId}", "updatePlace", "Edit a place", ROLES_WRITE, tags=["network-map"],
   description="A full replacement; the place may move to another address of the tenant. A left-out `teamsLocationId` keeps the stored one (null clears it).",
   params=["tenantId", "placeId", "If-Match"], body=sref("PlaceInput"),
   ok_responses={"200": ok("The edited place.", sref("Place"), ["ETag"])},
   errors=["400", "401", "403", "404", ("409", "TeamsIdInUse"), ("412", "PreconditionFailedPlace"), "413", "422", "428", "429", "503"])
op("delete", "/v1/tenants/{tenantId}/places/{placeId}", "deletePlace", "Delete a place", ROLES_WRITE, tags=["network-map"],
   description="A place that network elements point at is 409 `place-in-use` with `usedBy: {networkElements: n}`. Test calls do not block: they keep their history.",
   params=["tenantId", "placeId", "If-Match"], ok_responses={"204": ok("Deleted.")},
   errors=["401", "403", "404", ("409", "PlaceInUseOrConflict"), ("412", "PreconditionFailedPlace"), "428", "429", "503"])
op("get", "/v1/tenants/{tenantId}/network-elements", "listNetworkElements", "List a tenant's network map", ROLES_ANY, tags=["network-map"],
   description="Ordered by id.", params=["tenantId", "limit", "cursor", "elements.kind", "elements.placeId"],
   ok_responses={"200": ok("A page of network elements.", sref("NetworkElementPage"))}, errors=READ_ERR)
op("post", "/v1/tenants/{tenantId}/network-elements", "createNetworkElement", "Add a subnet, access point, switch, port or trusted IP", ROLES_WRITE, tags=["network-map"],
   description=ELEMENT_RULES, params=["tenantId", "Idempotency-Key"], body=sref("NetworkElementInput"),
   ok_responses={"201": ok("Created; identifying values as normalised.", sref("NetworkElement"), ["ETag", "Location", "Idempotent-Replayed"])},
   errors=["400", "401", "403", "404", ("409", "DuplicateElementOrConflict"), "413", "422", "428", "429", "503"])
op("get", "/v1/tenants/{tenantId}/network-elements/{elementId}", "getNetworkElement", "Get a network element", ROLES_ANY, tags=["network-map"],
   params=["tenantId", "elementId"], ok_responses={"200": ok("The element.", sref("NetworkElement"), ["ETag"])}, errors=READ_ERR)
op("put", "/v1/tenants/{tenantId}/network-elements/{elementId}", "updateNetworkElement", "Edit a network element", ROLES_WRITE, tags=["network-map"],
   description="A full replacement with the same rules as create; the kind cannot change (422 code `immutable`).",
   params=["tenantId", "elementId", "If-Match"], body=sref("NetworkElementInput"),
   ok_responses={"200": ok("The edited element.", sref("NetworkElement"), ["ETag"])},
   errors=["400", "401", "403", "404", ("409", "DuplicateElementOrConflict"), ("412", "PreconditionFailedNetworkElement"), "413", "422", "428", "429", "503"])
op("delete", "/v1/tenants/{tenantId}/network-elements/{elementId}", "deleteNetworkElement", "Delete a network element", ROLES_WRITE, tags=["network-map"],
   params=["tenantId", "elementId", "If-Match"], ok_responses={"204": ok("Deleted.")},
   errors=["401", "403", "404", ("412", "PreconditionFailedNetworkElement"), "428", "429", "503"])
op("post", "/v1/tenants/{tenantId}/network-elements-bulk", "bulkCreateNetworkElements", "Add up to 1000 network elements (CSV import)", ROLES_WRITE, tags=["network-map"],
   description="Each item follows the rules of `createNetworkElement`, in request order and in one transaction (an item sees the items before it). A problem with one item rejects that item only; an item identical to an existing element (kind, value, place and description) is `unchanged`. A replay with the same `Idempotency-Key` returns the first answer and writes nothing.",
   params=["tenantId", "Idempotency-Key"], body=sref("BulkNetworkElementsRequest"),
   ok_responses={"200": ok("One result per item.", sref("BulkNetworkElementsResult"), ["Idempotent-Replayed"])},
   errors=["400", "401", "403", "404", "409", "413", "422", "428", "429", "503"])
op("get", "/v1/tenants/{tenantId}/test-calls", "listTestCalls", "List a tenant's 933 test calls", ROLES_ANY, tags=["test-calls"],
   description="Ordered by id.", params=["tenantId", "limit", "cursor", "testCalls.placeId", "testCalls.number"],
   ok_responses={"200": ok("A page of test calls.", sref("TestCallPage"))}, errors=READ_ERR)
op("post", "/v1/tenants/{tenantId}/test-calls", "recordTestCall", "Record a 933 test call", ROLES_WRITE, tags=["test-calls"],
   description="The server fills `addressId` and `addressEtag` (the place's address, or else the number's E911 address) and `recordedBy` / `recordedAt`. There is no edit or delete.",
   params=["tenantId", "Idempotency-Key"], body=sref("TestCallInput"),
   ok_responses={"201": ok("Recorded.", sref("TestCall"), ["Idempotent-Replayed"])},
   errors=["400", "401", "403", "404", "409", "413", "422", "428", "429", "503"])
op("get", "/v1/tenants/{tenantId}/emergency-policy", "getEmergencyPolicy", "Get the tenant's emergency calling policy", ROLES_ANY, tags=["policy"],
   params=["tenantId"], ok_responses={"200": ok("The policy.", sref("EmergencyPolicy"), ["ETag"])}, errors=READ_ERR)
op("get", "/v1/tenants/{tenantId}/teams-number-locations", "getTeamsNumberLocations", "Get the Teams emergency location of the tenant's numbers, as last recorded", ROLES_ANY, tags=["teams"],
   params=["tenantId"], ok_responses={"200": ok("The latest reading.", sref("TeamsNumberLocations"), ["ETag"])}, errors=READ_ERR)
op("put", "/v1/tenants/{tenantId}/teams-number-locations", "recordTeamsNumberLocations", "Record what a Teams export says of the numbers' emergency locations", ROLES_WRITE, tags=["teams"],
   params=["tenantId"], body=sref("TeamsNumberLocationsInput"),
   description="Replaces the reading on record. No `If-Match`: a reading made later wins, an older one is 409 `newer-reading` and changes nothing, and the same reading sent again (a retry) answers the stored one without a new version.",
   ok_responses={"200": ok("The reading now on record.", sref("TeamsNumberLocations"), ["ETag"])},
   errors=["400", "401", "403", "404", ("409", "NewerReading"), "413", "422", "429", "503"])
op("put", "/v1/tenants/{tenantId}/emergency-policy", "updateEmergencyPolicy", "Replace the tenant's emergency calling policy", ROLES_WRITE, tags=["policy"],
   params=["tenantId", "If-Match"], body=sref("EmergencyPolicyInput"),
   ok_responses={"200": ok("The policy.", sref("EmergencyPolicy"), ["ETag"])},
   errors=["400", "401", "403", "404", ("412", "PreconditionFailedEmergencyPolicy"), "413", "422", "428", "429", "503"])

# Price list, disclosures, acknowledgements
op("get", "/v1/price-list", "getPriceList", "Get the price list", ROLES_ANY, tags=["billing"],
   ok_responses={"200": ok("The current prices.", sref("PriceList"))}, errors=READ_ERR_NO404)
op("get", "/v1/disclosures/current", "getCurrentDisclosure", "Get the current 911 limitations disclosure", ROLES_ANY, tags=["disclosures"],
   ok_responses={"200": ok("The current disclosure.", sref("Disclosure"))}, errors=READ_ERR_NO404)
op("get", "/v1/tenants/{tenantId}/acknowledgements", "listAcknowledgements", "List a tenant's disclosure acknowledgements", ROLES_ANY, tags=["disclosures"],
   description="Ordered by id.", params=["tenantId", "limit", "cursor"],
   ok_responses={"200": ok("A page of acknowledgements.", sref("AcknowledgementPage"))}, errors=READ_ERR)
op("post", "/v1/tenants/{tenantId}/acknowledgements", "acknowledgeDisclosure", "Record the tenant's acknowledgement of the disclosure", ROLES_WRITE, tags=["disclosures"],
   description="Records who acknowledged which version and when (47 CFR 9.11). Each request records a new acknowledgement. A version that is not current is 422 `validation-failed`.",
   params=["tenantId", "Idempotency-Key"], body=sref("AcknowledgementRequest"),
   ok_responses={"201": ok("Recorded. Acknowledgements are immutable and read through the list, so there is no `Location`.", sref("Acknowledgement"), ["Idempotent-Replayed"])},
   errors=["400", "401", "403", "404", "409", "413", "422", "428", "429", "503"])

# Audit and changes
op("get", "/v1/audit", "listAuditEntries", "Read the audit log", ROLES_ANY, tags=["audit"],
   description="Newest first (by id, descending), as a person reading the trail wants it: the first page holds the latest writes. Admins see only entries of their own tenants. Append-only: there is no write route.",
   params=["limit", "cursor", "audit.tenantId", "audit.actor", "audit.number", "audit.action", "audit.since", "audit.until"],
   ok_responses={"200": ok("A page of audit entries.", sref("AuditPage"))}, errors=READ_ERR)
op("get", "/v1/changes", "listChanges", "Delta sync", ROLES_ANY, tags=["sync"],
   description="Without `since`: `{nextToken}`, the token for now; take it, download everything, then ask for changes since it. With `since`: the changes after the token, at most `limit`, each resource once, with tombstones for deletions; admins see only their own tenants. Follow `nextToken` while `hasMore`. `cursor` is not used here.",
   params=["changes.since", "limit"],
   ok_responses={"200": ok("The start token (without `since`) or the changes.", {"oneOf": [sref("ChangesStart"), sref("Changes")]})},
   errors=["400", "401", ("410", "ChangeTokenExpired"), "429", "503"])

# Emergency calls from Microsoft Graph (issue 16). The write routes list their errors as the
# contract has them: their own first, then the read errors.
def bare(desc, ctype=None):
    # An answer without the X-Request-Id header: Graph's endpoint and the event stream.
    r = {"description": desc}
    if ctype: r["content"] = {ctype: {"schema": {"type": "string"}}}
    return r
CALL_FILTERS = ["limit", "cursor", "emergencyCalls.kind", "emergencyCalls.verdict", "emergencyCalls.state", "emergencyCalls.number", "emergencyCalls.since"]
def tenant_query(desc):
    return {"name": "tenantId", "in": "query", "required": False, "description": desc, "schema": sref("TenantId")}
op("get", "/v1/tenants/{tenantId}/emergency-call-feed", "getEmergencyCallFeed", "Get the tenant's emergency-call feed and its Graph subscriptions", ROLES_ANY, tags=["emergency-calls"],
   params=["tenantId"], ok_responses={"200": ok("The feed.", sref("EmergencyCallFeed"), ["ETag"])}, errors=READ_ERR)
op("put", "/v1/tenants/{tenantId}/emergency-call-feed", "updateEmergencyCallFeed", "Set which Teams tenant and policies feed the tenant's emergency calls", ROLES_WRITE, tags=["emergency-calls"],
   params=["tenantId", "If-Match"], body=sref("EmergencyCallFeedInput"),
   ok_responses={"200": ok("The feed; the subscriptions follow within seconds.", sref("EmergencyCallFeed"), ["ETag"])},
   errors=["403", ("409", "TeamsTenantInUse"),
           ("412", "PreconditionFailedEmergencyCallFeed"),
           "413", "422", "428"] + READ_ERR, sort_responses=False)
op("get", "/v1/tenants/{tenantId}/emergency-calls", "listEmergencyCalls", "List a tenant's emergency calls, newest first", ROLES_ANY, tags=["emergency-calls"],
   params=["tenantId"] + CALL_FILTERS, ok_responses={"200": ok("A page of calls.", sref("EmergencyCallPage"))}, errors=READ_ERR)
op("get", "/v1/tenants/{tenantId}/emergency-calls/{callId}", "getEmergencyCall", "Get one emergency call with its events", ROLES_ANY, tags=["emergency-calls"],
   params=["tenantId", "callId"], ok_responses={"200": ok("The call.", sref("EmergencyCall"))}, errors=READ_ERR)
op("post", "/v1/tenants/{tenantId}/emergency-calls/{callId}/acknowledgement", "acknowledgeEmergencyCall", "Acknowledge a call at the desk", ROLES_ANY, tags=["emergency-calls"],
   description="Records who acknowledged it and when, and audits it (`emergency_call.acknowledge`). The first acknowledgement stands; repeating it answers the call unchanged. Any role may acknowledge: it changes nothing provisioned or billed.",
   params=["tenantId", "callId"], ok_responses={"200": ok("The call.", sref("EmergencyCall"))}, errors=READ_ERR)
op("post", "/v1/graph/notifications", "receiveGraphNotifications", "Microsoft Graph's change-notification endpoint for emergency-call events", ROLES_PUBLIC, tags=["emergency-calls"], public=True,
   description="Called by Graph, without a bearer token. With `validationToken` in the query (subscription validation) it echoes the token as text/plain. Otherwise it answers 202 at once and checks each item afterwards: known subscription, its `clientState`, the subscription's Teams tenant, `encryptedContent` decrypted with our key and its `dataSignature` verified as Microsoft documents, a well-formed emergencyCallEvent. Refused items are logged with the reason; a replayed event id is ignored. A body that is not a notification collection is 400 `bad-request`; one over 1 MiB, 413 `payload-too-large`.",
   params=[{"name": "validationToken", "in": "query", "required": False, "schema": {"type": "string"}}],
   body=sref("GraphNotificationCollection"), body_required=False,
   ok_responses={"200": bare("The validation token, echoed.", "text/plain"), "202": bare("Accepted; the items are checked afterwards.")},
   errors=["400", ("413", "NotificationTooLarge"), "503"])
op("post", "/v1/demo/emergency-calls", "simulateEmergencyCall", "Start a simulated emergency call (demo servers only)", ROLES_WRITE, tags=["emergency-calls"],
   description="Served only by a server started with `--demo` (404 otherwise). Starts a call from one of the tenant's numbers as if Teams had reported it, and ends it after `durationSeconds`. The call is marked `simulated`.",
   body=sref("DemoEmergencyCallInput"),
   ok_responses={"201": ok("The call as recorded.", sref("EmergencyCall"))},
   errors=["403", "422"] + READ_ERR, sort_responses=False)
op("get", "/v1/emergency-call-stream", "streamEmergencyCalls", "Follow emergency calls live (Server-Sent Events)", ROLES_ANY, tags=["emergency-calls"],
   description="A `text/event-stream` that stays open. Each `call` message carries an `EmergencyCall` as `data`, as it stands after one of its events, with that event's `seq` as the message `id`. Send the last id received as `Last-Event-ID` (or `?after=`) when reconnecting: the calls that changed since are sent first, then a `ready` message (`data: {\"seq\": n}`), then live messages. Without a position, only `ready` and what follows. Comments (`: keep-alive`) every 15 s. Acknowledgements are events too (type `acknowledged`).",
   params=[tenant_query("Only this tenant's calls; without it, every tenant the caller sees."),
           {"name": "Last-Event-ID", "in": "header", "required": False, "schema": {"type": "string"}},
           {"name": "after", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0}}],
   ok_responses={"200": bare("The stream.", "text/event-stream")}, errors=READ_ERR)
op("get", "/v1/emergency-calls", "listAllEmergencyCalls", "List the emergency calls of every tenant the caller sees, newest first", ROLES_ANY, tags=["emergency-calls"],
   params=[tenant_query("Only this tenant's calls.")] + CALL_FILTERS,
   ok_responses={"200": ok("A page of calls.", sref("EmergencyCallPage"))}, errors=READ_ERR)

ALL_ROLES_TEXT = """
## Roles (`x-required-role`)
Each operation lists in `x-required-role` the roles that may call it; an empty list means no token is needed (public).
- `admin` (a customer's IT admin): reads and writes their own tenants only. Another tenant is 404, never 403 (its existence is not revealed).
- `staff` (the carrier's onboarding staff): reads and writes all tenants, bulk E911, API tokens.
- `auditor` (auditors, kiosk mode): reads all tenants; every data write is 403.

## Common rules
- HTTPS only (TLS 1.2 or later); everything under `/v1`. Bodies are UTF-8 JSON; responses over 1 KiB are gzip-compressed when the request sends `Accept-Encoding: gzip`.
- Every response carries `X-Request-Id`.
- Request bodies are at most 4 MiB (413). Unknown fields in a JSON body are 400 `unknown-field` (schemas with `additionalProperties: false`). OAuth form endpoints ignore unknown form parameters (RFC 6749 §3.1).
- Every error is `application/problem+json` (RFC 9457, schema `Problem`) except the 400 answers of the OAuth form endpoints (`OAuthError`, RFC 6749 §5.2).
- A path that exists with another method is 405 `method-not-allowed` with `Allow`; an unknown path is 404 `not-found`.
- Strong ETags; `PUT` and `DELETE` need `If-Match` (428 without, 412 stale with `current`).
- `Idempotency-Key` (UUID) on billable or provisioning writes and on every `POST` that creates a resource, kept 24 h per caller.
- Lists take `limit` (1-1000, default 100) and `cursor`; answers are `{items, nextCursor}`.
- 429 and 503 may carry `Retry-After` (seconds); wait at least that long.
"""

doc = O()
doc["openapi"] = "3.1.0"
doc["info"] = O([
    ("title", "Dispatchable provisioning API"),
    ("version", "1.0.0"),
    ("summary", "Provision 911/E911 for Microsoft Teams numbers."),
    ("description", "The contract between the Dispatchable app and a provisioning backend; `docs/api.md` explains the rules behind it and `dispatchable-server` implements them.\n" + ALL_ROLES_TEXT),
])
doc["servers"] = [
    {"url": "https://{host}:{port}", "description": "A provisioning backend (HTTPS only). The reference `dispatchable-server` listens on 127.0.0.1:8443 by default.",
     "variables": {"host": {"default": "127.0.0.1"}, "port": {"default": "8443"}}},
]
doc["security"] = [{"bearerAuth": []}]
doc["tags"] = [{"name": n} for n in ["health", "auth", "tenants", "numbers", "addresses", "network-map", "test-calls", "policy", "billing", "disclosures", "audit", "sync"]] + [
    {"name": "emergency-calls", "description": "Emergency calls Teams reported through Microsoft Graph (issue 16): the feed that subscribes to them, the call log with the location Teams sent and its verdict, acknowledgement by the desk, and Graph's notification endpoint."},
    {"name": "teams", "description": "What a tenant's Teams export said (issue 17): the emergency location Teams gives each number, recorded so that every client judges the registrations against it."},
]
doc["paths"] = paths
doc["components"] = O([
    ("schemas", schemas), ("responses", responses), ("parameters", parameters), ("headers", headers),
    ("securitySchemes", {"bearerAuth": {
        "type": "http", "scheme": "bearer",
        "description": "`Authorization: Bearer <token>`. Either an access token from the OAuth 2.0 device authorization grant (RFC 8628; OpenAPI 3.1 has no device flow type, see `x-oauth2-device-authorization`) or an API token (`dsp_…`) created by staff. A missing, unknown, expired or revoked token is 401 with `WWW-Authenticate: Bearer error=\"invalid_token\"`.\n\nDevice flow: (1) `POST /v1/oauth/device_authorization` (form `client_id`, optional `scope`) returns `device_code`, `user_code` (`ABCD-EFGH`), `verification_uri(_complete)`, `expires_in` 600, `interval` 5. (2) The person approves the code at the verification URI (API form: `POST /v1/oauth/device/approve`). (3) The app polls `POST /v1/oauth/token` with `grant_type=urn:ietf:params:oauth:grant-type:device_code` until it gets `access_token` (1 h) and a rotating `refresh_token`. Refresh with `grant_type=refresh_token`; sign out with `POST /v1/oauth/revoke`.",
        "x-oauth2-device-authorization": {
            "deviceAuthorizationUrl": "/v1/oauth/device_authorization",
            "verificationApi": "/v1/oauth/device/approve",
            "tokenUrl": "/v1/oauth/token",
            "revocationUrl": "/v1/oauth/revoke",
            "grantType": "urn:ietf:params:oauth:grant-type:device_code",
            "refreshTokenRotation": True,
            "accessTokenLifetimeSeconds": 3600,
            "userCodeLifetimeSeconds": 600,
            "pollingIntervalSeconds": 5,
        },
    }}),
])

json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
sys.stdout.write("\n")
