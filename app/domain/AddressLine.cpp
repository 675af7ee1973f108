// One-line rendering of CLDXF civic addresses.
#include "domain/AddressLine.h"

#include <QStringList>

namespace {
QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    return kept.join(separator);
}

// A bare floor or building number needs its designator to be read ("3" → "FL 3"); a value
// that already carries one ("FL 3", "STE 300") is kept as entered.
QString designated(const QString &designator, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || !v.at(0).isDigit())
        return v;
    return QString(designator + QLatin1Char(' ') + v);
}
} // namespace

QString civicAddressLine(const CivicAddress &c)
{
    const QString space = QStringLiteral(" ");
    const QString street =
        joined({c.addNumPre, c.addNumber, c.addNumSuf, c.stPreMod, c.stPreDir, c.stPreTyp,
                c.stPreSep, c.stName, c.stPosTyp, c.stPosDir, c.stPosMod},
               space);
    const QString detail = joined({designated(QStringLiteral("BLDG"), c.building),
                                   designated(QStringLiteral("FL"), c.floor), c.unit,
                                   designated(QStringLiteral("RM"), c.room), c.additionalLocation},
                                  QStringLiteral(", "));
    const QString place = joined({c.postalCommunity, c.state}, space);
    return joined({street, detail, place}, QStringLiteral(", "));
}

QString emergencyAddressLine(const EmergencyAddress &address)
{
    return civicAddressLine(address.normalized ? *address.normalized : address.civic);
}
