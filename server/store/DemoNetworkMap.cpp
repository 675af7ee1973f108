#include "DemoNetworkMap.h"

#include "JsonText.h"
#include "Representations.h"
#include "ServerDatabase.h"
#include "domain/CivicAddress.h"
#include "validation/AddressValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

namespace {

const char *const roomNames[] = {"Lobby",     "Reception", "Data center", "Training room",
                                 "Cafeteria", "Mail room", "East wing",   "West wing"};
const char *const testers[] = {"Jordan Facilities", "Riley Security", "Morgan IT", "Casey Admin"};

struct Writer
{
    ServerDatabase &db;
    QRandomGenerator rng{20261126};
    QString now = ServerDatabase::nowIso();
    QSqlQuery place = db.prepare(
        QStringLiteral("INSERT INTO places (id, tenant_id, address_id, building, floor, room,"
                       " description, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    QSqlQuery element = db.prepare(QStringLiteral(
        "INSERT INTO network_elements (id, tenant_id, kind, place_id, subnet, bssid, chassis_id,"
        " port_id, description, identity, version, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    QSqlQuery testCall = db.prepare(QStringLiteral(
        "INSERT INTO test_calls (id, tenant_id, place_id, number, address_id, address_etag,"
        " called_by, called_at, read_back, result, note, recorded_by_id, recorded_by_email,"
        " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)"));
    QString failure{}; // the first statement's error, for the start-up message

    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 16; ++i)
            bytes[i] = static_cast<char>(rng.bounded(256));
        bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
        bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

    void run(QSqlQuery &q, std::initializer_list<QVariant> values)
    {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() && failure.isEmpty())
            failure = q.lastError().text();
    }

    QString addPlace(const QString &tenant, const QString &address, const QString &building,
                     const QString &floor, const QString &room, const QString &description = {})
    {
        const QString id = uuid();
        // A null QString binds as SQL NULL; the columns are NOT NULL.
        const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
        run(place,
            {id, tenant, address, text(building), text(floor), text(room), text(description), now});
        return id;
    }

    void addElement(const QString &tenant, const char *kind, const QString &placeId,
                    const QString &subnet, const QString &bssid, const QString &chassis,
                    const QString &port, const QString &description)
    {
        const QString identity = !subnet.isEmpty()  ? subnet
                                 : !bssid.isEmpty() ? bssid
                                 : port.isEmpty()   ? chassis
                                                    : QString(chassis + QLatin1Char('\n') + port);
        run(element, {uuid(), tenant, QLatin1StringView(kind), placeId, subnet, bssid, chassis,
                      port, description, identity, now});
    }

    // One floor's network: a subnet, access points, a switch and its ports.
    void addFloorNetwork(const QString &tenant, const QString &placeId, int t, int floorIndex,
                         const QString &label)
    {
        const auto empty = QStringLiteral("");
        addElement(tenant, "subnet", placeId,
                   QStringLiteral("10.%1.%2.0/24").arg(20 + t).arg(floorIndex), empty, empty, empty,
                   QString(label + QStringLiteral(" wired")));
        if (floorIndex % 3 == 0)
            addElement(tenant, "subnet", placeId,
                       QStringLiteral("2001:db8:%1:%2::/64").arg(t + 1).arg(floorIndex, 0, 16),
                       empty, empty, empty, QString(label + QStringLiteral(" IPv6")));
        const int aps = 8 + static_cast<int>(rng.bounded(5));
        for (int a = 0; a < aps; ++a)
            addElement(tenant, "wap", placeId, empty,
                       QStringLiteral("00-1A-1E-%1-%2-%3")
                           .arg(t, 2, 16, QLatin1Char('0'))
                           .arg(floorIndex, 2, 16, QLatin1Char('0'))
                           .arg(a * 16, 2, 16, QLatin1Char('0'))
                           .toUpper(),
                       empty, empty, QStringLiteral("AP-%1-%2").arg(floorIndex).arg(a + 1));
        const QString chassis = QStringLiteral("F4-CF-E2-%1-00-%2")
                                    .arg(t, 2, 16, QLatin1Char('0'))
                                    .arg(floorIndex, 2, 16, QLatin1Char('0'))
                                    .toUpper();
        addElement(tenant, "switch", placeId, empty, empty, chassis, empty,
                   QStringLiteral("Access switch %1").arg(floorIndex));
        const int ports = 8 + static_cast<int>(rng.bounded(5));
        for (int p = 1; p <= ports; ++p)
            addElement(tenant, "port", placeId, empty, empty, chassis,
                       QStringLiteral("Gi1/0/%1").arg(p), QStringLiteral(""));
    }

    QString addressEtag(const QString &addressId)
    {
        return QString::fromLatin1(etagFor(
            db.scalar(QStringLiteral("SELECT version FROM addresses WHERE id = ?"), {addressId})
                .toLongLong()));
    }

    void addTestCall(const QString &tenant, const QString &placeId, const QString &number,
                     const QString &addressId, const QString &etag, int daysAgo, bool pass,
                     const QString &note = {})
    {
        const QString at = QDateTime::currentDateTimeUtc()
                               .addDays(-daysAgo)
                               .addSecs(-3600 * static_cast<int>(rng.bounded(8)))
                               .toString(Qt::ISODateWithMs);
        const QString readBack =
            pass ? QStringLiteral("The address on file was read back correctly.")
                 : QStringLiteral("The operator read back the previous suite on floor 2.");
        run(testCall, {uuid(), tenant, placeId, number, addressId, etag,
                       QLatin1StringView(testers[rng.bounded(4)]), at, readBack,
                       pass ? QStringLiteral("pass") : QStringLiteral("fail"),
                       note.isNull() ? QStringLiteral("") : note,
                       QStringLiteral("demo@carrier.example"), at});
    }
};

