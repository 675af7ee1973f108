#include "EncryptedContent.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>

#include <memory>

namespace {

constexpr int symmetricKeyBytes = 32; // AES-256
constexpr int ivBytes = 16;

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>>;

std::optional<QByteArray> strictBase64(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()),
         static_cast<size_t>(data.size()), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length));
}

// RSA with OAEP padding and SHA-1 (OpenSSL's OAEP defaults, and Graph's).
std::optional<QByteArray> rsaOaepDecrypt(EVP_PKEY *key, const QByteArray &in)
{
    PKeyCtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_OAEP_PADDING) <= 0)
        return std::nullopt;
    const auto *input = reinterpret_cast<const unsigned char *>(in.constData());
    size_t outLength = 0;
    if (EVP_PKEY_decrypt(ctx.get(), nullptr, &outLength, input, static_cast<size_t>(in.size())) <=
        0)
        return std::nullopt;
    QByteArray out(static_cast<qsizetype>(outLength), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLength,
                         input, static_cast<size_t>(in.size())) <= 0)
        return std::nullopt;
    out.resize(static_cast<qsizetype>(outLength));
    return out;
}

std::optional<QByteArray> aes256CbcDecrypt(const QByteArray &key, const QByteArray &in)
{
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    // Graph's IV is the key's first 16 bytes (documented; not our choice).
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, k, k) != 1)
        return std::nullopt;
    QByteArray out(in.size() + ivBytes, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int written = 0;
    int tail = 0;
    if (EVP_DecryptUpdate(ctx.get(), o, &written,
                          reinterpret_cast<const unsigned char *>(in.constData()),
                          static_cast<int>(in.size())) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), o + written, &tail) != 1)
        return std::nullopt; // includes bad PKCS#7 padding
    out.resize(written + tail);
    return out;
}

} // namespace

std::optional<EncryptedContent> EncryptedContent::fromJson(const QJsonObject &object,
                                                           QString *reason)
{
    EncryptedContent content;
    const struct
    {
        const char *name;
        QByteArray *target;
    } members[] = {{"data", &content.data},
                   {"dataSignature", &content.dataSignature},
                   {"dataKey", &content.dataKey}};
    for (const auto &member : members) {
        auto decoded = strictBase64(object.value(QLatin1StringView(member.name)));
        if (!decoded) {
            *reason = QStringLiteral("encryptedContent.%1 is missing or not base64")
                          .arg(QLatin1StringView(member.name));
            return std::nullopt;
        }
        *member.target = std::move(*decoded);
    }
    content.certificateId = object.value(QLatin1StringView("encryptionCertificateId")).toString();
    content.certificateThumbprint =
        object.value(QLatin1StringView("encryptionCertificateThumbprint")).toString();
    if (content.certificateId.isEmpty()) {
        *reason = QStringLiteral("encryptedContent.encryptionCertificateId is missing");
        return std::nullopt;
    }
    return content;
}

std::optional<QByteArray> decryptResourceData(const EncryptedContent &content, EVP_PKEY *privateKey,
                                              QString *reason)
{
    const auto key = rsaOaepDecrypt(privateKey, content.dataKey);
    if (!key || key->size() != symmetricKeyBytes) {
        *reason = QStringLiteral("dataKey does not decrypt with the certificate's private key");
        return std::nullopt;
    }
    const QByteArray expected = hmacSha256(*key, content.data);
    if (content.dataSignature.size() != expected.size() ||
        CRYPTO_memcmp(expected.constData(), content.dataSignature.constData(),
                      static_cast<size_t>(expected.size())) != 0) {
        *reason = QStringLiteral("dataSignature does not match the data (altered or forged)");
        return std::nullopt;
    }
    auto plain = aes256CbcDecrypt(*key, content.data);
    if (!plain)
        *reason = QStringLiteral("data does not decrypt (bad padding)");
    return plain;
}
