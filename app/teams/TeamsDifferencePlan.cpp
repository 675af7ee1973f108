// Planning the difference script; see TeamsDifferencePlan.h.
#include "teams/TeamsDifferencePlan.h"

#include "lis/TeamsScript.h"
#include "lis/TeamsScriptPlan.h"
#include "lis/TeamsScriptSections.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsDifferencePlan)
};

using teams::ExportKind;

// Where a Teams id comes from: the export (known), or a step of this plan that creates it.
struct TeamsRef
{
    QString id;
    int step = -1;

    bool known() const { return !id.isEmpty() || step >= 0; }
};

TeamsStepArgument argument(const QString &parameter, const QString &value)
{
    return {parameter, value, -1};
}

TeamsStepArgument argument(const QString &parameter, const TeamsRef &ref)
{
    return {parameter, ref.id, ref.step};
}

// The Teams columns Set-CsOnlineLisCivicAddress may change for everyone (Microsoft's page marks
// them "Publicly editable"), and the street columns, which it changes only on an address Teams
// has not validated, and of which it keeps the suffix and directionals for Microsoft's use.
bool isSettableAddressColumn(const QString &column)
{
    return column == u"CompanyName" || column == u"Latitude" || column == u"Longitude";
}

struct ElementCmdlet
{
    TeamsObjectKind kind;
    NetworkElementKind element;
    ExportKind file;
    QLatin1StringView cmdlet;
    QLatin1StringView identifier; // the parameter naming the element
};

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

class Planner
{
public:
    Planner(const TeamsTenantSnapshot &teams, const DispatchableTenantState &ours)
        : m_teams(teams)
        , m_ours(ours)
        , m_rows(compareWithTeams(teams, ours))
        , m_script(planTeamsScript(ours.map))
    {}

    TeamsDifferencePlan run();

private:
    QList<TeamsComparisonRow> rowsOf(TeamsObjectKind kind) const;
    bool prerequisitesRead(TeamsObjectKind kind);
    // Only in Teams and to confirm: a note, no step. True when the row is done with.
    bool noteUnplanned(const TeamsComparisonRow &row);
    void note(const TeamsComparisonRow &row, TeamsNoteReason why, const QString &reason);
    int addStep(TeamsDifferenceStep step, const QString &variablePrefix = QString());

    void planAddresses();
    void createAddress(const TeamsComparisonRow &row, const TeamsScriptAddress &a);
    void changeAddress(const TeamsComparisonRow &row, const TeamsScriptAddress &a);
    void planPlaces();
    void planElements(const ElementCmdlet &kind);
    void planPolicy();
    void noteNumbers();
    void noteLeftOut();

    const TeamsTenantSnapshot &m_teams;
    const DispatchableTenantState &m_ours;
    const QList<TeamsComparisonRow> m_rows;
    const TeamsScriptPlan m_script;
    QHash<QString, TeamsRef> m_civicAddressOf; // our address id → its Teams address
    QHash<QString, TeamsRef> m_locationOf;     // our place id → its Teams location
    QHash<QString, int> m_variables;           // per prefix: the last number used
    TeamsDifferencePlan m_plan;
};

QList<TeamsComparisonRow> Planner::rowsOf(TeamsObjectKind kind) const
{
    QList<TeamsComparisonRow> rows;
    std::copy_if(m_rows.cbegin(), m_rows.cend(), std::back_inserter(rows),
                 [kind](const TeamsComparisonRow &row) { return row.kind == kind; });
    return rows;
}

// A kind is planned only when the files it refers through were read too: a place needs its
// address's CivicAddressId, a network element its place's LocationId.
bool Planner::prerequisitesRead(TeamsObjectKind kind)
{
    QList<ExportKind> needed;
    if (kind == TeamsObjectKind::Place)
        needed = {ExportKind::CivicAddress};
    else if (kind != TeamsObjectKind::Address && kind != TeamsObjectKind::Policy)
        needed = {ExportKind::CivicAddress, ExportKind::Location};
    for (const ExportKind file : needed) {
        if (m_teams.hasRead(file))
            continue;
        if (!rowsOf(kind).isEmpty())
            m_plan.notes.append(
                {kind, TeamsNoteReason::LeftOut, teamsObjectKindName(kind),
                 Text::tr("Not changed: the export of %1 was not given, and the script needs "
                          "the Teams ids it holds.")
                     .arg(teams::exportKindText(file))});
        return false;
    }
    return true;
}

