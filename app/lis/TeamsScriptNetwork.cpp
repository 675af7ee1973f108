// The Teams script's network map, trusted IPs and emergency calling policy. Each section loads
// what Teams has once, then sets only the rows whose place or description differ; the
// Set-CsOnlineLis* cmdlets create or replace, so a row is never created twice.
#include "lis/PowerShellQuote.h"
#include "lis/TeamsScript.h"
#include "lis/TeamsScriptSections.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsScript)
};
} // namespace

namespace {

QString lit(const QString &value)
{
    return powershell::literal(value);
}

// One kind of LIS element: how to index what Teams has, and how to set a row.
struct LisKind
{
    NetworkElementKind kind;
    QString rows;       // the script's variable holding our rows: "$subnets"
    QString teams;      // the script's variable indexing Teams' elements: "$teamsSubnets"
    QString getCmdlet;  // "Get-CsOnlineLisSubnet"
    QString teamsKey;   // key of a Teams element: "[string]$item.Subnet"
    QString rowKey;     // key of one of our rows: "$row.Subnet"
    QString setCommand; // the Set- cmdlet with its parameters from $row
};

QList<LisKind> lisKinds()
{
    return {
        {NetworkElementKind::Subnet, QStringLiteral("$subnets"), QStringLiteral("$teamsSubnets"),
         QStringLiteral("Get-CsOnlineLisSubnet"), QStringLiteral("[string]$item.Subnet"),
         QStringLiteral("$row.Subnet"),
         QStringLiteral("Set-CsOnlineLisSubnet -Subnet $row.Subnet")},
        {NetworkElementKind::AccessPoint, QStringLiteral("$accessPoints"),
         QStringLiteral("$teamsAccessPoints"), QStringLiteral("Get-CsOnlineLisWirelessAccessPoint"),
         QStringLiteral("[string]$item.BSSID"), QStringLiteral("$row.BSSID"),
         QStringLiteral("Set-CsOnlineLisWirelessAccessPoint -BSSID $row.BSSID")},
        {NetworkElementKind::Switch, QStringLiteral("$switches"), QStringLiteral("$teamsSwitches"),
         QStringLiteral("Get-CsOnlineLisSwitch"), QStringLiteral("[string]$item.ChassisID"),
         QStringLiteral("$row.ChassisID"),
         QStringLiteral("Set-CsOnlineLisSwitch -ChassisID $row.ChassisID")},
        {NetworkElementKind::Port, QStringLiteral("$ports"), QStringLiteral("$teamsPorts"),
         QStringLiteral("Get-CsOnlineLisPort"),
         QStringLiteral("([string]$item.ChassisID + '|' + [string]$item.PortID)"),
         QStringLiteral("($row.ChassisID + '|' + $row.PortID)"),
         QStringLiteral("Set-CsOnlineLisPort -ChassisID $row.ChassisID -PortID $row.PortID")},
    };
}

QString rowOf(const TeamsScriptElement &e)
{
    QString fields;
    switch (e.kind) {
    case NetworkElementKind::Subnet:
        fields = QString(u"Subnet = " + lit(e.identifier));
        break;
    case NetworkElementKind::AccessPoint:
        fields = QString(u"BSSID = " + lit(e.identifier));
        break;
    case NetworkElementKind::Switch:
        fields = QString(u"ChassisID = " + lit(e.identifier));
        break;
    case NetworkElementKind::Port:
        fields = QString(u"ChassisID = " + lit(e.identifier) + u"; PortID = " + lit(e.portId));
        break;
    case NetworkElementKind::TrustedIp:
        break;
    }
    return QString(u"    @{ " + fields + u"; Place = " + lit(e.placeKey) + u"; Description = " +
                   lit(e.description) + u" }\n");
}

} // namespace

