// The dry run of adopting rows that are only in Teams; see TeamsAdoptionPlan.h.
#include "teams/TeamsAdoptionPlan.h"

#include "address/AddressFormCheck.h"
#include "teams/TeamsAutomationRow.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsAdoptionPlan)
};

// The limit the contract sets on a place's building, floor and room (docs/api.md).
constexpr qsizetype placePartLimit = 60;

// What can be adopted, in the order it is created: parents before what points at them.
constexpr std::array adoptableKinds{TeamsObjectKind::Address,  TeamsObjectKind::Place,
                                    TeamsObjectKind::Subnet,   TeamsObjectKind::AccessPoint,
                                    TeamsObjectKind::Switch,   TeamsObjectKind::Port,
                                    TeamsObjectKind::TrustedIp};

// Where a Teams id stands in Dispatchable: the object it is (matched, or confirmed among
// candidates), adopted in this run, or neither (with why).
struct Parent
{
    QString dispatchableId; // in Dispatchable already
    bool adoptedNow = false;
    QString missing; // why neither, in words
    QString label;   // the comparison row's label, when there is one
};

class Planner
{
public:
    Planner(const QList<TeamsComparisonRow> &chosen, const QList<TeamsComparisonRow> &rows,
            const TeamsTenantSnapshot &teams, const QHash<QString, QString> &confirmed)
        : m_chosen(chosen)
        , m_rows(rows)
        , m_teams(teams)
        , m_confirmed(confirmed)
    {}

    QList<TeamsAdoption> plan()
    {
        QList<TeamsAdoption> out;
        for (const TeamsObjectKind kind : adoptableKinds) {
            for (const TeamsComparisonRow &row : m_chosen) {
                if (row.kind != kind || !isTeamsAdoptable(row))
                    continue;
                TeamsAdoption a;
                a.kind = row.kind;
                a.teamsId = row.teamsId;
                a.label = row.label;
                a.action = TeamsAdoptAction::Create;
                if (kind == TeamsObjectKind::Address)
                    planAddress(a);
                else if (kind == TeamsObjectKind::Place)
                    planPlace(a);
                else
                    planElement(a);
                if (!a.reasons.isEmpty())
                    a.action = TeamsAdoptAction::Refused;
                // Only a parent that is sent lets its children wait for it.
                if (a.isSent())
                    m_sent.insert(key(kind, a.teamsId));
                out.append(a);
            }
        }
        return out;
    }

private:
    static QString key(TeamsObjectKind kind, const QString &teamsId)
    {
        return QString::number(int(kind)) + QLatin1Char('|') + teamsId;
    }

    void planAddress(TeamsAdoption &a) const;
    void planPlace(TeamsAdoption &a) const;
    void planElement(TeamsAdoption &a) const;
    Parent parentOf(TeamsObjectKind kind, const QString &teamsId) const;
    // Notes the parent on `a` (where it goes, what it waits for, why it cannot); the parent's
    // id in Dispatchable, empty while it waits or when there is none.
    QString attach(TeamsAdoption &a, TeamsObjectKind parentKind,
                   const QString &parentTeamsId) const;
    bool isChosen(TeamsObjectKind kind, const QString &teamsId) const;
    // Why an element's location is not a place: an address's default location, or unknown.
    QString missingLocation(const QString &locationId) const;

    const QList<TeamsComparisonRow> &m_chosen;
    const QList<TeamsComparisonRow> &m_rows;
    const TeamsTenantSnapshot &m_teams;
    const QHash<QString, QString> &m_confirmed;
    QSet<QString> m_sent; // kind|teamsId of the rows this run sends
};

void Planner::planAddress(TeamsAdoption &a) const
{
    const auto &addresses = m_teams.addresses();
    const auto t =
        std::find_if(addresses.cbegin(), addresses.cend(),
                     [&](const TeamsCivicAddress &c) { return c.civicAddressId == a.teamsId; });
    if (t == addresses.cend()) {
        a.reasons.append(Text::tr("The export holds no address with this CivicAddressId."));
        return;
    }
    if (t->civic.stName.isEmpty()) {
        a.reasons.append(
            Text::tr("Teams holds no street for this address (StreetName is empty): "
                     "there is nothing to dispatch to. Add the street in Teams first."));
        return;
    }
    a.address.civic = t->civic;
    a.address.companyName = t->companyName;
    // An id the snapshot made up for the TeamsE911Automation export is no Teams id to keep.
    if (!teams::isWithoutTeamsId(t->civicAddressId))
        a.address.teamsCivicAddressId = t->civicAddressId;
    for (const FieldError &problem : AddressFormCheck::check(t->civic)) {
        if (problem.code == QLatin1StringView("unsupported_country"))
            a.reasons.append(problem.detail);
        else
            a.warnings.append(
                Text::tr("Kept as not valid until corrected: %1").arg(problem.detail));
    }
    // Teams writes 0, 0 for an address its maps could not place.
    const bool hasPoint = t->latitude && t->longitude && (*t->latitude != 0 || *t->longitude != 0);
    if (hasPoint)
        a.address.pinOverride = QGeoCoordinate(*t->latitude, *t->longitude);
    else
        a.warnings.append(Text::tr("Teams holds no coordinates: the map shows the postal code's "
                                   "centre until someone places the pin."));
}