void Planner::note(const TeamsComparisonRow &row, TeamsNoteReason why, const QString &reason)
{
    m_plan.notes.append({row.kind, why, row.label, reason});
}

bool Planner::noteUnplanned(const TeamsComparisonRow &row)
{
    switch (row.side) {
    case TeamsSide::OnlyInTeams:
        note(row, TeamsNoteReason::LeftInTeams,
             Text::tr("Only in Teams: the script removes nothing, so it stays as it is."));
        return true;
    case TeamsSide::Ambiguous:
        // One candidate: Teams has another object like it, or its address waits to be confirmed.
        note(row, TeamsNoteReason::ConfirmFirst,
             row.candidates.size() > 1
                 ? Text::tr("%n objects of Dispatchable may be this one: confirm the match first; "
                            "until then the script changes nothing here.",
                            nullptr, int(row.candidates.size()))
                 : Text::tr("Teams holds another object like it, or its address is still to "
                            "confirm: confirm the match first; until then the script changes "
                            "nothing here."));
        return true;
    case TeamsSide::Equal:
        return true;
    case TeamsSide::OnlyInDispatchable:
    case TeamsSide::Different:
        return false;
    }
    return true;
}

int Planner::addStep(TeamsDifferenceStep step, const QString &variablePrefix)
{
    if (!variablePrefix.isEmpty())
        step.variable = variablePrefix + QString::number(++m_variables[variablePrefix]);
    m_plan.steps.append(std::move(step));
    return int(m_plan.steps.size()) - 1;
}

void Planner::planAddresses()
{
    QHash<QString, const TeamsScriptAddress *> inScript;
    for (const TeamsScriptAddress &a : m_script.addresses)
        inScript.insert(a.key, &a);
    for (const TeamsComparisonRow &row : rowsOf(TeamsObjectKind::Address)) {
        if (!row.dispatchableId.isEmpty() && !row.teamsId.isEmpty())
            m_civicAddressOf.insert(row.dispatchableId, {row.teamsId, -1});
        if (noteUnplanned(row))
            continue;
        // Not in the script plan: left out by its rules, and said so with the reason.
        const TeamsScriptAddress *a = inScript.value(row.dispatchableId);
        if (!a)
            continue;
        if (row.side == TeamsSide::OnlyInDispatchable)
            createAddress(row, *a);
        else
            changeAddress(row, *a);
    }
}

void Planner::createAddress(const TeamsComparisonRow &row, const TeamsScriptAddress &a)
{
    TeamsDifferenceStep step;
    step.kind = TeamsObjectKind::Address;
    step.cmdlet = QStringLiteral("New-CsOnlineLisCivicAddress");
    const std::pair<QLatin1StringView, const QString &> fields[] = {
        {QLatin1StringView("CompanyName"), a.companyName},
        {QLatin1StringView("HouseNumber"), a.houseNumber},
        {QLatin1StringView("HouseNumberSuffix"), a.houseNumberSuffix},
        {QLatin1StringView("PreDirectional"), a.preDirectional},
        {QLatin1StringView("StreetName"), a.streetName},
        {QLatin1StringView("StreetSuffix"), a.streetSuffix},
        {QLatin1StringView("PostDirectional"), a.postDirectional},
        {QLatin1StringView("City"), a.city},
        {QLatin1StringView("StateOrProvince"), a.stateOrProvince},
        {QLatin1StringView("PostalCode"), a.postalCode},
        {QLatin1StringView("CountryOrRegion"), a.countryOrRegion},
        {QLatin1StringView("Description"), a.description},
        {QLatin1StringView("Latitude"), a.latitude},
        {QLatin1StringView("Longitude"), a.longitude},
    };
    for (const auto &[parameter, value] : fields) {
        if (!value.isEmpty())
            step.arguments.append(argument(QString(parameter), value));
    }
    step.label = row.label;
    step.reason = Text::tr("Teams has no emergency address at this street: it is created with "
                           "Dispatchable's validated fields and coordinates.");
    step.dispatchableId = a.key;
    const int index = addStep(std::move(step), QStringLiteral("address"));
    m_civicAddressOf.insert(a.key, {QString(), index});
}

