// The certificate each backend must present, as an organisation pins it: entries of the form
// "https://e911.example.com AB:CD:…" (the backend, a space, the SHA-256 fingerprint). While an
// organisation manages this key, a certificate a user chose to trust counts for nothing: the
// organisation's pin for that backend wins, and a backend without one must have a certificate
// the system trusts.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class PinnedCertificates
{
    Q_DECLARE_TR_FUNCTIONS(PinnedCertificates)
public:
    struct Entry
    {
        QUrl server;         // scheme, host and port only
        QString fingerprint; // "AB:CD:…", 32 upper-case hex pairs
    };

    // Not managed: the user's own per-connection pins apply.
    static PinnedCertificates notManaged() { return {}; }
    // Entries that cannot be read are left out and described in *problems; the list is managed
    // (user pins off) even when every entry was unreadable.
    static PinnedCertificates fromList(const QStringList &entries, QStringList *problems);
    static std::optional<Entry> parseEntry(const QString &text, QString *problem);
    // "ab cd…", "ABCD…", "AB:CD:…" → "AB:CD:…"; empty unless it has exactly 64 hex digits.
    static QString normalizeFingerprint(const QString &text);

    bool isManaged() const { return m_managed; }
    const QList<Entry> &entries() const { return m_entries; }
    // The pinned fingerprint for `url`'s server (same scheme, host and port); empty for none.
    QString fingerprintFor(const QUrl &url) const;

private:
    bool m_managed = false;
    QList<Entry> m_entries;
};