struct Site
{
    QString id;
    bool valid = false;
};

QList<Site> sitesOf(ServerDatabase &db, const QString &tenantId)
{
    QList<Site> sites;
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT id, validation_status FROM addresses WHERE tenant_id = ?"
                           " ORDER BY ") +
                db.dialect().insertionOrder() + QStringLiteral(" LIMIT 4"),
            {tenantId});
    while (q.next())
        sites.append({q.value(0).toString(), q.value(1).toString() == QLatin1StringView("valid")});
    return sites;
}

// An address as an admin might mistype it: the ZIP belongs to another state, so validation
// fails and the elements placed there are flagged.
QString addInvalidAddress(ServerDatabase &db, const PostalCodeTable &postalCodes,
                          const QString &tenantId, const QString &id, const QString &now)
{
    CivicAddress civic;
    civic.addNumber = QStringLiteral("12");
    civic.stName = QStringLiteral("Harbor View Road");
    civic.postalCommunity = QStringLiteral("Tacoma");
    civic.state = QStringLiteral("WA");
    civic.postalCode = QStringLiteral("10118");
    civic.country = QStringLiteral("US");
    civic.floor = QStringLiteral("1");
    const AddressValidationResult v = validateAddress(civic, postalCodes);
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("INSERT INTO addresses (id, tenant_id, company_name, civic,"
                           " location_note, validation_status, normalized, problems, country,"
                           " version, updated_at) VALUES (?, ?, 'Harbor warehouse', ?, '', ?, ?,"
                           " ?, 'US', 1, ?)"),
            {id, tenantId, jsonText(civic.toJson()),
             v.valid ? QStringLiteral("valid") : QStringLiteral("invalid"),
             v.valid ? QVariant(jsonText(v.normalized.toJson())) : QVariant(),
             jsonText(fieldErrorsToJson(v.problems)), now});
    return id;
}

QStringList registeredNumbers(ServerDatabase &db, const QString &tenantId, int limit)
{
    QStringList numbers;
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT number FROM dids WHERE tenant_id = ? AND e911_state ="
                           " 'registered' ORDER BY number LIMIT ?"),
            {tenantId, limit});
    while (q.next())
        numbers.append(q.value(0).toString());
    return numbers;
}

} // namespace