void Planner::changeAddress(const TeamsComparisonRow &row, const TeamsScriptAddress &a)
{
    QStringList settable;
    QStringList street;
    for (const QString &column : row.differences)
        (isSettableAddressColumn(column) ? settable : street).append(column);
    if (!street.isEmpty())
        note(row, TeamsNoteReason::NotByScript,
             Text::tr("Teams holds another street (%1). No documented cmdlet changes it: "
                      "Set-CsOnlineLisCivicAddress changes the street only of an address Teams "
                      "has not validated, and keeps its suffix and directionals for Microsoft. "
                      "Correct it in the Teams admin center, or create the address anew and "
                      "move its places.")
                 .arg(street.join(QStringLiteral(", "))));
    const EmergencyAddress *ours = nullptr;
    for (const EmergencyAddress &candidate : m_ours.map.addresses) {
        if (candidate.id == a.key)
            ours = &candidate;
    }
    if (settable.contains(QLatin1StringView("CompanyName")) && ours &&
        ours->companyName.trimmed().isEmpty()) {
        // The script would send the tenant's name, which the comparison never reads back as
        // equal: Teams requires a company name, so its own stays.
        settable.removeAll(QStringLiteral("CompanyName"));
        note(row, TeamsNoteReason::NotByScript,
             Text::tr("Dispatchable has no company name for this address and Teams requires "
                      "one: Teams's is kept."));
    }
    if (settable.isEmpty())
        return;
    const TeamsCivicAddress *theirs = nullptr;
    for (const TeamsCivicAddress &t : m_teams.addresses()) {
        if (t.civicAddressId == row.teamsId)
            theirs = &t;
    }
    if (theirs && !teamsAddressEditableIn(theirs->civic.country)) {
        note(row, TeamsNoteReason::NotByScript,
             Text::tr("Teams lets a script change an address only in some countries "
                      "(Set-CsOnlineLisCivicAddress), and not in this one: change %1 in the "
                      "Teams admin center.")
                 .arg(settable.join(QStringLiteral(", "))));
        return;
    }
    TeamsDifferenceStep step;
    step.kind = TeamsObjectKind::Address;
    step.cmdlet = QStringLiteral("Set-CsOnlineLisCivicAddress");
    step.arguments.append(argument(QStringLiteral("CivicAddressId"), row.teamsId));
    if (settable.contains(QLatin1StringView("CompanyName")))
        step.arguments.append(argument(QStringLiteral("CompanyName"), a.companyName));
    const bool moved = settable.contains(QLatin1StringView("Latitude")) ||
                       settable.contains(QLatin1StringView("Longitude"));
    if (moved && !a.latitude.isEmpty()) {
        // A coordinate is a pair: both go, even when only one differs.
        step.arguments.append(argument(QStringLiteral("Latitude"), a.latitude));
        step.arguments.append(argument(QStringLiteral("Longitude"), a.longitude));
    }
    if (step.arguments.size() == 1)
        return; // coordinates Teams has and Dispatchable lacks (Australia, Japan) stay
    step.label = row.label;
    step.reason = Text::tr("Teams holds another %1 for this address: set to Dispatchable's.")
                      .arg(settable.join(QStringLiteral(", ")));
    step.dispatchableId = a.key;
    step.teamsId = row.teamsId;
    addStep(std::move(step));
}

