// The TeamsE911Automation export in the snapshot; see TeamsTenantSnapshot.h.
#include "teams/TeamsAutomationRow.h"
#include "teams/TeamsTenantSnapshot.h"

#include "lis/NetworkElement.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsTenantSnapshot)
};

using teams::ExportKind;

QString leftOutReason()
{
    return Text::tr("Left out: the Get-CsOnlineLis exports given hold the same addresses, places "
                    "and network elements with their Teams ids, which this export lacks.");
}

// What tells one Teams address from another in the export: every address column as written.
QString addressKey(const TeamsCivicAddress &a)
{
    const auto coordinate = [](std::optional<double> v) {
        return v ? QString::number(*v, 'f', 6) : QString();
    };
    const QStringList parts{a.companyName,          a.companyTaxId,         a.civic.addNumber,
                            a.civic.addNumSuf,      a.civic.stName,         a.civic.postalCommunity,
                            a.civic.state,          a.civic.postalCode,     a.civic.country,
                            coordinate(a.latitude), coordinate(a.longitude)};
    return QStringLiteral("address|") + parts.join(QLatin1Char('|')).toLower();
}
} // namespace

void TeamsTenantSnapshot::addAutomationFile(const QString &fileName, const teams::ExportFile &file)
{
    if (std::any_of(m_kindsRead.cbegin(), m_kindsRead.cend(), isMapKind)) {
        m_issues.append(TeamsRowIssue{fileName, 0, leftOutReason(), true});
        return;
    }
    m_automationFiles.append(fileName);
    for (const teams::ExportRow &row : file.rows)
        addAutomationRow(fileName, row);
}

void TeamsTenantSnapshot::addAutomationRow(const QString &fileName, const teams::ExportRow &row)
{
    teams::RowReasons reasons;
    std::optional<TeamsAutomationRow> read;
    if (!row.error.isEmpty())
        reasons.errors.append(row.error);
    else
        read = TeamsAutomationRow::fromRow(row, reasons);
    bool kept = false;
    if (read) {
        const QString civicAddressId = automationAddressId(read->address);
        const QString locationId =
            automationLocationId(civicAddressId, read->address.civic, read->location, read->elin);
        kept = true;
        if (read->element) {
            const QString key = networkElementKindToWire(read->element->kind) + QLatin1Char('|') +
                                read->element->identifier();
            if (m_automationElements.contains(key)) {
                reasons.errors.append(
                    Text::tr("%1 was already read from an earlier row; this row's element is "
                             "left out.")
                        .arg(read->element->identifier()));
            } else {
                m_automationElements.insert(key);
                m_elements.append(TeamsNetworkElement{*read->element, locationId});
            }
        }
    }
    for (const QString &error : std::as_const(reasons.errors))
        m_issues.append(TeamsRowIssue{fileName, row.number, error, !kept});
    for (const QString &warning : std::as_const(reasons.warnings))
        m_issues.append(TeamsRowIssue{fileName, row.number, warning, !kept});
}

// Rows repeat their address once per location and element: the first gives it its id.
QString TeamsTenantSnapshot::automationAddressId(const TeamsCivicAddress &address)
{
    const QString key = addressKey(address);
    if (const auto known = m_automationAddresses.constFind(key);
        known != m_automationAddresses.cend())
        return *known;
    TeamsCivicAddress a = address;
    a.civicAddressId = teams::withoutTeamsId(u"address", key);
    // Every Teams address has a default location: the rows without a Location name it.
    a.defaultLocationId = automationLocationId(a.civicAddressId, a.civic, {}, {});
    m_automationAddresses.insert(key, a.civicAddressId);
    m_addresses.append(a);
    return a.civicAddressId;
}

QString TeamsTenantSnapshot::automationLocationId(const QString &civicAddressId,
                                                  const CivicAddress &civic, const QString &name,
                                                  const QString &elin)
{
    const QString key =
        QStringLiteral("location|") + civicAddressId + QLatin1Char('|') + name.trimmed().toLower();
    if (const auto known = m_automationLocations.constFind(key);
        known != m_automationLocations.cend()) {
        TeamsLocation &l = m_locations[*known];
        if (l.elin.isEmpty())
            l.elin = elin; // the default location is made before its own row is read
        return l.locationId;
    }
    TeamsLocation l;
    l.locationId = teams::withoutTeamsId(u"location", key);
    l.civicAddressId = civicAddressId;
    l.name = name.trimmed();
    l.civic = civic;
    l.elin = elin;
    m_automationLocations.insert(key, int(m_locations.size()));
    m_locations.append(l);
    return l.locationId;
}

void TeamsTenantSnapshot::dropAutomationRows()
{
    m_addresses.removeIf(
        [](const TeamsCivicAddress &a) { return teams::isWithoutTeamsId(a.civicAddressId); });
    m_locations.removeIf(
        [](const TeamsLocation &l) { return teams::isWithoutTeamsId(l.locationId); });
    m_elements.removeIf(
        [](const TeamsNetworkElement &e) { return teams::isWithoutTeamsId(e.locationId); });
    m_issues.removeIf(
        [this](const TeamsRowIssue &issue) { return m_automationFiles.contains(issue.file); });
    for (const QString &file : std::as_const(m_automationFiles))
        m_issues.append(TeamsRowIssue{file, 0, leftOutReason(), true});
    m_automationFiles.clear();
    m_automationAddresses.clear();
    m_automationLocations.clear();
    m_automationElements.clear();
}
