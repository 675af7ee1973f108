// The key pairs Microsoft Graph encrypts emergency-call notifications for. Each pair lives in
// the server's data directory as <id>.cert.pem and <id>.key.pem (mode 0600); the id is what a
// subscription names as encryptionCertificateId and what each notification names back. The
// newest pair is used for new and renewed subscriptions; older ones stay to decrypt what Graph
// still sends with them (Microsoft's rotation advice), until an operator deletes their files.
#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QString>

#include <openssl/types.h>

#include <map>
#include <memory>

class GraphEncryptionKeys
{
public:
    GraphEncryptionKeys();
    ~GraphEncryptionKeys();
    GraphEncryptionKeys(const GraphEncryptionKeys &) = delete;
    GraphEncryptionKeys &operator=(const GraphEncryptionKeys &) = delete;

    // Loads every pair in `dir`, generating one when there is none. False with *error when a
    // pair cannot be read or generated.
    bool load(const QString &dir, QString *error);

    // The pair for new subscriptions.
    QString currentId() const { return m_currentId; }
    // The current certificate as Graph wants it: base64 of the DER encoding, no PEM armour.
    QString currentCertificateBase64() const;
    // The private key named by a notification's encryptionCertificateId, or nullptr.
    EVP_PKEY *privateKey(const QString &certificateId) const;
    // The certificate's public key, for tests and the simulated Graph; nullptr when unknown.
    EVP_PKEY *publicKey(const QString &certificateId) const;

private:
    struct Pair;
    bool loadPair(const QString &dir, const QString &id, QString *error);

    std::map<QString, std::unique_ptr<Pair>> m_pairs;
    QString m_currentId;
};
