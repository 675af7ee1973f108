#include "TokenService.h"

#include "store/ServerDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace {

constexpr int deviceCodeLifetimeS = 600;
constexpr int devicePollIntervalS = 5;
constexpr qint64 refreshLifetimeS = 30LL * 24 * 3600;

qint64 nowS()
{
    return QDateTime::currentSecsSinceEpoch();
}

Role roleFromWire(const QString &wire)
{
    if (wire == QLatin1StringView("admin"))
        return Role::Admin;
    if (wire == QLatin1StringView("staff"))
        return Role::Staff;
    return Role::Auditor;
}

// RFC 8628 §6.1: user codes from 20 consonants, easy to read out and type.
QString randomUserCode()
{
    static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(20)]);
    }
    return code;
}

// The stored form "ABCD-EFGH" of what a person typed: only the letters count, whatever their
// case and whatever is between them (RFC 8628 §6.1), so "abcdefgh" and "ABCD EFGH" match too.
QString canonicalUserCode(const QString &typed)
{
    QString letters;
    for (const QChar c : typed)
        if (c.isLetter())
            letters += c.toUpper();
    if (letters.size() == 8)
        letters.insert(4, QLatin1Char('-'));
    return letters;
}

} // namespace

TokenService::TokenService(ServerDatabase &db, int accessTokenTtlSeconds)
    : m_db(db)
    , m_accessTtl(accessTokenTtlSeconds)
{}

QString TokenService::randomSecret(const char *prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QLatin1StringView(prefix) +
           QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray TokenService::hash(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

std::optional<Principal> TokenService::principalForUser(const QString &userId) const
{
    QSqlQuery q(m_db.db());
    m_db.exec(q, QStringLiteral("SELECT email, display_name, role FROM users WHERE id = ?"),
              {userId});
    if (!q.next())
        return std::nullopt;
    Principal p;
    p.userId = userId;
    p.email = q.value(0).toString();
    p.displayName = q.value(1).toString();
    p.role = roleFromWire(q.value(2).toString());
    p.valid = true;
    if (p.role == Role::Admin) {
        m_db.exec(q,
                  QStringLiteral(
                      "SELECT tenant_id FROM user_tenants WHERE user_id = ? ORDER BY tenant_id"),
                  {userId});
        while (q.next())
            p.tenantIds.append(q.value(0).toString());
    }
    return p;
}

std::optional<Principal> TokenService::authenticate(const QByteArray &bearer) const
{
    const QString token = QString::fromLatin1(bearer);
    QVariant userId;
    if (token.startsWith(QLatin1StringView("dsp_")))
        userId = m_db.scalar(
            QStringLiteral("SELECT user_id FROM api_tokens WHERE token_hash = ? AND revoked = 0"),
            {hash(token)});
    else if (token.startsWith(QLatin1StringView("dat_")))
        userId = m_db.scalar(
            QStringLiteral(
                "SELECT user_id FROM access_tokens WHERE token_hash = ? AND expires_at > ?"),
            {hash(token), nowS()});
    if (!userId.isValid())
        return std::nullopt;
    return principalForUser(userId.toString());
}

QString TokenService::createUser(const QString &email, const QString &displayName, Role role,
                                 const QStringList &tenantIds)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db.db());
    m_db.exec(
        q, QStringLiteral("INSERT INTO users (id, email, display_name, role) VALUES (?, ?, ?, ?)"),
        {id, email, displayName, roleToWire(role)});
    for (const QString &tenant : tenantIds)
        m_db.exec(q, QStringLiteral("INSERT INTO user_tenants (user_id, tenant_id) VALUES (?, ?)"),
                  {id, tenant});
    return id;
}

