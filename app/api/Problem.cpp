#include "Problem.h"

#include "api/ResponseDecoder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
// A hostile or broken server must not make the app show a novel: cap what we keep of each text.
constexpr qsizetype maxTextLength = 2000;
constexpr qsizetype maxFieldErrors = 200;

QString text(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().left(maxTextLength) : QString();
}
} // namespace

QString Problem::slug() const
{
    static const QLatin1StringView prefix("urn:dispatchable:problem:");
    return type.startsWith(prefix) ? type.mid(prefix.size()) : type;
}

std::optional<Problem> Problem::fromJson(const QByteArray &body, int httpStatus,
                                         const QString &requestId)
{
    // The same size and nesting limits as any other answer: error bodies are hostile input too.
    QString why;
    const auto document = ResponseDecoder::parseJson(body, &why);
    if (!document || !document->isObject())
        return std::nullopt;
    const QJsonObject object = document->object();
    Problem problem;
    problem.type = text(object, QLatin1StringView("type"));
    problem.title = text(object, QLatin1StringView("title"));
    if (problem.type.isEmpty() && problem.title.isEmpty())
        return std::nullopt;
    problem.detail = text(object, QLatin1StringView("detail"));
    // The HTTP status is the truth; the body's copy is advisory (RFC 9457 §3.1.3).
    problem.status = httpStatus;
    problem.requestId = requestId;
    const QJsonArray errors = object.value(QLatin1StringView("errors")).toArray();
    for (const QJsonValue &item : errors) {
        if (problem.errors.size() >= maxFieldErrors)
            break;
        if (!item.isObject())
            continue;
        const QJsonObject error = item.toObject();
        problem.errors.append(FieldError{text(error, QLatin1StringView("field")),
                                         text(error, QLatin1StringView("code")),
                                         text(error, QLatin1StringView("detail"))});
    }
    return problem;
}
