// Why a request to the backend failed, as a value: a kind the code can branch on and words a
// person can act on (what happened, what to do), with the technical details kept apart.
#pragma once

#include "api/Problem.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        ConnectionRefused,
        HostNotFound,
        Timeout,
        ConnectionLost,
        CertificateChanged,      // the pinned fingerprint does not match the presented certificate
        CertificateUntrusted,    // not trusted by the system and nothing pinned
        CertificateExpired,      // expired or not yet valid (refused even when pinned)
        CertificateHostMismatch, // issued for another name, and not pinned
        TlsFailed,
        Network,
        Unauthorized,
        Forbidden,
        NotFound,
        RateLimited,
        ServerError,
        Rejected, // any other 4xx: the server said why in its problem details
        InvalidResponse,
        Cancelled, // HttpClient::cancel(); never a timeout
    };

    Kind kind = Kind::Network;
    QString message; // what happened, one sentence
    QString advice;  // what to do about it
    QString details; // for "Details": Qt's error text, HTTP status, fingerprints, request id
    int httpStatus = 0;
    std::optional<Problem> problem;
    QString requestId;
    // How long the server asked to wait (Retry-After) before trying again; -1 when it did not.
    qint64 retryAfterMs = -1;
    // For certificate errors: what the server presented, so the UI can show it and offer
    // "trust this certificate for this connection" (pin certificateFingerprint).
    QSslCertificate certificate;
    QString certificateSubject;
    QString certificateIssuer;
    QString certificateFingerprint; // "AB:CD:…", SHA-256

    bool isCertificateError() const
    {
        return kind == Kind::CertificateChanged || kind == Kind::CertificateUntrusted ||
               kind == Kind::CertificateExpired || kind == Kind::CertificateHostMismatch ||
               kind == Kind::TlsFailed;
    }
    // A failure that may go away by itself (the network, a busy or restarting backend).
    bool isTransient() const;

    // A failure without an HTTP answer. `qtMessage` goes to details only.
    static ApiError fromNetwork(QNetworkReply::NetworkError code, const QString &qtMessage,
                                const QUrl &url);
    static ApiError timeout(const QUrl &url, int timeoutMs);
    static ApiError certificateChanged(const QUrl &url, const QString &pinned,
                                       const QString &presented);
    static ApiError certificateUntrusted(const QUrl &url, const QString &presented,
                                         const QString &qtMessage);
    // A refused certificate of one of the certificate kinds; `pinned` is empty when nothing is
    // pinned. Subject, issuer and fingerprint are taken from `presented`.
    static ApiError certificateRefused(Kind kind, const QUrl &url, const QSslCertificate &presented,
                                       const QString &pinned, const QString &qtMessage);
    static ApiError cancelled(const QUrl &url);
    // An HTTP error answer; the body is decoded as problem details when it is one.
    static ApiError fromHttp(int status, const QByteArray &body, const QString &requestId);
    // A 2xx answer whose body is not what the contract promises.
    static ApiError invalidResponse(const QString &what, const QString &requestId);
};

Q_DECLARE_METATYPE(ApiError)
