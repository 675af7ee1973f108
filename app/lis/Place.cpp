// Place's strict decoder and its one-line label.
#include "Place.h"

#include "domain/JsonFields.h"

#include <QStringList>

namespace {
// The contract's limits; a longer value is a broken answer, not a place.
constexpr qsizetype maxPartLength = 60;
constexpr qsizetype maxDescriptionLength = 200;
} // namespace

QString placeLabelKey(const QString &label)
{
    QString out;
    for (const QChar c : label)
        if (!c.isSpace())
            out.append(c.toLower());
    return out;
}

QString Place::label() const
{
    // Not translated: the same words go to Teams as the location's name.
    QStringList parts;
    for (const QString &part : {building, floor, room}) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<Place> Place::fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                     const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    Place place;
    if (const auto id = json::nonEmptyString(*object, QLatin1StringView("id"), path, errors, 200))
        place.id = *id;
    if (const auto tenant = json::tenantId(*object, QLatin1StringView("tenantId"), path, errors))
        place.tenantId = *tenant;
    if (const auto address =
            json::nonEmptyString(*object, QLatin1StringView("addressId"), path, errors, 200))
        place.addressId = *address;
    if (const auto building =
            json::string(*object, QLatin1StringView("building"), path, errors, maxPartLength))
        place.building = *building;
    if (const auto floor =
            json::string(*object, QLatin1StringView("floor"), path, errors, maxPartLength))
        place.floor = *floor;
    if (const auto room =
            json::string(*object, QLatin1StringView("room"), path, errors, maxPartLength))
        place.room = *room;
    if (const auto description = json::string(*object, QLatin1StringView("description"), path,
                                              errors, maxDescriptionLength))
        place.description = *description;
    if (const auto teamsId =
            json::optionalTeamsId(*object, QLatin1StringView("teamsLocationId"), path, errors))
        place.teamsLocationId = *teamsId;
    if (const auto tag = json::etag(*object, QLatin1StringView("etag"), path, errors))
        place.etag = *tag;
    if (const auto when = json::timestamp(*object, QLatin1StringView("updatedAt"), path, errors))
        place.updatedAt = *when;
    if (errors.size() == before && place.label().isEmpty())
        json::addError(errors, json::join(path, QLatin1StringView("building")),
                       QLatin1StringView("invalid"),
                       QStringLiteral("building, floor and room are all empty"));
    if (errors.size() != before)
        return std::nullopt;
    return place;
}
