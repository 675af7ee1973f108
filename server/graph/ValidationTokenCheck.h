// The rules a validation token of a Microsoft Graph rich notification must pass, as Microsoft
// documents them (concepts/change-notifications-with-resource-data.md, "Validating the
// authenticity of notifications"): signed RS256 by Microsoft identity with a key it publishes,
// not expired (nor not yet valid), issued for our app (aud), by Microsoft Graph's change
// notification publisher (appid, or azp in v2 tokens), and by a tenant's Microsoft identity
// (iss https://sts.windows.net/{tenant}/). A valid token vouches for the items of that tenant.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/types.h>

#include <functional>
#include <optional>

// The app id of "Microsoft Graph Change Tracking", the publisher of change notifications.
inline constexpr char graphChangeTrackingAppId[] = "0bf30f3b-4a52-48df-9a82-234910c4a086";

struct ValidationTokenRules
{
    QString clientId; // our app registration: the audience
    QDateTime now = QDateTime::currentDateTimeUtc();
    int clockSkewSeconds = 300; // as Microsoft's own libraries allow
};

// The key a token's kid names, or nullptr when unknown.
using SigningKeyLookup = std::function<EVP_PKEY *(const QString &keyId)>;

// The Teams tenant (lower case) the token vouches for, or nullopt with *reason.
std::optional<QString> checkValidationToken(const QByteArray &compact,
                                            const SigningKeyLookup &keyFor,
                                            const ValidationTokenRules &rules, QString *reason);

// The kid a token names, read without any verification (to know which keys to fetch); empty
// when the token cannot be read.
QString validationTokenKeyId(const QByteArray &compact);
