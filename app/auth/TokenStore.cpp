#include "TokenStore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "dispatchable.auth.keychain")

namespace {
// A runaway chain (a corrupted keychain) must not loop forever: 64 chunks are 128 KiB, far more
// than any token.
constexpr int maxChunks = 64;

TokenStoreResult fromJob(const QKeychain::Job &job)
{
    TokenStoreResult r;
    r.details = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = TokenStoreResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = TokenStoreResult::Status::NotFound;
        r.message = TokenStoreResult::tr("You are not signed in to this connection.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        r = TokenStoreResult::keychainUnavailable(job.errorString());
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = TokenStoreResult::Status::Failed;
        r.message = TokenStoreResult::tr(
            "Access to the keychain was denied, so Dispatchable cannot use your saved "
            "sign-in. Allow access when your system asks, or sign in for this session only.");
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        r.status = TokenStoreResult::Status::Failed;
        r.message = TokenStoreResult::tr("The keychain could not complete the operation.");
        break;
    }
    return r;
}
} // namespace

TokenStoreResult TokenStoreResult::keychainUnavailable(const QString &details)
{
    TokenStoreResult r;
    r.status = Status::KeychainUnavailable;
    r.details = details;
    r.message = tr("No keychain is available on this computer (on Linux: no Secret Service such "
                   "as GNOME Keyring or KWallet is running), so Dispatchable cannot keep your "
                   "sign-in safely. You can stay signed in for this session only; you will have "
                   "to sign in again next time. Nothing is written to disk.");
    return r;
}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

TokenStore::~TokenStore()
{
    // Session-only secrets should not linger in freed memory longer than needed.
    for (QString &value : m_memory)
        value.fill(QLatin1Char('\0'));
}

QString TokenStore::keyFor(const QString &profileId, Secret secret)
{
    return QString(profileId + (secret == Secret::RefreshToken ? QStringLiteral("/refresh-token")
                                                               : QStringLiteral("/api-token")));
}

QString TokenStore::chunkKey(const QString &key, int index)
{
    return index == 0 ? key : QString(key + QLatin1Char('.') + QString::number(index));
}

QList<QByteArray> TokenStore::splitIntoChunks(const QByteArray &value, int chunkSize)
{
    QList<QByteArray> chunks;
    qsizetype offset = 0;
    while (value.size() - offset >= chunkSize) {
        chunks.append(value.mid(offset, chunkSize));
        offset += chunkSize;
    }
    chunks.append(value.mid(offset)); // the short final chunk ends the value
    return chunks;
}

bool TokenStore::joinChunks(const QList<QByteArray> &chunks, int chunkSize, QByteArray *value)
{
    QByteArray joined;
    for (const QByteArray &chunk : chunks) {
        if (chunk.size() > chunkSize)
            return false;
        joined += chunk;
        if (chunk.size() < chunkSize) {
            *value = joined;
            return true;
        }
    }
    return false;
}

void TokenStore::enqueue(Step step)
{
    m_queue.append(std::move(step));
    if (!m_busy)
        runNext();
}

void TokenStore::runNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    Step step = m_queue.takeFirst();
    step([this] { runNext(); });
}

void TokenStore::finish(QPointer<QObject> context, bool hadContext, const Callback &done,
                        const TokenStoreResult &result)
{
    if (result.status == TokenStoreResult::Status::KeychainUnavailable) {
        qCWarning(lcKeychain) << "keychain unavailable:" << result.details;
        emit keychainUnavailable(result.message);
    }
    if (done && (!hadContext || context))
        done(result);
}

void TokenStore::write(const QString &profileId, Secret secret, const QString &value,
                       QObject *context, Callback done)
{
    const QString key = keyFor(profileId, secret);
    QPointer<QObject> guard(context);
    enqueue([this, key, value, guard, hadContext = context != nullptr,
             done = std::move(done)](std::function<void()> next) {
        if (m_sessionOnly) {
            m_memory.insert(key, value);
            QTimer::singleShot(0, this, [this, guard, hadContext, done, next] {
                finish(guard, hadContext, done, TokenStoreResult{});
                next();
            });
            return;
        }
        writeChunks(
            key, splitIntoChunks(value.toUtf8(), m_chunkSize), 0,
            [this, guard, hadContext, done, next](const TokenStoreResult &r, const QByteArray &) {
                qCDebug(lcKeychain) << "write finished with status" << static_cast<int>(r.status);
                finish(guard, hadContext, done, r);
                next();
            });
    });
}

void TokenStore::read(const QString &profileId, Secret secret, QObject *context, Callback done)
{
    const QString key = keyFor(profileId, secret);
    QPointer<QObject> guard(context);
    enqueue([this, key, guard, hadContext = context != nullptr,
             done = std::move(done)](std::function<void()> next) {
        if (m_sessionOnly) {
            TokenStoreResult r;
            if (m_memory.contains(key)) {
                r.value = m_memory.value(key);
            } else {
                r.status = TokenStoreResult::Status::NotFound;
                r.message = TokenStoreResult::tr("You are not signed in to this connection.");
            }
            QTimer::singleShot(0, this, [this, guard, hadContext, done, next, r] {
                finish(guard, hadContext, done, r);
                next();
            });
            return;
        }
        readChunks(key, 0, {},
                   [this, guard, hadContext, done, next](const TokenStoreResult &r,
                                                         const QByteArray &data) {
                       TokenStoreResult out = r;
                       if (out.ok())
                           out.value = QString::fromUtf8(data);
                       finish(guard, hadContext, done, out);
                       next();
                   });
    });
}