void Planner::planPlace(TeamsAdoption &a) const
{
    const auto &locations = m_teams.locations();
    const auto t = std::find_if(locations.cbegin(), locations.cend(),
                                [&](const TeamsLocation &l) { return l.locationId == a.teamsId; });
    if (t == locations.cend()) {
        a.reasons.append(Text::tr("The export holds no location with this LocationId."));
        return;
    }
    const std::optional<Place> place = placeFromTeamsName(t->name);
    if (!place)
        a.reasons.append(Text::tr("Its name cannot be kept unchanged as a place: Dispatchable "
                                  "keeps building, floor and room separated by a comma and one "
                                  "space, each at most %1 characters. Rename it in Teams first.")
                             .arg(placePartLimit));
    else
        a.place = *place;
    if (!teams::isWithoutTeamsId(t->locationId))
        a.place.teamsLocationId = t->locationId;
    a.place.addressId = attach(a, TeamsObjectKind::Address, t->civicAddressId);
}

void Planner::planElement(TeamsAdoption &a) const
{
    const auto &elements = m_teams.networkElements();
    const auto t =
        std::find_if(elements.cbegin(), elements.cend(), [&](const TeamsNetworkElement &e) {
            return teamsObjectKindOf(e.element.kind) == a.kind &&
                   teamsElementIdentifier(e.element) == a.teamsId;
        });
    if (t == elements.cend()) {
        a.reasons.append(Text::tr("The export holds no such element."));
        return;
    }
    a.element = t->element;
    // A trusted IP is a public egress address of the tenant: it belongs to no place.
    if (a.element.kind == NetworkElementKind::TrustedIp)
        return;
    if (a.element.kind == NetworkElementKind::Subnet)
        a.warnings.append(Text::tr("Teams keeps no mask: kept as %1; set the real mask here if "
                                   "you know it (Teams matches the network ID alone).")
                              .arg(a.element.subnet));
    a.element.placeId = attach(a, TeamsObjectKind::Place, t->locationId);
}

QString Planner::attach(TeamsAdoption &a, TeamsObjectKind parentKind,
                        const QString &parentTeamsId) const
{
    const Parent parent = parentOf(parentKind, parentTeamsId);
    if (!parent.missing.isEmpty())
        a.reasons.append(parent.missing);
    a.parentLabel = parent.label;
    if (parent.adoptedNow) {
        a.action = TeamsAdoptAction::CreateAfter;
        a.after = parentTeamsId;
    }
    return parent.dispatchableId;
}

Parent Planner::parentOf(TeamsObjectKind kind, const QString &teamsId) const
{
    const bool isAddress = kind == TeamsObjectKind::Address;
    const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const TeamsComparisonRow &r) {
        return r.kind == kind && r.teamsId == teamsId;
    });
    Parent parent;
    if (row == m_rows.cend()) {
        parent.missing = isAddress ? Text::tr("Its address is not in the export: add Teams's "
                                              "addresses file.")
                                   : missingLocation(teamsId);
        return parent;
    }
    parent.label = row->label;
    if (m_sent.contains(key(kind, teamsId))) {
        parent.adoptedNow = true;
        return parent;
    }
    const QString confirmed = m_confirmed.value(teamsId);
    if (row->side == TeamsSide::Equal || row->side == TeamsSide::Different)
        parent.dispatchableId = row->dispatchableId;
    else if (row->side == TeamsSide::Ambiguous && row->candidates.contains(confirmed))
        parent.dispatchableId = confirmed;
    else if (row->side == TeamsSide::Ambiguous)
        parent.missing = isAddress ? Text::tr("Confirm its address's match first (Confirm Match…).")
                                   : Text::tr("Confirm its place's match first (Confirm Match…).");
    else if (isChosen(kind, teamsId))
        parent.missing = isAddress ? Text::tr("Its address cannot be adopted (see that row).")
                                   : Text::tr("Its place cannot be adopted (see that row).");
    else
        parent.missing =
            isAddress
                ? Text::tr("Its address is only in Teams: choose it too (%1).").arg(row->label)
                : Text::tr("Its place is only in Teams: choose it too (%1).").arg(row->label);
    return parent;
}

