// Finding and judging an emergency call's place; see CallPlace.h.
#include "CallPlace.h"

#include "lis/Place.h"
#include "store/Representations.h"
#include "store/ServerDatabase.h"

#include <QJsonDocument>

#include <algorithm>

namespace {
QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}
} // namespace

QJsonObject CallPlace::toJson() const
{
    QJsonObject o = verdict.toJson();
    o.insert(QStringLiteral("placeId"), placeId);
    o.insert(QStringLiteral("label"), label);
    o.insert(QStringLiteral("addressId"), addressId);
    o.insert(QStringLiteral("addressEtag"), addressEtag);
    return o;
}

std::optional<CallPlace> findCallPlace(ServerDatabase &db, const QString &tenantId,
                                       const SentLocation &sent, const QString &registeredAddressId)
{
    if (sent.displayName.isEmpty())
        return std::nullopt;
    const QString wanted = placeLabelKey(sent.displayName);
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT p.id, p.building, p.floor, p.room, a.id, a.civic, a.normalized,"
                           " a.latitude, a.longitude, a.version FROM places p JOIN addresses a"
                           " ON a.id = p.address_id WHERE p.tenant_id = ? ORDER BY p.id"),
            {tenantId});
    QList<CallPlace> named;
    while (q.next()) {
        Place place;
        place.building = q.value(1).toString();
        place.floor = q.value(2).toString();
        place.room = q.value(3).toString();
        if (placeLabelKey(place.label()) != wanted)
            continue;
        CallPlace found;
        found.placeId = q.value(0).toString();
        found.label = place.label();
        found.addressId = q.value(4).toString();
        found.addressEtag = QString::fromLatin1(etagFor(q.value(9).toLongLong()));
        found.verdict = judgeSentLocation(
            sent, registeredLocation(found.addressId, parseObject(q.value(5)),
                                     parseObject(q.value(6)), q.value(7), q.value(8)));
        // The one at the address Teams sent is the one meant, however many share the name.
        if (found.verdict.kind == LocationVerdict::Kind::Matches)
            return found;
        named.append(found);
    }
    if (named.size() == 1)
        return named.constFirst();
    const auto atHome = std::find_if(named.cbegin(), named.cend(), [&](const CallPlace &p) {
        return !registeredAddressId.isEmpty() && p.addressId == registeredAddressId;
    });
    return atHome != named.cend() ? std::optional<CallPlace>(*atHome) : std::nullopt;
}
