#include "OAuthAnswer.h"

#include <QJsonObject>
#include <QUrl>

namespace {
// Tokens are opaque but not unbounded: a hostile answer must not fill the keychain.
constexpr qsizetype maxTokenLength = 8192;

bool isTokenString(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty() &&
           value.toString().size() <= maxTokenLength;
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}
} // namespace

OAuthAnswer OAuthAnswer::fromResult(const HttpResult &result)
{
    OAuthAnswer answer;
    if (result.ok()) {
        const QJsonObject o = result.json.object();
        const QJsonValue type = o.value(QLatin1StringView("token_type"));
        const QJsonValue expires = o.value(QLatin1StringView("expires_in"));
        const QJsonValue refresh = o.value(QLatin1StringView("refresh_token"));
        if (!result.json.isObject() || !isTokenString(o.value(QLatin1StringView("access_token"))) ||
            !type.isString() ||
            type.toString().compare(QLatin1StringView("Bearer"), Qt::CaseInsensitive) != 0 ||
            (!expires.isUndefined() && (!expires.isDouble() || expires.toDouble() <= 0)) ||
            (!refresh.isUndefined() && !isTokenString(refresh))) {
            answer.failure = ApiError::invalidResponse(
                ApiError::tr("The sign-in answer is not a valid token answer."), result.requestId);
            return answer;
        }
        OAuthTokens tokens;
        tokens.accessToken = o.value(QLatin1StringView("access_token")).toString();
        tokens.refreshToken = refresh.toString();
        tokens.expiresInSeconds = expires.isDouble() ? expires.toInt() : 0;
        answer.tokens = tokens;
        return answer;
    }
    // RFC 6749 §5.2: errors are 400 (401 for client authentication) with a JSON "error".
    if (result.status == 400 || result.status == 401) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
        const QJsonValue error = doc.object().value(QLatin1StringView("error"));
        if (parseError.error == QJsonParseError::NoError && doc.isObject() && error.isString() &&
            !error.toString().isEmpty() && error.toString().size() <= 100) {
            answer.error = error.toString();
            answer.errorDescription =
                doc.object().value(QLatin1StringView("error_description")).toString().left(500);
            return answer;
        }
    }
    answer.failure = result.error;
    return answer;
}

HttpRequestSpec oauthFormRequest(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    spec.body = formEncode(fields);
    spec.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    spec.retryable = false;
    return spec;
}
