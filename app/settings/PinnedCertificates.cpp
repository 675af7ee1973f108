#include "settings/PinnedCertificates.h"

#include "auth/ConnectionProfile.h"

#include <QRegularExpression>

namespace {
QString serverOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return QStringLiteral("%1://%2:%3")
        .arg(scheme, url.host().toLower())
        .arg(url.port(scheme == u"http" ? 80 : 443));
}
} // namespace

QString PinnedCertificates::normalizeFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool isHex =
            (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!isHex)
            return {};
        hex += c.toUpper();
    }
    if (hex.size() != 64)
        return {};
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

std::optional<PinnedCertificates::Entry> PinnedCertificates::parseEntry(const QString &text,
                                                                        QString *problem)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString trimmed = text.trimmed();
    const qsizetype split = trimmed.indexOf(space);
    if (split < 0) {
        *problem = tr("“%1”: write the backend's address, a space, then the SHA-256 fingerprint.")
                       .arg(trimmed);
        return std::nullopt;
    }
    const BackendUrlCheck check = ConnectionProfile::checkBackendUrl(trimmed.left(split));
    if (!check.ok()) {
        *problem = tr("“%1”: %2").arg(trimmed, check.error);
        return std::nullopt;
    }
    Entry entry;
    entry.fingerprint = normalizeFingerprint(trimmed.mid(split + 1));
    if (entry.fingerprint.isEmpty()) {
        *problem = tr("“%1”: the fingerprint must be a SHA-256 fingerprint, 64 hexadecimal digits "
                      "(colons and spaces between pairs are allowed).")
                       .arg(trimmed);
        return std::nullopt;
    }
    entry.server = QUrl(serverOf(check.url));
    return entry;
}

PinnedCertificates PinnedCertificates::fromList(const QStringList &entries, QStringList *problems)
{
    PinnedCertificates pins;
    pins.m_managed = true;
    for (const QString &text : entries) {
        QString problem;
        if (auto entry = parseEntry(text, &problem))
            pins.m_entries.append(*entry);
        else if (problems)
            problems->append(problem);
    }
    return pins;
}

QString PinnedCertificates::fingerprintFor(const QUrl &url) const
{
    const QString server = serverOf(url);
    for (const Entry &entry : m_entries) {
        if (entry.server.toString() == server)
            return entry.fingerprint;
    }
    return {};
}
