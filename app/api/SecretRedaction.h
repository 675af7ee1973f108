// Keeps secrets out of logs: replaces what looks like a Dispatchable token (API tokens "dsp_…",
// access tokens "dat_…", refresh tokens "drt_…") in a text before it is logged.
#pragma once

#include <QString>

// "GET /v1/x?token=dsp_abc123" → "GET /v1/x?token=dsp_…"
QString redactSecrets(const QString &text);
