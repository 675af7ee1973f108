#include "teams/TeamsNumberLocations.h"

#include "domain/AddressLine.h"
#include "domain/Did.h"
#include "domain/JsonFields.h"
#include "teams/TeamsComparison.h"
#include "teams/TeamsNumberCheck.h"

#include <QJsonArray>

namespace {
constexpr qsizetype maxTeamsAddressLength = 400;
constexpr qsizetype maxAddressIds = 1000;

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue() : QJsonValue(id);
}

std::optional<TeamsNumberLocationEntry>
entryFromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    TeamsNumberLocationEntry entry;
    if (const auto number = json::string(*object, QLatin1StringView("number"), path, errors, 20)) {
        if (Did::isE164(*number))
            entry.number = *number;
        else
            json::addError(errors, json::join(path, QLatin1StringView("number")),
                           QLatin1StringView("invalid"), QStringLiteral("is not an E.164 number"));
    }
    if (const auto id =
            json::optionalTeamsId(*object, QLatin1StringView("civicAddressId"), path, errors))
        entry.civicAddressId = *id;
    if (const auto id =
            json::optionalTeamsId(*object, QLatin1StringView("locationId"), path, errors))
        entry.locationId = *id;
    if (errors.size() != before)
        return std::nullopt;
    return entry;
}

// A Teams address the numbers' locations lie at: its words and the Dispatchable addresses it
// matched when read.
struct TeamsAddressSeen
{
    QString address;
    QStringList addressIds;
};

// civicAddressId → what was seen of it, from the reading's "teamsAddresses".
QHash<QString, TeamsAddressSeen>
teamsAddressesFromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path)
{
    QHash<QString, TeamsAddressSeen> seen;
    const auto list = json::asArray(value, path, errors);
    if (!list)
        return seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        const auto object = json::asObject(list->at(i), itemPath, errors);
        if (!object)
            continue;
        const auto id =
            json::optionalTeamsId(*object, QLatin1StringView("civicAddressId"), itemPath, errors);
        const auto line = json::string(*object, QLatin1StringView("address"), itemPath, errors,
                                       maxTeamsAddressLength);
        TeamsAddressSeen address{line.value_or(QString()), {}};
        const QString idsPath = json::join(itemPath, QLatin1StringView("addressIds"));
        if (const auto ids =
                json::member(*object, QLatin1StringView("addressIds"), itemPath, errors)) {
            if (const auto items = json::asArray(*ids, idsPath, errors)) {
                for (const QJsonValue &v : *items) {
                    if (v.isString())
                        address.addressIds.append(v.toString());
                    else
                        json::addError(errors, idsPath, QLatin1StringView("wrong_type"),
                                       QStringLiteral("holds something other than a string"));
                }
            }
        }
        if (id && !id->isEmpty())
            seen.insert(*id, address);
    }
    return seen;
}
} // namespace

const TeamsNumberLocationEntry *TeamsNumberLocations::entry(const QString &number) const
{
    for (const TeamsNumberLocationEntry &e : numbers) {
        if (e.number == number)
            return &e;
    }
    return nullptr;
}

QJsonObject TeamsNumberLocations::requestBody() const
{
    // Each Teams address once, however many numbers lie there: a carrier tenant's reading
    // stays a few megabytes.
    QJsonArray list, addresses;
    QSet<QString> listed;
    for (const TeamsNumberLocationEntry &e : numbers) {
        list.append(QJsonObject{{QStringLiteral("number"), e.number},
                                {QStringLiteral("civicAddressId"), idOrNull(e.civicAddressId)},
                                {QStringLiteral("locationId"), idOrNull(e.locationId)}});
        if (e.civicAddressId.isEmpty() || listed.contains(e.civicAddressId))
            continue;
        listed.insert(e.civicAddressId);
        addresses.append(
            QJsonObject{{QStringLiteral("civicAddressId"), e.civicAddressId},
                        {QStringLiteral("address"), e.teamsAddress},
                        {QStringLiteral("addressIds"), QJsonArray::fromStringList(e.addressIds)}});
    }
    return QJsonObject{{QStringLiteral("readAt"), readAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("numbers"), list},
                       {QStringLiteral("teamsAddresses"), addresses}};
}

std::optional<TeamsNumberLocations> TeamsNumberLocations::fromJson(const QJsonValue &value,
                                                                   QList<FieldError> &errors,
                                                                   const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    TeamsNumberLocations reading;
    if (const auto tenant = json::tenantId(*object, QLatin1StringView("tenantId"), path, errors))
        reading.tenantId = *tenant;
    if (const auto when = json::timestampOrNull(*object, QLatin1StringView("readAt"), path, errors))
        reading.readAt = when->value_or(QDateTime());
    const QString listPath = json::join(path, QLatin1StringView("numbers"));
    if (const auto list = json::member(*object, QLatin1StringView("numbers"), path, errors)) {
        if (!list->isArray())
            json::addError(errors, listPath, QLatin1StringView("wrong_type"),
                           QStringLiteral("is not an array"));
        const QJsonArray items = list->toArray();
        reading.numbers.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto entry =
                    entryFromJson(items.at(i), errors, listPath + QStringLiteral("[%1]").arg(i)))
                reading.numbers.append(std::move(*entry));
        }
    }
    if (const auto addresses =
            json::member(*object, QLatin1StringView("teamsAddresses"), path, errors)) {
        const QHash<QString, TeamsAddressSeen> seen = teamsAddressesFromJson(
            *addresses, errors, json::join(path, QLatin1StringView("teamsAddresses")));
        for (TeamsNumberLocationEntry &e : reading.numbers) {
            const TeamsAddressSeen address = seen.value(e.civicAddressId);
            e.teamsAddress = address.address;
            e.addressIds = address.addressIds;
        }
    }
    if (const auto tag = json::etag(*object, QLatin1StringView("etag"), path, errors))
        reading.etag = *tag;
    if (const auto when = json::timestamp(*object, QLatin1StringView("updatedAt"), path, errors))
        reading.updatedAt = *when;
    if (errors.size() != before)
        return std::nullopt;
    return reading;
}

TeamsNumberLocations teamsNumberLocationsOf(const TeamsTenantSnapshot &teams,
                                            const DispatchableTenantState &ours,
                                            const QString &tenantId, const QDateTime &readAt)
{
    QHash<QString, QString> teamsLines;
    for (const TeamsCivicAddress &a : teams.addresses())
        teamsLines.insert(a.civicAddressId, civicAddressLine(a.civic));
    const QHash<QString, QStringList> addressesOf =
        addressesOfCivicAddress(teams, ours.map.addresses);
    QSet<QString> tenantNumbers;
    for (const Did &did : ours.numbers)
        tenantNumbers.insert(did.number);
    TeamsNumberLocations reading;
    reading.tenantId = tenantId;
    reading.readAt = readAt.toUTC();
    QSet<QString> listed;
    for (const TeamsNumberAssignment &a : teams.numbers()) {
        if (!tenantNumbers.contains(a.e164) || listed.contains(a.e164))
            continue;
        listed.insert(a.e164);
        TeamsNumberLocationEntry entry;
        entry.number = a.e164;
        entry.civicAddressId = teamsCivicAddressOf(a, teams);
        entry.locationId = a.locationId;
        entry.teamsAddress = teamsLines.value(entry.civicAddressId).left(maxTeamsAddressLength);
        // The backend takes at most maxAddressIds candidates; no real match has that many.
        entry.addressIds = addressesOf.value(entry.civicAddressId).mid(0, maxAddressIds);
        reading.numbers.append(entry);
    }
    return reading;
}
