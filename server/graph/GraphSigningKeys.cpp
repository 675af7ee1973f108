#include "GraphSigningKeys.h"

#include "JsonWebToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <algorithm>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace {

// A key Microsoft stopped listing still verifies tokens for this long (they live about an hour,
// so a day is generous); then it is dropped.
constexpr qint64 retiredKeyLifetimeSeconds = 24 * 3600;
// RS256 with a shorter modulus is not something Microsoft signs with.
constexpr int minimumKeyBits = 2048;
constexpr qint64 maxKeySetBytes = 256 * 1024;

struct BnFree
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

BnPtr bigNumber(const QByteArray &bytes)
{
    return BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                           static_cast<int>(bytes.size()), nullptr));
}

// An RSA public key from a JWK's modulus and exponent (OpenSSL 3's provider API).
EVP_PKEY *rsaPublicKey(const QByteArray &modulus, const QByteArray &exponent)
{
    const BnPtr n = bigNumber(modulus);
    const BnPtr e = bigNumber(exponent);
    OSSL_PARAM_BLD *build = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    bool built = n && e && build && ctx &&
                 OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_N, n.get()) == 1 &&
                 OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_E, e.get()) == 1;
    if (built)
        params = OSSL_PARAM_BLD_to_param(build);
    built = built && params && EVP_PKEY_fromdata_init(ctx) == 1 &&
            EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    if (!built) {
        EVP_PKEY_free(key);
        key = nullptr;
    }
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    EVP_PKEY_CTX_free(ctx);
    return key;
}

} // namespace

void GraphSigningKeys::Deleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

GraphSigningKeys::GraphSigningKeys(const QUrl &loginUrl, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_url(keySetUrl(loginUrl))
{}

GraphSigningKeys::~GraphSigningKeys() = default;

QUrl GraphSigningKeys::keySetUrl(const QUrl &loginUrl)
{
    QUrl url = loginUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/common/discovery/v2.0/keys"));
    return url;
}

EVP_PKEY *GraphSigningKeys::key(const QString &keyId) const
{
    const auto it = m_keys.find(keyId);
    return it == m_keys.end() ? nullptr : it->second.key.get();
}

void GraphSigningKeys::prepare(const QStringList &keyIds, Done done)
{
    const bool missing =
        std::any_of(keyIds.cbegin(), keyIds.cend(), [this](const QString &id) { return !key(id); });
    if (!m_waiting.isEmpty()) {
        m_waiting.append(std::move(done));
        return;
    }
    const bool mayFetch = !m_sinceFetch.isValid() || m_sinceFetch.elapsed() >= m_interval.count();
    if (!missing || !mayFetch)
        return done(m_lastError);
    m_waiting.append(std::move(done));
    fetch();
}

void GraphSigningKeys::fetch()
{
    ++m_fetches;
    m_sinceFetch.start();
    QNetworkRequest request(m_url);
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void GraphSigningKeys::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    QString error;
    if (reply->error() != QNetworkReply::NoError) {
        error = reply->errorString();
    } else if (reply->bytesAvailable() > maxKeySetBytes) {
        error = QStringLiteral("the key set is over %1 bytes").arg(maxKeySetBytes);
    } else {
        const int usable = take(reply->readAll(), &error);
        if (usable >= 0)
            qCInfo(lcGraph).noquote()
                << "read" << usable << "signing keys from" << m_url.toString();
    }
    if (!error.isEmpty())
        qCWarning(lcGraph).noquote()
            << "cannot read the signing keys at" << m_url.toString() << ":" << error;
    m_lastError = error;
    const QList<Done> waiting = std::exchange(m_waiting, {});
    for (const Done &done : waiting)
        done(error);
}

int GraphSigningKeys::take(const QByteArray &body, QString *error)
{
    const QJsonValue keys = QJsonDocument::fromJson(body).object().value(QLatin1StringView("keys"));
    if (!keys.isArray()) {
        *error = QStringLiteral("the answer is not a JSON Web Key Set");
        return -1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int usable = 0;
    for (const QJsonValue &value : keys.toArray()) {
        const QJsonObject jwk = value.toObject();
        const auto member = [&jwk](const char *name) {
            return jwk.value(QLatin1StringView(name)).toString();
        };
        const QString use = member("use");
        if (member("kty") != QLatin1StringView("RSA") || member("kid").isEmpty() ||
            (!use.isEmpty() && use != QLatin1StringView("sig")))
            continue;
        const auto n = decodeBase64Url(member("n").toLatin1());
        const auto e = decodeBase64Url(member("e").toLatin1());
        if (!n || !e || n->isEmpty() || e->isEmpty())
            continue;
        std::unique_ptr<EVP_PKEY, Deleter> key(rsaPublicKey(*n, *e));
        if (!key || EVP_PKEY_get_bits(key.get()) < minimumKeyBits)
            continue;
        m_keys[member("kid")] = Held{std::move(key), now};
        ++usable;
    }
    std::erase_if(m_keys, [&now](const auto &entry) {
        return entry.second.lastListed.secsTo(now) > retiredKeyLifetimeSeconds;
    });
    return usable;
}
