// A connection profile: one backend the app talks to (its URL, the account signed in there and
// the certificate the user chose to trust for it), and the rules a backend URL must follow.
// Secrets never live here: tokens belong to TokenStore (the OS keychain).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The outcome of checking a backend URL typed by a person: the URL to use, or why not.
struct BackendUrlCheck
{
    QUrl url;
    QString error; // one sentence saying what to change; empty when the URL is fine

    bool ok() const { return error.isEmpty(); }
};

struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    QString id; // stable, generated; names the keychain entries and the cache file
    QString displayName;
    QUrl backendUrl;
    QString account;            // the signed-in person's email, once known
    QString certificateSha256;  // pinned fingerprint ("AB:CD:…"), empty: system trust only
    QString certificateSubject; // shown next to the fingerprint so people recognise it
    bool http2Enabled = true;   // off for servers and proxies that break HTTP/2

    bool hasPinnedCertificate() const { return !certificateSha256.isEmpty(); }

    // HTTPS only; plain HTTP only to this machine (the demo backend). No credentials, query or
    // fragment in the URL: a URL is stored in settings, so it must never carry a secret.
    static BackendUrlCheck checkBackendUrl(const QString &text);
    // localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);
};
