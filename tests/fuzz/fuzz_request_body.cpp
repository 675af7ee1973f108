// libFuzzer target: arbitrary bytes as the body of a request to the reference backend, through
// the strict body reader (RequestBody) with the key sets of the write routes, the civic address
// reader the address routes use, and the network element's identifiers. Also the server's CSV
// reader (it loads the bundled postal tables). A body the server cannot read must become a problem
// answer with a status of 400 or 422, never a crash or a 5xx.
#include "domain/CivicAddress.h"
#include "handlers/RequestBody.h"
#include "validation/CsvReader.h"
#include "validation/NetworkIdentifiers.h"

#include <cstddef>
#include <cstdint>

namespace {

void requireClientError(const RequestBody &body)
{
    if (body.ok())
        return;
    const int status = body.error().status;
    if (status != 400 && status != 422)
        __builtin_trap();
}

void readAsAddressWrite(const HttpRequest &request)
{
    RequestBody body = RequestBody::parse(
        request, {QStringLiteral("civic"), QStringLiteral("companyName"), QStringLiteral("label")});
    if (body.ok() && body.has(QStringLiteral("civic"))) {
        QList<FieldError> errors;
        (void)CivicAddress::fromJson(body.object().value(QStringLiteral("civic")), errors);
        for (const FieldError &error : errors)
            body.addError(error.field, error.code, error.detail);
    }
    (void)body.string(QStringLiteral("companyName"), false, 200);
    requireClientError(body);
}

void readAsE911Switch(const HttpRequest &request)
{
    RequestBody body =
        RequestBody::parse(request, {QStringLiteral("enabled"), QStringLiteral("addressId"),
                                     QStringLiteral("numbers")});
    (void)body.boolean(QStringLiteral("enabled"), true);
    (void)body.string(QStringLiteral("addressId"), false, 64);
    (void)body.stringArray(QStringLiteral("numbers"), false, 1000);
    requireClientError(body);
}

void readAsNetworkElement(const HttpRequest &request)
{
    RequestBody body = RequestBody::parse(
        request, {QStringLiteral("kind"), QStringLiteral("placeId"), QStringLiteral("subnet"),
                  QStringLiteral("bssid"), QStringLiteral("chassisId"), QStringLiteral("portId"),
                  QStringLiteral("description")});
    (void)netid::normaliseSubnet(body.string(QStringLiteral("subnet"), false, 100));
    (void)netid::normaliseBssid(body.string(QStringLiteral("bssid"), false, 100));
    (void)netid::normaliseChassisId(body.string(QStringLiteral("chassisId"), false, 100));
    requireClientError(body);
}

void readAsCsv(const QByteArray &bytes)
{
    CsvReader reader(bytes);
    QList<QByteArray> fields;
    int rows = 0;
    while (reader.readRow(fields)) {
        if (++rows > bytes.size() + 1)
            __builtin_trap(); // each row consumes input
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    HttpRequest request;
    request.method = "POST";
    request.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    request.requestId = QStringLiteral("req-fuzz");
    readAsAddressWrite(request);
    readAsE911Switch(request);
    readAsNetworkElement(request);
    readAsCsv(request.body);
    return 0;
}
