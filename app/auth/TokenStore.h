// Keeps a profile's secrets (the OAuth refresh token, or a pasted API token) in the OS keychain
// through QtKeychain, or, when the user chooses so because no keychain is available, in memory
// for this session only. Secrets are never written to a plain file.
//
// Long values are split into chunks ("<key>", "<key>.1", …) because Windows limits a credential
// blob to 2,560 bytes. The last chunk is always shorter than the chunk size (possibly empty), so a
// reader knows where a value ends even if an older, longer value left chunks behind.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

struct TokenStoreResult
{
    Q_DECLARE_TR_FUNCTIONS(TokenStoreResult)
public:
    enum class Status {
        Ok,
        NotFound,            // nothing stored for this profile
        KeychainUnavailable, // no Secret Service / keychain: offer the session-only mode
        Failed,              // the keychain refused (access denied, …)
    };

    Status status = Status::Ok;
    QString value;   // what a read found
    QString message; // words for the user when not Ok
    QString details; // QtKeychain's own error text, for "Details"

    bool ok() const { return status == Status::Ok; }
    static TokenStoreResult keychainUnavailable(const QString &details);
};

class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Secret { RefreshToken, ApiToken };
    using Callback = std::function<void(const TokenStoreResult &)>;

    // Windows' CRED_MAX_CREDENTIAL_BLOB_SIZE is 2,560 bytes; stay clear of it.
    static constexpr int defaultChunkSize = 2048;

    // `service` names the keychain entries' owner; tests pass their own to stay apart.
    explicit TokenStore(const QString &service = QStringLiteral("Dispatchable"),
                        QObject *parent = nullptr);
    ~TokenStore() override;

    // Session only: secrets stay in this process's memory and are lost when it ends. For when
    // no keychain is available and the user accepted signing in again next time.
    void setSessionOnly(bool sessionOnly) { m_sessionOnly = sessionOnly; }
    bool isSessionOnly() const { return m_sessionOnly; }
    void setChunkSize(int bytes) { m_chunkSize = bytes > 0 ? bytes : defaultChunkSize; }
    int chunkSize() const { return m_chunkSize; }
    QString service() const { return m_service; }

    // Operations run one at a time in the order they were asked for. `done` runs once, unless
    // `context` is gone by then.
    void write(const QString &profileId, Secret secret, const QString &value, QObject *context,
               Callback done);
    void read(const QString &profileId, Secret secret, QObject *context, Callback done);
    // Deletes every secret of the profile (sign-out, removing a profile).
    void removeAll(const QString &profileId, QObject *context, Callback done);

    static QString keyFor(const QString &profileId, Secret secret);
    // 0 → "<key>", n → "<key>.n".
    static QString chunkKey(const QString &key, int index);
    // Full chunks of `chunkSize` bytes, then one shorter (possibly empty) final chunk.
    static QList<QByteArray> splitIntoChunks(const QByteArray &value, int chunkSize);
    // Joins chunks read in order; returns false when the final (short) chunk is missing.
    static bool joinChunks(const QList<QByteArray> &chunks, int chunkSize, QByteArray *value);

signals:
    // The keychain could not be reached; `message` says so in words for the user.
    void keychainUnavailable(const QString &message);

private:
    using Step = std::function<void(std::function<void()> next)>;
    using RawDone = std::function<void(const TokenStoreResult &, const QByteArray &)>;

    void enqueue(Step step);
    void runNext();
    void finish(QPointer<QObject> context, bool hadContext, const Callback &done,
                const TokenStoreResult &result);

    // Single keychain entries.
    void readEntry(const QString &key, RawDone done);
    void writeEntry(const QString &key, const QByteArray &data, RawDone done);
    void deleteEntry(const QString &key, RawDone done);
    // Chunk chains.
    void readChunks(const QString &key, int index, QList<QByteArray> chunks, RawDone done);
    void writeChunks(const QString &key, QList<QByteArray> chunks, int index, RawDone done);
    void deleteFrom(const QString &key, int index, RawDone done);

    QString m_service;
    bool m_sessionOnly = false;
    int m_chunkSize = defaultChunkSize;
    QHash<QString, QString> m_memory; // session-only secrets
    QList<Step> m_queue;
    bool m_busy = false;
};
