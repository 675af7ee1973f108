// Reading a TeamsE911Automation row; see TeamsAutomationRow.h.
#include "teams/TeamsAutomationRow.h"

#include "address/StreetWords.h"
#include "lis/NetworkIdentifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsAutomationRow)
};

const QLatin1StringView idPrefix("automation:");

// The word after the house number: a fraction ("1/2"), or one letter that is no directional
// and is followed by more than a street type ("425 A Main St"; in "1250 H St NW", H is the
// street).
bool isHouseNumberSuffix(const QStringList &words)
{
    static const QRegularExpression fraction(QStringLiteral("^\\d+/\\d+$"));
    if (words.size() < 2)
        return false;
    const QString &word = words.constFirst();
    if (fraction.match(word).hasMatch())
        return true;
    return word.size() == 1 && word.at(0).isLetter() && !streetwords::isDirectional(word) &&
           streetwords::streetType(words.at(1)) == streetwords::TypeKind::None;
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

// The address columns of the row, or nullopt when it names no country.
std::optional<TeamsCivicAddress> addressOf(const teams::ExportRow &row, teams::RowReasons &reasons)
{
    // The columns Get-CsOnlineLisCivicAddress would have, so the one reader of them applies.
    teams::ExportRow lisRow;
    lisRow.number = row.number;
    for (const QStringView column :
         {u"City", u"StateOrProvince", u"PostalCode", u"CountryOrRegion"})
        lisRow.fields.insert(teams::columnKey(column), row.value(column));
    TeamsCivicAddress a;
    a.civic = TeamsCivicAddress::civicFromRow(lisRow);
    // Quebec's streets are French ("rue Sherbrooke O"): the type may come first.
    const bool french = a.civic.country == u"CA" && a.civic.state == u"QC";
    const CivicAddress street = teams::civicFromStreetLine(row.value(u"Address"), french);
    for (const QStringView field : {u"addNumber", u"addNumSuf", u"stPreDir", u"stPreTyp", u"stName",
                                    u"stPosTyp", u"stPosDir"})
        a.civic.setValue(field, street.value(field));
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
    if (row.value(u"Warning").contains(u"ORPHANED", Qt::CaseInsensitive)) {
        // Its address columns are the location's own, not an address Teams holds: matched, it
        // would look like one.
        reasons.errors.append(Text::tr("The export marks this row orphaned: Teams holds it "
                                       "without its address or location, so it is left out."));
        return std::nullopt;
    }
    r.element = elementOf(row, reasons);
    if (reasons.errors.size() != before)
        return std::nullopt;
    std::optional<TeamsCivicAddress> address = addressOf(row, reasons);
    if (!address) {
        reasons.errors.append(Text::tr("No CountryOrRegion: the address cannot be matched."));
        return std::nullopt;
    }
    r.address = *address;
    r.location = row.value(u"Location");
    r.elin = row.value(u"ELIN");
    return r;
}

namespace teams {

CivicAddress civicFromStreetLine(const QString &line, bool french)
{
    QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CivicAddress c;
    if (!words.isEmpty() && words.constFirst().at(0).isDigit()) {
        c.addNumber = words.takeFirst();
        if (isHouseNumberSuffix(words))
            c.addNumSuf = words.takeFirst();
    }
    const streetwords::StreetParts street = streetwords::splitStreet(words, french);
    c.stPreDir = street.preDirectional;
    c.stPreTyp = street.leadingType;
    c.stName = street.name;
    c.stPosTyp = street.type;
    c.stPosDir = street.postDirectional;
    return c;
}

QString withoutTeamsId(QStringView what, const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return idPrefix + what + QLatin1Char(':') + QString::fromLatin1(digest.toHex().left(16));
}

bool isWithoutTeamsId(const QString &id)
{
    return id.startsWith(idPrefix);
}

} // namespace teams