bool Planner::isChosen(TeamsObjectKind kind, const QString &teamsId) const
{
    return std::any_of(m_chosen.cbegin(), m_chosen.cend(), [&](const TeamsComparisonRow &r) {
        return r.kind == kind && r.teamsId == teamsId;
    });
}

QString Planner::missingLocation(const QString &locationId) const
{
    const bool isDefault =
        std::any_of(
            m_teams.addresses().cbegin(), m_teams.addresses().cend(),
            [&](const TeamsCivicAddress &a) { return a.defaultLocationId == locationId; }) ||
        std::any_of(m_teams.locations().cbegin(), m_teams.locations().cend(),
                    [&](const TeamsLocation &l) {
                        return l.locationId == locationId && l.isDefaultLocation();
                    });
    if (isDefault)
        return Text::tr("Teams puts it at an address's default location; in Dispatchable network "
                        "elements belong to a place. Create the place, then add the element to "
                        "it.");
    return Text::tr("Its location is not in the export: add Teams's locations file.");
}

enum class PlacePart : quint8 { Building, Floor, Room, Unknown };

PlacePart partOf(const QString &text)
{
    static const QRegularExpression building(
        QStringLiteral("\\b(building|bldg|tower|block|hall)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression floor(
        QStringLiteral("\\b(floor|fl|level|lvl|storey|story|basement|mezzanine)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression room(
        QStringLiteral("\\b(room|rm|suite|ste|wing|unit|office|area|zone)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (building.match(text).hasMatch())
        return PlacePart::Building;
    if (floor.match(text).hasMatch())
        return PlacePart::Floor;
    if (room.match(text).hasMatch())
        return PlacePart::Room;
    return PlacePart::Unknown;
}
} // namespace

bool isTeamsAdoptable(const TeamsComparisonRow &row)
{
    return row.side == TeamsSide::OnlyInTeams &&
           std::find(adoptableKinds.cbegin(), adoptableKinds.cend(), row.kind) !=
               adoptableKinds.cend();
}

QList<TeamsAdoption> planTeamsAdoption(const QList<TeamsComparisonRow> &chosen,
                                       const QList<TeamsComparisonRow> &rows,
                                       const TeamsTenantSnapshot &teams,
                                       const QHash<QString, QString> &confirmed)
{
    return Planner(chosen, rows, teams, confirmed).plan();
}

std::optional<Place> placeFromTeamsName(const QString &name)
{
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
            parts.append(trimmed);
    if (parts.isEmpty())
        return std::nullopt;
    // Beyond three parts, the rest stay together as the room: the label reads the same.
    if (parts.size() > 3)
        parts = {parts.at(0), parts.at(1), parts.mid(2).join(QStringLiteral(", "))};
    if (std::any_of(parts.cbegin(), parts.cend(),
                    [](const QString &p) { return p.size() > placePartLimit; }))
        return std::nullopt;
    // Where the words say, when each part says something else and they keep their order.
    QList<int> fieldOf;
    for (const QString &part : std::as_const(parts))
        fieldOf.append(int(partOf(part)));
    const bool byWords = !fieldOf.contains(int(PlacePart::Unknown)) &&
                         std::is_sorted(fieldOf.cbegin(), fieldOf.cend()) &&
                         std::adjacent_find(fieldOf.cbegin(), fieldOf.cend()) == fieldOf.cend();
    if (!byWords) {
        // One part naming nothing is a room or wing ("Lobby"); more go in order.
        const int first = parts.size() == 1 ? int(PlacePart::Room) : 0;
        fieldOf.clear();
        for (int i = 0; i < int(parts.size()); ++i)
            fieldOf.append(first + i);
    }
    Place place;
    QString *fields[] = {&place.building, &place.floor, &place.room};
    for (int i = 0; i < int(parts.size()); ++i)
        *fields[fieldOf.at(i)] = parts.at(i);
    // A name written otherwise ("A,B", "A, , B", spaces around it) would come back changed, and
    // the difference script would then rename the location in Teams.
    if (place.label() != name)
        return std::nullopt;
    return place;
}
