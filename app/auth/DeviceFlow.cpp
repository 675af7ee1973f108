#include "DeviceFlow.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDeviceFlow, "dispatchable.auth.deviceflow")

namespace {
constexpr int maxBackoffMs = 60000;
constexpr int defaultIntervalS = 5; // RFC 8628 §3.2: when the server names none

// Failures worth polling through: the code stays valid while the network or server recovers.
bool isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ConnectionLost:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::Network:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}
} // namespace

DeviceFlow::DeviceFlow(HttpClient *http, TokenStore *tokens, const QString &profileId,
                       QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_profileId(profileId)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // the interval is a promise to the server
    connect(&m_timer, &QTimer::timeout, this, &DeviceFlow::poll);
}

DeviceFlow::~DeviceFlow()
{
    m_deviceCode.fill(QLatin1Char('\0'));
}

void DeviceFlow::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Requesting;
    m_pollTimesMs.clear();
    m_clock.start();
    qCInfo(lcDeviceFlow) << "requesting a device code from" << m_http->baseUrl().host();
    m_hasInFlight = true;
    m_inFlight = m_http->send(oauthFormRequest(QStringLiteral("/v1/oauth/device_authorization"),
                                               {{QStringLiteral("client_id"), m_clientId}}),
                              this, [this](const HttpResult &r) { onAuthorization(r); });
}

void DeviceFlow::cancel()
{
    if (m_state == State::Idle || m_state == State::Storing)
        return;
    m_state = State::Idle; // answers still arriving are ignored from here on
    m_timer.stop();
    if (m_hasInFlight) {
        m_hasInFlight = false;
        m_http->cancel(m_inFlight);
    }
    finish(failure(DeviceFlowResult::Outcome::Cancelled, tr("Sign-in was cancelled.")));
}

void DeviceFlow::onAuthorization(const HttpResult &result)
{
    m_hasInFlight = false;
    if (m_state != State::Requesting)
        return;
    if (!result.ok()) {
        DeviceFlowResult r = failure(DeviceFlowResult::Outcome::Failed, result.error->message);
        r.error = result.error;
        finish(r);
        return;
    }
    const QJsonObject o = result.json.object();
    const QJsonValue deviceCode = o.value(QLatin1StringView("device_code"));
    const QJsonValue userCode = o.value(QLatin1StringView("user_code"));
    const QUrl uri(o.value(QLatin1StringView("verification_uri")).toString(), QUrl::StrictMode);
    const QUrl uriComplete(o.value(QLatin1StringView("verification_uri_complete")).toString(),
                           QUrl::StrictMode);
    const QJsonValue expiresIn = o.value(QLatin1StringView("expires_in"));
    const QJsonValue interval = o.value(QLatin1StringView("interval"));
    const bool valid =
        deviceCode.isString() && !deviceCode.toString().isEmpty() &&
        deviceCode.toString().size() <= 1024 && userCode.isString() &&
        !userCode.toString().isEmpty() && userCode.toString().size() <= 64 && uri.isValid() &&
        uri.scheme() == QLatin1StringView("https") && expiresIn.isDouble() &&
        expiresIn.toDouble() > 0 && expiresIn.toDouble() <= 24 * 3600 &&
        (interval.isUndefined() ||
         (interval.isDouble() && interval.toDouble() >= 0 && interval.toDouble() <= 3600));
    if (!valid) {
        DeviceFlowResult r = failure(DeviceFlowResult::Outcome::Failed,
                                     tr("The backend's answer to the sign-in request is not "
                                        "valid, so sign-in cannot start."));
        r.error =
            ApiError::invalidResponse(tr("Invalid device authorization answer."), result.requestId);
        finish(r);
        return;
    }
    m_deviceCode = deviceCode.toString();
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn.toInt());
    const int serverIntervalMs =
        (interval.isUndefined() ? defaultIntervalS : interval.toInt()) * 1000;
    m_intervalMs = m_intervalOverrideMs > 0 ? m_intervalOverrideMs : serverIntervalMs;
    m_state = State::Waiting;
    qCInfo(lcDeviceFlow) << "device code issued; polling every" << m_intervalMs << "ms";
    emit codeReady(userCode.toString(), uri,
                   uriComplete.isValid() && uriComplete.scheme() == QLatin1StringView("https")
                       ? uriComplete
                       : QUrl(),
                   m_expiresAt);
    schedulePoll();
}

void DeviceFlow::schedulePoll()
{
    if (m_state != State::Waiting)
        return;
    m_timer.start(m_intervalMs);
}

