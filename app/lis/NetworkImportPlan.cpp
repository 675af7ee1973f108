// Matching imported network rows to the tenant's addresses, places and elements.
#include "lis/NetworkImportPlan.h"

#include "domain/AddressLine.h"
#include "import/NumberImportPlan.h"
#include "lis/SubnetOverlap.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NetworkImportPlan)
};
} // namespace

namespace csvimport {

namespace {

// Case and spacing ignored: "Floor 3" = "floor3".
QString looseKey(const QString &text)
{
    return placeLabelKey(text);
}

QString placeKey(const Place &p)
{
    return looseKey(p.building) + QLatin1Char('|') + looseKey(p.floor) + QLatin1Char('|') +
           looseKey(p.room);
}

QString elementKey(const NetworkElement &e)
{
    return networkElementKindToWire(e.kind) + QLatin1Char('|') + e.identifier();
}

// The ids rows carry in the overlap and wildcard checks, apart from real element ids.
QString rowId(qsizetype index)
{
    return QStringLiteral("\x01row:") + QString::number(index);
}

// What phase one found for a row.
struct Resolution
{
    const EmergencyAddress *address = nullptr;
    const Place *place = nullptr; // the existing place
    bool newPlace = false;        // the place is to be created under `address`
    bool noChange = false;
};
} // namespace

int NetworkImportPlan::count(NetworkRowAction action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const PlannedNetworkRow &r) { return r.action == action; }));
}

