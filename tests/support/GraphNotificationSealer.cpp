#include "GraphNotificationSealer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <stdexcept>

namespace graph_test {

namespace {

X509 *readCertificate(const QByteArray &certificate)
{
    if (certificate.startsWith("-----BEGIN")) {
        BIO *bio = BIO_new_mem_buf(certificate.constData(), static_cast<int>(certificate.size()));
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        return cert;
    }
    const auto *der = reinterpret_cast<const unsigned char *>(certificate.constData());
    return d2i_X509(nullptr, &der, static_cast<long>(certificate.size()));
}

QByteArray oaepEncrypt(EVP_PKEY *key, const QByteArray &plain)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, nullptr);
    size_t length = 0;
    QByteArray out;
    if (ctx && EVP_PKEY_encrypt_init(ctx) > 0 &&
        EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
        EVP_PKEY_encrypt(ctx, nullptr, &length,
                         reinterpret_cast<const unsigned char *>(plain.constData()),
                         static_cast<size_t>(plain.size())) > 0) {
        out.resize(static_cast<qsizetype>(length));
        if (EVP_PKEY_encrypt(ctx, reinterpret_cast<unsigned char *>(out.data()), &length,
                             reinterpret_cast<const unsigned char *>(plain.constData()),
                             static_cast<size_t>(plain.size())) <= 0)
            out.clear();
        out.resize(static_cast<qsizetype>(length));
    }
    EVP_PKEY_CTX_free(ctx);
    return out;
}

QByteArray aesCbcEncrypt(const QByteArray &key, const QByteArray &plain)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    QByteArray out(plain.size() + 16, Qt::Uninitialized);
    int n = 0;
    int tail = 0;
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, k, k);
    EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &n,
                      reinterpret_cast<const unsigned char *>(plain.constData()),
                      static_cast<int>(plain.size()));
    EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + n, &tail);
    EVP_CIPHER_CTX_free(ctx);
    out.resize(n + tail);
    return out;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bigNumberParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        throw std::runtime_error("bigNumberParam: no such parameter");
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

} // namespace

TestSigningKey newSigningKey(const QString &id)
{
    return {id, EVP_RSA_gen(2048)};
}

TestSigningKey standInSigningKey()
{
    static const TestSigningKey key = newSigningKey(QStringLiteral("stand-in-signing-key"));
    return key;
}

TestSigningKey strangerSigningKey()
{
    // Claims the stand-in's kid: only the signature tells it apart.
    static const TestSigningKey key = {standInSigningKey().id, EVP_RSA_gen(2048)};
    return key;
}

QJsonObject jsonWebKeySet(const QList<TestSigningKey> &keys)
{
    QJsonArray list;
    for (const TestSigningKey &k : keys) {
        list.append(QJsonObject{
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("kid"), k.id},
            {QStringLiteral("n"),
             QString::fromLatin1(base64Url(bigNumberParam(k.key, OSSL_PKEY_PARAM_RSA_N)))},
            {QStringLiteral("e"),
             QString::fromLatin1(base64Url(bigNumberParam(k.key, OSSL_PKEY_PARAM_RSA_E)))}});
    }
    return {{QStringLiteral("keys"), list}};
}

QJsonObject validationTokenClaims(const QString &audience, const QString &teamsTenantId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString issuer = QStringLiteral("https://sts.windows.net/%1/").arg(teamsTenantId);
    return {{QStringLiteral("aud"), audience},
            {QStringLiteral("iss"), issuer},
            {QStringLiteral("iat"), now},
            {QStringLiteral("nbf"), now},
            {QStringLiteral("exp"), now + 3600},
            {QStringLiteral("appid"), QStringLiteral("0bf30f3b-4a52-48df-9a82-234910c4a086")},
            {QStringLiteral("appidacr"), QStringLiteral("2")},
            {QStringLiteral("idp"), issuer},
            {QStringLiteral("tid"), teamsTenantId},
            {QStringLiteral("ver"), QStringLiteral("1.0")}};
}

