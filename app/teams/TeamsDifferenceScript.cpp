// Writing the difference script; see TeamsDifferenceScript.h. Human text is ours, translated,
// and written through powershell::comment (reasons, which hold no data) or powershell::literal
// (everything with data in it), like everything else.
#include "teams/TeamsDifferenceScript.h"

#include "lis/PowerShellQuote.h"
#include "lis/TeamsScriptSections.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsDifferenceScript)
};
// The sentences this script shares with the script of the whole configuration, in its context,
// so that each is translated once.
struct ScriptText
{
    Q_DECLARE_TR_FUNCTIONS(TeamsScript)
};

QString lit(const QString &value)
{
    return powershell::literal(value);
}

int countNotes(const TeamsDifferencePlan &plan, TeamsNoteReason why)
{
    return int(std::count_if(plan.notes.cbegin(), plan.notes.cend(),
                             [why](const TeamsPlanNote &n) { return n.why == why; }));
}

QString header(const TeamsScriptInput &input, const TeamsDifferencePlan &plan)
{
    QStringList lines;
    lines << Text::tr("Dispatchable: the difference between Dispatchable and Microsoft Teams.")
          << QString()
          << Text::tr(
                 "It makes the Teams tenant named in $tenantName and $tenantId below hold what "
                 "Dispatchable holds, and changes nothing else: %n step(s), each with its "
                 "reason above it, in this order: emergency addresses, places, network "
                 "elements, trusted IPs, the emergency calling policy, the numbers' emergency "
                 "locations.",
                 nullptr, int(plan.steps.size()))
          << Text::tr(
                 "It uses the Teams ids of the export files that the comparison read: run it "
                 "on the tenant as it was exported. If Teams changed since, export and compare "
                 "again first.")
          << Text::tr("It removes nothing. Not changed: %1 item(s) only in Teams, %2 waiting for a "
                      "confirmed match, %3 that no script can change, %4 left out; the preview "
                      "listed each.")
                 .arg(countNotes(plan, TeamsNoteReason::LeftInTeams))
                 .arg(countNotes(plan, TeamsNoteReason::ConfirmFirst))
                 .arg(countNotes(plan, TeamsNoteReason::NotByScript))
                 .arg(countNotes(plan, TeamsNoteReason::LeftOut))
          << Text::tr("Running it again changes nothing more: what it creates it looks for first, "
                      "and what it sets it sets to the same value.")
          << QString()
          << ScriptText::tr("Generated %1 by Dispatchable %2.")
                 .arg(input.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                      input.appVersion)
          << QString()
          << ScriptText::tr(
                 "Review every line before you run it. Run it in PowerShell with the "
                 "MicrosoftTeams module, after Connect-MicrosoftTeams, as a Teams administrator "
                 "of this tenant; it stops if the session is signed in to another tenant.")
          << ScriptText::tr(
                 "Teams clients pick up network map changes only after a while (it can take "
                 "hours), and when they reconnect or restart: make a 933 test call from each "
                 "place afterwards.")
          << ScriptText::tr(
                 "Values from Dispatchable are single-quoted literals; control characters in them "
                 "were replaced by spaces.");
    return QString(powershell::comment(lines.join(u'\n')) + u'\n');
}

// Numbers' locations: Set-CsPhoneNumberAssignment -PhoneNumber -LocationId is its LocationUpdate
// parameter set, which an older MicrosoftTeams module lacks: stop before changing anything
// rather than half-way. And the default location of an address this script creates, which
// Teams makes with the address.
QString numberLocationPreamble(const TeamsDifferencePlan &plan)
{
    bool numbers = false;
    bool defaultLocations = false;
    for (const TeamsDifferenceStep &step : plan.steps) {
        numbers = numbers || step.cmdlet == u"Set-CsPhoneNumberAssignment";
        for (const TeamsStepArgument &a : step.arguments)
            defaultLocations = defaultLocations || a.fromProperty == u"DefaultLocationId";
    }
    QString out;
    if (numbers)
        out += QString(u"if (@((Get-Command Set-CsPhoneNumberAssignment).ParameterSets | "
                       u"ForEach-Object Name) -notcontains 'LocationUpdate') {\n    throw " +
                       lit(Text::tr("This script sets numbers' emergency locations with "
                                    "Set-CsPhoneNumberAssignment -PhoneNumber -LocationId, which "
                                    "needs the MicrosoftTeams module 5.3.1 or later: run "
                                    "Update-Module MicrosoftTeams, then this script again.")) +
                       u"\n}\n");
    if (defaultLocations)
        out += QString(u"function Get-DispatchableDefaultLocation {\n"
                       u"    param([string] $CivicAddressId)\n"
                       u"    $id = [string](Get-CsOnlineLisCivicAddress -CivicAddressId "
                       u"$CivicAddressId).DefaultLocationId\n"
                       u"    if (-not $id) { throw " +
                       lit(Text::tr("Teams did not return the default location of the new "
                                    "emergency address. Run this script again.")) +
                       u" }\n    return $id\n}\n");
    return out;
}

