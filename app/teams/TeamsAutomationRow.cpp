// Reading a TeamsE911Automation row; see TeamsAutomationRow.h.
#include "teams/TeamsAutomationRow.h"

#include "lis/NetworkIdentifier.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsAutomationRow)
};

const QLatin1StringView idPrefix("automation:");

bool isCompassPoint(const QString &token)
{
    static const QStringList points{
        QStringLiteral("N"),  QStringLiteral("S"),  QStringLiteral("E"),  QStringLiteral("W"),
        QStringLiteral("NE"), QStringLiteral("NW"), QStringLiteral("SE"), QStringLiteral("SW")};
    return points.contains(token.toUpper());
}

bool isHouseNumberSuffix(const QString &token)
{
    static const QRegularExpression fraction(QStringLiteral("^\\d+/\\d+$"));
    if (fraction.match(token).hasMatch())
        return true;
    return token.size() == 1 && token.at(0).isLetter() && !isCompassPoint(token);
}

// The element the NetworkObjectType and NetworkObjectIdentifier columns name, checked by the
// rules every other path in uses; nullopt (no error) for Unknown with no identifier.
std::optional<NetworkElement> elementOf(const teams::ExportRow &row, teams::RowReasons &reasons)
{
    const QString type = row.value(u"NetworkObjectType");
    const QString identifier = row.value(u"NetworkObjectIdentifier");
    NetworkElement e;
    e.description = row.value(u"NetworkDescription");
    if (type.isEmpty() || type.compare(u"Unknown", Qt::CaseInsensitive) == 0) {
        if (!identifier.isEmpty())
            reasons.warnings.append(
                Text::tr("NetworkObjectType is Unknown: the identifier %1 is left out.")
                    .arg(identifier));
        return std::nullopt;
    }
    if (type.compare(u"Subnet", Qt::CaseInsensitive) == 0) {
        e.kind = NetworkElementKind::Subnet;
        e.subnet = identifier;
    } else if (type.compare(u"WirelessAccessPoint", Qt::CaseInsensitive) == 0) {
        e.kind = NetworkElementKind::AccessPoint;
        e.bssid = identifier;
    } else if (type.compare(u"Switch", Qt::CaseInsensitive) == 0) {
        e.kind = NetworkElementKind::Switch;
        e.chassisId = identifier;
    } else if (type.compare(u"Port", Qt::CaseInsensitive) == 0) {
        // The export joins ChassisID and PortID with ";"; a port ID has none of its own.
        e.kind = NetworkElementKind::Port;
        const qsizetype cut = identifier.lastIndexOf(QLatin1Char(';'));
        if (cut < 0) {
            reasons.errors.append(
                Text::tr("The port %1 is not written as ChassisID;PortID.").arg(identifier));
            return std::nullopt;
        }
        e.chassisId = identifier.left(cut).trimmed();
        e.portId = identifier.mid(cut + 1).trimmed();
    } else {
        reasons.errors.append(Text::tr("NetworkObjectType %1 is none of Subnet, "
                                       "WirelessAccessPoint, Switch, Port or Unknown.")
                                  .arg(type));
        return std::nullopt;
    }
    const QList<FieldError> problems = lis::normaliseIdentifiers(e, &reasons.warnings);
    for (const FieldError &problem : problems)
        reasons.errors.append(problem.detail);
    if (!problems.isEmpty())
        return std::nullopt;
    return e;
}

// The address columns of the row, or nullopt when it names no address (an orphaned element).
std::optional<TeamsCivicAddress> addressOf(const teams::ExportRow &row, teams::RowReasons &reasons)
{
    // The columns Get-CsOnlineLisCivicAddress would have, so the one reader of them applies.
    teams::ExportRow lisRow;
    lisRow.number = row.number;
    const CivicAddress street = teams::civicFromStreetLine(row.value(u"Address"));
    lisRow.fields.insert(teams::columnKey(u"HouseNumber"), street.addNumber);
    lisRow.fields.insert(teams::columnKey(u"HouseNumberSuffix"), street.addNumSuf);
    lisRow.fields.insert(teams::columnKey(u"StreetName"), street.stName);
    for (const QStringView column :
         {u"City", u"StateOrProvince", u"PostalCode", u"CountryOrRegion"})
        lisRow.fields.insert(teams::columnKey(column), row.value(column));
    TeamsCivicAddress a;
    a.civic = TeamsCivicAddress::civicFromRow(lisRow);
    if (a.civic.country.isEmpty())
        return std::nullopt;
    if (a.civic.stName.isEmpty())
        reasons.warnings.append(Text::tr("No Address: without a street, the address cannot be "
                                         "matched to Dispatchable's."));
    a.companyName = row.value(u"CompanyName");
    a.companyTaxId = row.value(u"CompanyTaxId");
    a.description = row.value(u"Description");
    a.latitude = teams::readLatitude(row.value(u"Latitude"), reasons.warnings);
    a.longitude = teams::readLongitude(row.value(u"Longitude"), reasons.warnings);
    return a;
}
} // namespace

std::optional<TeamsAutomationRow> TeamsAutomationRow::fromRow(const teams::ExportRow &row,
                                                              teams::RowReasons &reasons)
{
    const qsizetype before = reasons.errors.size();
    TeamsAutomationRow r;
    r.orphaned = row.value(u"Warning").contains(u"ORPHANED", Qt::CaseInsensitive);
    r.element = elementOf(row, reasons);
    if (reasons.errors.size() != before)
        return std::nullopt;
    std::optional<TeamsCivicAddress> address = addressOf(row, reasons);
    if (!address) {
        reasons.errors.append(
            r.element ? Text::tr("The element has no address (the export marks it orphaned): "
                                 "Teams holds it at no location Dispatchable could match.")
                      : Text::tr("No CountryOrRegion: the address cannot be matched."));
        return std::nullopt;
    }
    r.address = *address;
    r.location = row.value(u"Location");
    r.elin = row.value(u"ELIN");
    if (r.orphaned)
        reasons.warnings.append(Text::tr("The export marks this row orphaned: Teams holds the "
                                         "location without its address."));
    return r;
}

namespace teams {

CivicAddress civicFromStreetLine(const QString &line)
{
    QStringList tokens = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CivicAddress c;
    if (!tokens.isEmpty() && tokens.constFirst().at(0).isDigit()) {
        c.addNumber = tokens.takeFirst();
        if (tokens.size() > 1 && isHouseNumberSuffix(tokens.constFirst()))
            c.addNumSuf = tokens.takeFirst();
    }
    c.stName = tokens.join(QLatin1Char(' '));
    return c;
}

QString withoutTeamsId(QStringView what, int number)
{
    return idPrefix + what + QLatin1Char(':') + QString::number(number);
}

bool isWithoutTeamsId(const QString &id)
{
    return id.startsWith(idPrefix);
}

} // namespace teams