QPair<QString, QString> TokenService::issueApiToken(const QString &userId, const QString &label,
                                                    const QString &secret)
{
    const QString tokenId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = secret.isEmpty() ? randomSecret("dsp_") : secret;
    QSqlQuery q(m_db.db());
    m_db.exec(q,
              QStringLiteral("INSERT INTO api_tokens (id, token_hash, user_id, label, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"),
              {tokenId, hash(value), userId, label, ServerDatabase::nowIso()});
    return {tokenId, value};
}

bool TokenService::revokeApiToken(const QString &tokenId)
{
    QSqlQuery q(m_db.db());
    m_db.exec(q, QStringLiteral("UPDATE api_tokens SET revoked = 1 WHERE id = ? AND revoked = 0"),
              {tokenId});
    return q.numRowsAffected() > 0;
}

QJsonObject TokenService::startDeviceAuthorization(const QString &clientId,
                                                   const QString &verificationUri)
{
    const QString deviceCode = randomSecret("ddc_");
    QString userCode;
    QSqlQuery q(m_db.db());
    // A code still in use is drawn again; an INSERT that fails all the same fails the request.
    for (int attempt = 0; attempt < 5; ++attempt) {
        userCode = randomUserCode();
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM device_codes WHERE user_code = ?"),
                         {userCode})
                 .isValid())
            break;
    }
    m_db.exec(
        q,
        QStringLiteral("INSERT INTO device_codes (device_code_hash, user_code, client_id,"
                       " expires_at, interval_s) VALUES (?, ?, ?, ?, ?)"),
        {hash(deviceCode), userCode, clientId, nowS() + deviceCodeLifetimeS, devicePollIntervalS});
    return QJsonObject{
        {QStringLiteral("device_code"), deviceCode},
        {QStringLiteral("user_code"), userCode},
        {QStringLiteral("verification_uri"), verificationUri},
        {QStringLiteral("verification_uri_complete"),
         QString(verificationUri + QStringLiteral("?user_code=") + userCode)},
        {QStringLiteral("expires_in"), deviceCodeLifetimeS},
        {QStringLiteral("interval"), devicePollIntervalS},
    };
}

bool TokenService::decideDeviceCode(const QString &userCode, const Principal &approver,
                                    bool approve)
{
    QSqlQuery q(m_db.db());
    m_db.exec(
        q,
        QStringLiteral(
            "UPDATE device_codes SET approved_user_id = ?, denied = ? WHERE user_code = ?"
            " AND expires_at > ? AND redeemed = 0 AND approved_user_id IS NULL AND denied = 0"),
        {approve ? QVariant(approver.userId) : QVariant(), approve ? 0 : 1,
         canonicalUserCode(userCode), nowS()});
    return q.numRowsAffected() > 0;
}

OAuthResult TokenService::oauthError(const char *error, const QString &description)
{
    return {QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                        {QStringLiteral("error_description"), description}},
            400};
}

