// Bearer tokens of the reference backend: long-lived API tokens, and the access and rotating
// refresh tokens the device authorization grant (RFC 8628) hands out. Only SHA-256 hashes of
// secrets are stored.
#pragma once

#include "Principal.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class ServerDatabase;

// An OAuth answer: either a token response or an RFC 6749 §5.2 error ("slow_down", …).
struct OAuthResult
{
    QJsonObject body;
    int status = 200;
};

class TokenService
{
public:
    TokenService(ServerDatabase &db, int accessTokenTtlSeconds);

    std::optional<Principal> authenticate(const QByteArray &bearer) const;
    std::optional<Principal> principalForUser(const QString &userId) const;

    QString createUser(const QString &email, const QString &displayName, Role role,
                       const QStringList &tenantIds);
    // Returns {tokenId, secret}. `secret` may be given (demo tokens); otherwise random.
    QPair<QString, QString> issueApiToken(const QString &userId, const QString &label,
                                          const QString &secret = {});
    bool revokeApiToken(const QString &tokenId);

    // RFC 8628 §3.1/3.2
    QJsonObject startDeviceAuthorization(const QString &clientId, const QString &verificationUri);
    // The user at the verification URI approves or denies a code. Returns false if unknown/expired.
    bool decideDeviceCode(const QString &userCode, const Principal &approver, bool approve);
    // RFC 8628 §3.4/3.5 polling and RFC 6749 §6 refresh.
    OAuthResult exchangeDeviceCode(const QString &deviceCode, const QString &clientId);
    OAuthResult refresh(const QString &refreshToken);
    // RFC 7009: revokes an access or refresh token (its whole family). Unknown tokens are fine.
    void revoke(const QString &token);

    static QString randomSecret(const char *prefix);
    static QByteArray hash(const QString &secret);

private:
    OAuthResult issueTokens(const QString &userId, const QString &familyId);
    static OAuthResult oauthError(const char *error, const QString &description);

    ServerDatabase &m_db;
    int m_accessTtl;
};