void TokenStore::removeAll(const QString &profileId, QObject *context, Callback done)
{
    const QString refreshKey = keyFor(profileId, Secret::RefreshToken);
    const QString apiKey = keyFor(profileId, Secret::ApiToken);
    QPointer<QObject> guard(context);
    enqueue([this, refreshKey, apiKey, guard, hadContext = context != nullptr,
             done = std::move(done)](std::function<void()> next) {
        // Memory goes in any mode: a sign-out must leave nothing behind.
        m_memory.remove(refreshKey);
        m_memory.remove(apiKey);
        if (m_sessionOnly) {
            QTimer::singleShot(0, this, [this, guard, hadContext, done, next] {
                finish(guard, hadContext, done, TokenStoreResult{});
                next();
            });
            return;
        }
        deleteFrom(refreshKey, 0,
                   [this, apiKey, guard, hadContext, done, next](const TokenStoreResult &first,
                                                                 const QByteArray &) {
                       deleteFrom(apiKey, 0,
                                  [this, first, guard, hadContext, done,
                                   next](const TokenStoreResult &second, const QByteArray &) {
                                      finish(guard, hadContext, done, first.ok() ? second : first);
                                      next();
                                  });
                   });
    });
}

void TokenStore::readEntry(const QString &key, RawDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                done(fromJob(*readJob), readJob->binaryData());
            });
    job->start();
}

void TokenStore::writeEntry(const QString &key, const QByteArray &data, RawDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(fromJob(*finished), {}); });
    job->start();
}

void TokenStore::deleteEntry(const QString &key, RawDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(fromJob(*finished), {}); });
    job->start();
}

void TokenStore::readChunks(const QString &key, int index, QList<QByteArray> chunks, RawDone done)
{
    readEntry(chunkKey(key, index), [this, key, index, chunks = std::move(chunks),
                                     done = std::move(done)](const TokenStoreResult &r,
                                                             const QByteArray &data) mutable {
        if (!r.ok()) {
            if (index == 0 || r.status != TokenStoreResult::Status::NotFound) {
                done(r, {});
                return;
            }
            // A value ends with a short chunk; a missing one means a half-written value.
            TokenStoreResult broken;
            broken.status = TokenStoreResult::Status::NotFound;
            broken.message = TokenStoreResult::tr(
                "The saved sign-in is incomplete. Sign in again to replace it.");
            broken.details = QStringLiteral("chunk %1 missing").arg(index);
            done(broken, {});
            return;
        }
        chunks.append(data);
        QByteArray value;
        if (joinChunks(chunks, m_chunkSize, &value)) {
            done(r, value);
            return;
        }
        if (index + 1 >= maxChunks) {
            TokenStoreResult tooLong;
            tooLong.status = TokenStoreResult::Status::Failed;
            tooLong.message = TokenStoreResult::tr("The saved sign-in is damaged. Sign in again.");
            done(tooLong, {});
            return;
        }
        readChunks(key, index + 1, std::move(chunks), std::move(done));
    });
}

void TokenStore::writeChunks(const QString &key, QList<QByteArray> chunks, int index, RawDone done)
{
    if (index >= chunks.size()) {
        // Chunks an older, longer value left behind are harmless to readers but clutter the
        // keychain: remove them.
        deleteFrom(key, index, std::move(done));
        return;
    }
    const QByteArray chunk = chunks.at(index);
    writeEntry(chunkKey(key, index), chunk,
               [this, key, chunks = std::move(chunks), index,
                done = std::move(done)](const TokenStoreResult &r, const QByteArray &) mutable {
                   if (!r.ok()) {
                       done(r, {});
                       return;
                   }
                   writeChunks(key, std::move(chunks), index + 1, std::move(done));
               });
}

void TokenStore::deleteFrom(const QString &key, int index, RawDone done)
{
    if (index >= maxChunks) {
        done(TokenStoreResult{}, {});
        return;
    }
    // QtKeychain's Secret Service back end reports success for deleting a missing entry, so look
    // first: the chain ends at the first entry that is not there.
    readEntry(chunkKey(key, index), [this, key, index, done = std::move(done)](
                                        const TokenStoreResult &r, const QByteArray &) mutable {
        if (r.status == TokenStoreResult::Status::NotFound) {
            done(TokenStoreResult{}, {});
            return;
        }
        if (!r.ok()) {
            done(r, {});
            return;
        }
        deleteEntry(chunkKey(key, index),
                    [this, key, index, done = std::move(done)](const TokenStoreResult &deleted,
                                                               const QByteArray &) mutable {
                        if (!deleted.ok()) {
                            done(deleted, {});
                            return;
                        }
                        deleteFrom(key, index + 1, std::move(done));
                    });
    });
}
