// The first line of defence against a broken or hostile backend: parses answer bodies within
// limits (size, nesting depth, list lengths) and decodes the API's common shapes, so that a bad
// answer becomes one ApiError InvalidResponse and never a crash or a half-applied state.
// Typed decoders (Tenant::fromJson, …) validate every member they read on top of this.
#pragma once

#include "api/ApiError.h"
#include "domain/FieldError.h"
#include "domain/Tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

struct JsonLimits
{
    qint64 maxBytes = 32 * 1024 * 1024;
    // The API nests a few levels; Qt's parser would recurse 1024 deep before refusing.
    int maxDepth = 32;
};

// One page of a paginated list: {"items": [...], "nextCursor": "…" | null}.
struct JsonPage
{
    QJsonArray items;
    QString nextCursor; // empty on the last page
};

struct TenantPage
{
    QList<Tenant> tenants;
    QString nextCursor;
};

namespace ResponseDecoder {

// Checks a body's size and nesting depth against `limits` before any parser sees it; false (and
// why) when it is refused.
bool withinLimits(const QByteArray &body, QString *why, const JsonLimits &limits = {});
// Parses a body as JSON. The size and the nesting depth are checked before Qt's parser runs.
// On failure returns nullopt and says why in `why` (for ApiError details).
std::optional<QJsonDocument> parseJson(const QByteArray &body, QString *why,
                                       const JsonLimits &limits = {});

// The deepest nesting of arrays and objects in `body` (strings are skipped), or -1 when it
// exceeds `limit` (scanning stops there).
int nestingDepth(const QByteArray &body, int limit);

// Checks the page shape; `maxItems` is the page size the request asked for (a backend handing
// out more is broken or hostile).
std::optional<JsonPage> decodePage(const QJsonDocument &document, qsizetype maxItems, QString *why);

// Decodes every item with `decode`; all or nothing: one bad item fails the list, and the
// problems (paths "items[3].name", at most `maxReported`) go to `errors`.
template <typename T>
std::optional<QList<T>> decodeItems(
    const QJsonArray &items,
    const std::function<std::optional<T>(const QJsonValue &, QList<FieldError> &, const QString &)>
        &decode,
    QList<FieldError> &errors, qsizetype maxReported = 20)
{
    QList<T> out;
    out.reserve(items.size());
    const qsizetype errorsBefore = errors.size();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QList<FieldError> itemErrors;
        if (auto item = decode(items.at(i), itemErrors, QStringLiteral("items[%1]").arg(i)))
            out.append(std::move(*item));
        for (const FieldError &error : std::as_const(itemErrors)) {
            if (errors.size() - errorsBefore < maxReported)
                errors.append(error);
        }
        if (!itemErrors.isEmpty() && errors.size() - errorsBefore >= maxReported)
            return std::nullopt;
    }
    if (errors.size() != errorsBefore)
        return std::nullopt;
    return out;
}

// "items[0].id is missing\n…": the first few problems, for ApiError details.
QString describe(const QList<FieldError> &errors, qsizetype maxLines = 10);

// A page of GET /v1/tenants, fully validated, or an InvalidResponse error.
std::variant<TenantPage, ApiError> decodeTenantPage(const QJsonDocument &document,
                                                    qsizetype maxItems, const QString &requestId);

} // namespace ResponseDecoder
