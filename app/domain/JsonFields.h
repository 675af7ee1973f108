// Strict readers for the members of an API JSON object, shared by the domain decoders: each
// checks presence, type and range, appends a FieldError with the member's path when a check
// fails, and returns nullopt, so a malformed answer becomes an error and never a crash.
//
// They read either of two JSON libraries, with the same rules and the same errors: Qt's
// (QJsonObject, QJsonValue), for most answers, and simdjson's DOM (simdjson::dom::object,
// element; see domain/JsonSimd.h), which the sync worker reads the thousand-number pages of a
// full sync with, since Qt's parser was most of the time a full sync took. Both are
// instantiated in JsonFields.cpp.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace simdjson::dom {
class array;
class element;
class object;
} // namespace simdjson::dom

namespace json {

// The value, object and array types of each library, by any of the three.
template <class T> struct Types;
template <> struct Types<QJsonObject>
{
    using Value = QJsonValue;
    using Object = QJsonObject;
    using Array = QJsonArray;
};
template <> struct Types<QJsonValue> : Types<QJsonObject>
{};
template <> struct Types<simdjson::dom::object>
{
    using Value = simdjson::dom::element;
    using Object = simdjson::dom::object;
    using Array = simdjson::dom::array;
};
template <> struct Types<simdjson::dom::element> : Types<simdjson::dom::object>
{};
template <class T> using ValueOf = typename Types<T>::Value;
template <class T> using ObjectOf = typename Types<T>::Object;
template <class T> using ArrayOf = typename Types<T>::Array;

// The questions the readers ask of a value, answered for Qt here and for simdjson in
// domain/JsonSimd.h; decoders may ask them too (is this member null?).
namespace access {
std::optional<QJsonValue> find(const QJsonObject &object, QLatin1StringView name);
bool isNull(const QJsonValue &value);
bool isString(const QJsonValue &value);
bool isBool(const QJsonValue &value);
bool isNumber(const QJsonValue &value); // any JSON number: Qt keeps them all as doubles
bool isObject(const QJsonValue &value);
bool isArray(const QJsonValue &value);
QString toString(const QJsonValue &value);
bool toBool(const QJsonValue &value);
double toDouble(const QJsonValue &value);
QJsonObject toObject(const QJsonValue &value);
QJsonArray toArray(const QJsonValue &value);
} // namespace access

// "path.member", or "member" at the root.
QString join(const QString &path, QLatin1StringView member);
void addError(QList<FieldError> &errors, const QString &field, QLatin1StringView code,
              const QString &detail);

// The member must be present (null is a value here; see the *OrNull readers).
template <class Object>
std::optional<ValueOf<Object>> member(const Object &object, QLatin1StringView name,
                                      const QString &path, QList<FieldError> &errors);
// Checks that the value is an object; reports `path` otherwise.
template <class Value>
std::optional<ObjectOf<Value>> asObject(const Value &value, const QString &path,
                                        QList<FieldError> &errors);
// Checks that the value is an array; reports `path` otherwise.
template <class Value>
std::optional<ArrayOf<Value>> asArray(const Value &value, const QString &path,
                                      QList<FieldError> &errors);

template <class Object>
std::optional<QString> string(const Object &object, QLatin1StringView name, const QString &path,
                              QList<FieldError> &errors, qsizetype maxLength = 10000);
// A string that must not be empty after trimming.
template <class Object>
std::optional<QString> nonEmptyString(const Object &object, QLatin1StringView name,
                                      const QString &path, QList<FieldError> &errors,
                                      qsizetype maxLength = 10000);
// A string or null (null becomes an empty optional inside a present optional).
template <class Object>
std::optional<std::optional<QString>> stringOrNull(const Object &object, QLatin1StringView name,
                                                   const QString &path, QList<FieldError> &errors,
                                                   qsizetype maxLength = 10000);
template <class Object>
std::optional<bool> boolean(const Object &object, QLatin1StringView name, const QString &path,
                            QList<FieldError> &errors);
// A whole number within [minimum, maximum] (both within ±2^53).
template <class Object>
std::optional<qint64> integer(const Object &object, QLatin1StringView name, const QString &path,
                              QList<FieldError> &errors, qint64 minimum, qint64 maximum);
template <class Object>
std::optional<double> number(const Object &object, QLatin1StringView name, const QString &path,
                             QList<FieldError> &errors, double minimum, double maximum);
// RFC 3339 with an offset, returned in UTC.
template <class Object>
std::optional<QDateTime> timestamp(const Object &object, QLatin1StringView name,
                                   const QString &path, QList<FieldError> &errors);
template <class Object>
std::optional<std::optional<QDateTime>> timestampOrNull(const Object &object,
                                                        QLatin1StringView name, const QString &path,
                                                        QList<FieldError> &errors);
// A strong entity tag, quotes included ("v7").
template <class Object>
std::optional<QString> etag(const Object &object, QLatin1StringView name, const QString &path,
                            QList<FieldError> &errors);
// A lower-case Entra ID tenant GUID.
template <class Object>
std::optional<QString> tenantId(const Object &object, QLatin1StringView name, const QString &path,
                                QList<FieldError> &errors);
// A Teams id (domain/TeamsId.h): a 36-character GUID, returned in lower case, or null; the
// member may be left out (a backend that predates issue 17 does not send it). An empty string
// inside the optional means none.
template <class Object>
std::optional<QString> optionalTeamsId(const Object &object, QLatin1StringView name,
                                       const QString &path, QList<FieldError> &errors);
// Three upper-case letters (ISO 4217) or two (ISO 3166-1), by `letters`.
template <class Object>
std::optional<QString> upperCode(const Object &object, QLatin1StringView name, const QString &path,
                                 QList<FieldError> &errors, int letters);

// RFC 3339 text with an offset, in UTC; nullopt if it is not one.
std::optional<QDateTime> parseTimestamp(QStringView text);

} // namespace json