void Planner::planPlaces()
{
    if (!prerequisitesRead(TeamsObjectKind::Place))
        return;
    QHash<QString, const TeamsScriptPlace *> inScript;
    for (const TeamsScriptPlace &p : m_script.places)
        inScript.insert(p.key, &p);
    for (const TeamsComparisonRow &row : rowsOf(TeamsObjectKind::Place)) {
        if (!row.dispatchableId.isEmpty() && !row.teamsId.isEmpty())
            m_locationOf.insert(row.dispatchableId, {row.teamsId, -1});
        if (noteUnplanned(row))
            continue;
        const TeamsScriptPlace *p = inScript.value(row.dispatchableId);
        if (!p)
            continue;
        TeamsDifferenceStep step;
        step.kind = TeamsObjectKind::Place;
        step.label = row.label;
        step.dispatchableId = p->key;
        if (row.side == TeamsSide::Different) {
            step.cmdlet = QStringLiteral("Set-CsOnlineLisLocation");
            step.arguments = {argument(QStringLiteral("LocationId"), row.teamsId),
                              argument(QStringLiteral("Location"), p->location)};
            step.reason = Text::tr("Teams names this location differently: it is renamed to "
                                   "Dispatchable's name.");
            step.teamsId = row.teamsId;
            addStep(std::move(step));
            continue;
        }
        const TeamsRef address = m_civicAddressOf.value(p->addressKey);
        if (!address.known()) {
            note(row, TeamsNoteReason::ConfirmFirst,
                 Text::tr("Its address is still to confirm: the script cannot tell which Teams "
                          "address to create it at."));
            continue;
        }
        step.cmdlet = QStringLiteral("New-CsOnlineLisLocation");
        step.arguments = {argument(QStringLiteral("CivicAddressId"), address),
                          argument(QStringLiteral("Location"), p->location)};
        step.reason = Text::tr("Teams has no location of this name at its address: it is "
                               "created.");
        const int index = addStep(std::move(step), QStringLiteral("place"));
        m_locationOf.insert(p->key, {QString(), index});
    }
}

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

// The script does not change numbers; one that Teams places elsewhere is said so.
void Planner::noteNumbers()
{
    for (const TeamsComparisonRow &row : rowsOf(TeamsObjectKind::Number)) {
        if (row.side == TeamsSide::Different)
            note(row, TeamsNoteReason::NotByScript,
                 Text::tr("%1 The script does not change numbers: correct the E911 registration, "
                          "or the number's location in Teams.")
                     .arg(row.note));
    }
}

void Planner::noteLeftOut()
{
    for (const QString &sentence : m_script.leftOut)
        m_plan.notes.append({std::nullopt, TeamsNoteReason::LeftOut, QString(), sentence});
    if (m_script.count(NetworkElementKind::TrustedIp) > 0)
        m_plan.notes.append(
            {std::nullopt, TeamsNoteReason::LeftOut, QString(),
             Text::tr("Trusted IP addresses are not in the Teams exports compared: the difference "
                      "leaves them alone. The script of the whole configuration sets them.")});
}

TeamsDifferencePlan Planner::run()
{
    // Create before reference: addresses, their places, the elements that point at places.
    planAddresses();
    planPlaces();
    for (const ElementCmdlet &kind : elementCmdlets)
        planElements(kind);
    planPolicy();
    noteNumbers();
    noteLeftOut();
    return m_plan;
}

} // namespace

QString TeamsDifferenceStep::value(QStringView parameter) const
{
    for (const TeamsStepArgument &a : arguments) {
        if (a.parameter == parameter)
            return a.fromStep >= 0 ? QString() : a.value;
    }
    return {};
}

int TeamsDifferencePlan::creates() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [](const TeamsDifferenceStep &s) { return s.creates(); }));
}

TeamsDifferencePlan planTeamsDifference(const TeamsTenantSnapshot &teams,
                                        const DispatchableTenantState &ours)
{
    return Planner(teams, ours).run();
}

QString teamsNoteReasonName(TeamsNoteReason why)
{
    switch (why) {
    case TeamsNoteReason::LeftInTeams:
        return Text::tr("Left in Teams");
    case TeamsNoteReason::ConfirmFirst:
        return Text::tr("Confirm first");
    case TeamsNoteReason::NotByScript:
        return Text::tr("Not by script");
    case TeamsNoteReason::LeftOut:
        return Text::tr("Left out");
    }
    return {};
}

bool teamsAddressEditableIn(const QString &countryOrRegion)
{
    static const QSet<QString> countries{
        QStringLiteral("AU"), QStringLiteral("BR"), QStringLiteral("CA"), QStringLiteral("HR"),
        QStringLiteral("CZ"), QStringLiteral("EE"), QStringLiteral("HK"), QStringLiteral("HU"),
        QStringLiteral("IL"), QStringLiteral("JP"), QStringLiteral("LV"), QStringLiteral("LT"),
        QStringLiteral("MX"), QStringLiteral("NZ"), QStringLiteral("PL"), QStringLiteral("PR"),
        QStringLiteral("RO"), QStringLiteral("SG"), QStringLiteral("KR"), QStringLiteral("SI"),
        QStringLiteral("ZA"), QStringLiteral("US")};
    return countries.contains(countryOrRegion.trimmed().toUpper());
}
