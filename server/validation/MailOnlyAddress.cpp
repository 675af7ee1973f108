#include "MailOnlyAddress.h"

#include <QRegularExpression>

namespace {
QString streetLine(const CivicAddress &a)
{
    const QString parts[] = {a.addNumPre, a.addNumber, a.addNumSuf, a.stPreMod,
                             a.stPreDir,  a.stPreTyp,  a.stPreSep,  a.stName,
                             a.stPosTyp,  a.stPosDir,  a.stPosMod};
    QStringList words;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            words.append(part);
    }
    return words.join(QLatin1Char(' '));
}
} // namespace

MailOnlyMatch findMailOnly(const CivicAddress &normalized)
{
    // Text is upper case without punctuation here: "P.O. Box" arrives as "PO BOX", "P. O. Box"
    // as "P O BOX", "P.O.Box" as "POBOX". "APARTADO" is the Spanish PO box used in Puerto Rico.
    // A bare "BOX" only counts before something with a digit, so "BOX ELDER DR" is a street.
    static const QRegularExpression postOfficeBox(QStringLiteral(
        "\\b(P ?O ?BOX|POB|POST OFFICE BOX|POST OFFICE DRAWER|POSTAL BOX|POST BOX|P ?O ?DRAWER|"
        "LOCK ?BOX|APARTADO)\\b|^BOX [0-9A-Z]*[0-9]"));
    static const QRegularExpression ruralRoute(QStringLiteral(
        "\\b(RR|RFD|RURAL ROUTE|HC|HCR|HIGHWAY CONTRACT|STAR ROUTE) ?[0-9]+ BOX\\b"));
    // Overseas military mail: "PSC 1234 BOX 5678", "UNIT 2050 BOX 4190", "CMR 450 BOX 1".
    static const QRegularExpression military(QStringLiteral("\\b(PSC|CMR|UNIT) ?[0-9]+ BOX\\b"));
    static const QRegularExpression privateMailbox(QStringLiteral("^(PMB|PRIVATE MAILBOX)\\b"));

    const QString street = QStringLiteral("stName");
    const QString unit = QStringLiteral("unit");
    const QString line = streetLine(normalized);
    if (military.match(line).hasMatch())
        return {MailOnlyKind::Military, street};
    if (ruralRoute.match(line).hasMatch())
        return {MailOnlyKind::RuralRouteBox, street};
    if (postOfficeBox.match(line).hasMatch())
        return {MailOnlyKind::PostOfficeBox, street};
    if (postOfficeBox.match(normalized.unit).hasMatch())
        return {MailOnlyKind::PostOfficeBox, unit};
    if (privateMailbox.match(normalized.unit).hasMatch())
        return {MailOnlyKind::PrivateMailbox, unit};
    return {};
}

bool isMilitaryPostOffice(QStringView postalCommunity)
{
    return postalCommunity == QLatin1String("APO") || postalCommunity == QLatin1String("FPO") ||
           postalCommunity == QLatin1String("DPO");
}
