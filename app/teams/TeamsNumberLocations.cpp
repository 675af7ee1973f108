#include "teams/TeamsNumberLocations.h"

#include "domain/AddressLine.h"
#include "domain/Did.h"
#include "domain/JsonFields.h"
#include "teams/TeamsComparison.h"
#include "teams/TeamsNumberCheck.h"

#include <QJsonArray>

namespace {
constexpr qsizetype maxTeamsAddressLength = 400;

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
    if (const auto line = json::string(*object, QLatin1StringView("teamsAddress"), path, errors,
                                       maxTeamsAddressLength))
        entry.teamsAddress = *line;
    const QString idsPath = json::join(path, QLatin1StringView("addressIds"));
    if (const auto ids = json::member(*object, QLatin1StringView("addressIds"), path, errors)) {
        const QJsonArray list = ids->toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).isString())
                entry.addressIds.append(list.at(i).toString());
            else
                json::addError(errors, idsPath + QStringLiteral("[%1]").arg(i),
                               QLatin1StringView("wrong_type"), QStringLiteral("is not a string"));
        }
        if (!ids->isArray())
            json::addError(errors, idsPath, QLatin1StringView("wrong_type"),
                           QStringLiteral("is not an array"));
    }
    if (errors.size() != before)
        return std::nullopt;
    return entry;
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
    QJsonArray list;
    for (const TeamsNumberLocationEntry &e : numbers) {
        const auto idOrNull = [](const QString &id) {
            return id.isEmpty() ? QJsonValue() : QJsonValue(id);
        };
        list.append(
            QJsonObject{{QStringLiteral("number"), e.number},
                        {QStringLiteral("civicAddressId"), idOrNull(e.civicAddressId)},
                        {QStringLiteral("locationId"), idOrNull(e.locationId)},
                        {QStringLiteral("teamsAddress"), e.teamsAddress},
                        {QStringLiteral("addressIds"), QJsonArray::fromStringList(e.addressIds)}});
    }
    return QJsonObject{{QStringLiteral("readAt"), readAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("numbers"), list}};
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
        entry.addressIds = addressesOf.value(entry.civicAddressId);
        reading.numbers.append(entry);
    }
    return reading;
}
