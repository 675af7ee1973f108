#include "ResponseDecoder.h"

#include <QJsonObject>

namespace ResponseDecoder {

int nestingDepth(const QByteArray &body, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > limit)
                return -1;
            deepest = qMax(deepest, depth);
            break;
        case ']':
        case '}':
            // Unbalanced closers are the parser's to report; never go negative here.
            depth = qMax(0, depth - 1);
            break;
        default:
            break;
        }
    }
    return deepest;
}

bool withinLimits(const QByteArray &body, QString *why, const JsonLimits &limits)
{
    if (body.size() > limits.maxBytes) {
        *why = QStringLiteral("The answer is %1 bytes; at most %2 are accepted.")
                   .arg(body.size())
                   .arg(limits.maxBytes);
        return false;
    }
    if (nestingDepth(body, limits.maxDepth) < 0) {
        *why = QStringLiteral("The answer nests deeper than %1 levels.").arg(limits.maxDepth);
        return false;
    }
    return true;
}

std::optional<QJsonDocument> parseJson(const QByteArray &body, QString *why,
                                       const JsonLimits &limits)
{
    if (!withinLimits(body, why, limits))
        return std::nullopt;
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *why = QStringLiteral("The answer is not JSON: %1 at offset %2.")
                   .arg(parseError.errorString())
                   .arg(parseError.offset);
        return std::nullopt;
    }
    return document;
}

std::optional<JsonPage> decodePage(const QJsonDocument &document, qsizetype maxItems, QString *why)
{
    if (!document.isObject()) {
        *why = QStringLiteral("not a page: the answer is not an object");
        return std::nullopt;
    }
    const QJsonObject page = document.object();
    const QJsonValue items = page.value(QLatin1StringView("items"));
    const QJsonValue next = page.value(QLatin1StringView("nextCursor"));
    if (!items.isArray()) {
        *why = QStringLiteral("not a page: items is missing or not an array");
        return std::nullopt;
    }
    if (!(next.isString() || next.isNull())) {
        *why = QStringLiteral("not a page: nextCursor is missing or neither a string nor null");
        return std::nullopt;
    }
    JsonPage out{items.toArray(), next.toString()};
    if (out.items.size() > maxItems) {
        *why = QStringLiteral("the page has %1 items; at most %2 were asked for")
                   .arg(out.items.size())
                   .arg(maxItems);
        return std::nullopt;
    }
    // Cursors go back into a URL; an absurd one is a broken backend.
    if (out.nextCursor.size() > 2048) {
        *why = QStringLiteral("nextCursor is longer than 2048 characters");
        return std::nullopt;
    }
    return out;
}

QString describe(const QList<FieldError> &errors, qsizetype maxLines)
{
    QStringList lines;
    for (const FieldError &error : errors.mid(0, maxLines))
        lines << QStringLiteral("%1 %2").arg(error.field, error.detail);
    if (errors.size() > maxLines)
        lines << QStringLiteral("… and %1 more").arg(errors.size() - maxLines);
    return lines.join(QLatin1Char('\n'));
}

std::variant<TenantPage, ApiError> decodeTenantPage(const QJsonDocument &document,
                                                    qsizetype maxItems, const QString &requestId)
{
    QString why;
    const auto page = decodePage(document, maxItems, &why);
    if (!page)
        return ApiError::invalidResponse(QStringLiteral("GET /v1/tenants: ") + why, requestId);
    QList<FieldError> errors;
    auto tenants = decodeItems<Tenant>(page->items, &Tenant::fromJson, errors);
    if (!tenants) {
        return ApiError::invalidResponse(QStringLiteral("GET /v1/tenants:\n") + describe(errors),
                                         requestId);
    }
    return TenantPage{std::move(*tenants), page->nextCursor};
}

} // namespace ResponseDecoder
