#include "RequestBody.h"

#include "domain/TeamsId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

RequestBody RequestBody::parse(const HttpRequest &request, const QStringList &allowedKeys)
{
    RequestBody body;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        body.m_error = HttpResponse::problem(400, QStringLiteral("malformed-json"),
                                             QStringLiteral("The body is not valid JSON"),
                                             QStringLiteral("%1 at offset %2.")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset));
        return body;
    }
    if (!doc.isObject()) {
        body.m_error = HttpResponse::problem(400, QStringLiteral("malformed-json"),
                                             QStringLiteral("The body must be a JSON object"));
        return body;
    }
    return fromObject(doc.object(), allowedKeys);
}

RequestBody RequestBody::fromObject(const QJsonObject &object, const QStringList &allowedKeys)
{
    RequestBody body;
    body.m_object = object;
    QList<FieldProblem> unknown;
    for (auto it = body.m_object.begin(); it != body.m_object.end(); ++it) {
        if (!allowedKeys.contains(it.key()))
            unknown.append(
                {it.key(), QStringLiteral("unknown_field"),
                 QStringLiteral("This API does not know the field \"%1\".").arg(it.key())});
    }
    body.refuseUnknownFields(unknown);
    return body;
}

void RequestBody::refuseUnknownFields(const QList<FieldProblem> &unknown)
{
    if (!unknown.isEmpty() && !m_error)
        m_error = HttpResponse::problem(400, QStringLiteral("unknown-field"),
                                        QStringLiteral("The body has unknown fields"), {}, unknown);
}

HttpResponse RequestBody::error() const
{
    if (m_error)
        return *m_error;
    return HttpResponse::problem(422, QStringLiteral("invalid-field"),
                                 QStringLiteral("Some fields are not valid"), {}, m_fieldErrors);
}

void RequestBody::addError(const QString &field, const QString &code, const QString &detail)
{
    m_fieldErrors.append({field, code, detail});
}

QString RequestBody::string(const QString &key, bool required, int maxLength)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(key, QStringLiteral("required"),
                     QStringLiteral("\"%1\" is required.").arg(key));
        return {};
    }
    if (!v.isString()) {
        addError(key, QStringLiteral("wrong_type"),
                 QStringLiteral("\"%1\" must be a string.").arg(key));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        addError(key, QStringLiteral("too_long"),
                 QStringLiteral("\"%1\" may be at most %2 characters.").arg(key).arg(maxLength));
        return {};
    }
    return s;
}

bool RequestBody::boolean(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            addError(key, QStringLiteral("required"),
                     QStringLiteral("\"%1\" is required.").arg(key));
        return false;
    }
    if (!v.isBool()) {
        addError(key, QStringLiteral("wrong_type"),
                 QStringLiteral("\"%1\" must be true or false.").arg(key));
        return false;
    }
    return v.toBool();
}

QStringList RequestBody::stringArray(const QString &key, bool required, int maxItems)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            addError(key, QStringLiteral("required"),
                     QStringLiteral("\"%1\" is required.").arg(key));
        return {};
    }
    if (!v.isArray()) {
        addError(key, QStringLiteral("wrong_type"),
                 QStringLiteral("\"%1\" must be an array.").arg(key));
        return {};
    }
    const QJsonArray array = v.toArray();
    if (array.size() > maxItems) {
        addError(key, QStringLiteral("too_many"),
                 QStringLiteral("\"%1\" may hold at most %2 items.").arg(key).arg(maxItems));
        return {};
    }
    QStringList out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString()) {
            addError(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("wrong_type"),
                     QStringLiteral("Each item of \"%1\" must be a string.").arg(key));
            return {};
        }
        out.append(array[i].toString());
    }
    return out;
}

std::optional<QString> RequestBody::teamsId(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return QStringLiteral("");
    const auto id = v.isString() ? canonicalTeamsId(v.toString().trimmed()) : std::nullopt;
    if (!id) {
        addError(key, v.isString() ? QStringLiteral("invalid") : QStringLiteral("wrong_type"),
                 QStringLiteral("\"%1\" is a Teams id: a GUID such as "
                                "5aa884e8-d548-4b8e-a289-52bfd5265a6e, or null.")
                     .arg(key));
        return std::nullopt;
    }
    return id;
}
