#include "SyncPageWriter.h"

#include "domain/JsonFields.h"
#include "store/Cache.h"

#include <QJsonArray>
#include <QJsonObject>

#include <variant>

namespace {

SyncPageResult decodeFailure(const QString &what, QList<FieldError> errors = {})
{
    SyncPageResult result;
    result.ok = false;
    result.decodeError = true;
    result.error = what;
    if (!errors.isEmpty())
        result.error += QStringLiteral(": %1 %2").arg(errors.first().field, errors.first().detail);
    result.fieldErrors = std::move(errors);
    return result;
}

SyncPageResult cacheFailure(Cache &cache)
{
    cache.rollback();
    SyncPageResult result;
    result.ok = false;
    result.error = QStringLiteral("The cache could not be written: %1").arg(cache.lastError());
    return result;
}

// {items: [...], nextCursor: string | null} with at most pageSize items.
std::optional<QJsonArray> pageItems(const QJsonDocument &page, QList<FieldError> &errors)
{
    if (!page.isObject()) {
        json::addError(errors, QString(), QLatin1StringView("wrong_type"),
                       QStringLiteral("is not an object"));
        return std::nullopt;
    }
    const QJsonObject object = page.object();
    const auto items = json::member(object, QLatin1StringView("items"), QString(), errors);
    if (json::stringOrNull(object, QLatin1StringView("nextCursor"), QString(), errors, 4096) ==
            std::nullopt ||
        !items)
        return std::nullopt;
    if (!items->isArray()) {
        json::addError(errors, QStringLiteral("items"), QLatin1StringView("wrong_type"),
                       QStringLiteral("is not an array"));
        return std::nullopt;
    }
    const QJsonArray array = items->toArray();
    if (array.size() > SyncPageWriter::pageSize) {
        json::addError(errors, QStringLiteral("items"), QLatin1StringView("too_long"),
                       QStringLiteral("has more items than the page size"));
        return std::nullopt;
    }
    return array;
}

using Decoded = std::variant<Tenant, Did, EmergencyAddress, DisclosureAcknowledgement>;

std::optional<Decoded> decodeItem(SyncPageWriter::ListKind kind, const QJsonValue &value,
                                  QList<FieldError> &errors, const QString &path)
{
    using K = SyncPageWriter::ListKind;
    switch (kind) {
    case K::Tenants:
        if (auto t = Tenant::fromJson(value, errors, path))
            return Decoded(std::move(*t));
        break;
    case K::Dids:
        if (auto d = Did::fromJson(value, errors, path))
            return Decoded(std::move(*d));
        break;
    case K::Addresses:
        if (auto a = EmergencyAddress::fromJson(value, errors, path))
            return Decoded(std::move(*a));
        break;
    case K::Acknowledgements:
        if (auto a = DisclosureAcknowledgement::fromJson(value, errors, path))
            return Decoded(std::move(*a));
        break;
    }
    return std::nullopt;
}

QString tenantOf(const Decoded &item)
{
    return std::visit(
        [](const auto &v) -> QString {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Tenant>)
                return v.id;
            else
                return v.tenantId;
        },
        item);
}

bool write(Cache &cache, const Decoded &item, const QJsonValue &json, qint64 generation)
{
    if (const auto *t = std::get_if<Tenant>(&item))
        return cache.upsertTenant(*t, generation);
    if (const auto *d = std::get_if<Did>(&item))
        return cache.upsertDid(*d, generation);
    if (const auto *a = std::get_if<EmergencyAddress>(&item))
        return cache.upsertAddress(
            *a, QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact), generation);
    return cache.upsertAcknowledgement(std::get<DisclosureAcknowledgement>(item), generation);
}

} // namespace

namespace SyncPageWriter {

SyncPageResult beginFullSync(Cache &cache)
{
    if (!cache.begin())
        return cacheFailure(cache);
    const auto generation = cache.beginFullSync();
    if (!generation || !cache.commit())
        return cacheFailure(cache);
    SyncPageResult result;
    result.items = *generation;
    return result;
}

SyncPageResult writeListPage(Cache &cache, ListKind kind, const QJsonDocument &page,
                             qint64 generation, const QString &tenantId)
{
    QList<FieldError> errors;
    const auto items = pageItems(page, errors);
    if (!items)
        return decodeFailure(QStringLiteral("The page is not a list page"), errors);
    // Decode the whole page before writing any of it.
    std::vector<Decoded> decoded;
    decoded.reserve(std::size_t(items->size()));
    for (qsizetype i = 0; i < items->size(); ++i) {
        auto item = decodeItem(kind, items->at(i), errors, QStringLiteral("items[%1]").arg(i));
        if (!item)
            return decodeFailure(QStringLiteral("An item of the page is malformed"), errors);
        if (!tenantId.isEmpty() && tenantOf(*item) != tenantId)
            return decodeFailure(QStringLiteral("items[%1] belongs to another tenant").arg(i));
        decoded.push_back(std::move(*item));
    }
    if (!cache.begin())
        return cacheFailure(cache);
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (!write(cache, decoded[std::size_t(i)], items->at(i), generation))
            return cacheFailure(cache);
    }
    if (!cache.commit())
        return cacheFailure(cache);
    SyncPageResult result;
    result.items = items->size();
    if (kind == ListKind::Tenants) {
        for (const Decoded &item : decoded)
            result.tenantIds.append(std::get<Tenant>(item).id);
    }
    return result;
}

