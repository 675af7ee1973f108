#include "ApiError.h"

#include "api/CertificateFingerprint.h"

namespace {
// "127.0.0.1:8443": what a person recognises from the address they typed.
QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString withRequestId(const QString &details, const QString &requestId)
{
    if (requestId.isEmpty())
        return details;
    return details.isEmpty() ? ApiError::tr("Request id: %1").arg(requestId)
                             : ApiError::tr("%1\nRequest id: %2").arg(details, requestId);
}

QString problemDetails(int status, const std::optional<Problem> &problem)
{
    QStringList lines{ApiError::tr("HTTP status %1").arg(status)};
    if (!problem)
        return lines.join(QLatin1Char('\n'));
    if (!problem->type.isEmpty())
        lines << problem->type;
    if (!problem->title.isEmpty())
        lines << problem->title;
    if (!problem->detail.isEmpty())
        lines << problem->detail;
    for (const FieldError &error : problem->errors)
        lines << QStringLiteral("%1: %2").arg(error.field, error.detail);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError code, const QString &qtMessage,
                               const QUrl &url)
{
    ApiError error;
    error.details = qtMessage;
    const QString where = hostAndPort(url);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        error.kind = Kind::ConnectionRefused;
        error.message = tr("Could not reach %1: nothing is answering at that address.").arg(where);
        error.advice = tr("Check that the backend is running and that the address is right, "
                          "then try again.");
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = Kind::HostNotFound;
        error.message = tr("Could not find %1.").arg(url.host());
        error.advice = tr("Check the backend address and your network connection.");
        break;
    case QNetworkReply::TimeoutError:
        error.kind = Kind::Timeout;
        error.message = tr("%1 did not answer in time.").arg(where);
        error.advice = tr("The backend or the network may be slow or down. Try again in a moment.");
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        error.kind = Kind::ConnectionLost;
        error.message = tr("The connection to %1 was lost.").arg(where);
        error.advice = tr("Check your network connection and try again.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = Kind::TlsFailed;
        error.message = tr("A secure connection to %1 could not be set up.").arg(where);
        error.advice = tr("The backend must support TLS 1.2 or later. Ask its administrator "
                          "to check its certificate and TLS settings.");
        break;
    default:
        error.kind = Kind::Network;
        error.message = tr("The connection to %1 failed.").arg(where);
        error.advice = tr("Check your network connection and try again.");
        break;
    }
    return error;
}

ApiError ApiError::timeout(const QUrl &url, int timeoutMs)
{
    ApiError error = fromNetwork(QNetworkReply::TimeoutError, QString(), url);
    error.details = tr("No answer within %n seconds.", nullptr, timeoutMs / 1000);
    return error;
}

ApiError ApiError::certificateChanged(const QUrl &url, const QString &pinned,
                                      const QString &presented)
{
    ApiError error;
    error.kind = Kind::CertificateChanged;
    error.message = tr("The server's certificate changed since you pinned it.");
    error.advice = tr("Someone may be intercepting the connection to %1, or the backend has a new "
                      "certificate. Do not continue until the backend's administrator confirms "
                      "the new fingerprint.")
                       .arg(hostAndPort(url));
    error.details = tr("Pinned fingerprint: %1\nPresented fingerprint: %2").arg(pinned, presented);
    return error;
}

ApiError ApiError::certificateUntrusted(const QUrl &url, const QString &presented,
                                        const QString &qtMessage)
{
    ApiError error;
    error.kind = Kind::CertificateUntrusted;
    error.message = tr("The certificate of %1 is not trusted.").arg(hostAndPort(url));
    error.advice = tr("Ask the backend's administrator for its certificate's SHA-256 fingerprint "
                      "and pin it for this connection.");
    error.details = qtMessage.isEmpty()
                        ? tr("Presented fingerprint: %1").arg(presented)
                        : tr("Presented fingerprint: %1\n%2").arg(presented, qtMessage);
    return error;
}

ApiError ApiError::certificateRefused(Kind kind, const QUrl &url, const QSslCertificate &presented,
                                      const QString &pinned, const QString &qtMessage)
{
    const QString fingerprint = presented.isNull() ? QString() : sha256Fingerprint(presented);
    ApiError error;
    switch (kind) {
    case Kind::CertificateChanged:
        error = certificateChanged(url, pinned, fingerprint);
        break;
    case Kind::CertificateExpired:
        error.kind = kind;
        error.message =
            tr("The certificate of %1 has expired or is not valid yet.").arg(hostAndPort(url));
        error.advice = tr("Ask the backend's administrator to renew its certificate. Also check "
                          "that this computer's date and time are right.");
        break;
    case Kind::CertificateHostMismatch:
        error.kind = kind;
        error.message =
            tr("The certificate of %1 was issued for another name.").arg(hostAndPort(url));
        error.advice = tr("Check the backend address: use the name the certificate was issued "
                          "for, or ask the backend's administrator for a certificate that names "
                          "this address.");
        break;
    default:
        error = certificateUntrusted(url, fingerprint, QString());
        break;
    }
    error.certificate = presented;
    error.certificateFingerprint = fingerprint;
    if (!presented.isNull()) {
        error.certificateSubject = presented.subjectDisplayName();
        error.certificateIssuer = presented.issuerDisplayName();
    }
    QStringList lines;
    if (!error.details.isEmpty())
        lines << error.details;
    else if (!fingerprint.isEmpty())
        lines << tr("Presented fingerprint: %1").arg(fingerprint);
    if (!error.certificateSubject.isEmpty())
        lines << tr("Subject: %1").arg(error.certificateSubject);
    if (!error.certificateIssuer.isEmpty())
        lines << tr("Issuer: %1").arg(error.certificateIssuer);
    if (!presented.isNull())
        lines << tr("Valid from %1 to %2")
                     .arg(presented.effectiveDate().toString(Qt::ISODate),
                          presented.expiryDate().toString(Qt::ISODate));
    if (!qtMessage.isEmpty())
        lines << qtMessage;
    error.details = lines.join(QLatin1Char('\n'));
    return error;
}

ApiError ApiError::cancelled(const QUrl &url)
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.message = tr("The request to %1 was cancelled.").arg(hostAndPort(url));
    return error;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::Network:
    case Kind::RateLimited:
        return true;
    case Kind::ServerError:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &requestId)
{
    ApiError error;
    error.httpStatus = status;
    error.requestId = requestId;
    error.problem = Problem::fromJson(body, status, requestId);
    // The server's own sentence, when it sent one, says best what was wrong with a request.
    const QString serverSays =
        error.problem
            ? (error.problem->detail.isEmpty() ? error.problem->title : error.problem->detail)
            : QString();
    if (status == 401) {
        error.kind = Kind::Unauthorized;
        error.message = tr("Your sign-in is not valid any more.");
        error.advice = tr("Sign in again.");
    } else if (status == 403) {
        error.kind = Kind::Forbidden;
        error.message = tr("Your role does not allow this.");
        error.advice = tr("Ask a colleague with the staff role, or your administrator.");
    } else if (status == 404) {
        error.kind = Kind::NotFound;
        error.message = tr("The backend does not know this item; it may have been deleted.");
        error.advice = tr("Reload to see the current data.");
    } else if (status == 429 || status == 503) {
        error.kind = Kind::RateLimited;
        error.message = tr("The backend is busy.");
        error.advice = tr("Wait a moment and try again.");
    } else if (status >= 500) {
        error.kind = Kind::ServerError;
        error.message = tr("The backend had a problem (HTTP %1).").arg(status);
        error.advice = tr("Try again in a moment. If it keeps happening, give the request id "
                          "under Details to the backend's administrator.");
    } else {
        error.kind = Kind::Rejected;
        error.message = serverSays.isEmpty()
                            ? tr("The backend refused the request (HTTP %1).").arg(status)
                            : serverSays;
        error.advice = tr("Correct what the message says and try again.");
    }
    error.details = withRequestId(problemDetails(status, error.problem), requestId);
    return error;
}

ApiError ApiError::invalidResponse(const QString &what, const QString &requestId)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.requestId = requestId;
    error.message = tr("The backend sent an answer Dispatchable cannot read.");
    error.advice = tr("The backend may be a newer or older version. Give the request id under "
                      "Details to its administrator.");
    error.details = withRequestId(what, requestId);
    return error;
}
