#include "PriceList.h"

#include "domain/JsonFields.h"
#include "domain/JsonSimd.h"

namespace {
// Far beyond any fee, and well inside the range a double holds exactly.
constexpr qint64 maxAmountMinor = 1'000'000'000'000LL;

// Money::fromJson for either JSON library (domain/JsonFields.h).
template <class Value>
std::optional<Money> decodeMoney(const Value &value, QList<FieldError> &errors, const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype errorsBefore = errors.size();
    const auto amount = json::integer(*object, QLatin1StringView("amountMinor"), path, errors,
                                      -maxAmountMinor, maxAmountMinor);
    const auto currency = json::upperCode(*object, QLatin1StringView("currency"), path, errors, 3);
    if (errors.size() != errorsBefore)
        return std::nullopt;
    return Money{*amount, *currency};
}
} // namespace

std::optional<Money> Money::fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                     const QString &path)
{
    return decodeMoney(value, errors, path);
}

std::optional<Money> Money::fromJson(const simdjson::dom::element &value, QList<FieldError> &errors,
                                     const QString &path)
{
    return decodeMoney(value, errors, path);
}

std::optional<PriceList> PriceList::fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                             const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype errorsBefore = errors.size();
    PriceList list;
    if (const auto currency =
            json::upperCode(*object, QLatin1StringView("currency"), path, errors, 3))
        list.currency = *currency;
    const QString feePath = json::join(path, QLatin1StringView("e911MonthlyFee"));
    if (const auto fee = json::member(*object, QLatin1StringView("e911MonthlyFee"), path, errors)) {
        if (const auto money = Money::fromJson(*fee, errors, feePath))
            list.e911MonthlyFee = *money;
    }
    // A date-time per the contract; the reference server sends a full-date ("2026-01-01"),
    // which RFC 3339 also defines and which means midnight UTC here.
    const QJsonValue from = object->value(QLatin1StringView("effectiveFrom"));
    const QDate day = from.isString() && from.toString().size() == 10
                          ? QDate::fromString(from.toString(), Qt::ISODate)
                          : QDate();
    if (day.isValid()) {
        list.effectiveFrom = QDateTime(day, QTime(0, 0), Qt::UTC);
    } else if (const auto when =
                   json::timestamp(*object, QLatin1StringView("effectiveFrom"), path, errors)) {
        list.effectiveFrom = *when;
    }
    if (errors.size() != errorsBefore)
        return std::nullopt;
    if (list.e911MonthlyFee.currency != list.currency) {
        json::addError(errors, json::join(feePath, QLatin1StringView("currency")),
                       QLatin1StringView("inconsistent"),
                       QStringLiteral("differs from the price list's currency"));
        return std::nullopt;
    }
    if (list.e911MonthlyFee.amountMinor < 0) {
        json::addError(errors, json::join(feePath, QLatin1StringView("amountMinor")),
                       QLatin1StringView("out_of_range"), QStringLiteral("is negative"));
        return std::nullopt;
    }
    return list;
}