QString preamble(const TeamsScriptInput &input, const TeamsDifferencePlan &plan)
{
    QString out = QStringLiteral("#Requires -Modules MicrosoftTeams\n"
                                 "[CmdletBinding()]\n"
                                 "param()\n");
    out += teamsscript::tenantGuard(input);
    out += QString(
        u"Write-Host " +
        lit(Text::tr("Applying the difference from Dispatchable to %1.").arg(input.tenantName)) +
        u'\n');
    for (const TeamsPlanNote &note : plan.notes) {
        if (note.why == TeamsNoteReason::LeftOut && !note.kind)
            out += QString(u"Write-Warning " +
                           lit(ScriptText::tr("Left out: %1").arg(note.reason)) + u'\n');
    }
    out += QStringLiteral("$changed = 0\n$unchanged = 0\n");
    bool addresses = false;
    bool places = false;
    for (const TeamsDifferenceStep &step : plan.steps) {
        addresses = addresses || step.cmdlet == u"New-CsOnlineLisCivicAddress";
        places = places || step.cmdlet == u"New-CsOnlineLisLocation";
    }
    if (addresses)
        out += teamsscript::civicAddressFinder();
    if (places)
        out += teamsscript::locationFinder();
    return out + numberLocationPreamble(plan);
}

// A value, the variable of the step that creates it, or the default location of the address it
// creates.
QString valueOf(const TeamsDifferencePlan &plan, const TeamsStepArgument &a)
{
    if (a.fromStep < 0)
        return lit(a.value);
    const QString variable = u'$' + plan.steps.at(a.fromStep).variable;
    if (a.fromProperty == u"DefaultLocationId")
        return QString(u"(Get-DispatchableDefaultLocation " + variable + u')');
    return variable;
}

// The civic fields Find-DispatchableCivicAddress compares, as a hashtable.
QString civicFields(const TeamsDifferenceStep &step)
{
    static const QStringList matched{
        QStringLiteral("CompanyName"),       QStringLiteral("HouseNumber"),
        QStringLiteral("HouseNumberSuffix"), QStringLiteral("PreDirectional"),
        QStringLiteral("StreetName"),        QStringLiteral("StreetSuffix"),
        QStringLiteral("PostDirectional"),   QStringLiteral("City"),
        QStringLiteral("StateOrProvince"),   QStringLiteral("PostalCode"),
        QStringLiteral("CountryOrRegion")};
    QStringList fields;
    for (const TeamsStepArgument &a : step.arguments) {
        if (matched.contains(a.parameter))
            fields.append(QString(a.parameter + u" = " + lit(a.value)));
    }
    return QString(u"@{ " + fields.join(QStringLiteral("; ")) + u" }");
}

// A create of an object Teams names by a value the step passes: looked up by it first.
QString lookedUpFirst(const TeamsDifferencePlan &plan, int index, const QString &getCmdlet,
                      const QString &identity)
{
    return QString(u"$existing = $null\ntry { $existing = " + getCmdlet + u" -Identity " +
                   lit(identity) +
                   u" } catch { $existing = $null }\n"
                   u"if ($null -eq $existing) {\n    " +
                   teamsStepCommand(plan, index) +
                   u" | Out-Null\n    $changed++\n} else {\n    $unchanged++\n}\n");
}

