#include "address/AddressValidationClient.h"

#include "api/HttpClient.h"

#include <QJsonDocument>

AddressValidationClient::AddressValidationClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

AddressValidationClient::~AddressValidationClient()
{
    cancel();
}

void AddressValidationClient::validate(const CivicAddress &civic)
{
    cancel();
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/address-validations");
    spec.body = QJsonDocument(QJsonObject{{QStringLiteral("civic"), civic.toJson()}})
                    .toJson(QJsonDocument::Compact);
    spec.retryable = true; // it stores nothing, so asking again is safe
    m_serial = m_http->send(spec, this, [this](const HttpResult &result) {
        m_serial = 0;
        if (!result.ok()) {
            if (result.error->kind != ApiError::Kind::Cancelled)
                emit finished(*result.error);
            return;
        }
        QList<FieldError> errors;
        const auto reply = AddressValidationReply::fromJson(result.json.object(), errors);
        if (!reply) {
            const FieldError first = errors.value(0);
            emit finished(ApiError::invalidResponse(
                QStringLiteral("address validation: %1 %2").arg(first.field, first.detail),
                result.requestId));
            return;
        }
        emit finished(*reply);
    });
}

void AddressValidationClient::cancel()
{
    if (m_serial != 0) {
        const quint64 serial = m_serial;
        m_serial = 0;
        m_http->cancel(serial);
    }
}
