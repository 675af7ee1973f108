#include "CertificateGenerator.h"

#include <QDir>
#include <QFile>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

} // namespace

std::optional<GeneratedCertificate>
generateSelfSignedCertificate(int validDays, QString *errorMessage, CertificatePurpose purpose)
{
    const bool tls = purpose == CertificatePurpose::TlsServer;
    auto fail = [errorMessage](const char *what) -> std::optional<GeneratedCertificate> {
        if (errorMessage)
            *errorMessage =
                QStringLiteral("Could not generate a certificate: %1").arg(QLatin1StringView(what));
        return std::nullopt;
    };

    PKeyPtr key(tls ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048));
    if (!key)
        return fail("key generation failed");

    X509Ptr cert(X509_new());
    if (!cert)
        return fail("out of memory");
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail("no randomness");
    serial[0] &= 0x7f; // positive serial number
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(validDays) * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Dispatchable demo"), -1, -1,
                               0);
    const char *commonName = tls ? "localhost" : "Dispatchable Graph notifications";
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    const bool extended = tls ? addExtension(cert.get(), NID_subject_alt_name,
                                             "DNS:localhost,IP:127.0.0.1,IP:0:0:0:0:0:0:0:1") &&
                                    addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
                              : addExtension(cert.get(), NID_key_usage, "critical,keyEncipherment");
    if (!extended || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE"))
        return fail("could not add extensions");

    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return fail("signing failed");

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return fail("PEM encoding failed");

    GeneratedCertificate result{
        QSslCertificate(bioContents(certBio.get()), QSsl::Pem),
        QSslKey(bioContents(keyBio.get()), tls ? QSsl::Ec : QSsl::Rsa, QSsl::Pem)};
    if (result.certificate.isNull() || result.key.isNull())
        return fail("Qt could not read the generated pair");
    return result;
}

bool writeCertificatePair(const GeneratedCertificate &pair, const QString &dir,
                          QString *errorMessage)
{
    if (!QDir().mkpath(dir)) {
        *errorMessage = QStringLiteral("Cannot create directory %1").arg(dir);
        return false;
    }
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            file.write(data) != data.size()) {
            *errorMessage =
                QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        return true;
    };
    return write(QStringLiteral("key.pem"), pair.key.toPem()) &&
           write(QStringLiteral("cert.pem"), pair.certificate.toPem());
}
