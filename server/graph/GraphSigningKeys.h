// The public keys Microsoft identity signs Graph's validation tokens with, read from the JSON
// Web Key Set at {loginUrl}/common/discovery/v2.0/keys. Fetched on demand and cached: fetched
// again when a token names a key id we do not hold, at most once a minute, so a stream of
// forged key ids cannot make us hammer Microsoft. Microsoft rotates the keys; one it no longer
// lists is kept for a day, for tokens still signed with it.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <openssl/types.h>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

class GraphSigningKeys : public QObject
{
    Q_OBJECT
public:
    explicit GraphSigningKeys(const QUrl &loginUrl, QObject *parent = nullptr);
    ~GraphSigningKeys() override;

    static QUrl keySetUrl(const QUrl &loginUrl);

    // The key with this id, or nullptr when we hold none (yet).
    EVP_PKEY *key(const QString &keyId) const;

    // Calls `done` once the keys for `keyIds` are at hand as far as they can be: at once when
    // every one is held or the last fetch was too recent to fetch again, otherwise when a fetch
    // has finished. `error` says why the last fetch failed, if it did.
    using Done = std::function<void(const QString &error)>;
    void prepare(const QStringList &keyIds, Done done);

    // Tests shorten the minute between fetches.
    void setMinimumRefreshInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    // Fetches started since construction.
    int fetches() const { return m_fetches; }

private:
    struct Deleter
    {
        void operator()(EVP_PKEY *key) const;
    };
    struct Held
    {
        std::unique_ptr<EVP_PKEY, Deleter> key;
        QDateTime lastListed;
    };
    void fetch();
    void finished(QNetworkReply *reply);
    // Reads a JWKS document into m_keys; the number of usable keys, or -1 with *error.
    int take(const QByteArray &body, QString *error);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    std::map<QString, Held> m_keys;
    std::chrono::milliseconds m_interval = std::chrono::minutes(1);
    QElapsedTimer m_sinceFetch; // invalid before the first fetch
    QString m_lastError;
    QList<Done> m_waiting; // non-empty while a fetch is under way
    int m_fetches = 0;
};
