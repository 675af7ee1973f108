// simdjson's DOM as the strict readers of domain/JsonFields.h see it: the few questions they ask
// of a value (is it a string, what text does it hold…), answered the way Qt's JSON classes
// answer them, so both libraries give the same values and the same errors. Include this where
// a page is parsed with simdjson; JsonFields.cpp instantiates the readers for it.
#pragma once

#include "domain/JsonFields.h"

#include <QString>

#include <simdjson.h>

#include <optional>

namespace json::access {

inline std::optional<simdjson::dom::element> find(const simdjson::dom::object &object,
                                                  QLatin1StringView name)
{
    simdjson::dom::element value;
    if (object.at_key(std::string_view(name.data(), std::size_t(name.size()))).get(value))
        return std::nullopt;
    return value;
}

inline bool isNull(const simdjson::dom::element &value)
{
    return value.is_null();
}
inline bool isString(const simdjson::dom::element &value)
{
    return value.is_string();
}
inline bool isBool(const simdjson::dom::element &value)
{
    return value.is_bool();
}
// Qt keeps every JSON number as a double; so does this, integers included.
inline bool isNumber(const simdjson::dom::element &value)
{
    return value.is_number();
}
inline bool isObject(const simdjson::dom::element &value)
{
    return value.is_object();
}
inline bool isArray(const simdjson::dom::element &value)
{
    return value.is_array();
}

// The accessors below are only called after the matching is…() said yes.
inline QString toString(const simdjson::dom::element &value)
{
    std::string_view text;
    if (value.get_string().get(text))
        return QString();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
inline bool toBool(const simdjson::dom::element &value)
{
    bool flag = false;
    return value.get_bool().get(flag) ? false : flag;
}
inline double toDouble(const simdjson::dom::element &value)
{
    double number = 0;
    return value.get_double().get(number) ? 0 : number;
}
inline simdjson::dom::object toObject(const simdjson::dom::element &value)
{
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        return {};
    return object;
}
inline simdjson::dom::array toArray(const simdjson::dom::element &value)
{
    simdjson::dom::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return {};
    return array;
}

} // namespace json::access
