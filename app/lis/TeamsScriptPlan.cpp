// Deciding what a Teams script export contains; see TeamsScriptPlan.h.
#include "lis/TeamsScriptPlan.h"

#include "domain/AddressLine.h"
#include "lis/NetworkIdentifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsScriptPlan)
};
} // namespace

namespace {

QString joined(std::initializer_list<QString> parts, QStringView separator = u" ")
{
    QStringList kept;
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    return kept.join(separator);
}

// Teams requires coordinates everywhere but in Australia and Japan (New-CsOnlineLisCivicAddress,
// -Latitude / -Longitude).
bool needsCoordinates(const QString &country)
{
    const QString upper = country.trimmed().toUpper();
    return upper != u"AU" && upper != u"JP";
}

TeamsScriptAddress teamsAddress(const EmergencyAddress &address, const QString &tenantName)
{
    // The USPS form once validated: it is what the validation accepted.
    const CivicAddress &civic = address.normalized ? *address.normalized : address.civic;
    TeamsScriptAddress out;
    out.key = address.id;
    out.companyName = address.companyName.trimmed().isEmpty() ? tenantName.trimmed()
                                                              : address.companyName.trimmed();
    // CLDXF's prefix ("N6W") belongs to the number in Teams' single HouseNumber field.
    out.houseNumber = QString(civic.addNumPre.trimmed() + civic.addNumber.trimmed());
    out.houseNumberSuffix = civic.addNumSuf.trimmed();
    out.preDirectional = civic.stPreDir.trimmed();
    // Teams has no fields for CLDXF's pre-modifier, pre-type, separator and post-modifier: they
    // stay in the street name, in reading order.
    out.streetName =
        joined({civic.stPreMod, civic.stPreTyp, civic.stPreSep, civic.stName, civic.stPosMod});
    out.streetSuffix = civic.stPosTyp.trimmed();
    out.postDirectional = civic.stPosDir.trimmed();
    out.city = civic.postalCommunity.trimmed();
    out.stateOrProvince = civic.state.trimmed();
    out.postalCode = civic.postalCode.trimmed();
    out.countryOrRegion = civic.country.trimmed().toUpper();
    out.description = address.locationNote.trimmed();
    if (address.geocode && address.geocode->coordinate.isValid()) {
        out.latitude = QString::number(address.geocode->coordinate.latitude(), 'f', 6);
        out.longitude = QString::number(address.geocode->coordinate.longitude(), 'f', 6);
    }
    return out;
}

// The element in Teams' form, or the reason it cannot go to Teams.
std::optional<TeamsScriptElement> teamsElement(const NetworkElement &element, QString &problem)
{
    TeamsScriptElement out;
    out.key = element.id;
    out.kind = element.kind;
    out.placeKey = element.kind == NetworkElementKind::TrustedIp ? QString() : element.placeId;
    out.description = element.description.trimmed();
    lis::IdentifierCheck check;
    switch (element.kind) {
    case NetworkElementKind::Subnet:
        check = lis::checkSubnet(element.subnet);
        break;
    case NetworkElementKind::TrustedIp:
        check = lis::checkTrustedIp(element.subnet);
        break;
    case NetworkElementKind::AccessPoint:
        check = lis::checkBssid(element.bssid);
        break;
    case NetworkElementKind::Switch:
    case NetworkElementKind::Port:
        check = lis::checkChassisId(element.chassisId);
        break;
    }
    if (!check.isValid()) {
        problem = check.problems.constFirst().detail;
        return std::nullopt;
    }
    out.identifier = check.value;
    if (element.kind == NetworkElementKind::Port) {
        const lis::IdentifierCheck port = lis::checkPortId(element.portId);
        if (!port.isValid()) {
            problem = port.problems.constFirst().detail;
            return std::nullopt;
        }
        out.portId = port.value;
    }
    if (element.kind == NetworkElementKind::Subnet ||
        element.kind == NetworkElementKind::TrustedIp) {
        // Set-CsOnlineLisSubnet takes the network ID without a mask; a trusted IP takes the
        // address and -MaskBits.
        const qsizetype slash = out.identifier.indexOf(u'/');
        out.maskBits = slash < 0 ? 0 : out.identifier.mid(slash + 1).toInt();
        out.identifier = out.identifier.left(slash);
    }
    return out;
}

} // namespace

int TeamsScriptPlan::count(NetworkElementKind kind) const
{
    return int(std::count_if(elements.cbegin(), elements.cend(),
                             [kind](const TeamsScriptElement &e) { return e.kind == kind; }));
}

TeamsScriptPlan planTeamsScript(const TeamsScriptInput &input)
{
    TeamsScriptPlan plan;
    QSet<QString> addressesIn;
    for (const EmergencyAddress &address : input.addresses) {
        const QString line = emergencyAddressLine(address);
        if (address.validationStatus != AddressValidationStatus::Valid) {
            plan.leftOut.append(
                Text::tr("Address %1: not validated in Dispatchable; its places and "
                         "network elements are left out too.")
                    .arg(line));
            continue;
        }
        TeamsScriptAddress teams = teamsAddress(address, input.tenantName);
        if (needsCoordinates(teams.countryOrRegion) && teams.latitude.isEmpty()) {
            plan.leftOut.append(Text::tr("Address %1: it has no coordinates, which Teams requires; "
                                         "its places and network elements are left out too.")
                                    .arg(line));
            continue;
        }
        addressesIn.insert(address.id);
        plan.addresses.append(std::move(teams));
    }

    QSet<QString> placesIn;
    for (const Place &place : input.places) {
        if (!addressesIn.contains(place.addressId))
            continue; // said with its address
        const QString location = place.label();
        if (location.isEmpty()) {
            plan.leftOut.append(
                Text::tr("Place %1: it has no building, floor or room.").arg(place.id));
            continue;
        }
        placesIn.insert(place.id);
        plan.places.append({place.id, place.addressId, location});
    }

    QSet<QString> placeIds;
    for (const Place &place : input.places)
        placeIds.insert(place.id);
    QHash<QString, QString> subnetIds; // network ID → the subnet that took it
    for (const NetworkElement &element : input.elements) {
        const QString what =
            QString(networkElementKindToWire(element.kind) + u' ' + element.identifier());
        if (element.kind != NetworkElementKind::TrustedIp && !placesIn.contains(element.placeId)) {
            if (!placeIds.contains(element.placeId))
                plan.leftOut.append(
                    Text::tr("Network element %1: its place does not exist.").arg(what));
            continue; // otherwise said with its address
        }
        QString problem;
        std::optional<TeamsScriptElement> teams = teamsElement(element, problem);
        if (!teams) {
            plan.leftOut.append(Text::tr("Network element %1: %2").arg(what, problem));
            continue;
        }
        if (teams->kind == NetworkElementKind::Subnet) {
            const QString key = teams->identifier.toLower();
            if (const auto taken = subnetIds.constFind(key); taken != subnetIds.cend()) {
                plan.leftOut.append(
                    Text::tr("Network element %1: Teams knows subnets by network ID "
                             "only, and %2 has the same one.")
                        .arg(what, *taken));
                continue;
            }
            subnetIds.insert(key, element.subnet);
        }
        plan.elements.append(std::move(*teams));
    }
    return plan;
}
