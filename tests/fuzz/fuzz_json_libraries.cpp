// libFuzzer target (differential): a number is decoded by the same strict readers over Qt's
// JSON classes and over simdjson's DOM (domain/JsonFields.h). Arbitrary bytes that Qt parses are
// written back out by Qt (one value per key, so both libraries see the same members), parsed
// by simdjson, and every object in them decoded as a number both ways. A difference in what is
// accepted, in the values or in the errors is a bug, as is a crash or a sanitizer report.
#include "api/ResponseDecoder.h"
#include "domain/Did.h"
#include "domain/JsonSimd.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

QString describe(const QList<FieldError> &errors)
{
    QString out;
    for (const FieldError &e : errors)
        out += e.field + u' ' + e.code + u' ' + e.detail + u';';
    return out;
}

void compareAsNumber(const QJsonValue &qtValue, const simdjson::dom::element &simdValue)
{
    QList<FieldError> qtErrors;
    QList<FieldError> simdErrors;
    const auto qt = Did::fromJson(qtValue, qtErrors, QStringLiteral("items[0]"));
    const auto simd = Did::fromJson(simdValue, simdErrors, QStringLiteral("items[0]"));
    if (qt != simd || describe(qtErrors) != describe(simdErrors))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString why;
    const auto document = ResponseDecoder::parseJson(body, &why);
    if (!document)
        return 0;
    const QByteArray canonical = document->toJson(QJsonDocument::Compact);
    static simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (const auto error =
            parser.parse(canonical.constData(), std::size_t(canonical.size())).get(root)) {
        // Qt writes integers beyond 64 bits, which simdjson refuses as NUMBER_ERROR;
        // SyncPageWriter gives such pages to Qt. Any other refusal of Qt's own output is a bug.
        if (error == simdjson::NUMBER_ERROR)
            return 0;
        __builtin_trap();
    }
    if (document->isObject()) {
        compareAsNumber(document->object(), root);
        return 0;
    }
    const QJsonArray items = document->array();
    simdjson::dom::array simdItems;
    if (root.get_array().get(simdItems) || qsizetype(simdItems.size()) != items.size())
        __builtin_trap();
    qsizetype i = 0;
    for (const simdjson::dom::element item : simdItems)
        compareAsNumber(items.at(i++), item);
    return 0;
}
