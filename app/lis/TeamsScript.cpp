// The Teams script's text: header, preamble, addresses and places (the network map and the
// policy are in TeamsScriptNetwork.cpp). Human text is ours, translated, and written through
// powershell::comment or powershell::literal like everything else.
#include "lis/TeamsScript.h"

#include "lis/PowerShellQuote.h"
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

// One "Name = 'value'" line of a hashtable, left out when the value is empty.
void appendField(QString &out, QStringView indent, QStringView name, const QString &value)
{
    if (value.isEmpty())
        return;
    out += QString(indent + name + u" = " + lit(value) + u'\n');
}

} // namespace

QString teamsScriptPolicyName()
{
    return QStringLiteral("Dispatchable");
}

namespace teamsscript {

QString header(const TeamsScriptInput &input, const TeamsScriptPlan &plan)
{
    QStringList lines;
    lines << Text::tr("Dispatchable: emergency calling configuration for Microsoft Teams.")
          << QString()
          << Text::tr(
                 "What this script changes in the Teams tenant named in $tenantName and $tenantId "
                 "below:");
    lines << Text::tr(
                 "- %n emergency address(es) (New-CsOnlineLisCivicAddress), created where Teams "
                 "has none with the same fields;",
                 nullptr, int(plan.addresses.size()))
          << Text::tr("- %n place(s) (New-CsOnlineLisLocation), created where the address has no "
                      "location of that name;",
                      nullptr, int(plan.places.size()))
          << Text::tr("- %n subnet(s) (Set-CsOnlineLisSubnet);", nullptr,
                      plan.count(NetworkElementKind::Subnet))
          << Text::tr("- %n wireless access point(s) (Set-CsOnlineLisWirelessAccessPoint);",
                      nullptr, plan.count(NetworkElementKind::AccessPoint))
          << Text::tr("- %n switch(es) (Set-CsOnlineLisSwitch);", nullptr,
                      plan.count(NetworkElementKind::Switch))
          << Text::tr("- %n switch port(s) (Set-CsOnlineLisPort);", nullptr,
                      plan.count(NetworkElementKind::Port))
          << Text::tr("- %n trusted IP address range(s) (New-CsTenantTrustedIPAddress, "
                      "Set-CsTenantTrustedIPAddress);",
                      nullptr, plan.count(NetworkElementKind::TrustedIp))
          << Text::tr(
                 "- the emergency calling policy %1 (New-CsTeamsEmergencyCallingPolicy, "
                 "Set-CsTeamsEmergencyCallingPolicy): who is told when someone dials 911, with %n "
                 "entry(ies) in its notification group.",
                 nullptr, int(input.policy.notificationGroup.size()))
                 .arg(teamsScriptPolicyName())
          << Text::tr(
                 "Subnets, access points, switches and ports are set only where Teams lacks them "
                 "or links them to another place or description.");
    if (!plan.leftOut.isEmpty())
        lines << Text::tr(
            "%n item(s) of Dispatchable's configuration are left out; the script lists "
            "each as a warning when it runs.",
            nullptr, int(plan.leftOut.size()));
    lines << QString()
          << Text::tr("Generated %1 by Dispatchable %2.")
                 .arg(input.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                      input.appVersion)
          << QString()
          << Text::tr(
                 "Review every line before you run it. Run it in PowerShell with the "
                 "MicrosoftTeams module, after Connect-MicrosoftTeams, as a Teams administrator "
                 "of this tenant; it stops if the session is signed in to another tenant.")
          << Text::tr(
                 "It removes nothing, and running it again changes only what differs from this "
                 "script.")
          << Text::tr("Teams clients pick up network map changes only after a while (it can take "
                      "hours), and when they reconnect or restart: make a 933 test call from each "
                      "place afterwards.")
          << Text::tr(
                 "Values from Dispatchable are single-quoted literals; control characters in them "
                 "were replaced by spaces.");
    return QString(powershell::comment(lines.join(u'\n')) + u'\n');
}

QString tenantGuard(const TeamsScriptInput &input)
{
    QString out = QStringLiteral("Set-StrictMode -Version 1.0\n"
                                 "$ErrorActionPreference = 'Stop'\n\n");
    out += QString(u"$tenantName = " + lit(input.tenantName) + u'\n');
    out += QString(u"$tenantId = " + lit(input.tenantId) + u"\n\n");
    out += QString(
        u"$connectedTenant = Get-CsTenant\n"
        u"if ([string]$connectedTenant.TenantId -ne $tenantId) {\n"
        u"    throw " +
        lit(Text::tr("This session is signed in to another tenant. Run Connect-MicrosoftTeams "
                     "-TenantId %1 and then this script again.")
                .arg(input.tenantId)) +
        u"\n}\n");
    return out;
}

QString preamble(const TeamsScriptInput &input, const TeamsScriptPlan &plan)
{
    QString out;
    out += QStringLiteral("#Requires -Modules MicrosoftTeams\n"
                          "[CmdletBinding()]\n"
                          "param(\n");
    out += powershell::comment(Text::tr("Also make the policy the organization's default "
                                        "(Grant-CsTeamsEmergencyCallingPolicy -Global)."))
               .replace(u'#', QStringLiteral("    #"));
    out += QStringLiteral("    [switch] $GrantPolicyToOrganization\n"
                          ")\n");
    out += tenantGuard(input);
    out += QString(u"Write-Host " +
                   lit(Text::tr("Applying Dispatchable's emergency configuration to %1.")
                           .arg(input.tenantName)) +
                   u'\n');
    for (const QString &item : plan.leftOut)
        out += QString(u"Write-Warning " + lit(Text::tr("Left out: %1").arg(item)) + u'\n');
    out += QStringLiteral("$created = 0\n$changed = 0\n$unchanged = 0\n");
    return out;
}

QString civicAddressFinder()
{
    return QStringLiteral(
        "$civicMatchFields = @('CompanyName', 'HouseNumber', 'HouseNumberSuffix', "
        "'PreDirectional', 'StreetName', 'StreetSuffix', 'PostDirectional', 'City', "
        "'StateOrProvince', 'PostalCode', 'CountryOrRegion')\n"
        "function Find-DispatchableCivicAddress {\n"
        "    param([hashtable] $Fields)\n"
        "    $query = @{ CountryOrRegion = $Fields['CountryOrRegion'] }\n"
        "    if ($Fields.ContainsKey('City')) { $query['City'] = $Fields['City'] }\n"
        "    foreach ($candidate in @(Get-CsOnlineLisCivicAddress @query)) {\n"
        "        $same = $true\n"
        "        foreach ($name in $civicMatchFields) {\n"
        "            if ([string]$candidate.$name -ne [string]$Fields[$name]) { $same = $false }\n"
        "        }\n"
        "        if ($same) { return [string]$candidate.CivicAddressId }\n"
        "    }\n"
        "    return $null\n"
        "}\n");
}

QString locationFinder()
{
    return QStringLiteral(
        "$locationsOfAddress = @{}\n"
        "function Find-DispatchableLocation {\n"
        "    param([string] $CivicAddressId, [string] $Location, [switch] $Refresh)\n"
        "    if ($Refresh -or -not $locationsOfAddress.ContainsKey($CivicAddressId)) {\n"
        "        $locationsOfAddress[$CivicAddressId] = @(Get-CsOnlineLisLocation "
        "-CivicAddressId $CivicAddressId)\n"
        "    }\n"
        "    foreach ($candidate in $locationsOfAddress[$CivicAddressId]) {\n"
        "        if ([string]$candidate.Location -eq $Location) { return "
        "[string]$candidate.LocationId }\n"
        "    }\n"
        "    return $null\n"
        "}\n");
}

QString addresses(const TeamsScriptPlan &plan)
{
    QString out = u'\n' + powershell::comment(Text::tr(
                              "Emergency addresses: looked up by their fields (not by description "
                              "or coordinates) and created only when Teams has none like them."));
    out += civicAddressFinder();
    out += QStringLiteral("$civicAddressIds = @{}\n"
                          "$addresses = @(\n");
    for (const TeamsScriptAddress &a : plan.addresses) {
        out += QString(u"    @{\n        Key = " + lit(a.key) + u"\n        Fields = @{\n");
        const QStringView in = u"            ";
        appendField(out, in, u"CompanyName", a.companyName);
        appendField(out, in, u"HouseNumber", a.houseNumber);
        appendField(out, in, u"HouseNumberSuffix", a.houseNumberSuffix);
        appendField(out, in, u"PreDirectional", a.preDirectional);
        appendField(out, in, u"StreetName", a.streetName);
        appendField(out, in, u"StreetSuffix", a.streetSuffix);
        appendField(out, in, u"PostDirectional", a.postDirectional);
        appendField(out, in, u"City", a.city);
        appendField(out, in, u"StateOrProvince", a.stateOrProvince);
        appendField(out, in, u"PostalCode", a.postalCode);
        appendField(out, in, u"CountryOrRegion", a.countryOrRegion);
        out += QStringLiteral("        }\n        Extra = @{\n");
        appendField(out, in, u"Description", a.description);
        appendField(out, in, u"Latitude", a.latitude);
        appendField(out, in, u"Longitude", a.longitude);
        out += QStringLiteral("        }\n    }\n");
    }
    out +=
        QString(u")\n"
                u"foreach ($address in $addresses) {\n"
                u"    $id = Find-DispatchableCivicAddress $address.Fields\n"
                u"    if ($id) {\n"
                u"        $unchanged++\n"
                u"    } else {\n"
                u"        $parameters = $address.Fields + $address.Extra\n"
                u"        $newAddress = New-CsOnlineLisCivicAddress @parameters\n"
                u"        $id = [string]$newAddress.CivicAddressId\n"
                u"        if (-not $id) { $id = Find-DispatchableCivicAddress $address.Fields }\n"
                u"        if (-not $id) { throw (" +
                lit(Text::tr(
                    "Teams did not return the id of the new emergency address with Dispatchable id "
                    "{0}.")) +
                u" -f $address.Key) }\n"
                u"        $created++\n"
                u"    }\n"
                u"    $civicAddressIds[$address.Key] = $id\n"
                u"}\n");
    return out;
}

QString places(const TeamsScriptPlan &plan)
{
    QString out = u'\n' + powershell::comment(Text::tr(
                              "Places: a location of the same name under the same address is "
                              "reused; a missing one is created."));
    out += QStringLiteral("$locationIds = @{}\n");
    out += locationFinder();
    out += QStringLiteral("$places = @(\n");
    for (const TeamsScriptPlace &p : plan.places)
        out += QString(u"    @{ Key = " + lit(p.key) + u"; Address = " + lit(p.addressKey) +
                       u"; Location = " + lit(p.location) + u" }\n");
    out += QString(
        u")\n"
        u"foreach ($place in $places) {\n"
        u"    $civicAddressId = $civicAddressIds[$place.Address]\n"
        u"    $id = Find-DispatchableLocation $civicAddressId $place.Location\n"
        u"    if ($id) {\n"
        u"        $unchanged++\n"
        u"    } else {\n"
        u"        $newLocation = New-CsOnlineLisLocation -CivicAddressId $civicAddressId "
        u"-Location $place.Location\n"
        u"        $id = [string]$newLocation.LocationId\n"
        u"        if (-not $id) { $id = Find-DispatchableLocation $civicAddressId $place.Location "
        u"-Refresh }\n"
        u"        if (-not $id) { throw (" +
        lit(Text::tr("Teams did not return the id of the new location with Dispatchable id {0}.")) +
        u" -f $place.Key) }\n"
        u"        $created++\n"
        u"    }\n"
        u"    $locationIds[$place.Key] = $id\n"
        u"}\n");
    return out;
}

QString closing()
{
    return QString(u"\nWrite-Host (" +
                   lit(Text::tr("Done: {0} created, {1} changed, {2} already as in this script.")) +
                   u" -f $created, $changed, $unchanged)\n");
}

} // namespace teamsscript

QString teamsScript(const TeamsScriptInput &input)
{
    const TeamsScriptPlan plan = planTeamsScript(input);
    QString out(QChar(0xFEFF));
    out += teamsscript::header(input, plan);
    out += teamsscript::preamble(input, plan);
    if (!plan.addresses.isEmpty())
        out += teamsscript::addresses(plan);
    if (!plan.places.isEmpty())
        out += teamsscript::places(plan);
    out += teamsscript::networkMap(plan);
    out += teamsscript::trustedIps(plan);
    out += teamsscript::policy(input.policy);
    out += teamsscript::closing();
    return out;
}
