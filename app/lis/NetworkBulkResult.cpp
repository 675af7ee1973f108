#include "NetworkBulkResult.h"

#include "domain/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace NetworkBulkResult {

std::optional<QList<NetworkBulkItemResult>> fromJson(const QByteArray &answer, qsizetype itemCount,
                                                     QList<FieldError> &errors)
{
    const QJsonDocument document = QJsonDocument::fromJson(answer);
    if (!document.isObject()) {
        json::addError(errors, QString(), QLatin1StringView("wrong_type"),
                       QStringLiteral("is not an object"));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const auto results = json::member(object, QLatin1StringView("results"), QString(), errors);
    if (!results)
        return std::nullopt;
    if (!results->isArray() || results->toArray().size() != itemCount) {
        json::addError(errors, QStringLiteral("results"), QLatin1StringView("invalid"),
                       QStringLiteral("is not an array with one result per element sent"));
        return std::nullopt;
    }
    const QJsonArray array = results->toArray();
    const qsizetype before = errors.size();
    QList<NetworkBulkItemResult> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("results[%1]").arg(i);
        const auto item = json::asObject(array.at(i), path, errors);
        if (!item)
            continue;
        NetworkBulkItemResult result;
        // Request order: the index must be the position, or rows would be misreported.
        if (const auto index =
                json::integer(*item, QLatin1StringView("index"), path, errors, 0, itemCount - 1)) {
            result.index = int(*index);
            if (*index != i)
                json::addError(errors, json::join(path, QLatin1StringView("index")),
                               QLatin1StringView("invalid"),
                               QStringLiteral("is not the item's position"));
        }
        const auto outcome = json::string(*item, QLatin1StringView("outcome"), path, errors, 32);
        if (!outcome)
            continue;
        if (*outcome == QLatin1StringView("rejected")) {
            result.outcome = NetworkBulkOutcome::Rejected;
            const auto problem = json::member(*item, QLatin1StringView("problem"), path, errors);
            if (problem) {
                result.problem = Problem::fromJson(
                    QJsonDocument(problem->toObject()).toJson(QJsonDocument::Compact),
                    problem->toObject().value(QLatin1StringView("status")).toInt(), QString());
                if (!problem->isObject() || !result.problem)
                    json::addError(errors, json::join(path, QLatin1StringView("problem")),
                                   QLatin1StringView("invalid"),
                                   QStringLiteral("is not a problem"));
            }
        } else if (*outcome == QLatin1StringView("created") ||
                   *outcome == QLatin1StringView("unchanged")) {
            result.outcome = *outcome == QLatin1StringView("created")
                                 ? NetworkBulkOutcome::Created
                                 : NetworkBulkOutcome::Unchanged;
            if (const auto element =
                    json::member(*item, QLatin1StringView("element"), path, errors)) {
                if (auto decoded = NetworkElement::fromJson(
                        *element, errors, json::join(path, QLatin1StringView("element"))))
                    result.element = std::move(*decoded);
            }
        } else {
            json::addError(errors, json::join(path, QLatin1StringView("outcome")),
                           QLatin1StringView("invalid"), QStringLiteral("is not a known outcome"));
        }
        out.append(std::move(result));
    }
    if (errors.size() != before)
        return std::nullopt;
    return out;
}

} // namespace NetworkBulkResult