OAuthResult TokenService::exchangeDeviceCode(const QString &deviceCode, const QString &clientId)
{
    QSqlQuery q(m_db.db());
    m_db.exec(q,
              QStringLiteral("SELECT expires_at, interval_s, last_poll_ms, approved_user_id, "
                             "denied, redeemed, client_id"
                             " FROM device_codes WHERE device_code_hash = ?"),
              {hash(deviceCode)});
    if (!q.next())
        return oauthError("invalid_grant", QStringLiteral("Unknown device code."));
    const qint64 expiresAt = q.value(0).toLongLong();
    const int interval = q.value(1).toInt();
    const qint64 lastPoll = q.value(2).toLongLong();
    const QVariant approvedUser = q.value(3);
    const bool denied = q.value(4).toBool();
    const bool redeemed = q.value(5).toBool();
    if (q.value(6).toString() != clientId)
        return oauthError("invalid_client",
                          QStringLiteral("The device code was issued to another client."));
    if (redeemed)
        return oauthError("invalid_grant", QStringLiteral("The device code was already used."));
    if (nowS() >= expiresAt)
        return oauthError("expired_token", QStringLiteral("The device code expired; start again."));
    if (denied)
        return oauthError("access_denied", QStringLiteral("The sign-in was declined."));

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (approvedUser.isNull()) {
        // RFC 8628 §3.5: polling faster than the interval earns slow_down and a longer interval.
        const bool tooFast = lastPoll > 0 && nowMs - lastPoll < interval * 1000LL;
        m_db.exec(q,
                  QStringLiteral("UPDATE device_codes SET last_poll_ms = ?, interval_s = ? WHERE "
                                 "device_code_hash = ?"),
                  {nowMs, tooFast ? interval + 5 : interval, hash(deviceCode)});
        if (tooFast)
            return oauthError("slow_down",
                              QStringLiteral("Poll less often: wait %1 s.").arg(interval + 5));
        return oauthError("authorization_pending",
                          QStringLiteral("Waiting for the user to approve the code."));
    }
    m_db.exec(q, QStringLiteral("UPDATE device_codes SET redeemed = 1 WHERE device_code_hash = ?"),
              {hash(deviceCode)});
    return issueTokens(approvedUser.toString(), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

OAuthResult TokenService::issueTokens(const QString &userId, const QString &familyId)
{
    const QString access = randomSecret("dat_");
    const QString refreshToken = randomSecret("drt_");
    QSqlQuery q(m_db.db());
    m_db.exec(q,
              QStringLiteral("INSERT INTO access_tokens (token_hash, user_id, family_id, "
                             "expires_at) VALUES (?, ?, ?, ?)"),
              {hash(access), userId, familyId, nowS() + m_accessTtl});
    m_db.exec(q,
              QStringLiteral("INSERT INTO refresh_tokens (token_hash, user_id, family_id, "
                             "expires_at) VALUES (?, ?, ?, ?)"),
              {hash(refreshToken), userId, familyId, nowS() + refreshLifetimeS});
    return {QJsonObject{{QStringLiteral("access_token"), access},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), m_accessTtl},
                        {QStringLiteral("refresh_token"), refreshToken}},
            200};
}

OAuthResult TokenService::refresh(const QString &refreshToken)
{
    QSqlQuery q(m_db.db());
    m_db.exec(
        q,
        QStringLiteral(
            "SELECT user_id, family_id, expires_at, used FROM refresh_tokens WHERE token_hash = ?"),
        {hash(refreshToken)});
    if (!q.next())
        return oauthError("invalid_grant", QStringLiteral("Unknown refresh token."));
    const QString userId = q.value(0).toString();
    const QString family = q.value(1).toString();
    if (q.value(3).toBool()) {
        // A retired refresh token came back: it may have been stolen. Revoke the family.
        m_db.exec(q, QStringLiteral("DELETE FROM refresh_tokens WHERE family_id = ?"), {family});
        m_db.exec(q, QStringLiteral("DELETE FROM access_tokens WHERE family_id = ?"), {family});
        return oauthError("invalid_grant",
                          QStringLiteral("The refresh token was already used; sign in again."));
    }
    if (q.value(2).toLongLong() <= nowS())
        return oauthError("invalid_grant",
                          QStringLiteral("The refresh token expired; sign in again."));
    m_db.exec(q, QStringLiteral("UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?"),
              {hash(refreshToken)});
    return issueTokens(userId, family);
}

void TokenService::revoke(const QString &token)
{
    QSqlQuery q(m_db.db());
    const QVariant family = m_db.scalar(
        QStringLiteral("SELECT family_id FROM refresh_tokens WHERE token_hash = ?"
                       " UNION SELECT family_id FROM access_tokens WHERE token_hash = ?"),
        {hash(token), hash(token)});
    if (!family.isValid())
        return;
    m_db.exec(q, QStringLiteral("DELETE FROM refresh_tokens WHERE family_id = ?"), {family});
    m_db.exec(q, QStringLiteral("DELETE FROM access_tokens WHERE family_id = ?"), {family});
}
