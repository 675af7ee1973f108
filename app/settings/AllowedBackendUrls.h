// Which backends the app may connect to. Unrestricted unless an organisation sets a list; then a
// backend is allowed only when one entry matches it. A list that is set but cannot be read
// allows nothing: failing closed is the point of the setting.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

class AllowedBackendUrls
{
    Q_DECLARE_TR_FUNCTIONS(AllowedBackendUrls)
public:
    // One entry: an https:// (or loopback http://) URL, optionally with "*." before the host to
    // allow its subdomains, and a path that the backend's path must start with.
    struct Entry
    {
        QString scheme;
        QString host; // lower case, without "*."
        bool subdomains = false;
        int port = -1; // the scheme's default when the entry names none
        QString path;  // "" or "/api", no trailing slash
        QString text;  // as written, normalised, for people

        bool matches(const QUrl &url) const;
    };

    // No restriction: any URL the rules in ConnectionProfile::checkBackendUrl accept.
    static AllowedBackendUrls unrestricted() { return {}; }
    // The entries of a list; each entry that cannot be read is left out and described in
    // *problems. An empty list allows nothing.
    static AllowedBackendUrls fromList(const QStringList &entries, QStringList *problems);
    // A list that is set but unusable: nothing is allowed.
    static AllowedBackendUrls nothing();
    static std::optional<Entry> parseEntry(const QString &text, QString *problem);

    bool isRestricted() const { return m_restricted; }
    const QList<Entry> &entries() const { return m_entries; }
    QStringList entryTexts() const;

    bool allows(const QUrl &url) const;
    // Empty when `url` is allowed; otherwise one sentence for the person who tried.
    QString refusal(const QUrl &url) const;

private:
    bool m_restricted = false;
    QList<Entry> m_entries;
};