namespace teamsscript {

QString networkMap(const TeamsScriptPlan &plan)
{
    QString out;
    bool helperWritten = false;
    for (const LisKind &kind : lisKinds()) {
        if (plan.count(kind.kind) == 0)
            continue;
        if (!helperWritten) {
            out += u'\n' + powershell::comment(Text::tr(
                               "Network map: what Teams has is read once per kind; a row is set "
                               "only when Teams lacks it or has another place or description."));
            out +=
                QStringLiteral("function Test-DispatchableDifferent {\n"
                               "    param($Existing, [string] $LocationId, [string] $Description)\n"
                               "    if ($null -eq $Existing) { return $true }\n"
                               "    return ([string]$Existing.LocationId -ne $LocationId) -or "
                               "([string]$Existing.Description -ne $Description)\n"
                               "}\n");
            helperWritten = true;
        }
        out += QString(u'\n' + kind.teams + u" = @{}\n" + u"foreach ($item in @(" + kind.getCmdlet +
                       u")) { " + kind.teams + u'[' + kind.teamsKey + u"] = $item }\n" + kind.rows +
                       u" = @(\n");
        for (const TeamsScriptElement &e : plan.elements) {
            if (e.kind == kind.kind)
                out += rowOf(e);
        }
        out += QString(u")\n"
                       u"foreach ($row in " +
                       kind.rows +
                       u") {\n"
                       u"    $locationId = $locationIds[$row.Place]\n"
                       u"    if (Test-DispatchableDifferent " +
                       kind.teams + u'[' + kind.rowKey +
                       u"] $locationId $row.Description) {\n"
                       u"        " +
                       kind.setCommand +
                       u" -LocationId $locationId -Description $row.Description\n"
                       u"        $changed++\n"
                       u"    } else {\n"
                       u"        $unchanged++\n"
                       u"    }\n"
                       u"}\n");
    }
    return out;
}

QString trustedIps(const TeamsScriptPlan &plan)
{
    if (plan.count(NetworkElementKind::TrustedIp) == 0)
        return {};
    QString out = u'\n' + powershell::comment(Text::tr(
                              "Trusted IPs: the tenant's public egress addresses. Teams uses the "
                              "network map only for calls that come from one of them."));
    out += QStringLiteral("$trustedIps = @(\n");
    for (const TeamsScriptElement &e : plan.elements) {
        if (e.kind == NetworkElementKind::TrustedIp)
            out += QString(u"    @{ IPAddress = " + lit(e.identifier) + u"; MaskBits = " +
                           QString::number(e.maskBits) + u"; Description = " + lit(e.description) +
                           u" }\n");
    }
    out += QStringLiteral(
        ")\n"
        "foreach ($row in $trustedIps) {\n"
        "    $existing = $null\n"
        "    try { $existing = Get-CsTenantTrustedIPAddress -Identity $row.IPAddress } catch { "
        "$existing = $null }\n"
        "    if ($null -eq $existing) {\n"
        "        New-CsTenantTrustedIPAddress -IPAddress $row.IPAddress -MaskBits $row.MaskBits "
        "-Description $row.Description | Out-Null\n"
        "        $created++\n"
        "    } elseif ([int]$existing.MaskBits -ne $row.MaskBits -or [string]$existing.Description "
        "-ne $row.Description) {\n"
        "        Set-CsTenantTrustedIPAddress -Identity $row.IPAddress -MaskBits $row.MaskBits "
        "-Description $row.Description\n"
        "        $changed++\n"
        "    } else {\n"
        "        $unchanged++\n"
        "    }\n"
        "}\n");
    return out;
}

QString notificationModeName(NotificationMode mode)
{
    switch (mode) {
    case NotificationMode::NotificationOnly:
        return QStringLiteral("NotificationOnly");
    case NotificationMode::ConferenceMuted:
        return QStringLiteral("ConferenceMuted");
    case NotificationMode::ConferenceUnmuted:
        return QStringLiteral("ConferenceUnMuted"); // Teams' spelling
    }
    return QStringLiteral("NotificationOnly");
}

QString policy(const EmergencyPolicy &policy)
{
    QString out = u'\n' + powershell::comment(Text::tr(
                              "Emergency calling policy (Kari's Law): who is told, and how, when "
                              "someone dials 911."));
    const int entries = int(policy.notificationGroup.size());
    if (entries > teamsNotificationGroupLimit) {
        // Dropping recipients silently would leave someone uninformed: refuse this part.
        return out +
               QString(u"Write-Warning " +
                       lit(Text::tr("The policy is not set: its notification group has %n "
                                    "entries, and Teams accepts at most 10. Use a group address "
                                    "in Dispatchable, then export again.",
                                    nullptr, entries)) +
                       u'\n');
    }
    out += QString(u"$policyName = " + lit(teamsScriptPolicyName()) + u'\n');
    out += QStringLiteral("$policySettings = @{\n");
    out += QString(u"    NotificationMode = " + lit(notificationModeName(policy.notificationMode)) +
                   u'\n');
    // Teams separates the group's entries with ";" (-NotificationGroup).
    out += QString(u"    NotificationGroup = " + lit(policy.notificationGroup.join(u';')) + u'\n');
    if (!policy.notificationDialOutNumber.isEmpty())
        out += QString(u"    NotificationDialOutNumber = " + lit(policy.notificationDialOutNumber) +
                       u'\n');
    out += QStringLiteral("}\n");
    if (entries == 0)
        out += QString(u"Write-Warning " +
                       lit(Text::tr("The notification group is empty: nobody is told when someone "
                                    "dials 911.")) +
                       u'\n');
    out += QString(
        u"$currentPolicy = $null\n"
        u"try { $currentPolicy = Get-CsTeamsEmergencyCallingPolicy -Identity $policyName } catch "
        u"{ $currentPolicy = $null }\n"
        u"if ($null -eq $currentPolicy) {\n"
        u"    New-CsTeamsEmergencyCallingPolicy -Identity $policyName @policySettings | Out-Null\n"
        u"    $created++\n"
        u"} else {\n"
        u"    $different = $false\n"
        u"    foreach ($name in $policySettings.Keys) {\n"
        u"        if ([string]$currentPolicy.$name -ne [string]$policySettings[$name]) { "
        u"$different = $true }\n"
        u"    }\n"
        u"    if ($different) {\n"
        u"        Set-CsTeamsEmergencyCallingPolicy -Identity $policyName @policySettings\n"
        u"        $changed++\n"
        u"    } else {\n"
        u"        $unchanged++\n"
        u"    }\n"
        u"}\n"
        u"if ($GrantPolicyToOrganization) {\n"
        u"    Grant-CsTeamsEmergencyCallingPolicy -Global -PolicyName $policyName\n"
        u"} else {\n"
        u"    Write-Host " +
        lit(Text::tr("The policy applies to nobody yet: grant it to users or groups "
                     "(Grant-CsTeamsEmergencyCallingPolicy), or run this script again with "
                     "-GrantPolicyToOrganization.")) +
        u"\n}\n");
    return out;
}

} // namespace teamsscript
