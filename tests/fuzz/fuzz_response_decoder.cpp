// libFuzzer target: arbitrary bytes as a backend's answer body, through every response decoder
// the client runs on an answer (the bounded JSON parser, the page and tenant decoders, problem
// details, ApiError for an error status, Retry-After). Anything but a clean return is a bug:
// a crash, a sanitizer report, a hang or runaway memory. Decoders added later belong here too.
#include "api/ApiError.h"
#include "api/Problem.h"
#include "api/ResponseDecoder.h"
#include "api/RetryAfter.h"
#include "domain/Tenant.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    QString why;
    if (const auto document = ResponseDecoder::parseJson(body, &why)) {
        (void)ResponseDecoder::decodeTenantPage(*document, 1000, QStringLiteral("req-fuzz"));
        // Also each value directly as a tenant, so the tenant decoder sees every shape and not
        // only what gets past the page check.
        QList<FieldError> errors;
        const QJsonValue root =
            document->isObject() ? QJsonValue(document->object()) : QJsonValue(document->array());
        (void)Tenant::fromJson(root, errors, QStringLiteral("root"));
        if (document->isArray()) {
            for (const QJsonValue &item : document->array())
                (void)Tenant::fromJson(item, errors, QStringLiteral("item"));
        }
    }
    for (const int status : {400, 401, 422, 429, 503}) {
        const ApiError error = ApiError::fromHttp(status, body, QStringLiteral("req-fuzz"));
        if (error.message.isEmpty())
            __builtin_trap(); // every error must say something to a person
    }
    (void)Problem::fromJson(body, 409, QString());
    (void)retryAfterMs(body.left(128), QDateTime::currentDateTimeUtc());
    return 0;
}
