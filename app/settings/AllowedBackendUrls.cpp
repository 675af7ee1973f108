#include "settings/AllowedBackendUrls.h"

#include "auth/ConnectionProfile.h"

#include <algorithm>

namespace {
int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"http" ? 80 : 443);
}

// "/api" allows "/api" and "/api/v1", not "/apiary".
bool pathWithin(const QString &path, const QString &prefix)
{
    if (prefix.isEmpty())
        return true;
    return path == prefix || path.startsWith(QString(prefix + QLatin1Char('/')));
}
} // namespace

bool AllowedBackendUrls::Entry::matches(const QUrl &url) const
{
    const QString urlHost = url.host().toLower();
    const bool hostMatches =
        subdomains ? urlHost.endsWith(QString(QLatin1Char('.') + host)) : urlHost == host;
    QString urlPath = url.path();
    while (urlPath.endsWith(QLatin1Char('/')))
        urlPath.chop(1);
    return url.scheme().toLower() == scheme && hostMatches && effectivePort(url) == port &&
           pathWithin(urlPath, path);
}

std::optional<AllowedBackendUrls::Entry> AllowedBackendUrls::parseEntry(const QString &text,
                                                                        QString *problem)
{
    QString candidate = text.trimmed();
    Entry entry;
    // "https://*.example.com": swap the wildcard for a plain label so the URL rules can check
    // the rest, then remember it.
    const qsizetype wildcard = candidate.indexOf(QLatin1StringView("://*."));
    if (wildcard >= 0) {
        entry.subdomains = true;
        candidate.replace(wildcard, 5, QLatin1StringView("://wildcard."));
    }
    const BackendUrlCheck check = ConnectionProfile::checkBackendUrl(candidate);
    if (!check.ok()) {
        *problem = tr("“%1”: %2").arg(text.trimmed(), check.error);
        return std::nullopt;
    }
    entry.scheme = check.url.scheme();
    entry.host = check.url.host().toLower();
    if (entry.subdomains) {
        entry.host = entry.host.mid(int(qstrlen("wildcard.")));
        // "*.com" would allow half the Internet: a wildcard needs a domain of two labels or more.
        if (!entry.host.contains(QLatin1Char('.'))) {
            *problem = tr("“%1”: a wildcard must stand before a domain with at least one dot, "
                          "for example https://*.example.com.")
                           .arg(text.trimmed());
            return std::nullopt;
        }
    }
    entry.port = effectivePort(check.url);
    entry.path = check.url.path();
    while (entry.path.endsWith(QLatin1Char('/')))
        entry.path.chop(1);
    entry.text = check.url.toString();
    if (entry.subdomains)
        entry.text.replace(QLatin1StringView("://wildcard."), QLatin1StringView("://*."));
    return entry;
}

AllowedBackendUrls AllowedBackendUrls::fromList(const QStringList &entries, QStringList *problems)
{
    AllowedBackendUrls allowed;
    allowed.m_restricted = true;
    for (const QString &text : entries) {
        QString problem;
        if (auto entry = parseEntry(text, &problem))
            allowed.m_entries.append(*entry);
        else
            problems->append(problem);
    }
    return allowed;
}

AllowedBackendUrls AllowedBackendUrls::nothing()
{
    AllowedBackendUrls allowed;
    allowed.m_restricted = true;
    return allowed;
}

QStringList AllowedBackendUrls::entryTexts() const
{
    QStringList texts;
    for (const Entry &entry : m_entries)
        texts.append(entry.text);
    return texts;
}

bool AllowedBackendUrls::allows(const QUrl &url) const
{
    if (!m_restricted)
        return true;
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&url](const Entry &entry) { return entry.matches(url); });
}

QString AllowedBackendUrls::refusal(const QUrl &url) const
{
    if (allows(url))
        return {};
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    if (m_entries.isEmpty())
        return tr("Your organisation allows no backend at the moment, so Dispatchable cannot "
                  "connect to %1. Ask your IT department to fix the list of allowed backends.")
            .arg(where);
    return tr("Your organisation does not allow connections to %1. Allowed: %2.")
        .arg(where, entryTexts().join(QLatin1StringView(", ")));
}
