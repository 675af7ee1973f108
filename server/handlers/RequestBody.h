// Strict reading of request bodies: malformed JSON, wrong types and unknown fields become
// problem+json answers instead of surprises further down.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class RequestBody
{
public:
    // Parses the body as a JSON object whose keys are all in `allowedKeys`.
    static RequestBody parse(const HttpRequest &request, const QStringList &allowedKeys);
    // The same checks for an object inside a body (one item of a bulk request).
    static RequestBody fromObject(const QJsonObject &object, const QStringList &allowedKeys);

    bool ok() const { return !m_error.has_value() && m_fieldErrors.isEmpty(); }
    // The answer to send when !ok(): the parse error, or 422 with every field error collected.
    HttpResponse error() const;

    const QJsonObject &object() const { return m_object; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QString string(const QString &key, bool required, int maxLength = 1000);
    bool boolean(const QString &key, bool required);
    QStringList stringArray(const QString &key, bool required, int maxItems);
    // A Teams id (domain/TeamsId.h), in canonical form: nullopt when the key is left out (the
    // stored id stays), "" for null (no id), else the lower-case GUID. Anything but a bare or
    // braced GUID is a field error (nullopt).
    std::optional<QString> teamsId(const QString &key);
    void addError(const QString &field, const QString &code, const QString &detail);
    // Unknown fields, also inside a nested object, make the answer 400 `unknown-field`: a typo
    // must not read as a wrong value.
    void refuseUnknownFields(const QList<FieldProblem> &unknown);

private:
    QJsonObject m_object;
    std::optional<HttpResponse> m_error;
    QList<FieldProblem> m_fieldErrors;
};
