// Collecting Teams exports into one snapshot; see TeamsTenantSnapshot.h.
#include "teams/TeamsTenantSnapshot.h"

#include "lis/NetworkElement.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsTenantSnapshot)
};
} // namespace

using teams::ExportKind;

teams::ExportKind TeamsTenantSnapshot::addFile(const QString &fileName, const QByteArray &data)
{
    const teams::ExportFile file = teams::readExportFile(data);
    if (!file.error.isEmpty()) {
        m_issues.append(TeamsRowIssue{fileName, 0, file.error, true});
        return file.kind;
    }
    if (file.kind == ExportKind::E911Automation) {
        addAutomationFile(fileName, file);
        return file.kind;
    }
    if (readWithoutIds() && isMapKind(file.kind))
        dropAutomationRows();
    m_kindsRead.insert(file.kind);
    for (const teams::ExportRow &row : file.rows)
        addRow(fileName, file.kind, row);
    return file.kind;
}

bool TeamsTenantSnapshot::isMapKind(ExportKind kind)
{
    return kind == ExportKind::CivicAddress || kind == ExportKind::Location ||
           kind == ExportKind::Subnet || kind == ExportKind::WirelessAccessPoint ||
           kind == ExportKind::Switch || kind == ExportKind::Port;
}

bool TeamsTenantSnapshot::covers(ExportKind kind) const
{
    return hasRead(kind) || (readWithoutIds() && isMapKind(kind));
}

bool TeamsTenantSnapshot::claim(const QString &key, const QString &what, const QString &fileName,
                                int row)
{
    if (!m_seen.contains(key)) {
        m_seen.insert(key);
        return true;
    }
    m_issues.append(
        {fileName, row,
         Text::tr("%1 was already read from an earlier row; this row is left out.").arg(what),
         true});
    return false;
}

void TeamsTenantSnapshot::addRow(const QString &fileName, ExportKind kind,
                                 const teams::ExportRow &row)
{
    teams::RowReasons reasons;
    bool kept = false;
    if (!row.error.isEmpty()) {
        reasons.errors.append(row.error);
    } else if (row.fields.isEmpty()) {
        reasons.errors.append(Text::tr("The row holds no values."));
    } else if (kind == ExportKind::CivicAddress) {
        if (auto a = TeamsCivicAddress::fromRow(row, reasons);
            a && claim(QStringLiteral("address|") + a->civicAddressId,
                       Text::tr("Address %1").arg(a->civicAddressId), fileName, row.number)) {
            m_addresses.append(*a);
            kept = true;
        }
    } else if (kind == ExportKind::Location) {
        if (auto l = TeamsLocation::fromRow(row, reasons);
            l && claim(QStringLiteral("location|") + l->locationId,
                       Text::tr("Location %1").arg(l->locationId), fileName, row.number)) {
            m_locations.append(*l);
            kept = true;
        }
    } else if (kind == ExportKind::NumberAssignment) {
        if (auto n = TeamsNumberAssignment::fromRow(row, reasons);
            n && claim(QStringLiteral("number|") + n->e164 + QStringLiteral(";ext=") + n->extension,
                       n->telephoneNumber, fileName, row.number)) {
            m_numbers.append(*n);
            kept = true;
        }
    } else if (kind == ExportKind::EmergencyCallingPolicy) {
        if (auto p = TeamsEmergencyPolicy::fromRow(row, reasons);
            p && claim(QStringLiteral("policy|") + p->identity.toLower(),
                       Text::tr("Policy %1").arg(p->identity), fileName, row.number)) {
            m_policies.append(*p);
            kept = true;
        }
    } else if (kind == ExportKind::EmergencyCallRoutingPolicy) {
        if (auto p = TeamsEmergencyRoutingPolicy::fromRow(row, reasons);
            p && claim(QStringLiteral("routing|") + p->identity.toLower(),
                       Text::tr("Policy %1").arg(p->identity), fileName, row.number)) {
            m_routingPolicies.append(*p);
            kept = true;
        }
    } else if (auto e = TeamsNetworkElement::fromRow(kind, row, reasons);
               e && claim(networkElementKindToWire(e->element.kind) + QLatin1Char('|') +
                              e->element.identifier(),
                          e->element.identifier(), fileName, row.number)) {
        m_elements.append(*e);
        kept = true;
    }
    for (const QString &error : std::as_const(reasons.errors))
        m_issues.append(TeamsRowIssue{fileName, row.number, error, true});
    for (const QString &warning : std::as_const(reasons.warnings))
        m_issues.append(TeamsRowIssue{fileName, row.number, warning, !kept});
}
