// Asks the backend to validate a typed address (POST /v1/address-validations, which stores
// nothing and which every role may call). One question at a time: a new one cancels the
// answer still awaited, so the editor never shows the verdict on an older version.
#pragma once

#include "address/AddressValidationReply.h"
#include "api/ApiError.h"

#include <QObject>

#include <variant>

class HttpClient;

class AddressValidationClient : public QObject
{
    Q_OBJECT
public:
    using Outcome = std::variant<AddressValidationReply, ApiError>;

    // `http` is not owned and must outlive this object.
    explicit AddressValidationClient(HttpClient *http, QObject *parent = nullptr);
    ~AddressValidationClient() override;

    void validate(const CivicAddress &civic);
    void cancel();
    bool isRunning() const { return m_serial != 0; }

signals:
    void finished(const AddressValidationClient::Outcome &outcome);

private:
    HttpClient *m_http;
    quint64 m_serial = 0;
};
