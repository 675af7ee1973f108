#include "GraphEncryptionKeys.h"

#include "CertificateGenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace {

const QLatin1StringView certSuffix(".cert.pem");
const QLatin1StringView keySuffix(".key.pem");

EVP_PKEY *readPem(const QByteArray &pem, bool privateKey)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    if (!bio)
        return nullptr;
    EVP_PKEY *key = nullptr;
    if (privateKey) {
        key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    } else if (X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        key = X509_get_pubkey(cert);
        X509_free(cert);
    }
    BIO_free(bio);
    return key;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

struct GraphEncryptionKeys::Pair
{
    QSslCertificate certificate;
    EVP_PKEY *privateKey = nullptr;
    EVP_PKEY *publicKey = nullptr;
    ~Pair()
    {
        EVP_PKEY_free(privateKey);
        EVP_PKEY_free(publicKey);
    }
};

GraphEncryptionKeys::GraphEncryptionKeys() = default;
GraphEncryptionKeys::~GraphEncryptionKeys() = default;

bool GraphEncryptionKeys::load(const QString &dir, QString *error)
{
    const QStringList certs =
        QDir(dir).entryList({QStringLiteral("*") + certSuffix}, QDir::Files, QDir::Name);
    if (certs.isEmpty()) {
        auto generated =
            generateSelfSignedCertificate(365, error, CertificatePurpose::GraphEncryption);
        if (!generated || !writeCertificatePair(*generated, dir, error))
            return false;
        // Name the pair after its certificate, so a rotated pair never reuses an id.
        const QString id =
            QStringLiteral("dispatchable-") +
            QString::fromLatin1(
                generated->certificate.digest(QCryptographicHash::Sha256).toHex().left(16));
        const QDir d(dir);
        if (!QFile::rename(d.filePath(QStringLiteral("cert.pem")), d.filePath(id + certSuffix)) ||
            !QFile::rename(d.filePath(QStringLiteral("key.pem")), d.filePath(id + keySuffix))) {
            *error = QStringLiteral("Cannot name the Graph encryption key pair in %1").arg(dir);
            return false;
        }
        return loadPair(dir, id, error);
    }
    for (const QString &cert : certs) {
        if (!loadPair(dir, cert.chopped(certSuffix.size()), error))
            return false;
    }
    return true;
}

bool GraphEncryptionKeys::loadPair(const QString &dir, const QString &id, QString *error)
{
    const QDir d(dir);
    const QByteArray certPem = readFile(d.filePath(id + certSuffix));
    auto pair = std::make_unique<Pair>();
    pair->certificate = QSslCertificate(certPem, QSsl::Pem);
    pair->publicKey = readPem(certPem, false);
    pair->privateKey = readPem(readFile(d.filePath(id + keySuffix)), true);
    if (pair->certificate.isNull() || !pair->publicKey || !pair->privateKey ||
        EVP_PKEY_get_base_id(pair->privateKey) != EVP_PKEY_RSA ||
        EVP_PKEY_eq(pair->publicKey, pair->privateKey) != 1) {
        *error = QStringLiteral("The Graph encryption pair %1 in %2 is not an RSA certificate "
                                "with its private key.")
                     .arg(id, dir);
        return false;
    }
    const bool newest =
        m_currentId.isEmpty() ||
        pair->certificate.effectiveDate() > m_pairs.at(m_currentId)->certificate.effectiveDate();
    if (newest)
        m_currentId = id;
    m_pairs[id] = std::move(pair);
    return true;
}

QString GraphEncryptionKeys::currentCertificateBase64() const
{
    if (m_currentId.isEmpty())
        return {};
    return QString::fromLatin1(m_pairs.at(m_currentId)->certificate.toDer().toBase64());
}

EVP_PKEY *GraphEncryptionKeys::privateKey(const QString &certificateId) const
{
    const auto it = m_pairs.find(certificateId);
    return it == m_pairs.end() ? nullptr : it->second->privateKey;
}

EVP_PKEY *GraphEncryptionKeys::publicKey(const QString &certificateId) const
{
    const auto it = m_pairs.find(certificateId);
    return it == m_pairs.end() ? nullptr : it->second->publicKey;
}