SyncPageResult writePriceList(Cache &cache, const QJsonDocument &document)
{
    QList<FieldError> errors;
    const auto list = PriceList::fromJson(document.object(), errors);
    if (!document.isObject() || !list)
        return decodeFailure(QStringLiteral("The price list is malformed"), errors);
    if (!cache.begin() || !cache.setPriceList(*list) || !cache.commit())
        return cacheFailure(cache);
    SyncPageResult result;
    result.items = 1;
    result.changes.priceList = true;
    return result;
}

SyncPageResult finishFullSync(Cache &cache, const QString &changeToken, qint64 generation)
{
    if (!cache.begin() || !cache.sweepOlderThan(generation) ||
        !cache.completeFullSync(changeToken, QDateTime::currentDateTimeUtc()) || !cache.commit())
        return cacheFailure(cache);
    SyncPageResult result;
    result.changes.reloaded = true;
    result.numbersInFlight = cache.hasNumbersInFlight();
    return result;
}

SyncPageResult applyChanges(Cache &cache, const QJsonDocument &page)
{
    QList<FieldError> errors;
    const QJsonObject object = page.object();
    const auto changes = page.isObject()
                             ? json::member(object, QLatin1StringView("changes"), QString(), errors)
                             : std::nullopt;
    const auto token =
        json::nonEmptyString(object, QLatin1StringView("nextToken"), QString(), errors, 4096);
    json::boolean(object, QLatin1StringView("hasMore"), QString(), errors);
    if (!changes || !token || !errors.isEmpty() || !changes->isArray() ||
        changes->toArray().size() > pageSize)
        return decodeFailure(QStringLiteral("The changes page is malformed"), errors);

    struct Step
    {
        ListKind kind;
        QString id;
        QString tenantId;
        std::optional<Decoded> item; // nullopt: a tombstone
        QJsonValue json;
    };
    const QJsonArray array = changes->toArray();
    std::vector<Step> steps;
    steps.reserve(std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("changes[%1]").arg(i);
        const auto change = json::asObject(array.at(i), path, errors);
        if (!change)
            break;
        const auto kindWire = json::string(*change, QLatin1StringView("kind"), path, errors, 32);
        const auto id = json::nonEmptyString(*change, QLatin1StringView("id"), path, errors, 200);
        const auto tenant = json::tenantId(*change, QLatin1StringView("tenantId"), path, errors);
        const auto deleted = json::boolean(*change, QLatin1StringView("deleted"), path, errors);
        if (!kindWire || !id || !tenant || !deleted)
            break;
        Step step{ListKind::Tenants, *id, *tenant, std::nullopt, {}};
        if (*kindWire == QLatin1StringView("tenant"))
            step.kind = ListKind::Tenants;
        else if (*kindWire == QLatin1StringView("did"))
            step.kind = ListKind::Dids;
        else if (*kindWire == QLatin1StringView("address"))
            step.kind = ListKind::Addresses;
        else if (*kindWire == QLatin1StringView("acknowledgement"))
            step.kind = ListKind::Acknowledgements;
        else
            continue; // a kind a newer backend added: nothing this version caches
        if (!*deleted) {
            const auto data = json::member(*change, QLatin1StringView("data"), path, errors);
            if (!data)
                break;
            step.item = decodeItem(step.kind, *data, errors, path + QStringLiteral(".data"));
            if (!step.item)
                break;
            const Decoded &item = *step.item;
            const QString itemId = std::visit(
                [](const auto &v) -> QString {
                    if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Did>)
                        return v.number;
                    else
                        return v.id;
                },
                item);
            if (itemId != step.id || tenantOf(item) != step.tenantId) {
                json::addError(errors, path, QLatin1StringView("inconsistent"),
                               QStringLiteral("data does not match the change's id or tenant"));
                break;
            }
            step.json = *data;
        }
        steps.push_back(std::move(step));
    }
    if (!errors.isEmpty())
        return decodeFailure(QStringLiteral("A change is malformed"), errors);

    const qint64 generation = cache.syncState().generation;
    SyncPageResult result;
    CacheChangeSet &set = result.changes;
    if (!cache.begin())
        return cacheFailure(cache);
    for (const Step &step : steps) {
        bool ok = true;
        if (step.item) {
            ok = write(cache, *step.item, step.json, generation);
        } else {
            switch (step.kind) {
            case ListKind::Tenants:
                ok = cache.deleteTenant(step.id);
                break;
            case ListKind::Dids:
                ok = cache.deleteDid(step.tenantId, step.id);
                break;
            case ListKind::Addresses:
                ok = cache.deleteAddress(step.id);
                break;
            case ListKind::Acknowledgements:
                ok = cache.deleteAcknowledgement(step.id);
                break;
            }
        }
        if (!ok)
            return cacheFailure(cache);
        switch (step.kind) {
        case ListKind::Tenants:
            (step.item ? set.tenants : set.deletedTenants).insert(step.id);
            break;
        case ListKind::Dids:
            set.tenants.insert(step.tenantId);
            if (step.item)
                set.dids.append(std::get<Did>(*step.item));
            else
                set.deletedDids.append({step.tenantId, step.id});
            break;
        case ListKind::Addresses:
            (step.item ? set.addresses : set.deletedAddresses).insert(step.id);
            break;
        case ListKind::Acknowledgements:
            set.acknowledgementTenants.insert(step.tenantId);
            break;
        }
    }
    // The token advances in the same transaction as the changes it covers.
    if (!cache.setChangeToken(*token, QDateTime::currentDateTimeUtc()) || !cache.commit())
        return cacheFailure(cache);
    for (const QString &gone : std::as_const(set.deletedTenants))
        set.tenants.remove(gone);
    result.items = qsizetype(steps.size());
    result.numbersInFlight = cache.hasNumbersInFlight();
    return result;
}

} // namespace SyncPageWriter
