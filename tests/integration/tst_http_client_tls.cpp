// HttpClient's TLS trust decisions against the real dispatchable-server: a pin is the whole trust
// decision for an untrusted certificate, and every refusal says which certificate was refused
// (subject, issuer, SHA-256) and why: changed since pinned, untrusted, expired, or issued for
// another name. The certificates are made here with OpenSSL and served with the server's
// --generate-cert directory (which serves a pair it finds there).
#include "TestBackend.h"
#include "api/CertificateFingerprint.h"
#include "api/HttpClient.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

struct Pem
{
    QByteArray certificate;
    QByteArray key;
    std::shared_ptr<EVP_PKEY> privateKey;
    std::shared_ptr<X509> x509;
};

struct CertificateSpec
{
    QByteArray commonName = "localhost";
    QByteArray subjectAltName = "DNS:localhost,IP:127.0.0.1";
    long validFromSeconds = -60; // relative to now
    long validUntilSeconds = 24 * 3600;
    bool isCa = false;
    const Pem *issuer = nullptr; // null: self-signed
};

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

std::optional<Pem> makeCertificate(const CertificateSpec &spec)
{
    std::shared_ptr<EVP_PKEY> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    std::shared_ptr<X509> cert(X509_new(), X509_free);
    if (!key || !cert)
        return std::nullopt;
    static long serial = 1000;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.validFromSeconds);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.validUntilSeconds);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Dispatchable tests"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(spec.commonName.constData()),
                               -1, -1, 0);
    X509 *issuerCert = spec.issuer ? spec.issuer->x509.get() : cert.get();
    EVP_PKEY *signingKey = spec.issuer ? spec.issuer->privateKey.get() : key.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert));
    const bool extensionsOk =
        spec.isCa
            ? addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE") &&
                  addExtension(cert.get(), issuerCert, NID_key_usage,
                               "critical,keyCertSign,cRLSign")
            : addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE") &&
                  addExtension(cert.get(), issuerCert, NID_subject_alt_name, spec.subjectAltName) &&
                  addExtension(cert.get(), issuerCert, NID_ext_key_usage, "serverAuth");
    if (!extensionsOk || X509_sign(cert.get(), signingKey, EVP_sha256()) == 0)
        return std::nullopt;
    std::unique_ptr<BIO, decltype(&BIO_free_all)> certBio(BIO_new(BIO_s_mem()), BIO_free_all);
    std::unique_ptr<BIO, decltype(&BIO_free_all)> keyBio(BIO_new(BIO_s_mem()), BIO_free_all);
    if (!PEM_write_bio_X509(certBio.get(), cert.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return std::nullopt;
    return Pem{readBio(certBio.get()), readBio(keyBio.get()), key, cert};
}

// Starts the server serving `pem` (written where --generate-cert looks first).
bool startServing(TestBackend &backend, const Pem &pem)
{
    const QDir dir(backend.process().certificateDir());
    if (!QDir().mkpath(dir.path()))
        return false;
    for (const auto &[file, data] : {std::pair{QStringLiteral("cert.pem"), pem.certificate},
                                     std::pair{QStringLiteral("key.pem"), pem.key}}) {
        QFile out(dir.filePath(file));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size())
            return false;
    }
    return backend.start();
}

QString fingerprintOf(const Pem &pem)
{
    return sha256Fingerprint(QSslCertificate(pem.certificate, QSsl::Pem));
}

// A test CA and a certificate for 127.0.0.1 it issued: a chain the client trusts once the CA is
// added to its trusted certificates.
struct TrustedChain
{
    Pem ca;
    Pem leaf;
};

std::optional<TrustedChain> makeTrustedChain()
{
    CertificateSpec caSpec;
    caSpec.commonName = "Dispatchable test CA";
    caSpec.isCa = true;
    const auto ca = makeCertificate(caSpec);
    if (!ca)
        return std::nullopt;
    CertificateSpec leafSpec;
    leafSpec.issuer = &*ca;
    const auto leaf = makeCertificate(leafSpec);
    if (!leaf)
        return std::nullopt;
    return TrustedChain{*ca, *leaf};
}

HttpResult getTenants(HttpClient &client, TestBackend &backend)
{
    client.setBaseUrl(backend.process().baseUrl());
    client.setBearerToken(backend.token(QStringLiteral("staff")));
    client.setRetryPolicy(RetryPolicy{1, 0, 0, 0});
    std::optional<HttpResult> result;
    QObject context;
    client.get(QStringLiteral("/v1/tenants"), {}, &context,
               [&result](const HttpResult &r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    return result.value_or(HttpResult{});
}

} // namespace

class TestHttpClientTls : public QObject
{
    Q_OBJECT
private slots:
    void pinnedCertificateIsTrusted();
    void changedPinnedCertificateIsRefused();
    void unpinnedSelfSignedCertificateIsRefusedWithWhatToPin();
    void expiredCertificateIsRefusedEvenWhenPinned();
    void certificateForAnotherNameIsRefused();
    void certificateFromATrustedAuthorityNeedsNoPin();
    void pinRefusesEvenACertificateTheSystemTrusts();
};

void TestHttpClientTls::pinnedCertificateIsTrusted()
{
    TestBackend backend;
    QVERIFY(backend.start());
    HttpClient client;
    client.setPinnedFingerprint(backend.process().certificateFingerprint().toLower());
    const HttpResult result = getTenants(client, backend);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->details : QString()));
}

