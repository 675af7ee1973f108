// Planning the difference script's network elements, trusted IPs and policy, and the notes on what
// is left out; see TeamsDifferencePlanner.h.
#include "teams/TeamsDifferencePlanner.h"

#include "lis/TeamsScript.h"
#include "lis/TeamsScriptSections.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsDifferencePlan)
};

using teams::ExportKind;
using teamsdifference::ElementCmdlet;

constexpr ElementCmdlet elementCmdlets[] = {
    {TeamsObjectKind::Subnet, NetworkElementKind::Subnet, ExportKind::Subnet,
     QLatin1StringView("Set-CsOnlineLisSubnet"), QLatin1StringView("Subnet")},
    {TeamsObjectKind::AccessPoint, NetworkElementKind::AccessPoint, ExportKind::WirelessAccessPoint,
     QLatin1StringView("Set-CsOnlineLisWirelessAccessPoint"), QLatin1StringView("BSSID")},
    {TeamsObjectKind::Switch, NetworkElementKind::Switch, ExportKind::Switch,
     QLatin1StringView("Set-CsOnlineLisSwitch"), QLatin1StringView("ChassisID")},
    {TeamsObjectKind::Port, NetworkElementKind::Port, ExportKind::Port,
     QLatin1StringView("Set-CsOnlineLisPort"), QLatin1StringView("ChassisID")},
};

QString elementReason(const TeamsComparisonRow &row)
{
    if (row.side == TeamsSide::OnlyInDispatchable)
        return Text::tr("Teams does not have it: it is created at Dispatchable's place.");
    QStringList sentences;
    if (row.differences.contains(QLatin1StringView("LocationId")))
        sentences.append(Text::tr("Teams puts it at another location: it is pointed at "
                                  "Dispatchable's place."));
    if (row.differences.contains(QLatin1StringView("Description")))
        sentences.append(Text::tr("Teams holds another description: it is set to "
                                  "Dispatchable's (an empty one clears Teams's)."));
    return sentences.join(u' ');
}

} // namespace

