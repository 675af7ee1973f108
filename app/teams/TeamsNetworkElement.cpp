// Reading a Teams network element row; see TeamsNetworkElement.h.
#include "teams/TeamsNetworkElement.h"

#include "lis/NetworkIdentifier.h"
#include "teams/TeamsTrustedIp.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsNetworkElement)
};

std::optional<NetworkElementKind> elementKind(teams::ExportKind kind)
{
    switch (kind) {
    case teams::ExportKind::Subnet:
        return NetworkElementKind::Subnet;
    case teams::ExportKind::WirelessAccessPoint:
        return NetworkElementKind::AccessPoint;
    case teams::ExportKind::Switch:
        return NetworkElementKind::Switch;
    case teams::ExportKind::Port:
        return NetworkElementKind::Port;
    default:
        return std::nullopt;
    }
}
} // namespace

std::optional<TeamsNetworkElement> TeamsNetworkElement::fromRow(teams::ExportKind kind,
                                                                const teams::ExportRow &row,
                                                                teams::RowReasons &reasons)
{
    if (kind == teams::ExportKind::TrustedIpAddress)
        return teams::trustedIpFromRow(row, reasons); // no place: read on its own terms
    const std::optional<NetworkElementKind> elementKindOfFile = elementKind(kind);
    if (!elementKindOfFile)
        return std::nullopt;
    const qsizetype before = reasons.errors.size();
    TeamsNetworkElement t;
    NetworkElement &e = t.element;
    e.kind = *elementKindOfFile;
    e.subnet = row.value(u"Subnet");
    e.bssid = row.value(u"BSSID");
    e.chassisId = row.value(u"ChassisID");
    e.portId = row.value(u"PortID");
    e.description = row.value(u"Description");
    for (const FieldError &problem : lis::normaliseIdentifiers(e, &reasons.warnings))
        reasons.errors.append(problem.detail);
    t.locationId =
        teams::readGuid(row.value(u"LocationId"), QStringLiteral("LocationId"), reasons.errors);
    if (t.locationId.isEmpty() && reasons.errors.size() == before)
        reasons.errors.append(
            Text::tr("No LocationId: the row does not say which place the element is in."));
    if (reasons.errors.size() != before)
        return std::nullopt;
    return t;
}
