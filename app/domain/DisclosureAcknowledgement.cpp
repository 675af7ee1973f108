#include "DisclosureAcknowledgement.h"

#include "domain/JsonFields.h"

std::optional<DisclosureAcknowledgement>
DisclosureAcknowledgement::fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                    const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    DisclosureAcknowledgement ack;
    if (const auto id = json::nonEmptyString(*object, QLatin1StringView("id"), path, errors, 200))
        ack.id = *id;
    if (const auto tenant = json::tenantId(*object, QLatin1StringView("tenantId"), path, errors))
        ack.tenantId = *tenant;
    if (const auto version = json::nonEmptyString(*object, QLatin1StringView("disclosureVersion"),
                                                  path, errors, 100))
        ack.disclosureVersion = *version;
    const QString byPath = json::join(path, QLatin1StringView("acknowledgedBy"));
    if (const auto by = json::member(*object, QLatin1StringView("acknowledgedBy"), path, errors)) {
        if (const auto person = json::asObject(*by, byPath, errors)) {
            if (const auto id =
                    json::nonEmptyString(*person, QLatin1StringView("id"), byPath, errors, 200))
                ack.acknowledgedById = *id;
            if (const auto email =
                    json::nonEmptyString(*person, QLatin1StringView("email"), byPath, errors, 320))
                ack.acknowledgedByEmail = *email;
        }
    }
    if (const auto when =
            json::timestamp(*object, QLatin1StringView("acknowledgedAt"), path, errors))
        ack.acknowledgedAt = *when;
    if (errors.size() != before)
        return std::nullopt;
    return ack;
}