void DeviceFlow::poll()
{
    if (m_state != State::Waiting)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_expiresAt) {
        finish(failure(DeviceFlowResult::Outcome::Expired,
                       tr("The sign-in code expired before it was approved. Start again to get "
                          "a new code.")));
        return;
    }
    m_state = State::Polling;
    m_pollTimesMs.append(m_clock.elapsed());
    m_hasInFlight = true;
    m_inFlight = m_http->send(
        oauthFormRequest(QStringLiteral("/v1/oauth/token"),
                         {{QStringLiteral("grant_type"),
                           QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                          {QStringLiteral("device_code"), m_deviceCode},
                          {QStringLiteral("client_id"), m_clientId}}),
        this, [this](const HttpResult &r) { onPoll(r); });
}

void DeviceFlow::onPoll(const HttpResult &result)
{
    m_hasInFlight = false;
    if (m_state != State::Polling)
        return;
    const OAuthAnswer answer = OAuthAnswer::fromResult(result);
    if (answer.tokens) {
        if (answer.tokens->refreshToken.isEmpty()) {
            DeviceFlowResult r = failure(DeviceFlowResult::Outcome::Failed,
                                         tr("The backend signed you in without a refresh token, "
                                            "so the sign-in could not be kept."));
            r.error = ApiError::invalidResponse(tr("No refresh_token in the token answer."),
                                                result.requestId);
            finish(r);
            return;
        }
        storeAndFinish(*answer.tokens);
        return;
    }
    m_state = State::Waiting;
    if (answer.error == QLatin1StringView("authorization_pending")) {
        schedulePoll();
    } else if (answer.error == QLatin1StringView("slow_down")) {
        m_intervalMs += slowDownStepMs;
        qCInfo(lcDeviceFlow) << "slow_down: polling every" << m_intervalMs << "ms";
        emit pollIntervalChanged(m_intervalMs);
        schedulePoll();
    } else if (answer.error == QLatin1StringView("expired_token")) {
        finish(failure(DeviceFlowResult::Outcome::Expired,
                       tr("The sign-in code expired before it was approved. Start again to get "
                          "a new code."),
                       answer.errorDescription));
    } else if (answer.error == QLatin1StringView("access_denied")) {
        finish(failure(DeviceFlowResult::Outcome::Denied,
                       tr("The sign-in was declined. Start again if that was a mistake."),
                       answer.errorDescription));
    } else if (!answer.error.isEmpty()) {
        // invalid_grant (unknown or used code), invalid_client, …: this code will never work.
        qCWarning(lcDeviceFlow) << "token endpoint refused the device code:" << answer.error;
        finish(failure(DeviceFlowResult::Outcome::Rejected,
                       tr("The backend refused this sign-in code (%1). Start again to get a new "
                          "code.")
                           .arg(answer.error),
                       answer.errorDescription));
    } else if (answer.failure && isTransient(*answer.failure)) {
        // RFC 8628 §3.5: back off when the connection fails, and keep trying while the code lives.
        m_intervalMs = qMin(m_intervalMs * 2, maxBackoffMs);
        qCInfo(lcDeviceFlow) << "poll failed, retrying in" << m_intervalMs << "ms";
        emit pollIntervalChanged(m_intervalMs);
        schedulePoll();
    } else {
        DeviceFlowResult r =
            failure(DeviceFlowResult::Outcome::Failed,
                    answer.failure ? answer.failure->message : tr("The sign-in failed."));
        r.error = answer.failure;
        finish(r);
    }
}

void DeviceFlow::storeAndFinish(const OAuthTokens &tokens)
{
    m_state = State::Storing;
    m_deviceCode.fill(QLatin1Char('\0'));
    m_deviceCode.clear();
    m_tokens->write(m_profileId, TokenStore::Secret::RefreshToken, tokens.refreshToken, this,
                    [this, tokens](const TokenStoreResult &stored) {
                        DeviceFlowResult r;
                        r.tokens = tokens;
                        r.details = stored.details;
                        switch (stored.status) {
                        case TokenStoreResult::Status::Ok:
                            r.outcome = DeviceFlowResult::Outcome::SignedIn;
                            break;
                        case TokenStoreResult::Status::KeychainUnavailable:
                            r.outcome = DeviceFlowResult::Outcome::KeychainUnavailable;
                            r.message = stored.message;
                            break;
                        default:
                            r.outcome = DeviceFlowResult::Outcome::KeychainFailed;
                            r.message = stored.message;
                            break;
                        }
                        finish(r);
                    });
}

void DeviceFlow::finish(DeviceFlowResult result)
{
    m_state = State::Idle;
    m_timer.stop();
    m_deviceCode.clear();
    qCInfo(lcDeviceFlow) << "sign-in finished with outcome" << static_cast<int>(result.outcome);
    emit finished(result);
}

DeviceFlowResult DeviceFlow::failure(DeviceFlowResult::Outcome outcome, const QString &message,
                                     const QString &details) const
{
    DeviceFlowResult r;
    r.outcome = outcome;
    r.message = message;
    r.details = details;
    return r;
}
