#include "SyncPageWriter.h"

#include "api/ResponseDecoder.h"
#include "domain/JsonFields.h"
#include "domain/JsonSimd.h"
#include "store/Cache.h"
#include "sync/SyncItem.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

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

// {items: [...], nextCursor: string | null} with at most pageSize items, in either JSON library.
template <class Value>
std::optional<json::ArrayOf<Value>> pageItems(const Value &page, QList<FieldError> &errors)
{
    const auto object = json::asObject(page, QString(), errors);
    if (!object)
        return std::nullopt;
    const auto items = json::member(*object, QLatin1StringView("items"), QString(), errors);
    if (json::stringOrNull(*object, QLatin1StringView("nextCursor"), QString(), errors, 4096) ==
            std::nullopt ||
        !items)
        return std::nullopt;
    auto array = json::asArray(*items, QStringLiteral("items"), errors);
    if (array && qsizetype(array->size()) > SyncPageWriter::pageSize) {
        json::addError(errors, QStringLiteral("items"), QLatin1StringView("too_long"),
                       QStringLiteral("has more items than the page size"));
        return std::nullopt;
    }
    return array;
}

using Decoded = SyncItem::Value;

// Decodes every item of a page with `decodeOne` before anything is written; each must belong to
// `tenantId` (unless it is empty). On failure says why in `failure`.
template <class Array, class DecodeOne>
std::optional<std::vector<Decoded>> decodeItems(const Array &items, const QString &tenantId,
                                                DecodeOne decodeOne, SyncPageResult &failure)
{
    QList<FieldError> errors;
    std::vector<Decoded> decoded;
    decoded.reserve(std::size_t(items.size()));
    qsizetype i = 0;
    for (const auto &value : items) {
        auto item = decodeOne(value, errors, QStringLiteral("items[%1]").arg(i));
        if (!item) {
            failure = decodeFailure(QStringLiteral("An item of the page is malformed"), errors);
            return std::nullopt;
        }
        if (!tenantId.isEmpty() && SyncItem::tenantOf(*item) != tenantId) {
            failure = decodeFailure(QStringLiteral("items[%1] belongs to another tenant").arg(i));
            return std::nullopt;
        }
        decoded.push_back(std::move(*item));
        ++i;
    }
    return decoded;
}

// Writes a decoded page in one transaction. `jsonOf(i)`: item i as received, for the kinds the
// cache keeps whole (numbers are kept as columns and need none).
SyncPageResult writeDecoded(Cache &cache, SyncPageWriter::ListKind kind,
                            const std::vector<Decoded> &decoded,
                            const std::function<QJsonValue(std::size_t)> &jsonOf, qint64 generation)
{
    if (!cache.begin())
        return cacheFailure(cache);
    for (std::size_t i = 0; i < decoded.size(); ++i) {
        if (!SyncItem::write(cache, decoded[i], jsonOf(i), generation))
            return cacheFailure(cache);
    }
    if (!cache.commit())
        return cacheFailure(cache);
    SyncPageResult result;
    result.items = qsizetype(decoded.size());
    // What the page put in the cache, so the views show a full sync's data page by page.
    for (const Decoded &item : decoded)
        SyncItem::record(result.changes, kind, SyncItem::tenantOf(item), SyncItem::idOf(item),
                         &item);
    if (kind == SyncPageWriter::ListKind::Tenants) {
        for (const Decoded &item : decoded)
            result.tenantIds.append(std::get<Tenant>(item).id);
    }
    return result;
}

// A raw list page read with Qt's parser: every list but numbers, and the rare page of numbers
// simdjson cannot hold.
SyncPageResult writeRawPageWithQt(Cache &cache, SyncPageWriter::ListKind kind,
                                  const QByteArray &page, const QString &expectedCursor,
                                  qint64 generation, const QString &tenantId)
{
    QString why;
    const auto document = ResponseDecoder::parseJson(page, &why);
    if (!document)
        return decodeFailure(why);
    const QJsonValue cursor = document->object().value(QLatin1StringView("nextCursor"));
    if (cursor.toString() != expectedCursor)
        return decodeFailure(
            QStringLiteral("The page's nextCursor is not the cursor found at its end"));
    return SyncPageWriter::writeListPage(cache, kind, *document, generation, tenantId);
}

