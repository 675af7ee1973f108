// Strict readers for the members of an API JSON object, shared by the domain decoders: each
// checks presence, type and range, appends a FieldError with the member's path when a check
// fails, and returns nullopt, so a malformed answer becomes an error and never a crash.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace json {

// "path.member", or "member" at the root.
QString join(const QString &path, QLatin1StringView member);
void addError(QList<FieldError> &errors, const QString &field, QLatin1StringView code,
              const QString &detail);

// The member must be present (null is a value here; see the *OrNull readers).
std::optional<QJsonValue> member(const QJsonObject &object, QLatin1StringView name,
                                 const QString &path, QList<FieldError> &errors);
// Checks that the value is an object; reports `path` otherwise.
std::optional<QJsonObject> asObject(const QJsonValue &value, const QString &path,
                                    QList<FieldError> &errors);

std::optional<QString> string(const QJsonObject &object, QLatin1StringView name,
                              const QString &path, QList<FieldError> &errors,
                              qsizetype maxLength = 10000);
// A string that must not be empty after trimming.
std::optional<QString> nonEmptyString(const QJsonObject &object, QLatin1StringView name,
                                      const QString &path, QList<FieldError> &errors,
                                      qsizetype maxLength = 10000);
// A string or null (null becomes an empty optional inside a present optional).
std::optional<std::optional<QString>> stringOrNull(const QJsonObject &object,
                                                   QLatin1StringView name, const QString &path,
                                                   QList<FieldError> &errors,
                                                   qsizetype maxLength = 10000);
std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView name, const QString &path,
                            QList<FieldError> &errors);
// A whole number within [minimum, maximum] (both within ±2^53).
std::optional<qint64> integer(const QJsonObject &object, QLatin1StringView name,
                              const QString &path, QList<FieldError> &errors, qint64 minimum,
                              qint64 maximum);
std::optional<double> number(const QJsonObject &object, QLatin1StringView name, const QString &path,
                             QList<FieldError> &errors, double minimum, double maximum);
// RFC 3339 with an offset, returned in UTC.
std::optional<QDateTime> timestamp(const QJsonObject &object, QLatin1StringView name,
                                   const QString &path, QList<FieldError> &errors);
std::optional<std::optional<QDateTime>> timestampOrNull(const QJsonObject &object,
                                                        QLatin1StringView name, const QString &path,
                                                        QList<FieldError> &errors);
// A strong entity tag, quotes included ("v7").
std::optional<QString> etag(const QJsonObject &object, QLatin1StringView name, const QString &path,
                            QList<FieldError> &errors);
// A lower-case Entra ID tenant GUID.
std::optional<QString> tenantId(const QJsonObject &object, QLatin1StringView name,
                                const QString &path, QList<FieldError> &errors);
// A Teams id (domain/TeamsId.h): a 36-character GUID, returned in lower case, or null; the
// member may be left out (a backend that predates issue 17 does not send it). An empty string
// inside the optional means none.
std::optional<QString> optionalTeamsId(const QJsonObject &object, QLatin1StringView name,
                                       const QString &path, QList<FieldError> &errors);
// Three upper-case letters (ISO 4217) or two (ISO 3166-1), by `letters`.
std::optional<QString> upperCode(const QJsonObject &object, QLatin1StringView name,
                                 const QString &path, QList<FieldError> &errors, int letters);

} // namespace json
