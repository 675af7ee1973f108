#include "JsonFields.h"

#include "domain/JsonSimd.h"
#include "domain/TeamsId.h"

#include <QUuid>

#include <algorithm>
#include <cmath>

namespace json {
namespace access {
std::optional<QJsonValue> find(const QJsonObject &object, QLatin1StringView name)
{
    const auto it = object.constFind(name);
    if (it == object.constEnd())
        return std::nullopt;
    return it.value();
}
bool isNull(const QJsonValue &value)
{
    return value.isNull();
}
bool isString(const QJsonValue &value)
{
    return value.isString();
}
bool isBool(const QJsonValue &value)
{
    return value.isBool();
}
bool isNumber(const QJsonValue &value)
{
    return value.isDouble();
}
bool isObject(const QJsonValue &value)
{
    return value.isObject();
}
bool isArray(const QJsonValue &value)
{
    return value.isArray();
}
QString toString(const QJsonValue &value)
{
    return value.toString();
}
bool toBool(const QJsonValue &value)
{
    return value.toBool();
}
double toDouble(const QJsonValue &value)
{
    return value.toDouble();
}
QJsonObject toObject(const QJsonValue &value)
{
    return value.toObject();
}
QJsonArray toArray(const QJsonValue &value)
{
    return value.toArray();
}
} // namespace access

namespace {
// The largest integer a JSON number (an IEEE double) holds exactly.
constexpr double maxExactInteger = 9007199254740991.0;
constexpr qsizetype maxEtagLength = 200;

bool isDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The form the API writes, "2026-12-07T10:00:00Z" or with ".123" milliseconds, read directly:
// Qt's ISO parser took about a microsecond a timestamp, and a number carries three.
std::optional<QDateTime> parseUtcTimestamp(QStringView text)
{
    const qsizetype size = text.size();
    if ((size != 20 && size != 24) || text.back() != QLatin1Char('Z') ||
        text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':') ||
        text.at(16) != QLatin1Char(':') || (size == 24 && text.at(19) != QLatin1Char('.')))
        return std::nullopt;
    const auto field = [&](qsizetype from, qsizetype length) {
        const QStringView digits = text.sliced(from, length);
        return isDigits(digits) ? digits.toInt() : -1;
    };
    const int year = field(0, 4);
    const int month = field(5, 2);
    const int day = field(8, 2);
    const int hour = field(11, 2);
    const int minute = field(14, 2);
    const int second = field(17, 2);
    const int ms = size == 24 ? field(20, 3) : 0;
    // A field that is not all digits (-1) is left to Qt: QDate would take -1 as a year.
    if (std::min({year, month, day, hour, minute, second, ms}) < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    if (auto utc = parseUtcTimestamp(text))
        return utc;
    const QDateTime when = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    // RFC 3339 requires an offset; without one Qt would guess the local zone.
    if (!when.isValid() || when.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return when.toUTC();
}

QString join(const QString &path, QLatin1StringView member)
{
    return path.isEmpty() ? QString(member) : QString(path + QLatin1Char('.') + member);
}

void addError(QList<FieldError> &errors, const QString &field, QLatin1StringView code,
              const QString &detail)
{
    errors.append(FieldError{field, QString(code), detail});
}

template <class Object>
std::optional<ValueOf<Object>> member(const Object &object, QLatin1StringView name,
                                      const QString &path, QList<FieldError> &errors)
{
    auto value = access::find(object, name);
    if (!value)
        addError(errors, join(path, name), QLatin1StringView("missing"),
                 QStringLiteral("is missing"));
    return value;
}

template <class Value>
std::optional<ObjectOf<Value>> asObject(const Value &value, const QString &path,
                                        QList<FieldError> &errors)
{
    if (!access::isObject(value)) {
        addError(errors, path, QLatin1StringView("wrong_type"), QStringLiteral("is not an object"));
        return std::nullopt;
    }
    return access::toObject(value);
}

template <class Value>
std::optional<ArrayOf<Value>> asArray(const Value &value, const QString &path,
                                      QList<FieldError> &errors)
{
    if (!access::isArray(value)) {
        addError(errors, path, QLatin1StringView("wrong_type"), QStringLiteral("is not an array"));
        return std::nullopt;
    }
    return access::toArray(value);
}

template <class Object>
std::optional<QString> string(const Object &object, QLatin1StringView name, const QString &path,
                              QList<FieldError> &errors, qsizetype maxLength)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (!access::isString(*value)) {
        addError(errors, join(path, name), QLatin1StringView("wrong_type"),
                 QStringLiteral("is not a string"));
        return std::nullopt;
    }
    QString text = access::toString(*value);
    if (text.size() > maxLength) {
        addError(errors, join(path, name), QLatin1StringView("too_long"),
                 QStringLiteral("is longer than %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return text;
}

template <class Object>
std::optional<QString> nonEmptyString(const Object &object, QLatin1StringView name,
                                      const QString &path, QList<FieldError> &errors,
                                      qsizetype maxLength)
{
    auto text = string(object, name, path, errors, maxLength);
    if (text && text->trimmed().isEmpty()) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is empty"));
        return std::nullopt;
    }
    return text;
}

template <class Object>
std::optional<std::optional<QString>> stringOrNull(const Object &object, QLatin1StringView name,
                                                   const QString &path, QList<FieldError> &errors,
                                                   qsizetype maxLength)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (access::isNull(*value))
        return std::optional<QString>();
    return string(object, name, path, errors, maxLength);
}

template <class Object>
std::optional<bool> boolean(const Object &object, QLatin1StringView name, const QString &path,
                            QList<FieldError> &errors)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (!access::isBool(*value)) {
        addError(errors, join(path, name), QLatin1StringView("wrong_type"),
                 QStringLiteral("is not a boolean"));
        return std::nullopt;
    }
    return access::toBool(*value);
}

template <class Object>
std::optional<double> number(const Object &object, QLatin1StringView name, const QString &path,
                             QList<FieldError> &errors, double minimum, double maximum)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (!access::isNumber(*value)) {
        addError(errors, join(path, name), QLatin1StringView("wrong_type"),
                 QStringLiteral("is not a number"));
        return std::nullopt;
    }
    const double n = access::toDouble(*value);
    if (!std::isfinite(n) || n < minimum || n > maximum) {
        addError(errors, join(path, name), QLatin1StringView("out_of_range"),
                 QStringLiteral("is not from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return n;
}

template <class Object>
std::optional<qint64> integer(const Object &object, QLatin1StringView name, const QString &path,
                              QList<FieldError> &errors, qint64 minimum, qint64 maximum)
{
    const auto n = number(object, name, path, errors, -maxExactInteger, maxExactInteger);
    if (!n)
        return std::nullopt;
    // Converting a fractional or out-of-range double to an integer would be undefined behaviour.
    if (std::trunc(*n) != *n || *n < double(minimum) || *n > double(maximum)) {
        addError(errors, join(path, name), QLatin1StringView("out_of_range"),
                 QStringLiteral("is not a whole number from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return static_cast<qint64>(*n);
}

template <class Object>
std::optional<QDateTime> timestamp(const Object &object, QLatin1StringView name,
                                   const QString &path, QList<FieldError> &errors)
{
    const auto text = string(object, name, path, errors, 64);
    if (!text)
        return std::nullopt;
    auto when = parseTimestamp(*text);
    if (!when)
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not an RFC 3339 timestamp"));
    return when;
}

template <class Object>
std::optional<std::optional<QDateTime>> timestampOrNull(const Object &object,
                                                        QLatin1StringView name, const QString &path,
                                                        QList<FieldError> &errors)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (access::isNull(*value))
        return std::optional<QDateTime>();
    auto when = timestamp(object, name, path, errors);
    if (!when)
        return std::nullopt;
    return std::optional<QDateTime>(*when);
}

template <class Object>
std::optional<QString> etag(const Object &object, QLatin1StringView name, const QString &path,
                            QList<FieldError> &errors)
{
    const auto tag = string(object, name, path, errors, maxEtagLength);
    if (!tag)
        return std::nullopt;
    // A strong entity tag, quotes included, as it goes back into If-Match.
    bool valid =
        tag->size() >= 3 && tag->startsWith(QLatin1Char('"')) && tag->endsWith(QLatin1Char('"'));
    for (qsizetype i = 1; valid && i + 1 < tag->size(); ++i) {
        const char16_t c = tag->at(i).unicode();
        valid = c >= 0x21 && c <= 0x7E && c != u'"';
    }
    if (!valid) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not a strong entity tag"));
        return std::nullopt;
    }
    return tag;
}

template <class Object>
std::optional<QString> tenantId(const Object &object, QLatin1StringView name, const QString &path,
                                QList<FieldError> &errors)
{
    const auto id = string(object, name, path, errors, 64);
    if (!id)
        return std::nullopt;
    // QUuid also accepts braces; the API sends the bare 36-character form.
    if (id->size() != 36 || QUuid::fromString(*id).isNull()) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not a tenant GUID"));
        return std::nullopt;
    }
    return id->toLower();
}

template <class Object>
std::optional<QString> optionalTeamsId(const Object &object, QLatin1StringView name,
                                       const QString &path, QList<FieldError> &errors)
{
    const auto value = access::find(object, name);
    if (!value || access::isNull(*value))
        return QString();
    const auto text = string(object, name, path, errors, 64);
    if (!text)
        return std::nullopt;
    // The API sends the bare form; braces would mean the backend broke the contract.
    const auto id = text->size() == 36 ? canonicalTeamsId(*text) : std::nullopt;
    if (!id) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not a Teams id (a GUID)"));
        return std::nullopt;
    }
    return *id;
}

template <class Object>
std::optional<QString> upperCode(const Object &object, QLatin1StringView name, const QString &path,
                                 QList<FieldError> &errors, int letters)
{
    const auto code = string(object, name, path, errors, letters);
    if (!code)
        return std::nullopt;
    bool valid = code->size() == letters;
    for (const QChar c : *code)
        valid = valid && c >= QLatin1Char('A') && c <= QLatin1Char('Z');
    if (!valid) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not %1 upper-case letters").arg(letters));
        return std::nullopt;
    }
    return code;
}

// Every reader for both libraries (JsonFields.h).
#define DISPATCHABLE_JSON_READERS(Object, Value)                                                   \
    template std::optional<Value> member(const Object &, QLatin1StringView, const QString &,       \
                                         QList<FieldError> &);                                     \
    template std::optional<Object> asObject(const Value &, const QString &, QList<FieldError> &);  \
    template std::optional<ArrayOf<Value>> asArray(const Value &, const QString &,                 \
                                                   QList<FieldError> &);                           \
    template std::optional<QString> string(const Object &, QLatin1StringView, const QString &,     \
                                           QList<FieldError> &, qsizetype);                        \
    template std::optional<QString> nonEmptyString(                                                \
        const Object &, QLatin1StringView, const QString &, QList<FieldError> &, qsizetype);       \
    template std::optional<std::optional<QString>> stringOrNull(                                   \
        const Object &, QLatin1StringView, const QString &, QList<FieldError> &, qsizetype);       \
    template std::optional<bool> boolean(const Object &, QLatin1StringView, const QString &,       \
                                         QList<FieldError> &);                                     \
    template std::optional<qint64> integer(const Object &, QLatin1StringView, const QString &,     \
                                           QList<FieldError> &, qint64, qint64);                   \
    template std::optional<double> number(const Object &, QLatin1StringView, const QString &,      \
                                          QList<FieldError> &, double, double);                    \
    template std::optional<QDateTime> timestamp(const Object &, QLatin1StringView,                 \
                                                const QString &, QList<FieldError> &);             \
    template std::optional<std::optional<QDateTime>> timestampOrNull(                              \
        const Object &, QLatin1StringView, const QString &, QList<FieldError> &);                  \
    template std::optional<QString> etag(const Object &, QLatin1StringView, const QString &,       \
                                         QList<FieldError> &);                                     \
    template std::optional<QString> tenantId(const Object &, QLatin1StringView, const QString &,   \
                                             QList<FieldError> &);                                 \
    template std::optional<QString> optionalTeamsId(const Object &, QLatin1StringView,             \
                                                    const QString &, QList<FieldError> &);         \
    template std::optional<QString> upperCode(const Object &, QLatin1StringView, const QString &,  \
                                              QList<FieldError> &, int);

DISPATCHABLE_JSON_READERS(QJsonObject, QJsonValue)
DISPATCHABLE_JSON_READERS(simdjson::dom::object, simdjson::dom::element)
#undef DISPATCHABLE_JSON_READERS

} // namespace json