namespace teamsdifference {

void Planner::planNetwork()
{
    for (const ElementCmdlet &kind : elementCmdlets)
        planElements(kind);
    planTrustedIps();
}

void Planner::planElements(const ElementCmdlet &kind)
{
    if (!m_teams.hasRead(kind.file) || !prerequisitesRead(kind.kind))
        return;
    QHash<QString, const TeamsScriptElement *> inScript;
    for (const TeamsScriptElement &e : m_script.elements) {
        if (e.kind == kind.element)
            inScript.insert(e.key, &e);
    }
    for (const TeamsComparisonRow &row : rowsOf(kind.kind)) {
        if (noteUnplanned(row))
            continue;
        const TeamsScriptElement *e = inScript.value(row.dispatchableId);
        if (!e)
            continue;
        const TeamsRef place = m_locationOf.value(e->placeKey);
        if (!place.known()) {
            note(row, TeamsNoteReason::ConfirmFirst,
                 Text::tr("Its place is still to confirm: the script cannot tell which Teams "
                          "location to point it at."));
            continue;
        }
        TeamsDifferenceStep step;
        step.kind = kind.kind;
        step.cmdlet = QString(kind.cmdlet);
        step.arguments.append(argument(QString(kind.identifier), e->identifier));
        if (kind.element == NetworkElementKind::Port)
            step.arguments.append(argument(QStringLiteral("PortID"), e->portId));
        step.arguments.append(argument(QStringLiteral("LocationId"), place));
        // Always passed: Set- replaces the element, and an empty one clears Teams's.
        step.arguments.append(argument(QStringLiteral("Description"), e->description));
        step.label = row.label;
        step.reason = elementReason(row);
        step.dispatchableId = e->key;
        step.teamsId = row.teamsId;
        addStep(std::move(step));
    }
}

// Trusted IPs belong to no place: New-CsTenantTrustedIPAddress creates one (-IPAddress,
// -MaskBits, -Description), Set-CsTenantTrustedIPAddress changes one by its -Identity (the
// address; Set- takes no -IPAddress).
void Planner::planTrustedIps()
{
    if (!m_teams.hasRead(ExportKind::TrustedIpAddress))
        return;
    QHash<QString, const TeamsScriptElement *> inScript;
    for (const TeamsScriptElement &e : m_script.elements) {
        if (e.kind == NetworkElementKind::TrustedIp)
            inScript.insert(e.key, &e);
    }
    for (const TeamsComparisonRow &row : rowsOf(TeamsObjectKind::TrustedIp)) {
        if (noteUnplanned(row))
            continue;
        // Not in the script plan: left out by its rules (a private range), said so there.
        if (const TeamsScriptElement *e = inScript.value(row.dispatchableId))
            planTrustedIp(row, *e);
    }
}

void Planner::planTrustedIp(const TeamsComparisonRow &row, const TeamsScriptElement &ours)
{
    const bool create = row.side == TeamsSide::OnlyInDispatchable;
    TeamsDifferenceStep step;
    step.kind = TeamsObjectKind::TrustedIp;
    QStringList sentences;
    if (create) {
        step.cmdlet = QStringLiteral("New-CsTenantTrustedIPAddress");
        step.arguments = {argument(QStringLiteral("IPAddress"), ours.identifier),
                          argument(QStringLiteral("MaskBits"), QString::number(ours.maskBits))};
        if (!ours.description.isEmpty())
            step.arguments.append(argument(QStringLiteral("Description"), ours.description));
        sentences.append(Text::tr("Teams does not trust this address: it is added, so that "
                                  "calls from it use the network map."));
    } else {
        step.cmdlet = QStringLiteral("Set-CsTenantTrustedIPAddress");
        step.arguments = {argument(QStringLiteral("Identity"), row.teamsId)};
        if (row.differences.contains(QLatin1StringView("MaskBits"))) {
            step.arguments.append(
                argument(QStringLiteral("MaskBits"), QString::number(ours.maskBits)));
            sentences.append(Text::tr("Teams trusts another range from this address: set to "
                                      "Dispatchable's mask."));
        }
        if (row.differences.contains(QLatin1StringView("Description"))) {
            step.arguments.append(argument(QStringLiteral("Description"), ours.description));
            sentences.append(Text::tr("Teams holds another description: it is set to "
                                      "Dispatchable's (an empty one clears Teams's)."));
        }
        step.teamsId = row.teamsId;
    }
    step.label = row.label;
    step.reason = sentences.join(u' ');
    step.dispatchableId = ours.key;
    addStep(std::move(step));
}

// Routing policies belong to the carrier's Direct Routing set-up (PSTN usages, the provider's
// numbers): the script leaves them, and says what to change by hand.
void Planner::noteRouting()
{
    for (const TeamsComparisonRow &row : rowsOf(TeamsObjectKind::Routing)) {
        if (row.side == TeamsSide::Different)
            note(row, TeamsNoteReason::NotByScript,
                 Text::tr("Not changed: routing policies are the carrier's set-up. %1 In Teams: "
                          "Set-CsTeamsEmergencyCallRoutingPolicy -Identity \"%2\" with "
                          "-AllowEnhancedEmergencyServices $true and 911 in -EmergencyNumbers "
                          "(New-CsTeamsEmergencyNumber, with the carrier's PSTN usage).")
                     .arg(row.note, row.teamsId));
    }
}

void Planner::planPolicy()
{
    const QList<TeamsComparisonRow> rows = rowsOf(TeamsObjectKind::Policy);
    if (rows.isEmpty() || rows.first().side == TeamsSide::Equal)
        return;
    const TeamsComparisonRow &row = rows.first();
    const EmergencyPolicy &policy = m_ours.map.policy;
    if (policy.notificationGroup.size() > teamsNotificationGroupLimit) {
        // Dropping recipients silently would leave someone uninformed.
        note(row, TeamsNoteReason::NotByScript,
             Text::tr("The notification group has %n entries, and Teams accepts at most 10: "
                      "use a group address in Dispatchable, then export again.",
                      nullptr, int(policy.notificationGroup.size())));
        return;
    }
    const bool create = row.side == TeamsSide::OnlyInDispatchable;
    TeamsDifferenceStep step;
    step.kind = TeamsObjectKind::Policy;
    step.cmdlet = create ? QStringLiteral("New-CsTeamsEmergencyCallingPolicy")
                         : QStringLiteral("Set-CsTeamsEmergencyCallingPolicy");
    step.arguments.append(argument(QStringLiteral("Identity"), teamsScriptPolicyName()));
    QStringList sentences;
    if (create || row.differences.contains(QLatin1StringView("NotificationGroup"))) {
        // Teams separates the group's entries with ";" (-NotificationGroup).
        step.arguments.append(
            argument(QStringLiteral("NotificationGroup"), policy.notificationGroup.join(u';')));
        sentences.append(
            Text::tr("Teams notifies other people of a 911 call: set to Dispatchable's group."));
    }
    if (create || row.differences.contains(QLatin1StringView("NotificationMode"))) {
        step.arguments.append(argument(QStringLiteral("NotificationMode"),
                                       teamsscript::notificationModeName(policy.notificationMode)));
        sentences.append(
            Text::tr("Teams notifies them in another way: set to Dispatchable's mode."));
    }
    const QString dialOut = policy.notificationDialOutNumber;
    if (row.differences.contains(QLatin1StringView("NotificationDialOutNumber")) ||
        (create && !dialOut.isEmpty())) {
        step.arguments.append(argument(QStringLiteral("NotificationDialOutNumber"), dialOut));
        if (dialOut.isEmpty()) {
            step.checkCleared = QStringLiteral("NotificationDialOutNumber");
            sentences.append(Text::tr(
                "Dispatchable calls no number on a 911 call: the one in Teams is cleared. "
                "Microsoft's page does not say how to clear it, so the script passes an empty "
                "value and checks afterwards that Teams cleared it."));
        } else {
            sentences.append(
                Text::tr("Teams calls another number on a 911 call: set to Dispatchable's."));
        }
    }
    step.reason = create ? Text::tr("Teams has no policy of this name: it is created with "
                                    "Dispatchable's notification settings. It applies to nobody "
                                    "until it is granted (Grant-CsTeamsEmergencyCallingPolicy).")
                         : sentences.join(u' ');
    step.label = row.label;
    step.dispatchableId = row.dispatchableId;
    step.teamsId = row.teamsId;
    addStep(std::move(step));
}

void Planner::noteLeftOut()
{
    for (const QString &sentence : m_script.leftOut)
        m_plan.notes.append({std::nullopt, TeamsNoteReason::LeftOut, QString(), sentence});
    if (m_script.count(NetworkElementKind::TrustedIp) > 0 &&
        !m_teams.hasRead(ExportKind::TrustedIpAddress))
        m_plan.notes.append({TeamsObjectKind::TrustedIp, TeamsNoteReason::LeftOut,
                             teamsObjectKindName(TeamsObjectKind::TrustedIp),
                             Text::tr("Not changed: the export of trusted IP addresses "
                                      "(Get-CsTenantTrustedIPAddress) was not given.")});
}

} // namespace teamsdifference