NetworkImportPlan planNetworkImport(const QList<NetworkRowCheck> &checks,
                                    const QList<EmergencyAddress> &addresses,
                                    const QList<Place> &places,
                                    const QList<NetworkElement> &elements)
{
    QHash<QString, const EmergencyAddress *> addressByKey;
    QHash<QString, const EmergencyAddress *> addressById;
    for (const EmergencyAddress &a : addresses) {
        addressByKey.insert(addressKey(a.civic), &a);
        if (a.normalized)
            addressByKey.insert(addressKey(*a.normalized), &a);
        addressById.insert(a.id, &a);
    }
    QHash<QString, const Place *> placeById;    // lower case: Teams writes GUIDs in any case
    QHash<QString, const Place *> placeByKey;   // address id | building | floor | room
    QHash<QString, const Place *> placeByLabel; // address id | label, for Teams location names
    for (const Place &p : places) {
        placeById.insert(p.id.toLower(), &p);
        placeByKey.insert(p.addressId + QLatin1Char('|') + placeKey(p), &p);
        placeByLabel.insert(p.addressId + QLatin1Char('|') + looseKey(p.label()), &p);
    }
    QHash<QString, const NetworkElement *> elementByKey;
    for (const NetworkElement &e : elements)
        elementByKey.insert(elementKey(e), &e);
    auto placeLine = [&addressById](const Place &p) {
        const EmergencyAddress *a = addressById.value(p.addressId);
        return a ? QString(p.label() + QStringLiteral(" — ") + emergencyAddressLine(*a))
                 : p.label();
    };

    NetworkImportPlan plan;
    QList<Resolution> resolved(checks.size());
    // Phase one: each row on its own.
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const NetworkRowCheck &check = checks.at(i);
        Resolution &r = resolved[i];
        PlannedNetworkRow row;
        row.record = check.record;
        row.element = check.element;
        row.reasons = check.problems;
        row.warnings = check.notes;
        if (!check.hasElement && check.problems.isEmpty()) {
            row.action = NetworkRowAction::Skip;
            row.detail = Text::tr("Nothing to import: the row names no network element.");
            plan.rows.append(row);
            continue;
        }
        if (check.element.kind == NetworkElementKind::TrustedIp) {
            if (!check.addressText.isEmpty() || !check.place.label().isEmpty())
                row.warnings.append(
                    Text::tr("A trusted IP belongs to no place: the address, building, "
                             "floor and room of this row are not used."));
        } else if (!check.locationId.isEmpty()) {
            r.place = placeById.value(check.locationId);
            if (!r.place)
                row.reasons.append(
                    Text::tr(
                        "LocationId %1 is not a place in Dispatchable. Teams' own location IDs "
                        "are not known here: export the places from Dispatchable, or use the "
                        "simple form with the address and building, floor and room.")
                        .arg(check.locationId));
        } else if (!check.addressText.isEmpty()) {
            r.address = addressByKey.value(addressKey(check.address));
            if (!r.address)
                row.reasons.append(
                    Text::tr("The address \"%1\" is not in Dispatchable: add it under "
                             "Emergency Addresses first, then import again.")
                        .arg(check.addressText));
            else if (!check.place.label().isEmpty()) {
                r.place =
                    placeByKey.value(r.address->id + QLatin1Char('|') + placeKey(check.place));
                if (!r.place && !check.locationText.isEmpty())
                    r.place = placeByLabel.value(r.address->id + QLatin1Char('|') +
                                                 looseKey(check.locationText));
                r.newPlace = !r.place;
            }
        }
        if (r.place)
            row.element.placeId = r.place->id;
        if (check.hasElement && check.isValid()) {
            if (const NetworkElement *existing = elementByKey.value(elementKey(check.element))) {
                const bool samePlace = existing->placeId == row.element.placeId && !r.newPlace;
                if (samePlace && existing->description == check.element.description)
                    r.noChange = true;
                else
                    row.reasons.append(
                        Text::tr("%1 is already in the network map%2: change it there, or leave "
                                 "this row out.")
                            .arg(existing->identifier(),
                                 placeById.contains(existing->placeId.toLower())
                                     ? Text::tr(" (at %1)")
                                           .arg(placeLine(
                                               *placeById.value(existing->placeId.toLower())))
                                     : QString()));
            }
        }
        plan.rows.append(row);
    }

    // Phase two: what the rows still to be created do to each other and to the map.
    auto willCreate = [&](qsizetype i) {
        const PlannedNetworkRow &row = plan.rows.at(i);
        return row.action != NetworkRowAction::Skip && row.reasons.isEmpty() &&
               !resolved.at(i).noChange;
    };
    QList<NetworkElement> combined = elements;
    for (qsizetype i = 0; i < plan.rows.size(); ++i)
        if (willCreate(i)) {
            NetworkElement e = plan.rows.at(i).element;
            e.id = rowId(i);
            combined.append(e);
        }
    auto rowIndexOf = [](const QString &id) -> qsizetype {
        return id.startsWith(QStringLiteral("\x01row:")) ? id.mid(5).toLongLong() : -1;
    };
    auto nameOf = [&](const QString &id) {
        const qsizetype i = rowIndexOf(id);
        return i >= 0 ? Text::tr("row %1 of this file").arg(plan.rows.at(i).record)
                      : Text::tr("already in the network map");
    };
    // Teams refuses whichever of two conflicting access points comes second: the row, or the
    // later of two rows.
    QList<QPair<qsizetype, QString>> refusals;
    for (const lis::WildcardConflict &c : lis::findWildcardConflicts(combined)) {
        const qsizetype w = rowIndexOf(c.wildcardId);
        const qsizetype b = rowIndexOf(c.coveredId);
        if (b >= 0 && b > w)
            refusals.append({b, Text::tr("%1 is inside the wildcard %2 (%3): Teams refuses a BSSID "
                                         "inside a wildcard range.")
                                    .arg(c.covered, c.wildcard, nameOf(c.wildcardId))});
        else if (w >= 0)
            refusals.append({w, Text::tr("The wildcard %1 covers %2 (%3): Teams refuses a wildcard "
                                         "over an access point it already has.")
                                    .arg(c.wildcard, c.covered, nameOf(c.coveredId))});
    }
    for (const auto &[index, reason] : std::as_const(refusals))
        plan.rows[index].reasons.append(reason);
    for (const NetworkElementKind kind :
         {NetworkElementKind::Subnet, NetworkElementKind::TrustedIp})
        for (const lis::SubnetOverlap &o : lis::findSubnetOverlaps(combined, kind)) {
            if (const qsizetype i = rowIndexOf(o.innerId); i >= 0)
                plan.rows[i].warnings.append(
                    Text::tr("%1 lies inside %2 (%3).").arg(o.inner, o.outer, nameOf(o.outerId)));
            if (const qsizetype i = rowIndexOf(o.outerId); i >= 0)
                plan.rows[i].warnings.append(
                    Text::tr("%1 contains %2 (%3).").arg(o.outer, o.inner, nameOf(o.innerId)));
        }

    // Phase three: the actions, and the places to create for the rows that remain.
    QHash<QString, int> newPlaceOf;
    for (qsizetype i = 0; i < plan.rows.size(); ++i) {
        PlannedNetworkRow &row = plan.rows[i];
        const Resolution &r = resolved.at(i);
        if (row.action == NetworkRowAction::Skip)
            continue;
        if (!row.reasons.isEmpty()) {
            row.action = NetworkRowAction::Refused;
            row.detail = row.reasons.join(QLatin1Char(' '));
            continue;
        }
        const NetworkRowCheck &check = checks.at(i);
        if (r.noChange) {
            row.action = NetworkRowAction::NoChange;
            row.detail = r.place ? Text::tr("Already there, at %1.").arg(placeLine(*r.place))
                                 : Text::tr("Already there.");
        } else if (r.newPlace) {
            row.action = NetworkRowAction::CreatePlace;
            const QString key = r.address->id + QLatin1Char('|') + placeKey(check.place);
            auto group = newPlaceOf.constFind(key);
            if (group == newPlaceOf.cend()) {
                NewPlace place{r.address->id, check.place, {}};
                place.place.addressId = r.address->id;
                plan.newPlaces.append(place);
                group = newPlaceOf.insert(key, int(plan.newPlaces.size()) - 1);
            }
            plan.newPlaces[*group].records.append(row.record);
            row.newPlace = *group;
            row.detail = Text::tr("New place %1 at %2.")
                             .arg(check.place.label(), emergencyAddressLine(*r.address));
        } else {
            row.action = NetworkRowAction::Create;
            row.detail = r.place ? placeLine(*r.place) : Text::tr("Trusted IP (no place).");
        }
    }
    return plan;
}

} // namespace csvimport
