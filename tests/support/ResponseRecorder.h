// Writes every answer a test receives from the server to a JSON-lines file when
// DISPATCHABLE_RESPONSE_LOG_DIR names a directory, so tests/tools/check_responses.py can check
// each one against its schema in docs/api/openapi.json after the tests ran.
#pragma once

#include <QByteArray>
#include <QString>

struct TestReply;

namespace ResponseRecorder {

// Appends {method, path, status, headers, body (base64)}; does nothing when the variable is unset
// or the request got no HTTP answer.
void record(const QByteArray &method, const QString &pathAndQuery, const TestReply &reply);

} // namespace ResponseRecorder