void TestHttpClientTls::changedPinnedCertificateIsRefused()
{
    TestBackend backend;
    QVERIFY(backend.start());
    HttpClient client;
    const QString wrongPin = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                            "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
    client.setPinnedFingerprint(wrongPin);
    const HttpResult result = getTenants(client, backend);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::CertificateChanged);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error->certificateFingerprint, backend.process().certificateFingerprint());
    QVERIFY(result.error->details.contains(wrongPin));
}

void TestHttpClientTls::unpinnedSelfSignedCertificateIsRefusedWithWhatToPin()
{
    TestBackend backend;
    QVERIFY(backend.start());
    HttpClient client;
    const HttpResult result = getTenants(client, backend);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::CertificateUntrusted);
    // What the UI needs to offer "trust this certificate for this connection".
    QCOMPARE(result.error->certificateFingerprint, backend.process().certificateFingerprint());
    QCOMPARE(sha256Fingerprint(result.error->certificate), result.error->certificateFingerprint);
    QVERIFY(result.error->certificateSubject.contains(QStringLiteral("localhost")));
    QVERIFY(!result.error->certificateIssuer.isEmpty());
    // Pinning what was shown is enough.
    client.setPinnedFingerprint(result.error->certificateFingerprint);
    QVERIFY(getTenants(client, backend).ok());
}

void TestHttpClientTls::expiredCertificateIsRefusedEvenWhenPinned()
{
    CertificateSpec spec;
    spec.validFromSeconds = -10 * 24 * 3600;
    spec.validUntilSeconds = -24 * 3600;
    const auto pem = makeCertificate(spec);
    QVERIFY(pem);
    TestBackend backend;
    QVERIFY(startServing(backend, *pem));
    QCOMPARE(backend.process().certificateFingerprint(), fingerprintOf(*pem));

    HttpClient unpinned;
    HttpResult result = getTenants(unpinned, backend);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::CertificateExpired);

    HttpClient pinned;
    pinned.setPinnedFingerprint(fingerprintOf(*pem));
    result = getTenants(pinned, backend);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::CertificateExpired);
    QCOMPARE(result.error->certificateFingerprint, fingerprintOf(*pem));
}

void TestHttpClientTls::certificateForAnotherNameIsRefused()
{
    CertificateSpec caSpec;
    caSpec.commonName = "Dispatchable test CA";
    caSpec.isCa = true;
    const auto ca = makeCertificate(caSpec);
    QVERIFY(ca);
    CertificateSpec leafSpec;
    leafSpec.commonName = "backend.example";
    leafSpec.subjectAltName = "DNS:backend.example";
    leafSpec.issuer = &*ca;
    const auto leaf = makeCertificate(leafSpec);
    QVERIFY(leaf);
    TestBackend backend;
    QVERIFY(startServing(backend, *leaf));

    // Trusted issuer, wrong name: connecting by 127.0.0.1 to a certificate for backend.example.
    HttpClient client;
    client.setExtraCaCertificates({QSslCertificate(ca->certificate, QSsl::Pem)});
    const HttpResult result = getTenants(client, backend);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::CertificateHostMismatch);
    QVERIFY(result.error->certificateSubject.contains(QStringLiteral("backend.example")));
    QVERIFY(result.error->certificateIssuer.contains(QStringLiteral("Dispatchable test CA")));
    QCOMPARE(result.error->certificateFingerprint, fingerprintOf(*leaf));

    // Self-signed and for another name, nothing pinned: also refused for the name.
    CertificateSpec selfSpec = leafSpec;
    selfSpec.issuer = nullptr;
    const auto self = makeCertificate(selfSpec);
    QVERIFY(self);
    TestBackend other;
    QVERIFY(startServing(other, *self));
    HttpClient unpinned;
    const HttpResult selfResult = getTenants(unpinned, other);
    QVERIFY(selfResult.error);
    QCOMPARE(selfResult.error->kind, ApiError::Kind::CertificateHostMismatch);
}

void TestHttpClientTls::certificateFromATrustedAuthorityNeedsNoPin()
{
    // The control for the test above: the same chain with the right name is trusted.
    const auto chain = makeTrustedChain();
    QVERIFY(chain);
    TestBackend backend;
    QVERIFY(startServing(backend, chain->leaf));
    HttpClient client;
    client.setExtraCaCertificates({QSslCertificate(chain->ca.certificate, QSsl::Pem)});
    const HttpResult result = getTenants(client, backend);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->details : QString()));
}

void TestHttpClientTls::pinRefusesEvenACertificateTheSystemTrusts()
{
    // A chain the client trusts, but a pin for another certificate: the pin wins.
    const auto chain = makeTrustedChain();
    QVERIFY(chain);
    TestBackend backend;
    QVERIFY(startServing(backend, chain->leaf));
    HttpClient client;
    client.setExtraCaCertificates({QSslCertificate(chain->ca.certificate, QSsl::Pem)});
    const QString otherPin = QStringLiteral("AB").repeated(32);
    client.setPinnedFingerprint(otherPin);
    const HttpResult result = getTenants(client, backend);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::CertificateChanged);
    // The refusal names the certificate presented, for the admin to compare.
    QCOMPARE(result.error->certificateFingerprint, fingerprintOf(chain->leaf));
    // The matching pin is accepted on the same trusted chain.
    HttpClient pinned;
    pinned.setExtraCaCertificates({QSslCertificate(chain->ca.certificate, QSsl::Pem)});
    pinned.setPinnedFingerprint(fingerprintOf(chain->leaf));
    const HttpResult ok = getTenants(pinned, backend);
    QVERIFY2(ok.ok(), qPrintable(ok.error ? ok.error->details : QString()));
}

QTEST_GUILESS_MAIN(TestHttpClientTls)
#include "tst_http_client_tls.moc"