// A create: looked for first, so that a second run finds what the first one made.
QString createStep(const TeamsDifferencePlan &plan, int index)
{
    const TeamsDifferenceStep &step = plan.steps.at(index);
    const QString variable = u'$' + step.variable;
    QString find;
    QString idProperty;
    QString lost;
    if (step.cmdlet == u"New-CsOnlineLisCivicAddress") {
        find = QString(u"Find-DispatchableCivicAddress " + civicFields(step));
        idProperty = QStringLiteral("CivicAddressId");
        lost = Text::tr("Teams did not return the id of the new emergency address. Run this "
                        "script again: it finds the address it created and goes on.");
    } else if (step.cmdlet == u"New-CsOnlineLisLocation") {
        const TeamsStepArgument address = step.arguments.value(0);
        find = QString(u"Find-DispatchableLocation " + valueOf(plan, address) + u' ' +
                       lit(step.value(u"Location")));
        idProperty = QStringLiteral("LocationId");
        lost = Text::tr("Teams did not return the id of the new location. Run this script "
                        "again: it finds the location it created and goes on.");
    } else if (step.cmdlet == u"New-CsTenantTrustedIPAddress") {
        // A trusted IP's address is its Identity.
        return lookedUpFirst(plan, index, QStringLiteral("Get-CsTenantTrustedIPAddress"),
                             step.value(u"IPAddress"));
    } else {
        // The policy: its name is its id.
        return lookedUpFirst(plan, index, QStringLiteral("Get-CsTeamsEmergencyCallingPolicy"),
                             step.value(u"Identity"));
    }
    return QString(variable + u" = " + find + u"\nif (" + variable +
                   u") {\n    $unchanged++\n} else {\n    " + variable + u" = [string](" +
                   teamsStepCommand(plan, index) + u")." + idProperty + u"\n    if (-not " +
                   variable + u") { throw " + lit(lost) + u" }\n    $changed++\n}\n");
}

// A Set- step, and for a value Microsoft's page does not say how to clear, the check that it
// was cleared.
QString setStep(const TeamsDifferencePlan &plan, int index)
{
    const TeamsDifferenceStep &step = plan.steps.at(index);
    QString out = QString(teamsStepCommand(plan, index) + u"\n$changed++\n");
    if (!step.checkCleared.isEmpty() && step.cmdlet.startsWith(u"Set-")) {
        const QString get = u"Get-" + step.cmdlet.mid(4);
        out += QString(u"if ([string](" + get + u" -Identity " + lit(step.value(u"Identity")) +
                       u")." + step.checkCleared + u") {\n    Write-Warning " +
                       lit(Text::tr("Teams kept the value of %1 that this script cleared: "
                                    "clear it in the Teams admin center.")
                               .arg(step.checkCleared)) +
                       u"\n}\n");
    }
    return out;
}

QString stepText(const TeamsDifferencePlan &plan, int index)
{
    const TeamsDifferenceStep &step = plan.steps.at(index);
    const int total = int(plan.steps.size());
    QString out =
        u'\n' + powershell::comment(Text::tr("Step %1 of %2 (%3): %4")
                                        .arg(index + 1)
                                        .arg(total)
                                        .arg(teamsObjectKindName(step.kind), step.reason));
    out += QString(u"Write-Host " +
                   lit(Text::tr("Step %1 of %2: %3").arg(index + 1).arg(total).arg(step.label)) +
                   u'\n');
    return out + (step.creates() ? createStep(plan, index) : setStep(plan, index));
}

} // namespace

QString teamsStepCommand(const TeamsDifferencePlan &plan, int index)
{
    const TeamsDifferenceStep &step = plan.steps.at(index);
    QString out = step.cmdlet;
    for (const TeamsStepArgument &a : step.arguments)
        out += QString(u" -" + a.parameter + u' ' + valueOf(plan, a));
    return out;
}

QString teamsDifferenceScript(const TeamsScriptInput &input, const TeamsDifferencePlan &plan)
{
    QString out(QChar(0xFEFF));
    out += header(input, plan);
    out += preamble(input, plan);
    for (int i = 0; i < int(plan.steps.size()); ++i)
        out += stepText(plan, i);
    out += QString(u"\nWrite-Host (" +
                   lit(Text::tr("Done: {0} changed, {1} already as in this script.")) +
                   u" -f $changed, $unchanged)\n");
    return out;
}
