// Money as the API carries it (integer minor units plus an ISO 4217 currency, never a float) and
// the price list (GET /v1/price-list) with the per-number E911 monthly fee.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace simdjson::dom {
class element;
} // namespace simdjson::dom

struct Money
{
    qint64 amountMinor = 0; // cents for USD
    QString currency;       // ISO 4217, e.g. "USD"

    friend bool operator==(const Money &, const Money &) = default;

    static std::optional<Money> fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                         const QString &path = QString());
    static std::optional<Money> fromJson(const simdjson::dom::element &value,
                                         QList<FieldError> &errors, const QString &path);
};

struct PriceList
{
    QString currency;
    Money e911MonthlyFee;
    QDateTime effectiveFrom; // UTC

    friend bool operator==(const PriceList &, const PriceList &) = default;

    // The fee must be in the list's currency: a mixed list could not be totalled.
    static std::optional<PriceList> fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                             const QString &path = QString());
};
