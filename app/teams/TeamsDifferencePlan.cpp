// Planning the difference script; see TeamsDifferencePlan.h. Rows, addresses, places and the
// order here; network elements, the policy and the notes in TeamsDifferencePlanNetwork.cpp.
#include "teams/TeamsDifferencePlan.h"

#include "teams/TeamsAutomationRow.h"
#include "teams/TeamsDifferencePlanner.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsDifferencePlan)
};

// The Teams columns Set-CsOnlineLisCivicAddress may change for everyone (Microsoft's page marks
// them "Publicly editable"), and the street columns, which it changes only on an address Teams
// has not validated, and of which it keeps the suffix and directionals for Microsoft's use.
bool isSettableAddressColumn(const QString &column)
{
    return column == u"CompanyName" || column == u"Latitude" || column == u"Longitude";
}

using teams::ExportKind;
} // namespace

namespace teamsdifference {

QList<TeamsComparisonRow> Planner::rowsOf(TeamsObjectKind kind) const
{
    QList<TeamsComparisonRow> rows;
    std::copy_if(m_rows.cbegin(), m_rows.cend(), std::back_inserter(rows),
                 [kind](const TeamsComparisonRow &row) { return row.kind == kind; });
    return rows;
}

// A kind is planned only when the files it refers through were read too: a place needs its
// address's CivicAddressId, a network element its place's LocationId, a number its address's
// default location. Addresses, trusted IPs and the policy refer to nothing.
bool Planner::prerequisitesRead(TeamsObjectKind kind)
{
    QList<ExportKind> needed;
    if (kind == TeamsObjectKind::Place)
        needed = {ExportKind::CivicAddress};
    else if (kind != TeamsObjectKind::Address && kind != TeamsObjectKind::Policy &&
             kind != TeamsObjectKind::TrustedIp)
        needed = {ExportKind::CivicAddress, ExportKind::Location};
    for (const ExportKind file : needed) {
        if (m_teams.hasRead(file))
            continue;
        // Rows without Teams ids are said once, by noteWithoutIds().
        if (!rowsOf(kind).isEmpty() && !m_teams.readWithoutIds())
            m_plan.notes.append(
                {kind, TeamsNoteReason::LeftOut, teamsObjectKindName(kind),
                 Text::tr("Not changed: the export of %1 was not given, and the script needs "
                          "the Teams ids it holds.")
                     .arg(teams::exportKindText(file))});
        return false;
    }
    return true;
}

void Planner::noteWithoutIds()
{
    if (!m_teams.readWithoutIds())
        return;
    m_plan.notes.append(
        {std::nullopt, TeamsNoteReason::LeftOut, QString(),
         Text::tr("The TeamsE911Automation export holds no Teams ids: its addresses, places and "
                  "network elements are compared but the script changes none of them. Give the "
                  "Get-CsOnlineLis exports for a script that does.")});
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
        if (teams::isWithoutTeamsId(row.teamsId))
            continue; // noted once, by noteWithoutIds()
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

TeamsDifferencePlan Planner::run()
{
    // Create before reference: addresses, their places, the elements that point at places, the
    // numbers that point at addresses.
    noteWithoutIds();
    planAddresses();
    planPlaces();
    planNetwork();
    planPolicy();
    noteRouting();
    planNumbers(); // last: a number points at an address's default location
    noteLeftOut();
    return m_plan;
}

} // namespace teamsdifference

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
    return teamsdifference::Planner(teams, ours).run();
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