// A page of numbers, the bulk of a full sync, parsed with simdjson: Qt's parser and its values
// took most of the worker's time. The rules are the same readers (domain/JsonFields.h), so a
// page is accepted or refused, with the same errors, whichever library reads it.
SyncPageResult writeRawDidsPage(Cache &cache, const QByteArray &page, const QString &expectedCursor,
                                qint64 generation, const QString &tenantId)
{
    QString why;
    if (!ResponseDecoder::withinLimits(page, &why))
        return decodeFailure(why);
    // One parser per thread: it keeps its buffers from page to page.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element document;
    if (const auto error = parser.parse(page.constData(), std::size_t(page.size())).get(document)) {
        // simdjson refuses integers beyond 64 bits, which are JSON all the same: Qt decides.
        if (error == simdjson::NUMBER_ERROR)
            return writeRawPageWithQt(cache, SyncPageWriter::ListKind::Dids, page, expectedCursor,
                                      generation, tenantId);
        return decodeFailure(QStringLiteral("The answer is not JSON: %1.")
                                 .arg(QString::fromUtf8(simdjson::error_message(error))));
    }
    QList<FieldError> errors;
    const auto items = pageItems(document, errors);
    if (!items)
        return decodeFailure(QStringLiteral("The page is not a list page"), errors);
    const auto cursor =
        json::access::find(json::access::toObject(document), QLatin1StringView("nextCursor"));
    if (json::access::toString(*cursor) != expectedCursor)
        return decodeFailure(
            QStringLiteral("The page's nextCursor is not the cursor found at its end"));
    SyncPageResult failure;
    const auto decoded = decodeItems(
        *items, tenantId,
        [](const simdjson::dom::element &value, QList<FieldError> &itemErrors,
           const QString &path) -> std::optional<Decoded> {
            if (auto did = Did::fromJson(value, itemErrors, path))
                return Decoded(std::move(*did));
            return std::nullopt;
        },
        failure);
    if (!decoded)
        return failure;
    return writeDecoded(
        cache, SyncPageWriter::ListKind::Dids, *decoded, [](std::size_t) { return QJsonValue(); },
        generation);
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
    const QJsonValue root = page.isObject()  ? QJsonValue(page.object())
                            : page.isArray() ? QJsonValue(page.array())
                                             : QJsonValue();
    const auto items = pageItems(root, errors);
    if (!items)
        return decodeFailure(QStringLiteral("The page is not a list page"), errors);
    SyncPageResult failure;
    const auto decoded = decodeItems(
        *items, tenantId,
        [kind](const QJsonValue &value, QList<FieldError> &itemErrors, const QString &path) {
            return SyncItem::decode(kind, value, itemErrors, path);
        },
        failure);
    if (!decoded)
        return failure;
    return writeDecoded(
        cache, kind, *decoded, [&items](std::size_t i) { return items->at(qsizetype(i)); },
        generation);
}

SyncPageResult writeRawListPage(Cache &cache, ListKind kind, const QByteArray &page,
                                const QString &expectedCursor, qint64 generation,
                                const QString &tenantId)
{
    if (kind == ListKind::Dids)
        return writeRawDidsPage(cache, page, expectedCursor, generation, tenantId);
    return writeRawPageWithQt(cache, kind, page, expectedCursor, generation, tenantId);
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

SyncPageResult writeEmergencyPolicy(Cache &cache, const QJsonDocument &document, qint64 generation,
                                    const QString &tenantId)
{
    QList<FieldError> errors;
    const auto policy = EmergencyPolicy::fromJson(document.object(), errors);
    if (!document.isObject() || !policy)
        return decodeFailure(QStringLiteral("The emergency calling policy is malformed"), errors);
    if (policy->tenantId != tenantId)
        return decodeFailure(
            QStringLiteral("The emergency calling policy belongs to another tenant"));
    if (!cache.begin() || !cache.upsertEmergencyPolicy(*policy, generation) || !cache.commit())
        return cacheFailure(cache);
    SyncPageResult result;
    result.items = 1;
    return result;
}

SyncPageResult writeTeamsNumberLocations(Cache &cache, const QJsonDocument &document,
                                         qint64 generation, const QString &tenantId)
{
    QList<FieldError> errors;
    const auto reading = TeamsNumberLocations::fromJson(document.object(), errors);
    if (!document.isObject() || !reading)
        return decodeFailure(QStringLiteral("The Teams number locations are malformed"), errors);
    if (reading->tenantId != tenantId)
        return decodeFailure(QStringLiteral("The Teams number locations belong to another tenant"));
    if (!cache.begin() ||
        !cache.upsertTeamsNumberLocations(*reading, document.toJson(QJsonDocument::Compact),
                                          generation) ||
        !cache.commit())
        return cacheFailure(cache);
    SyncPageResult result;
    result.items = 1;
    result.changes.teamsNumberTenants.insert(tenantId);
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
        const auto kind = SyncItem::kindFromWire(*kindWire);
        if (!kind)
            continue; // a kind a newer backend added: nothing this version caches
        Step step{*kind, *id, *tenant, std::nullopt, {}};
        if (!*deleted) {
            const auto data = json::member(*change, QLatin1StringView("data"), path, errors);
            if (!data)
                break;
            step.item = SyncItem::decode(step.kind, *data, errors, path + QStringLiteral(".data"));
            if (!step.item)
                break;
            if (SyncItem::idOf(*step.item) != step.id ||
                SyncItem::tenantOf(*step.item) != step.tenantId) {
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
        const bool ok = step.item ? SyncItem::write(cache, *step.item, step.json, generation)
                                  : SyncItem::remove(cache, step.kind, step.tenantId, step.id);
        if (!ok)
            return cacheFailure(cache);
        SyncItem::record(set, step.kind, step.tenantId, step.id, step.item ? &*step.item : nullptr);
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
