// The OAuth token endpoint's language (RFC 6749 §5, RFC 8628 §3.4–3.5): building its
// form-encoded requests and reading its answers strictly, so DeviceFlow and TokenRefresher agree
// on what a token answer is and a malformed one becomes an error, never a half-signed-in state.
#pragma once

#include "api/ApiError.h"
#include "api/HttpClient.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; // empty when the server sent none
    int expiresInSeconds = 0;
};

struct OAuthAnswer
{
    std::optional<OAuthTokens> tokens; // a successful token answer
    QString error;                     // an RFC 6749 error code ("slow_down", "invalid_grant", …)
    QString errorDescription;          // the server's words, for details only
    std::optional<ApiError> failure;   // no usable OAuth answer: network, TLS, 5xx, malformed

    // Reads a token endpoint answer: 200 with tokens, or 400/401 with {"error": …}.
    static OAuthAnswer fromResult(const HttpResult &result);
};

// POST <path> with an application/x-www-form-urlencoded body. Never retried: a device code is
// redeemed and a refresh token rotated exactly once, so a blind resend could sign the user out.
HttpRequestSpec oauthFormRequest(const QString &path, const QList<QPair<QString, QString>> &fields);