QString signValidationToken(const QJsonObject &claims, const TestSigningKey &key)
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), key.id}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key.key) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<size_t>(input.size())) == 1) {
        signature.resize(static_cast<qsizetype>(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<size_t>(input.size())) != 1)
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    if (signature.isEmpty())
        throw std::runtime_error("signValidationToken: cannot sign");
    return QString::fromLatin1(input + '.' + base64Url(signature));
}

QJsonObject sealForCertificate(const QByteArray &plaintext, const QByteArray &certificate,
                               const QString &certificateId)
{
    X509 *cert = readCertificate(certificate);
    if (!cert)
        throw std::runtime_error("sealForCertificate: not a certificate");
    EVP_PKEY *publicKey = X509_get_pubkey(cert);
    QByteArray key(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), 32);
    const QByteArray data = aesCbcEncrypt(key, plaintext);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()),
         static_cast<size_t>(data.size()), mac, &macLength);
    const QByteArray wrappedKey = oaepEncrypt(publicKey, key);
    unsigned char sha1[EVP_MAX_MD_SIZE];
    unsigned int sha1Length = 0;
    X509_digest(cert, EVP_sha1(), sha1, &sha1Length);
    EVP_PKEY_free(publicKey);
    X509_free(cert);
    return QJsonObject{
        {QStringLiteral("data"), QString::fromLatin1(data.toBase64())},
        {QStringLiteral("dataSignature"),
         QString::fromLatin1(
             QByteArray(reinterpret_cast<const char *>(mac), macLength).toBase64())},
        {QStringLiteral("dataKey"), QString::fromLatin1(wrappedKey.toBase64())},
        {QStringLiteral("encryptionCertificateId"), certificateId},
        {QStringLiteral("encryptionCertificateThumbprint"),
         QString::fromLatin1(
             QByteArray(reinterpret_cast<const char *>(sha1), sha1Length).toHex().toUpper())}};
}

QByteArray strangerCertificatePem()
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509 *cert = X509_new();
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 7);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("stranger"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key, EVP_sha256());
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *pem = nullptr;
    const long size = BIO_get_mem_data(bio, &pem);
    const QByteArray out(pem, static_cast<qsizetype>(size));
    BIO_free(bio);
    X509_free(cert);
    EVP_PKEY_free(key);
    return out;
}

QJsonObject teamsLocation(const QString &houseNumber, const QString &street,
                          const QString &streetSuffix, const QString &city, const QString &state,
                          const QString &postalCode, const QString &country)
{
    return QJsonObject{
        {QStringLiteral("address"),
         QJsonObject{{QStringLiteral("street"), street},
                     {QStringLiteral("city"), city},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("countryOrRegion"), country},
                     {QStringLiteral("postalCode"), postalCode},
                     {QStringLiteral("additionalData"),
                      QJsonObject{{QStringLiteral("houseNumber"), houseNumber},
                                  {QStringLiteral("streetSuffix"), streetSuffix}}}}}};
}

QJsonObject emergencyEventResource(const QString &eventId, const QString &type,
                                   const QString &dialed, const QString &phoneNumber,
                                   const QString &teamsTenantId, const QJsonObject &location)
{
    const QString odataId =
        QStringLiteral("communications/calls/getEmergencyEventsByPolicy(policyName='Desk policy')");
    return QJsonObject{
        {QStringLiteral("@odata.id"), odataId},
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.emergencyCallEvent")},
        {QStringLiteral("id"), eventId},
        {QStringLiteral("emergencyCallEvent"),
         QJsonObject{{QStringLiteral("id"), eventId},
                     {QStringLiteral("callEventType"), type},
                     {QStringLiteral("policyName"), QStringLiteral("Desk policy")},
                     {QStringLiteral("eventDateTime"),
                      QDateTime::currentDateTimeUtc().toString(
                          QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz0000+00:00"))},
                     {QStringLiteral("emergencyNumberDialed"), dialed},
                     {QStringLiteral("callerInfo"),
                      QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Test Caller")},
                                  {QStringLiteral("upn"), QStringLiteral("caller@contoso.example")},
                                  {QStringLiteral("phoneNumber"), phoneNumber},
                                  {QStringLiteral("tenantId"), teamsTenantId},
                                  {QStringLiteral("location"), location}}}}}};
}

} // namespace graph_test