bool writeDemoNetworkMap(ServerDatabase &db, const PostalCodeTable &postalCodes,
                         const QStringList &tenantIds, QString *error)
{
    Writer w{db};
    const int tenants = std::min<int>(demoNetworkTenants, static_cast<int>(tenantIds.size()));
    for (int t = 0; t < tenants; ++t) {
        const QString tenant = tenantIds.at(t);
        const QList<Site> sites = sitesOf(db, tenant);
        QStringList placesWithCalls;
        int floorIndex = 0;
        for (int s = 0; s < sites.size() && s < 3; ++s) {
            const int buildings = 1 + static_cast<int>(w.rng.bounded(2));
            for (int b = 1; b <= buildings; ++b) {
                const int floors = 3 + static_cast<int>(w.rng.bounded(3));
                for (int f = 1; f <= floors; ++f) {
                    const QString building = QStringLiteral("Building %1").arg(b);
                    const QString floor = QString::number(f);
                    const QString id = w.addPlace(tenant, sites[s].id, building, floor, {});
                    w.addFloorNetwork(tenant, id, t, ++floorIndex,
                                      QStringLiteral("B%1 F%2").arg(b).arg(f));
                    placesWithCalls.append(id);
                    if (f == 1) {
                        const QString room = QLatin1StringView(roomNames[(t + s + b) % 8]);
                        const QString roomId = w.addPlace(tenant, sites[s].id, building, floor,
                                                          room, QStringLiteral("Ground floor"));
                        w.addFloorNetwork(tenant, roomId, t, ++floorIndex, room);
                    }
                }
            }
        }
        const auto empty = QStringLiteral("");
        // A guest network behind one wildcard; no other BSSID of the tenant starts like it.
        if (!placesWithCalls.isEmpty())
            w.addElement(tenant, "wap", placesWithCalls.first(), empty,
                         QStringLiteral("D8-C7-C8-%1-11-2*").arg(t, 2, 10, QLatin1Char('0')), empty,
                         empty, QStringLiteral("Guest Wi-Fi (all radios)"));
        w.addElement(tenant, "trusted_ip", empty, QStringLiteral("203.0.113.%1/32").arg(10 + t),
                     empty, empty, empty, QStringLiteral("Head office internet breakout"));
        if (t % 2 == 0)
            w.addElement(tenant, "trusted_ip", empty,
                         QStringLiteral("198.51.100.%1/28").arg(16 * t), empty, empty, empty,
                         QStringLiteral("Branch SD-WAN egress"));
        if (t == 0)
            w.addElement(tenant, "trusted_ip", empty, QStringLiteral("2001:db8:ffff::/48"), empty,
                         empty, empty, QStringLiteral("IPv6 egress"));

        if (t == 1) {
            const QString invalid = addInvalidAddress(db, postalCodes, tenant, w.uuid(), w.now);
            const QString place = w.addPlace(tenant, invalid, QStringLiteral("Warehouse"),
                                             QStringLiteral("1"), QStringLiteral("Loading dock"));
            w.addElement(tenant, "subnet", place, QStringLiteral("10.99.1.0/24"), empty, empty,
                         empty, QStringLiteral("Warehouse scanners"));
            w.addElement(tenant, "wap", place, empty, QStringLiteral("00-1A-1E-99-00-01"), empty,
                         empty, QStringLiteral("Dock door AP"));
        }

        // 933 test calls: the first places passed recently, the second failed, and for the
        // first tenant the last place's call was made before its address was edited, so it no
        // longer proves the place.
        const auto addressOf = [&db](const QString &place) {
            return db.scalar(QStringLiteral("SELECT address_id FROM places WHERE id = ?"), {place})
                .toString();
        };
        for (int i = 0; i + 1 < placesWithCalls.size() && i < 5; ++i) {
            const QString address = addressOf(placesWithCalls.at(i));
            if (i == 1)
                w.addTestCall(tenant, placesWithCalls.at(i), empty, address, w.addressEtag(address),
                              3, false,
                              QStringLiteral("Wrong suite read back; ticket opened with the "
                                             "provider."));
            else
                w.addTestCall(tenant, placesWithCalls.at(i), empty, address, w.addressEtag(address),
                              7 + i, true);
        }
        if (t == 0 && placesWithCalls.size() > 2) {
            const QString address = addressOf(placesWithCalls.last());
            w.addTestCall(tenant, placesWithCalls.last(), empty, address, w.addressEtag(address),
                          40, true);
            QSqlQuery q(db.db());
            db.exec(q,
                    QStringLiteral("UPDATE addresses SET version = version + 1,"
                                   " location_note = 'Enter by the loading dock' WHERE id = ?"),
                    {address});
        }
        const QStringList numbers = registeredNumbers(db, tenant, 3);
        for (const QString &number : numbers) {
            const QString address =
                db.scalar(QStringLiteral("SELECT address_id FROM dids WHERE number = ?"), {number})
                    .toString();
            w.addTestCall(tenant, empty, number, address, w.addressEtag(address), 12, true);
        }

        const QString domain =
            db.scalar(QStringLiteral("SELECT name FROM tenants WHERE id = ?"), {tenant})
                .toString()
                .toLower()
                .remove(QRegularExpression(QStringLiteral("[^a-z0-9]"))) +
            QStringLiteral(".example");
        QSqlQuery q(db.db());
        db.exec(q,
                QStringLiteral("INSERT INTO emergency_policies (tenant_id, notification_mode,"
                               " notification_group, dial_out_number, version, updated_at)"
                               " VALUES (?, ?, ?, ?, 1, ?)"),
                {tenant,
                 t == 0 ? QStringLiteral("conference_muted") : QStringLiteral("notification_only"),
                 QString::fromUtf8(
                     QJsonDocument(QJsonArray{QString(QStringLiteral("security@") + domain),
                                              QString(QStringLiteral("facilities@") + domain)})
                         .toJson(QJsonDocument::Compact)),
                 t == 0 ? QStringLiteral("+12065550142") : QStringLiteral(""), w.now});
    }
    if (!w.failure.isEmpty()) {
        *error = QStringLiteral("Could not write the demo network map: %1").arg(w.failure);
        return false;
    }
    return true;
}
