#!/usr/bin/env python3
"""Checks every server answer the API tests recorded against docs/api/openapi.json.

The test helpers (tests/support/ResponseRecorder) write one JSON line per answer when
DISPATCHABLE_RESPONSE_LOG_DIR is set: method, concrete path, status, headers and body. Each answer
is matched to its path template and operation; its status must be documented there, its
documented headers present and well-formed, its Content-Type one the contract names, and its body
valid against the response schema (a JSON Schema 2020-12 validator, $refs resolved in the
document). A path the contract does not know must be a 404 problem, a known path with another
method a 405 problem with Allow (docs/api.md, Transport).

usage: check_api_responses.py OPENAPI_JSON RECORDS_DIR
Exit status 0 when every answer matches and at least one was checked, 1 otherwise.
"""
import base64
import collections
import gzip
import json
import pathlib
import re
import sys
import warnings

try:
    import jsonschema
except ImportError:
    sys.exit("python3-jsonschema is missing: run scripts/install-debian-deps.sh")

# Format checks as strict as a validating proxy's (ajv-formats): jsonschema's own "email" only
# asks for an "@", and its "date-time" needs an optional package.
FORMATS = jsonschema.FormatChecker(formats=())
EMAIL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                   r"@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")
URI_REFERENCE = re.compile(r"^[^\s]*$")


def format_check(name, pattern):
    FORMATS.checks(name)(lambda value: not isinstance(value, str) or bool(pattern.match(value)))


for _name, _pattern in [("email", EMAIL), ("date-time", DATE_TIME), ("uuid", UUID),
                        ("uri", URI), ("uri-reference", URI_REFERENCE)]:
    format_check(_name, _pattern)


class Contract:
    def __init__(self, document):
        self.document = document
        self.routes = []  # (literal segment count, regex, template)
        for template in document["paths"]:
            pattern = "".join("/[^/]+" if re.fullmatch(r"\{[^}]+\}", part) else "/" + re.escape(part)
                              for part in template.strip("/").split("/"))
            literals = sum(1 for part in template.split("/") if part and not part.startswith("{"))
            self.routes.append((literals, re.compile("^" + pattern + "$"), template))
        self.routes.sort(key=lambda r: -r[0])
        self.validators = {}

    def resolve(self, node):
        """Follows a local $ref ("#/components/responses/NotFound") to what it points at."""
        while isinstance(node, dict) and "$ref" in node and len(node) == 1:
            target = self.document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def template(self, path):
        for _, regex, template in self.routes:
            if regex.match(path):
                return template
        return None

    def errors(self, schema, instance):
        """Validation messages of `instance` against `schema`, whose $refs point into the document."""
        key = json.dumps(schema, sort_keys=True)
        validator = self.validators.get(key)
        if validator is None:
            # The components ride along so "#/components/..." resolves inside the root schema.
            root = dict(schema, components=self.document["components"])
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                validator = jsonschema.Draft202012Validator(root, format_checker=FORMATS)
            self.validators[key] = validator
        found = []
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(body)"
            found.append(f"{where}: {short_message(error)}")
        return found


def short_message(error):
    # For oneOf/anyOf the best single reason is in the deepest context error.
    if error.context:
        best = max(error.context, key=lambda e: len(e.absolute_path))
        return f"{error.message[:120]} — e.g. {'/'.join(map(str, best.absolute_path))}: {best.message[:160]}"
    return error.message[:240]


def body_of(record):
    body = base64.b64decode(record["body"])
    # The recorder may store a gzip answer as sent or already inflated by the client: inflate
    # only what still carries the gzip magic number.
    if record["headers"].get("content-encoding", "") == "gzip" and body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    return body


def media_type(record):
    return record["headers"].get("content-type", "").split(";")[0].strip().lower()


def check_content(contract, response, record):
    problems = []
    body = body_of(record)
    content = response.get("content")
    if not content:
        if body:
            problems.append(f"the contract documents no body, the server sent {body[:80]!r}")
        return problems
    ctype = media_type(record)
    if ctype not in content:
        return [f"Content-Type {ctype or '(none)'}, the contract says {' or '.join(content)}"]
    if ctype.startswith("text/"):
        instance = body.decode("utf-8", errors="replace")
    else:
        try:
            instance = json.loads(body)
        except ValueError as error:
            return [f"the body is not JSON ({error})"]
    schema = content[ctype].get("schema")
    if schema is not None:
        problems += contract.errors(schema, instance)
    return problems


def check_headers(contract, response, record):
    problems = []
    for name, header in response.get("headers", {}).items():
        header = contract.resolve(header)
        value = record["headers"].get(name.lower())
        if value is None:
            if header.get("required"):
                problems.append(f"header {name} is missing")
            continue
        schema = header.get("schema", {})
        instance = value
        if contract.resolve(schema).get("type") == "integer" and re.fullmatch(r"-?\d+", value):
            instance = int(value)
        problems += [f"header {name}: {e}" for e in contract.errors(schema, instance)]
    return problems


def check(contract, record):
    """Returns (route text for the report, list of problems)."""
    method = record["method"].lower()
    path = record["path"].split("?")[0]
    status = str(record["status"])
    template = contract.template(path)
    problem = {"headers": {"X-Request-Id": {"$ref": "#/components/headers/X-Request-Id"}},
               "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    if template is None:
        route = f"{method.upper()} {path}"
        if status != "404":
            return route, [f"a path the contract does not know answered {status}, not 404"]
        return route, check_content(contract, problem, record)
    route = f"{method.upper()} {template}"
    operation = contract.document["paths"][template].get(method)
    if operation is None:
        if status != "405":
            return route, [f"a method the path does not have answered {status}, not 405"]
        found = check_content(contract, problem, record)
        if "allow" not in record["headers"]:
            found.append("405 without Allow")
        return route, found
    response = operation["responses"].get(status) or operation["responses"].get("default")
    if response is None:
        return route, [f"status {status} is not documented (documented: {', '.join(operation['responses'])})"]
    response = contract.resolve(response)
    return route, check_headers(contract, response, record) + check_content(contract, response, record)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    contract = Contract(json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")))
    records = []
    for file in sorted(pathlib.Path(sys.argv[2]).glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    # The same mismatch on one route is reported once, with how often and one concrete request.
    mismatches = collections.OrderedDict()
    routes = set()
    for record in records:
        route, problems = check(contract, record)
        routes.add((route, record["status"]))
        for text in problems:
            key = (route, record["status"], text)
            if key not in mismatches:
                mismatches[key] = [0, record]
            mismatches[key][0] += 1
    for (route, status, text), (count, record) in mismatches.items():
        times = f" ({count}×)" if count > 1 else ""
        print(f"MISMATCH {route} -> {status}{times}: {text}\n"
              f"    e.g. {record['method']} {record['path']} in {record.get('test', '?')}")
    print(f"checked {len(records)} answers ({len(routes)} route/status pairs) against {sys.argv[1]}: "
          f"{len(mismatches)} mismatches")
    if not records:
        print("FAIL: no answers were recorded (is DISPATCHABLE_RESPONSE_LOG_DIR set for the tests?)")
        return 1
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
